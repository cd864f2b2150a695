//! The order as the buyer sees it (the wire type): summary rows of the list, and the full
//! order with its timeline, hold ledger, feedback, deadline, protection, tracking, delivery
//! estimate and allowed actions.

use super::log::Details;
use super::protection_days;
use crate::domain::codes::parse_code;
use crate::domain::hold::{self, Ledger};
use crate::domain::{Error, Result};
use crate::store::{self, orders::OrderRow};
use crate::time::{rfc3339, DAY};
use sqlx::SqliteConnection;
use storefront_api::account::Address;
use storefront_api::orders::*;
use storefront_api::Money;

pub fn order_number(id: i64) -> String {
    format!("SF-{id:06}")
}

impl OrderRow {
    pub fn summary(&self) -> OrderSummary {
        OrderSummary {
            id: self.id,
            number: order_number(self.id),
            seller_id: self.seller_id,
            seller_name: self.seller_name.clone(),
            total: Money::usd(self.total_cents),
            state: OrderState::parse(&self.state),
            hold_state: HoldState::parse(&self.hold_state),
            item_count: self.item_count,
            image: self.image.clone(),
            placed_at: self.placed_at.clone(),
            dispute_open: self.dispute_open,
            deadline: self.deadline(),
        }
    }

    pub fn shipping(&self) -> Result<OrderShipping> {
        Ok(serde_json::from_str(&self.shipping)?)
    }

    /// The stored columns as an order; [`view`] adds the timeline, ledger,
    /// feedback, deadlines and actions.
    pub fn detail(&self) -> Result<Order> {
        let shipping = self.shipping()?;
        let address: Address = serde_json::from_str(&self.address)?;
        let lines: Vec<OrderLine> = serde_json::from_str(&self.lines)?;
        Ok(Order {
            id: self.id,
            number: order_number(self.id),
            seller_id: self.seller_id,
            seller_name: self.seller_name.clone(),
            lines,
            items_total: Money::usd(self.items_cents),
            shipping,
            discount: Money::usd(self.discount_cents),
            total: Money::usd(self.total_cents),
            state: OrderState::parse(&self.state),
            hold: Hold {
                state: HoldState::parse(&self.hold_state),
                amount: Money::usd(self.hold_cents),
                held: Money::usd(self.hold_cents),
                released: Money::usd(0),
                refunded: Money::usd(0),
            },
            address,
            payment_id: self.payment_id.clone(),
            placed_at: self.placed_at.clone(),
            paid_at: None,
            shipped_at: None,
            delivered_at: None,
            completed_at: None,
            cancelled_at: None,
            allowed_actions: Vec::new(),
            pay_again_until: None,
            dispute_open: false,
            deadline: None,
            protection: Protection {
                days: 60,
                extended_days: 0,
                ends_at: None,
                extension: None,
            },
            tracking: None,
            ships_within_days: storefront_api::orders::SHIPS_WITHIN_DAYS,
            estimated_delivery: None,
            timeline: Vec::new(),
            ledger: Vec::new(),
            feedback: None,
            version: self.version,
        })
    }
}

/// The full order as the buyer sees it at `now`.
pub async fn view(conn: &mut SqliteConnection, row: &OrderRow, now: i64) -> Result<Order> {
    let mut order = row.detail()?;
    let events = store::events::<store::orders::OrderRow>(conn, row.id).await?;
    order.timeline = events
        .into_iter()
        .map(|(id, at, actor, kind, details)| {
            let d: Details = serde_json::from_str(&details).unwrap_or_default();
            OrderEvent {
                id,
                at: rfc3339(at),
                actor: parse_code(&actor, EventActor::Unknown),
                kind: parse_code(&kind, EventKind::Unknown),
                amount: d.amount,
                carrier: d.carrier,
                tracking_number: d.tracking_number,
                tracking_status: d.tracking_status,
                text: d.text,
                location: d.location,
                days: d.days,
                deadline: d.deadline,
                deadline_kind: d.deadline_kind,
            }
        })
        .collect();
    let entries = store::ledger::entries(conn, row.id).await?;
    let l = Ledger::replay(entries.iter().map(|(k, a, _)| (k.as_str(), *a)))
        .ok_or_else(|| Error::internal(format_args!("ledger of order {} is broken", row.id)))?;
    order.ledger = entries
        .iter()
        .map(|(k, a, at)| LedgerEntry {
            kind: hold::parse_kind(k),
            amount: Money::usd(*a),
            at: rfc3339(*at),
        })
        .collect();
    if !l.entries.is_empty() {
        order.hold.amount = Money::usd(l.held_total);
    }
    order.hold.held = Money::usd(l.remaining());
    order.hold.released = Money::usd(l.released);
    order.hold.refunded = Money::usd(l.refunded);
    let fb = store::feedback::of_order(conn, row.id).await?;
    let stars = |v: i64| v.clamp(0, 5) as u8;
    order.feedback = fb.map(|(d, c, s, text, at)| Feedback {
        item_as_described: stars(d),
        communication: stars(c),
        shipping_speed: stars(s),
        text,
        at: rfc3339(at),
    });
    order.allowed_actions = row.allowed_actions(now, order.feedback.is_some());
    if order.allowed_actions.contains(&OrderAction::PayAgain) {
        order.pay_again_until = row.pay_again_until().map(rfc3339);
    }
    let disputes = store::disputes::of_order(conn, row.id).await?;
    for line in &mut order.lines {
        line.disputes = disputes
            .iter()
            .filter(|(_, n)| *n == line.line_no)
            .map(|(id, _)| *id)
            .collect();
    }
    order.paid_at = row.paid_at.map(rfc3339);
    order.shipped_at = row.shipped_at.map(rfc3339);
    order.delivered_at = row.delivered_at.map(rfc3339);
    order.completed_at = row.completed_at.map(rfc3339);
    order.cancelled_at = row.cancelled_at.map(rfc3339);
    order.dispute_open = row.dispute_open;
    order.deadline = row.deadline();
    let country = row.destination().country;
    order.protection = Protection {
        days: row.protection_days.unwrap_or(protection_days(&country)),
        extended_days: row.extended_days,
        ends_at: row.protection_ends().map(rfc3339),
        extension: match (row.ext_days, row.ext_state.as_deref(), row.ext_requested_at) {
            (Some(days), Some(state), Some(at)) => Some(ExtensionInfo {
                days,
                state: parse_code(state, ExtensionState::Unknown),
                requested_at: rfc3339(at),
                answered_at: row.ext_answered_at.map(rfc3339),
            }),
            _ => None,
        },
    };
    order.tracking = match (&row.carrier_name, &row.tracking_number) {
        (Some(c), Some(n)) => Some(Tracking {
            carrier: c.clone(),
            number: n.clone(),
        }),
        _ => None,
    };
    let finished =
        row.delivered_at.is_some() || row.cancelled_at.is_some() || row.completed_at.is_some();
    order.estimated_delivery = if finished {
        None
    } else {
        delivery_estimate(row.paid_at, row.shipped_at, &order.shipping)
    };
    Ok(order)
}

/// The delivery window of an order not yet delivered: the shipping option's days counted from
/// shipping, or before shipping from payment plus [`SHIPS_WITHIN_DAYS`]. Unpaid: none.
pub fn delivery_estimate(
    paid_at: Option<i64>,
    shipped_at: Option<i64>,
    shipping: &OrderShipping,
) -> Option<DeliveryEstimate> {
    let (from, extra) = match (shipped_at, paid_at) {
        (Some(shipped), _) => (shipped, 0),
        (None, Some(paid)) => (paid, SHIPS_WITHIN_DAYS),
        (None, None) => return None,
    };
    let day = |d: u16| from + (i64::from(d) + extra) * DAY;
    Some(DeliveryEstimate {
        earliest: rfc3339(day(shipping.days_min)),
        latest: rfc3339(day(shipping.days_max.max(shipping.days_min))),
    })
}
