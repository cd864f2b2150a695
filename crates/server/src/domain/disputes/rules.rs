//! The dispute's rules that need no storage: its state, the proposal on the table, the actions
//! a buyer may take, the banner, the deadlines, and what a line may refund.

use super::{RETURN_RECEIVE_AFTER, SIM_ARBITRATION_AFTER};
use crate::domain::codes::parse_code;
use crate::store::disputes::{DisputeRow, EvidenceRow};
use crate::time::{rfc3339, DAY};
use storefront_api::disputes::*;
use storefront_api::orders::{OrderLine, OrderState};

impl DisputeRow {
    pub fn state(&self) -> DisputeState {
        DisputeState::parse(&self.state)
    }

    pub fn reason(&self) -> DisputeReason {
        DisputeReason::parse(&self.reason).unwrap_or(DisputeReason::Unknown)
    }

    pub(crate) fn evidence(&self) -> Vec<EvidenceRow> {
        serde_json::from_str(&self.evidence).unwrap_or_default()
    }

    pub(crate) fn prop_by(&self) -> Option<DisputeParty> {
        self.prop_by
            .as_deref()
            .map(|p| parse_code(p, DisputeParty::Unknown))
    }

    pub(crate) fn prop_outcome(&self) -> Option<DisputeOutcome> {
        self.prop_outcome.as_deref().and_then(DisputeOutcome::parse)
    }

    pub(crate) fn res_outcome(&self) -> Option<DisputeOutcome> {
        self.res_outcome.as_deref().and_then(DisputeOutcome::parse)
    }

    pub(crate) fn return_pending(&self) -> bool {
        self.state() == DisputeState::Resolved
            && self.res_outcome() == Some(DisputeOutcome::ReturnAndRefund)
            && self.closed_at.is_none()
    }

    pub(crate) fn resend_pending(&self) -> bool {
        self.state() == DisputeState::Resolved
            && self.res_outcome() == Some(DisputeOutcome::Resend)
            && self.closed_at.is_none()
    }

    pub(crate) fn escalation_from(&self) -> i64 {
        if self.seller_rejected {
            self.state_since
        } else {
            self.state_since + NEGOTIATION_DAYS * DAY
        }
    }

    pub fn allowed_actions(&self, now: i64) -> Vec<DisputeAction> {
        let mut out = Vec::new();
        match self.state() {
            DisputeState::AwaitingSeller => out.extend([DisputeAction::Cancel]),
            DisputeState::Negotiating => {
                if self.prop_by() == Some(DisputeParty::Seller) && self.prop_outcome().is_some() {
                    out.push(DisputeAction::Accept);
                }
                out.push(DisputeAction::Counter);
                if now >= self.escalation_from() {
                    out.push(DisputeAction::Escalate);
                }
                out.push(DisputeAction::Cancel);
            }
            DisputeState::Escalated => out.push(DisputeAction::Cancel),
            DisputeState::Resolved
                if self.return_pending()
                    && self.return_shipped_at.is_none()
                    && self.return_due.is_some_and(|d| now < d) =>
            {
                out.push(DisputeAction::ShipReturn);
            }
            _ => {}
        }
        if self.closed_at.is_none() {
            out.push(DisputeAction::Message);
        }
        out
    }

    pub fn banner(&self) -> Option<DisputeBanner> {
        if self.closed_at.is_some() {
            return None;
        }
        Some(match self.state() {
            DisputeState::AwaitingSeller => DisputeBanner::WaitingForSeller,
            DisputeState::Negotiating => {
                if self.prop_by() == Some(DisputeParty::Seller) || self.seller_rejected {
                    DisputeBanner::YourActionNeeded
                } else {
                    DisputeBanner::WaitingForSeller
                }
            }
            DisputeState::Escalated => DisputeBanner::UnderReview,
            _ if self.return_pending() && self.return_shipped_at.is_none() => {
                DisputeBanner::YourActionNeeded
            }
            _ => DisputeBanner::WaitingForSeller,
        })
    }

    pub fn deadlines(&self, demo: bool) -> Vec<DisputeDeadline> {
        let mut out = Vec::new();
        let mut push = |at: i64, kind, effect| {
            out.push(DisputeDeadline {
                at: rfc3339(at),
                kind,
                effect,
            })
        };
        match self.state() {
            DisputeState::AwaitingSeller => push(
                self.opened_at + SELLER_REPLY_DAYS * DAY,
                DisputeDeadlineKind::SellerReply,
                DisputeDeadlineEffect::AcceptBuyerProposal,
            ),
            DisputeState::Negotiating if !self.seller_rejected => push(
                self.escalation_from(),
                DisputeDeadlineKind::EscalationAvailable,
                DisputeDeadlineEffect::EscalationAllowed,
            ),
            // When the simulated arbitration decides (`next_step`, `Step::Arbitrate`).
            DisputeState::Escalated if demo => push(
                self.state_since + SIM_ARBITRATION_AFTER,
                DisputeDeadlineKind::Decision,
                DisputeDeadlineEffect::PlatformDecides,
            ),
            DisputeState::Resolved if self.return_pending() => {
                match (self.return_shipped_at, self.return_due) {
                    (None, Some(due)) => push(
                        due,
                        DisputeDeadlineKind::ReturnShipment,
                        DisputeDeadlineEffect::CloseInSellersFavour,
                    ),
                    (Some(shipped), _) if demo => push(
                        shipped + RETURN_RECEIVE_AFTER,
                        DisputeDeadlineKind::ReturnReceipt,
                        DisputeDeadlineEffect::RefundBuyer,
                    ),
                    _ => {}
                }
            }
            DisputeState::Resolved if self.resend_pending() => {
                if let Some(due) = self.redelivery_due {
                    push(
                        due,
                        DisputeDeadlineKind::Redelivery,
                        DisputeDeadlineEffect::ResumeOrder,
                    )
                }
            }
            _ => {}
        }
        out
    }
}

/// What one order line may refund: the whole hold for a one-line order, else the line's total
/// less its discount (at most what is still held).
pub fn refundable_for(lines: &[OrderLine], line_no: i64, remaining: i64) -> i64 {
    if lines.len() <= 1 {
        return remaining;
    }
    lines.iter().find(|l| l.line_no == line_no).map_or(0, |l| {
        (l.line_total.amount - l.discount.amount).min(remaining)
    })
}

/// Whether the order is in its dispute window at `now`.
pub fn in_window(state: OrderState, protection_ends: Option<i64>, now: i64) -> bool {
    matches!(state, OrderState::Shipped | OrderState::Delivered)
        && protection_ends.is_some_and(|e| now < e)
}
