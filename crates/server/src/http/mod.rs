//! The HTTP edge: one module per resource, each with its `router()`; typed extractors
//! ([`extract`]); problem+json errors ([`crate::error::ApiError`], mapped from the domain's
//! errors). Handlers parse and check the request, call [`crate::domain`] (or read through
//! [`crate::store`]) and shape the response.

pub mod account;
pub mod action;
pub mod cart;
pub mod catalog;
pub mod checkout;
pub mod disputes;
pub mod extract;
pub mod images;
pub mod inbox;
pub mod meta;
pub mod operator;
pub mod orders;
pub mod partners;
pub mod payment_provider;
pub mod reports;
pub mod search;
pub mod uploads;
pub mod wishlist;

use crate::domain::engine::Versioned;
use crate::error::ApiError;
use crate::AppState;
use axum::extract::{FromRequestParts, Path, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderValue, StatusCode};
use axum::http::{HeaderMap, Method, Uri};
use axum::response::{IntoResponse, Response};
use axum::Json;
use axum::Router;
use storefront_api::ErrorCode;

/// Every public API route (the operator's are [`operator::router`]).
pub fn api() -> Router<AppState> {
    Router::new()
        .merge(meta::router())
        .merge(catalog::router())
        .merge(search::router())
        .merge(reports::router())
        .merge(images::router())
        .merge(account::router())
        .merge(cart::router())
        .merge(checkout::router())
        .merge(payment_provider::router())
        .merge(orders::router())
        .merge(disputes::router())
}

/// Keyset paging by id, newest first, over rows fetched `limit + 1` at a time: keeps `limit`
/// of them and answers the next page's cursor when there is one.
pub fn next_page<R: crate::store::Stored>(rows: &mut Vec<R>, limit: u32) -> Option<String> {
    if rows.len() <= limit as usize {
        return None;
    }
    rows.truncate(limit as usize);
    let last = rows.last().map(crate::store::Stored::id)?;
    Some(storefront_api::Cursor { key: 0, id: last }.encode())
}

/// A resource changed only with `If-Match` (orders, disputes), with its `ETag`; `no-cache` so
/// the client revalidates.
pub fn versioned_response<T: serde::Serialize + Versioned>(
    value: &T,
    status: StatusCode,
) -> Response {
    let mut res = (status, Json(value)).into_response();
    if let Ok(v) = HeaderValue::from_str(&value.etag()) {
        res.headers_mut().insert(header::ETAG, v);
    }
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    res
}

/// Unknown API paths answer problem+json; everything else is the app (static files, SPA).
pub async fn fallback(
    State(state): State<AppState>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
) -> Response {
    let path = uri.path();
    if path == "/api" || path.starts_with("/api/") {
        return ApiError::route_not_found().into_response();
    }
    if let Some(page) = crate::pages::respond(&state, &method, &uri, &headers).await {
        return page;
    }
    state.files.serve(&method, path, &headers)
}

pub async fn method_not_allowed() -> ApiError {
    ApiError::method_not_allowed()
}

/// Path ids: anything but a positive integer is simply not found.
pub fn path_id(raw: &str) -> Option<i64> {
    raw.parse::<i64>().ok().filter(|id| *id > 0)
}

/// Path captures as text. A capture that is not valid UTF-8 reads as an empty string, which names
/// no resource, so handlers answer their own 404 problem instead of the framework's plain text.
#[derive(Debug, Default)]
pub struct Captures(pub Vec<String>);

impl<S: Send + Sync> FromRequestParts<S> for Captures {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        Ok(
            match Path::<Vec<String>>::from_request_parts(parts, state).await {
                Ok(Path(values)) => Captures(values),
                Err(_) => Captures::default(),
            },
        )
    }
}

impl Captures {
    pub fn get(&self, index: usize) -> &str {
        self.0.get(index).map(String::as_str).unwrap_or("")
    }

    /// The id at `index`, or the `missing` 404 problem when it is not a positive integer.
    pub fn id(&self, index: usize, missing: ErrorCode) -> Result<i64, ApiError> {
        path_id(self.get(index)).ok_or_else(|| ApiError::not_found(missing))
    }
}
