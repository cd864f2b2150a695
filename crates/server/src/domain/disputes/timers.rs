//! The dispute's automatic steps: the seller-reply timer, the return and redelivery deadlines,
//! and in demo mode the simulated seller and arbitration.

use super::log::plain;
use super::negotiation::seller_answer;
use super::settlement::{decide, resolve, settle, unfreeze_and_resume};
use super::sim::{sim_arbitration, sim_seller_reply, SimReply};
use super::Disputes;
use super::{RETURN_RECEIVE_AFTER, SIM_ARBITRATION_AFTER, SIM_SELLER_AFTER};
use crate::domain::engine::Schedule;
use crate::domain::Result;
use crate::store::{self, disputes::DisputeRow};
use crate::time::DAY;
use sqlx::SqliteConnection;
use storefront_api::disputes::*;

#[derive(Debug, Clone, PartialEq)]
pub enum Step {
    SimSeller,
    AutoAccept,
    Arbitrate,
    ReturnExpired,
    ReturnReceived,
    Redeliver,
}

impl Schedule for Disputes {
    type Row = DisputeRow;
    type Step = Step;
    const MAX_STEPS: u32 = 50;

    fn next_step(d: &DisputeRow, demo: bool) -> Option<(i64, Step)> {
        if d.closed_at.is_some() {
            return None;
        }
        let mut steps: Vec<(i64, Step)> = Vec::new();
        let unanswered = d.sim_answered_at != Some(d.prop_at.unwrap_or(d.opened_at));
        match d.state() {
            DisputeState::AwaitingSeller => {
                if demo && unanswered && sim_seller_reply(d) != SimReply::Silent {
                    steps.push((d.opened_at + SIM_SELLER_AFTER, Step::SimSeller));
                }
                steps.push((d.opened_at + SELLER_REPLY_DAYS * DAY, Step::AutoAccept));
            }
            DisputeState::Negotiating
                if demo && unanswered && d.prop_by() == Some(DisputeParty::Buyer) =>
            {
                if let Some(at) = d.prop_at {
                    steps.push((at + SIM_SELLER_AFTER, Step::SimSeller));
                }
            }
            DisputeState::Escalated if demo => {
                steps.push((d.state_since + SIM_ARBITRATION_AFTER, Step::Arbitrate))
            }
            DisputeState::Resolved if d.return_pending() => {
                match (d.return_shipped_at, d.return_due) {
                    (None, Some(due)) => steps.push((due, Step::ReturnExpired)),
                    (Some(shipped), _) if demo => {
                        steps.push((shipped + RETURN_RECEIVE_AFTER, Step::ReturnReceived))
                    }
                    _ => {}
                }
            }
            DisputeState::Resolved if d.resend_pending() => {
                if let Some(due) = d.redelivery_due {
                    steps.push((due, Step::Redeliver));
                }
            }
            _ => {}
        }
        steps.into_iter().min_by_key(|(at, _)| *at)
    }

    async fn apply_step(
        conn: &mut SqliteConnection,
        d: &DisputeRow,
        at: i64,
        step: Step,
    ) -> Result<()> {
        match step {
            Step::SimSeller => seller_answer(conn, d, sim_seller_reply(d), at).await,
            Step::AutoAccept => {
                plain(
                    conn,
                    d.id,
                    at,
                    DisputeParty::System,
                    DisputeEventKind::AutoAccepted,
                )
                .await?;
                let outcome = d.prop_outcome().unwrap_or(DisputeOutcome::FullRefund);
                resolve(
                    conn,
                    d,
                    outcome,
                    d.prop_cents,
                    DisputeParty::System,
                    "seller_silent",
                    at,
                )
                .await
            }
            Step::Arbitrate => {
                let (outcome, cents, why) = sim_arbitration(d);
                decide(conn, d, outcome, cents, why, at).await
            }
            Step::ReturnExpired => {
                plain(
                    conn,
                    d.id,
                    at,
                    DisputeParty::System,
                    DisputeEventKind::ReturnExpired,
                )
                .await?;
                store::disputes::set_return_expired(conn, d.id, at).await?;
                settle(conn, d, 0, at).await
            }
            Step::ReturnReceived => {
                store::disputes::set_return_received(conn, d.id, at).await?;
                plain(
                    conn,
                    d.id,
                    at,
                    DisputeParty::Seller,
                    DisputeEventKind::ReturnReceived,
                )
                .await?;
                settle(conn, d, d.refundable_cents, at).await
            }
            Step::Redeliver => {
                plain(
                    conn,
                    d.id,
                    at,
                    DisputeParty::System,
                    DisputeEventKind::Redelivered,
                )
                .await?;
                unfreeze_and_resume(conn, d, at).await?;
                store::orders::set_redelivered(conn, d.order_id, at).await?;
                Ok(store::disputes::set_closed(conn, d.id, at).await?)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dispute(state: &str, reason: &str) -> DisputeRow {
        DisputeRow {
            id: 4,
            state: state.to_string(),
            reason: reason.to_string(),
            refundable_cents: 1000,
            ..DisputeRow::default()
        }
    }

    #[test]
    fn the_seller_answers_in_demo_mode_and_silence_accepts() {
        let d = dispute("awaiting_seller", "poor_quality");
        assert_eq!(
            Disputes::next_step(&d, true),
            Some((SIM_SELLER_AFTER, Step::SimSeller))
        );
        assert_eq!(
            Disputes::next_step(&d, false),
            Some((SELLER_REPLY_DAYS * DAY, Step::AutoAccept))
        );
        // A reason the simulated seller stays silent on.
        let silent = dispute("awaiting_seller", "still_in_transit");
        assert_eq!(
            Disputes::next_step(&silent, true),
            Some((SELLER_REPLY_DAYS * DAY, Step::AutoAccept))
        );
        // Answered once: only the timer is left.
        let answered = DisputeRow {
            sim_answered_at: Some(0),
            ..d
        };
        assert_eq!(
            Disputes::next_step(&answered, true),
            Some((SELLER_REPLY_DAYS * DAY, Step::AutoAccept))
        );
    }

    #[test]
    fn returns_and_resends_have_deadlines() {
        let returning = DisputeRow {
            res_outcome: Some("return_and_refund".into()),
            return_due: Some(10 * DAY),
            ..dispute("resolved", "damaged")
        };
        assert_eq!(
            Disputes::next_step(&returning, false),
            Some((10 * DAY, Step::ReturnExpired))
        );
        let shipped_back = DisputeRow {
            return_shipped_at: Some(DAY),
            ..returning.clone()
        };
        assert_eq!(
            Disputes::next_step(&shipped_back, true),
            Some((DAY + RETURN_RECEIVE_AFTER, Step::ReturnReceived))
        );
        assert_eq!(Disputes::next_step(&shipped_back, false), None);
        let resent = DisputeRow {
            res_outcome: Some("resend".into()),
            redelivery_due: Some(12 * DAY),
            ..dispute("resolved", "damaged")
        };
        assert_eq!(
            Disputes::next_step(&resent, false),
            Some((12 * DAY, Step::Redeliver))
        );
        let closed = DisputeRow {
            closed_at: Some(0),
            ..resent
        };
        assert_eq!(Disputes::next_step(&closed, true), None);
    }
}
