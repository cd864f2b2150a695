//! RFC 9457 problem details with a stable machine `code` the app localises.

use crate::cart::Quote;
use crate::checkout::DeclineReason;
use crate::disputes::Dispute;
use crate::orders::Order;
use serde::{Deserialize, Serialize};

pub const PROBLEM_CONTENT_TYPE: &str = "application/problem+json";

/// Stable error codes. The app maps each to a Fluent message `error-<code>` (dashes for
/// underscores); unknown codes from a newer server fall back to a generic message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// No API route at this path.
    RouteNotFound,
    CategoryNotFound,
    ProductNotFound,
    SellerNotFound,
    ImageNotFound,
    /// The pagination cursor is not one this server issued.
    InvalidCursor,
    /// A query or body parameter is malformed; see `errors`.
    InvalidParameter,
    MethodNotAllowed,
    /// The request body is well-formed but its fields are invalid; see `errors` (422).
    ValidationFailed,
    /// The body, or one uploaded file, is over its size limit; see `errors` (413).
    PayloadTooLarge,
    /// The body's content type, or an uploaded file's real type, is not accepted; see `errors` (415).
    UnsupportedMediaType,
    /// A creating request came without a valid `Idempotency-Key` header (400).
    IdempotencyKeyRequired,
    /// The `Idempotency-Key` was already used for a different request body (422).
    IdempotencyKeyReused,
    /// An account with this e-mail already exists (409).
    EmailTaken,
    /// Wrong e-mail or password (401); the same answer for an unknown e-mail.
    InvalidCredentials,
    /// Too many failed sign-ins for this e-mail or from this client; wait `Retry-After` seconds (429).
    TooManyAttempts,
    /// Too many requests of this kind from this client (e.g. anonymous reports); wait
    /// `Retry-After` seconds (429).
    RateLimited,
    /// The server is at its limit for this kind of work (password checks, image decoding);
    /// retry after `Retry-After` seconds (503).
    ServerBusy,
    /// The route needs a signed-in buyer (401).
    Unauthenticated,
    AddressNotFound,
    OrderNotFound,
    PaymentNotFound,
    /// The total differs from the one the buyer saw; the problem carries the new `quote` (409).
    PriceChanged,
    /// Some lines are out of stock or over it; field errors `lines/<n>` name them (409).
    OutOfStock,
    /// There is nothing to buy (422).
    CartEmpty,
    /// Some seller cannot ship the lines to the address (409); the problem carries `quote`.
    ShippingUnavailable,
    /// The payment was declined; see `decline_reason` (402). Nothing was charged.
    PaymentDeclined,
    /// The payment is no longer waiting for a confirmation (409).
    PaymentNotPending,
    /// A state change of an order came without `If-Match` (428); read the order, send its `ETag`.
    PreconditionRequired,
    /// The `If-Match` ETag is not the current one (412): the order changed meanwhile; the problem
    /// carries the current `order`; re-read and decide again.
    PreconditionFailed,
    /// The order cannot do this now (409), e.g. confirm a cancelled order, cancel after shipping,
    /// confirm during a dispute; the problem carries the current `order` and its `allowed_actions`.
    IllegalTransition,
    /// Something broke on the server; retrying may help.
    Internal,
    /// No such dispute, or not the buyer's; also for evidence files of others (404).
    DisputeNotFound,
    /// The order line already has an open dispute (409).
    DisputeAlreadyOpen,
    /// The order is not in its dispute window: not shipped yet, completed, cancelled, or the
    /// protection period has ended (409); the problem carries the current `order`.
    DisputeWindowClosed,
    /// No such conversation, or not one of the buyer's (404); also its photos.
    ConversationNotFound,
    /// No such notification, or not the buyer's (404).
    NotificationNotFound,
    /// A code this build does not know (sent by a newer server).
    #[serde(other)]
    Unknown,
}

impl ErrorCode {
    /// Every code a server may send (all but `Unknown`, which only a client makes up).
    pub const ALL: [ErrorCode; 37] = [
        ErrorCode::RouteNotFound,
        ErrorCode::CategoryNotFound,
        ErrorCode::ProductNotFound,
        ErrorCode::SellerNotFound,
        ErrorCode::ImageNotFound,
        ErrorCode::InvalidCursor,
        ErrorCode::InvalidParameter,
        ErrorCode::MethodNotAllowed,
        ErrorCode::ValidationFailed,
        ErrorCode::PayloadTooLarge,
        ErrorCode::UnsupportedMediaType,
        ErrorCode::IdempotencyKeyRequired,
        ErrorCode::IdempotencyKeyReused,
        ErrorCode::EmailTaken,
        ErrorCode::InvalidCredentials,
        ErrorCode::TooManyAttempts,
        ErrorCode::RateLimited,
        ErrorCode::ServerBusy,
        ErrorCode::Unauthenticated,
        ErrorCode::AddressNotFound,
        ErrorCode::OrderNotFound,
        ErrorCode::PaymentNotFound,
        ErrorCode::PriceChanged,
        ErrorCode::OutOfStock,
        ErrorCode::CartEmpty,
        ErrorCode::ShippingUnavailable,
        ErrorCode::PaymentDeclined,
        ErrorCode::PaymentNotPending,
        ErrorCode::PreconditionRequired,
        ErrorCode::PreconditionFailed,
        ErrorCode::IllegalTransition,
        ErrorCode::Internal,
        ErrorCode::DisputeNotFound,
        ErrorCode::DisputeAlreadyOpen,
        ErrorCode::DisputeWindowClosed,
        ErrorCode::ConversationNotFound,
        ErrorCode::NotificationNotFound,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::RouteNotFound => "route_not_found",
            ErrorCode::CategoryNotFound => "category_not_found",
            ErrorCode::ProductNotFound => "product_not_found",
            ErrorCode::SellerNotFound => "seller_not_found",
            ErrorCode::ImageNotFound => "image_not_found",
            ErrorCode::InvalidCursor => "invalid_cursor",
            ErrorCode::InvalidParameter => "invalid_parameter",
            ErrorCode::MethodNotAllowed => "method_not_allowed",
            ErrorCode::ValidationFailed => "validation_failed",
            ErrorCode::PayloadTooLarge => "payload_too_large",
            ErrorCode::UnsupportedMediaType => "unsupported_media_type",
            ErrorCode::IdempotencyKeyRequired => "idempotency_key_required",
            ErrorCode::IdempotencyKeyReused => "idempotency_key_reused",
            ErrorCode::EmailTaken => "email_taken",
            ErrorCode::InvalidCredentials => "invalid_credentials",
            ErrorCode::TooManyAttempts => "too_many_attempts",
            ErrorCode::RateLimited => "rate_limited",
            ErrorCode::ServerBusy => "server_busy",
            ErrorCode::Unauthenticated => "unauthenticated",
            ErrorCode::AddressNotFound => "address_not_found",
            ErrorCode::OrderNotFound => "order_not_found",
            ErrorCode::PaymentNotFound => "payment_not_found",
            ErrorCode::PriceChanged => "price_changed",
            ErrorCode::OutOfStock => "out_of_stock",
            ErrorCode::CartEmpty => "cart_empty",
            ErrorCode::ShippingUnavailable => "shipping_unavailable",
            ErrorCode::PaymentDeclined => "payment_declined",
            ErrorCode::PaymentNotPending => "payment_not_pending",
            ErrorCode::PreconditionRequired => "precondition_required",
            ErrorCode::PreconditionFailed => "precondition_failed",
            ErrorCode::IllegalTransition => "illegal_transition",
            ErrorCode::Internal => "internal",
            ErrorCode::DisputeNotFound => "dispute_not_found",
            ErrorCode::DisputeAlreadyOpen => "dispute_already_open",
            ErrorCode::DisputeWindowClosed => "dispute_window_closed",
            ErrorCode::ConversationNotFound => "conversation_not_found",
            ErrorCode::NotificationNotFound => "notification_not_found",
            ErrorCode::Unknown => "unknown",
        }
    }

    /// The HTTP status a server answers with for this code.
    pub fn status(self) -> u16 {
        match self {
            ErrorCode::RouteNotFound
            | ErrorCode::CategoryNotFound
            | ErrorCode::ProductNotFound
            | ErrorCode::SellerNotFound
            | ErrorCode::ImageNotFound
            | ErrorCode::AddressNotFound
            | ErrorCode::OrderNotFound
            | ErrorCode::PaymentNotFound
            | ErrorCode::DisputeNotFound
            | ErrorCode::ConversationNotFound
            | ErrorCode::NotificationNotFound => 404,
            ErrorCode::InvalidCredentials | ErrorCode::Unauthenticated => 401,
            ErrorCode::PaymentDeclined => 402,
            ErrorCode::EmailTaken
            | ErrorCode::PriceChanged
            | ErrorCode::OutOfStock
            | ErrorCode::ShippingUnavailable
            | ErrorCode::PaymentNotPending
            | ErrorCode::IllegalTransition
            | ErrorCode::DisputeAlreadyOpen
            | ErrorCode::DisputeWindowClosed => 409,
            ErrorCode::PreconditionFailed => 412,
            ErrorCode::PreconditionRequired => 428,
            ErrorCode::TooManyAttempts | ErrorCode::RateLimited => 429,
            ErrorCode::ServerBusy => 503,
            ErrorCode::InvalidCursor
            | ErrorCode::InvalidParameter
            | ErrorCode::IdempotencyKeyRequired => 400,
            ErrorCode::MethodNotAllowed => 405,
            ErrorCode::PayloadTooLarge => 413,
            ErrorCode::UnsupportedMediaType => 415,
            ErrorCode::ValidationFailed
            | ErrorCode::IdempotencyKeyReused
            | ErrorCode::CartEmpty => 422,
            ErrorCode::Internal | ErrorCode::Unknown => 500,
        }
    }

    /// Fluent message id for this code, e.g. `error-invalid-cursor`.
    pub fn message_id(self) -> String {
        format!("error-{}", self.as_str().replace('_', "-"))
    }
}

/// One invalid field of a request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FieldError {
    /// Query parameter or JSON pointer of the body field.
    pub field: String,
    /// Machine code of what is wrong, e.g. `out_of_range`, `required`, `malformed`.
    pub code: String,
}

/// Extension members of a problem (RFC 9457 §3.2); each appears only with the codes named.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProblemExt {
    /// `price_changed`, `out_of_stock`, `shipping_unavailable`: the cart priced now.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(no_recursion))]
    pub quote: Option<Box<Quote>>,
    /// `payment_declined`: the declined payment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_id: Option<String>,
    /// `payment_declined`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decline_reason: Option<DeclineReason>,
    /// `too_many_attempts`, `rate_limited`, `server_busy`: the `Retry-After` value in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retry_after_seconds: Option<u64>,
    /// `precondition_failed`, `illegal_transition`: the order as it is now (its `version` gives
    /// the current `ETag`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(no_recursion))]
    pub order: Option<Box<Order>>,
    /// `precondition_failed`, `illegal_transition` on a dispute: the dispute as it is now (its
    /// `version` gives the current `ETag`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(no_recursion))]
    pub dispute: Option<Box<Dispute>>,
}

/// `application/problem+json` body (RFC 9457).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Problem {
    /// URI reference naming the problem type, `/problems/<code>`.
    #[serde(rename = "type")]
    pub type_uri: String,
    /// Short English summary, for logs and developers; the app shows a localised text instead.
    pub title: String,
    pub status: u16,
    pub code: ErrorCode,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldError>,
    /// Extension members of some codes (serialised beside the standard members; boxed so that
    /// error values stay small).
    #[serde(flatten, default)]
    pub ext: Box<ProblemExt>,
}

impl Problem {
    pub fn new(code: ErrorCode, title: impl Into<String>) -> Self {
        Problem {
            type_uri: format!("/problems/{}", code.as_str()),
            title: title.into(),
            status: code.status(),
            code,
            detail: None,
            errors: Vec::new(),
            ext: Box::default(),
        }
    }

    pub fn with_detail(mut self, detail: impl Into<String>) -> Self {
        self.detail = Some(detail.into());
        self
    }

    pub fn with_field(mut self, field: impl Into<String>, code: impl Into<String>) -> Self {
        self.errors.push(FieldError {
            field: field.into(),
            code: code.into(),
        });
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn problem_serialises_per_rfc9457_with_code() {
        let p = Problem::new(ErrorCode::InvalidCursor, "Invalid cursor")
            .with_field("cursor", "malformed");
        let v: serde_json::Value = serde_json::to_value(&p).unwrap();
        assert_eq!(v["type"], "/problems/invalid_cursor");
        assert_eq!(v["status"], 400);
        assert_eq!(v["code"], "invalid_cursor");
        assert_eq!(v["errors"][0]["field"], "cursor");
    }

    #[test]
    fn extension_members_sit_beside_the_standard_ones() {
        let mut p = Problem::new(ErrorCode::PaymentDeclined, "Declined");
        p.ext.payment_id = Some("pay_1".into());
        p.ext.decline_reason = Some(DeclineReason::InsufficientFunds);
        let v: serde_json::Value = serde_json::to_value(&p).unwrap();
        assert_eq!(v["payment_id"], "pay_1");
        assert_eq!(v["decline_reason"], "insufficient_funds");
        assert!(v.get("quote").is_none() && v.get("ext").is_none());
        let back: Problem = serde_json::from_value(v).unwrap();
        assert_eq!(back, p);
        let plain: Problem = serde_json::from_str(
            r#"{"type":"/problems/internal","title":"x","status":500,"code":"internal"}"#,
        )
        .unwrap();
        assert_eq!(*plain.ext, ProblemExt::default());
    }

    #[test]
    fn unknown_codes_from_newer_servers_still_parse() {
        let p: Problem = serde_json::from_str(
            r#"{"type":"/problems/x","title":"x","status":418,"code":"brand_new_code"}"#,
        )
        .unwrap();
        assert_eq!(p.code, ErrorCode::Unknown);
    }

    #[test]
    fn every_code_round_trips_through_its_string() {
        for code in ErrorCode::ALL {
            let json = serde_json::to_string(&code).unwrap();
            assert_eq!(json, format!("\"{}\"", code.as_str()));
            assert_eq!(serde_json::from_str::<ErrorCode>(&json).unwrap(), code);
            assert!((400..600).contains(&code.status()));
        }
        assert_eq!(ErrorCode::ValidationFailed.status(), 422);
        assert_eq!(ErrorCode::PayloadTooLarge.status(), 413);
        assert_eq!(ErrorCode::UnsupportedMediaType.status(), 415);
    }

    #[test]
    fn message_ids_use_dashes() {
        assert_eq!(
            ErrorCode::CategoryNotFound.message_id(),
            "error-category-not-found"
        );
    }
}
