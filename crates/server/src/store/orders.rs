//! Orders (table `orders`): the row, its column list, loads, pages and every state change.

use super::Result;
use sqlx::SqliteConnection;
use storefront_api::orders::OrderTab;

super::stored_row! {
    #[derive(Debug, Default)]
    pub struct OrderRow in "orders" {
        active: "state IN ('paid_held', 'shipped', 'delivered') AND dispute_open = 0",
        events: ("order_events", "order_id"),
        event_bumps_version: false,
    } {
        id: i64,
        // Who sells, and how it was paid.
        payment_id: String, seller_id: i64, seller_name: String,
        state: String, hold_state: String, hold_cents: i64,
        // Money, in minor units.
        items_cents: i64, shipping_cents: i64, discount_cents: i64, total_cents: i64,
        item_count: i64, image: String,
        // JSON: the chosen shipping option, the address, the lines.
        shipping: String, address: String, lines: String,
        placed_at: String, version: i64,
        // When each state began.
        paid_at: Option<i64>, shipped_at: Option<i64>, delivered_at: Option<i64>,
        completed_at: Option<i64>, cancelled_at: Option<i64>,
        dispute_open: bool,
        // The parcel.
        carrier_name: Option<String>, tracking_number: Option<String>, transit_days: Option<i64>,
        tracking_sent: i64,
        // Buyer protection and its extension.
        protection_days: Option<i64>, extended_days: i64,
        ext_days: Option<i64>, ext_state: Option<String>,
        ext_requested_at: Option<i64>, ext_answered_at: Option<i64>,
        /// Seconds the timers stood still during disputes.
        paused_secs: i64,
    }
}

/// The order columns, for queries that join other tables.
pub const ORDER_COLUMNS: &str = <OrderRow as super::Stored>::COLUMNS;

fn select(filter: &str) -> String {
    format!("SELECT {ORDER_COLUMNS} FROM orders WHERE {filter}")
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
    super::page(conn, buyer, tab.map_or("1 = 1", tab_sql), before, limit).await
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

pub async fn bump(conn: &mut SqliteConnection, id: i64) -> Result<()> {
    super::bump::<OrderRow>(conn, id).await
}

pub async fn total_and_hold_cents(conn: &mut SqliteConnection, id: i64) -> Result<(i64, i64)> {
    sqlx::query_as("SELECT total_cents, hold_cents FROM orders WHERE id = ?")
        .bind(id)
        .fetch_one(&mut *conn)
        .await
}

pub async fn set_paid_at(conn: &mut SqliteConnection, id: i64, at: i64) -> Result<()> {
    super::update::<OrderRow>(conn, id, "paid_at = ?", &[at.into()]).await
}

pub async fn set_hold_state(conn: &mut SqliteConnection, id: i64, state: &str) -> Result<()> {
    super::update::<OrderRow>(conn, id, "hold_state = ?", &[state.into()]).await
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

/// A new version whose `set` takes the time `at` (the time a state began).
async fn stamp(conn: &mut SqliteConnection, id: i64, set: &str, at: i64) -> Result<()> {
    super::update::<OrderRow>(
        conn,
        id,
        &format!("{set}, version = version + 1"),
        &[at.into()],
    )
    .await
}

pub async fn set_delivered(conn: &mut SqliteConnection, id: i64, at: i64) -> Result<()> {
    let set = "state = 'delivered', delivered_at = ?, tracking_sent = 1000";
    stamp(conn, id, set, at).await
}

pub async fn set_completed(conn: &mut SqliteConnection, id: i64, at: i64) -> Result<()> {
    stamp(conn, id, "state = 'completed', completed_at = ?", at).await
}

pub async fn set_cancelled(conn: &mut SqliteConnection, id: i64, at: i64) -> Result<()> {
    stamp(conn, id, "state = 'cancelled', cancelled_at = ?", at).await
}

/// How far the carrier's scans have come (1000: delivered).
pub async fn set_tracking_sent(conn: &mut SqliteConnection, id: i64, sent: i64) -> Result<()> {
    super::update::<OrderRow>(
        conn,
        id,
        "tracking_sent = ?, version = version + 1",
        &[sent.into()],
    )
    .await
}

/// The buyer asks for `days` more protection.
pub async fn request_extension(
    conn: &mut SqliteConnection,
    id: i64,
    days: i64,
    at: i64,
) -> Result<()> {
    let set = "ext_days = ?, ext_state = 'pending', ext_requested_at = ?, \
               ext_answered_at = NULL, version = version + 1";
    super::update::<OrderRow>(conn, id, set, &[days.into(), at.into()]).await
}

/// The seller's answer: `granted` adds `days` to the protection period.
pub async fn answer_extension(
    conn: &mut SqliteConnection,
    id: i64,
    granted: bool,
    days: i64,
    at: i64,
) -> Result<()> {
    let set = "ext_state = ?, ext_answered_at = ?, extended_days = extended_days + ?, \
               version = version + 1";
    let answer = if granted { "granted" } else { "refused" };
    let added = if granted { days } else { 0 };
    super::update::<OrderRow>(conn, id, set, &[answer.into(), at.into(), added.into()]).await
}

/// A dispute opened: the order's timers stop.
pub async fn set_dispute_open(conn: &mut SqliteConnection, id: i64) -> Result<()> {
    super::update::<OrderRow>(conn, id, "dispute_open = 1, version = version + 1", &[]).await
}

/// A dispute settled the order: `completed` when money went to the seller, else `cancelled`.
pub async fn close_by_dispute(
    conn: &mut SqliteConnection,
    id: i64,
    completed: bool,
    at: i64,
) -> Result<()> {
    let set = if completed {
        "state = 'completed', completed_at = ?, dispute_open = 0, version = version + 1"
    } else {
        "state = 'cancelled', cancelled_at = ?, dispute_open = 0, version = version + 1"
    };
    super::update::<OrderRow>(conn, id, set, &[at.into()]).await
}

/// A dispute ended without settling: the timers run again, `paused` seconds later.
pub async fn resume_after_dispute(conn: &mut SqliteConnection, id: i64, paused: i64) -> Result<()> {
    let set = "dispute_open = 0, paused_secs = paused_secs + ?, version = version + 1";
    super::update::<OrderRow>(conn, id, set, &[paused.into()]).await
}

/// Redelivered after a `resend` resolution.
pub async fn set_redelivered(conn: &mut SqliteConnection, id: i64, at: i64) -> Result<()> {
    stamp(conn, id, "state = 'delivered', delivered_at = ?", at).await
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
    super::update::<OrderRow>(conn, id, "line_photos = ?", &[photos.into()]).await
}

/// The order's lines (JSON).
pub async fn lines(conn: &mut SqliteConnection, id: i64) -> Result<String> {
    let (lines,): (String,) = sqlx::query_as("SELECT lines FROM orders WHERE id = ?")
        .bind(id)
        .fetch_one(&mut *conn)
        .await?;
    Ok(lines)
}

/// What a new order stores; the rest of its columns start at their defaults.
pub struct NewOrder<'a> {
    pub buyer_id: i64,
    pub payment_id: &'a str,
    pub seller_id: i64,
    pub seller_name: &'a str,
    pub state: &'a str,
    pub hold_state: &'a str,
    pub hold_cents: i64,
    pub items_cents: i64,
    pub shipping_cents: i64,
    pub discount_cents: i64,
    pub total_cents: i64,
    pub item_count: i64,
    pub image: &'a str,
    /// JSON of the chosen shipping option.
    pub shipping: &'a str,
    /// JSON of the address.
    pub address: &'a str,
    /// JSON of the lines.
    pub lines: &'a str,
    pub placed_at: &'a str,
    pub partner_id: Option<&'a str>,
}

/// Inserts an order; answers its id.
pub async fn insert(conn: &mut SqliteConnection, o: &NewOrder<'_>) -> Result<i64> {
    let inserted = sqlx::query(
        "INSERT INTO orders (buyer_id, payment_id, seller_id, seller_name, state, hold_state, \
         hold_cents, items_cents, shipping_cents, discount_cents, total_cents, item_count, \
         image, shipping, address, lines, placed_at, partner_id) VALUES (?, ?, ?, ?, ?, ?, ?, \
         ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(o.buyer_id)
    .bind(o.payment_id)
    .bind(o.seller_id)
    .bind(o.seller_name)
    .bind(o.state)
    .bind(o.hold_state)
    .bind(o.hold_cents)
    .bind(o.items_cents)
    .bind(o.shipping_cents)
    .bind(o.discount_cents)
    .bind(o.total_cents)
    .bind(o.item_count)
    .bind(o.image)
    .bind(o.shipping)
    .bind(o.address)
    .bind(o.lines)
    .bind(o.placed_at)
    .bind(o.partner_id)
    .execute(&mut *conn)
    .await?;
    Ok(inserted.last_insert_rowid())
}

/// The payment's `pending_payment` orders become `paid_held` (hold `held`).
pub async fn pay_pending_of_payment(conn: &mut SqliteConnection, payment_id: &str) -> Result<()> {
    sqlx::query(
        "UPDATE orders SET state = 'paid_held', hold_state = 'held', version = version + 1 \
         WHERE payment_id = ? AND state = 'pending_payment'",
    )
    .bind(payment_id)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// The payment's `pending_payment` orders become `cancelled` (hold `voided`) at `at`.
pub async fn cancel_pending_of_payment(
    conn: &mut SqliteConnection,
    payment_id: &str,
    at: i64,
) -> Result<()> {
    sqlx::query(
        "UPDATE orders SET state = 'cancelled', hold_state = 'voided', cancelled_at = ?, \
         version = version + 1 WHERE payment_id = ? AND state = 'pending_payment'",
    )
    .bind(at)
    .bind(payment_id)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// A cancelled order paid again: its new state, hold state and payment.
pub async fn set_paid_again(
    conn: &mut SqliteConnection,
    id: i64,
    state: &str,
    hold_state: &str,
    payment_id: &str,
) -> Result<()> {
    sqlx::query(
        "UPDATE orders SET state = ?, hold_state = ?, payment_id = ?, cancelled_at = NULL, \
         version = version + 1 WHERE id = ?",
    )
    .bind(state)
    .bind(hold_state)
    .bind(payment_id)
    .bind(id)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Orders credited to a partner site, newest first (at most 500): id, state, total,
/// item count, placed_at.
pub async fn of_partner(
    pool: &sqlx::SqlitePool,
    partner: &str,
) -> Result<Vec<(i64, String, i64, i64, String)>> {
    sqlx::query_as(
        "SELECT id, state, total_cents, item_count, placed_at FROM orders \
         WHERE partner_id = ? ORDER BY id DESC LIMIT 500",
    )
    .bind(partner)
    .fetch_all(pool)
    .await
}
