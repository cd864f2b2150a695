//! Disputes (tables `disputes`, `dispute_events`): the row, its column list, loads, pages and
//! every state change.

use super::Result;
use serde::{Deserialize, Serialize};
use sqlx::SqliteConnection;

/// A stored evidence file.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct EvidenceRow {
    pub file: String,
    pub content_type: String,
    pub bytes: u64,
    pub width: u32,
    pub height: u32,
}

pub const DISPUTE_COLUMNS: &str = "id, order_id, buyer_id, line_no, state, state_since, received, \
    reason, wanted_outcome, wanted_cents, description, evidence, refundable_cents, prop_by, \
    prop_outcome, prop_cents, prop_at, seller_rejected, sim_answered_at, res_outcome, res_cents, \
    res_by, res_rationale, res_at, return_due, return_carrier, return_tracking, \
    return_shipped_at, return_received_at, redelivery_due, closed_at, opened_at, version";

#[derive(Debug, Clone, Default, sqlx::FromRow)]
pub struct DisputeRow {
    pub id: i64,
    pub order_id: i64,
    pub buyer_id: i64,
    pub line_no: i64,
    pub state: String,
    pub state_since: i64,
    pub received: bool,
    pub reason: String,
    pub wanted_outcome: String,
    pub wanted_cents: Option<i64>,
    pub description: String,
    pub evidence: String,
    pub refundable_cents: i64,
    pub prop_by: Option<String>,
    pub prop_outcome: Option<String>,
    pub prop_cents: Option<i64>,
    pub prop_at: Option<i64>,
    pub seller_rejected: bool,
    pub sim_answered_at: Option<i64>,
    pub res_outcome: Option<String>,
    pub res_cents: Option<i64>,
    pub res_by: Option<String>,
    pub res_rationale: Option<String>,
    pub res_at: Option<i64>,
    pub return_due: Option<i64>,
    pub return_carrier: Option<String>,
    pub return_tracking: Option<String>,
    pub return_shipped_at: Option<i64>,
    pub return_received_at: Option<i64>,
    pub redelivery_due: Option<i64>,
    pub closed_at: Option<i64>,
    pub opened_at: i64,
    pub version: i64,
}

impl super::Stored for DisputeRow {
    const TABLE: &'static str = "disputes";
    const COLUMNS: &'static str = DISPUTE_COLUMNS;
    const ACTIVE: &'static str = "closed_at IS NULL";
    fn id(&self) -> i64 {
        self.id
    }
}

/// One dispute; with `buyer`, only if it is theirs.
pub async fn load(
    conn: &mut SqliteConnection,
    id: i64,
    buyer: Option<i64>,
) -> Result<Option<DisputeRow>> {
    super::load(conn, id, buyer).await
}

/// Up to `limit` of the buyer's disputes with an id below `before`, newest first.
pub async fn page(
    conn: &mut SqliteConnection,
    buyer: i64,
    before: i64,
    limit: i64,
) -> Result<Vec<DisputeRow>> {
    sqlx::query_as(&format!(
        "SELECT {DISPUTE_COLUMNS} FROM disputes WHERE buyer_id = ? AND id < ? ORDER BY id DESC \
         LIMIT ?"
    ))
    .bind(buyer)
    .bind(before)
    .bind(limit)
    .fetch_all(&mut *conn)
    .await
}

/// (id, line_no) of every dispute of the order.
pub async fn of_order(conn: &mut SqliteConnection, order_id: i64) -> Result<Vec<(i64, i64)>> {
    sqlx::query_as("SELECT id, line_no FROM disputes WHERE order_id = ? ORDER BY id")
        .bind(order_id)
        .fetch_all(&mut *conn)
        .await
}

/// A new dispute's fields.
pub struct NewRow<'a> {
    pub order_id: i64,
    pub buyer_id: i64,
    pub line_no: i64,
    pub received: bool,
    pub reason: &'a str,
    pub outcome: &'a str,
    pub amount: Option<i64>,
    pub description: &'a str,
    pub refundable: i64,
    pub evidence: &'a [EvidenceRow],
}

/// Inserts an `awaiting_seller` dispute whose first proposal is the buyer's; answers its id.
pub async fn insert(conn: &mut SqliteConnection, n: &NewRow<'_>, at: i64) -> Result<i64> {
    let inserted = sqlx::query(
        "INSERT INTO disputes (order_id, buyer_id, line_no, state, state_since, received, \
         reason, wanted_outcome, wanted_cents, description, evidence, refundable_cents, prop_by, \
         prop_outcome, prop_cents, prop_at, opened_at) VALUES (?, ?, ?, 'awaiting_seller', ?, \
         ?, ?, ?, ?, ?, '[]', ?, 'buyer', ?, ?, ?, ?)",
    )
    .bind(n.order_id)
    .bind(n.buyer_id)
    .bind(n.line_no)
    .bind(at)
    .bind(n.received)
    .bind(n.reason)
    .bind(n.outcome)
    .bind(n.amount)
    .bind(n.description)
    .bind(n.refundable)
    .bind(n.outcome)
    .bind(n.amount)
    .bind(at)
    .bind(at)
    .execute(&mut *conn)
    .await?;
    let id = inserted.last_insert_rowid();
    sqlx::query("UPDATE disputes SET evidence = ? WHERE id = ?")
        .bind(super::json(&n.evidence)?)
        .bind(id)
        .execute(&mut *conn)
        .await?;
    Ok(id)
}

/// Appends an event to the dispute's log (which changes the dispute's version).
pub async fn insert_event(
    conn: &mut SqliteConnection,
    dispute_id: i64,
    at: i64,
    actor: &str,
    kind: &str,
    details: &str,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO dispute_events (dispute_id, at, actor, kind, details) VALUES (?, ?, ?, ?, ?)",
    )
    .bind(dispute_id)
    .bind(at)
    .bind(actor)
    .bind(kind)
    .bind(details)
    .execute(&mut *conn)
    .await?;
    sqlx::query("UPDATE disputes SET version = version + 1 WHERE id = ?")
        .bind(dispute_id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// (id, at, actor, kind, details JSON), in time order.
pub async fn events(
    conn: &mut SqliteConnection,
    dispute_id: i64,
) -> Result<Vec<(i64, i64, String, String, String)>> {
    sqlx::query_as(
        "SELECT id, at, actor, kind, details FROM dispute_events WHERE dispute_id = ? \
         ORDER BY at, id",
    )
    .bind(dispute_id)
    .fetch_all(&mut *conn)
    .await
}

async fn exec(conn: &mut SqliteConnection, sql: &str, id: i64, value: i64) -> Result<()> {
    sqlx::query(sql)
        .bind(value)
        .bind(id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

pub async fn set_escalated(conn: &mut SqliteConnection, id: i64, at: i64) -> Result<()> {
    let sql = "UPDATE disputes SET state = 'escalated', state_since = ?, version = version + 1 \
               WHERE id = ?";
    exec(conn, sql, id, at).await
}

pub async fn set_cancelled(conn: &mut SqliteConnection, id: i64, at: i64) -> Result<()> {
    sqlx::query(
        "UPDATE disputes SET state = 'cancelled', state_since = ?, closed_at = ?, \
         version = version + 1 WHERE id = ?",
    )
    .bind(at)
    .bind(at)
    .bind(id)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

pub async fn set_return_shipped(
    conn: &mut SqliteConnection,
    id: i64,
    carrier: &str,
    tracking: &str,
    at: i64,
) -> Result<()> {
    sqlx::query(
        "UPDATE disputes SET return_carrier = ?, return_tracking = ?, \
         return_shipped_at = ?, version = version + 1 WHERE id = ?",
    )
    .bind(carrier)
    .bind(tracking)
    .bind(at)
    .bind(id)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

pub async fn set_closed(conn: &mut SqliteConnection, id: i64, at: i64) -> Result<()> {
    let sql = "UPDATE disputes SET closed_at = ?, version = version + 1 WHERE id = ?";
    exec(conn, sql, id, at).await
}

/// The resolution (`resolved`); `by` and `outcome` are wire codes.
pub struct Resolution<'a> {
    pub outcome: &'a str,
    pub amount: Option<i64>,
    pub by: &'a str,
    pub rationale: &'a str,
}

pub async fn set_resolved(
    conn: &mut SqliteConnection,
    id: i64,
    r: &Resolution<'_>,
    at: i64,
) -> Result<()> {
    sqlx::query(
        "UPDATE disputes SET state = 'resolved', state_since = ?, res_outcome = ?, \
         res_cents = ?, res_by = ?, res_rationale = ?, res_at = ?, version = version + 1 \
         WHERE id = ?",
    )
    .bind(at)
    .bind(r.outcome)
    .bind(r.amount)
    .bind(r.by)
    .bind(r.rationale)
    .bind(at)
    .bind(id)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

pub async fn set_return_due(conn: &mut SqliteConnection, id: i64, due: i64) -> Result<()> {
    exec(
        conn,
        "UPDATE disputes SET return_due = ? WHERE id = ?",
        id,
        due,
    )
    .await
}

pub async fn set_redelivery_due(conn: &mut SqliteConnection, id: i64, due: i64) -> Result<()> {
    let sql = "UPDATE disputes SET redelivery_due = ? WHERE id = ?";
    exec(conn, sql, id, due).await
}

/// A proposal on the table (`negotiating`); `state_since` is when negotiation began.
pub async fn set_proposal(
    conn: &mut SqliteConnection,
    id: i64,
    state_since: i64,
    by: &str,
    outcome: &str,
    cents: Option<i64>,
    at: i64,
) -> Result<()> {
    sqlx::query(
        "UPDATE disputes SET state = 'negotiating', state_since = ?, prop_by = ?, \
         prop_outcome = ?, prop_cents = ?, prop_at = ?, version = version + 1 WHERE id = ?",
    )
    .bind(state_since)
    .bind(by)
    .bind(outcome)
    .bind(cents)
    .bind(at)
    .bind(id)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Which proposal (by its time) the simulated seller answered.
pub async fn set_sim_answered(
    conn: &mut SqliteConnection,
    id: i64,
    proposal_at: i64,
) -> Result<()> {
    let sql = "UPDATE disputes SET sim_answered_at = ? WHERE id = ?";
    exec(conn, sql, id, proposal_at).await
}

pub async fn set_seller_rejected(conn: &mut SqliteConnection, id: i64, at: i64) -> Result<()> {
    let sql = "UPDATE disputes SET state = 'negotiating', state_since = CASE WHEN state = \
               'negotiating' THEN state_since ELSE ? END, seller_rejected = 1, \
               version = version + 1 WHERE id = ?";
    exec(conn, sql, id, at).await
}

/// The return was not shipped in time: no refund, decided by the system.
pub async fn set_return_expired(conn: &mut SqliteConnection, id: i64, at: i64) -> Result<()> {
    let sql = "UPDATE disputes SET res_outcome = 'no_refund', res_cents = NULL, \
               res_by = 'system', res_rationale = 'return_not_shipped', res_at = ? WHERE id = ?";
    exec(conn, sql, id, at).await
}

pub async fn set_return_received(conn: &mut SqliteConnection, id: i64, at: i64) -> Result<()> {
    let sql = "UPDATE disputes SET return_received_at = ? WHERE id = ?";
    exec(conn, sql, id, at).await
}
