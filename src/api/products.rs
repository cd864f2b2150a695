//! `GET /products` (a page of summaries) and `GET /products/{id}` (the detail).

use super::{get_json, urls, ApiError};
use storefront_api::{Page, ProductDetail, ProductListQuery, ProductSummary, Seller};

pub async fn fetch_products(query: &ProductListQuery) -> Result<Page<ProductSummary>, ApiError> {
    get_json(&urls::products(&urls::base(), query)).await
}

pub async fn fetch_product(id: i64, lang: &str) -> Result<ProductDetail, ApiError> {
    get_json(&urls::product(&urls::base(), id, lang)).await
}

pub async fn fetch_seller(id: i64) -> Result<Seller, ApiError> {
    get_json(&urls::seller(&urls::base(), id)).await
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

pub async fn fetch_variants(id: i64, lang: &str) -> Result<Variants, ApiError> {
    get_json(&urls::product(&urls::base(), id, lang)).await
}
