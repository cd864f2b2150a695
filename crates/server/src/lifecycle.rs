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

use crate::clock::{rfc3339, DAY, HOUR};
use crate::error::{ApiError, ApiResult};
use crate::hold::{self, Ledger, Op};
use crate::routes::orders::{OrderRow, ORDER_COLUMNS};
use crate::AppState;
use serde::{Deserialize, Serialize};
use sqlx::SqliteConnection;
use storefront_api::account::Address;
use storefront_api::orders::*;
use storefront_api::{ErrorCode, Money, Problem};

pub use crate::versioned::{check_if_match, illegal};

pub const PROTECTION_DAYS_DEFAULT: i64 = 60;
/// Destination countries with a longer protection period.
pub const PROTECTION_DAYS_BY_COUNTRY: &[(&str, i64)] = &[("RU", 90)];
pub const AUTO_CONFIRM_DAYS: i64 = 15;
pub const SHIP_AFTER: i64 = DAY;
pub const EXTENSION_ANSWER_AFTER: i64 = 12 * HOUR;
pub const EXTENSION_GRANT_MAX_DAYS: i64 = 15;
pub const TRACKING_EVERY: i64 = 2 * DAY;

pub fn protection_days(country: &str) -> i64 {
    PROTECTION_DAYS_BY_COUNTRY
        .iter()
        .find(|(c, _)| c.eq_ignore_ascii_case(country))
        .map_or(PROTECTION_DAYS_DEFAULT, |(_, d)| *d)
}

/// Serde name of a unit enum variant.
fn code<T: Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_else(|| "unknown".to_string())
}

fn parse_code<T: for<'de> Deserialize<'de>>(s: &str, unknown: T) -> T {
    serde_json::from_value(serde_json::Value::String(s.to_string())).unwrap_or(unknown)
}

/// Optional fields of an event, stored as JSON.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Details {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<Money>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub carrier: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tracking_number: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tracking_status: Option<TrackingStatus>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub days: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline_kind: Option<DeadlineKind>,
}

pub async fn record(
    conn: &mut SqliteConnection,
    order_id: i64,
    at: i64,
    actor: EventActor,
    kind: EventKind,
    details: Details,
) -> ApiResult<()> {
    sqlx::query(
        "INSERT INTO order_events (order_id, at, actor, kind, details) VALUES (?, ?, ?, ?, ?)",
    )
    .bind(order_id)
    .bind(at)
    .bind(code(&actor))
    .bind(code(&kind))
    .bind(serde_json::to_string(&details)?)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

pub async fn ledger(conn: &mut SqliteConnection, order_id: i64) -> ApiResult<Ledger> {
    let rows: Vec<(String, i64)> =
        sqlx::query_as("SELECT kind, amount_cents FROM hold_ledger WHERE order_id = ? ORDER BY id")
            .bind(order_id)
            .fetch_all(&mut *conn)
            .await?;
    Ledger::replay(rows.iter().map(|(k, a)| (k.as_str(), *a)))
        .ok_or_else(|| ApiError::internal(format_args!("ledger of order {order_id} is broken")))
}

/// Applies one ledger operation (checked against the balance), stores the entry and the hold
/// state; answers the entry's amount.
pub async fn ledger_apply(
    conn: &mut SqliteConnection,
    order_id: i64,
    op: Op,
    at: i64,
) -> ApiResult<i64> {
    let mut l = ledger(conn, order_id).await?;
    let (kind, amount) = l
        .apply(op)
        .map_err(|e| ApiError::internal(format_args!("ledger {order_id}: {op:?}: {e:?}")))?;
    sqlx::query("INSERT INTO hold_ledger (order_id, kind, amount_cents, at) VALUES (?, ?, ?, ?)")
        .bind(order_id)
        .bind(hold::kind_str(kind))
        .bind(amount)
        .bind(at)
        .execute(&mut *conn)
        .await?;
    sqlx::query("UPDATE orders SET hold_state = ? WHERE id = ?")
        .bind(l.state().as_str())
        .bind(order_id)
        .execute(&mut *conn)
        .await?;
    Ok(amount)
}

/// A new order's first event.
pub async fn on_placed(conn: &mut SqliteConnection, order_id: i64, at: i64) -> ApiResult<()> {
    let (total,): (i64,) = sqlx::query_as("SELECT total_cents FROM orders WHERE id = ?")
        .bind(order_id)
        .fetch_one(&mut *conn)
        .await?;
    record(
        conn,
        order_id,
        at,
        EventActor::Buyer,
        EventKind::Placed,
        Details {
            amount: Some(Money::usd(total)),
            ..Details::default()
        },
    )
    .await
}

/// The payment of an order succeeded: the money is held (ledger `hold`, event `paid_held`).
pub async fn on_paid(conn: &mut SqliteConnection, order_id: i64, at: i64) -> ApiResult<()> {
    let (hold_cents,): (i64,) = sqlx::query_as("SELECT hold_cents FROM orders WHERE id = ?")
        .bind(order_id)
        .fetch_one(&mut *conn)
        .await?;
    sqlx::query("UPDATE orders SET paid_at = ? WHERE id = ?")
        .bind(at)
        .bind(order_id)
        .execute(&mut *conn)
        .await?;
    ledger_apply(conn, order_id, Op::Hold(hold_cents), at).await?;
    record(
        conn,
        order_id,
        at,
        EventActor::System,
        EventKind::PaidHeld,
        Details {
            amount: Some(Money::usd(hold_cents)),
            ..Details::default()
        },
    )
    .await
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
    fn destination(&self) -> Dest {
        serde_json::from_str::<Address>(&self.address)
            .map(|a| Dest {
                country: a.country,
                city: a.city,
            })
            .unwrap_or_default()
    }
}

#[derive(Debug, Default)]
struct Dest {
    country: String,
    city: String,
}

/// The full order as the buyer sees it at `now`.
pub async fn view(conn: &mut SqliteConnection, row: &OrderRow, now: i64) -> ApiResult<Order> {
    let mut order = row.detail()?;
    let events: Vec<(i64, i64, String, String, String)> = sqlx::query_as(
        "SELECT id, at, actor, kind, details FROM order_events WHERE order_id = ? ORDER BY at, id",
    )
    .bind(row.id)
    .fetch_all(&mut *conn)
    .await?;
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
    let entries: Vec<(String, i64, i64)> = sqlx::query_as(
        "SELECT kind, amount_cents, at FROM hold_ledger WHERE order_id = ? ORDER BY id",
    )
    .bind(row.id)
    .fetch_all(&mut *conn)
    .await?;
    let l = Ledger::replay(entries.iter().map(|(k, a, _)| (k.as_str(), *a)))
        .ok_or_else(|| ApiError::internal(format_args!("ledger of order {} is broken", row.id)))?;
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
    let fb: Option<(i64, i64, i64, String, i64)> = sqlx::query_as(
        "SELECT item_as_described, communication, shipping_speed, text, at FROM order_feedback \
         WHERE order_id = ?",
    )
    .bind(row.id)
    .fetch_optional(&mut *conn)
    .await?;
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
    let disputes: Vec<(i64, i64)> =
        sqlx::query_as("SELECT id, line_no FROM disputes WHERE order_id = ? ORDER BY id")
            .bind(row.id)
            .fetch_all(&mut *conn)
            .await?;
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

pub async fn load(
    conn: &mut SqliteConnection,
    id: i64,
    buyer: Option<i64>,
) -> ApiResult<Option<OrderRow>> {
    let row: Option<OrderRow> = match buyer {
        Some(b) => {
            sqlx::query_as(&format!(
                "SELECT {ORDER_COLUMNS} FROM orders WHERE id = ? AND buyer_id = ?"
            ))
            .bind(id)
            .bind(b)
            .fetch_optional(&mut *conn)
            .await?
        }
        None => {
            sqlx::query_as(&format!("SELECT {ORDER_COLUMNS} FROM orders WHERE id = ?"))
                .bind(id)
                .fetch_optional(&mut *conn)
                .await?
        }
    };
    Ok(row)
}

pub async fn bump(conn: &mut SqliteConnection, id: i64) -> ApiResult<()> {
    sqlx::query("UPDATE orders SET version = version + 1 WHERE id = ?")
        .bind(id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

// ---- simulated carrier -------------------------------------------------------------------

/// Days in transit for the demo carrier: the option's mid estimate, clamped to 8–20.
pub fn transit_days(shipping: &OrderShipping) -> i64 {
    ((i64::from(shipping.days_min) + i64::from(shipping.days_max)) / 2).clamp(8, 20)
}

pub fn tracking_number(order_id: i64) -> String {
    let n = (order_id.wrapping_mul(7_919) + 104_729).rem_euclid(1_000_000_000);
    format!("RB{n:09}CN")
}

/// The scans of a parcel: (seconds after shipping, status, English text, location).
pub fn tracking_schedule(
    transit_days: i64,
    country: &str,
    city: &str,
) -> Vec<(i64, TrackingStatus, String, String)> {
    use TrackingStatus::*;
    let mut out = vec![(
        4 * HOUR,
        AcceptedByCarrier,
        "Accepted by carrier".to_string(),
        "Shenzhen, CN".to_string(),
    )];
    let slots = ((transit_days - 2) / 2).max(0) as usize;
    let mut seq: Vec<TrackingStatus> = vec![DepartedSortingCentre];
    seq.extend(std::iter::repeat_n(InTransit, slots.saturating_sub(4)));
    seq.extend([
        ArrivedDestinationCountry,
        CustomsCleared,
        ArrivedLocalFacility,
    ]);
    // Short routes skip the last scans before "out for delivery".
    seq.truncate(slots);
    for (k, status) in seq.into_iter().enumerate() {
        let (text, location) = match status {
            DepartedSortingCentre => ("Departed from sorting centre", "Shenzhen, CN".to_string()),
            InTransit => ("In transit", "Hong Kong, HK".to_string()),
            ArrivedDestinationCountry => ("Arrived in destination country", country.to_string()),
            CustomsCleared => ("Customs cleared", country.to_string()),
            _ => (
                "Arrived at local delivery facility",
                format!("{city}, {country}"),
            ),
        };
        out.push((
            (k as i64 + 1) * TRACKING_EVERY,
            status,
            text.to_string(),
            location,
        ));
    }
    out.push((
        transit_days * DAY - 6 * HOUR,
        OutForDelivery,
        "Out for delivery".to_string(),
        format!("{city}, {country}"),
    ));
    out
}

#[derive(Debug, Clone, PartialEq)]
enum Step {
    Ship,
    Track(usize),
    Deliver,
    AnswerExtension,
    AutoConfirm(DeadlineKind),
}

fn next_step(row: &OrderRow, demo: bool) -> Option<(i64, Step)> {
    if row.dispute_open {
        return None;
    }
    let mut steps: Vec<(i64, u8, Step)> = Vec::new();
    match row.state() {
        OrderState::PaidHeld if demo => {
            if let Some(paid) = row.paid_at {
                steps.push((paid + SHIP_AFTER + (row.id % 6) * HOUR, 0, Step::Ship));
            }
        }
        OrderState::Shipped | OrderState::Delivered => {
            if demo && row.ext_state.as_deref() == Some("pending") {
                if let Some(at) = row.ext_requested_at {
                    steps.push((at + EXTENSION_ANSWER_AFTER, 0, Step::AnswerExtension));
                }
            }
            if demo && row.state() == OrderState::Shipped {
                if let (Some(shipped), Some(days)) = (row.shipped_at, row.transit_days) {
                    let a = row.destination();
                    let schedule = tracking_schedule(days, &a.country, &a.city);
                    let sent = row.tracking_sent.max(0) as usize;
                    match schedule.get(sent) {
                        Some((offset, ..)) => steps.push((shipped + offset, 1, Step::Track(sent))),
                        None => steps.push((shipped + days * DAY, 2, Step::Deliver)),
                    }
                }
            }
            if let Some((at, kind)) = row.deadline_at() {
                steps.push((at, 3, Step::AutoConfirm(kind)));
            }
        }
        _ => {}
    }
    steps
        .into_iter()
        .min_by_key(|(at, prio, _)| (*at, *prio))
        .map(|(at, _, s)| (at, s))
}

/// Ships a `paid_held` order at `at` (simulated seller or operator).
pub async fn ship(conn: &mut SqliteConnection, row: &OrderRow, at: i64) -> ApiResult<()> {
    let shipping = row.shipping()?;
    let country = row.destination().country;
    let number = tracking_number(row.id);
    sqlx::query(
        "UPDATE orders SET state = 'shipped', shipped_at = ?, carrier_name = ?, \
         tracking_number = ?, transit_days = ?, tracking_sent = 0, protection_days = ?, \
         version = version + 1 WHERE id = ?",
    )
    .bind(at)
    .bind(&shipping.carrier)
    .bind(&number)
    .bind(transit_days(&shipping))
    .bind(protection_days(&country))
    .bind(row.id)
    .execute(&mut *conn)
    .await?;
    record(
        conn,
        row.id,
        at,
        EventActor::Seller,
        EventKind::Shipped,
        Details {
            carrier: Some(shipping.carrier.clone()),
            tracking_number: Some(number),
            ..Details::default()
        },
    )
    .await
}

/// Marks a `shipped` order delivered at `at` (simulated carrier or operator).
pub async fn deliver(conn: &mut SqliteConnection, row: &OrderRow, at: i64) -> ApiResult<()> {
    let a = row.destination();
    sqlx::query(
        "UPDATE orders SET state = 'delivered', delivered_at = ?, tracking_sent = 1000, \
         version = version + 1 WHERE id = ?",
    )
    .bind(at)
    .bind(row.id)
    .execute(&mut *conn)
    .await?;
    record(
        conn,
        row.id,
        at,
        EventActor::Carrier,
        EventKind::Delivered,
        Details {
            location: Some(format!("{}, {}", a.city, a.country)),
            ..Details::default()
        },
    )
    .await
}

/// `completed` and the rest of the hold released: by the buyer or by a timer.
pub async fn complete(
    conn: &mut SqliteConnection,
    row: &OrderRow,
    at: i64,
    by_timer: Option<DeadlineKind>,
) -> ApiResult<()> {
    sqlx::query(
        "UPDATE orders SET state = 'completed', completed_at = ?, version = version + 1 \
         WHERE id = ?",
    )
    .bind(at)
    .bind(row.id)
    .execute(&mut *conn)
    .await?;
    match by_timer {
        None => {
            record(
                conn,
                row.id,
                at,
                EventActor::Buyer,
                EventKind::ReceiptConfirmed,
                Details::default(),
            )
            .await?
        }
        Some(kind) => {
            record(
                conn,
                row.id,
                at,
                EventActor::System,
                EventKind::AutoConfirmed,
                Details {
                    deadline_kind: Some(kind),
                    ..Details::default()
                },
            )
            .await?
        }
    }
    let remaining = ledger(conn, row.id).await?.remaining();
    if remaining > 0 {
        ledger_apply(conn, row.id, Op::Release(remaining), at).await?;
        record(
            conn,
            row.id,
            at,
            EventActor::System,
            EventKind::Released,
            Details {
                amount: Some(Money::usd(remaining)),
                ..Details::default()
            },
        )
        .await?;
    }
    Ok(())
}

async fn apply_step(
    conn: &mut SqliteConnection,
    row: &OrderRow,
    at: i64,
    step: Step,
) -> ApiResult<()> {
    match step {
        Step::Ship => ship(conn, row, at).await,
        Step::Deliver => deliver(conn, row, at).await,
        Step::AutoConfirm(kind) => complete(conn, row, at, Some(kind)).await,
        Step::Track(k) => {
            let a = row.destination();
            let schedule = tracking_schedule(row.transit_days.unwrap_or(8), &a.country, &a.city);
            let (_, status, text, location) = schedule
                .get(k)
                .cloned()
                .ok_or_else(|| ApiError::internal("tracking scan out of range"))?;
            sqlx::query("UPDATE orders SET tracking_sent = ?, version = version + 1 WHERE id = ?")
                .bind(k as i64 + 1)
                .bind(row.id)
                .execute(&mut *conn)
                .await?;
            record(
                conn,
                row.id,
                at,
                EventActor::Carrier,
                EventKind::Tracking,
                Details {
                    tracking_status: Some(status),
                    text: Some(text),
                    location: Some(location),
                    carrier: row.carrier_name.clone(),
                    ..Details::default()
                },
            )
            .await
        }
        Step::AnswerExtension => {
            let days = row.ext_days.unwrap_or(0);
            let grant = days <= EXTENSION_GRANT_MAX_DAYS && row.extended_days == 0;
            sqlx::query(
                "UPDATE orders SET ext_state = ?, ext_answered_at = ?, \
                 extended_days = extended_days + ?, version = version + 1 WHERE id = ?",
            )
            .bind(if grant { "granted" } else { "refused" })
            .bind(at)
            .bind(if grant { days } else { 0 })
            .bind(row.id)
            .execute(&mut *conn)
            .await?;
            let new_end = row
                .protection_ends()
                .map(|e| e + if grant { days * DAY } else { 0 });
            record(
                conn,
                row.id,
                at,
                EventActor::Seller,
                if grant {
                    EventKind::ExtensionGranted
                } else {
                    EventKind::ExtensionRefused
                },
                Details {
                    days: Some(days),
                    deadline: if grant { new_end.map(rfc3339) } else { None },
                    ..Details::default()
                },
            )
            .await
        }
    }
}

/// Applies every step of one order due by `now`, in time order (each at its own scheduled
/// time); answers how many were applied.
pub async fn advance_order(
    conn: &mut SqliteConnection,
    id: i64,
    now: i64,
    demo: bool,
) -> ApiResult<u32> {
    let mut applied = 0;
    // Bounded: an order has only a few dozen steps in its whole life.
    for _ in 0..200 {
        let Some(row) = load(conn, id, None).await? else {
            break;
        };
        let Some((at, step)) = next_step(&row, demo) else {
            break;
        };
        if at > now {
            break;
        }
        apply_step(conn, &row, at, step).await?;
        applied += 1;
    }
    Ok(applied)
}

/// One pass of the timers (and, in demo mode, of the simulated sellers and carriers) over every
/// open order, each in its own transaction. Serialised by `state.ticker`.
pub async fn tick(s: &AppState) -> ApiResult<u32> {
    let _guard = s.ticker.lock().await;
    s.clock.accrue(&s.pool).await?;
    let now = s.clock.now();
    let mut applied = crate::disputes::tick_all(s, now).await?;
    let rows: Vec<OrderRow> = sqlx::query_as(&format!(
        "SELECT {ORDER_COLUMNS} FROM orders WHERE state IN ('paid_held', 'shipped', 'delivered') \
         AND dispute_open = 0 ORDER BY id"
    ))
    .fetch_all(&s.pool)
    .await?;
    // Only orders with a step due take the write lock.
    let due = rows
        .iter()
        .filter(|r| next_step(r, s.demo).is_some_and(|(at, _)| at <= now))
        .map(|r| r.id);
    for id in due {
        let mut tx = s.pool.begin_with("BEGIN IMMEDIATE").await?;
        let n = advance_order(&mut tx, id, now, s.demo).await?;
        if n > 0 {
            tx.commit().await?;
            applied += n;
        }
    }
    Ok(applied)
}

/// Runs [`tick`] every second until the task is aborted.
pub async fn run_ticker(s: AppState) {
    let mut every = tokio::time::interval(std::time::Duration::from_secs(1));
    every.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        every.tick().await;
        match tick(&s).await {
            Ok(0) => {}
            Ok(n) => tracing::debug!(steps = n, "order timers applied"),
            Err(e) => tracing::warn!(code = ?e.0.code, "order timer tick failed"),
        }
    }
}

// ---- buyer transitions -------------------------------------------------------------------

/// `If-Match` against the order's current `ETag`: missing → 428, another → 412 with the order.
impl crate::versioned::Versioned for Order {
    const NOUN: &'static str = "order";
    fn etag(&self) -> String {
        Order::etag(self)
    }
    fn state_name(&self) -> &'static str {
        self.state.as_str()
    }
    fn attach_to(&self, problem: &mut Problem) {
        problem.ext.order = Some(Box::new(self.clone()));
    }
}

/// What a buyer asks for.
#[derive(Debug, Clone)]
pub enum BuyerAction {
    ConfirmReceipt,
    Cancel,
    RequestExtension(i64),
    Feedback(FeedbackRequest),
}

impl BuyerAction {
    fn action(&self) -> OrderAction {
        match self {
            BuyerAction::ConfirmReceipt => OrderAction::ConfirmReceipt,
            BuyerAction::Cancel => OrderAction::Cancel,
            BuyerAction::RequestExtension(_) => OrderAction::RequestExtension,
            BuyerAction::Feedback(_) => OrderAction::LeaveFeedback,
        }
    }
}

/// Runs a buyer's action on their order in one `BEGIN IMMEDIATE` transaction: due timers first,
/// then 404 (not theirs) → 428/412 (`If-Match`) → 409 (not allowed now) → the change.
/// Answers the changed order.
pub async fn buyer_action(
    s: &AppState,
    buyer_id: i64,
    order_id: i64,
    if_match: Option<&str>,
    action: BuyerAction,
) -> ApiResult<Order> {
    let _guard = s.ticker.lock().await;
    let now = s.clock.now();
    let mut tx = s.pool.begin_with("BEGIN IMMEDIATE").await?;
    let not_found = || ApiError::new(ErrorCode::OrderNotFound, "Order not found");
    load(&mut tx, order_id, Some(buyer_id))
        .await?
        .ok_or_else(not_found)?;
    advance_order(&mut tx, order_id, now, s.demo).await?;
    let row = load(&mut tx, order_id, Some(buyer_id))
        .await?
        .ok_or_else(not_found)?;
    let current = view(&mut tx, &row, now).await?;
    if let Err(e) = check_if_match(if_match, &current) {
        tx.commit().await?;
        return Err(e);
    }
    if !current.allowed_actions.contains(&action.action()) {
        tx.commit().await?;
        return Err(illegal(&current, action.action().as_str()));
    }
    match action {
        BuyerAction::ConfirmReceipt => complete(&mut tx, &row, now, None).await?,
        BuyerAction::Cancel => cancel(&mut tx, &row, now).await?,
        BuyerAction::RequestExtension(days) => {
            sqlx::query(
                "UPDATE orders SET ext_days = ?, ext_state = 'pending', ext_requested_at = ?, \
                 ext_answered_at = NULL, version = version + 1 WHERE id = ?",
            )
            .bind(days)
            .bind(now)
            .bind(row.id)
            .execute(&mut *tx)
            .await?;
            record(
                &mut tx,
                row.id,
                now,
                EventActor::Buyer,
                EventKind::ExtensionRequested,
                Details {
                    days: Some(days),
                    ..Details::default()
                },
            )
            .await?;
        }
        BuyerAction::Feedback(f) => leave_feedback(&mut tx, &row, buyer_id, &f, now).await?,
    }
    let row = load(&mut tx, order_id, Some(buyer_id))
        .await?
        .ok_or_else(not_found)?;
    let order = view(&mut tx, &row, now).await?;
    tx.commit().await?;
    tracing::info!(
        order = order_id,
        state = order.state.as_str(),
        "buyer changed an order"
    );
    Ok(order)
}

async fn cancel(conn: &mut SqliteConnection, row: &OrderRow, at: i64) -> ApiResult<()> {
    sqlx::query(
        "UPDATE orders SET state = 'cancelled', cancelled_at = ?, version = version + 1 \
         WHERE id = ?",
    )
    .bind(at)
    .bind(row.id)
    .execute(&mut *conn)
    .await?;
    record(
        conn,
        row.id,
        at,
        EventActor::Buyer,
        EventKind::Cancelled,
        Details::default(),
    )
    .await?;
    let remaining = ledger(conn, row.id).await?.remaining();
    if remaining > 0 {
        ledger_apply(conn, row.id, Op::Refund(remaining), at).await?;
        record(
            conn,
            row.id,
            at,
            EventActor::System,
            EventKind::Refunded,
            Details {
                amount: Some(Money::usd(remaining)),
                ..Details::default()
            },
        )
        .await?;
    }
    let lines: Vec<OrderLine> = serde_json::from_str(&row.lines)?;
    for l in lines {
        crate::routes::checkout::adjust_stock(conn, l.product_id, l.sku_id, l.quantity).await?;
    }
    Ok(())
}

/// Makes a completed order's feedback a review of each product in the order: "item as
/// described" as its stars, the buyer's text (in every language: it is shown as written), the
/// buyer's name masked like the other reviews (`A***a`) and the delivery country. Each
/// product's `reviews_count` and `rating_x10` are recounted from its stored reviews, so the
/// product page's header, histogram and list keep describing the same reviews.
async fn add_product_reviews(
    conn: &mut SqliteConnection,
    row: &OrderRow,
    buyer_id: i64,
    f: &FeedbackRequest,
    at: i64,
) -> ApiResult<()> {
    let lines: Vec<OrderLine> = serde_json::from_str(&row.lines)?;
    let address: Address = serde_json::from_str(&row.address)?;
    let name: String = sqlx::query_scalar("SELECT name FROM buyers WHERE id = ?")
        .bind(buyer_id)
        .fetch_optional(&mut *conn)
        .await?
        .unwrap_or_default();
    let first = name.trim().chars().next().unwrap_or('*');
    let last = name.trim().chars().last().unwrap_or('*');
    let author = format!("{first}***{last}");
    let stars = i64::from(f.item_as_described.clamp(1, 5));
    let text = f.text.trim();
    let text_id: i64 = sqlx::query_scalar(
        "INSERT INTO review_texts (stars, text_en, text_ru) VALUES (?, ?, ?) RETURNING id",
    )
    .bind(stars)
    .bind(text)
    .bind(text)
    .fetch_one(&mut *conn)
    .await?;
    let mut products: Vec<i64> = lines.iter().map(|l| l.product_id).collect();
    products.sort_unstable();
    products.dedup();
    for product_id in products {
        sqlx::query(
            "INSERT INTO reviews (product_id, author, country, stars, text_id, created_at, photo) \
             VALUES (?, ?, ?, ?, ?, ?, NULL)",
        )
        .bind(product_id)
        .bind(&author)
        .bind(&address.country)
        .bind(stars)
        .bind(text_id)
        .bind(rfc3339(at))
        .execute(&mut *conn)
        .await?;
        sqlx::query(
            "UPDATE products SET (reviews_count, rating_x10) = (SELECT COUNT(*), \
             (SUM(stars) * 10 + COUNT(*) / 2) / COUNT(*) FROM reviews WHERE product_id = ?) \
             WHERE id = ?",
        )
        .bind(product_id)
        .bind(product_id)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// Stores the feedback, makes it a review of the order's products and folds it into the
/// seller's ratings (exact running sums).
async fn leave_feedback(
    conn: &mut SqliteConnection,
    row: &OrderRow,
    buyer_id: i64,
    f: &FeedbackRequest,
    at: i64,
) -> ApiResult<()> {
    sqlx::query(
        "INSERT INTO order_feedback (order_id, seller_id, buyer_id, item_as_described, \
         communication, shipping_speed, text, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(row.id)
    .bind(row.seller_id)
    .bind(buyer_id)
    .bind(i64::from(f.item_as_described))
    .bind(i64::from(f.communication))
    .bind(i64::from(f.shipping_speed))
    .bind(f.text.trim())
    .bind(at)
    .execute(&mut *conn)
    .await?;
    add_product_reviews(conn, row, buyer_id, f, at).await?;
    sqlx::query(
        "INSERT OR IGNORE INTO seller_rating_sums (seller_id, feedback_count, positive_sum, \
         item_as_described_sum, communication_sum, shipping_speed_sum) \
         SELECT id, feedback_count, positive_feedback_x10 * feedback_count, \
         item_as_described_x10 * feedback_count, communication_x10 * feedback_count, \
         shipping_speed_x10 * feedback_count FROM sellers WHERE id = ?",
    )
    .bind(row.seller_id)
    .execute(&mut *conn)
    .await?;
    let stars =
        i64::from(f.item_as_described) + i64::from(f.communication) + i64::from(f.shipping_speed);
    // Positive: the three ratings average 4 stars or more.
    let positive = if stars >= 12 { 1000 } else { 0 };
    sqlx::query(
        "UPDATE seller_rating_sums SET feedback_count = feedback_count + 1, \
         positive_sum = positive_sum + ?, item_as_described_sum = item_as_described_sum + ?, \
         communication_sum = communication_sum + ?, shipping_speed_sum = shipping_speed_sum + ? \
         WHERE seller_id = ?",
    )
    .bind(positive)
    .bind(i64::from(f.item_as_described) * 10)
    .bind(i64::from(f.communication) * 10)
    .bind(i64::from(f.shipping_speed) * 10)
    .bind(row.seller_id)
    .execute(&mut *conn)
    .await?;
    sqlx::query(
        "UPDATE sellers SET (feedback_count, positive_feedback_x10, item_as_described_x10, \
         communication_x10, shipping_speed_x10) = (SELECT feedback_count, \
         (positive_sum + feedback_count / 2) / feedback_count, \
         (item_as_described_sum + feedback_count / 2) / feedback_count, \
         (communication_sum + feedback_count / 2) / feedback_count, \
         (shipping_speed_sum + feedback_count / 2) / feedback_count \
         FROM seller_rating_sums WHERE seller_id = sellers.id) WHERE id = ?",
    )
    .bind(row.seller_id)
    .execute(&mut *conn)
    .await?;
    record(
        conn,
        row.id,
        at,
        EventActor::Buyer,
        EventKind::FeedbackLeft,
        Details::default(),
    )
    .await?;
    bump(conn, row.id).await
}

/// Operator (demo): ship or deliver now, if the state allows; answers the changed order.
pub async fn operator_step(s: &AppState, order_id: i64, deliver_now: bool) -> ApiResult<Order> {
    let _guard = s.ticker.lock().await;
    let now = s.clock.now();
    let mut tx = s.pool.begin_with("BEGIN IMMEDIATE").await?;
    advance_order(&mut tx, order_id, now, s.demo).await?;
    let row = load(&mut tx, order_id, None)
        .await?
        .ok_or_else(|| ApiError::new(ErrorCode::OrderNotFound, "Order not found"))?;
    let current = view(&mut tx, &row, now).await?;
    match (row.state(), deliver_now) {
        (OrderState::PaidHeld, false) if !row.dispute_open => ship(&mut tx, &row, now).await?,
        (OrderState::Shipped, true) => deliver(&mut tx, &row, now).await?,
        _ => {
            tx.commit().await?;
            return Err(illegal(
                &current,
                if deliver_now { "deliver" } else { "ship" },
            ));
        }
    }
    let row = load(&mut tx, order_id, None)
        .await?
        .ok_or_else(|| ApiError::internal("order vanished"))?;
    let order = view(&mut tx, &row, now).await?;
    tx.commit().await?;
    Ok(order)
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn protection_days_per_country() {
        assert_eq!(protection_days("US"), 60);
        assert_eq!(protection_days("RU"), 90);
        assert_eq!(protection_days("ru"), 90);
    }

    #[test]
    fn tracking_schedules_are_ordered_and_end_before_delivery() {
        for days in 8..=20 {
            let s = tracking_schedule(days, "US", "Austin");
            assert!(s.len() >= 4, "{days}: {s:?}");
            assert!(s.windows(2).all(|w| w[0].0 < w[1].0), "{days}: {s:?}");
            assert!(s.last().is_some_and(|l| l.0 < days * DAY));
            assert_eq!(s[1].1, TrackingStatus::DepartedSortingCentre);
            assert_eq!(s[s.len() - 1].1, TrackingStatus::OutForDelivery);
            assert!(s.iter().any(|x| x.1 == TrackingStatus::CustomsCleared));
        }
    }
}
