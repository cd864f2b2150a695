//! Paying again for an order whose payment was declined.

use super::*;

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
        mask_card(&mut masked.payment);
        let text = serde_json::to_string(&("pay_again", order_id, &masked, &if_match, lang.code()))
            .map_err(ApiError::internal)?;
        auth::sha256_hex(text.as_bytes())
    };
    match idempotency::claim(&s.pool, buyer.id, &key, &fingerprint).await? {
        Claim::Owner => {}
        Claim::Replay { status, body } => {
            return Ok(crate::http::extract::replayed(json_response(status, body)));
        }
        Claim::Reused => return Err(crate::http::extract::key_reused()),
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

pub(crate) async fn pay_order_again(
    s: &AppState,
    buyer: &Buyer,
    key: &str,
    order_id: i64,
    if_match: Option<&str>,
    req: &PayAgainRequest,
    (method, outcome, card): Checked,
) -> ApiResult<(u16, String)> {
    let _guard = s.ticker.lock().await;
    let at = s.clock.now();
    let mut tx = s.pool.begin_with("BEGIN IMMEDIATE").await?;
    let not_found = || ApiError::new(ErrorCode::OrderNotFound, "Order not found");
    let row = store::load::<store::orders::OrderRow>(&mut tx, order_id, Some(buyer.id))
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
        let stock = match sku_index(l.product_id, l.sku_id) {
            Some(index) => store::products::sku_stock(&mut tx, l.product_id, index).await?,
            None => None,
        };
        if let Some(problem) = stock_problem(stock, l.quantity) {
            short.push(field(&format!("lines/{n}"), problem));
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
    let (state, hold) = initial_states(paid);
    store::orders::set_paid_again(&mut tx, order_id, state, hold, &payment_id).await?;
    for l in &lines {
        adjust_stock(&mut tx, l.product_id, l.sku_id, -l.quantity).await?;
    }
    if paid {
        orders::on_paid(&mut tx, order_id, at).await?;
        remove_bought(&mut tx, buyer.id, &bought(&lines), now()).await?;
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
