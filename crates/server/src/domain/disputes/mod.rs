//! Disputes: state machine, allowed actions, deadlines, audit log, ledger effects, timers, and
//! (demo mode) the simulated seller and arbitration.
//!
//! | timer | value | effect |
//! | --- | --- | --- |
//! | seller reply | [`SELLER_REPLY_DAYS`] days after opening | the buyer's proposal is accepted (`auto_accepted`) |
//! | escalation | [`NEGOTIATION_DAYS`] days after negotiation starts (at once after a rejection) | `escalate` allowed |
//! | return shipment | [`RETURN_SHIP_DAYS`] days after a `return_and_refund` resolution | not shipped: closed in the seller's favour, money released |
//! | return receipt (demo) | [`RETURN_RECEIVE_AFTER`] after the buyer ships it | full refund |
//! | redelivery | [`REDELIVERY_DAYS`] days after a `resend` resolution | delivered again: hold unfrozen, order `delivered`, timers resume |
//!
//! Demo mode only: the simulated seller answers [`SIM_SELLER_AFTER`] after a buyer's proposal
//! (see [`sim_seller_reply`]); escalated disputes are decided [`SIM_ARBITRATION_AFTER`] after
//! escalation by [`sim_arbitration`].
//!
//! | file | what |
//! | --- | --- |
//! | `rules.rs` | allowed actions, banner, deadlines, refundable amount, dispute window (pure) |
//! | `timers.rs` | the next due step and how it is applied |
//! | `negotiation.rs` | proposals, acceptance, the seller's answers |
//! | `settlement.rs` | resolution and settlement against the order's hold ledger |
//! | `open.rs` | opening: the new dispute, the frozen hold |
//! | `view.rs` | the wire type |
//! | `sim.rs` | the simulated seller and arbitration |
//! | `log.rs` | the audit log |

pub mod log;
pub mod negotiation;
pub mod open;
mod rules;
pub mod settlement;
pub mod sim;
pub mod timers;
pub mod view;

use crate::domain::codes::code;
use crate::domain::engine::{self, illegal, Actor, Machine};
use crate::domain::{Error, Result};
use crate::store::{self, disputes::DisputeRow};
use crate::time::DAY;
use crate::AppState;
use log::{plain, record, EventDetails};
use sqlx::SqliteConnection;
use storefront_api::disputes::*;
use storefront_api::{ErrorCode, Problem};

pub use open::{insert, NewDispute};
pub use rules::{in_window, refundable_for};
pub use sim::{sim_arbitration, sim_seller_reply, SimReply};
pub use store::disputes::EvidenceRow;
pub use view::{snapshot_listing_photos, summary, view};

pub const SIM_SELLER_AFTER: i64 = DAY;
pub const SIM_ARBITRATION_AFTER: i64 = 2 * DAY;
pub const RETURN_RECEIVE_AFTER: i64 = 5 * DAY;
pub const REDELIVERY_DAYS: i64 = 10;

/// The disputes' state machine for the [`engine`].
pub struct Disputes;

/// What a buyer (or, for the seller's reply and the decision, the demo operator) asks for.
#[derive(Debug, Clone)]
pub enum Action {
    Accept,
    Counter(DisputeOutcome, Option<i64>, String),
    Escalate,
    Cancel,
    Message(String),
    ShipReturn(String, String),
    /// Operator: the seller answers now.
    SellerReply(SellerReplyRequest),
    /// Operator: the platform decides an escalated dispute now.
    Arbitrate(ArbitrateRequest),
}

impl Action {
    /// The buyer's action this is (`None`: an operator action).
    fn buyer_action(&self) -> Option<DisputeAction> {
        Some(match self {
            Action::Accept => DisputeAction::Accept,
            Action::Counter(..) => DisputeAction::Counter,
            Action::Escalate => DisputeAction::Escalate,
            Action::Cancel => DisputeAction::Cancel,
            Action::Message(_) => DisputeAction::Message,
            Action::ShipReturn(..) => DisputeAction::ShipReturn,
            Action::SellerReply(_) | Action::Arbitrate(_) => return None,
        })
    }
}

crate::versioned!(Dispute, "dispute", dispute);

fn invalid(title: &str, field: &str, code: &str) -> Error {
    Error::Refused(Problem::new(ErrorCode::ValidationFailed, title).with_field(field, code))
}

/// 422 unless `0 < amount < refundable`.
fn partial_amount_ok(amount: Option<i64>, refundable: i64) -> bool {
    amount.is_some_and(|a| a > 0 && a < refundable)
}

/// The refusal of a buyer's counter-proposal, if any: an outcome buyers may not ask for, or an
/// amount that does not fit it.
fn check_counter(outcome: DisputeOutcome, amount: Option<i64>, refundable: i64) -> Result<()> {
    let bad_amount = match outcome {
        DisputeOutcome::PartialRefund => !partial_amount_ok(amount, refundable),
        _ => amount.is_some(),
    };
    let title = "Invalid counter-proposal";
    if !DisputeOutcome::BUYER.contains(&outcome) {
        return Err(invalid(title, "outcome", DISPUTE_ERR_UNKNOWN_VALUE));
    }
    if bad_amount {
        return Err(invalid(title, "amount", DISPUTE_ERR_OUT_OF_RANGE));
    }
    Ok(())
}

/// The refusal of the operator's seller reply, if any.
fn check_seller_reply(req: &SellerReplyRequest, refundable: i64) -> Result<()> {
    if req.action != SellerReplyAction::Propose {
        return Ok(());
    }
    let outcome = req.outcome.unwrap_or(DisputeOutcome::Unknown);
    if outcome == DisputeOutcome::PartialRefund && !partial_amount_ok(req.amount, refundable) {
        return Err(invalid(
            "Invalid amount",
            "amount",
            DISPUTE_ERR_OUT_OF_RANGE,
        ));
    }
    if !matches!(
        outcome,
        DisputeOutcome::FullRefund
            | DisputeOutcome::PartialRefund
            | DisputeOutcome::ReturnAndRefund
            | DisputeOutcome::Resend
    ) {
        return Err(invalid(
            "Invalid outcome",
            "outcome",
            DISPUTE_ERR_UNKNOWN_VALUE,
        ));
    }
    Ok(())
}

/// The refusal of the operator's decision, if any.
fn check_decision(req: &ArbitrateRequest, refundable: i64) -> Result<()> {
    let amount_ok = match req.outcome {
        DisputeOutcome::PartialRefund => partial_amount_ok(req.amount, refundable),
        DisputeOutcome::Unknown => false,
        _ => true,
    };
    if amount_ok {
        Ok(())
    } else {
        Err(invalid(
            "Invalid decision",
            "amount",
            DISPUTE_ERR_OUT_OF_RANGE,
        ))
    }
}

/// The dispute, which must still exist (it was loaded in the same transaction).
pub async fn reload(conn: &mut SqliteConnection, id: i64) -> Result<DisputeRow> {
    store::load::<store::disputes::DisputeRow>(conn, id, None)
        .await?
        .ok_or_else(|| Error::internal("dispute vanished"))
}

impl Machine for Disputes {
    type View = Dispute;
    type Action = Action;
    const NOT_FOUND: (ErrorCode, &'static str) = (ErrorCode::DisputeNotFound, "Dispute not found");

    async fn view(
        conn: &mut SqliteConnection,
        row: &DisputeRow,
        now: i64,
        demo: bool,
    ) -> Result<Dispute> {
        view::view(conn, row, now, demo).await
    }

    fn check(row: &DisputeRow, current: &Dispute, action: &Action) -> Result<()> {
        let refundable = current.refundable.amount;
        match action {
            Action::SellerReply(req) => {
                if !matches!(
                    row.state(),
                    DisputeState::AwaitingSeller | DisputeState::Negotiating
                ) {
                    return Err(illegal(current, "seller-reply"));
                }
                check_seller_reply(req, refundable)
            }
            Action::Arbitrate(req) => {
                if row.state() != DisputeState::Escalated {
                    return Err(illegal(current, "arbitrate"));
                }
                check_decision(req, refundable)
            }
            _ => {
                let Some(a) = action.buyer_action() else {
                    return Ok(());
                };
                if !current.allowed_actions.contains(&a) {
                    return Err(illegal(current, code(&a).as_str()));
                }
                match action {
                    Action::Counter(outcome, amount, _) => {
                        check_counter(*outcome, *amount, refundable)
                    }
                    _ => Ok(()),
                }
            }
        }
    }

    async fn apply(
        conn: &mut SqliteConnection,
        d: &DisputeRow,
        _owner: Option<i64>,
        action: Action,
        now: i64,
    ) -> Result<()> {
        let buyer = DisputeParty::Buyer;
        match action {
            Action::Accept => {
                negotiation::accept(conn, d, buyer, DisputeOutcome::Unknown, now).await
            }
            Action::Counter(outcome, amount, message) => {
                let text = Some(message.trim().to_string()).filter(|t| !t.is_empty());
                negotiation::set_proposal(conn, d, buyer, outcome, amount, text, now).await
            }
            Action::Escalate => {
                store::disputes::set_escalated(conn, d.id, now).await?;
                plain(conn, d.id, now, buyer, DisputeEventKind::Escalated).await
            }
            Action::Cancel => {
                store::disputes::set_cancelled(conn, d.id, now).await?;
                plain(conn, d.id, now, buyer, DisputeEventKind::Cancelled).await?;
                settlement::unfreeze_and_resume(conn, d, now).await
            }
            Action::Message(text) => {
                let details = EventDetails {
                    text: Some(text),
                    ..EventDetails::default()
                };
                record(conn, d.id, now, buyer, DisputeEventKind::Message, details).await
            }
            Action::ShipReturn(carrier, tracking) => {
                store::disputes::set_return_shipped(conn, d.id, &carrier, &tracking, now).await?;
                let details = EventDetails {
                    carrier: Some(carrier),
                    tracking_number: Some(tracking),
                    ..EventDetails::default()
                };
                let kind = DisputeEventKind::ReturnShipped;
                record(conn, d.id, now, buyer, kind, details).await
            }
            Action::SellerReply(req) => {
                let reply = match req.action {
                    SellerReplyAction::Accept => SimReply::Accept,
                    SellerReplyAction::Reject => SimReply::Reject,
                    SellerReplyAction::Propose => {
                        let outcome = req.outcome.unwrap_or(DisputeOutcome::Unknown);
                        let amount = req
                            .amount
                            .filter(|_| outcome == DisputeOutcome::PartialRefund);
                        SimReply::Propose(outcome, amount)
                    }
                };
                negotiation::seller_answer(conn, d, reply, now).await
            }
            Action::Arbitrate(req) => {
                let why = "operator_decision";
                settlement::decide(conn, d, req.outcome, req.amount, why, now).await
            }
        }
    }
}

/// Operator (demo): the seller answers now.
pub async fn operator_seller_reply(
    s: &AppState,
    id: i64,
    req: SellerReplyRequest,
) -> Result<Dispute> {
    engine::run::<Disputes>(s, id, Actor::Operator, Action::SellerReply(req)).await
}

/// Operator (demo): the platform decides an escalated dispute now.
pub async fn operator_arbitrate(s: &AppState, id: i64, req: ArbitrateRequest) -> Result<Dispute> {
    engine::run::<Disputes>(s, id, Actor::Operator, Action::Arbitrate(req)).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counter_proposals_are_checked_against_the_refundable_sum() {
        use DisputeOutcome::*;
        assert!(check_counter(PartialRefund, Some(1), 100).is_ok());
        assert!(check_counter(PartialRefund, Some(99), 100).is_ok());
        for bad in [None, Some(0), Some(100), Some(-1)] {
            assert!(check_counter(PartialRefund, bad, 100).is_err(), "{bad:?}");
        }
        assert!(check_counter(FullRefund, None, 100).is_ok());
        assert!(check_counter(FullRefund, Some(5), 100).is_err());
    }

    #[test]
    fn operator_decisions_need_a_fitting_amount() {
        let req = |outcome, amount| ArbitrateRequest { outcome, amount };
        assert!(check_decision(&req(DisputeOutcome::FullRefund, None), 100).is_ok());
        assert!(check_decision(&req(DisputeOutcome::PartialRefund, Some(50)), 100).is_ok());
        assert!(check_decision(&req(DisputeOutcome::PartialRefund, Some(100)), 100).is_err());
        assert!(check_decision(&req(DisputeOutcome::Unknown, None), 100).is_err());
    }
}
