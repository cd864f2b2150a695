//! Disputes (tables `disputes`, `dispute_events`): the row, its column list, loads, pages and
//! every state change.

use super::Result;
use sqlx::SqliteConnection;

/// A stored evidence file.
pub type EvidenceRow = super::PhotoRow;

super::stored_row! {
    #[derive(Debug, Clone, Default)]
    pub struct DisputeRow in "disputes" {
        active: "closed_at IS NULL",
        events: ("dispute_events", "dispute_id"),
        event_bumps_version: true,
    } {
        id: i64,
        // What is disputed, since when, and the buyer's claim.
        order_id: i64, buyer_id: i64, line_no: i64, state: String, state_since: i64,
        received: bool, reason: String, wanted_outcome: String, wanted_cents: Option<i64>,
        description: String, evidence: String, refundable_cents: i64,
        // The proposal on the table.
        prop_by: Option<String>, prop_outcome: Option<String>, prop_cents: Option<i64>,
        prop_at: Option<i64>, seller_rejected: bool, sim_answered_at: Option<i64>,
        // The resolution.
        res_outcome: Option<String>, res_cents: Option<i64>, res_by: Option<String>,
        res_rationale: Option<String>, res_at: Option<i64>,
        // A return, or a resend.
        return_due: Option<i64>, return_carrier: Option<String>, return_tracking: Option<String>,
        return_shipped_at: Option<i64>, return_received_at: Option<i64>,
        redelivery_due: Option<i64>,
        closed_at: Option<i64>, opened_at: i64, version: i64,
    }
}

/// Up to `limit` of the buyer's disputes with an id below `before`, newest first.
pub async fn page(
    conn: &mut SqliteConnection,
    buyer: i64,
    before: i64,
    limit: i64,
) -> Result<Vec<DisputeRow>> {
    super::page(conn, buyer, "1 = 1", before, limit).await
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
    /// The buyer's claim: the reason, the outcome they want (with its amount), their words.
    pub reason: &'a str,
    pub outcome: &'a str,
    pub amount: Option<i64>,
    pub description: &'a str,
    pub received: bool,
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

pub async fn set_escalated(conn: &mut SqliteConnection, id: i64, at: i64) -> Result<()> {
    let set = "state = 'escalated', state_since = ?, version = version + 1";
    super::update::<DisputeRow>(conn, id, set, &[at.into()]).await
}

pub async fn set_cancelled(conn: &mut SqliteConnection, id: i64, at: i64) -> Result<()> {
    let set = "state = 'cancelled', state_since = ?, closed_at = ?, version = version + 1";
    super::update::<DisputeRow>(conn, id, set, &[at.into(), at.into()]).await
}

/// The buyer shipped the return with this carrier and tracking number.
pub async fn set_return_shipped(
    conn: &mut SqliteConnection,
    id: i64,
    carrier: &str,
    tracking: &str,
    at: i64,
) -> Result<()> {
    let set = "return_carrier = ?, return_tracking = ?, return_shipped_at = ?, \
               version = version + 1";
    super::update::<DisputeRow>(conn, id, set, &[carrier.into(), tracking.into(), at.into()]).await
}

pub async fn set_closed(conn: &mut SqliteConnection, id: i64, at: i64) -> Result<()> {
    let set = "closed_at = ?, version = version + 1";
    super::update::<DisputeRow>(conn, id, set, &[at.into()]).await
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
    super::update::<DisputeRow>(conn, id, "return_due = ?", &[due.into()]).await
}

pub async fn set_redelivery_due(conn: &mut SqliteConnection, id: i64, due: i64) -> Result<()> {
    super::update::<DisputeRow>(conn, id, "redelivery_due = ?", &[due.into()]).await
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
    let set = "state = 'negotiating', state_since = ?, prop_by = ?, prop_outcome = ?, \
               prop_cents = ?, prop_at = ?, version = version + 1";
    let values = [
        state_since.into(),
        by.into(),
        outcome.into(),
        cents.into(),
        at.into(),
    ];
    super::update::<DisputeRow>(conn, id, set, &values).await
}

/// Which proposal (by its time) the simulated seller answered.
pub async fn set_sim_answered(
    conn: &mut SqliteConnection,
    id: i64,
    proposal_at: i64,
) -> Result<()> {
    super::update::<DisputeRow>(conn, id, "sim_answered_at = ?", &[proposal_at.into()]).await
}

pub async fn set_seller_rejected(conn: &mut SqliteConnection, id: i64, at: i64) -> Result<()> {
    let set = "state = 'negotiating', state_since = CASE WHEN state = 'negotiating' THEN \
               state_since ELSE ? END, seller_rejected = 1, version = version + 1";
    super::update::<DisputeRow>(conn, id, set, &[at.into()]).await
}

/// The return was not shipped in time: no refund, decided by the system.
pub async fn set_return_expired(conn: &mut SqliteConnection, id: i64, at: i64) -> Result<()> {
    let set = "res_outcome = 'no_refund', res_cents = NULL, res_by = 'system', \
               res_rationale = 'return_not_shipped', res_at = ?";
    super::update::<DisputeRow>(conn, id, set, &[at.into()]).await
}

pub async fn set_return_received(conn: &mut SqliteConnection, id: i64, at: i64) -> Result<()> {
    super::update::<DisputeRow>(conn, id, "return_received_at = ?", &[at.into()]).await
}
