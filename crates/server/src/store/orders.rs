//! Orders (table `orders`): the row, its column list, loads, pages and every state change.

use super::Result;
use sqlx::SqliteConnection;
use storefront_api::orders::OrderTab;

pub const ORDER_COLUMNS: &str = "id, payment_id, seller_id, seller_name, state, hold_state, \
    hold_cents, items_cents, shipping_cents, discount_cents, total_cents, item_count, image, \
    shipping, address, lines, placed_at, version, paid_at, shipped_at, delivered_at, \
    completed_at, cancelled_at, dispute_open, carrier_name, tracking_number, transit_days, \
    tracking_sent, protection_days, extended_days, ext_days, ext_state, ext_requested_at, \
    ext_answered_at, paused_secs";

#[derive(Debug, Default, sqlx::FromRow)]
pub struct OrderRow {
    pub id: i64,
    pub payment_id: String,
    pub seller_id: i64,
    pub seller_name: String,
    pub state: String,
    pub hold_state: String,
    pub hold_cents: i64,
    pub items_cents: i64,
    pub shipping_cents: i64,
    pub discount_cents: i64,
    pub total_cents: i64,
    pub item_count: i64,
    pub image: String,
    pub shipping: String,
    pub address: String,
    pub lines: String,
    pub placed_at: String,
    pub version: i64,
    pub paid_at: Option<i64>,
    pub shipped_at: Option<i64>,
    pub delivered_at: Option<i64>,
    pub completed_at: Option<i64>,
    pub cancelled_at: Option<i64>,
    pub dispute_open: bool,
    pub carrier_name: Option<String>,
    pub tracking_number: Option<String>,
    pub transit_days: Option<i64>,
    pub tracking_sent: i64,
    pub protection_days: Option<i64>,
    pub extended_days: i64,
    pub ext_days: Option<i64>,
    pub ext_state: Option<String>,
    pub ext_requested_at: Option<i64>,
    pub ext_answered_at: Option<i64>,
    /// Seconds the timers stood still during disputes.
    pub paused_secs: i64,
}

fn select(filter: &str) -> String {
    format!("SELECT {ORDER_COLUMNS} FROM orders WHERE {filter}")
}

impl super::Stored for OrderRow {
    const TABLE: &'static str = "orders";
    const COLUMNS: &'static str = ORDER_COLUMNS;
    const ACTIVE: &'static str =
        "state IN ('paid_held', 'shipped', 'delivered') AND dispute_open = 0";
    fn id(&self) -> i64 {
        self.id
    }
}

/// One order; with `buyer`, only if it is theirs.
pub async fn load(
    conn: &mut SqliteConnection,
    id: i64,
    buyer: Option<i64>,
) -> Result<Option<OrderRow>> {
    super::load(conn, id, buyer).await
}

/// Orders of one payment, by id.
pub async fn of_payment(conn: &mut SqliteConnection, payment_id: &str) -> Result<Vec<OrderRow>> {
    sqlx::query_as(&format!("{} ORDER BY id", select("payment_id = ?")))
        .bind(payment_id)
        .fetch_all(&mut *conn)
        .await
}

const TAB_SQL: [(OrderTab, &str); 6] = [
    (
        OrderTab::AwaitingPayment,
        "state = 'pending_payment' AND dispute_open = 0",
    ),
    (
        OrderTab::AwaitingShipment,
        "state = 'paid_held' AND dispute_open = 0",
    ),
    (OrderTab::Shipped, "state = 'shipped' AND dispute_open = 0"),
    (
        OrderTab::AwaitingConfirmation,
        "state = 'delivered' AND dispute_open = 0",
    ),
    (
        OrderTab::Completed,
        "state = 'completed' AND dispute_open = 0",
    ),
    (OrderTab::InDispute, "dispute_open = 1"),
];

fn tab_sql(tab: OrderTab) -> &'static str {
    TAB_SQL
        .iter()
        .find(|(t, _)| *t == tab)
        .map_or("1 = 1", |(_, sql)| sql)
}

/// Up to `limit` of the buyer's orders with an id below `before`, newest first.
pub async fn page(
    conn: &mut SqliteConnection,
    buyer: i64,
    tab: Option<OrderTab>,
    before: i64,
    limit: i64,
) -> Result<Vec<OrderRow>> {
    let filter = tab.map_or("1 = 1", tab_sql);
    sqlx::query_as(&format!(
        "{} ORDER BY id DESC LIMIT ?",
        select(&format!("buyer_id = ? AND id < ? AND ({filter})"))
    ))
    .bind(buyer)
    .bind(before)
    .bind(limit)
    .fetch_all(&mut *conn)
    .await
}

/// The buyer's order count, then the count of each tab in [`TAB_SQL`] order (awaiting payment,
/// awaiting shipment, shipped, awaiting confirmation, completed, in dispute).
pub async fn counts(conn: &mut SqliteConnection, buyer: i64) -> Result<(i64, [i64; 6])> {
    let sums: Vec<String> = TAB_SQL
        .iter()
        .map(|(_, sql)| format!("COALESCE(SUM(CASE WHEN {sql} THEN 1 ELSE 0 END), 0)"))
        .collect();
    let row: (i64, i64, i64, i64, i64, i64, i64) = sqlx::query_as(&format!(
        "SELECT COUNT(*), {} FROM orders WHERE buyer_id = ?",
        sums.join(", ")
    ))
    .bind(buyer)
    .fetch_one(&mut *conn)
    .await?;
    Ok((row.0, [row.1, row.2, row.3, row.4, row.5, row.6]))
}

/// Runs `sql` with its one value, then the id.
async fn exec(conn: &mut SqliteConnection, sql: &str, id: i64, value: i64) -> Result<()> {
    sqlx::query(sql)
        .bind(value)
        .bind(id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

pub async fn bump(conn: &mut SqliteConnection, id: i64) -> Result<()> {
    sqlx::query("UPDATE orders SET version = version + 1 WHERE id = ?")
        .bind(id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

pub async fn total_and_hold_cents(conn: &mut SqliteConnection, id: i64) -> Result<(i64, i64)> {
    sqlx::query_as("SELECT total_cents, hold_cents FROM orders WHERE id = ?")
        .bind(id)
        .fetch_one(&mut *conn)
        .await
}

pub async fn set_paid_at(conn: &mut SqliteConnection, id: i64, at: i64) -> Result<()> {
    exec(conn, "UPDATE orders SET paid_at = ? WHERE id = ?", id, at).await
}

pub async fn set_hold_state(conn: &mut SqliteConnection, id: i64, state: &str) -> Result<()> {
    sqlx::query("UPDATE orders SET hold_state = ? WHERE id = ?")
        .bind(state)
        .bind(id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// What shipping stores on the order.
pub struct Shipment<'a> {
    pub carrier: &'a str,
    pub tracking_number: &'a str,
    pub transit_days: i64,
    pub protection_days: i64,
}

pub async fn set_shipped(
    conn: &mut SqliteConnection,
    id: i64,
    at: i64,
    s: &Shipment<'_>,
) -> Result<()> {
    sqlx::query(
        "UPDATE orders SET state = 'shipped', shipped_at = ?, carrier_name = ?, \
         tracking_number = ?, transit_days = ?, tracking_sent = 0, protection_days = ?, \
         version = version + 1 WHERE id = ?",
    )
    .bind(at)
    .bind(s.carrier)
    .bind(s.tracking_number)
    .bind(s.transit_days)
    .bind(s.protection_days)
    .bind(id)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

pub async fn set_delivered(conn: &mut SqliteConnection, id: i64, at: i64) -> Result<()> {
    let sql = "UPDATE orders SET state = 'delivered', delivered_at = ?, tracking_sent = 1000, \
               version = version + 1 WHERE id = ?";
    exec(conn, sql, id, at).await
}

pub async fn set_completed(conn: &mut SqliteConnection, id: i64, at: i64) -> Result<()> {
    let sql = "UPDATE orders SET state = 'completed', completed_at = ?, version = version + 1 \
               WHERE id = ?";
    exec(conn, sql, id, at).await
}

pub async fn set_cancelled(conn: &mut SqliteConnection, id: i64, at: i64) -> Result<()> {
    let sql = "UPDATE orders SET state = 'cancelled', cancelled_at = ?, version = version + 1 \
               WHERE id = ?";
    exec(conn, sql, id, at).await
}

pub async fn set_tracking_sent(conn: &mut SqliteConnection, id: i64, sent: i64) -> Result<()> {
    let sql = "UPDATE orders SET tracking_sent = ?, version = version + 1 WHERE id = ?";
    exec(conn, sql, id, sent).await
}

pub async fn request_extension(
    conn: &mut SqliteConnection,
    id: i64,
    days: i64,
    at: i64,
) -> Result<()> {
    sqlx::query(
        "UPDATE orders SET ext_days = ?, ext_state = 'pending', ext_requested_at = ?, \
         ext_answered_at = NULL, version = version + 1 WHERE id = ?",
    )
    .bind(days)
    .bind(at)
    .bind(id)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// The seller's answer: `granted` adds `days` to the protection period.
pub async fn answer_extension(
    conn: &mut SqliteConnection,
    id: i64,
    granted: bool,
    days: i64,
    at: i64,
) -> Result<()> {
    sqlx::query(
        "UPDATE orders SET ext_state = ?, ext_answered_at = ?, \
         extended_days = extended_days + ?, version = version + 1 WHERE id = ?",
    )
    .bind(if granted { "granted" } else { "refused" })
    .bind(at)
    .bind(if granted { days } else { 0 })
    .bind(id)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// A dispute opened: the order's timers stop.
pub async fn set_dispute_open(conn: &mut SqliteConnection, id: i64) -> Result<()> {
    sqlx::query("UPDATE orders SET dispute_open = 1, version = version + 1 WHERE id = ?")
        .bind(id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// A dispute settled the order: `completed` when money went to the seller, else `cancelled`.
pub async fn close_by_dispute(
    conn: &mut SqliteConnection,
    id: i64,
    completed: bool,
    at: i64,
) -> Result<()> {
    let sql = if completed {
        "UPDATE orders SET state = 'completed', completed_at = ?, dispute_open = 0, \
         version = version + 1 WHERE id = ?"
    } else {
        "UPDATE orders SET state = 'cancelled', cancelled_at = ?, dispute_open = 0, \
         version = version + 1 WHERE id = ?"
    };
    exec(conn, sql, id, at).await
}

/// A dispute ended without settling: the timers run again, `paused` seconds later.
pub async fn resume_after_dispute(conn: &mut SqliteConnection, id: i64, paused: i64) -> Result<()> {
    let sql = "UPDATE orders SET dispute_open = 0, paused_secs = paused_secs + ?, \
               version = version + 1 WHERE id = ?";
    exec(conn, sql, id, paused).await
}

/// Redelivered after a `resend` resolution.
pub async fn set_redelivered(conn: &mut SqliteConnection, id: i64, at: i64) -> Result<()> {
    let sql = "UPDATE orders SET state = 'delivered', delivered_at = ?, version = version + 1 \
               WHERE id = ?";
    exec(conn, sql, id, at).await
}

/// The listing photos of each line when the order was placed (JSON `[[url, …], …]`).
pub async fn line_photos(conn: &mut SqliteConnection, id: i64) -> Result<Option<String>> {
    let row: Option<(Option<String>,)> =
        sqlx::query_as("SELECT line_photos FROM orders WHERE id = ?")
            .bind(id)
            .fetch_optional(&mut *conn)
            .await?;
    Ok(row.and_then(|(s,)| s))
}

pub async fn set_line_photos(conn: &mut SqliteConnection, id: i64, photos: &str) -> Result<()> {
    sqlx::query("UPDATE orders SET line_photos = ? WHERE id = ?")
        .bind(photos)
        .bind(id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// The order's lines (JSON).
pub async fn lines(conn: &mut SqliteConnection, id: i64) -> Result<String> {
    let (lines,): (String,) = sqlx::query_as("SELECT lines FROM orders WHERE id = ?")
        .bind(id)
        .fetch_one(&mut *conn)
        .await?;
    Ok(lines)
}
