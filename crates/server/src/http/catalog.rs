//! Categories, products, reviews, sellers and the home page.

use super::Captures;
use crate::catalog::{self, ListFilter};
use crate::error::{ApiError, ApiResult};
use crate::params::{Checker, Params};
use crate::seed::gen::civil_from_days;
use crate::AppState;
use axum::extract::State;
use axum::routing::get;
use axum::Json;
use axum::Router;
use storefront_api::{
    Category, CategoryDetail, ErrorCode, Home, LangQuery, Page, Problem, ProductDetail,
    ProductListQuery, ProductSummary, Review, ReviewQuery, Seller,
};

/// This resource's routes.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/home", get(home))
        .route("/api/v1/categories", get(categories))
        .route("/api/v1/categories/{id_or_slug}", get(category))
        .route("/api/v1/products", get(products))
        .route("/api/v1/products/{id}", get(product))
        .route("/api/v1/products/{id}/reviews", get(reviews))
        .route("/api/v1/sellers/{id}", get(seller))
}

/// The category tree: top categories with their subcategories.
#[utoipa::path(get, path = "/api/v1/categories", tag = "catalogue", params(LangQuery),
    responses(
        (status = 200, description = "Top categories with children", body = Vec<Category>),
        (status = 500, description = "`internal`: a server failure (or an injected fault in demo mode); retrying may help", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn categories(State(s): State<AppState>, params: Params) -> Json<Vec<Category>> {
    Json(s.categories.tree(params.lang()))
}

/// One category by numeric id or slug, with its breadcrumb trail and direct children.
#[utoipa::path(get, path = "/api/v1/categories/{id_or_slug}", tag = "catalogue",
    params(("id_or_slug" = String, Path, description = "Category id or slug"), LangQuery),
    responses(
        (status = 200, description = "The category", body = CategoryDetail),
        (status = 404, description = "`category_not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 500, description = "`internal`: a server failure (or an injected fault in demo mode); retrying may help", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn category(
    State(s): State<AppState>,
    captures: Captures,
    params: Params,
) -> ApiResult<Json<CategoryDetail>> {
    s.categories
        .detail(captures.get(0), params.lang())
        .map(Json)
        .ok_or_else(|| ApiError::not_found(ErrorCode::CategoryNotFound))
}

/// Products by orders (most first, then id), one keyset page at a time: the cheap list.
/// For filters, sorts and facets use `GET /api/v1/search` (without `q` for category and
/// store pages).
#[utoipa::path(get, path = "/api/v1/products", tag = "catalogue", params(ProductListQuery),
    responses(
        (status = 200, description = "A page of products", body = Page<ProductSummary>),
        (status = 400, description = "`invalid_parameter` (see `errors`) or `invalid_cursor`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`category_not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 500, description = "`internal`: a server failure (or an injected fault in demo mode); retrying may help", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn products(
    State(s): State<AppState>,
    params: Params,
) -> ApiResult<Json<Page<ProductSummary>>> {
    let mut check = Checker::default();
    let category = check.id(&params, "category");
    let seller = check.id(&params, "seller");
    let limit = check.limit(&params);
    let cursor = check.cursor(&params);
    check.finish()?;
    let filter = ListFilter {
        category,
        seller,
        cursor,
        limit,
        lang: params.lang(),
    };
    Ok(Json(
        catalog::list_products(&s.pool, &s.categories, filter).await?,
    ))
}

/// Everything the product page shows.
#[utoipa::path(get, path = "/api/v1/products/{id}", tag = "catalogue",
    params(("id" = i64, Path, description = "Product id"), LangQuery),
    responses(
        (status = 200, description = "The product", body = ProductDetail),
        (status = 404, description = "`product_not_found` (also for a non-numeric id)", body = Problem, content_type = "application/problem+json"),
        (status = 500, description = "`internal`: a server failure (or an injected fault in demo mode); retrying may help", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn product(
    State(s): State<AppState>,
    captures: Captures,
    params: Params,
) -> ApiResult<Json<ProductDetail>> {
    let id = captures.id(0, ErrorCode::ProductNotFound)?;
    Ok(Json(
        catalog::product(&s.pool, &s.categories, &s.taxonomy, id, params.lang()).await?,
    ))
}

/// Stored reviews of a product, newest first, optionally only those with photos and/or with
/// exactly `stars` stars. The product's `reviews_count` and `rating_x10` are counted from these
/// same reviews (as is `/reviews/summary`), including those made from order feedback. Photos are
/// `/api/v1/images/reviews/{review_id}/0.svg`.
#[utoipa::path(get, path = "/api/v1/products/{id}/reviews", tag = "catalogue",
    params(("id" = i64, Path, description = "Product id"), ReviewQuery),
    responses(
        (status = 200, description = "A page of reviews", body = Page<Review>),
        (status = 400, description = "`invalid_parameter` or `invalid_cursor`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`product_not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 500, description = "`internal`: a server failure (or an injected fault in demo mode); retrying may help", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn reviews(
    State(s): State<AppState>,
    captures: Captures,
    params: Params,
) -> ApiResult<Json<Page<Review>>> {
    let id = captures.id(0, ErrorCode::ProductNotFound)?;
    let mut check = Checker::default();
    let limit = check.limit(&params);
    let cursor = check.cursor(&params);
    let with_photos = match params.get("with_photos").map(str::trim) {
        None | Some("") | Some("false") | Some("0") => false,
        Some("true") | Some("1") => true,
        Some(_) => {
            check.fail("with_photos", "malformed");
            false
        }
    };
    let stars = match params.get("stars").map(str::trim) {
        None | Some("") => None,
        Some(v) => match v.parse::<i64>() {
            Ok(n) if (1..=5).contains(&n) => Some(n),
            Ok(_) => {
                check.fail("stars", "out_of_range");
                None
            }
            Err(_) => {
                check.fail("stars", "malformed");
                None
            }
        },
    };
    check.finish()?;
    let filter = catalog::ReviewFilter { with_photos, stars };
    Ok(Json(
        catalog::reviews(&s.pool, id, cursor, limit, filter, params.lang()).await?,
    ))
}

/// A seller's public profile.
#[utoipa::path(get, path = "/api/v1/sellers/{id}", tag = "catalogue",
    params(("id" = i64, Path, description = "Seller id")),
    responses(
        (status = 200, description = "The seller", body = Seller),
        (status = 404, description = "`seller_not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 500, description = "`internal`: a server failure (or an injected fault in demo mode); retrying may help", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn seller(State(s): State<AppState>, captures: Captures) -> ApiResult<Json<Seller>> {
    let id = captures.id(0, ErrorCode::SellerNotFound)?;
    Ok(Json(catalog::seller(&s.pool, id).await?))
}

/// Today's deals (12 discounted products) and recommendations (24): the same all UTC day.
#[utoipa::path(get, path = "/api/v1/home", tag = "catalogue", params(LangQuery),
    responses(
        (status = 200, description = "The home page selection", body = Home),
        (status = 500, description = "`internal`: a server failure (or an injected fault in demo mode); retrying may help", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn home(State(s): State<AppState>, params: Params) -> ApiResult<Json<Home>> {
    let days = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_err(ApiError::internal)?
        .as_secs() as i64
        / 86_400;
    let (y, m, d) = civil_from_days(days);
    let (deals, recommended) =
        catalog::home(&s.pool, s.max_product_id, days, params.lang()).await?;
    Ok(Json(Home {
        day: format!("{y:04}-{m:02}-{d:02}"),
        deals,
        recommended,
    }))
}
