//! `GET /categories` (the tree) and `GET /categories/{slug}` (one category with its trail).

use super::{get_json, urls, ApiError};
use serde::Deserialize;
use storefront_api::{Category, CategoryDetail};

/// The tree as a bare array, or wrapped in a page object by servers that page everything.
#[derive(Deserialize)]
#[serde(untagged)]
enum CategoryList {
    Bare(Vec<Category>),
    Wrapped { items: Vec<Category> },
}

pub async fn fetch_categories(lang: &str) -> Result<Vec<Category>, ApiError> {
    let list: CategoryList = get_json(&urls::categories(&urls::base(), lang)).await?;
    Ok(match list {
        CategoryList::Bare(v) | CategoryList::Wrapped { items: v } => v,
    })
}

pub async fn fetch_category(slug: &str, lang: &str) -> Result<CategoryDetail, ApiError> {
    get_json(&urls::category(&urls::base(), slug, lang)).await
}
