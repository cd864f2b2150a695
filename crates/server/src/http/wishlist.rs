//! Routes of the wish list, followed stores, recommendations and buy again (see
//! `storefront_api::wishlist`).

use crate::auth::{now, require_json, Buyer, JsonBody};
use crate::domain::wishlist as domain;
use crate::error::{ApiError, ApiResult};
use crate::http::Captures;
use crate::params::Params;
use crate::pricing::{percent_for, tier_unit};
use crate::render;
use crate::store::wishlist as store;
use crate::AppState;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::routing::get;
use axum::{Json, Router};
use storefront_api::orders::{OrderLine, OrderState};
use storefront_api::wishlist::*;
use storefront_api::{ErrorCode, FieldError, Money, Page, Problem, ProductSummary};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/wishlist", get(list))
        .route("/api/v1/wishlist/ids", get(ids))
        .route("/api/v1/wishlist/merge", axum::routing::post(merge))
        .route("/api/v1/wishlist/priced", axum::routing::post(priced))
        .route(
            "/api/v1/wishlist/{product_id}",
            axum::routing::put(add).delete(remove),
        )
        .route(
            "/api/v1/sellers/{id}/follow",
            get(follow_state).put(follow).delete(unfollow),
        )
        .route("/api/v1/account/following", get(following))
        .route("/api/v1/products/{id}/similar", get(similar))
        .route(
            "/api/v1/products/{id}/more-from-store",
            get(more_from_store),
        )
        .route("/api/v1/orders/{id}/buy-again", get(buy_again))
}

async fn ids_of(s: &AppState, buyer: &Buyer) -> ApiResult<Json<WishlistIds>> {
    Ok(Json(WishlistIds {
        product_ids: store::wishlist_ids(&s.pool, buyer.id).await?,
    }))
}

/// The wish list, priced now: the price when added, a "price dropped" flag, stock, and the SKU
/// "add to cart" takes (the cheapest in stock).
#[utoipa::path(get, path = "/api/v1/wishlist", tag = "wishlist",
    params(("lang" = Option<String>, Query, description = "Language of titles")),
    responses(
        (status = 200, description = "The wish list, newest first", body = Wishlist),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn list(
    State(s): State<AppState>,
    buyer: Buyer,
    params: Params,
) -> ApiResult<Json<Wishlist>> {
    let rows = store::wishlist(&s.pool, buyer.id, params.lang()).await?;
    Ok(Json(priced_items(rows)))
}

/// The signed-out wish list (kept in the browser) priced like the stored one; nothing is stored.
#[utoipa::path(post, path = "/api/v1/wishlist/priced", tag = "wishlist",
    params(("lang" = Option<String>, Query, description = "Language of titles")),
    request_body(content = WishlistMergeRequest, content_type = "application/json"),
    responses(
        (status = 200, description = "The given products priced now, in the given order; unknown products are left out", body = Wishlist),
        (status = 400, description = "`invalid_parameter` (`body` `malformed`)", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "`unsupported_media_type`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`: `items` `too_many` (over 500), `items/<n>/price` `out_of_range`", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn priced(
    State(s): State<AppState>,
    params: Params,
    JsonBody(req): JsonBody<WishlistMergeRequest>,
) -> ApiResult<Json<Wishlist>> {
    let wishes = checked(&req)?;
    let ids: Vec<i64> = wishes.iter().map(|w| w.product_id).collect();
    let mut rows = store::products_now(&s.pool, &ids, params.lang()).await?;
    rows.retain_mut(|r| {
        let Some(w) = wishes.iter().find(|w| w.product_id == r.product_id) else {
            return false;
        };
        r.added_price_cents = w.added_price_cents.or(r.price_cents).unwrap_or(0);
        r.added_at = w.added_at;
        true
    });
    rows.sort_by_key(|r| ids.iter().position(|id| *id == r.product_id));
    Ok(Json(priced_items(rows)))
}

fn priced_items(rows: Vec<store::WishRow>) -> Wishlist {
    let items = rows
        .into_iter()
        .map(|r| {
            let skus = r
                .details
                .as_deref()
                .and_then(|d| serde_json::from_str::<crate::seed::gen::Details>(d).ok())
                .map(|d| d.skus)
                .unwrap_or_default();
            let cheapest = domain::cheapest_in_stock(&skus);
            let currency = storefront_api::Currency::parse(&r.added_currency)
                .unwrap_or(storefront_api::Currency::USD);
            WishlistItem {
                product_id: r.product_id,
                title: r.title.clone().unwrap_or_default(),
                image: if r.price_cents.is_some() {
                    render::image_url(r.product_id, 0)
                } else {
                    String::new()
                },
                seller_id: r.seller_id.unwrap_or(0),
                price_when_added: Money::new(r.added_price_cents, currency),
                price_now: r.price_cents.map(Money::usd),
                price_dropped: domain::price_dropped(
                    r.added_price_cents,
                    &r.added_currency,
                    r.price_cents,
                ),
                in_stock: cheapest.is_some(),
                sku_id: cheapest.map(|(i, _)| r.product_id * 100 + i as i64),
                added_at: r.added_at,
            }
        })
        .collect();
    Wishlist { items }
}

/// Product ids on the wish list: what the hearts need.
#[utoipa::path(get, path = "/api/v1/wishlist/ids", tag = "wishlist",
    responses(
        (status = 200, description = "Newest first", body = WishlistIds),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn ids(State(s): State<AppState>, buyer: Buyer) -> ApiResult<Json<WishlistIds>> {
    ids_of(&s, &buyer).await
}

fn too_many() -> ApiError {
    let mut p = Problem::new(ErrorCode::ValidationFailed, "The wish list is full");
    p.errors = vec![FieldError {
        field: "product_id".into(),
        code: "too_many".into(),
    }];
    ApiError(p)
}

/// Adds a product at its price now (idempotent: a product already there keeps its first price).
#[utoipa::path(put, path = "/api/v1/wishlist/{product_id}", tag = "wishlist",
    params(("product_id" = i64, Path, description = "Product id")),
    responses(
        (status = 200, description = "Added (or already there)", body = WishlistIds),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`product_not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "`unsupported_media_type`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`: `product_id` `too_many` (500 on the list)", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn add(
    State(s): State<AppState>,
    buyer: Buyer,
    captures: Captures,
    headers: HeaderMap,
) -> ApiResult<Json<WishlistIds>> {
    let id = captures.id(0, ErrorCode::ProductNotFound)?;
    require_json(&headers)?;
    if !store::product_exists(&s.pool, id).await? {
        return Err(ApiError::not_found(ErrorCode::ProductNotFound));
    }
    let wish = store::NewWish {
        product_id: id,
        added_price_cents: None,
        added_at: now(),
    };
    let added = store::add(&s.pool, buyer.id, &[wish]).await?;
    if added == 0 && store::wishlist_count(&s.pool, buyer.id).await? >= store::MAX_WISHLIST {
        let ids = store::wishlist_ids(&s.pool, buyer.id).await?;
        if !ids.contains(&id) {
            return Err(too_many());
        }
    }
    ids_of(&s, &buyer).await
}

/// Takes a product off the wish list (idempotent).
#[utoipa::path(delete, path = "/api/v1/wishlist/{product_id}", tag = "wishlist",
    params(("product_id" = i64, Path, description = "Product id")),
    responses(
        (status = 200, description = "Removed (or was not there)", body = WishlistIds),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`product_not_found` (not a product id)", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn remove(
    State(s): State<AppState>,
    buyer: Buyer,
    captures: Captures,
) -> ApiResult<Json<WishlistIds>> {
    let id = captures.id(0, ErrorCode::ProductNotFound)?;
    store::remove(&s.pool, buyer.id, id).await?;
    ids_of(&s, &buyer).await
}

/// Adds the signed-out wish list kept in the browser (sign-in): each product with the price
/// the buyer saw when hearting it; products already listed keep theirs; unknown ones are skipped.
#[utoipa::path(post, path = "/api/v1/wishlist/merge", tag = "wishlist",
    request_body(content = WishlistMergeRequest, content_type = "application/json"),
    responses(
        (status = 200, description = "Merged", body = WishlistIds),
        (status = 400, description = "`invalid_parameter` (`body` `malformed`)", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "`unsupported_media_type`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`: `items` `too_many` (over 500), `items/<n>/price` `out_of_range`", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn merge(
    State(s): State<AppState>,
    buyer: Buyer,
    JsonBody(req): JsonBody<WishlistMergeRequest>,
) -> ApiResult<Json<WishlistIds>> {
    let wishes = checked(&req)?;
    store::add(&s.pool, buyer.id, &wishes).await?;
    ids_of(&s, &buyer).await
}

/// The request's products as [`store::NewWish`]es, or `422` naming the bad fields.
fn checked(req: &WishlistMergeRequest) -> ApiResult<Vec<store::NewWish>> {
    let mut errors = Vec::new();
    if req.items.len() > MAX_WISHLIST_ITEMS {
        errors.push(field("items", "too_many"));
    }
    let at = now();
    let mut wishes = Vec::new();
    for (n, w) in req.items.iter().enumerate() {
        let price = match w.price {
            Some(m) if m.currency != storefront_api::Currency::USD || m.amount <= 0 => {
                errors.push(field(&format!("items/{n}/price"), "out_of_range"));
                None
            }
            Some(m) => Some(m.amount),
            None => None,
        };
        wishes.push(store::NewWish {
            product_id: w.product_id,
            added_price_cents: price,
            // A time from the future (a wrong clock) reads as now.
            added_at: w.added_at.filter(|t| *t > 0 && *t <= at).unwrap_or(at),
        });
    }
    if !errors.is_empty() {
        let mut p = Problem::new(ErrorCode::ValidationFailed, "Invalid wish list");
        p.errors = errors;
        return Err(ApiError(p));
    }
    Ok(wishes)
}

fn field(name: &str, code: &str) -> FieldError {
    FieldError {
        field: name.into(),
        code: code.into(),
    }
}

async fn follow_answer(
    s: &AppState,
    buyer: &Buyer,
    seller_id: i64,
) -> ApiResult<Json<FollowState>> {
    let followers = store::followers(&s.pool, seller_id)
        .await?
        .ok_or_else(|| ApiError::not_found(ErrorCode::SellerNotFound))?;
    Ok(Json(FollowState {
        seller_id,
        following: store::is_following(&s.pool, buyer.id, seller_id).await?,
        followers,
    }))
}

/// Whether the buyer follows the store, and its follower count.
#[utoipa::path(get, path = "/api/v1/sellers/{id}/follow", tag = "wishlist",
    params(("id" = i64, Path, description = "Seller id")),
    responses(
        (status = 200, description = "The follow state", body = FollowState),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`seller_not_found`", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn follow_state(
    State(s): State<AppState>,
    buyer: Buyer,
    captures: Captures,
) -> ApiResult<Json<FollowState>> {
    let id = captures.id(0, ErrorCode::SellerNotFound)?;
    follow_answer(&s, &buyer, id).await
}

/// Follows the store (idempotent); the follower count grows by one the first time.
#[utoipa::path(put, path = "/api/v1/sellers/{id}/follow", tag = "wishlist",
    params(("id" = i64, Path, description = "Seller id")),
    responses(
        (status = 200, description = "Following", body = FollowState),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`seller_not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "`unsupported_media_type`", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn follow(
    State(s): State<AppState>,
    buyer: Buyer,
    captures: Captures,
    headers: HeaderMap,
) -> ApiResult<Json<FollowState>> {
    let id = captures.id(0, ErrorCode::SellerNotFound)?;
    require_json(&headers)?;
    store::set_follow(&s.pool, buyer.id, id, true, now())
        .await?
        .ok_or_else(|| ApiError::not_found(ErrorCode::SellerNotFound))?;
    follow_answer(&s, &buyer, id).await
}

/// Unfollows the store (idempotent).
#[utoipa::path(delete, path = "/api/v1/sellers/{id}/follow", tag = "wishlist",
    params(("id" = i64, Path, description = "Seller id")),
    responses(
        (status = 200, description = "Not following", body = FollowState),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`seller_not_found`", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn unfollow(
    State(s): State<AppState>,
    buyer: Buyer,
    captures: Captures,
) -> ApiResult<Json<FollowState>> {
    let id = captures.id(0, ErrorCode::SellerNotFound)?;
    store::set_follow(&s.pool, buyer.id, id, false, now())
        .await?
        .ok_or_else(|| ApiError::not_found(ErrorCode::SellerNotFound))?;
    follow_answer(&s, &buyer, id).await
}

/// The stores the buyer follows.
#[utoipa::path(get, path = "/api/v1/account/following", tag = "wishlist",
    responses(
        (status = 200, description = "Most recently followed first", body = Following),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn following(State(s): State<AppState>, buyer: Buyer) -> ApiResult<Json<Following>> {
    let stores = store::following(&s.pool, buyer.id)
        .await?
        .into_iter()
        .map(|r| FollowedStore {
            seller_id: r.seller_id,
            name: r.name,
            country: r.country,
            followers: r.followers,
            positive_feedback_x10: r.positive_feedback_x10.clamp(0, 1000) as u16,
            followed_at: r.followed_at,
        })
        .collect();
    Ok(Json(Following { stores }))
}

/// Similar items: the same subcategory, in stock, near the product's price, ranked with the
/// search index's signals; never the product itself.
#[utoipa::path(get, path = "/api/v1/products/{id}/similar", tag = "wishlist",
    params(("id" = i64, Path, description = "Product id"),
        ("lang" = Option<String>, Query, description = "Language of titles")),
    responses(
        (status = 200, description = "At most 12 products", body = Page<ProductSummary>),
        (status = 404, description = "`product_not_found`", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn similar(
    State(s): State<AppState>,
    captures: Captures,
    params: Params,
) -> ApiResult<Json<Page<ProductSummary>>> {
    let id = captures.id(0, ErrorCode::ProductNotFound)?;
    if s.search.position(id).is_none() && !store::product_exists(&s.pool, id).await? {
        return Err(ApiError::not_found(ErrorCode::ProductNotFound));
    }
    let ids = domain::similar(&s.search, id, RECOMMENDATION_LIMIT);
    Ok(Json(Page {
        items: store::summaries(&s.pool, &ids, params.lang()).await?,
        next_cursor: None,
    }))
}

/// The store's best sellers besides this product.
#[utoipa::path(get, path = "/api/v1/products/{id}/more-from-store", tag = "wishlist",
    params(("id" = i64, Path, description = "Product id"),
        ("lang" = Option<String>, Query, description = "Language of titles")),
    responses(
        (status = 200, description = "At most 12 products of the same seller", body = Page<ProductSummary>),
        (status = 404, description = "`product_not_found`", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn more_from_store(
    State(s): State<AppState>,
    captures: Captures,
    params: Params,
) -> ApiResult<Json<Page<ProductSummary>>> {
    let id = captures.id(0, ErrorCode::ProductNotFound)?;
    let (_, seller, _) = store::product_anchor(&s.pool, id)
        .await?
        .ok_or_else(|| ApiError::not_found(ErrorCode::ProductNotFound))?;
    let ids = store::seller_product_ids(&s.pool, seller, id, RECOMMENDATION_LIMIT as i64).await?;
    Ok(Json(Page {
        items: store::summaries(&s.pool, &ids, params.lang()).await?,
        next_cursor: None,
    }))
}

/// A completed order's SKUs at today's prices: per line whether the price changed, the SKU
/// is out of stock or gone. Nothing is stored; the client adds the available lines to its cart.
#[utoipa::path(get, path = "/api/v1/orders/{id}/buy-again", tag = "wishlist",
    params(("id" = i64, Path, description = "Order id")),
    responses(
        (status = 200, description = "The order's lines priced now", body = BuyAgain),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`order_not_found` (also another buyer's order)", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`illegal_transition`: the order is not completed", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn buy_again(
    State(s): State<AppState>,
    buyer: Buyer,
    captures: Captures,
) -> ApiResult<Json<BuyAgain>> {
    let id = captures.id(0, ErrorCode::OrderNotFound)?;
    let (state, lines) = store::order_lines(&s.pool, buyer.id, id)
        .await?
        .ok_or_else(|| ApiError::new(ErrorCode::OrderNotFound, "Order not found"))?;
    if OrderState::parse(&state) != OrderState::Completed {
        return Err(ApiError::new(
            ErrorCode::IllegalTransition,
            "Only a completed order can be bought again",
        ));
    }
    let lines: Vec<OrderLine> = serde_json::from_str(&lines)?;
    let mut out = Vec::with_capacity(lines.len());
    for l in lines {
        let details = store::details(&s.pool, l.product_id).await?;
        let now = details.as_ref().and_then(|d| {
            let index = usize::try_from(l.sku_id - l.product_id * 100).ok()?;
            let [base, stock] = *d.skus.get(index)?;
            let tiers = render::tiers(d);
            Some((tier_unit(base, percent_for(&tiers, l.quantity)), stock))
        });
        let status = domain::buy_again_status(l.unit_price.amount, now);
        let quantity = match now {
            Some((_, stock)) if stock > 0 => l.quantity.min(stock),
            _ => l.quantity,
        };
        out.push(BuyAgainLine {
            product_id: l.product_id,
            sku_id: l.sku_id,
            quantity,
            title: l.title,
            sku_label: l.sku_label,
            price_then: l.unit_price,
            price_now: now.map(|(p, _)| Money::usd(p)),
            status,
        });
    }
    Ok(Json(BuyAgain {
        order_id: id,
        lines: out,
    }))
}
