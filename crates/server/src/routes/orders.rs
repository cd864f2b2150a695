//! The buyer's orders (read side).

use super::Captures;
use crate::auth::Buyer;
use crate::error::{ApiError, ApiResult};
use crate::params::{Checker, Params};
use crate::AppState;
use axum::extract::State;
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::Json;
use sqlx::SqliteConnection;
use storefront_api::account::Address;
use storefront_api::orders::*;
use storefront_api::{Cursor, ErrorCode, Money, Page, Problem};

pub const ORDER_COLUMNS: &str = "id, payment_id, seller_id, seller_name, state, hold_state, \
    hold_cents, items_cents, shipping_cents, discount_cents, total_cents, item_count, image, \
    shipping, address, lines, placed_at, version";

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
            dispute_open: false,
            deadline: None,
        }
    }

    pub fn detail(&self) -> ApiResult<Order> {
        let shipping: OrderShipping = serde_json::from_str(&self.shipping)?;
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
            dispute_open: false,
            deadline: None,
            protection: Protection {
                days: 60,
                extended_days: 0,
                ends_at: None,
                extension: None,
            },
            tracking: None,
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

/// The buyer's orders, newest first, one cursor page at a time.
#[utoipa::path(get, path = "/api/v1/orders", tag = "orders",
    params(
        ("cursor" = Option<String>, Query, description = "`next_cursor` of the previous page"),
        ("limit" = Option<u32>, Query, description = "1–100, default 24"),
    ),
    responses(
        (status = 200, description = "Own orders, newest first", body = Page<OrderSummary>),
        (status = 400, description = "`invalid_parameter` / `invalid_cursor`", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn list(State(s): State<AppState>, buyer: Buyer, params: Params) -> ApiResult<Response> {
    let mut check = Checker::default();
    let cursor = check.cursor(&params);
    let limit = check.limit(&params);
    check.finish()?;
    let before = cursor.map_or(i64::MAX, |c| c.id);
    let mut rows: Vec<OrderRow> = sqlx::query_as(&format!(
        "SELECT {ORDER_COLUMNS} FROM orders WHERE buyer_id = ? AND id < ? ORDER BY id DESC LIMIT ?"
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
    let mut res = Json(page).into_response();
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(res)
}

/// One of the buyer's orders, with an `ETag` (`"<id>-<version>"`) for later `If-Match` updates.
#[utoipa::path(get, path = "/api/v1/orders/{id}", tag = "orders",
    params(("id" = i64, Path, description = "Order id")),
    responses(
        (status = 200, description = "The order", body = Order, headers(("ETag" = String, description = "Changes with every change of the order"))),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`order_not_found` (also another buyer's order)", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn get(
    State(s): State<AppState>,
    buyer: Buyer,
    captures: Captures,
) -> ApiResult<Response> {
    let id = captures.id(0, ErrorCode::OrderNotFound)?;
    let row: Option<OrderRow> = sqlx::query_as(&format!(
        "SELECT {ORDER_COLUMNS} FROM orders WHERE id = ? AND buyer_id = ?"
    ))
    .bind(id)
    .bind(buyer.id)
    .fetch_optional(&s.pool)
    .await?;
    let row = row.ok_or_else(|| ApiError::new(ErrorCode::OrderNotFound, "Order not found"))?;
    let order = row.detail()?;
    let mut res = Json(order).into_response();
    if let Ok(v) = HeaderValue::from_str(&format!("\"{}-{}\"", row.id, row.version)) {
        res.headers_mut().insert(header::ETAG, v);
    }
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    Ok(res)
}
