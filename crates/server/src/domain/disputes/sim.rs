//! Demo mode's simulated seller and arbitration.

use crate::store::disputes::DisputeRow;
use storefront_api::disputes::*;

/// The simulated seller's answer to the buyer's proposal (demo mode), by reason:
/// `poor_quality` / `doesnt_work` / `not_as_described` → propose a partial refund of 30 % of the
/// refundable sum; `wrong_size_colour_material` → propose a free resend; `counterfeit` → reject;
/// every other reason → silence (the seller-reply timer then accepts the buyer's proposal).
/// To a buyer's counter-proposal: accept a partial refund of at most 50 %, reject anything else.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SimReply {
    Silent,
    Accept,
    Reject,
    Propose(DisputeOutcome, Option<i64>),
}

pub fn sim_seller_reply(d: &DisputeRow) -> SimReply {
    if d.state() == DisputeState::Negotiating {
        return match (d.prop_outcome(), d.prop_cents) {
            (Some(DisputeOutcome::PartialRefund), Some(c)) if c * 2 <= d.refundable_cents => {
                SimReply::Accept
            }
            _ => SimReply::Reject,
        };
    }
    match d.reason() {
        DisputeReason::PoorQuality | DisputeReason::DoesntWork | DisputeReason::NotAsDescribed => {
            SimReply::Propose(
                DisputeOutcome::PartialRefund,
                Some((d.refundable_cents * 30 / 100).max(1)),
            )
        }
        DisputeReason::WrongSizeColourMaterial => SimReply::Propose(DisputeOutcome::Resend, None),
        DisputeReason::Counterfeit => SimReply::Reject,
        _ => SimReply::Silent,
    }
}

/// Simulated arbitration (demo mode): evidence photos present and the reason one of
/// `not_as_described`, `damaged`, `counterfeit`, `empty_parcel` → full refund
/// (`evidence_supports_claim`); otherwise a partial refund of 50 % of the refundable sum
/// (`partial_evidence`).
pub fn sim_arbitration(d: &DisputeRow) -> (DisputeOutcome, Option<i64>, &'static str) {
    let strong = matches!(
        d.reason(),
        DisputeReason::NotAsDescribed
            | DisputeReason::Damaged
            | DisputeReason::Counterfeit
            | DisputeReason::EmptyParcel
    );
    if strong && !d.evidence().is_empty() {
        (DisputeOutcome::FullRefund, None, "evidence_supports_claim")
    } else {
        (
            DisputeOutcome::PartialRefund,
            Some((d.refundable_cents / 2).max(1)),
            "partial_evidence",
        )
    }
}
