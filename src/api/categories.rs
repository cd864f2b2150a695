//! `GET /categories` (the tree) and `GET /categories/{slug}` (one category with its trail).

use super::{urls, ApiError, Request};
use storefront_api::{Category, CategoryDetail};

/// The top-level categories, each with its subtree.
pub async fn list(lang: &str) -> Result<Vec<Category>, ApiError> {
    Request::get(&urls::categories(&urls::base(), lang))
        .send()
        .await
}

pub async fn get(slug: &str, lang: &str) -> Result<CategoryDetail, ApiError> {
    Request::get(&urls::category(&urls::base(), slug, lang))
        .send()
        .await
}
