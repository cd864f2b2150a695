//! Placing the orders of a checkout: stock, payment, orders, events, in one transaction.

use super::*;

/// Does the checkout; answers the stored (status, body), or a refusal that changed nothing.
pub(crate) async fn place(
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
        crate::http::cart::load(&s.pool, buyer.id).await?
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
    let LineErrors {
        stock: stock_errors,
        shipping: ship_errors,
    } = line_errors(&doc.lines, &quote);
    if !stock_errors.is_empty() {
        return Err(conflict(
            ErrorCode::OutOfStock,
            "Some lines are out of stock",
            quote,
            stock_errors,
        ));
    }
    if !ship_errors.is_empty() || unshippable(&quote) {
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
    let (state, hold) = initial_states(paid);
    let address_json = serde_json::to_string(&address)?;
    let partner = req.partner.as_deref().filter(|p| valid_partner_id(p));
    // Order times come from the order clock (simulated in demo mode).
    let placed_at = s.clock.now();
    for g in &quote.sellers {
        let shipping = order_shipping(g)
            .ok_or_else(|| ApiError::internal("chosen shipping option vanished"))?;
        let order_lines = order_lines(g);
        let item_count: i64 = g.lines.iter().map(|l| l.quantity).sum();
        let order_id = store::orders::insert(
            &mut tx,
            &store::orders::NewOrder {
                buyer_id: buyer.id,
                payment_id: &payment_id,
                seller_id: g.seller_id,
                seller_name: &g.seller_name,
                state,
                hold_state: hold,
                hold_cents: g.total.amount,
                items_cents: g.subtotal.amount,
                shipping_cents: g.shipping_cost.amount,
                discount_cents: g.seller_discount.amount + g.platform_discount.amount,
                total_cents: g.total.amount,
                item_count,
                image: g
                    .lines
                    .first()
                    .map(|l| l.image.as_str())
                    .unwrap_or_default(),
                shipping: &serde_json::to_string(&shipping)?,
                address: &address_json,
                lines: &serde_json::to_string(&order_lines)?,
                placed_at: &crate::clock::rfc3339(placed_at),
                partner_id: partner,
            },
        )
        .await?;
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
        remove_bought(&mut tx, buyer.id, &doc.lines, now()).await?;
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
