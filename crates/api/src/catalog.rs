//! Catalogue: categories, products, sellers, reviews, and the reference data the header needs.

use crate::money::{CurrencyRate, Money};
use serde::{Deserialize, Serialize};

/// A node of the category tree. Names come in the requested `lang` (English fallback).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Category {
    pub id: i64,
    /// Stable URL name, e.g. `phones-telecom`.
    pub slug: String,
    pub name: String,
    /// Icon name from `/icons/categories.svg` (a symbol id).
    pub icon: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_id: Option<i64>,
    /// Products in this category and its subcategories.
    pub product_count: i64,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "openapi", schema(no_recursion))]
    pub children: Vec<Category>,
}

/// One step of a breadcrumb trail, root first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Crumb {
    pub id: i64,
    pub slug: String,
    pub name: String,
}

/// A category with its trail and direct children: what a category page needs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CategoryDetail {
    pub category: Category,
    pub breadcrumbs: Vec<Crumb>,
}

/// What a product card shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProductSummary {
    pub id: i64,
    pub title: String,
    /// Lowest one-piece price over the product's SKUs, in USD.
    pub price: Money,
    /// Price before the seller's discount, when there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original_price: Option<Money>,
    /// URL of the main image (served by the backend).
    pub image: String,
    /// Average stars × 10 (47 = 4.7) of the stored reviews; 0 when there are no reviews yet.
    pub rating_x10: u8,
    /// How many reviews the product has: exactly the list `/products/{id}/reviews` pages
    /// through (and `/reviews/summary` counts).
    pub reviews_count: i64,
    pub orders_count: i64,
    pub seller_id: i64,
    pub free_shipping: bool,
    /// ISO 3166-1 alpha-2 code of the warehouse country.
    pub ships_from: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Seller {
    pub id: i64,
    pub name: String,
    pub country: String,
    /// Positive feedback share × 10 (975 = 97.5 %).
    pub positive_feedback_x10: u16,
    pub feedback_count: i64,
    pub years_open: u16,
    pub followers: i64,
    /// Detailed seller ratings, stars × 10.
    pub item_as_described_x10: u8,
    pub communication_x10: u8,
    pub shipping_speed_x10: u8,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Attribute {
    pub name: String,
    pub value: String,
}

/// A dimension the buyer chooses along, e.g. Colour: [Black, White].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct VariantOption {
    pub name: String,
    pub values: Vec<String>,
}

/// One purchasable combination of option values.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Sku {
    pub id: i64,
    /// One value per [`VariantOption`], in the same order.
    pub values: Vec<String>,
    /// One-piece price.
    pub price: Money,
    pub stock: i64,
    /// Index into the product's `images`.
    pub image_index: u32,
}

/// Wholesale tier: from `min_quantity` pieces each costs `percent_of_base` % of the one-piece price.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PriceTier {
    pub min_quantity: i64,
    pub percent_of_base: u8,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ShippingOption {
    /// Destination country (ISO 3166-1 alpha-2).
    pub to_country: String,
    pub carrier: String,
    pub cost: Money,
    pub days_min: u16,
    pub days_max: u16,
    pub tracking: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ProductDetail {
    pub summary: ProductSummary,
    pub description: String,
    pub category_id: i64,
    pub breadcrumbs: Vec<Crumb>,
    pub seller: Seller,
    pub images: Vec<String>,
    pub attributes: Vec<Attribute>,
    pub options: Vec<VariantOption>,
    pub skus: Vec<Sku>,
    pub price_tiers: Vec<PriceTier>,
    pub shipping: Vec<ShippingOption>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Review {
    pub id: i64,
    pub author: String,
    /// Buyer's country (ISO 3166-1 alpha-2).
    pub country: String,
    pub stars: u8,
    /// Plain text; clients must render it as text, never as HTML.
    pub text: String,
    /// RFC 3339 timestamp.
    pub created_at: String,
    pub photos: Vec<String>,
}

/// The home page: daily deals and recommendations, deterministic per (UTC) day.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Home {
    /// `YYYY-MM-DD` the selection was made for.
    pub day: String,
    pub deals: Vec<ProductSummary>,
    pub recommended: Vec<ProductSummary>,
}

/// Reference data for the header: display currencies with rates, ship-to countries.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ShopConfig {
    pub rates: Vec<CurrencyRate>,
    /// ISO 3166-1 alpha-2 codes the shop ships to. Clients name them with `Intl.DisplayNames`.
    pub ship_to_countries: Vec<String>,
    /// Whether the demo/test operator API is enabled on this server.
    pub demo_mode: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Health {
    /// `ok` when the database answers.
    pub status: String,
    pub version: String,
    pub products: i64,
}

/// Query for `GET /api/v1/products`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
pub struct ProductListQuery {
    /// Category id; the list includes its subcategories. Absent: the whole catalogue.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<i64>,
    /// Seller id: only this seller's products.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seller: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
    /// 1–100, default 24.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
    /// Language of titles (en, ru, es, pt-BR, de, ar); English fallback.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
}

/// `lang` query parameter alone.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
pub struct LangQuery {
    /// Language of names and titles (en, ru, es, pt-BR, de, ar); English fallback.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
}

impl ProductSummary {
    /// Average stars as text with one decimal ("4.7"), from the integer wire value.
    pub fn rating_text(&self) -> String {
        format!("{}.{}", self.rating_x10 / 10, self.rating_x10 % 10)
    }
}
