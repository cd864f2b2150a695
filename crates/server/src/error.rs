//! One error type for every API handler, answered as `application/problem+json`.

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use storefront_api::{ErrorCode, Problem, PROBLEM_CONTENT_TYPE};

#[derive(Debug)]
pub struct ApiError(pub Problem);

pub type ApiResult<T> = Result<T, ApiError>;

impl ApiError {
    pub fn new(code: ErrorCode, title: &str) -> Self {
        ApiError(Problem::new(code, title))
    }

    pub fn not_found(code: ErrorCode) -> Self {
        let title = match code {
            ErrorCode::CategoryNotFound => "Category not found",
            ErrorCode::ProductNotFound => "Product not found",
            ErrorCode::SellerNotFound => "Seller not found",
            ErrorCode::ImageNotFound => "Image not found",
            _ => "Not found",
        };
        ApiError::new(code, title)
    }

    pub fn route_not_found() -> Self {
        ApiError::new(ErrorCode::RouteNotFound, "No API route at this path")
    }

    pub fn method_not_allowed() -> Self {
        ApiError::new(
            ErrorCode::MethodNotAllowed,
            "Method not allowed on this route",
        )
    }

    pub fn invalid_parameters(errors: Vec<storefront_api::FieldError>) -> Self {
        let mut p = Problem::new(ErrorCode::InvalidParameter, "Invalid request parameters");
        p.errors = errors;
        ApiError(p)
    }

    /// A server-side failure: the detail is logged, never sent.
    pub fn internal(detail: impl std::fmt::Display) -> Self {
        tracing::error!(%detail, "internal error");
        ApiError::new(ErrorCode::Internal, "Internal server error")
    }
}

impl From<sqlx::Error> for ApiError {
    fn from(e: sqlx::Error) -> Self {
        ApiError::internal(format_args!("database: {e}"))
    }
}

/// The HTTP edge of the domain: refusals are sent as they are, failures logged and answered 500.
impl From<crate::domain::Error> for ApiError {
    fn from(e: crate::domain::Error) -> Self {
        match e {
            crate::domain::Error::Refused(p) => ApiError(p),
            crate::domain::Error::Internal(detail) => ApiError::internal(detail),
        }
    }
}

impl From<serde_json::Error> for ApiError {
    fn from(e: serde_json::Error) -> Self {
        ApiError::internal(format_args!("stored JSON: {e}"))
    }
}

/// Serialises a problem with its status and content type.
pub fn problem_response(problem: &Problem) -> Response {
    let status = StatusCode::from_u16(problem.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let body = serde_json::to_vec(problem).unwrap_or_else(|_| {
        br#"{"type":"/problems/internal","title":"Internal server error","status":500,"code":"internal"}"#
            .to_vec()
    });
    let mut res = (status, body).into_response();
    res.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(PROBLEM_CONTENT_TYPE),
    );
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    // 429 / 503 problems say how long to wait in the header too.
    if let Some(secs) = problem.ext.retry_after_seconds {
        if let Ok(v) = HeaderValue::from_str(&secs.to_string()) {
            res.headers_mut().insert(header::RETRY_AFTER, v);
        }
    }
    res
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        problem_response(&self.0)
    }
}
