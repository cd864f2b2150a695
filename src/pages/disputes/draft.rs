//! The opening form's draft (kept in `localStorage` per order as the buyer types) and the
//! form's checks, which follow the server's rules.

use crate::hooks::LocalDraft;
use serde::{Deserialize, Serialize};
use storefront_api::disputes::{
    DisputeOutcome, DisputeReason, DISPUTE_DESCRIPTION_MAX_CHARS, DISPUTE_DESCRIPTION_MIN_CHARS,
    DISPUTE_ERR_MALFORMED, DISPUTE_ERR_OUT_OF_RANGE, DISPUTE_ERR_PHOTOS_REQUIRED,
    DISPUTE_ERR_REQUIRED, DISPUTE_ERR_TOO_LONG, DISPUTE_ERR_TOO_MANY_FILES, DISPUTE_ERR_TOO_SHORT,
    DISPUTE_MAX_PHOTOS, FIELD_AMOUNT, FIELD_DESCRIPTION, FIELD_LINE_ID, FIELD_OUTCOME,
    FIELD_PHOTOS, FIELD_REASON, FIELD_RECEIVED,
};
use storefront_api::FieldError;

pub fn draft_key(order_id: i64) -> String {
    format!("storefront.dispute.{order_id}")
}

/// What the buyer entered (text only; photos stay in memory), plus the idempotency key and the
/// fingerprint of what was last sent with it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Draft {
    pub line: String,
    /// `true`, `false` or empty.
    pub received: String,
    pub reason: String,
    pub outcome: String,
    /// As typed, in major units of the charge currency.
    pub amount: String,
    pub description: String,
    pub key: String,
    pub sent: String,
}

impl LocalDraft for Draft {
    /// Something was entered, or a key is waiting for a retry.
    fn keep(&self) -> bool {
        !self.is_blank() || !self.key.is_empty()
    }
}

impl Draft {
    /// Whether nothing was entered.
    pub fn is_blank(&self) -> bool {
        let Draft { key, sent, .. } = self;
        let text = Draft {
            key: key.clone(),
            sent: sent.clone(),
            ..Draft::default()
        };
        *self == text
    }
}

/// Minor units of a typed amount (`12`, `12.5`, `12,50`) for a currency with `digits` minor
/// digits; `None` when it is not a plain positive-or-zero number with at most `digits`
/// decimals.
pub fn parse_amount(text: &str, digits: u32) -> Option<i64> {
    let t = text.trim().replace(',', ".");
    if t.is_empty() {
        return None;
    }
    let (whole, frac) = match t.split_once('.') {
        Some((w, f)) => (w, f),
        None => (t.as_str(), ""),
    };
    if whole.is_empty() && frac.is_empty()
        || !whole.bytes().all(|b| b.is_ascii_digit())
        || !frac.bytes().all(|b| b.is_ascii_digit())
        || frac.len() > digits as usize
        || whole.len() > 12
    {
        return None;
    }
    let whole: i64 = if whole.is_empty() {
        0
    } else {
        whole.parse().ok()?
    };
    let mut frac_units: i64 = 0;
    for i in 0..digits as usize {
        let d = frac.as_bytes().get(i).map_or(0, |b| i64::from(b - b'0'));
        frac_units = frac_units * 10 + d;
    }
    whole
        .checked_mul(10_i64.pow(digits))?
        .checked_add(frac_units)
}

/// The amount's error code, if any: `required`, `malformed` or `out_of_range`
/// (`0 < amount < refundable`).
pub fn amount_error(text: &str, digits: u32, refundable: i64) -> Option<&'static str> {
    if text.trim().is_empty() {
        return Some(DISPUTE_ERR_REQUIRED);
    }
    match parse_amount(text, digits) {
        None => Some(DISPUTE_ERR_MALFORMED),
        Some(a) if a <= 0 || a >= refundable => Some(DISPUTE_ERR_OUT_OF_RANGE),
        Some(_) => None,
    }
}

fn description_error(text: &str) -> Option<&'static str> {
    let n = text.trim().chars().count();
    if n == 0 {
        Some(DISPUTE_ERR_REQUIRED)
    } else if n < DISPUTE_DESCRIPTION_MIN_CHARS {
        Some(DISPUTE_ERR_TOO_SHORT)
    } else if n > DISPUTE_DESCRIPTION_MAX_CHARS {
        Some(DISPUTE_ERR_TOO_LONG)
    } else {
        None
    }
}

/// Every field error of the draft with `photos` photos, as the server would find them
/// (refundable in minor units, `digits` of the charge currency).
pub fn check(d: &Draft, photos: usize, refundable: i64, digits: u32) -> Vec<FieldError> {
    let mut errors = Vec::new();
    let mut push = |field: &str, code: &str| {
        errors.push(FieldError {
            field: field.to_string(),
            code: code.to_string(),
        })
    };
    if d.line.parse::<i64>().map_or(true, |n| n <= 0) {
        push(FIELD_LINE_ID, DISPUTE_ERR_REQUIRED);
    }
    let received = match d.received.as_str() {
        "true" => Some(true),
        "false" => Some(false),
        _ => None,
    };
    if received.is_none() {
        push(FIELD_RECEIVED, DISPUTE_ERR_REQUIRED);
    }
    let reason = DisputeReason::parse(&d.reason)
        .filter(|r| received.is_some_and(|rc| r.for_received() == rc));
    if reason.is_none() {
        push(FIELD_REASON, DISPUTE_ERR_REQUIRED);
    }
    let outcome = DisputeOutcome::parse(&d.outcome).filter(|o| DisputeOutcome::BUYER.contains(o));
    if outcome.is_none() {
        push(FIELD_OUTCOME, DISPUTE_ERR_REQUIRED);
    }
    if outcome == Some(DisputeOutcome::PartialRefund) {
        if let Some(code) = amount_error(&d.amount, digits, refundable) {
            push(FIELD_AMOUNT, code);
        }
    }
    if let Some(code) = description_error(&d.description) {
        push(FIELD_DESCRIPTION, code);
    }
    if reason.is_some_and(DisputeReason::photos_required) && photos == 0 {
        push(FIELD_PHOTOS, DISPUTE_ERR_PHOTOS_REQUIRED);
    }
    if photos > DISPUTE_MAX_PHOTOS {
        push(FIELD_PHOTOS, DISPUTE_ERR_TOO_MANY_FILES);
    }
    errors
}

/// Fluent id of the message for a field error.
pub fn field_message(field: &str, code: &str) -> &'static str {
    use storefront_api::disputes::{
        DISPUTE_ERR_PAYLOAD_TOO_LARGE, DISPUTE_ERR_UNDECODABLE, DISPUTE_ERR_UNSUPPORTED_MEDIA_TYPE,
    };
    match (field, code) {
        (FIELD_LINE_ID, _) => "dispute-error-line",
        (FIELD_RECEIVED, _) => "dispute-error-received",
        (FIELD_REASON, _) => "dispute-error-reason",
        (FIELD_OUTCOME, _) => "dispute-error-outcome",
        (FIELD_AMOUNT, DISPUTE_ERR_OUT_OF_RANGE) => "dispute-error-amount-range",
        (FIELD_AMOUNT, _) => "dispute-error-amount",
        (FIELD_DESCRIPTION, DISPUTE_ERR_TOO_SHORT) => "dispute-error-description-short",
        (FIELD_DESCRIPTION, DISPUTE_ERR_TOO_LONG) => "dispute-error-description-long",
        (FIELD_DESCRIPTION, _) => "dispute-error-description",
        (FIELD_PHOTOS, DISPUTE_ERR_TOO_MANY_FILES) => "dispute-error-photos-count",
        (FIELD_PHOTOS, _) => "dispute-error-photos-required",
        (_, DISPUTE_ERR_PAYLOAD_TOO_LARGE) => "dispute-error-file-large",
        (_, DISPUTE_ERR_UNSUPPORTED_MEDIA_TYPE) => "dispute-error-file-type",
        (_, DISPUTE_ERR_UNDECODABLE) => "dispute-error-file-broken",
        (_, "network") => "dispute-error-file-network",
        _ => "dispute-error-field",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(e: Vec<FieldError>) -> Vec<String> {
        e.into_iter()
            .map(|f| format!("{}:{}", f.field, f.code))
            .collect()
    }

    #[test]
    fn drafts_round_trip_and_survive_garbage() {
        let d = Draft {
            reason: "damaged".into(),
            description: "a\nb \"c\"".into(),
            key: "k".into(),
            ..Draft::default()
        };
        assert_eq!(Draft::decode(&d.encode()), d);
        assert_eq!(Draft::decode("nonsense"), Draft::default());
        assert!(!d.is_blank());
        assert!(Draft {
            key: "k".into(),
            ..Draft::default()
        }
        .is_blank());
    }

    #[test]
    fn amounts_parse_in_minor_units() {
        assert_eq!(parse_amount("12", 2), Some(1200));
        assert_eq!(parse_amount("12.5", 2), Some(1250));
        assert_eq!(parse_amount(" 12,05 ", 2), Some(1205));
        assert_eq!(parse_amount(".5", 2), Some(50));
        assert_eq!(parse_amount("12.345", 2), None);
        assert_eq!(parse_amount("12.3", 0), None);
        assert_eq!(parse_amount("-1", 2), None);
        assert_eq!(parse_amount("1e3", 2), None);
        assert_eq!(parse_amount(".", 2), None);
        assert_eq!(amount_error("", 2, 1000), Some("required"));
        assert_eq!(amount_error("0", 2, 1000), Some("out_of_range"));
        assert_eq!(amount_error("10", 2, 1000), Some("out_of_range"));
        assert_eq!(amount_error("9.99", 2, 1000), None);
        assert_eq!(amount_error("abc", 2, 1000), Some("malformed"));
    }

    #[test]
    fn checks_follow_the_server() {
        assert_eq!(
            codes(check(&Draft::default(), 0, 1000, 2)),
            [
                "line_id:required",
                "received:required",
                "reason:required",
                "outcome:required",
                "description:required"
            ]
        );
        let mut d = Draft {
            line: "1".into(),
            received: "true".into(),
            reason: "damaged".into(),
            outcome: "partial_refund".into(),
            amount: "20".into(),
            description: "short".into(),
            ..Draft::default()
        };
        assert_eq!(
            codes(check(&d, 0, 1000, 2)),
            [
                "amount:out_of_range",
                "description:too_short",
                "photos:photos_required"
            ]
        );
        d.amount = "5".into();
        d.description = "The glass arrived cracked in two places.".into();
        assert!(check(&d, 1, 1000, 2).is_empty());
        // A reason that does not fit the answer.
        d.received = "false".into();
        assert_eq!(codes(check(&d, 1, 1000, 2)), ["reason:required"]);
    }

    #[test]
    fn every_error_has_a_message() {
        assert_eq!(
            field_message("photos[1]", "unsupported_media_type"),
            "dispute-error-file-type"
        );
        assert_eq!(
            field_message("photos[0]", "payload_too_large"),
            "dispute-error-file-large"
        );
        assert_eq!(
            field_message("amount", "out_of_range"),
            "dispute-error-amount-range"
        );
        assert_eq!(field_message("body", "unexpected"), "dispute-error-field");
    }
}
