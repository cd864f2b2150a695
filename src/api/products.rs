//! `GET /products` (a page of summaries) and `GET /products/{id}` (the detail, or only its
//! variants).

use super::{urls, ApiError, Request};
use storefront_api::{Page, ProductDetail, ProductListQuery, ProductSummary};

pub async fn list(query: &ProductListQuery) -> Result<Page<ProductSummary>, ApiError> {
    Request::get(&urls::products(&urls::base(), query))
        .send()
        .await
}

pub async fn get(id: i64, lang: &str) -> Result<ProductDetail, ApiError> {
    Request::get(&urls::product(&urls::base(), id, lang))
        .send()
        .await
}

/// The part of `GET /products/{id}` a variant chooser needs: title, options and SKUs.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
pub struct Variants {
    pub summary: ProductSummary,
    #[serde(default)]
    pub options: Vec<storefront_api::VariantOption>,
    #[serde(default)]
    pub skus: Vec<storefront_api::Sku>,
}

impl Variants {
    /// Whether the buyer has to choose: the product has options and more than one SKU.
    pub fn has_choice(&self) -> bool {
        !self.options.is_empty() && self.skus.len() > 1
    }
}

/// A SKU's option values as the cart shows them (`Black / 128 GB`).
pub fn sku_label(sku: &storefront_api::Sku) -> String {
    sku.values.join(" / ")
}

pub async fn variants(id: i64, lang: &str) -> Result<Variants, ApiError> {
    Request::get(&urls::product(&urls::base(), id, lang))
        .send()
        .await
}
