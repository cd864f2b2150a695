//! The buyer's orders: lists with tabs and counts, one order with its timeline, ledger and
//! deadlines, and the buyer's transitions (see [`crate::domain::orders`]).

use super::action::{
    bodiless_action, body_action, Act, OrderActions, OrderBodyActions, OrderReads,
};
use super::versioned_response;
use crate::auth::Buyer;
use crate::domain::orders::{self, Action as BuyerAction};
use crate::error::{ApiError, ApiResult};
use crate::params::{Checker, Params};
use crate::store::{self, orders::OrderRow};
use crate::AppState;
use axum::extract::State;
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::routing;
use axum::Json;
use axum::Router;
use storefront_api::orders::*;
use storefront_api::{ErrorCode, Page, Problem};

/// This resource's routes.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/orders", routing::get(list))
        .route("/api/v1/orders/counts", routing::get(counts))
        .route("/api/v1/orders/{id}", routing::get(get))
        .route(
            "/api/v1/orders/{id}/confirm-receipt",
            routing::post(confirm_receipt),
        )
        .route("/api/v1/orders/{id}/cancel", routing::post(cancel))
        .route(
            "/api/v1/orders/{id}/extension-requests",
            routing::post(request_extension),
        )
        .route("/api/v1/orders/{id}/feedback", routing::post(feedback))
}

fn no_store(mut res: Response) -> Response {
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res
}

/// The buyer's orders, newest first, one cursor page at a time, optionally one tab only.
#[utoipa::path(get, path = "/api/v1/orders", tag = "orders",
    params(
        ("tab" = Option<OrderTab>, Query, description = "Only this tab: `awaiting_payment` (pending_payment), `awaiting_shipment` (paid_held), `shipped`, `awaiting_confirmation` (delivered), `completed` — each without an open dispute — or `in_dispute`; absent: all, cancelled included"),
        ("cursor" = Option<String>, Query, description = "`next_cursor` of the previous page"),
        ("limit" = Option<u32>, Query, description = "1–100, default 24"),
    ),
    responses(
        (status = 200, description = "Own orders, newest first", body = Page<OrderSummary>),
        (status = 400, description = "`invalid_parameter` (`tab` unknown_value, `limit`) / `invalid_cursor`", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn list(State(s): State<AppState>, buyer: Buyer, params: Params) -> ApiResult<Response> {
    let mut check = Checker::default();
    let cursor = check.cursor(&params);
    let limit = check.limit(&params);
    let tab = match params.get("tab") {
        None | Some("") => None,
        Some(raw) => {
            let t = OrderTab::parse(raw);
            if t.is_none() {
                check.fail("tab", "unknown_value");
            }
            t
        }
    };
    check.finish()?;
    let before = cursor.map_or(i64::MAX, |c| c.id);
    let mut conn = s.pool.acquire().await?;
    let mut rows =
        store::orders::page(&mut conn, buyer.id, tab, before, i64::from(limit) + 1).await?;
    let next_cursor = super::next_page(&mut rows, limit);
    let page = Page {
        items: rows.iter().map(OrderRow::summary).collect(),
        next_cursor,
    };
    Ok(no_store(Json(page).into_response()))
}

/// How many of the buyer's orders each tab of `GET /orders?tab=` holds.
#[utoipa::path(get, path = "/api/v1/orders/counts", tag = "orders",
    responses(
        (status = 200, description = "Counts per tab (`all` includes cancelled orders)", body = OrderCounts),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn counts(State(s): State<AppState>, buyer: Buyer) -> ApiResult<Response> {
    let mut conn = s.pool.acquire().await?;
    let (all, tabs) = store::orders::counts(&mut conn, buyer.id).await?;
    let [awaiting_payment, awaiting_shipment, shipped, awaiting_confirmation, completed, in_dispute] =
        tabs;
    let counts = OrderCounts {
        all,
        awaiting_payment,
        awaiting_shipment,
        shipped,
        awaiting_confirmation,
        completed,
        in_dispute,
    };
    Ok(no_store(Json(counts).into_response()))
}

/// The order with its `ETag` header.
pub fn order_response(order: &Order) -> Response {
    versioned_response(order, axum::http::StatusCode::OK)
}

/// One of the buyer's orders, with an `ETag` (`"<id>-<version>"`) for later `If-Match` updates.
#[utoipa::path(get, path = "/api/v1/orders/{id}", tag = "orders", params(OrderReads), responses(
    (status = 200, description = "The order: timeline, hold ledger, deadline, protection, tracking, allowed actions", body = Order, headers(("ETag" = String, description = "Changes with every change of the order"))),
    OrderReads,
))]
pub async fn get(act: Act) -> ApiResult<Response> {
    act.view::<orders::Orders>().await
}

bodiless_action! { orders::Orders, OrderActions, "orders", Order;
    /// Confirms receipt: `shipped`/`delivered` → `completed`; the held money is released to the
    /// seller (once: a second request with the same `ETag` gets `412`). Never while a dispute is open.
    /// Bodiless, but must be sent with `Content-Type: application/json`.
    confirm_receipt, "/api/v1/orders/{id}/confirm-receipt", BuyerAction::ConfirmReceipt,
    "The completed order, hold released",
    "`illegal_transition` (not shipped/delivered, or a dispute is open), with the current `order`"
}

bodiless_action! { orders::Orders, OrderActions, "orders", Order;
    /// Cancels before shipping: `paid_held` → `cancelled`; the hold is refunded in full and the
    /// stock returns. Bodiless, but must be sent with `Content-Type: application/json`.
    cancel, "/api/v1/orders/{id}/cancel", BuyerAction::Cancel, "The cancelled order, hold refunded",
    "`illegal_transition` (e.g. already shipped), with the current `order`"
}

/// An extension request's action: 422 unless `days` is 1–30.
fn extension(body: ExtensionRequestBody) -> ApiResult<BuyerAction> {
    if !(1..=EXTENSION_DAYS_MAX).contains(&body.days) {
        return Err(ApiError(
            Problem::new(ErrorCode::ValidationFailed, "Invalid extension request")
                .with_field("days", "out_of_range"),
        ));
    }
    Ok(BuyerAction::RequestExtension(body.days))
}

body_action! { orders::Orders, OrderBodyActions, "orders", Order;
    /// Asks the seller to extend the protection period by `days` (1–30). The answer arrives later
    /// as an `extension_granted` (the deadline moves) or `extension_refused` event; in demo mode the
    /// simulated seller answers 12 simulated hours later, granting ≤ 15 days once per order.
    request_extension(ExtensionRequestBody) = extension, "/api/v1/orders/{id}/extension-requests", "The order with the pending request",
    409 "`illegal_transition` (not shipped/delivered, a request is pending, protection ended, dispute open), with the current `order`",
    400 "`invalid_parameter`: the body is not an extension request", 422 "`validation_failed`: `days` out_of_range",
}

/// A feedback's action: 422 with every field out of range.
fn feedback_action(body: FeedbackRequest) -> ApiResult<BuyerAction> {
    let errors = validate_feedback(&body);
    if !errors.is_empty() {
        let mut p = Problem::new(ErrorCode::ValidationFailed, "Invalid feedback");
        for (field, code) in errors {
            p = p.with_field(field, code);
        }
        return Err(ApiError(p));
    }
    Ok(BuyerAction::Feedback(body))
}

body_action! { orders::Orders, OrderBodyActions, "orders", Order;
    /// Leaves feedback on a completed order (once): stars 1–5 for item as described,
    /// communication and shipping speed, and a text of up to 2000 characters. The seller's detailed
    /// ratings and positive-feedback share (shown on product and store pages) change at once.
    feedback(FeedbackRequest) = feedback_action, "/api/v1/orders/{id}/feedback", "The order with its feedback",
    409 "`illegal_transition` (not completed, or feedback already left), with the current `order`",
    400 "`invalid_parameter`: the body is not a feedback", 422 "`validation_failed`: `item_as_described`/`communication`/`shipping_speed` out_of_range, `text` too_long",
}
