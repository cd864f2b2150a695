//! Proposals and answers: the buyer's and the seller's proposals, the seller's acceptance or
//! rejection (simulated seller or operator).

use super::log::{plain, record, EventDetails};
use super::settlement::resolve;
use super::sim::SimReply;
use crate::domain::codes::code;
use crate::domain::Result;
use crate::store::{self, disputes::DisputeRow};
use sqlx::SqliteConnection;
use storefront_api::disputes::*;

/// Puts a proposal on the table (`negotiating`; negotiation starts with the first one).
pub async fn set_proposal(
    conn: &mut SqliteConnection,
    d: &DisputeRow,
    by: DisputeParty,
    outcome: DisputeOutcome,
    cents: Option<i64>,
    text: Option<String>,
    at: i64,
) -> Result<()> {
    let entering = d.state() != DisputeState::Negotiating;
    let since = if entering { at } else { d.state_since };
    let by_code = code(&by);
    store::disputes::set_proposal(conn, d.id, since, &by_code, outcome.as_str(), cents, at).await?;
    let details = EventDetails {
        outcome: Some(outcome),
        amount: cents,
        text,
        ..EventDetails::default()
    };
    record(conn, d.id, at, by, DisputeEventKind::Proposed, details).await
}

/// Someone accepts the proposal on the table: the dispute is resolved with it.
pub async fn accept(
    conn: &mut SqliteConnection,
    d: &DisputeRow,
    by: DisputeParty,
    fallback: DisputeOutcome,
    at: i64,
) -> Result<()> {
    let outcome = d.prop_outcome().unwrap_or(fallback);
    let details = EventDetails {
        outcome: Some(outcome),
        amount: d.prop_cents,
        ..EventDetails::default()
    };
    record(conn, d.id, at, by, DisputeEventKind::Accepted, details).await?;
    let d = super::reload(conn, d.id).await?;
    resolve(conn, &d, outcome, d.prop_cents, by, "accepted", at).await
}

/// The seller's answer (simulated seller or operator).
pub async fn seller_answer(
    conn: &mut SqliteConnection,
    d: &DisputeRow,
    reply: SimReply,
    at: i64,
) -> Result<()> {
    store::disputes::set_sim_answered(conn, d.id, d.prop_at.unwrap_or(d.opened_at)).await?;
    match reply {
        SimReply::Silent => Ok(()),
        SimReply::Accept => {
            accept(
                conn,
                d,
                DisputeParty::Seller,
                DisputeOutcome::FullRefund,
                at,
            )
            .await
        }
        SimReply::Reject => {
            store::disputes::set_seller_rejected(conn, d.id, at).await?;
            plain(
                conn,
                d.id,
                at,
                DisputeParty::Seller,
                DisputeEventKind::Rejected,
            )
            .await
        }
        SimReply::Propose(outcome, cents) => {
            set_proposal(conn, d, DisputeParty::Seller, outcome, cents, None, at).await
        }
    }
}
