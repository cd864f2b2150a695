//! Cart quotes (anyone) and the signed-in buyer's stored cart.

use crate::auth::{now, Buyer, JsonBody};
use crate::error::ApiResult;
use crate::lang::Lang;
use crate::params::Params;
use crate::pricing::{self, invalid, normalise};
use crate::AppState;
use axum::extract::State;
use axum::routing;
use axum::Json;
use axum::Router;
use sqlx::SqlitePool;
use storefront_api::cart::*;
use storefront_api::Problem;

/// This resource's routes.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/cart", routing::get(get).put(put))
        .route("/api/v1/cart/quote", routing::post(quote))
        .route("/api/v1/cart/merge", routing::post(merge))
}

/// The stored cart document (empty when the buyer has none).
pub async fn load(pool: &SqlitePool, buyer_id: i64) -> ApiResult<QuoteRequest> {
    let doc: Option<String> = sqlx::query_scalar("SELECT document FROM carts WHERE buyer_id = ?")
        .bind(buyer_id)
        .fetch_optional(pool)
        .await?;
    Ok(match doc {
        Some(d) => serde_json::from_str(&d)?,
        None => QuoteRequest::default(),
    })
}

pub async fn store<'c, E>(executor: E, buyer_id: i64, doc: &QuoteRequest) -> ApiResult<()>
where
    E: sqlx::Executor<'c, Database = sqlx::Sqlite>,
{
    sqlx::query(
        "INSERT INTO carts (buyer_id, document, updated_at) VALUES (?, ?, ?) \
         ON CONFLICT (buyer_id) DO UPDATE SET document = excluded.document, \
         updated_at = excluded.updated_at",
    )
    .bind(buyer_id)
    .bind(serde_json::to_string(doc)?)
    .bind(now())
    .execute(executor)
    .await?;
    Ok(())
}

async fn price(pool: &SqlitePool, doc: QuoteRequest, lang: Lang) -> ApiResult<Quote> {
    let mut conn = pool.acquire().await?;
    pricing::quote(&mut conn, doc, lang, now()).await
}

const QUOTE_ERRORS: &str = "`validation_failed`: `ship_to` country_not_shipped, `lines` too_many (over 100), `lines/<n>/quantity` out_of_range (1–9999), `lines/<n>/product_id` / `sku_id` out_of_range, `coupons` too_many (over 10), `coupons/<n>` too_long";

/// Prices a cart without storing it: lines grouped by seller (one future order each) with tier
/// prices, stock, problems, shipping options to `ship_to` (the chosen one, default the
/// cheapest), coupons (seller coupons first, then one platform coupon spread pro rata over all
/// lines; results per code with a reason) and the totals. All money in USD.
#[utoipa::path(post, path = "/api/v1/cart/quote", tag = "cart",
    params(("lang" = Option<String>, Query, description = "Language of titles and option values")),
    request_body(content = QuoteRequest, content_type = "application/json"),
    responses(
        (status = 200, description = "The priced cart", body = Quote),
        (status = 400, description = "`invalid_parameter` (`body` `malformed`)", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "`unsupported_media_type`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = QUOTE_ERRORS, body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn quote(
    State(s): State<AppState>,
    params: Params,
    JsonBody(req): JsonBody<QuoteRequest>,
) -> ApiResult<Json<Quote>> {
    let mut conn = s.pool.acquire().await?;
    Ok(Json(
        pricing::quote_request(&mut conn, req, params.lang()).await?,
    ))
}

/// The buyer's stored cart, priced now (`request` is the stored document).
#[utoipa::path(get, path = "/api/v1/cart", tag = "cart",
    params(("lang" = Option<String>, Query, description = "Language of titles and option values")),
    responses(
        (status = 200, description = "The stored cart, priced", body = Quote),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn get(
    State(s): State<AppState>,
    buyer: Buyer,
    params: Params,
) -> ApiResult<Json<Quote>> {
    let doc = load(&s.pool, buyer.id).await?;
    let doc = normalise(doc.clone()).unwrap_or(doc);
    Ok(Json(price(&s.pool, doc, params.lang()).await?))
}

/// Replaces the whole stored cart (lines incl. saved for later, shipping choices, coupons,
/// ship-to) and answers it priced.
#[utoipa::path(put, path = "/api/v1/cart", tag = "cart",
    params(("lang" = Option<String>, Query, description = "Language of titles and option values")),
    request_body(content = QuoteRequest, content_type = "application/json"),
    responses(
        (status = 200, description = "Stored; the cart priced", body = Quote),
        (status = 400, description = "`invalid_parameter` (`body` `malformed`)", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "`unsupported_media_type`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = QUOTE_ERRORS, body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn put(
    State(s): State<AppState>,
    buyer: Buyer,
    params: Params,
    JsonBody(req): JsonBody<QuoteRequest>,
) -> ApiResult<Json<Quote>> {
    let doc = normalise(req).map_err(invalid)?;
    store(&s.pool, buyer.id, &doc).await?;
    Ok(Json(price(&s.pool, doc, params.lang()).await?))
}

/// Adds lines (e.g. the signed-out cart kept in the browser) to the stored cart: a SKU already
/// there gets the quantities summed, capped by its stock (and 9999); a merged line is no longer
/// saved for later if the added one is not. Answers the stored cart priced.
#[utoipa::path(post, path = "/api/v1/cart/merge", tag = "cart",
    params(("lang" = Option<String>, Query, description = "Language of titles and option values")),
    request_body(content = MergeRequest, content_type = "application/json"),
    responses(
        (status = 200, description = "Merged and stored; the cart priced", body = Quote),
        (status = 400, description = "`invalid_parameter` (`body` `malformed`)", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "`unsupported_media_type`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = QUOTE_ERRORS, body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn merge(
    State(s): State<AppState>,
    buyer: Buyer,
    params: Params,
    JsonBody(req): JsonBody<MergeRequest>,
) -> ApiResult<Json<Quote>> {
    // Validate the incoming lines alone first, so field errors point into the request.
    let incoming = normalise(QuoteRequest {
        lines: req.lines,
        ..QuoteRequest::default()
    })
    .map_err(invalid)?;
    let mut tx = s.pool.begin_with("BEGIN IMMEDIATE").await?;
    let stored: Option<String> =
        sqlx::query_scalar("SELECT document FROM carts WHERE buyer_id = ?")
            .bind(buyer.id)
            .fetch_optional(&mut *tx)
            .await?;
    let stored: QuoteRequest = match stored {
        Some(d) => serde_json::from_str(&d)?,
        None => QuoteRequest::default(),
    };
    let mut doc = normalise(stored.clone()).unwrap_or(stored);
    let mut touched = Vec::new();
    for l in incoming.lines {
        let at = doc
            .lines
            .iter()
            .position(|m| m.product_id == l.product_id && m.sku_id == l.sku_id);
        match at {
            Some(i) => {
                let m = &mut doc.lines[i];
                m.quantity = (m.quantity + l.quantity).min(MAX_LINE_QUANTITY);
                m.saved_for_later = m.saved_for_later && l.saved_for_later;
                touched.push(l.sku_id);
            }
            None if doc.lines.len() < MAX_CART_LINES => {
                touched.push(l.sku_id);
                doc.lines.push(l);
            }
            None => {}
        }
    }
    // Cap merged lines by stock.
    let priced = pricing::quote(&mut tx, doc.clone(), Lang::En, now()).await?;
    let stock: Vec<(i64, i64)> = priced
        .sellers
        .iter()
        .flat_map(|g| g.lines.iter())
        .chain(priced.saved_for_later.iter())
        .map(|l| (l.sku_id, l.stock))
        .collect();
    for l in doc.lines.iter_mut().filter(|l| touched.contains(&l.sku_id)) {
        if let Some((_, st)) = stock.iter().find(|(sku, _)| *sku == l.sku_id) {
            if *st > 0 && l.quantity > *st {
                l.quantity = *st;
            }
        }
    }
    store(&mut *tx, buyer.id, &doc).await?;
    tx.commit().await?;
    Ok(Json(price(&s.pool, doc, params.lang()).await?))
}
