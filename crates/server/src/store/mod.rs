//! All SQL of the server's write-side aggregates, one file per aggregate: rows, column lists,
//! inserts, updates and loads. No rules (they are in [`crate::domain`]) and no HTTP: functions
//! answer `sqlx` errors, which the domain and the HTTP edge turn into their own errors.
//!
//! A second database engine replaces this folder and nothing else.

pub mod accounts;
pub mod addresses;
pub mod cart;
pub mod catalogue;
pub mod disputes;
pub mod feedback;
pub mod idempotency;
pub mod inbox;
pub mod ledger;
pub mod meta;
pub mod orders;
pub mod payments;
pub mod products;
pub mod reports;
pub mod search;
pub mod wishlist;

pub type Result<T> = std::result::Result<T, sqlx::Error>;

/// A row of a buyer's resource that moves through a state machine (orders, disputes): loaded
/// by id (optionally only the buyer's), listed while steps may still be due, versioned, and
/// with an audit log. Declared with [`stored_row!`].
pub trait Stored: for<'r> sqlx::FromRow<'r, sqlx::sqlite::SqliteRow> + Send + Sync + Unpin {
    const TABLE: &'static str;
    /// The row's columns: the struct's fields.
    const COLUMNS: &'static str;
    /// The rows whose timers may run (an SQL condition).
    const ACTIVE: &'static str;
    /// The audit log's table and the column naming the row.
    const EVENTS: (&'static str, &'static str);
    /// Whether a new event changes the row's version (an `ETag` that follows the timeline).
    const EVENT_BUMPS_VERSION: bool;
    fn id(&self) -> i64;
}

/// Declares a [`Stored`] row: the struct (all fields `pub`, `id: i64` first), and its column
/// list from the field names, so the two cannot drift apart.
macro_rules! stored_row {
    ($(#[$meta:meta])* pub struct $name:ident in $table:literal {
        active: $active:literal, events: ($events:literal, $key:literal),
        event_bumps_version: $bumps:literal $(,)?
    } { id: i64 $(, $(#[$fmeta:meta])* $field:ident: $ty:ty)* $(,)? }) => {
        $(#[$meta])*
        #[derive(sqlx::FromRow)]
        pub struct $name {
            pub id: i64,
            $($(#[$fmeta])* pub $field: $ty,)*
        }

        impl $crate::store::Stored for $name {
            const TABLE: &'static str = $table;
            const COLUMNS: &'static str = concat!("id" $(, ", ", stringify!($field))*);
            const ACTIVE: &'static str = $active;
            const EVENTS: (&'static str, &'static str) = ($events, $key);
            const EVENT_BUMPS_VERSION: bool = $bumps;
            fn id(&self) -> i64 {
                self.id
            }
        }
    };
}
pub(crate) use stored_row;

/// One row; with `buyer`, only if it is theirs.
pub async fn load<R: Stored>(
    conn: &mut sqlx::SqliteConnection,
    id: i64,
    buyer: Option<i64>,
) -> Result<Option<R>> {
    let sql = format!(
        "SELECT {} FROM {} WHERE id = ? AND (? IS NULL OR buyer_id = ?)",
        R::COLUMNS,
        R::TABLE
    );
    sqlx::query_as(&sql)
        .bind(id)
        .bind(buyer)
        .bind(buyer)
        .fetch_optional(&mut *conn)
        .await
}

/// The rows whose timers may run, by id.
pub async fn active<R: Stored>(conn: &mut sqlx::SqliteConnection) -> Result<Vec<R>> {
    let sql = format!(
        "SELECT {} FROM {} WHERE {} ORDER BY id",
        R::COLUMNS,
        R::TABLE,
        R::ACTIVE
    );
    sqlx::query_as(&sql).fetch_all(&mut *conn).await
}

/// Up to `limit` of the buyer's rows with an id below `before` that meet `filter` (an SQL
/// condition), newest first.
pub async fn page<R: Stored>(
    conn: &mut sqlx::SqliteConnection,
    buyer: i64,
    filter: &str,
    before: i64,
    limit: i64,
) -> Result<Vec<R>> {
    let sql = format!(
        "SELECT {} FROM {} WHERE buyer_id = ? AND id < ? AND ({filter}) ORDER BY id DESC LIMIT ?",
        R::COLUMNS,
        R::TABLE
    );
    sqlx::query_as(&sql)
        .bind(buyer)
        .bind(before)
        .bind(limit)
        .fetch_all(&mut *conn)
        .await
}

/// A new version of the row (its `ETag` changes).
pub async fn bump<R: Stored>(conn: &mut sqlx::SqliteConnection, id: i64) -> Result<()> {
    let sql = format!("UPDATE {} SET version = version + 1 WHERE id = ?", R::TABLE);
    sqlx::query(&sql).bind(id).execute(&mut *conn).await?;
    Ok(())
}

/// A value bound to a placeholder of [`update`].
#[derive(Debug, Clone, Copy)]
pub enum Value<'a> {
    Int(Option<i64>),
    Text(Option<&'a str>),
    Bool(bool),
}

impl From<i64> for Value<'_> {
    fn from(v: i64) -> Self {
        Value::Int(Some(v))
    }
}

impl From<Option<i64>> for Value<'_> {
    fn from(v: Option<i64>) -> Self {
        Value::Int(v)
    }
}

impl<'a> From<&'a str> for Value<'a> {
    fn from(v: &'a str) -> Self {
        Value::Text(Some(v))
    }
}

impl From<bool> for Value<'_> {
    fn from(v: bool) -> Self {
        Value::Bool(v)
    }
}

/// `UPDATE <table> SET <set> WHERE id = ?`: `set` is the assignments (`column = ?, …`), whose
/// placeholders take `values` in order.
pub async fn update<R: Stored>(
    conn: &mut sqlx::SqliteConnection,
    id: i64,
    set: &str,
    values: &[Value<'_>],
) -> Result<()> {
    let sql = format!("UPDATE {} SET {set} WHERE id = ?", R::TABLE);
    let mut query = sqlx::query(&sql);
    for v in values {
        query = match *v {
            Value::Int(v) => query.bind(v),
            Value::Text(v) => query.bind(v),
            Value::Bool(v) => query.bind(v),
        };
    }
    query.bind(id).execute(&mut *conn).await?;
    Ok(())
}

/// An entry of a row's audit log: who did what when, the details as JSON.
pub struct Event<'a> {
    pub at: i64,
    pub actor: &'a str,
    pub kind: &'a str,
    pub details: &'a str,
}

/// Appends an event to the row's audit log (and, for the resources whose version follows it,
/// bumps the row's version).
pub async fn insert_event<R: Stored>(
    conn: &mut sqlx::SqliteConnection,
    id: i64,
    e: &Event<'_>,
) -> Result<()> {
    let (table, key) = R::EVENTS;
    let sql =
        format!("INSERT INTO {table} ({key}, at, actor, kind, details) VALUES (?, ?, ?, ?, ?)");
    sqlx::query(&sql)
        .bind(id)
        .bind(e.at)
        .bind(e.actor)
        .bind(e.kind)
        .bind(e.details)
        .execute(&mut *conn)
        .await?;
    if R::EVENT_BUMPS_VERSION {
        bump::<R>(conn, id).await?;
    }
    Ok(())
}

/// The row's audit log, in time order: (id, at, actor, kind, details JSON).
pub async fn events<R: Stored>(
    conn: &mut sqlx::SqliteConnection,
    id: i64,
) -> Result<Vec<(i64, i64, String, String, String)>> {
    let (table, key) = R::EVENTS;
    let sql =
        format!("SELECT id, at, actor, kind, details FROM {table} WHERE {key} = ? ORDER BY at, id");
    sqlx::query_as(&sql).bind(id).fetch_all(&mut *conn).await
}

/// A stored photo (dispute evidence, a message's photos, a report's evidence), kept as JSON
/// beside its owner; the file lives under the owner's upload directory.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct PhotoRow {
    pub file: String,
    pub content_type: String,
    pub bytes: u64,
    pub width: u32,
    pub height: u32,
}

/// A JSON text column read back.
pub(crate) fn from_json<T: serde::de::DeserializeOwned>(text: &str) -> Result<T> {
    serde_json::from_str(text).map_err(|e| sqlx::Error::Decode(Box::new(e)))
}

/// A value stored as a JSON text column.
pub(crate) fn json<T: serde::Serialize>(v: &T) -> Result<String> {
    serde_json::to_string(v).map_err(|e| sqlx::Error::Encode(Box::new(e)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_lists_are_the_rows_fields_in_order() {
        assert_eq!(
            orders::OrderRow::COLUMNS,
            "id, payment_id, seller_id, seller_name, state, hold_state, hold_cents, items_cents, \
             shipping_cents, discount_cents, total_cents, item_count, image, shipping, address, \
             lines, placed_at, version, paid_at, shipped_at, delivered_at, completed_at, \
             cancelled_at, dispute_open, carrier_name, tracking_number, transit_days, \
             tracking_sent, protection_days, extended_days, ext_days, ext_state, \
             ext_requested_at, ext_answered_at, paused_secs"
        );
        assert_eq!(
            disputes::DisputeRow::COLUMNS,
            "id, order_id, buyer_id, line_no, state, state_since, received, reason, \
             wanted_outcome, wanted_cents, description, evidence, refundable_cents, prop_by, \
             prop_outcome, prop_cents, prop_at, seller_rejected, sim_answered_at, res_outcome, \
             res_cents, res_by, res_rationale, res_at, return_due, return_carrier, \
             return_tracking, return_shipped_at, return_received_at, redelivery_due, closed_at, \
             opened_at, version"
        );
    }

    #[test]
    fn values_keep_their_kind() {
        assert!(matches!(Value::from(5), Value::Int(Some(5))));
        assert!(matches!(Value::from(None::<i64>), Value::Int(None)));
        assert!(matches!(Value::from("x"), Value::Text(Some("x"))));
        assert!(matches!(Value::from(true), Value::Bool(true)));
    }
}
