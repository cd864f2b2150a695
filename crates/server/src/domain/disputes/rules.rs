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

#[cfg(test)]
mod tests {
    use super::*;
    use storefront_api::Money;

    fn dispute(state: &str) -> DisputeRow {
        DisputeRow {
            id: 3,
            state: state.to_string(),
            reason: "poor_quality".into(),
            refundable_cents: 1000,
            ..DisputeRow::default()
        }
    }

    fn seller_proposal(since: i64) -> DisputeRow {
        DisputeRow {
            state_since: since,
            prop_by: Some("seller".into()),
            prop_outcome: Some("partial_refund".into()),
            prop_cents: Some(300),
            ..dispute("negotiating")
        }
    }

    #[test]
    fn buyers_may_accept_a_seller_proposal_and_escalate_after_negotiating() {
        use DisputeAction::*;
        assert_eq!(
            dispute("awaiting_seller").allowed_actions(0),
            vec![Cancel, Message]
        );
        assert_eq!(
            seller_proposal(0).allowed_actions(DAY),
            vec![Accept, Counter, Cancel, Message]
        );
        assert_eq!(
            seller_proposal(0).allowed_actions(NEGOTIATION_DAYS * DAY),
            vec![Accept, Counter, Escalate, Cancel, Message]
        );
        // After a rejection escalation is allowed at once.
        let rejected = DisputeRow {
            seller_rejected: true,
            ..dispute("negotiating")
        };
        assert!(rejected.allowed_actions(0).contains(&Escalate));
        let closed = DisputeRow {
            closed_at: Some(0),
            ..dispute("cancelled")
        };
        assert!(closed.allowed_actions(0).is_empty());
    }

    #[test]
    fn a_return_must_be_shipped_before_its_deadline() {
        let returning = DisputeRow {
            res_outcome: Some("return_and_refund".into()),
            return_due: Some(10 * DAY),
            ..dispute("resolved")
        };
        assert!(returning
            .allowed_actions(DAY)
            .contains(&DisputeAction::ShipReturn));
        assert!(!returning
            .allowed_actions(10 * DAY)
            .contains(&DisputeAction::ShipReturn));
        assert_eq!(returning.banner(), Some(DisputeBanner::YourActionNeeded));
        let deadlines = returning.deadlines(false);
        assert_eq!(deadlines.len(), 1);
        assert_eq!(deadlines[0].kind, DisputeDeadlineKind::ReturnShipment);
        assert_eq!(deadlines[0].at, rfc3339(10 * DAY));
    }

    #[test]
    fn deadlines_by_state() {
        let waiting = dispute("awaiting_seller").deadlines(false);
        assert_eq!(waiting[0].kind, DisputeDeadlineKind::SellerReply);
        assert_eq!(waiting[0].at, rfc3339(SELLER_REPLY_DAYS * DAY));
        let negotiating = seller_proposal(DAY).deadlines(false);
        assert_eq!(
            negotiating[0].kind,
            DisputeDeadlineKind::EscalationAvailable
        );
        assert_eq!(negotiating[0].at, rfc3339(DAY + NEGOTIATION_DAYS * DAY));
        assert!(dispute("escalated").deadlines(false).is_empty());
        let decision = dispute("escalated").deadlines(true);
        assert_eq!(decision[0].at, rfc3339(SIM_ARBITRATION_AFTER));
    }

    fn line(line_no: i64, total: i64, discount: i64) -> OrderLine {
        OrderLine {
            line_no,
            product_id: 1,
            sku_id: 100,
            title: String::new(),
            image: String::new(),
            sku_label: String::new(),
            quantity: 1,
            unit_price: Money::usd(total),
            line_total: Money::usd(total),
            discount: Money::usd(discount),
            disputes: Vec::new(),
        }
    }

    #[test]
    fn a_line_refunds_its_total_less_discount_and_at_most_what_is_held() {
        // One line: the whole hold (shipping included).
        assert_eq!(refundable_for(&[line(1, 500, 0)], 1, 700), 700);
        let lines = [line(1, 500, 50), line(2, 300, 0)];
        assert_eq!(refundable_for(&lines, 1, 1000), 450);
        assert_eq!(refundable_for(&lines, 2, 200), 200);
        assert_eq!(refundable_for(&lines, 3, 1000), 0);
    }

    #[test]
    fn the_dispute_window_is_open_while_shipped_or_delivered_and_protected() {
        assert!(in_window(OrderState::Shipped, Some(10), 9));
        assert!(in_window(OrderState::Delivered, Some(10), 9));
        assert!(!in_window(OrderState::Delivered, Some(10), 10));
        assert!(!in_window(OrderState::Completed, Some(10), 9));
        assert!(!in_window(OrderState::Shipped, None, 9));
    }
}
