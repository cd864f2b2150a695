//! Operator API (demo mode only, always behind `Authorization: Bearer <operator token>`): arm
//! faults; the simulated clock; make the simulated seller ship or the carrier deliver an order now;
//! change a product's price as its seller would.

use super::orders::order_response;
use super::Captures;
use crate::auth::JsonBody;
use crate::clock::{DAY, HOUR};
use crate::error::{ApiError, ApiResult};
use crate::AppState;
use axum::body::Bytes;
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use sha2::{Digest, Sha256};
use std::sync::Arc;
use storefront_api::orders::Order;
use storefront_api::{
    ClockAdvance, ClockState, ErrorCode, FaultRequest, FaultState, FieldError, Money, PriceChange,
    PriceChanged, Problem,
};

/// The operator API (demo mode): its own routes and the operator's actions on other
/// resources, all behind the operator token.
pub fn router(token: Arc<[u8; 32]>) -> Router<AppState> {
    use super::{disputes, partners, reports};
    Router::new()
        .route("/api/v1/operator/faults", post(set_faults))
        .route("/api/v1/operator/reports", get(reports::list))
        .route("/api/v1/operator/clock", get(clock))
        .route("/api/v1/operator/clock/advance", post(advance_clock))
        .route("/api/v1/operator/orders/{id}/ship", post(ship))
        .route("/api/v1/operator/orders/{id}/deliver", post(deliver))
        .route("/api/v1/operator/products/{id}/price", post(set_price))
        .route(
            "/api/v1/operator/disputes/{id}/seller-reply",
            post(disputes::seller_reply),
        )
        .route(
            "/api/v1/operator/disputes/{id}/arbitrate",
            post(disputes::arbitrate),
        )
        .route(
            "/api/v1/operator/partners/{id}/orders",
            get(partners::orders),
        )
        .route_layer(axum::middleware::from_fn_with_state(token, require_token))
}

pub fn token_digest(token: &str) -> [u8; 32] {
    Sha256::digest(token.as_bytes()).into()
}

/// Compares the bearer token by its SHA-256 (equal-length digests, compared without an early
/// exit); `401 unauthenticated` with `WWW-Authenticate: Bearer` when it is missing or wrong.
pub async fn require_token(
    State(expected): State<Arc<[u8; 32]>>,
    req: Request,
    next: Next,
) -> Response {
    let given = req
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| {
            v.strip_prefix("Bearer ")
                .or_else(|| v.strip_prefix("bearer "))
        })
        .map(|t| token_digest(t.trim()));
    let ok = given.is_some_and(|g| {
        g.iter()
            .zip(expected.iter())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0
    });
    if !ok {
        let mut res = ApiError::new(
            ErrorCode::Unauthenticated,
            "The operator API needs Authorization: Bearer <operator token>",
        )
        .into_response();
        res.headers_mut().insert(
            header::WWW_AUTHENTICATE,
            HeaderValue::from_static("Bearer realm=\"operator\""),
        );
        return res;
    }
    next.run(req).await
}

/// Demo mode only (`--demo`); otherwise this path is `404 route_not_found`. Like every operator
/// route it needs `Authorization: Bearer <operator token>` (`401 unauthenticated` otherwise).
/// The next `count` (at most 1000) requests to any `/api/v1` route except `/operator/*`,
/// `/health`, `/openapi.json` and `/images/*` (so catalogue, search, account and sign-in, cart,
/// checkout, orders, disputes, reports and the test payment provider) answer `500 internal`
/// (`error`) or `200` with `content-type: application/json` and a truncated body (`malformed`);
/// `off` disarms.
#[utoipa::path(post, path = "/api/v1/operator/faults", tag = "operator (demo only)",
    request_body = FaultRequest,
    responses(
        (status = 200, description = "The armed fault", body = FaultState),
        (status = 400, description = "`invalid_parameter`: the body is not a fault request", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`route_not_found` when the server is not in demo mode", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn set_faults(State(s): State<AppState>, body: Bytes) -> ApiResult<Json<FaultState>> {
    let req: FaultRequest = serde_json::from_slice(&body).map_err(|e| {
        let field = if e.to_string().contains("mode") {
            "mode"
        } else {
            "body"
        };
        ApiError::invalid_parameters(vec![FieldError {
            field: field.to_string(),
            code: "malformed".to_string(),
        }])
    })?;
    let state = s.faults.set(req);
    tracing::info!(?state, "operator armed faults");
    Ok(Json(state))
}

fn clock_state(s: &AppState, applied: u32) -> ClockState {
    let now = s.clock.now();
    ClockState {
        now: crate::clock::rfc3339(now),
        now_unix: now,
        offset_seconds: s.clock.offset_seconds(),
        speed: s.clock.speed(),
        applied,
    }
}

/// Demo mode only. The simulated clock of the order timers and simulated sellers/carriers.
#[utoipa::path(get, path = "/api/v1/operator/clock", tag = "operator (demo only)",
    responses(
        (status = 200, description = "The simulated clock", body = ClockState),
        (status = 404, description = "`route_not_found` when the server is not in demo mode", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn clock(State(s): State<AppState>) -> Json<ClockState> {
    Json(clock_state(&s, 0))
}

/// Demo mode only. Moves the simulated clock forward by `days` + `hours` (1 hour – 400 days;
/// the offset is stored, so it survives restarts) and, before answering, applies every order
/// step that became due (shipping, tracking scans, delivery, extension answers, auto-confirm),
/// each at its own scheduled time.
#[utoipa::path(post, path = "/api/v1/operator/clock/advance", tag = "operator (demo only)",
    request_body = ClockAdvance,
    responses(
        (status = 200, description = "The clock after the advance; `applied` = order steps applied", body = ClockState),
        (status = 400, description = "`invalid_parameter`: the body is not a clock advance", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`route_not_found` when the server is not in demo mode", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "`unsupported_media_type`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`: `days` / `hours` out_of_range (0 in total or over 400 days)", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn advance_clock(
    State(s): State<AppState>,
    JsonBody(req): JsonBody<ClockAdvance>,
) -> ApiResult<Json<ClockState>> {
    let seconds = i64::from(req.days) * DAY + i64::from(req.hours) * HOUR;
    if seconds <= 0 || seconds > 400 * DAY {
        return Err(ApiError(
            Problem::new(ErrorCode::ValidationFailed, "Advance by 1 hour to 400 days")
                .with_field("days", "out_of_range")
                .with_field("hours", "out_of_range"),
        ));
    }
    s.clock.advance(&s.pool, seconds).await?;
    let applied = crate::domain::ticker::tick(&s).await?;
    tracing::info!(seconds, applied, "operator advanced the clock");
    Ok(Json(clock_state(&s, applied)))
}

/// Demo mode only. The seller ships a `paid_held` order now (carrier of the order, a tracking
/// number); `409 illegal_transition` in any other state.
#[utoipa::path(post, path = "/api/v1/operator/orders/{id}/ship", tag = "operator (demo only)",
    params(("id" = i64, Path, description = "Order id (any buyer's)")),
    responses(
        (status = 200, description = "The shipped order", body = Order, headers(("ETag" = String, description = "The new ETag"))),
        (status = 404, description = "`order_not_found`; `route_not_found` when the server is not in demo mode", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`illegal_transition`, with the current `order`", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn ship(State(s): State<AppState>, captures: Captures) -> ApiResult<Response> {
    let id = captures.id(0, ErrorCode::OrderNotFound)?;
    let order = crate::domain::orders::operator_step(&s, id, false).await?;
    Ok(order_response(&order))
}

/// Demo mode only. The carrier delivers a `shipped` order now; `409 illegal_transition` in any
/// other state.
#[utoipa::path(post, path = "/api/v1/operator/orders/{id}/deliver", tag = "operator (demo only)",
    params(("id" = i64, Path, description = "Order id (any buyer's)")),
    responses(
        (status = 200, description = "The delivered order", body = Order, headers(("ETag" = String, description = "The new ETag"))),
        (status = 404, description = "`order_not_found`; `route_not_found` when the server is not in demo mode", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`illegal_transition`, with the current `order`", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn deliver(State(s): State<AppState>, captures: Captures) -> ApiResult<Response> {
    let id = captures.id(0, ErrorCode::OrderNotFound)?;
    let order = crate::domain::orders::operator_step(&s, id, true).await?;
    Ok(order_response(&order))
}

/// Demo mode only. The seller changes a product's price: every SKU moves by the same amount so
/// the listed (lowest one-piece) price becomes `price_cents`; a crossed-out price not above it
/// goes. Buyers whose wish list has the product and who saw a higher price (when they added it,
/// or in the last drop they were told of) get one `price_dropped` notification each.
/// Search filters and sorting keep the old price until the server restarts.
#[utoipa::path(post, path = "/api/v1/operator/products/{id}/price", tag = "operator (demo only)",
    params(("id" = i64, Path, description = "Product id")),
    request_body = PriceChange,
    responses(
        (status = 200, description = "The prices before and after; `notified` = buyers told of the drop", body = PriceChanged),
        (status = 400, description = "`invalid_parameter`: the body is not a price change", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`product_not_found`; `route_not_found` when the server is not in demo mode", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "`unsupported_media_type`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`: `price_cents` out_of_range (1 – 100,000,000)", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn set_price(
    State(s): State<AppState>,
    captures: Captures,
    JsonBody(req): JsonBody<PriceChange>,
) -> ApiResult<Json<PriceChanged>> {
    let id = captures.id(0, ErrorCode::ProductNotFound)?;
    let change = crate::domain::prices::change_price(&s, id, req.price_cents).await?;
    tracing::info!(
        product = id,
        before = change.before,
        after = change.after,
        notified = change.notified,
        "operator changed a price"
    );
    Ok(Json(PriceChanged {
        product_id: id,
        price_before: Money::usd(change.before),
        price: Money::usd(change.after),
        notified: change.notified,
    }))
}
