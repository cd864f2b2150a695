//! Payments: recording them, declines, and reading one.

use super::*;

/// Records a payment of `total` (USD) charged in `currency` with the test provider's `outcome`;
/// its id, its status, and the decline reason when the provider declines it.
pub(crate) async fn record_payment(
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
    let (status, decline) = status_of(outcome);
    store::payments::insert(
        tx,
        &store::payments::NewPayment {
            id: &payment_id,
            buyer_id,
            method: &method.id,
            status,
            decline_reason: decline.map(decline_str),
            total_cents: total.amount,
            charge_amount: charge.amount,
            charge_currency: charge.currency.code(),
            card_brand: card.as_ref().map(|c| c.brand.as_str()),
            card_last4: card.as_ref().map(|c| c.last4.as_str()),
        },
    )
    .await?;
    Ok((payment_id, status, decline))
}

/// The 402 answer of a declined payment, kept for the request's Idempotency-Key.
pub(crate) async fn declined(
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

/// Owner of a payment.
pub async fn payment_owner(conn: &mut SqliteConnection, id: &str) -> ApiResult<Option<i64>> {
    Ok(store::payments::owner(conn, id).await?)
}

/// The payment with its orders.
pub async fn payment_view(conn: &mut SqliteConnection, id: &str) -> ApiResult<Option<Payment>> {
    let row = store::payments::load(conn, id).await?;
    let Some(row) = row else {
        return Ok(None);
    };
    let orders: Vec<OrderRow> = store::orders::of_payment(conn, id).await?;
    let status = parse_status(&row.status);
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
