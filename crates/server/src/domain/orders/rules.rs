//! The order's rules that need no storage: its state, protection period, the deadline that
//! completes it, the actions a buyer may take, and the pay-again window.

use super::{AUTO_CONFIRM_DAYS, PROTECTION_DAYS_BY_COUNTRY, PROTECTION_DAYS_DEFAULT};
use crate::store::orders::OrderRow;
use crate::time::{rfc3339, DAY};
use storefront_api::account::Address;
use storefront_api::orders::*;

pub fn protection_days(country: &str) -> i64 {
    PROTECTION_DAYS_BY_COUNTRY
        .iter()
        .find(|(c, _)| c.eq_ignore_ascii_case(country))
        .map_or(PROTECTION_DAYS_DEFAULT, |(_, d)| *d)
}

impl OrderRow {
    pub fn state(&self) -> OrderState {
        OrderState::parse(&self.state)
    }

    pub fn protection_ends(&self) -> Option<i64> {
        let shipped = self.shipped_at?;
        let days = self.protection_days.unwrap_or(PROTECTION_DAYS_DEFAULT) + self.extended_days;
        Some(shipped + days * DAY + self.paused_secs)
    }

    /// The next automatic step that completes the order, if its timer runs.
    pub fn deadline_at(&self) -> Option<(i64, DeadlineKind)> {
        if self.dispute_open {
            return None;
        }
        let ends = self.protection_ends()?;
        match self.state() {
            OrderState::Shipped => Some((ends, DeadlineKind::ProtectionEnds)),
            OrderState::Delivered => {
                let auto = self.delivered_at? + AUTO_CONFIRM_DAYS * DAY + self.paused_secs;
                Some(if auto <= ends {
                    (auto, DeadlineKind::AutoConfirm)
                } else {
                    (ends, DeadlineKind::ProtectionEnds)
                })
            }
            _ => None,
        }
    }

    pub fn deadline(&self) -> Option<Deadline> {
        self.deadline_at().map(|(at, kind)| Deadline {
            at: rfc3339(at),
            kind,
            effect: DeadlineEffect::CompleteAndRelease,
        })
    }

    pub fn allowed_actions(&self, now: i64, has_feedback: bool) -> Vec<OrderAction> {
        let mut out = Vec::new();
        if self.dispute_open {
            return out;
        }
        match self.state() {
            OrderState::PaidHeld => out.push(OrderAction::Cancel),
            OrderState::Shipped | OrderState::Delivered => {
                out.push(OrderAction::ConfirmReceipt);
                let open = self.protection_ends().is_some_and(|e| now < e);
                if open && self.ext_state.as_deref() != Some("pending") {
                    out.push(OrderAction::RequestExtension);
                }
                if open {
                    out.push(OrderAction::OpenDispute);
                }
            }
            OrderState::Completed if !has_feedback => out.push(OrderAction::LeaveFeedback),
            OrderState::Cancelled if self.pay_again_until().is_some_and(|u| now < u) => {
                out.push(OrderAction::PayAgain)
            }
            _ => {}
        }
        out
    }

    /// A declined payment cancelled this order (it was never paid): until when it can be paid
    /// again.
    pub fn pay_again_until(&self) -> Option<i64> {
        if self.state() != OrderState::Cancelled || self.paid_at.is_some() {
            return None;
        }
        Some(self.cancelled_at? + PAY_AGAIN_HOURS * 3600)
    }

    /// Destination (country, city) of the stored address.
    pub(crate) fn destination(&self) -> Dest {
        serde_json::from_str::<Address>(&self.address)
            .map(|a| Dest {
                country: a.country,
                city: a.city,
            })
            .unwrap_or_default()
    }
}

#[derive(Debug, Default)]
pub(crate) struct Dest {
    pub country: String,
    pub city: String,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time::HOUR;

    fn row(state: &str) -> OrderRow {
        OrderRow {
            id: 1,
            state: state.to_string(),
            ..OrderRow::default()
        }
    }

    fn shipped_at(at: i64) -> OrderRow {
        OrderRow {
            shipped_at: Some(at),
            ..row("shipped")
        }
    }

    #[test]
    fn protection_days_per_country() {
        assert_eq!(protection_days("US"), 60);
        assert_eq!(protection_days("RU"), 90);
        assert_eq!(protection_days("ru"), 90);
    }

    #[test]
    fn protection_ends_after_its_days_extensions_and_paused_time() {
        assert_eq!(row("paid_held").protection_ends(), None);
        assert_eq!(shipped_at(0).protection_ends(), Some(60 * DAY));
        let r = OrderRow {
            protection_days: Some(90),
            extended_days: 10,
            paused_secs: HOUR,
            ..shipped_at(0)
        };
        assert_eq!(r.protection_ends(), Some(100 * DAY + HOUR));
    }

    #[test]
    fn the_deadline_is_the_earlier_of_auto_confirm_and_the_end_of_protection() {
        assert_eq!(
            shipped_at(0).deadline_at(),
            Some((60 * DAY, DeadlineKind::ProtectionEnds))
        );
        let delivered = |at| OrderRow {
            state: "delivered".into(),
            delivered_at: Some(at),
            ..shipped_at(0)
        };
        assert_eq!(
            delivered(10 * DAY).deadline_at(),
            Some((25 * DAY, DeadlineKind::AutoConfirm))
        );
        assert_eq!(
            delivered(50 * DAY).deadline_at(),
            Some((60 * DAY, DeadlineKind::ProtectionEnds))
        );
        let disputed = OrderRow {
            dispute_open: true,
            ..shipped_at(0)
        };
        assert_eq!(disputed.deadline_at(), None);
    }

    #[test]
    fn allowed_actions_follow_the_state() {
        use OrderAction::*;
        assert_eq!(row("paid_held").allowed_actions(0, false), vec![Cancel]);
        assert_eq!(
            shipped_at(0).allowed_actions(DAY, false),
            vec![ConfirmReceipt, RequestExtension, OpenDispute]
        );
        let pending = OrderRow {
            ext_state: Some("pending".into()),
            ..shipped_at(0)
        };
        assert_eq!(
            pending.allowed_actions(DAY, false),
            vec![ConfirmReceipt, OpenDispute]
        );
        // Protection over: only confirming is left.
        assert_eq!(
            shipped_at(0).allowed_actions(61 * DAY, false),
            vec![ConfirmReceipt]
        );
        let disputed = OrderRow {
            dispute_open: true,
            ..shipped_at(0)
        };
        assert!(disputed.allowed_actions(DAY, false).is_empty());
        assert_eq!(
            row("completed").allowed_actions(0, false),
            vec![LeaveFeedback]
        );
        assert!(row("completed").allowed_actions(0, true).is_empty());
    }

    #[test]
    fn a_declined_payment_may_be_paid_again_for_a_while() {
        let declined = OrderRow {
            cancelled_at: Some(0),
            ..row("cancelled")
        };
        let until = PAY_AGAIN_HOURS * HOUR;
        assert_eq!(declined.pay_again_until(), Some(until));
        assert_eq!(
            declined.allowed_actions(until - 1, false),
            vec![OrderAction::PayAgain]
        );
        assert!(declined.allowed_actions(until, false).is_empty());
        let refunded = OrderRow {
            paid_at: Some(0),
            ..declined
        };
        assert_eq!(refunded.pay_again_until(), None);
    }
}
