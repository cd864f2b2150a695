//! The hold ledger of one order, as pure arithmetic: every entry is checked against the balance
//! before it is written, so held = released + refunded + still held and nothing goes negative.
//! The database keeps the entries (`hold_ledger`); [`Ledger::replay`] rebuilds the balance.

use storefront_api::orders::{HoldState, LedgerKind};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    /// Take the buyer's money (once, first).
    Hold(i64),
    /// A dispute freezes what is still held.
    Freeze,
    Unfreeze,
    /// Pay (part of) what is held to the seller; not while frozen.
    Release(i64),
    /// Give (part of) what is held back to the buyer; also while frozen (dispute outcomes).
    Refund(i64),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LedgerError {
    AlreadyHeld,
    NotHeld,
    Frozen,
    NotFrozen,
    /// Zero, negative or more than is still held.
    BadAmount,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Ledger {
    pub held_total: i64,
    pub released: i64,
    pub refunded: i64,
    pub frozen: bool,
    /// Applied entries: kind and amount.
    pub entries: Vec<(LedgerKind, i64)>,
}

impl Ledger {
    /// Still held.
    pub fn remaining(&self) -> i64 {
        self.held_total - self.released - self.refunded
    }

    /// Applies `op` if the balance allows it; answers the entry to record.
    pub fn apply(&mut self, op: Op) -> Result<(LedgerKind, i64), LedgerError> {
        let remaining = self.remaining();
        let entry = match op {
            Op::Hold(amount) => {
                if !self.entries.is_empty() {
                    return Err(LedgerError::AlreadyHeld);
                }
                if amount < 0 {
                    return Err(LedgerError::BadAmount);
                }
                self.held_total = amount;
                (LedgerKind::Hold, amount)
            }
            Op::Freeze => {
                if self.entries.is_empty() || remaining == 0 {
                    return Err(LedgerError::NotHeld);
                }
                if self.frozen {
                    return Err(LedgerError::Frozen);
                }
                self.frozen = true;
                (LedgerKind::Freeze, remaining)
            }
            Op::Unfreeze => {
                if !self.frozen {
                    return Err(LedgerError::NotFrozen);
                }
                self.frozen = false;
                (LedgerKind::Unfreeze, remaining)
            }
            Op::Release(amount) => {
                if self.entries.is_empty() {
                    return Err(LedgerError::NotHeld);
                }
                if self.frozen {
                    return Err(LedgerError::Frozen);
                }
                if amount <= 0 || amount > remaining {
                    return Err(LedgerError::BadAmount);
                }
                self.released += amount;
                (LedgerKind::Release, amount)
            }
            Op::Refund(amount) => {
                if self.entries.is_empty() {
                    return Err(LedgerError::NotHeld);
                }
                if amount <= 0 || amount > remaining {
                    return Err(LedgerError::BadAmount);
                }
                self.refunded += amount;
                if self.remaining() == 0 {
                    self.frozen = false;
                }
                let kind = if amount == remaining && self.released == 0 {
                    LedgerKind::Refund
                } else {
                    LedgerKind::PartialRefund
                };
                (kind, amount)
            }
        };
        self.entries.push(entry);
        Ok(entry)
    }

    /// Rebuilds the balance from stored entries; `None` if they do not add up.
    pub fn replay<'a>(entries: impl IntoIterator<Item = (&'a str, i64)>) -> Option<Ledger> {
        let mut l = Ledger::default();
        for (kind, amount) in entries {
            let op = match kind {
                "hold" => Op::Hold(amount),
                "freeze" => Op::Freeze,
                "unfreeze" => Op::Unfreeze,
                "release" => Op::Release(amount),
                "refund" | "partial_refund" => Op::Refund(amount),
                _ => return None,
            };
            l.apply(op).ok()?;
        }
        Some(l)
    }

    /// The hold's state; `pending` before any money is held.
    pub fn state(&self) -> HoldState {
        if self.entries.is_empty() {
            return HoldState::Pending;
        }
        if self.remaining() > 0 {
            return if self.frozen {
                HoldState::Frozen
            } else {
                HoldState::Held
            };
        }
        match (self.released > 0, self.refunded > 0) {
            (_, false) => HoldState::Released,
            (false, true) => HoldState::Refunded,
            (true, true) => HoldState::PartiallyRefunded,
        }
    }
}

pub fn kind_str(kind: LedgerKind) -> &'static str {
    match kind {
        LedgerKind::Hold => "hold",
        LedgerKind::Freeze => "freeze",
        LedgerKind::Unfreeze => "unfreeze",
        LedgerKind::Release => "release",
        LedgerKind::Refund => "refund",
        LedgerKind::PartialRefund => "partial_refund",
        LedgerKind::Unknown => "unknown",
    }
}

pub fn parse_kind(s: &str) -> LedgerKind {
    match s {
        "hold" => LedgerKind::Hold,
        "freeze" => LedgerKind::Freeze,
        "unfreeze" => LedgerKind::Unfreeze,
        "release" => LedgerKind::Release,
        "refund" => LedgerKind::Refund,
        "partial_refund" => LedgerKind::PartialRefund,
        _ => LedgerKind::Unknown,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::seed::prng::Rng;

    fn check(l: &Ledger) {
        assert!(
            l.held_total >= 0 && l.released >= 0 && l.refunded >= 0,
            "{l:?}"
        );
        assert!(l.remaining() >= 0, "{l:?}");
        assert_eq!(l.held_total, l.released + l.refunded + l.remaining());
        // The entries alone add up to the same balance.
        let sum = |k: &[LedgerKind]| -> i64 {
            l.entries
                .iter()
                .filter(|(kind, _)| k.contains(kind))
                .map(|(_, a)| a)
                .sum()
        };
        assert_eq!(sum(&[LedgerKind::Hold]), l.held_total);
        assert_eq!(sum(&[LedgerKind::Release]), l.released);
        assert_eq!(
            sum(&[LedgerKind::Refund, LedgerKind::PartialRefund]),
            l.refunded
        );
        let replayed = Ledger::replay(l.entries.iter().map(|(k, a)| (kind_str(*k), *a)))
            .expect("stored entries replay");
        assert_eq!(&replayed, l);
    }

    /// Property test over 20 000 seeded random operation sequences (amounts include zero,
    /// negative and too-large values): refused operations change nothing, accepted ones keep
    /// held = released + refunded + still held with nothing negative, and the stored entries
    /// replay to the same balance.
    #[test]
    fn random_operation_sequences_never_create_or_lose_money() {
        for seed in 0..20_000u64 {
            let mut rng = Rng::derive(0x5eed, 7, seed);
            let mut l = Ledger::default();
            let total = rng.range(0, 50_000);
            let ops = rng.range(0, 24);
            for _ in 0..ops {
                let amount = match rng.below(4) {
                    0 => rng.range(-5, 5),
                    1 => l.remaining(),
                    2 => rng.range(1, l.remaining().max(1)),
                    _ => rng.range(0, 60_000),
                };
                let op = match rng.below(6) {
                    0 => Op::Hold(if rng.below(2) == 0 { total } else { amount }),
                    1 => Op::Freeze,
                    2 => Op::Unfreeze,
                    3 | 4 => Op::Release(amount),
                    _ => Op::Refund(amount),
                };
                let before = l.clone();
                match l.apply(op) {
                    Ok(_) => check(&l),
                    Err(_) => assert_eq!(l, before, "a refused {op:?} changed the ledger"),
                }
                if l.remaining() == 0 && !l.entries.is_empty() {
                    assert!(matches!(
                        l.state(),
                        HoldState::Released | HoldState::Refunded | HoldState::PartiallyRefunded
                    ));
                }
            }
            check(&l);
        }
    }

    #[test]
    fn states_follow_the_balance() {
        let mut l = Ledger::default();
        assert_eq!(l.state(), HoldState::Pending);
        l.apply(Op::Hold(1000)).unwrap();
        assert_eq!(l.state(), HoldState::Held);
        l.apply(Op::Freeze).unwrap();
        assert_eq!(l.state(), HoldState::Frozen);
        assert_eq!(l.apply(Op::Release(10)), Err(LedgerError::Frozen));
        assert_eq!(
            l.apply(Op::Refund(300)).unwrap().0,
            LedgerKind::PartialRefund
        );
        l.apply(Op::Unfreeze).unwrap();
        l.apply(Op::Release(700)).unwrap();
        assert_eq!(l.state(), HoldState::PartiallyRefunded);
        assert_eq!(l.apply(Op::Release(1)), Err(LedgerError::BadAmount));
        let mut r = Ledger::default();
        r.apply(Op::Hold(500)).unwrap();
        assert_eq!(r.apply(Op::Refund(500)).unwrap().0, LedgerKind::Refund);
        assert_eq!(r.state(), HoldState::Refunded);
    }
}
