//! `GET /products/{id}/reviews` (filtered pages) and `GET /products/{id}/reviews/summary`.

use super::{urls, ApiError, Request};
use storefront_api::{Page, Review, ReviewQuery, ReviewSummary};

pub async fn list(product_id: i64, query: &ReviewQuery) -> Result<Page<Review>, ApiError> {
    Request::get(&urls::reviews(&urls::base(), product_id, query))
        .send()
        .await
}

pub async fn summary(product_id: i64) -> Result<ReviewSummary, ApiError> {
    Request::get(&urls::review_summary(&urls::base(), product_id))
        .send()
        .await
}
