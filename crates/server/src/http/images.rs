//! Generated product images.

use crate::error::{ApiError, ApiResult};
use crate::svg;
use crate::vocabulary::{color_index, COLORS};
use crate::AppState;
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use storefront_api::{ErrorCode, Problem};

/// This resource's routes.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/images/products/{id}/{file}", get(product_image))
        .route("/api/v1/images/reviews/{id}/{file}", get(review_image))
}

/// SVG illustration `n` (0-based, below the product's image count) of a product.
/// Deterministic, so cached for a year.
#[utoipa::path(get, path = "/api/v1/images/products/{id}/{n}.svg", tag = "images",
    params(("id" = i64, Path, description = "Product id"), ("n" = u32, Path, description = "Image index")),
    responses(
        (status = 200, description = "The image", content_type = "image/svg+xml", body = String),
        (status = 404, description = "`image_not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 500, description = "`internal`: a server failure; retrying may help", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn product_image(
    State(s): State<AppState>,
    captures: super::Captures,
) -> ApiResult<Response> {
    let not_found = || ApiError::not_found(ErrorCode::ImageNotFound);
    let id = captures.id(0, ErrorCode::ImageNotFound)?;
    let n: i64 = captures
        .get(1)
        .strip_suffix(".svg")
        .and_then(|n| n.parse().ok())
        .filter(|n| *n >= 0)
        .ok_or_else(not_found)?;
    render(&s, id, n).await
}

/// Photo `n` of a review (only `0`: stored reviews have at most one photo). The photo shows
/// the product image the buyer photographed.
#[utoipa::path(get, path = "/api/v1/images/reviews/{id}/{n}.svg", tag = "images",
    params(("id" = i64, Path, description = "Review id"), ("n" = u32, Path, description = "Photo index")),
    responses(
        (status = 200, description = "The photo", content_type = "image/svg+xml", body = String),
        (status = 404, description = "`image_not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 500, description = "`internal`: a server failure; retrying may help", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn review_image(
    State(s): State<AppState>,
    captures: super::Captures,
) -> ApiResult<Response> {
    let not_found = || ApiError::not_found(ErrorCode::ImageNotFound);
    let id = captures.id(0, ErrorCode::ImageNotFound)?;
    if captures.get(1) != "0.svg" {
        return Err(not_found());
    }
    let row: Option<(i64, Option<i64>)> =
        sqlx::query_as("SELECT product_id, photo FROM reviews WHERE id = ?")
            .bind(id)
            .fetch_optional(&s.pool)
            .await?;
    let (product_id, photo) = row.ok_or_else(not_found)?;
    render(&s, product_id, photo.ok_or_else(not_found)?).await
}

async fn render(s: &AppState, id: i64, n: i64) -> ApiResult<Response> {
    let not_found = || ApiError::not_found(ErrorCode::ImageNotFound);
    let row: Option<(i64, i64, String, Option<i64>)> = sqlx::query_as(
        "SELECT p.category_id, p.images, p.colors, json_extract(d.details, '$.noun') \
         FROM products p LEFT JOIN product_details d ON d.product_id = p.id WHERE p.id = ?",
    )
    .bind(id)
    .fetch_optional(&s.pool)
    .await?;
    let (category_id, images, colors, noun) = row.ok_or_else(not_found)?;
    if n >= images {
        return Err(not_found());
    }
    let (top, sub) = s
        .taxonomy
        .leaf(category_id)
        .ok_or_else(|| ApiError::internal(format_args!("product {id}: unknown category")))?;
    let keys: Vec<&str> = colors.split(',').collect();
    let key = keys
        .get(n as usize)
        .or(keys.first())
        .copied()
        .unwrap_or("grey");
    let hex = color_index(key).map(|i| COLORS[i].1).unwrap_or("#8a9099");
    let shape = sub.shape_of(usize::try_from(noun.unwrap_or(0)).unwrap_or(0));
    let body = svg::product_svg(top.tint, shape, hex, n as u32);
    Ok((
        [
            (header::CONTENT_TYPE, "image/svg+xml"),
            (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
        ],
        body,
    )
        .into_response())
}
