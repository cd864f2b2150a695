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

#[cfg(test)]
mod tests {
    use super::*;

    fn dispute(state: &str, reason: &str) -> DisputeRow {
        DisputeRow {
            state: state.to_string(),
            reason: reason.to_string(),
            refundable_cents: 1000,
            ..DisputeRow::default()
        }
    }

    #[test]
    fn the_simulated_seller_answers_by_reason() {
        assert_eq!(
            sim_seller_reply(&dispute("awaiting_seller", "poor_quality")),
            SimReply::Propose(DisputeOutcome::PartialRefund, Some(300))
        );
        assert_eq!(
            sim_seller_reply(&dispute("awaiting_seller", "wrong_size_colour_material")),
            SimReply::Propose(DisputeOutcome::Resend, None)
        );
        assert_eq!(
            sim_seller_reply(&dispute("awaiting_seller", "counterfeit")),
            SimReply::Reject
        );
        assert_eq!(
            sim_seller_reply(&dispute("awaiting_seller", "still_in_transit")),
            SimReply::Silent
        );
        let counter = |cents| DisputeRow {
            prop_outcome: Some("partial_refund".into()),
            prop_cents: Some(cents),
            ..dispute("negotiating", "poor_quality")
        };
        assert_eq!(sim_seller_reply(&counter(500)), SimReply::Accept);
        assert_eq!(sim_seller_reply(&counter(501)), SimReply::Reject);
    }

    #[test]
    fn simulated_arbitration_weighs_reason_and_evidence() {
        let with_photo = DisputeRow {
            evidence:
                r#"[{"file":"0.jpg","content_type":"image/jpeg","bytes":1,"width":1,"height":1}]"#
                    .into(),
            ..dispute("escalated", "damaged")
        };
        assert_eq!(
            sim_arbitration(&with_photo),
            (DisputeOutcome::FullRefund, None, "evidence_supports_claim")
        );
        assert_eq!(
            sim_arbitration(&dispute("escalated", "damaged")),
            (DisputeOutcome::PartialRefund, Some(500), "partial_evidence")
        );
    }
}
