//! Opening a dispute: what a line may refund, the new row, the frozen hold and the first events.

use super::log::{record, EventDetails};
use crate::domain::hold::Op;
use crate::domain::orders::{log as order_log, settlement as order_money};
use crate::domain::Result;
use crate::store::{self, disputes::EvidenceRow};
use sqlx::SqliteConnection;
use storefront_api::disputes::*;
use storefront_api::orders::{EventActor, EventKind};

pub struct NewDispute {
    pub line_no: i64,
    pub received: bool,
    pub reason: DisputeReason,
    pub outcome: DisputeOutcome,
    pub amount: Option<i64>,
    pub description: String,
    pub evidence: Vec<EvidenceRow>,
}

/// Inserts the dispute and freezes the hold; answers the new id.
pub async fn insert(
    conn: &mut SqliteConnection,
    order_id: i64,
    buyer_id: i64,
    refundable: i64,
    n: &NewDispute,
    at: i64,
) -> Result<i64> {
    let row = store::disputes::NewRow {
        order_id,
        buyer_id,
        line_no: n.line_no,
        received: n.received,
        reason: n.reason.as_str(),
        outcome: n.outcome.as_str(),
        amount: n.amount,
        description: &n.description,
        refundable,
        evidence: &n.evidence,
    };
    let id = store::disputes::insert(conn, &row, at).await?;
    order_money::ledger_apply(conn, order_id, Op::Freeze, at).await?;
    store::orders::set_dispute_open(conn, order_id).await?;
    let (actor, kind) = (EventActor::Buyer, EventKind::DisputeOpened);
    order_log::record(
        conn,
        order_id,
        at,
        actor,
        kind,
        order_log::Details::default(),
    )
    .await?;
    let details = EventDetails {
        outcome: Some(n.outcome),
        amount: n.amount,
        text: Some(n.description.clone()),
        ..EventDetails::default()
    };
    let kind = DisputeEventKind::Opened;
    record(conn, id, at, DisputeParty::Buyer, kind, details).await?;
    Ok(id)
}
