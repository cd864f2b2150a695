//! `GET /products/{id}/reviews` (filtered pages) and `GET /products/{id}/reviews/summary`.

use super::{get_json, urls, ApiError};
use storefront_api::{Page, Review, ReviewQuery, ReviewSummary};

pub async fn fetch_reviews(product_id: i64, query: &ReviewQuery) -> Result<Page<Review>, ApiError> {
    get_json(&urls::reviews(&urls::base(), product_id, query)).await
}

pub async fn fetch_review_summary(product_id: i64) -> Result<ReviewSummary, ApiError> {
    get_json(&urls::review_summary(&urls::base(), product_id)).await
}
