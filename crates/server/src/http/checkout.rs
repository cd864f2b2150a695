//! Payment methods, placing orders (`POST /checkout`, idempotent) and reading a payment.

use super::account::find_address;
use super::extract::{IdempotencyKey, IfMatch};
use super::Captures;
use crate::auth::{self, now, Buyer, JsonBody};
use crate::domain::checkout::idempotency::{self, Claim};
use crate::domain::checkout::stock::adjust_stock;
use crate::domain::{disputes, engine, orders};
use crate::error::{ApiError, ApiResult};
use crate::http::meta::rate;
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
enum Outcome {
    Succeed,
    Decline(DeclineReason),
    Confirm,
}

struct CardFacts {
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

/// Does the checkout; answers the stored (status, body), or a refusal that changed nothing.
async fn place(
    s: &AppState,
    buyer: &Buyer,
    key: &str,
    req: CheckoutRequest,
    lang: Lang,
) -> ApiResult<(u16, String)> {
    let at = now();
    let (method, outcome, card) = check_payment(&req, at).map_err(invalid)?;
    let address = find_address(&s.pool, buyer.id, req.address_id).await?;
    let needs_cart = req.lines.is_none() || req.shipping.is_none() || req.coupons.is_none();
    let cart = if needs_cart {
        super::cart::load(&s.pool, buyer.id).await?
    } else {
        QuoteRequest::default()
    };
    let mut lines = req.lines.clone().unwrap_or_else(|| cart.lines.clone());
    lines.retain(|l| !l.saved_for_later);
    let doc = normalise(QuoteRequest {
        lines,
        ship_to: Some(address.country.clone()),
        shipping: req
            .shipping
            .clone()
            .unwrap_or_else(|| cart.shipping.clone()),
        coupons: req.coupons.clone().unwrap_or_else(|| cart.coupons.clone()),
    })
    .map_err(invalid)?;
    if doc.lines.is_empty() {
        return Err(ApiError::new(
            ErrorCode::CartEmpty,
            "There is nothing to buy",
        ));
    }

    let mut tx = s.pool.begin_with("BEGIN IMMEDIATE").await?;
    let quote = pricing::quote(&mut tx, doc.clone(), lang, at).await?;
    let mut stock_errors = Vec::new();
    let mut ship_errors = Vec::new();
    for (n, l) in doc.lines.iter().enumerate() {
        let quoted = quote
            .sellers
            .iter()
            .flat_map(|g| g.lines.iter())
            .find(|q| q.sku_id == l.sku_id && q.product_id == l.product_id);
        match quoted.and_then(|q| q.problem) {
            None => {}
            Some(LineProblem::NotShippedTo) => {
                ship_errors.push(field(&format!("lines/{n}"), "not_shipped_to"))
            }
            Some(p) => stock_errors.push(field(&format!("lines/{n}"), p.as_str())),
        }
    }
    if !stock_errors.is_empty() {
        return Err(conflict(
            ErrorCode::OutOfStock,
            "Some lines are out of stock",
            quote,
            stock_errors,
        ));
    }
    if !ship_errors.is_empty() || quote.sellers.iter().any(|g| g.shipping.is_none()) {
        return Err(conflict(
            ErrorCode::ShippingUnavailable,
            "Some lines cannot be shipped to this address",
            quote,
            ship_errors,
        ));
    }
    if quote.summary.grand_total != req.expected_total {
        return Err(conflict(
            ErrorCode::PriceChanged,
            "The total has changed",
            quote,
            Vec::new(),
        ));
    }

    let total = quote.summary.grand_total;
    let charge = req.charge_currency;
    let (payment_id, status, decline) =
        record_payment(&mut tx, buyer.id, &method, outcome, total, charge, &card).await?;

    if let Some(reason) = decline {
        let body = declined(&mut tx, buyer.id, key, &payment_id, reason).await?;
        tx.commit().await?;
        tracing::info!(buyer = buyer.id, payment = %payment_id, "payment declined");
        return Ok((402, body));
    }

    let paid = outcome == Outcome::Succeed;
    let (state, hold) = if paid {
        ("paid_held", "held")
    } else {
        ("pending_payment", "pending")
    };
    let address_json = serde_json::to_string(&address)?;
    let partner = req.partner.as_deref().filter(|p| valid_partner_id(p));
    // Order times come from the order clock (simulated in demo mode).
    let placed_at = s.clock.now();
    for g in &quote.sellers {
        let option = g
            .shipping_options
            .iter()
            .find(|o| Some(&o.id) == g.shipping.as_ref())
            .ok_or_else(|| ApiError::internal("chosen shipping option vanished"))?;
        let shipping = OrderShipping {
            id: option.id.clone(),
            carrier: option.carrier.clone(),
            cost: option.cost,
            days_min: option.days_min,
            days_max: option.days_max,
            tracking: option.tracking,
        };
        let order_lines: Vec<OrderLine> = g
            .lines
            .iter()
            .enumerate()
            .map(|(i, l)| OrderLine {
                line_no: i as i64 + 1,
                product_id: l.product_id,
                sku_id: l.sku_id,
                title: l.title.clone(),
                image: l.image.clone(),
                sku_label: l.sku_label.clone(),
                quantity: l.quantity,
                unit_price: l.unit_price,
                line_total: l.line_total,
                discount: l.discount,
                disputes: Vec::new(),
            })
            .collect();
        let item_count: i64 = g.lines.iter().map(|l| l.quantity).sum();
        let inserted = sqlx::query(
            "INSERT INTO orders (buyer_id, payment_id, seller_id, seller_name, state, hold_state, \
             hold_cents, items_cents, shipping_cents, discount_cents, total_cents, item_count, \
             image, shipping, address, lines, placed_at, partner_id) VALUES (?, ?, ?, ?, ?, ?, ?, \
             ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        )
        .bind(buyer.id)
        .bind(&payment_id)
        .bind(g.seller_id)
        .bind(&g.seller_name)
        .bind(state)
        .bind(hold)
        .bind(g.total.amount)
        .bind(g.subtotal.amount)
        .bind(g.shipping_cost.amount)
        .bind(g.seller_discount.amount + g.platform_discount.amount)
        .bind(g.total.amount)
        .bind(item_count)
        .bind(g.lines.first().map(|l| l.image.clone()).unwrap_or_default())
        .bind(serde_json::to_string(&shipping)?)
        .bind(&address_json)
        .bind(serde_json::to_string(&order_lines)?)
        .bind(crate::clock::rfc3339(placed_at))
        .bind(partner)
        .execute(&mut *tx)
        .await?;
        let order_id = inserted.last_insert_rowid();
        orders::on_placed(&mut tx, order_id, placed_at).await?;
        disputes::snapshot_listing_photos(&mut tx, order_id, &order_lines).await?;
        if paid {
            orders::on_paid(&mut tx, order_id, placed_at).await?;
        }
        for l in &g.lines {
            adjust_stock(&mut tx, l.product_id, l.sku_id, -l.quantity).await?;
        }
    }
    if paid {
        remove_bought_from_cart(&mut tx, buyer.id, &doc.lines).await?;
    }
    let payment = payment_view(&mut tx, &payment_id)
        .await?
        .ok_or_else(|| ApiError::internal("payment vanished"))?;
    let body = serde_json::to_string(&payment)?;
    idempotency::answer(&mut tx, buyer.id, key, 201, &body).await?;
    tx.commit().await?;
    tracing::info!(
        buyer = buyer.id,
        payment = %payment_id,
        orders = payment.orders.len(),
        status,
        "checkout"
    );
    Ok((201, body))
}

/// Pays a cancelled order again (its payment was declined): `POST /orders/{id}/pay-again`.
///
/// Checks in order: `Idempotency-Key` (400) → the payment part (422, as in `/checkout`) → the
/// key (replay / 422 `idempotency_key_reused`) → the order is the buyer's (404) → `If-Match`
/// (428 / 412 with `order`) → `pay_again` allowed (409 `illegal_transition` with `order`) →
/// stock for every line (409 `out_of_stock`, field errors `lines/<n>`, with `order`). Then the
/// order's total (prices as placed) is charged in `charge_currency`: `succeeded` → the order is
/// `paid_held` (hold `held`), its lines leave the server cart; `requires_action` →
/// `pending_payment` with the stock reserved until the provider page decides (a decline there
/// cancels it again and restarts the window); declined → `402 payment_declined` with
/// `payment_id` and `decline_reason`, the order unchanged. The order's `payment_id` becomes the
/// new payment's. A retry with the same key and body answers the first answer again
/// (`idempotent-replayed: true`).
#[utoipa::path(post, path = "/api/v1/orders/{id}/pay-again", tag = "orders",
    params(
        ("id" = i64, Path, description = "Order id"),
        ("Idempotency-Key" = String, Header, description = "1–255 visible ASCII characters, new for each attempt"),
        ("If-Match" = String, Header, description = "The order's current ETag"),
        ("lang" = Option<String>, Query, description = "Language of the answer's titles"),
    ),
    request_body(content = PayAgainRequest, content_type = "application/json"),
    responses(
        (status = 201, description = "`succeeded` or `requires_action` (see `redirect_url`); `orders` holds this order", body = Payment),
        (status = 400, description = "`idempotency_key_required` or `invalid_parameter` (`body` `malformed`)", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 402, description = "`payment_declined` with `payment_id` and `decline_reason`; the order is unchanged", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`order_not_found` (also another buyer's order)", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`illegal_transition` (not `pay_again` now) or `out_of_stock` (field errors `lines/<n>`), with the current `order`", body = Problem, content_type = "application/problem+json"),
        (status = 412, description = "`precondition_failed`: stale `If-Match`, with the current `order`", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "`unsupported_media_type`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed` (the payment fields as in `/checkout`), `idempotency_key_reused`", body = Problem, content_type = "application/problem+json"),
        (status = 428, description = "`precondition_required`: no `If-Match`", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn pay_again(
    State(s): State<AppState>,
    buyer: Buyer,
    captures: Captures,
    params: Params,
    idempotency_key: IdempotencyKey,
    IfMatch(if_match): IfMatch,
    JsonBody(req): JsonBody<PayAgainRequest>,
) -> ApiResult<Response> {
    let order_id = captures.id(0, ErrorCode::OrderNotFound)?;
    let key = idempotency_key.require()?;
    let lang = params.lang();
    let checked = check_method(&req.payment, req.charge_currency, now()).map_err(invalid)?;
    let fingerprint = {
        let mut masked = req.clone();
        if let Some(card) = masked.payment.card.as_mut() {
            let digits = card_digits(&card.number).unwrap_or_default();
            let last4 = digits.get(digits.len().saturating_sub(4)..).unwrap_or("");
            card.number = format!("{}-{last4}", card_brand(&digits));
            card.cvc = String::new();
        }
        let text = serde_json::to_string(&("pay_again", order_id, &masked, &if_match, lang.code()))
            .map_err(ApiError::internal)?;
        auth::sha256_hex(text.as_bytes())
    };
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
    let task = tokio::spawn(async move {
        let paid = pay_order_again(
            &s,
            &buyer,
            &key,
            order_id,
            if_match.as_deref(),
            &req,
            checked,
        )
        .await;
        if paid.is_err() {
            if let Err(e) = idempotency::release(&s.pool, buyer.id, &key).await {
                tracing::error!(?e, "could not release an idempotency key");
            }
        }
        paid
    });
    let (status, body) = task.await.map_err(ApiError::internal)??;
    Ok(json_response(status, body))
}

async fn pay_order_again(
    s: &AppState,
    buyer: &Buyer,
    key: &str,
    order_id: i64,
    if_match: Option<&str>,
    req: &PayAgainRequest,
    (method, outcome, card): (PaymentMethod, Outcome, Option<CardFacts>),
) -> ApiResult<(u16, String)> {
    let _guard = s.ticker.lock().await;
    let at = s.clock.now();
    let mut tx = s.pool.begin_with("BEGIN IMMEDIATE").await?;
    let not_found = || ApiError::new(ErrorCode::OrderNotFound, "Order not found");
    let row = store::orders::load(&mut tx, order_id, Some(buyer.id))
        .await?
        .ok_or_else(not_found)?;
    let current = orders::view(&mut tx, &row, at).await?;
    engine::check_if_match(if_match, &current)?;
    if !current
        .allowed_actions
        .contains(&storefront_api::orders::OrderAction::PayAgain)
    {
        return Err(engine::illegal(&current, "pay_again").into());
    }
    let lines: Vec<OrderLine> = serde_json::from_str(&row.lines)?;
    let mut short = Vec::new();
    for (n, l) in lines.iter().enumerate() {
        let index = l.sku_id - l.product_id * 100;
        let stock: Option<i64> = if (0..100).contains(&index) {
            sqlx::query_scalar(
                "SELECT json_extract(details, ?) FROM product_details WHERE product_id = ?",
            )
            .bind(format!("$.skus[{index}][1]"))
            .bind(l.product_id)
            .fetch_optional(&mut *tx)
            .await?
            .flatten()
        } else {
            None
        };
        match stock {
            None => short.push(field(&format!("lines/{n}"), "product_gone")),
            Some(0) => short.push(field(&format!("lines/{n}"), "out_of_stock")),
            Some(n) if n < l.quantity => {
                short.push(field(&format!("lines/{n}"), "quantity_over_stock"))
            }
            Some(_) => {}
        }
    }
    if !short.is_empty() {
        let mut p = Problem::new(ErrorCode::OutOfStock, "Some lines are out of stock");
        p.errors = short;
        p.ext.order = Some(Box::new(current));
        return Err(ApiError(p));
    }
    let total = Money::usd(row.total_cents);
    let charge = req.charge_currency;
    let (payment_id, status, decline) =
        record_payment(&mut tx, buyer.id, &method, outcome, total, charge, &card).await?;
    if let Some(reason) = decline {
        let body = declined(&mut tx, buyer.id, key, &payment_id, reason).await?;
        tx.commit().await?;
        tracing::info!(order = order_id, payment = %payment_id, "payment declined again");
        return Ok((402, body));
    }
    let paid = outcome == Outcome::Succeed;
    let (state, hold) = if paid {
        ("paid_held", "held")
    } else {
        ("pending_payment", "pending")
    };
    sqlx::query(
        "UPDATE orders SET state = ?, hold_state = ?, payment_id = ?, cancelled_at = NULL, \
         version = version + 1 WHERE id = ?",
    )
    .bind(state)
    .bind(hold)
    .bind(&payment_id)
    .bind(order_id)
    .execute(&mut *tx)
    .await?;
    for l in &lines {
        adjust_stock(&mut tx, l.product_id, l.sku_id, -l.quantity).await?;
    }
    if paid {
        orders::on_paid(&mut tx, order_id, at).await?;
        let bought: Vec<storefront_api::cart::CartLineInput> = lines
            .iter()
            .map(|l| storefront_api::cart::CartLineInput {
                product_id: l.product_id,
                sku_id: l.sku_id,
                quantity: l.quantity,
                saved_for_later: false,
            })
            .collect();
        remove_bought_from_cart(&mut tx, buyer.id, &bought).await?;
    }
    let payment = payment_view(&mut tx, &payment_id)
        .await?
        .ok_or_else(|| ApiError::internal("payment vanished"))?;
    let body = serde_json::to_string(&payment)?;
    idempotency::answer(&mut tx, buyer.id, key, 201, &body).await?;
    tx.commit().await?;
    tracing::info!(order = order_id, payment = %payment_id, status, "paid again");
    Ok((201, body))
}

/// Records a payment of `total` (USD) charged in `currency` with the test provider's `outcome`;
/// its id, its status, and the decline reason when the provider declines it.
async fn record_payment(
    tx: &mut SqliteConnection,
    buyer_id: i64,
    method: &PaymentMethod,
    outcome: Outcome,
    total: Money,
    currency: Currency,
    card: &Option<CardFacts>,
) -> ApiResult<(String, &'static str, Option<DeclineReason>)> {
    let charge = total
        .convert(&CurrencyRate {
            currency,
            per_usd_micros: rate(currency),
        })
        .ok_or_else(|| ApiError::internal("charge conversion overflowed"))?;
    let payment_id = format!("pay_{}", auth::random_hex(16));
    let (status, decline) = match outcome {
        Outcome::Succeed => ("succeeded", None),
        Outcome::Decline(r) => ("declined", Some(r)),
        Outcome::Confirm => ("requires_action", None),
    };
    sqlx::query(
        "INSERT INTO payments (id, buyer_id, method, status, decline_reason, total_cents, \
         charge_amount, charge_currency, card_brand, card_last4, created_at) \
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))",
    )
    .bind(&payment_id)
    .bind(buyer_id)
    .bind(&method.id)
    .bind(status)
    .bind(decline.map(decline_str))
    .bind(total.amount)
    .bind(charge.amount)
    .bind(charge.currency.code())
    .bind(card.as_ref().map(|c| c.brand.clone()))
    .bind(card.as_ref().map(|c| c.last4.clone()))
    .execute(&mut *tx)
    .await?;
    Ok((payment_id, status, decline))
}

/// The 402 answer of a declined payment, kept for the request's Idempotency-Key.
async fn declined(
    tx: &mut SqliteConnection,
    buyer_id: i64,
    key: &str,
    payment_id: &str,
    reason: DeclineReason,
) -> ApiResult<String> {
    let mut p = Problem::new(ErrorCode::PaymentDeclined, "The payment was declined");
    p.ext.payment_id = Some(payment_id.to_string());
    p.ext.decline_reason = Some(reason);
    let body = serde_json::to_string(&p)?;
    idempotency::answer(tx, buyer_id, key, 402, &body).await?;
    Ok(body)
}

pub fn decline_str(r: DeclineReason) -> &'static str {
    match r {
        DeclineReason::CardDeclined => "card_declined",
        DeclineReason::InsufficientFunds => "insufficient_funds",
        DeclineReason::DeclinedByBuyer => "declined_by_buyer",
        DeclineReason::Unknown => "unknown",
    }
}

fn parse_decline(s: &str) -> DeclineReason {
    [
        DeclineReason::CardDeclined,
        DeclineReason::InsufficientFunds,
        DeclineReason::DeclinedByBuyer,
    ]
    .into_iter()
    .find(|r| decline_str(*r) == s)
    .unwrap_or(DeclineReason::Unknown)
}

/// Takes the bought pieces out of the buyer's stored cart (lines saved for later stay): a line
/// bought whole leaves; a "Buy now" of fewer pieces than the cart holds leaves the rest.
pub async fn remove_bought_from_cart(
    conn: &mut SqliteConnection,
    buyer_id: i64,
    bought: &[storefront_api::cart::CartLineInput],
) -> ApiResult<()> {
    let doc: Option<String> = sqlx::query_scalar("SELECT document FROM carts WHERE buyer_id = ?")
        .bind(buyer_id)
        .fetch_optional(&mut *conn)
        .await?;
    let Some(doc) = doc else {
        return Ok(());
    };
    let mut cart: QuoteRequest = serde_json::from_str(&doc)?;
    if take_bought(&mut cart.lines, bought) {
        super::cart::store(&mut *conn, buyer_id, &cart).await?;
    }
    Ok(())
}

/// Subtracts the bought pieces from the cart's lines; `true` when the lines changed.
pub fn take_bought(
    lines: &mut Vec<storefront_api::cart::CartLineInput>,
    bought: &[storefront_api::cart::CartLineInput],
) -> bool {
    let before = lines.clone();
    for l in lines.iter_mut().filter(|l| !l.saved_for_later) {
        let pieces: i64 = bought
            .iter()
            .filter(|b| b.product_id == l.product_id && b.sku_id == l.sku_id && !b.saved_for_later)
            .map(|b| b.quantity)
            .sum();
        l.quantity -= pieces.max(0);
    }
    lines.retain(|l| l.saved_for_later || l.quantity > 0);
    *lines != before
}

#[derive(sqlx::FromRow)]
struct PaymentRow {
    id: String,
    method: String,
    status: String,
    decline_reason: Option<String>,
    total_cents: i64,
    charge_amount: i64,
    charge_currency: String,
    card_brand: Option<String>,
    card_last4: Option<String>,
    created_at: String,
}

/// Owner of a payment.
pub async fn payment_owner(conn: &mut SqliteConnection, id: &str) -> ApiResult<Option<i64>> {
    Ok(
        sqlx::query_scalar("SELECT buyer_id FROM payments WHERE id = ?")
            .bind(id)
            .fetch_optional(&mut *conn)
            .await?,
    )
}

/// The payment with its orders.
pub async fn payment_view(conn: &mut SqliteConnection, id: &str) -> ApiResult<Option<Payment>> {
    let row: Option<PaymentRow> = sqlx::query_as(
        "SELECT id, method, status, decline_reason, total_cents, charge_amount, \
         charge_currency, card_brand, card_last4, created_at FROM payments WHERE id = ?",
    )
    .bind(id)
    .fetch_optional(&mut *conn)
    .await?;
    let Some(row) = row else {
        return Ok(None);
    };
    let orders: Vec<OrderRow> = store::orders::of_payment(conn, id).await?;
    let status = match row.status.as_str() {
        "succeeded" => PaymentStatus::Succeeded,
        "requires_action" => PaymentStatus::RequiresAction,
        "declined" => PaymentStatus::Declined,
        _ => PaymentStatus::Unknown,
    };
    Ok(Some(Payment {
        redirect_url: (status == PaymentStatus::RequiresAction)
            .then(|| format!("/api/v1/test-provider/payments/{}", row.id)),
        payment_id: row.id,
        status,
        method: row.method,
        decline_reason: row.decline_reason.as_deref().map(parse_decline),
        orders: orders.iter().map(OrderRow::summary).collect(),
        total: Money::usd(row.total_cents),
        charge: Money::new(
            row.charge_amount,
            Currency::parse(&row.charge_currency).unwrap_or(Currency::USD),
        ),
        card_brand: row.card_brand,
        card_last4: row.card_last4,
        created_at: row.created_at,
    }))
}

/// A payment of the buyer's with its orders (e.g. after the provider page sent the buyer back).
#[utoipa::path(get, path = "/api/v1/checkout/payments/{id}", tag = "checkout",
    params(("id" = String, Path, description = "Payment id")),
    responses(
        (status = 200, description = "The payment and its orders", body = Payment),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`payment_not_found` (also another buyer's payment)", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn get_payment(
    State(s): State<AppState>,
    buyer: Buyer,
    captures: Captures,
) -> ApiResult<Response> {
    let not_found = || ApiError::new(ErrorCode::PaymentNotFound, "Payment not found");
    let id = captures.get(0).to_string();
    let mut conn = s.pool.acquire().await?;
    if payment_owner(&mut conn, &id).await? != Some(buyer.id) {
        return Err(not_found());
    }
    let payment = payment_view(&mut conn, &id).await?.ok_or_else(not_found)?;
    let mut res = Json(payment).into_response();
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(res)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_from_unix_time() {
        assert_eq!(year_month(0), (1970, 1));
        assert_eq!(year_month(951_782_400), (2000, 2)); // 2000-02-29
        assert_eq!(year_month(1_767_225_599), (2025, 12)); // 2025-12-31T23:59:59Z
        assert_eq!(year_month(1_767_225_600), (2026, 1));
    }

    #[test]
    fn bought_pieces_leave_the_cart_and_the_rest_stays() {
        use storefront_api::cart::CartLineInput;
        let line = |sku: i64, quantity: i64, saved: bool| CartLineInput {
            product_id: 1,
            sku_id: sku,
            quantity,
            saved_for_later: saved,
        };
        let mut cart = vec![line(1, 2, false), line(2, 1, false), line(3, 1, true)];
        // "Buy now" of one piece of SKU 1: one stays; SKU 2 is bought whole.
        assert!(take_bought(
            &mut cart,
            &[line(1, 1, false), line(2, 1, false)]
        ));
        assert_eq!(cart, vec![line(1, 1, false), line(3, 1, true)]);
        // Saved for later is never bought; nothing else matches.
        assert!(!take_bought(
            &mut cart,
            &[line(3, 1, false), line(9, 1, false)]
        ));
        assert_eq!(cart, vec![line(1, 1, false), line(3, 1, true)]);
    }
}
