//! The one error type of every API call, [`ApiError`]: no answer, aborted, a non-2xx answer
//! (with its `application/problem+json` body, when the server sent one), or a 2xx answer that
//! is not the promised JSON. Views localise it with [`ApiError::message_id`].

use serde::de::DeserializeOwned;
use serde::Deserialize;
use storefront_api::checkout::DeclineReason;
use storefront_api::{ErrorCode, FieldError};

/// Why a request did not produce the data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ApiError {
    /// The request never got an answer (offline, server down, connection reset).
    Network,
    /// The request was cancelled because nobody waits for it any more.
    Aborted,
    /// A non-2xx answer; `code` is the problem's machine code when the body was problem+json,
    /// `problem` the problem itself (field errors, small members, the body for
    /// [`ApiError::member`]).
    Status {
        status: u16,
        code: Option<ErrorCode>,
        problem: Option<Box<Problem>>,
    },
    /// A 2xx answer whose body is not the JSON the contract promises.
    Malformed,
}

/// The members of a problem+json body every page may need. The heavy extension members (the
/// new quote of `price_changed`, the current order of a `412`) are decoded only where they are
/// used, with [`ApiError::member`]: decoding them here would put their decoders, and those of
/// every type they contain, into the first load of the app instead of the lazy page chunks.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Problem {
    pub code: ErrorCode,
    #[serde(default)]
    pub errors: Vec<FieldError>,
    /// `too_many_attempts`: seconds until the next try is accepted.
    #[serde(default)]
    pub retry_after_seconds: Option<u64>,
    /// `payment_declined`: why the payment was declined.
    #[serde(default)]
    pub decline_reason: Option<DeclineReason>,
    #[serde(default)]
    pub payment_id: Option<String>,
    /// The problem+json body as received, for [`ApiError::member`].
    #[serde(skip)]
    body: Box<str>,
}

impl ApiError {
    /// A non-2xx answer without a problem body (also what a page says for an id it cannot
    /// read: `ApiError::status(404, None)`).
    pub fn status(status: u16, code: Option<ErrorCode>) -> Self {
        ApiError::Status {
            status,
            code,
            problem: None,
        }
    }

    /// Turns a non-2xx exchange into the error, keeping a problem+json body.
    pub fn from_response(status: u16, body: &str) -> Self {
        match serde_json::from_str::<Problem>(body) {
            Ok(mut p) => {
                p.body = body.into();
                ApiError::Status {
                    status,
                    code: Some(p.code),
                    problem: Some(Box::new(p)),
                }
            }
            Err(_) => ApiError::status(status, None),
        }
    }

    /// Fluent id of the message that explains this error to a buyer. Views fall back to
    /// `error-generic` when a newer id has no translation.
    pub fn message_id(&self) -> String {
        match self {
            ApiError::Network | ApiError::Aborted => "error-network".into(),
            ApiError::Malformed => "error-malformed".into(),
            ApiError::Status {
                code: Some(code), ..
            } if *code != ErrorCode::Unknown => code.message_id(),
            ApiError::Status { status: 404, .. } => "error-not-found".into(),
            ApiError::Status { status, .. } if *status >= 500 => "error-server".into(),
            ApiError::Status { .. } => "error-generic".into(),
        }
    }

    /// Whether this is a "does not exist" answer (the page shows a not-found state).
    pub fn is_not_found(&self) -> bool {
        matches!(self, ApiError::Status { status: 404, .. })
    }

    /// The problem's machine code, if the server sent one.
    pub fn code(&self) -> Option<ErrorCode> {
        match self {
            ApiError::Status { code, .. } => *code,
            _ => None,
        }
    }

    /// The problem the server sent with a non-2xx answer.
    pub fn problem(&self) -> Option<&Problem> {
        match self {
            ApiError::Status {
                problem: Some(p), ..
            } => Some(p),
            _ => None,
        }
    }

    /// The problem's field errors (empty when there are none).
    pub fn fields(&self) -> &[FieldError] {
        self.problem().map_or(&[], |p| p.errors.as_slice())
    }

    /// An extension member of the problem (e.g. `quote`, `order`), decoded as `T`; `None` when
    /// it is absent or not a `T`.
    pub fn member<T: DeserializeOwned>(&self, name: &str) -> Option<T> {
        let body = &self.problem()?.body;
        let mut members: serde_json::Map<String, serde_json::Value> =
            serde_json::from_str(body).ok()?;
        serde_json::from_value(members.remove(name)?).ok()
    }
}

/// A finished exchange as data: a 2xx answer's JSON, or the error with its problem.
pub fn decode<T: DeserializeOwned>(status: u16, body: &str) -> Result<T, ApiError> {
    if (200..300).contains(&status) {
        serde_json::from_str(body).map_err(|_| ApiError::Malformed)
    } else {
        Err(ApiError::from_response(status, body))
    }
}

/// How a refused change of a versioned resource (an order, a dispute: sent with `If-Match`)
/// is told to the buyer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal<T> {
    /// `412`: the resource changed since the page read it (the current copy when the server
    /// sent it, else the page re-reads).
    Changed(Option<Box<T>>),
    /// `409` (`illegal_transition`): not possible in the resource's current state.
    NotAllowed(Option<Box<T>>),
    /// Anything else; the request may be retried.
    Failed(ApiError),
}

/// Sorts a failed change into what the page does about it; `member` names the problem's
/// member that carries the current copy (`order`, `dispute`).
pub fn refusal<T: DeserializeOwned>(e: ApiError, member: &str) -> Refusal<T> {
    let current = || e.member::<T>(member).map(Box::new);
    match (&e, e.code()) {
        (_, Some(ErrorCode::PreconditionFailed)) | (ApiError::Status { status: 412, .. }, _) => {
            Refusal::Changed(current())
        }
        (_, Some(ErrorCode::IllegalTransition)) | (ApiError::Status { status: 409, .. }, _) => {
            Refusal::NotAllowed(current())
        }
        _ => Refusal::Failed(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use storefront_api::{Money, Page};

    #[test]
    fn ok_json_decodes() {
        let p: Page<Money> =
            decode(200, r#"{"items":[{"amount":5,"currency":"USD"}]}"#).expect("valid page");
        assert_eq!(p.items, vec![Money::usd(5)]);
        assert_eq!(p.next_cursor, None);
    }

    #[test]
    fn malformed_json_is_a_typed_error() {
        let r: Result<Page<Money>, _> = decode(200, "{not json");
        assert_eq!(r, Err(ApiError::Malformed));
        let r: Result<Page<Money>, _> = decode(200, r#"{"items":"nope"}"#);
        assert_eq!(r, Err(ApiError::Malformed));
        assert_eq!(decode::<Money>(201, "[]"), Err(ApiError::Malformed));
    }

    #[test]
    fn problem_json_carries_its_code() {
        let body = r#"{"type":"/problems/product_not_found","title":"x","status":404,"code":"product_not_found"}"#;
        let err = decode::<Money>(404, body).expect_err("404");
        assert_eq!(err.message_id(), "error-product-not-found");
        assert_eq!(err.code(), Some(ErrorCode::ProductNotFound));
        assert!(err.is_not_found());
    }

    #[test]
    fn non_problem_errors_map_by_status() {
        let r: Result<Money, _> = decode(502, "<html>Bad gateway</html>");
        assert_eq!(r.expect_err("502").message_id(), "error-server");
        let r: Result<Money, _> = decode(404, "");
        assert_eq!(r.expect_err("404"), ApiError::status(404, None));
        assert_eq!(ApiError::status(404, None).message_id(), "error-not-found");
        let r: Result<Money, _> = decode(418, "");
        assert_eq!(r.expect_err("418").message_id(), "error-generic");
    }

    #[test]
    fn failures_keep_their_field_errors() {
        let body = r#"{"type":"/x","title":"x","status":422,"code":"validation_failed","errors":[{"field":"details","code":"too_short"}]}"#;
        let err = ApiError::from_response(422, body);
        assert_eq!(err.message_id(), "error-validation-failed");
        let fields = err.fields();
        assert_eq!(fields.len(), 1);
        assert_eq!(
            (fields[0].field.as_str(), fields[0].code.as_str()),
            ("details", "too_short")
        );
        let err = ApiError::from_response(502, "<html>");
        assert_eq!(err.message_id(), "error-server");
        assert!(err.fields().is_empty());
        assert!(err.problem().is_none());
        assert!(ApiError::Network.fields().is_empty());
    }

    #[test]
    fn too_many_attempts_keeps_its_wait() {
        let body = r#"{"type":"/problems/too_many_attempts","title":"x","status":429,"code":"too_many_attempts","retry_after_seconds":30}"#;
        let e = decode::<Money>(429, body).expect_err("429");
        assert_eq!(e.code(), Some(ErrorCode::TooManyAttempts));
        assert_eq!(e.message_id(), "error-too-many-attempts");
        assert_eq!(e.problem().and_then(|p| p.retry_after_seconds), Some(30));
    }

    #[test]
    fn problem_members_decode_on_demand() {
        let body = r#"{"type":"/x","title":"x","status":402,"code":"payment_declined","decline_reason":"insufficient_funds","amount":{"amount":5,"currency":"USD"}}"#;
        let e = ApiError::from_response(402, body);
        assert_eq!(
            e.problem().and_then(|p| p.decline_reason),
            Some(DeclineReason::InsufficientFunds)
        );
        assert_eq!(e.member::<Money>("amount"), Some(Money::usd(5)));
        assert_eq!(e.member::<Money>("missing"), None);
        assert_eq!(e.member::<Money>("code"), None, "a member of another shape");
        assert_eq!(
            ApiError::from_response(500, "<html>").member::<Money>("amount"),
            None
        );
    }

    #[test]
    fn unknown_codes_use_status_mapping() {
        let body = r#"{"type":"/x","title":"x","status":500,"code":"brand_new"}"#;
        let r: Result<Money, _> = decode(500, body);
        assert_eq!(r.expect_err("500").message_id(), "error-server");
        assert_eq!(ApiError::Network.message_id(), "error-network");
        assert_eq!(ApiError::Malformed.message_id(), "error-malformed");
    }

    #[test]
    fn refusals_sort_by_code() {
        let stale = ApiError::from_response(
            412,
            r#"{"type":"/p","title":"x","status":412,"code":"precondition_failed","current":{"amount":5,"currency":"USD"}}"#,
        );
        assert_eq!(
            refusal::<Money>(stale, "current"),
            Refusal::Changed(Some(Box::new(Money::usd(5))))
        );
        let illegal = ApiError::from_response(
            409,
            r#"{"type":"/p","title":"x","status":409,"code":"illegal_transition"}"#,
        );
        assert_eq!(refusal::<Money>(illegal, "x"), Refusal::NotAllowed(None));
        assert_eq!(
            refusal::<Money>(ApiError::Network, "x"),
            Refusal::Failed(ApiError::Network)
        );
        assert_eq!(
            refusal::<Money>(ApiError::from_response(412, ""), "x"),
            Refusal::Changed(None)
        );
        assert_eq!(
            refusal::<Money>(ApiError::from_response(503, ""), "x"),
            Refusal::Failed(ApiError::status(503, None))
        );
    }
}
