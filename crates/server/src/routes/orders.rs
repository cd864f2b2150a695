//! The buyer's orders: lists with tabs and counts, one order with its timeline, ledger and
//! deadlines, and the buyer's transitions (see [`crate::lifecycle`]).

use super::Captures;
use crate::auth::{require_json, Buyer, JsonBody};
use crate::error::{ApiError, ApiResult};
use crate::lifecycle::{self, BuyerAction};
use crate::params::{Checker, Params};
use crate::AppState;
use axum::extract::State;
use axum::http::{header, HeaderMap, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::Json;
use sqlx::SqliteConnection;
use storefront_api::account::Address;
use storefront_api::orders::*;
use storefront_api::{Cursor, ErrorCode, Money, Page, Problem};

pub const ORDER_COLUMNS: &str = "id, payment_id, seller_id, seller_name, state, hold_state, \
    hold_cents, items_cents, shipping_cents, discount_cents, total_cents, item_count, image, \
    shipping, address, lines, placed_at, version, paid_at, shipped_at, delivered_at, \
    completed_at, cancelled_at, dispute_open, carrier_name, tracking_number, transit_days, \
    tracking_sent, protection_days, extended_days, ext_days, ext_state, ext_requested_at, \
    ext_answered_at, paused_secs";

#[derive(Debug, sqlx::FromRow)]
pub struct OrderRow {
    pub id: i64,
    pub payment_id: String,
    pub seller_id: i64,
    pub seller_name: String,
    pub state: String,
    pub hold_state: String,
    pub hold_cents: i64,
    pub items_cents: i64,
    pub shipping_cents: i64,
    pub discount_cents: i64,
    pub total_cents: i64,
    pub item_count: i64,
    pub image: String,
    pub shipping: String,
    pub address: String,
    pub lines: String,
    pub placed_at: String,
    pub version: i64,
    pub paid_at: Option<i64>,
    pub shipped_at: Option<i64>,
    pub delivered_at: Option<i64>,
    pub completed_at: Option<i64>,
    pub cancelled_at: Option<i64>,
    pub dispute_open: bool,
    pub carrier_name: Option<String>,
    pub tracking_number: Option<String>,
    pub transit_days: Option<i64>,
    pub tracking_sent: i64,
    pub protection_days: Option<i64>,
    pub extended_days: i64,
    pub ext_days: Option<i64>,
    pub ext_state: Option<String>,
    pub ext_requested_at: Option<i64>,
    pub ext_answered_at: Option<i64>,
    /// Seconds the timers stood still during disputes.
    pub paused_secs: i64,
}

pub fn order_number(id: i64) -> String {
    format!("SF-{id:06}")
}

impl OrderRow {
    pub fn summary(&self) -> OrderSummary {
        OrderSummary {
            id: self.id,
            number: order_number(self.id),
            seller_id: self.seller_id,
            seller_name: self.seller_name.clone(),
            total: Money::usd(self.total_cents),
            state: OrderState::parse(&self.state),
            hold_state: HoldState::parse(&self.hold_state),
            item_count: self.item_count,
            image: self.image.clone(),
            placed_at: self.placed_at.clone(),
            dispute_open: self.dispute_open,
            deadline: self.deadline(),
        }
    }

    pub fn shipping(&self) -> ApiResult<OrderShipping> {
        Ok(serde_json::from_str(&self.shipping)?)
    }

    /// The stored columns as an order; [`crate::lifecycle::view`] adds the timeline, ledger,
    /// feedback, deadlines and actions.
    pub fn detail(&self) -> ApiResult<Order> {
        let shipping = self.shipping()?;
        let address: Address = serde_json::from_str(&self.address)?;
        let lines: Vec<OrderLine> = serde_json::from_str(&self.lines)?;
        Ok(Order {
            id: self.id,
            number: order_number(self.id),
            seller_id: self.seller_id,
            seller_name: self.seller_name.clone(),
            lines,
            items_total: Money::usd(self.items_cents),
            shipping,
            discount: Money::usd(self.discount_cents),
            total: Money::usd(self.total_cents),
            state: OrderState::parse(&self.state),
            hold: Hold {
                state: HoldState::parse(&self.hold_state),
                amount: Money::usd(self.hold_cents),
                held: Money::usd(self.hold_cents),
                released: Money::usd(0),
                refunded: Money::usd(0),
            },
            address,
            payment_id: self.payment_id.clone(),
            placed_at: self.placed_at.clone(),
            paid_at: None,
            shipped_at: None,
            delivered_at: None,
            completed_at: None,
            cancelled_at: None,
            allowed_actions: Vec::new(),
            pay_again_until: None,
            dispute_open: false,
            deadline: None,
            protection: Protection {
                days: 60,
                extended_days: 0,
                ends_at: None,
                extension: None,
            },
            tracking: None,
            ships_within_days: storefront_api::orders::SHIPS_WITHIN_DAYS,
            estimated_delivery: None,
            timeline: Vec::new(),
            ledger: Vec::new(),
            feedback: None,
            version: self.version,
        })
    }
}

/// Orders of one payment, by id.
pub async fn of_payment(conn: &mut SqliteConnection, payment_id: &str) -> ApiResult<Vec<OrderRow>> {
    Ok(sqlx::query_as(&format!(
        "SELECT {ORDER_COLUMNS} FROM orders WHERE payment_id = ? ORDER BY id"
    ))
    .bind(payment_id)
    .fetch_all(&mut *conn)
    .await?)
}

const TAB_SQL: [(OrderTab, &str); 6] = [
    (
        OrderTab::AwaitingPayment,
        "state = 'pending_payment' AND dispute_open = 0",
    ),
    (
        OrderTab::AwaitingShipment,
        "state = 'paid_held' AND dispute_open = 0",
    ),
    (OrderTab::Shipped, "state = 'shipped' AND dispute_open = 0"),
    (
        OrderTab::AwaitingConfirmation,
        "state = 'delivered' AND dispute_open = 0",
    ),
    (
        OrderTab::Completed,
        "state = 'completed' AND dispute_open = 0",
    ),
    (OrderTab::InDispute, "dispute_open = 1"),
];

fn tab_sql(tab: OrderTab) -> &'static str {
    TAB_SQL
        .iter()
        .find(|(t, _)| *t == tab)
        .map_or("1 = 1", |(_, sql)| sql)
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
    let filter = tab.map_or("1 = 1", tab_sql);
    let mut rows: Vec<OrderRow> = sqlx::query_as(&format!(
        "SELECT {ORDER_COLUMNS} FROM orders WHERE buyer_id = ? AND id < ? AND ({filter}) \
         ORDER BY id DESC LIMIT ?"
    ))
    .bind(buyer.id)
    .bind(before)
    .bind(i64::from(limit) + 1)
    .fetch_all(&s.pool)
    .await?;
    let next_cursor = if rows.len() > limit as usize {
        rows.truncate(limit as usize);
        rows.last().map(|r| Cursor { key: 0, id: r.id }.encode())
    } else {
        None
    };
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
    let sums: Vec<String> = TAB_SQL
        .iter()
        .map(|(_, sql)| format!("COALESCE(SUM(CASE WHEN {sql} THEN 1 ELSE 0 END), 0)"))
        .collect();
    let row: (i64, i64, i64, i64, i64, i64, i64) = sqlx::query_as(&format!(
        "SELECT COUNT(*), {} FROM orders WHERE buyer_id = ?",
        sums.join(", ")
    ))
    .bind(buyer.id)
    .fetch_one(&s.pool)
    .await?;
    let counts = OrderCounts {
        all: row.0,
        awaiting_payment: row.1,
        awaiting_shipment: row.2,
        shipped: row.3,
        awaiting_confirmation: row.4,
        completed: row.5,
        in_dispute: row.6,
    };
    Ok(no_store(Json(counts).into_response()))
}

/// The order with its `ETag` header.
pub fn order_response(order: &Order) -> Response {
    let mut res = Json(order).into_response();
    if let Ok(v) = HeaderValue::from_str(&order.etag()) {
        res.headers_mut().insert(header::ETAG, v);
    }
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    res
}

/// One of the buyer's orders, with an `ETag` (`"<id>-<version>"`) for later `If-Match` updates.
#[utoipa::path(get, path = "/api/v1/orders/{id}", tag = "orders",
    params(("id" = i64, Path, description = "Order id")),
    responses(
        (status = 200, description = "The order: timeline, hold ledger, deadline, protection, tracking, allowed actions", body = Order, headers(("ETag" = String, description = "Changes with every change of the order"))),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`order_not_found` (also another buyer's order)", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn get(
    State(s): State<AppState>,
    buyer: Buyer,
    captures: Captures,
) -> ApiResult<Response> {
    let id = captures.id(0, ErrorCode::OrderNotFound)?;
    let mut conn = s.pool.acquire().await?;
    let row = lifecycle::load(&mut conn, id, Some(buyer.id))
        .await?
        .ok_or_else(|| ApiError::new(ErrorCode::OrderNotFound, "Order not found"))?;
    let order = lifecycle::view(&mut conn, &row, s.clock.now()).await?;
    Ok(order_response(&order))
}

fn if_match(headers: &HeaderMap) -> Option<String> {
    headers
        .get(header::IF_MATCH)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string)
}

async fn act(
    s: &AppState,
    buyer: &Buyer,
    captures: &Captures,
    headers: &HeaderMap,
    action: BuyerAction,
) -> ApiResult<Response> {
    let id = captures.id(0, ErrorCode::OrderNotFound)?;
    let order =
        lifecycle::buyer_action(s, buyer.id, id, if_match(headers).as_deref(), action).await?;
    Ok(order_response(&order))
}

/// Confirms receipt: `shipped`/`delivered` → `completed`; the held money is released to the
/// seller (once: a second request with the same `ETag` gets `412`). Never while a dispute is open.
/// Bodiless, but must be sent with `Content-Type: application/json`.
#[utoipa::path(post, path = "/api/v1/orders/{id}/confirm-receipt", tag = "orders",
    params(
        ("id" = i64, Path, description = "Order id"),
        ("If-Match" = String, Header, description = "The order's current ETag"),
    ),
    responses(
        (status = 200, description = "The completed order, hold released", body = Order, headers(("ETag" = String, description = "The new ETag"))),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`order_not_found` (also another buyer's order)", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`illegal_transition` (not shipped/delivered, or a dispute is open), with the current `order`", body = Problem, content_type = "application/problem+json"),
        (status = 412, description = "`precondition_failed`: stale `If-Match`, with the current `order`", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "`unsupported_media_type`: not sent as application/json", body = Problem, content_type = "application/problem+json"),
        (status = 428, description = "`precondition_required`: no `If-Match`", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn confirm_receipt(
    State(s): State<AppState>,
    buyer: Buyer,
    captures: Captures,
    headers: HeaderMap,
) -> ApiResult<Response> {
    require_json(&headers)?;
    act(&s, &buyer, &captures, &headers, BuyerAction::ConfirmReceipt).await
}

/// Cancels before shipping: `paid_held` → `cancelled`; the hold is refunded in full and the
/// stock returns. Bodiless, but must be sent with `Content-Type: application/json`.
#[utoipa::path(post, path = "/api/v1/orders/{id}/cancel", tag = "orders",
    params(
        ("id" = i64, Path, description = "Order id"),
        ("If-Match" = String, Header, description = "The order's current ETag"),
    ),
    responses(
        (status = 200, description = "The cancelled order, hold refunded", body = Order, headers(("ETag" = String, description = "The new ETag"))),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`order_not_found` (also another buyer's order)", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`illegal_transition` (e.g. already shipped), with the current `order`", body = Problem, content_type = "application/problem+json"),
        (status = 412, description = "`precondition_failed`: stale `If-Match`, with the current `order`", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "`unsupported_media_type`: not sent as application/json", body = Problem, content_type = "application/problem+json"),
        (status = 428, description = "`precondition_required`: no `If-Match`", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn cancel(
    State(s): State<AppState>,
    buyer: Buyer,
    captures: Captures,
    headers: HeaderMap,
) -> ApiResult<Response> {
    require_json(&headers)?;
    act(&s, &buyer, &captures, &headers, BuyerAction::Cancel).await
}

/// Asks the seller to extend the protection period by `days` (1–30). The answer arrives later
/// as an `extension_granted` (the deadline moves) or `extension_refused` event; in demo mode the
/// simulated seller answers 12 simulated hours later, granting ≤ 15 days once per order.
#[utoipa::path(post, path = "/api/v1/orders/{id}/extension-requests", tag = "orders",
    params(
        ("id" = i64, Path, description = "Order id"),
        ("If-Match" = String, Header, description = "The order's current ETag"),
    ),
    request_body = ExtensionRequestBody,
    responses(
        (status = 200, description = "The order with the pending request", body = Order, headers(("ETag" = String, description = "The new ETag"))),
        (status = 400, description = "`invalid_parameter`: the body is not an extension request", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`order_not_found` (also another buyer's order)", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`illegal_transition` (not shipped/delivered, a request is pending, protection ended, dispute open), with the current `order`", body = Problem, content_type = "application/problem+json"),
        (status = 412, description = "`precondition_failed`: stale `If-Match`, with the current `order`", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "`unsupported_media_type`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`: `days` out_of_range", body = Problem, content_type = "application/problem+json"),
        (status = 428, description = "`precondition_required`: no `If-Match`", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn request_extension(
    State(s): State<AppState>,
    buyer: Buyer,
    captures: Captures,
    headers: HeaderMap,
    JsonBody(body): JsonBody<ExtensionRequestBody>,
) -> ApiResult<Response> {
    if !(1..=EXTENSION_DAYS_MAX).contains(&body.days) {
        return Err(ApiError(
            Problem::new(ErrorCode::ValidationFailed, "Invalid extension request")
                .with_field("days", "out_of_range"),
        ));
    }
    act(
        &s,
        &buyer,
        &captures,
        &headers,
        BuyerAction::RequestExtension(body.days),
    )
    .await
}

/// Leaves feedback on a completed order (once): stars 1–5 for item as described,
/// communication and shipping speed, and a text of up to 2000 characters. The seller's detailed
/// ratings and positive-feedback share (shown on product and store pages) change at once.
#[utoipa::path(post, path = "/api/v1/orders/{id}/feedback", tag = "orders",
    params(
        ("id" = i64, Path, description = "Order id"),
        ("If-Match" = String, Header, description = "The order's current ETag"),
    ),
    request_body = FeedbackRequest,
    responses(
        (status = 200, description = "The order with its feedback", body = Order, headers(("ETag" = String, description = "The new ETag"))),
        (status = 400, description = "`invalid_parameter`: the body is not a feedback", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`order_not_found` (also another buyer's order)", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`illegal_transition` (not completed, or feedback already left), with the current `order`", body = Problem, content_type = "application/problem+json"),
        (status = 412, description = "`precondition_failed`: stale `If-Match`, with the current `order`", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "`unsupported_media_type`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`: `item_as_described`/`communication`/`shipping_speed` out_of_range, `text` too_long", body = Problem, content_type = "application/problem+json"),
        (status = 428, description = "`precondition_required`: no `If-Match`", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn feedback(
    State(s): State<AppState>,
    buyer: Buyer,
    captures: Captures,
    headers: HeaderMap,
    JsonBody(body): JsonBody<FeedbackRequest>,
) -> ApiResult<Response> {
    let errors = validate_feedback(&body);
    if !errors.is_empty() {
        let mut p = Problem::new(ErrorCode::ValidationFailed, "Invalid feedback");
        for (field, code) in errors {
            p = p.with_field(field, code);
        }
        return Err(ApiError(p));
    }
    act(&s, &buyer, &captures, &headers, BuyerAction::Feedback(body)).await
}
