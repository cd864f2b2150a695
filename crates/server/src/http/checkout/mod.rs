//! Payment methods, placing orders (`POST /checkout`, idempotent) and reading a payment.

mod pay_again;
mod payments;
mod place;

pub use pay_again::*;
pub use payments::*;
use place::place;

use crate::auth::{self, now, Buyer, JsonBody};
use crate::domain::checkout::idempotency::{self, Claim};
use crate::domain::checkout::stock::adjust_stock;
use crate::domain::{disputes, engine, orders};
use crate::error::{ApiError, ApiResult};
use crate::http::account::find_address;
use crate::http::extract::{IdempotencyKey, IfMatch};
use crate::http::meta::rate;
use crate::http::Captures;
use crate::lang::Lang;
use crate::params::Params;
use crate::pricing::{self, invalid, normalise};
use crate::store::{self, orders::OrderRow};
use crate::AppState;
use axum::extract::State;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Json;
use axum::Router;
use sqlx::SqliteConnection;
use storefront_api::cart::{LineProblem, Quote, QuoteRequest};
use storefront_api::checkout::*;
use storefront_api::orders::{OrderLine, OrderShipping};
use storefront_api::reports::IDEMPOTENCY_KEY_HEADER;
use storefront_api::{Currency, CurrencyRate, ErrorCode, FieldError, Money, Problem};

/// This resource's routes.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/payment-methods", get(payment_methods))
        .route("/api/v1/checkout", post(checkout))
        .route("/api/v1/checkout/payments/{id}", get(get_payment))
        .route("/api/v1/orders/{id}/pay-again", post(pay_again))
}

/// The methods this server takes.
pub fn methods() -> Vec<PaymentMethod> {
    [
        ("card", PaymentKind::Card, Currency::USD),
        ("qiwi", PaymentKind::Wallet, Currency::RUB),
        ("webmoney", PaymentKind::Wallet, Currency::USD),
        ("boleto", PaymentKind::Wallet, Currency::BRL),
    ]
    .into_iter()
    .map(|(id, kind, charge_currency)| PaymentMethod {
        id: id.to_string(),
        kind,
        name_id: format!("payment-method-{id}"),
        charge_currency,
        // A card charges in any display currency (the issuer converts); a wallet in its own.
        currencies: if kind == PaymentKind::Card {
            std::iter::once(charge_currency)
                .chain(Currency::ALL.into_iter().filter(|c| *c != charge_currency))
                .collect()
        } else {
            vec![charge_currency]
        },
    })
    .collect()
}

/// Payment methods: `card` (USD by default, or any display currency: `currencies`), `qiwi`
/// (wallet, RUB at `/config`'s rate), `webmoney` (wallet, USD), `boleto` (wallet, BRL). Wallets
/// always go through the provider's page.
#[utoipa::path(get, path = "/api/v1/payment-methods", tag = "checkout",
    responses((status = 200, description = "Methods in display order", body = Vec<PaymentMethod>)))]
pub async fn payment_methods() -> Json<Vec<PaymentMethod>> {
    Json(methods())
}

fn field(name: &str, code: &str) -> FieldError {
    FieldError {
        field: name.to_string(),
        code: code.to_string(),
    }
}

pub use crate::time::year_month;

/// What the test provider will do with a payment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Outcome {
    Succeed,
    Decline(DeclineReason),
    Confirm,
}

pub(crate) struct CardFacts {
    brand: String,
    last4: String,
}

/// Field errors of a checkout's payment part; the method and the card facts when valid.
fn check_payment(
    req: &CheckoutRequest,
    now: i64,
) -> Result<(PaymentMethod, Outcome, Option<CardFacts>), Vec<FieldError>> {
    let checked = check_method(&req.payment, req.charge_currency, now);
    if req.expected_total.currency != Currency::USD {
        let mut errors = checked.err().unwrap_or_default();
        errors.push(field("expected_total/currency", ERR_MISMATCH));
        return Err(errors);
    }
    checked
}

/// Field errors of a payment method, its currency and card; the method and the card facts
/// when valid.
fn check_method(
    payment: &PaymentInput,
    charge_currency: Currency,
    now: i64,
) -> Result<(PaymentMethod, Outcome, Option<CardFacts>), Vec<FieldError>> {
    let mut errors = Vec::new();
    let method = methods().into_iter().find(|m| m.id == payment.method);
    if method.is_none() {
        errors.push(field("payment/method", ERR_UNKNOWN_VALUE));
    }
    if let Some(m) = &method {
        if !m.currencies.contains(&charge_currency) {
            errors.push(field("charge_currency", ERR_MISMATCH));
        }
    }
    let mut outcome = Outcome::Confirm;
    let mut facts = None;
    if method.as_ref().is_some_and(|m| m.kind == PaymentKind::Card) {
        match &payment.card {
            None => errors.push(field("payment/card", ERR_REQUIRED)),
            Some(card) => {
                let digits = card_digits(&card.number).unwrap_or_default();
                if card.number.trim().is_empty() {
                    errors.push(field("payment/card/number", ERR_REQUIRED));
                } else if !luhn_valid(&card.number) {
                    errors.push(field("payment/card/number", ERR_CARD_NUMBER));
                }
                let year = if card.exp_year < 100 {
                    i64::from(card.exp_year) + 2000
                } else {
                    i64::from(card.exp_year)
                };
                let (this_year, this_month) = year_month(now);
                if !(1..=12).contains(&card.exp_month) {
                    errors.push(field("payment/card/exp_month", ERR_OUT_OF_RANGE));
                } else if !(2000..=2100).contains(&year) {
                    errors.push(field("payment/card/exp_year", ERR_OUT_OF_RANGE));
                } else if (year, i64::from(card.exp_month)) < (this_year, this_month) {
                    errors.push(field("payment/card/exp_year", ERR_CARD_EXPIRED));
                }
                let cvc = card.cvc.trim();
                if cvc.is_empty() {
                    errors.push(field("payment/card/cvc", ERR_REQUIRED));
                } else if !(3..=4).contains(&cvc.len()) || !cvc.bytes().all(|b| b.is_ascii_digit())
                {
                    errors.push(field("payment/card/cvc", ERR_MALFORMED));
                }
                let holder = card.holder.trim().chars().count();
                if holder == 0 {
                    errors.push(field("payment/card/holder", ERR_REQUIRED));
                } else if holder < 2 {
                    errors.push(field("payment/card/holder", "too_short"));
                } else if holder > 100 {
                    errors.push(field("payment/card/holder", "too_long"));
                }
                outcome = match digits.as_str() {
                    "4000000000000002" => Outcome::Decline(DeclineReason::CardDeclined),
                    "4000000000009995" => Outcome::Decline(DeclineReason::InsufficientFunds),
                    "4000000000003220" => Outcome::Confirm,
                    _ => Outcome::Succeed,
                };
                let last4 = digits
                    .get(digits.len().saturating_sub(4)..)
                    .unwrap_or_default()
                    .to_string();
                facts = Some(CardFacts {
                    brand: card_brand(&digits).to_string(),
                    last4,
                });
            }
        }
    }
    match method {
        Some(m) if errors.is_empty() => Ok((m, outcome, facts)),
        _ => Err(errors),
    }
}

/// SHA-256 of the request as it matters for idempotency. The card number enters only as its
/// brand and last four digits and the CVC not at all, so the stored hash cannot be searched for
/// a card number.
fn fingerprint(req: &CheckoutRequest, lang: Lang) -> ApiResult<String> {
    let mut masked = req.clone();
    if let Some(card) = masked.payment.card.as_mut() {
        let digits = card_digits(&card.number).unwrap_or_default();
        let last4 = digits.get(digits.len().saturating_sub(4)..).unwrap_or("");
        card.number = format!("{}-{last4}", card_brand(&digits));
        card.cvc = String::new();
    }
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
            let mut res = json_response(status, body);
            res.headers_mut()
                .insert("idempotent-replayed", HeaderValue::from_static("true"));
            return Ok(res);
        }
        Claim::Reused => {
            return Err(ApiError(
                Problem::new(
                    ErrorCode::IdempotencyKeyReused,
                    "This Idempotency-Key was used for a different request",
                )
                .with_field(IDEMPOTENCY_KEY_HEADER, "reused"),
            ))
        }
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
