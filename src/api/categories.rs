//! `GET /categories` (the tree) and `GET /categories/{slug}` (one category with its trail).

use super::{get_json, urls, ApiError};
use storefront_api::{Category, CategoryDetail};

/// The top-level categories, each with its subtree.
pub async fn fetch_categories(lang: &str) -> Result<Vec<Category>, ApiError> {
    get_json(&urls::categories(&urls::base(), lang)).await
}

pub async fn fetch_category(slug: &str, lang: &str) -> Result<CategoryDetail, ApiError> {
    get_json(&urls::category(&urls::base(), slug, lang)).await
}
