//! The order's money against the hold ledger ([`crate::domain::hold`]): the hold when paid,
//! release to the seller, refund to the buyer, freeze during a dispute. Every entry is checked
//! against the balance before it is stored, and the order's `hold_state` follows the ledger.

use super::log::{self, record, Details};
use crate::domain::hold::{self, Ledger, Op};
use crate::domain::{Error, Result};
use crate::store;
use sqlx::SqliteConnection;
use storefront_api::orders::{EventActor, EventKind};
use storefront_api::Money;

/// The order's ledger, replayed from its stored entries.
pub async fn ledger(conn: &mut SqliteConnection, order_id: i64) -> Result<Ledger> {
    let rows = store::ledger::entries(conn, order_id).await?;
    Ledger::replay(rows.iter().map(|(k, a, _)| (k.as_str(), *a)))
        .ok_or_else(|| Error::internal(format_args!("ledger of order {order_id} is broken")))
}

/// Applies one ledger operation (checked against the balance), stores the entry and the hold
/// state; answers the entry's amount.
pub async fn ledger_apply(
    conn: &mut SqliteConnection,
    order_id: i64,
    op: Op,
    at: i64,
) -> Result<i64> {
    let mut l = ledger(conn, order_id).await?;
    let (kind, amount) = l
        .apply(op)
        .map_err(|e| Error::internal(format_args!("ledger {order_id}: {op:?}: {e:?}")))?;
    store::ledger::insert(conn, order_id, hold::kind_str(kind), amount, at).await?;
    store::orders::set_hold_state(conn, order_id, l.state().as_str()).await?;
    Ok(amount)
}

/// A new order's first event.
pub async fn on_placed(conn: &mut SqliteConnection, order_id: i64, at: i64) -> Result<()> {
    let (total, _) = store::orders::total_and_hold_cents(conn, order_id).await?;
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
pub async fn on_paid(conn: &mut SqliteConnection, order_id: i64, at: i64) -> Result<()> {
    let (_, hold_cents) = store::orders::total_and_hold_cents(conn, order_id).await?;
    store::orders::set_paid_at(conn, order_id, at).await?;
    ledger_apply(conn, order_id, Op::Hold(hold_cents), at).await?;
    log::system(conn, order_id, at, EventKind::PaidHeld, Some(hold_cents)).await
}

/// Refunds (or releases) whatever is still held, with its event; answers the amount.
pub async fn settle_rest(
    conn: &mut SqliteConnection,
    order_id: i64,
    refund: bool,
    at: i64,
) -> Result<i64> {
    let remaining = ledger(conn, order_id).await?.remaining();
    if let Some((op, kind)) = rest_op(remaining, refund) {
        ledger_apply(conn, order_id, op, at).await?;
        log::system(conn, order_id, at, kind, Some(remaining)).await?;
    }
    Ok(remaining)
}

/// What settles `remaining` held cents: a refund or a release with its event; nothing when
/// nothing is held.
fn rest_op(remaining: i64, refund: bool) -> Option<(Op, EventKind)> {
    match (remaining > 0, refund) {
        (false, _) => None,
        (true, true) => Some((Op::Refund(remaining), EventKind::Refunded)),
        (true, false) => Some((Op::Release(remaining), EventKind::Released)),
    }
}

/// Unfreezes the hold if a dispute froze it.
pub async fn unfreeze(conn: &mut SqliteConnection, order_id: i64, at: i64) -> Result<()> {
    if ledger(conn, order_id).await?.frozen {
        ledger_apply(conn, order_id, Op::Unfreeze, at).await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rest_is_refunded_or_released_and_nothing_settles_nothing() {
        assert_eq!(
            rest_op(1250, true),
            Some((Op::Refund(1250), EventKind::Refunded))
        );
        assert_eq!(
            rest_op(1250, false),
            Some((Op::Release(1250), EventKind::Released))
        );
        assert_eq!(rest_op(0, true), None);
        assert_eq!(rest_op(0, false), None);
    }

    #[test]
    fn a_refund_of_the_rest_after_a_partial_refund_empties_the_hold() {
        let mut l = Ledger::default();
        l.apply(Op::Hold(1000)).unwrap();
        l.apply(Op::Refund(300)).unwrap();
        let (op, _) = rest_op(l.remaining(), false).unwrap();
        assert_eq!(op, Op::Release(700));
        l.apply(op).unwrap();
        assert_eq!(l.remaining(), 0);
        assert_eq!(rest_op(l.remaining(), true), None);
        assert_eq!((l.refunded, l.released), (300, 700));
    }
}
