//! What a dispute does to the money and the order: the resolution, the settlement against the
//! order's hold ledger (refund to the buyer, release of the rest to the seller), and the order
//! resuming its timers when the dispute ends without settling.

use super::log::{plain, record, EventDetails};
use super::REDELIVERY_DAYS;
use crate::domain::codes::code;
use crate::domain::hold::Op;
use crate::domain::orders::{log as order_log, settlement as order_money};
use crate::domain::{Error, Result};
use crate::store::{self, disputes::DisputeRow};
use crate::time::DAY;
use sqlx::SqliteConnection;
use storefront_api::disputes::*;
use storefront_api::orders::EventKind;

/// How a settlement splits what is still held: (refunded to the buyer, released to the seller).
/// The refund is at most what is held.
pub fn split(refund: i64, held: i64) -> (i64, i64) {
    let refund = refund.clamp(0, held);
    (refund, held - refund)
}

/// The amount a resolution records: the whole refundable sum for a full refund or a return,
/// the agreed sum for a partial refund, none otherwise.
pub fn resolution_amount(
    outcome: DisputeOutcome,
    cents: Option<i64>,
    refundable: i64,
) -> Option<i64> {
    match outcome {
        DisputeOutcome::FullRefund | DisputeOutcome::ReturnAndRefund => Some(refundable),
        DisputeOutcome::PartialRefund => cents,
        _ => None,
    }
}

/// What an outcome refunds at once (`None`: it settles later, after a return or a resend).
pub fn refund_now(outcome: DisputeOutcome, cents: Option<i64>, refundable: i64) -> Option<i64> {
    match outcome {
        DisputeOutcome::FullRefund => Some(refundable),
        DisputeOutcome::PartialRefund => Some(cents.unwrap_or(0)),
        DisputeOutcome::NoRefund => Some(0),
        _ => None,
    }
}

/// Ends the frozen state of the order: refunds `refund` cents (0 = none), releases the rest to
/// the seller; the order becomes `cancelled` when everything went back, else `completed`.
pub async fn settle(
    conn: &mut SqliteConnection,
    d: &DisputeRow,
    refund: i64,
    at: i64,
) -> Result<()> {
    let held = order_money::ledger(conn, d.order_id).await?.remaining();
    let (refund, rest) = split(refund, held);
    let money = |amount| EventDetails {
        amount: Some(amount),
        ..EventDetails::default()
    };
    if refund > 0 {
        order_money::ledger_apply(conn, d.order_id, Op::Refund(refund), at).await?;
        order_log::system(conn, d.order_id, at, EventKind::Refunded, Some(refund)).await?;
        let kind = DisputeEventKind::Refunded;
        record(conn, d.id, at, DisputeParty::System, kind, money(refund)).await?;
    }
    order_money::unfreeze(conn, d.order_id, at).await?;
    if rest > 0 {
        order_money::ledger_apply(conn, d.order_id, Op::Release(rest), at).await?;
        order_log::system(conn, d.order_id, at, EventKind::Released, Some(rest)).await?;
        let kind = DisputeEventKind::Released;
        record(conn, d.id, at, DisputeParty::System, kind, money(rest)).await?;
    }
    store::orders::close_by_dispute(conn, d.order_id, rest > 0, at).await?;
    order_log::system(conn, d.order_id, at, EventKind::DisputeClosed, None).await?;
    Ok(store::disputes::set_closed(conn, d.id, at).await?)
}

/// Unfreezes the hold and lets the order's timers run again (paused time added to them).
pub async fn unfreeze_and_resume(
    conn: &mut SqliteConnection,
    d: &DisputeRow,
    at: i64,
) -> Result<()> {
    order_money::unfreeze(conn, d.order_id, at).await?;
    store::orders::resume_after_dispute(conn, d.order_id, (at - d.opened_at).max(0)).await?;
    order_log::system(conn, d.order_id, at, EventKind::DisputeClosed, None).await
}

/// Resolves the dispute with `outcome` and applies it.
pub async fn resolve(
    conn: &mut SqliteConnection,
    d: &DisputeRow,
    outcome: DisputeOutcome,
    cents: Option<i64>,
    by: DisputeParty,
    rationale: &str,
    at: i64,
) -> Result<()> {
    let refundable = d.refundable_cents;
    let resolution = store::disputes::Resolution {
        outcome: outcome.as_str(),
        amount: resolution_amount(outcome, cents, refundable),
        by: &code(&by),
        rationale,
    };
    store::disputes::set_resolved(conn, d.id, &resolution, at).await?;
    match (outcome, refund_now(outcome, cents, refundable)) {
        (_, Some(refund)) => settle(conn, d, refund, at).await?,
        (DisputeOutcome::ReturnAndRefund, None) => {
            store::disputes::set_return_due(conn, d.id, at + RETURN_SHIP_DAYS * DAY).await?;
        }
        (DisputeOutcome::Resend, None) => {
            store::disputes::set_redelivery_due(conn, d.id, at + REDELIVERY_DAYS * DAY).await?;
            plain(
                conn,
                d.id,
                at,
                DisputeParty::Seller,
                DisputeEventKind::Resent,
            )
            .await?;
        }
        _ => return Err(Error::internal("unknown outcome")),
    }
    Ok(store::orders::bump(conn, d.order_id).await?)
}

/// The platform decides an escalated dispute.
pub async fn decide(
    conn: &mut SqliteConnection,
    d: &DisputeRow,
    outcome: DisputeOutcome,
    cents: Option<i64>,
    why: &str,
    at: i64,
) -> Result<()> {
    let details = EventDetails {
        outcome: Some(outcome),
        amount: match outcome {
            DisputeOutcome::PartialRefund => cents,
            DisputeOutcome::FullRefund => Some(d.refundable_cents),
            _ => None,
        },
        text: Some(why.to_string()),
        ..EventDetails::default()
    };
    let kind = DisputeEventKind::Decided;
    record(conn, d.id, at, DisputeParty::Platform, kind, details).await?;
    let d = super::reload(conn, d.id).await?;
    resolve(conn, &d, outcome, cents, DisputeParty::Platform, why, at).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_settlement_refunds_at_most_what_is_held_and_releases_the_rest() {
        assert_eq!(split(300, 1000), (300, 700));
        assert_eq!(split(0, 1000), (0, 1000));
        assert_eq!(split(1500, 1000), (1000, 0));
        assert_eq!(split(-5, 1000), (0, 1000));
        assert_eq!(split(100, 0), (0, 0));
    }

    #[test]
    fn outcomes_record_and_refund_their_amounts() {
        use DisputeOutcome::*;
        assert_eq!(resolution_amount(FullRefund, None, 900), Some(900));
        assert_eq!(resolution_amount(ReturnAndRefund, Some(5), 900), Some(900));
        assert_eq!(resolution_amount(PartialRefund, Some(250), 900), Some(250));
        assert_eq!(resolution_amount(Resend, None, 900), None);
        assert_eq!(refund_now(FullRefund, None, 900), Some(900));
        assert_eq!(refund_now(PartialRefund, None, 900), Some(0));
        assert_eq!(refund_now(NoRefund, None, 900), Some(0));
        // Returns and resends settle later.
        assert_eq!(refund_now(ReturnAndRefund, None, 900), None);
        assert_eq!(refund_now(Resend, None, 900), None);
    }
}
