//! All SQL of the server's write-side aggregates, one file per aggregate: rows, column lists,
//! inserts, updates and loads. No rules (they are in [`crate::domain`]) and no HTTP: functions
//! answer `sqlx` errors, which the domain and the HTTP edge turn into their own errors.
//!
//! A second database engine replaces this folder and nothing else.

pub mod disputes;
pub mod feedback;
pub mod idempotency;
pub mod ledger;
pub mod order_events;
pub mod orders;
pub mod products;

pub type Result<T> = std::result::Result<T, sqlx::Error>;

/// A row of a buyer's resource that moves through a state machine (orders, disputes): loaded
/// by id (optionally only the buyer's), and listed while steps may still be due.
pub trait Stored: for<'r> sqlx::FromRow<'r, sqlx::sqlite::SqliteRow> + Send + Sync + Unpin {
    const TABLE: &'static str;
    const COLUMNS: &'static str;
    /// The rows whose timers may run (an SQL condition).
    const ACTIVE: &'static str;
    fn id(&self) -> i64;
}

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

/// A value stored as a JSON text column.
pub(crate) fn json<T: serde::Serialize>(v: &T) -> Result<String> {
    serde_json::to_string(v).map_err(|e| sqlx::Error::Encode(Box::new(e)))
}
