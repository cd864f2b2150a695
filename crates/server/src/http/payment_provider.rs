//! The built-in test payment provider: a confirmation page for wallet payments and 3-D Secure
//! cards. Plain server-rendered HTML (no script, no inline style, so the CSP holds); its two
//! forms post back here and answer `303` to the app's `/checkout/complete?payment=<id>`.
//!
//! The payment id (128 random bits) is the capability, as with a real provider's hosted page:
//! the page needs no session and shows only the amount and method.

use super::checkout::{decline_str, remove_bought_from_cart};
use super::Captures;
use crate::domain::checkout::stock::adjust_stock;
use crate::domain::orders;
use crate::error::{ApiError, ApiResult};
use crate::store;
use crate::AppState;
use axum::extract::State;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use storefront_api::cart::CartLineInput;
use storefront_api::checkout::{DeclineReason, CHECKOUT_COMPLETE_PATH};
use storefront_api::orders::OrderLine;
use storefront_api::{Currency, ErrorCode, Money, Problem};

/// This resource's routes.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/test-provider/payments/{id}", get(page))
        .route("/api/v1/test-provider/payments/{id}/confirm", post(confirm))
        .route("/api/v1/test-provider/payments/{id}/decline", post(decline))
}

fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

fn not_found() -> ApiError {
    ApiError::new(ErrorCode::PaymentNotFound, "Payment not found")
}

/// Payment ids are `pay_` and 32 hex digits.
fn payment_id(captures: &Captures) -> ApiResult<String> {
    let id = captures.get(0);
    let ok = id
        .strip_prefix("pay_")
        .is_some_and(|h| h.len() == 32 && h.bytes().all(|b| b.is_ascii_hexdigit()));
    if ok {
        Ok(id.to_string())
    } else {
        Err(not_found())
    }
}

/// The provider's confirmation page.
#[utoipa::path(get, path = "/api/v1/test-provider/payments/{id}", tag = "test provider",
    params(("id" = String, Path, description = "Payment id")),
    responses(
        (status = 200, description = "HTML page: \"Test payment provider — confirm payment of X\" with Confirm and Decline buttons (forms posting to `…/confirm` and `…/decline`)", content_type = "text/html"),
        (status = 404, description = "`payment_not_found`", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn page(State(s): State<AppState>, captures: Captures) -> ApiResult<Response> {
    let id = payment_id(&captures)?;
    let row: Option<(String, String, i64, String)> = sqlx::query_as(
        "SELECT method, status, charge_amount, charge_currency FROM payments WHERE id = ?",
    )
    .bind(&id)
    .fetch_optional(&s.pool)
    .await?;
    let (method, status, amount, currency) = row.ok_or_else(not_found)?;
    let charge = Money::new(amount, Currency::parse(&currency).unwrap_or(Currency::USD));
    let what = format!("{} {}", charge.major_decimal(), charge.currency.code());
    let id_html = escape(&id);
    let back = format!("{CHECKOUT_COMPLETE_PATH}?payment={id_html}");
    let body = if status == "requires_action" {
        format!(
            "<p>Method: {method}</p>\
             <form method=\"post\" action=\"/api/v1/test-provider/payments/{id_html}/confirm\">\
             <button type=\"submit\">Confirm</button></form>\
             <form method=\"post\" action=\"/api/v1/test-provider/payments/{id_html}/decline\">\
             <button type=\"submit\">Decline</button></form>",
            method = escape(&method),
        )
    } else {
        format!(
            "<p>This payment is already {}.</p><p><a href=\"{back}\">Back to the shop</a></p>",
            escape(&status.replace('_', " "))
        )
    };
    let html = format!(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>Test payment provider</title></head><body><main>\
         <h1>Test payment provider — confirm payment of {what}</h1>\
         <p>Payment {id_html}. This page stands in for a card issuer's 3-D Secure check or a \
         wallet's confirmation; no real money moves.</p>{body}</main></body></html>",
        what = escape(&what),
    );
    let mut res = (StatusCode::OK, html).into_response();
    res.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(res)
}

fn back_to_app(id: &str) -> Response {
    let mut res = StatusCode::SEE_OTHER.into_response();
    if let Ok(v) = HeaderValue::from_str(&format!("{CHECKOUT_COMPLETE_PATH}?payment={id}")) {
        res.headers_mut().insert(header::LOCATION, v);
    }
    res
}

async fn finish(s: &AppState, id: &str, confirm: bool) -> ApiResult<Response> {
    let mut tx = s.pool.begin_with("BEGIN IMMEDIATE").await?;
    let row: Option<(i64, String)> =
        sqlx::query_as("SELECT buyer_id, status FROM payments WHERE id = ?")
            .bind(id)
            .fetch_optional(&mut *tx)
            .await?;
    let (buyer_id, status) = row.ok_or_else(not_found)?;
    if status != "requires_action" {
        // Already decided (e.g. a double click): just go back.
        return Ok(back_to_app(id));
    }
    let orders = store::orders::of_payment(&mut tx, id).await?;
    let mut bought = Vec::new();
    for o in &orders {
        let lines: Vec<OrderLine> = serde_json::from_str(&o.lines)?;
        for l in lines {
            bought.push(CartLineInput {
                product_id: l.product_id,
                sku_id: l.sku_id,
                quantity: l.quantity,
                saved_for_later: false,
            });
        }
    }
    if confirm {
        sqlx::query("UPDATE payments SET status = 'succeeded' WHERE id = ?")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "UPDATE orders SET state = 'paid_held', hold_state = 'held', version = version + 1 \
             WHERE payment_id = ? AND state = 'pending_payment'",
        )
        .bind(id)
        .execute(&mut *tx)
        .await?;
        let at = s.clock.now();
        for o in orders.iter().filter(|o| o.state == "pending_payment") {
            orders::on_paid(&mut tx, o.id, at).await?;
        }
        remove_bought_from_cart(&mut tx, buyer_id, &bought).await?;
    } else {
        sqlx::query("UPDATE payments SET status = 'declined', decline_reason = ? WHERE id = ?")
            .bind(decline_str(DeclineReason::DeclinedByBuyer))
            .bind(id)
            .execute(&mut *tx)
            .await?;
        // Cancelled now, on the order clock: the buyer may pay again for a while (see
        // `OrderAction::PayAgain`).
        let at = s.clock.now();
        sqlx::query(
            "UPDATE orders SET state = 'cancelled', hold_state = 'voided', cancelled_at = ?, \
             version = version + 1 WHERE payment_id = ? AND state = 'pending_payment'",
        )
        .bind(at)
        .bind(id)
        .execute(&mut *tx)
        .await?;
        for o in orders.iter().filter(|o| o.state == "pending_payment") {
            orders::log::record(
                &mut tx,
                o.id,
                at,
                storefront_api::orders::EventActor::System,
                storefront_api::orders::EventKind::Cancelled,
                orders::log::Details::default(),
            )
            .await?;
        }
        for l in &bought {
            adjust_stock(&mut tx, l.product_id, l.sku_id, l.quantity).await?;
        }
    }
    tx.commit().await?;
    tracing::info!(payment = %id, confirm, "test provider decided");
    Ok(back_to_app(id))
}

/// Confirms the payment: its orders become `paid_held` (hold `held`), the bought lines leave the
/// server cart. Answers `303` to `/checkout/complete?payment=<id>` (also when already decided).
#[utoipa::path(post, path = "/api/v1/test-provider/payments/{id}/confirm", tag = "test provider",
    params(("id" = String, Path, description = "Payment id")),
    responses(
        (status = 303, description = "Back to the app: `Location: /checkout/complete?payment=<id>`"),
        (status = 404, description = "`payment_not_found`", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn confirm(State(s): State<AppState>, captures: Captures) -> ApiResult<Response> {
    let id = payment_id(&captures)?;
    finish(&s, &id, true).await
}

/// Declines the payment (`declined_by_buyer`): its orders become `cancelled` (hold `voided`) and
/// their stock returns. Answers `303` to `/checkout/complete?payment=<id>`.
#[utoipa::path(post, path = "/api/v1/test-provider/payments/{id}/decline", tag = "test provider",
    params(("id" = String, Path, description = "Payment id")),
    responses(
        (status = 303, description = "Back to the app: `Location: /checkout/complete?payment=<id>`"),
        (status = 404, description = "`payment_not_found`", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn decline(State(s): State<AppState>, captures: Captures) -> ApiResult<Response> {
    let id = payment_id(&captures)?;
    finish(&s, &id, false).await
}
