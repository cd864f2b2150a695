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
