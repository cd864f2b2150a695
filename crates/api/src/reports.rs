//! Counterfeit / IP-infringement reports about a listing: `POST /api/v1/products/{id}/reports`.
//!
//! The body is `multipart/form-data` with the text fields [`FIELD_REASON`], [`FIELD_DETAILS`],
//! optional [`FIELD_CONTACT_EMAIL`] and 0–[`REPORT_MAX_EVIDENCE`] files named [`FIELD_EVIDENCE`];
//! the request needs an [`IDEMPOTENCY_KEY_HEADER`]. A retry with the same key and the same body
//! answers `200` with the first `201`'s [`ReportCreated`]; the same key with another body is
//! `422 idempotency_key_reused`. Field errors name the form field (`evidence[0]` for the first
//! file) with one of the `REPORT_ERR_*` codes.

use crate::error::FieldError;
use serde::{Deserialize, Serialize};

/// Why the buyer reports the listing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ReportReason {
    /// The item is a fake of a branded product.
    Counterfeit,
    /// The listing uses a trademark (brand name, logo) without right.
    IpInfringementTrademark,
    /// The listing copies protected photos, text or designs.
    IpInfringementCopyright,
    /// The item may not be sold here (weapons, drugs, …).
    ProhibitedItem,
    /// Title, photos or description do not match the item.
    MisleadingListing,
    Other,
}

impl ReportReason {
    pub const ALL: [ReportReason; 6] = [
        ReportReason::Counterfeit,
        ReportReason::IpInfringementTrademark,
        ReportReason::IpInfringementCopyright,
        ReportReason::ProhibitedItem,
        ReportReason::MisleadingListing,
        ReportReason::Other,
    ];

    /// The wire value, also the form value of the `reason` field.
    pub fn as_str(self) -> &'static str {
        match self {
            ReportReason::Counterfeit => "counterfeit",
            ReportReason::IpInfringementTrademark => "ip_infringement_trademark",
            ReportReason::IpInfringementCopyright => "ip_infringement_copyright",
            ReportReason::ProhibitedItem => "prohibited_item",
            ReportReason::MisleadingListing => "misleading_listing",
            ReportReason::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Option<ReportReason> {
        ReportReason::ALL.into_iter().find(|r| r.as_str() == s)
    }

    /// Fluent message id of the reason's label, e.g. `report-reason-ip-infringement-trademark`.
    pub fn message_id(self) -> String {
        format!("report-reason-{}", self.as_str().replace('_', "-"))
    }
}

/// Where a report is in the platform's review. This issue only ever answers `received`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ReportStatus {
    Received,
    /// A status this build does not know (sent by a newer server).
    #[serde(other)]
    Unknown,
}

/// Answer of `POST /api/v1/products/{id}/reports` (`201`, and `200` for an idempotent retry).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReportCreated {
    pub id: i64,
    pub status: ReportStatus,
    /// RFC 3339 UTC timestamp, e.g. `2025-01-31T12:00:00Z`.
    pub created_at: String,
}

/// One stored evidence image (operator listing only; never served to the public).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StoredEvidence {
    /// Media type of the re-encoded file: `image/jpeg`, `image/png` or `image/webp`.
    pub content_type: String,
    pub bytes: u64,
    pub width: u32,
    pub height: u32,
}

/// A report as the operator sees it (`GET /api/v1/operator/reports`, demo mode only).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OperatorReport {
    pub id: i64,
    pub product_id: i64,
    pub reason: ReportReason,
    pub details: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact_email: Option<String>,
    pub evidence: Vec<StoredEvidence>,
    pub status: ReportStatus,
    pub created_at: String,
}

/// Request header every creating request carries; a retry sends the same value.
pub const IDEMPOTENCY_KEY_HEADER: &str = "Idempotency-Key";
/// Idempotency keys are 1–255 visible ASCII characters (a UUID is typical).
pub const IDEMPOTENCY_KEY_MAX_LEN: usize = 255;

pub const FIELD_REASON: &str = "reason";
pub const FIELD_DETAILS: &str = "details";
pub const FIELD_CONTACT_EMAIL: &str = "contact_email";
/// Name of every file part; field errors name the n-th file `evidence[n]` (from 0).
pub const FIELD_EVIDENCE: &str = "evidence";

/// `details` length in characters (Unicode scalar values) after trimming.
pub const REPORT_DETAILS_MIN_CHARS: usize = 20;
pub const REPORT_DETAILS_MAX_CHARS: usize = 2000;
pub const REPORT_CONTACT_EMAIL_MAX_CHARS: usize = 254;
pub const REPORT_MAX_EVIDENCE: usize = 3;
/// Per file, as uploaded.
pub const REPORT_MAX_EVIDENCE_BYTES: usize = 5 * 1024 * 1024;
/// Images larger than this in either dimension are refused (`too_large`).
pub const REPORT_MAX_EVIDENCE_PIXELS_SIDE: u32 = 8192;
/// Most pixels of one uploaded image (reports and dispute photos): a phone photo's 24 MP.
pub const MAX_UPLOAD_PIXELS: u64 = 24_000_000;
/// Largest stored (re-encoded) image: 4 × the upload, at least 1 MiB, at most 10 MiB; a file
/// whose re-encoding would be larger is refused (`too_large`).
pub fn max_stored_bytes(uploaded: usize) -> usize {
    (uploaded.saturating_mul(4)).clamp(1024 * 1024, 10 * 1024 * 1024)
}
/// Accepted evidence types, judged by the file's content (magic bytes), not its name.
pub const REPORT_EVIDENCE_TYPES: [&str; 3] = ["image/jpeg", "image/png", "image/webp"];

/// Field error codes of the report form.
pub const REPORT_ERR_REQUIRED: &str = "required";
pub const REPORT_ERR_TOO_SHORT: &str = "too_short";
pub const REPORT_ERR_TOO_LONG: &str = "too_long";
/// `reason` is not one of [`ReportReason::ALL`].
pub const REPORT_ERR_UNKNOWN_VALUE: &str = "unknown_value";
/// `contact_email` is not an address; an `Idempotency-Key` has bad characters.
pub const REPORT_ERR_MALFORMED: &str = "malformed";
/// More than [`REPORT_MAX_EVIDENCE`] files (field `evidence`).
pub const REPORT_ERR_TOO_MANY: &str = "too_many";
/// A file over [`REPORT_MAX_EVIDENCE_BYTES`] or [`REPORT_MAX_EVIDENCE_PIXELS_SIDE`].
pub const REPORT_ERR_TOO_LARGE: &str = "too_large";
/// A file whose content is not JPEG, PNG or WebP.
pub const REPORT_ERR_UNSUPPORTED_TYPE: &str = "unsupported_type";
/// A JPEG/PNG/WebP file that does not decode.
pub const REPORT_ERR_UNDECODABLE: &str = "undecodable";
/// A form field the server does not know, or a text field sent twice.
pub const REPORT_ERR_UNEXPECTED: &str = "unexpected";

/// Checks the text fields as the server does (the app may call it before sending).
/// `details` is trimmed before counting; an empty `contact_email` counts as absent.
pub fn validate_report_text(
    reason: Option<&str>,
    details: Option<&str>,
    contact_email: Option<&str>,
) -> Vec<FieldError> {
    let mut errors = Vec::new();
    let mut push = |field: &str, code: &str| {
        errors.push(FieldError {
            field: field.to_string(),
            code: code.to_string(),
        })
    };
    match reason.map(str::trim) {
        None | Some("") => push(FIELD_REASON, REPORT_ERR_REQUIRED),
        Some(r) if ReportReason::parse(r).is_none() => push(FIELD_REASON, REPORT_ERR_UNKNOWN_VALUE),
        Some(_) => {}
    }
    match details.map(str::trim) {
        None | Some("") => push(FIELD_DETAILS, REPORT_ERR_REQUIRED),
        Some(d) => {
            let n = d.chars().count();
            if let Some(code) = crate::text::check(d, true) {
                push(FIELD_DETAILS, code);
            } else if n < REPORT_DETAILS_MIN_CHARS {
                push(FIELD_DETAILS, REPORT_ERR_TOO_SHORT);
            } else if n > REPORT_DETAILS_MAX_CHARS {
                push(FIELD_DETAILS, REPORT_ERR_TOO_LONG);
            }
        }
    }
    if let Some(e) = contact_email.map(str::trim).filter(|e| !e.is_empty()) {
        if e.chars().count() > REPORT_CONTACT_EMAIL_MAX_CHARS {
            push(FIELD_CONTACT_EMAIL, REPORT_ERR_TOO_LONG);
        } else if !plausible_email(e) {
            push(FIELD_CONTACT_EMAIL, REPORT_ERR_MALFORMED);
        }
    }
    errors
}

/// `local@domain.tld`-shaped, no spaces or control characters. Deliverability is not checked.
pub fn plausible_email(e: &str) -> bool {
    let Some((local, domain)) = e.rsplit_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.is_empty()
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && domain.contains('.')
        && !e.chars().any(|c| c.is_whitespace() || c.is_control())
        && !domain.contains('@')
}

/// An `Idempotency-Key` value is acceptable: 1–255 visible ASCII characters.
pub fn valid_idempotency_key(key: &str) -> bool {
    !key.is_empty()
        && key.len() <= IDEMPOTENCY_KEY_MAX_LEN
        && key.bytes().all(|b| b.is_ascii_graphic())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reasons_round_trip() {
        for r in ReportReason::ALL {
            assert_eq!(ReportReason::parse(r.as_str()), Some(r));
            let json = serde_json::to_string(&r).unwrap();
            assert_eq!(json, format!("\"{}\"", r.as_str()));
        }
        assert_eq!(
            ReportReason::IpInfringementTrademark.message_id(),
            "report-reason-ip-infringement-trademark"
        );
        assert_eq!(ReportReason::parse("fake"), None);
    }

    #[test]
    fn text_validation() {
        let ok = "The logo is printed upside down, a fake.";
        assert!(validate_report_text(Some("counterfeit"), Some(ok), None).is_empty());
        assert!(validate_report_text(Some("other"), Some(ok), Some("")).is_empty());
        let e = validate_report_text(None, Some("short"), Some("nope"));
        let got: Vec<_> = e
            .iter()
            .map(|f| (f.field.as_str(), f.code.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("reason", "required"),
                ("details", "too_short"),
                ("contact_email", "malformed")
            ]
        );
        // Characters, not bytes: 20 Cyrillic letters are enough.
        let ru = "подделка".repeat(3);
        assert!(validate_report_text(Some("counterfeit"), Some(&ru), None).is_empty());
        let long = "x".repeat(REPORT_DETAILS_MAX_CHARS + 1);
        assert_eq!(
            validate_report_text(Some("bogus"), Some(&long), Some("a@b.co"))
                .iter()
                .map(|f| f.code.as_str())
                .collect::<Vec<_>>(),
            ["unknown_value", "too_long"]
        );
    }

    #[test]
    fn keys_and_emails() {
        assert!(valid_idempotency_key("9f1c-ab"));
        assert!(!valid_idempotency_key(""));
        assert!(!valid_idempotency_key("has space"));
        assert!(!valid_idempotency_key(&"k".repeat(256)));
        assert!(plausible_email("buyer@example.com"));
        assert!(!plausible_email("buyer@localhost"));
        assert!(!plausible_email("a b@example.com"));
        assert!(!plausible_email("@example.com"));
    }

    #[test]
    fn status_tolerates_newer_values() {
        let s: ReportStatus = serde_json::from_str("\"escalated\"").unwrap();
        assert_eq!(s, ReportStatus::Unknown);
    }
}
