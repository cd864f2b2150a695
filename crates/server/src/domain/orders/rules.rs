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
