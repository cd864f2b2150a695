//! Payments: recording them, declines, the bought pieces leaving the cart, and reading one.

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

pub fn decline_str(r: DeclineReason) -> &'static str {
    match r {
        DeclineReason::CardDeclined => "card_declined",
        DeclineReason::InsufficientFunds => "insufficient_funds",
        DeclineReason::DeclinedByBuyer => "declined_by_buyer",
        DeclineReason::Unknown => "unknown",
    }
}

pub(crate) fn parse_decline(s: &str) -> DeclineReason {
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
        crate::http::cart::store(&mut *conn, buyer_id, &cart).await?;
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
pub(crate) struct PaymentRow {
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
