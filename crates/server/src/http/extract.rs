//! Typed extractors of the request headers the state machines and idempotent creations use.
//! The signed-in buyer is [`crate::auth::Buyer`].

use crate::error::{ApiError, ApiResult};
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use std::convert::Infallible;
use storefront_api::reports::{valid_idempotency_key, IDEMPOTENCY_KEY_HEADER};
use storefront_api::{ErrorCode, Problem};

pub use crate::auth::Buyer;

/// `If-Match` as sent (`None` without one). The engine answers 428 without it and 412 when no
/// tag matches ([`crate::domain::engine::check_if_match`]), after its 404.
#[derive(Debug, Default)]
pub struct IfMatch(pub Option<String>);

impl IfMatch {
    pub fn as_deref(&self) -> Option<&str> {
        self.0.as_deref()
    }
}

impl<S: Send + Sync> FromRequestParts<S> for IfMatch {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(IfMatch(
            parts
                .headers
                .get(header::IF_MATCH)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string),
        ))
    }
}

/// The `Idempotency-Key` header: 1–255 visible ASCII characters. Read at extraction and
/// refused (400 `idempotency_key_required`, field `required`/`malformed`) only by
/// [`IdempotencyKey::require`], where each route checks it, so that its refusals keep their
/// documented order (e.g. 404 for another buyer's order first).
#[derive(Debug)]
pub struct IdempotencyKey(Result<String, &'static str>);

impl IdempotencyKey {
    pub fn require(self) -> ApiResult<String> {
        self.0.map_err(|code| {
            ApiError(
                Problem::new(
                    ErrorCode::IdempotencyKeyRequired,
                    "An Idempotency-Key header is required",
                )
                .with_field(IDEMPOTENCY_KEY_HEADER, code),
            )
        })
    }
}

impl<S: Send + Sync> FromRequestParts<S> for IdempotencyKey {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        let key = match parts.headers.get(IDEMPOTENCY_KEY_HEADER) {
            None => Err("required"),
            Some(raw) => match raw.to_str() {
                Ok(k) if valid_idempotency_key(k) => Ok(k.to_string()),
                _ => Err("malformed"),
            },
        };
        Ok(IdempotencyKey(key))
    }
}

/// An earlier answer replayed for a retry with the same key and fields, marked
/// `idempotent-replayed: true`.
pub fn replayed(mut res: Response) -> Response {
    res.headers_mut()
        .insert("idempotent-replayed", HeaderValue::from_static("true"));
    res
}

/// A replayed JSON answer, `200`.
pub fn replayed_json(body: String) -> Response {
    let content_type = [(header::CONTENT_TYPE, "application/json")];
    replayed((StatusCode::OK, content_type, body).into_response())
}

/// 422 `idempotency_key_reused`: the key was used for a different request.
pub fn key_reused() -> ApiError {
    ApiError(
        Problem::new(
            ErrorCode::IdempotencyKeyReused,
            "This Idempotency-Key was used for a different request",
        )
        .with_field(IDEMPOTENCY_KEY_HEADER, "reused"),
    )
}
