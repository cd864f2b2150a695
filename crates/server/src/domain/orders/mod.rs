//! The order lifecycle: state machine, allowed actions, deadlines, audit log, hold ledger,
//! timers, and (demo mode) the simulated sellers and carriers.
//!
//! Timers (all from [`crate::clock::Clock`], so the simulated clock in demo mode):
//!
//! | timer | value | effect |
//! | --- | --- | --- |
//! | protection period | [`PROTECTION_DAYS_DEFAULT`] days from shipping, per destination in [`PROTECTION_DAYS_BY_COUNTRY`] (RU 90), plus granted extensions | `completed` + hold released (`auto_confirmed`, `protection_ends`) |
//! | auto-confirm | [`AUTO_CONFIRM_DAYS`] days after delivery (or the end of protection if earlier) | `completed` + hold released (`auto_confirmed`, `auto_confirm`) |
//! | dispute open | — | timers stop; no deadline |
//!
//! Demo mode only (simulated actors): a paid order ships [`SHIP_AFTER`] (+0–5 h) after payment
//! with the order's carrier and a tracking number; tracking scans follow (accepted after 4 h,
//! then about every 2 days) and the parcel is delivered after the transit time
//! (the shipping option's mid estimate clamped to 8–20 days); extension requests are answered
//! [`EXTENSION_ANSWER_AFTER`] after asking: granted when ≤ [`EXTENSION_GRANT_MAX_DAYS`] days and
//! the protection was not extended before, refused otherwise.

//!
//! | file | what |
//! | --- | --- |
//! | `rules.rs` | state, protection period, deadline, allowed actions (pure) |
//! | `timers.rs` | the next due step and how it is applied |
//! | `settlement.rs` | money against the hold ledger |
//! | `view.rs` | the wire type |
//! | `sim.rs` | the simulated carrier |
//! | `log.rs` | the audit log |
//! | `feedback.rs` | feedback, reviews, seller ratings |

mod feedback;
pub mod log;
mod rules;
pub mod settlement;
pub mod sim;
pub mod timers;
pub mod view;

use crate::domain::engine::{self, illegal, Actor, Machine};
use crate::domain::{Error, Result};
use crate::store::{self, orders::OrderRow};
use crate::time::{DAY, HOUR};
use crate::AppState;
use log::{record, Details};
use sqlx::SqliteConnection;
use storefront_api::orders::*;
use storefront_api::ErrorCode;

pub use rules::protection_days;
pub use settlement::{ledger, ledger_apply, on_paid, on_placed};
pub use view::{delivery_estimate, order_number, view};

pub const PROTECTION_DAYS_DEFAULT: i64 = 60;
/// Destination countries with a longer protection period.
pub const PROTECTION_DAYS_BY_COUNTRY: &[(&str, i64)] = &[("RU", 90)];
pub const AUTO_CONFIRM_DAYS: i64 = 15;
pub const SHIP_AFTER: i64 = DAY;
pub const EXTENSION_ANSWER_AFTER: i64 = 12 * HOUR;
pub const EXTENSION_GRANT_MAX_DAYS: i64 = 15;
pub const TRACKING_EVERY: i64 = 2 * DAY;

/// The orders' state machine for the [`engine`].
pub struct Orders;

/// What a buyer (or, for shipping and delivery, the demo operator) asks for.
#[derive(Debug, Clone)]
pub enum Action {
    ConfirmReceipt,
    Cancel,
    RequestExtension(i64),
    Feedback(FeedbackRequest),
    /// Operator: the seller ships now.
    Ship,
    /// Operator: the carrier delivers now.
    Deliver,
}

impl Action {
    /// The buyer's action this is (`None`: an operator step).
    fn buyer_action(&self) -> Option<OrderAction> {
        match self {
            Action::ConfirmReceipt => Some(OrderAction::ConfirmReceipt),
            Action::Cancel => Some(OrderAction::Cancel),
            Action::RequestExtension(_) => Some(OrderAction::RequestExtension),
            Action::Feedback(_) => Some(OrderAction::LeaveFeedback),
            Action::Ship | Action::Deliver => None,
        }
    }
}

crate::versioned!(Order, "order", order);

impl Machine for Orders {
    type View = Order;
    type Action = Action;
    const NOT_FOUND: (ErrorCode, &'static str) = (ErrorCode::OrderNotFound, "Order not found");

    /// The same view in and out of demo mode.
    async fn view(conn: &mut SqliteConnection, row: &OrderRow, now: i64, _: bool) -> Result<Order> {
        view::view(conn, row, now).await
    }

    fn check(row: &OrderRow, current: &Order, action: &Action) -> Result<()> {
        let allowed = match (action.buyer_action(), action) {
            (Some(a), _) => current.allowed_actions.contains(&a),
            (None, Action::Ship) => row.state() == OrderState::PaidHeld && !row.dispute_open,
            (None, _) => row.state() == OrderState::Shipped,
        };
        if allowed {
            return Ok(());
        }
        Err(illegal(
            current,
            match (action.buyer_action(), action) {
                (Some(a), _) => a.as_str(),
                (None, Action::Ship) => "ship",
                (None, _) => "deliver",
            },
        ))
    }

    async fn apply(
        conn: &mut SqliteConnection,
        row: &OrderRow,
        owner: Option<i64>,
        action: Action,
        now: i64,
    ) -> Result<()> {
        match action {
            Action::ConfirmReceipt => timers::complete(conn, row, now, None).await,
            Action::Cancel => cancel(conn, row, now).await,
            Action::RequestExtension(days) => {
                store::orders::request_extension(conn, row.id, days, now).await?;
                let details = Details {
                    days: Some(days),
                    ..Details::default()
                };
                let kind = EventKind::ExtensionRequested;
                record(conn, row.id, now, EventActor::Buyer, kind, details).await
            }
            Action::Feedback(f) => {
                let buyer = owner.ok_or_else(|| Error::internal("feedback without a buyer"))?;
                feedback::leave_feedback(conn, row, buyer, &f, now).await
            }
            Action::Ship => timers::ship(conn, row, now).await,
            Action::Deliver => timers::deliver(conn, row, now).await,
        }
    }
}

/// Operator (demo): ship or deliver now, if the state allows; answers the changed order.
pub async fn operator_step(s: &AppState, order_id: i64, deliver_now: bool) -> Result<Order> {
    let action = if deliver_now {
        Action::Deliver
    } else {
        Action::Ship
    };
    engine::run::<Orders>(s, order_id, Actor::Operator, action).await
}

/// Applies every step of one order due by `now`.
pub async fn advance_order(
    conn: &mut SqliteConnection,
    id: i64,
    now: i64,
    demo: bool,
) -> Result<u32> {
    engine::advance::<Orders>(conn, id, now, demo).await
}

/// `paid_held` → `cancelled` by the buyer: the hold is refunded in full and the stock returns.
async fn cancel(conn: &mut SqliteConnection, row: &OrderRow, at: i64) -> Result<()> {
    store::orders::set_cancelled(conn, row.id, at).await?;
    let kind = EventKind::Cancelled;
    record(
        conn,
        row.id,
        at,
        EventActor::Buyer,
        kind,
        Details::default(),
    )
    .await?;
    settlement::settle_rest(conn, row.id, true, at).await?;
    let lines: Vec<OrderLine> = serde_json::from_str(&row.lines)?;
    for l in lines {
        crate::domain::checkout::stock::adjust_stock(conn, l.product_id, l.sku_id, l.quantity)
            .await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time::rfc3339;
    use storefront_api::Money;

    #[test]
    fn delivery_is_estimated_from_shipping_or_from_payment() {
        let shipping = OrderShipping {
            id: "x".into(),
            carrier: "X".into(),
            cost: Money::usd(0),
            days_min: 7,
            days_max: 12,
            tracking: true,
        };
        assert_eq!(delivery_estimate(None, None, &shipping), None);
        let paid = delivery_estimate(Some(0), None, &shipping).expect("paid");
        assert_eq!(paid.earliest, rfc3339((7 + SHIPS_WITHIN_DAYS) * DAY));
        assert_eq!(paid.latest, rfc3339((12 + SHIPS_WITHIN_DAYS) * DAY));
        let shipped = delivery_estimate(Some(0), Some(DAY), &shipping).expect("shipped");
        assert_eq!(shipped.earliest, rfc3339(8 * DAY));
        assert_eq!(shipped.latest, rfc3339(13 * DAY));
    }
}
