//! The buyer's wish list, followed stores, product recommendations and buy again (issue 17).
//!
//! - `GET /api/v1/wishlist?lang=` → [`Wishlist`] (signed in).
//! - `GET /api/v1/wishlist/ids` → [`WishlistIds`]: what the hearts need.
//! - `PUT /api/v1/wishlist/{product_id}` / `DELETE …` → [`WishlistIds`] (idempotent).
//! - `POST /api/v1/wishlist/merge` [`WishlistMergeRequest`] → [`WishlistIds`]: the signed-out
//!   list kept in the browser, added at sign-in (a product already there keeps its first price).
//! - `POST /api/v1/wishlist/priced?lang=` [`WishlistMergeRequest`] → [`Wishlist`] (anyone): the
//!   signed-out list priced the same way.
//! - `PUT`/`DELETE /api/v1/sellers/{id}/follow` → [`FollowState`]; `GET` the same.
//! - `GET /api/v1/account/following` → [`Following`].
//! - `GET /api/v1/products/{id}/similar?lang=` and `/more-from-store?lang=` →
//!   `Page<ProductSummary>` (never the product itself).
//! - `GET /api/v1/orders/{id}/buy-again?lang=` → [`BuyAgain`]: the order's SKUs at today's
//!   prices, each with what changed; the client puts the available lines in its cart.

use crate::money::Money;
use serde::{Deserialize, Serialize};

/// Most products on a wish list.
pub const MAX_WISHLIST_ITEMS: usize = 500;
/// Most products of one recommendation list.
pub const RECOMMENDATION_LIMIT: usize = 12;

/// One wish-listed product, priced now.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WishlistItem {
    pub product_id: i64,
    /// Empty when the product is gone.
    pub title: String,
    /// Empty when the product is gone.
    pub image: String,
    pub seller_id: i64,
    /// The product's price (lowest one-piece SKU price) when it was added.
    pub price_when_added: Money,
    /// The price now; absent when the product is gone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price_now: Option<Money>,
    /// `price_now` is below `price_when_added` (same currency).
    pub price_dropped: bool,
    /// Some SKU has stock.
    pub in_stock: bool,
    /// The cheapest SKU in stock: what "add to cart" adds. Absent when out of stock or gone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sku_id: Option<i64>,
    /// Unix seconds.
    pub added_at: i64,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Wishlist {
    /// Newest first.
    pub items: Vec<WishlistItem>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WishlistIds {
    /// Newest first.
    pub product_ids: Vec<i64>,
}

/// A product the buyer hearted while signed out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LocalWish {
    pub product_id: i64,
    /// The price the buyer saw then (USD); the server's price now when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price: Option<Money>,
    /// Unix seconds; now when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub added_at: Option<i64>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct WishlistMergeRequest {
    /// At most 500; unknown products are skipped.
    pub items: Vec<LocalWish>,
}

/// Whether the buyer follows a store, and its follower count.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FollowState {
    pub seller_id: i64,
    pub following: bool,
    pub followers: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FollowedStore {
    pub seller_id: i64,
    pub name: String,
    pub country: String,
    pub followers: i64,
    /// Positive feedback share × 10.
    pub positive_feedback_x10: u16,
    /// Unix seconds.
    pub followed_at: i64,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Following {
    /// Most recently followed first.
    pub stores: Vec<FollowedStore>,
}

/// What became of an order line when bought again.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum BuyAgainStatus {
    /// Same one-piece price as paid.
    Unchanged,
    /// Available at another price (`price_now`).
    PriceChanged,
    /// The SKU has no stock now.
    OutOfStock,
    /// The product or SKU no longer exists.
    Gone,
    #[serde(other)]
    Unknown,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BuyAgainLine {
    pub product_id: i64,
    pub sku_id: i64,
    /// As ordered; capped by the stock now for available lines.
    pub quantity: i64,
    /// The title at checkout.
    pub title: String,
    pub sku_label: String,
    /// One-piece price paid (before coupons).
    pub price_then: Money,
    /// One-piece price now; absent when gone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price_now: Option<Money>,
    pub status: BuyAgainStatus,
}

impl BuyAgainLine {
    /// Whether the line can go into the cart.
    pub fn available(&self) -> bool {
        matches!(
            self.status,
            BuyAgainStatus::Unchanged | BuyAgainStatus::PriceChanged
        )
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BuyAgain {
    pub order_id: i64,
    pub lines: Vec<BuyAgainLine>,
}
