//! Payment methods, placing orders (`POST /checkout`, idempotent) and reading a payment.

mod pay_again;
mod payments;
mod place;

pub use pay_again::*;
pub use payments::*;
use place::place;

use crate::auth::{self, now, Buyer, JsonBody};
use crate::domain::checkout::cart::{bought, remove_bought};
use crate::domain::checkout::idempotency::{self, Claim};
use crate::domain::checkout::payment::*;
use crate::domain::checkout::place::*;
use crate::domain::checkout::pricing::{self, invalid, normalise};
use crate::domain::checkout::stock::{adjust_stock, sku_index};
use crate::domain::{disputes, engine, orders};
use crate::error::{ApiError, ApiResult};
use crate::http::account::find_address;
use crate::http::extract::{IdempotencyKey, IfMatch};
use crate::http::meta::rate;
use crate::http::Captures;
use crate::lang::Lang;
use crate::params::Params;
use crate::store::{self, orders::OrderRow};
use crate::AppState;
use axum::extract::State;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Json;
use axum::Router;
use sqlx::SqliteConnection;
use storefront_api::cart::{Quote, QuoteRequest};
use storefront_api::checkout::*;
use storefront_api::orders::OrderLine;
use storefront_api::{Currency, CurrencyRate, ErrorCode, FieldError, Money, Problem};

/// This resource's routes.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/payment-methods", get(payment_methods))
        .route("/api/v1/checkout", post(checkout))
        .route("/api/v1/checkout/payments/{id}", get(get_payment))
        .route("/api/v1/orders/{id}/pay-again", post(pay_again))
}

/// Payment methods: `card` (USD by default, or any display currency: `currencies`), `qiwi`
/// (wallet, RUB at `/config`'s rate), `webmoney` (wallet, USD), `boleto` (wallet, BRL). Wallets
/// always go through the provider's page.
#[utoipa::path(get, path = "/api/v1/payment-methods", tag = "checkout",
    responses((status = 200, description = "Methods in display order", body = Vec<PaymentMethod>)))]
pub async fn payment_methods() -> Json<Vec<PaymentMethod>> {
    Json(methods())
}

/// SHA-256 of the request as it matters for idempotency. The card number enters only as its
/// brand and last four digits and the CVC not at all, so the stored hash cannot be searched for
/// a card number.
fn fingerprint(req: &CheckoutRequest, lang: Lang) -> ApiResult<String> {
    let mut masked = req.clone();
    mask_card(&mut masked.payment);
    let text = serde_json::to_string(&(&masked, lang.code())).map_err(ApiError::internal)?;
    Ok(auth::sha256_hex(text.as_bytes()))
}

fn json_response(status: u16, body: String) -> Response {
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let content_type = if status.is_success() {
        "application/json"
    } else {
        storefront_api::PROBLEM_CONTENT_TYPE
    };
    let mut res = (status, body).into_response();
    res.headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res
}

/// Places the order(s): one order per seller, paid in one payment.
///
/// The server prices the cart again (lines from the body, or the server cart's lines not saved
/// for later; shipping choices and coupons likewise; `ship_to` is the address's country). Stock
/// short → `409 out_of_stock` (field errors `lines/<n>` with `out_of_stock` /
/// `quantity_over_stock` / `product_gone`, plus the `quote`); a seller that cannot ship there →
/// `409 shipping_unavailable`; a grand total other than `expected_total` → `409 price_changed`
/// with the new `quote`. Nothing is charged in these cases and the key is not used up.
///
/// Test cards: `4242 4242 4242 4242` succeeds; `4000 0000 0000 0002` is declined
/// (`card_declined`); `4000 0000 0000 9995` is declined (`insufficient_funds`);
/// `4000 0000 0000 3220` needs a 3-D Secure confirmation (`requires_action`); any other valid
/// card succeeds. Use any future expiry, any 3-digit CVC. Wallets (`qiwi`, `webmoney`,
/// `boleto`) always answer `requires_action`.
///
/// `succeeded`: orders `paid_held` with hold `held` (amount = the order's total), stock taken,
/// the bought lines removed from the server cart. `requires_action`: orders `pending_payment`
/// (stock reserved) until the provider page (`redirect_url`) confirms (→ `paid_held`) or
/// declines (→ `cancelled`, stock back). Declined: `402 payment_declined` with `payment_id` and
/// `decline_reason`; no orders, cart intact. The same key and body answer the first answer
/// again (same status and body, header `idempotent-replayed: true`), also for concurrent
/// duplicates, which wait for the first; the same key with another body is `422
/// idempotency_key_reused`.
#[utoipa::path(post, path = "/api/v1/checkout", tag = "checkout",
    params(
        ("Idempotency-Key" = String, Header, description = "1–255 visible ASCII characters, new for each checkout attempt (e.g. a UUID); reuse it only to retry the same request"),
        ("lang" = Option<String>, Query, description = "Language of the titles stored in the orders"),
    ),
    request_body(content = CheckoutRequest, content_type = "application/json"),
    responses(
        (status = 201, description = "`succeeded` or `requires_action` (see `redirect_url`)", body = Payment),
        (status = 400, description = "`idempotency_key_required` or `invalid_parameter` (`body` `malformed`)", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 402, description = "`payment_declined` with `payment_id` and `decline_reason` (`card_declined`, `insufficient_funds`)", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`address_not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`price_changed` (with `quote`), `out_of_stock` (field errors `lines/<n>`, with `quote`), `shipping_unavailable` (with `quote`)", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "`unsupported_media_type`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed` (`payment/method` unknown_value; `payment/card` required; `payment/card/number` required/card_number_invalid; `payment/card/exp_month` out_of_range; `payment/card/exp_year` out_of_range/card_expired; `payment/card/cvc` required/malformed; `payment/card/holder` required/too_short/too_long; `charge_currency` mismatch (not one of the method's `currencies`); `expected_total/currency` mismatch; cart fields as in `/cart/quote`), `cart_empty`, `idempotency_key_reused`", body = Problem, content_type = "application/problem+json"),
        (status = 500, description = "`internal`; retrying with the same key is safe", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn checkout(
    State(s): State<AppState>,
    buyer: Buyer,
    params: Params,
    idempotency_key: IdempotencyKey,
    JsonBody(req): JsonBody<CheckoutRequest>,
) -> ApiResult<Response> {
    let key = idempotency_key.require()?;
    let lang = params.lang();
    let fingerprint = fingerprint(&req, lang)?;
    match idempotency::claim(&s.pool, buyer.id, &key, &fingerprint).await? {
        Claim::Owner => {}
        Claim::Replay { status, body } => {
            return Ok(crate::http::extract::replayed(json_response(status, body)));
        }
        Claim::Reused => return Err(crate::http::extract::key_reused()),
    }
    // Finish even if the client goes away, so waiting duplicates get an answer.
    let task = tokio::spawn(async move {
        let placed = place(&s, &buyer, &key, req, lang).await;
        if placed.is_err() {
            if let Err(e) = idempotency::release(&s.pool, buyer.id, &key).await {
                tracing::error!(?e, "could not release an idempotency key");
            }
        }
        placed
    });
    let (status, body) = task.await.map_err(ApiError::internal)??;
    Ok(json_response(status, body))
}

fn conflict(code: ErrorCode, title: &str, quote: Quote, errors: Vec<FieldError>) -> ApiError {
    let mut p = Problem::new(code, title);
    p.errors = errors;
    p.ext.quote = Some(Box::new(quote));
    ApiError(p)
}
