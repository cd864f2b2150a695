//! The order's automatic steps: which is due next (timers, and in demo mode the simulated
//! seller and carrier) and how each is applied.

use super::log::{record, Details};
use super::settlement::settle_rest;
use super::sim::{tracking_number, tracking_schedule, transit_days};
use super::Orders;
use super::{protection_days, EXTENSION_ANSWER_AFTER, EXTENSION_GRANT_MAX_DAYS, SHIP_AFTER};
use crate::domain::engine::Schedule;
use crate::domain::{Error, Result};
use crate::store::{self, orders::OrderRow};
use crate::time::{rfc3339, DAY, HOUR};
use sqlx::SqliteConnection;
use storefront_api::orders::*;

#[derive(Debug, Clone, PartialEq)]
pub enum Step {
    Ship,
    Track(usize),
    Deliver,
    AnswerExtension,
    AutoConfirm(DeadlineKind),
}

/// Ships a `paid_held` order at `at` (simulated seller or operator).
pub async fn ship(conn: &mut SqliteConnection, row: &OrderRow, at: i64) -> Result<()> {
    let shipping = row.shipping()?;
    let country = row.destination().country;
    let number = tracking_number(row.id);
    let shipment = store::orders::Shipment {
        carrier: &shipping.carrier,
        tracking_number: &number,
        transit_days: transit_days(&shipping),
        protection_days: protection_days(&country),
    };
    store::orders::set_shipped(conn, row.id, at, &shipment).await?;
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
pub async fn deliver(conn: &mut SqliteConnection, row: &OrderRow, at: i64) -> Result<()> {
    let a = row.destination();
    store::orders::set_delivered(conn, row.id, at).await?;
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
) -> Result<()> {
    store::orders::set_completed(conn, row.id, at).await?;
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
    settle_rest(conn, row.id, false, at).await?;
    Ok(())
}

impl Schedule for Orders {
    type Row = OrderRow;
    type Step = Step;
    const MAX_STEPS: u32 = 200;

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
                            Some((offset, ..)) => {
                                steps.push((shipped + offset, 1, Step::Track(sent)))
                            }
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

    async fn apply_step(
        conn: &mut SqliteConnection,
        row: &OrderRow,
        at: i64,
        step: Step,
    ) -> Result<()> {
        match step {
            Step::Ship => ship(conn, row, at).await,
            Step::Deliver => deliver(conn, row, at).await,
            Step::AutoConfirm(kind) => complete(conn, row, at, Some(kind)).await,
            Step::Track(k) => {
                let a = row.destination();
                let schedule =
                    tracking_schedule(row.transit_days.unwrap_or(8), &a.country, &a.city);
                let (_, status, text, location) = schedule
                    .get(k)
                    .cloned()
                    .ok_or_else(|| Error::internal("tracking scan out of range"))?;
                store::orders::set_tracking_sent(conn, row.id, k as i64 + 1).await?;
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
                store::orders::answer_extension(conn, row.id, grant, days, at).await?;
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
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(state: &str) -> OrderRow {
        OrderRow {
            id: 2,
            state: state.to_string(),
            ..OrderRow::default()
        }
    }

    #[test]
    fn a_paid_order_ships_in_demo_mode_only() {
        let paid = OrderRow {
            paid_at: Some(0),
            ..row("paid_held")
        };
        assert_eq!(
            Orders::next_step(&paid, true),
            Some((SHIP_AFTER + 2 * HOUR, Step::Ship))
        );
        assert_eq!(Orders::next_step(&paid, false), None);
    }

    #[test]
    fn a_shipped_parcel_is_scanned_then_delivered_then_confirmed() {
        let shipped = OrderRow {
            shipped_at: Some(0),
            transit_days: Some(10),
            ..row("shipped")
        };
        assert_eq!(
            Orders::next_step(&shipped, true),
            Some((4 * HOUR, Step::Track(0)))
        );
        let scanned = OrderRow {
            tracking_sent: 100,
            ..shipped
        };
        assert_eq!(
            Orders::next_step(&scanned, true),
            Some((10 * DAY, Step::Deliver))
        );
        // Without the simulation only the protection timer runs.
        assert_eq!(
            Orders::next_step(&scanned, false),
            Some((60 * DAY, Step::AutoConfirm(DeadlineKind::ProtectionEnds)))
        );
    }

    #[test]
    fn an_extension_request_is_answered_before_later_steps() {
        let asked = OrderRow {
            shipped_at: Some(0),
            delivered_at: Some(DAY),
            ext_state: Some("pending".into()),
            ext_requested_at: Some(2 * DAY),
            ..row("delivered")
        };
        assert_eq!(
            Orders::next_step(&asked, true),
            Some((2 * DAY + EXTENSION_ANSWER_AFTER, Step::AnswerExtension))
        );
        assert_eq!(
            Orders::next_step(&asked, false),
            Some((16 * DAY, Step::AutoConfirm(DeadlineKind::AutoConfirm)))
        );
        let disputed = OrderRow {
            dispute_open: true,
            ..asked
        };
        assert_eq!(Orders::next_step(&disputed, true), None);
    }
}
