//! Cart pricing and the signed-in buyer's server cart.
//!
//! - `POST /api/v1/cart/quote?lang=` [`QuoteRequest`] → [`Quote`] (no session needed).
//! - `GET /api/v1/cart?lang=` → the stored cart as a [`Quote`] (`quote.request` is the document).
//! - `PUT /api/v1/cart?lang=` [`QuoteRequest`] replaces the whole stored cart → [`Quote`].
//! - `POST /api/v1/cart/merge?lang=` [`MergeRequest`] adds local lines (same SKU: quantities
//!   summed, capped by stock) → [`Quote`].
//!
//! All money is USD minor units. Coupons apply in a fixed order: seller coupons first (each on
//! its seller's lines), then at most one platform coupon spread over all lines pro rata.

use crate::money::Money;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Most pieces of one line.
pub const MAX_LINE_QUANTITY: i64 = 9999;
/// Most lines in a cart (saved-for-later included).
pub const MAX_CART_LINES: usize = 100;
/// Most coupon codes in one request.
pub const MAX_COUPONS: usize = 10;

/// One cart line as the client keeps it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CartLineInput {
    pub product_id: i64,
    /// A SKU id of the product (`ProductDetail::skus[].id`).
    pub sku_id: i64,
    /// 1–9999.
    pub quantity: i64,
    /// Kept in the cart but not bought or counted in the totals.
    #[serde(default)]
    pub saved_for_later: bool,
}

/// A whole cart document: what is quoted, stored by `PUT /cart` and echoed in [`Quote::request`].
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct QuoteRequest {
    /// At most 100 lines; a SKU appears at most once (repeats are summed).
    #[serde(default)]
    pub lines: Vec<CartLineInput>,
    /// Destination country (ISO 3166-1 alpha-2, one of `/config`'s ship-to countries); default `US`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ship_to: Option<String>,
    /// Chosen shipping option per seller: `{"<seller_id>": "<shipping option id>"}`. A seller
    /// without a (valid) choice gets its cheapest option.
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(value_type = BTreeMap<String, String>))]
    pub shipping: BTreeMap<i64, String>,
    /// Coupon codes (case-insensitive), at most 10.
    #[serde(default)]
    pub coupons: Vec<String>,
}

/// `POST /cart/merge`: lines from the signed-out (local) cart.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MergeRequest {
    pub lines: Vec<CartLineInput>,
}

/// Why a line cannot be bought as it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum LineProblem {
    /// The SKU has no stock left.
    OutOfStock,
    /// Fewer pieces in stock than the quantity (see `stock`).
    QuantityOverStock,
    /// The product or SKU no longer exists.
    ProductGone,
    /// The product does not ship to `ship_to`.
    NotShippedTo,
    #[serde(other)]
    Unknown,
}

impl LineProblem {
    pub fn as_str(self) -> &'static str {
        match self {
            LineProblem::OutOfStock => "out_of_stock",
            LineProblem::QuantityOverStock => "quantity_over_stock",
            LineProblem::ProductGone => "product_gone",
            LineProblem::NotShippedTo => "not_shipped_to",
            LineProblem::Unknown => "unknown",
        }
    }
}

/// A priced line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct QuotedLine {
    pub product_id: i64,
    pub sku_id: i64,
    pub quantity: i64,
    pub saved_for_later: bool,
    /// Empty when the product is gone.
    pub title: String,
    /// Image URL (the SKU's colour image); empty when the product is gone.
    pub image: String,
    /// The SKU's option values joined with ` / ` (e.g. `Black / 128 GB`); may be empty.
    pub sku_label: String,
    pub seller_id: i64,
    /// One-piece price of the SKU.
    pub base_price: Money,
    /// Price of one piece at this quantity (wholesale tier table, rounded half up).
    pub unit_price: Money,
    /// `unit_price × quantity`.
    pub line_total: Money,
    /// Coupon discount on this line (seller coupon + its share of the platform coupon).
    pub discount: Money,
    /// Pieces in stock now.
    pub stock: i64,
    /// Whether the line can be bought as it is. Unavailable and saved-for-later lines count in
    /// no total.
    pub available: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub problem: Option<LineProblem>,
}

/// A way one seller's parcel can travel to `ship_to`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CartShippingOption {
    /// Stable id to send back in `QuoteRequest::shipping`, e.g. `dhl-express`.
    pub id: String,
    pub carrier: String,
    /// For the whole parcel: the dearest line's cost with this carrier.
    pub cost: Money,
    pub days_min: u16,
    pub days_max: u16,
    pub tracking: bool,
}

/// One seller's part of the cart: it becomes one order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SellerGroup {
    pub seller_id: i64,
    pub seller_name: String,
    /// Lines not saved for later, in request order.
    pub lines: Vec<QuotedLine>,
    /// Carriers every available line ships with to `ship_to`, cheapest first. Empty: this
    /// seller cannot ship these lines there.
    pub shipping_options: Vec<CartShippingOption>,
    /// Id of the chosen option (the request's choice if valid, else the cheapest).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shipping: Option<String>,
    pub shipping_cost: Money,
    /// Sum of the available lines' `line_total`.
    pub subtotal: Money,
    pub seller_discount: Money,
    /// This seller's share of the platform coupon.
    pub platform_discount: Money,
    /// `subtotal + shipping_cost − seller_discount − platform_discount`: the order's total.
    pub total: Money,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum CouponScope {
    Platform,
    Seller,
    #[serde(other)]
    Unknown,
}

/// Why a coupon did not apply. The app localises `coupon-<reason with dashes>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum CouponReason {
    CouponNotFound,
    CouponExpired,
    /// The lines it applies to cost less than its minimum (`min_order`).
    CouponMinNotMet,
    /// A seller coupon with no lines from that seller in the cart (or nothing to discount).
    CouponNotApplicable,
    /// A second platform coupon: only the first one applies.
    CouponOnePlatformOnly,
    #[serde(other)]
    Unknown,
}

impl CouponReason {
    pub fn as_str(self) -> &'static str {
        match self {
            CouponReason::CouponNotFound => "coupon_not_found",
            CouponReason::CouponExpired => "coupon_expired",
            CouponReason::CouponMinNotMet => "coupon_min_not_met",
            CouponReason::CouponNotApplicable => "coupon_not_applicable",
            CouponReason::CouponOnePlatformOnly => "coupon_one_platform_only",
            CouponReason::Unknown => "unknown",
        }
    }
}

/// What became of one requested coupon code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CouponResult {
    /// Upper-cased.
    pub code: String,
    pub ok: bool,
    /// Absent for an unknown code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<CouponScope>,
    /// The seller of a seller coupon.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seller_id: Option<i64>,
    /// What it takes off (zero when not ok).
    pub discount: Money,
    /// The minimum its lines must reach, when it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_order: Option<Money>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<CouponReason>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct QuoteSummary {
    /// Pieces in the available lines.
    pub item_count: i64,
    pub items_total: Money,
    pub shipping_total: Money,
    pub seller_discounts: Money,
    pub platform_discount: Money,
    /// `items_total + shipping_total − seller_discounts − platform_discount`.
    pub grand_total: Money,
}

/// A priced cart.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Quote {
    pub ship_to: String,
    /// Sellers in the order their first line appears.
    pub sellers: Vec<SellerGroup>,
    /// Lines saved for later (priced, never counted).
    pub saved_for_later: Vec<QuotedLine>,
    /// One result per requested code, in request order.
    pub coupons: Vec<CouponResult>,
    pub summary: QuoteSummary,
    /// True when there is at least one line, every line not saved for later is available and
    /// every seller has a shipping option: checkout can go ahead.
    pub ready: bool,
    /// The normalised cart document this quote prices (repeats summed, codes upper-cased,
    /// effective shipping choices filled in).
    pub request: QuoteRequest,
}
