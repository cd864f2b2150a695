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
