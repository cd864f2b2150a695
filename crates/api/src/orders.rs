//! Orders (read side): `GET /api/v1/orders?cursor=&limit=` → `Page<`[`OrderSummary`]`>`, newest
//! first; `GET /api/v1/orders/{id}` → [`Order`] with an `ETag` header (own orders only, else
//! `404 order_not_found`).

use crate::account::Address;
use crate::money::Money;
use serde::{Deserialize, Serialize};

/// `pending_payment → paid_held → shipped → delivered → completed`, or `cancelled`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum OrderState {
    PendingPayment,
    PaidHeld,
    Shipped,
    Delivered,
    Completed,
    Cancelled,
    #[serde(other)]
    Unknown,
}

impl OrderState {
    pub fn as_str(self) -> &'static str {
        match self {
            OrderState::PendingPayment => "pending_payment",
            OrderState::PaidHeld => "paid_held",
            OrderState::Shipped => "shipped",
            OrderState::Delivered => "delivered",
            OrderState::Completed => "completed",
            OrderState::Cancelled => "cancelled",
            OrderState::Unknown => "unknown",
        }
    }

    pub fn parse(s: &str) -> OrderState {
        [
            OrderState::PendingPayment,
            OrderState::PaidHeld,
            OrderState::Shipped,
            OrderState::Delivered,
            OrderState::Completed,
            OrderState::Cancelled,
        ]
        .into_iter()
        .find(|x| x.as_str() == s)
        .unwrap_or(OrderState::Unknown)
    }
}

/// The buyer's money for an order: `pending` (not paid yet) → `held` (paid, not passed to the
/// seller) → `frozen` (dispute open) → `released` | `refunded` | `partially_refunded`;
/// `voided` when the payment never completed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum HoldState {
    Pending,
    Held,
    Frozen,
    Released,
    Refunded,
    PartiallyRefunded,
    Voided,
    #[serde(other)]
    Unknown,
}

impl HoldState {
    pub fn as_str(self) -> &'static str {
        match self {
            HoldState::Pending => "pending",
            HoldState::Held => "held",
            HoldState::Frozen => "frozen",
            HoldState::Released => "released",
            HoldState::Refunded => "refunded",
            HoldState::PartiallyRefunded => "partially_refunded",
            HoldState::Voided => "voided",
            HoldState::Unknown => "unknown",
        }
    }

    pub fn parse(s: &str) -> HoldState {
        [
            HoldState::Pending,
            HoldState::Held,
            HoldState::Frozen,
            HoldState::Released,
            HoldState::Refunded,
            HoldState::PartiallyRefunded,
            HoldState::Voided,
        ]
        .into_iter()
        .find(|x| x.as_str() == s)
        .unwrap_or(HoldState::Unknown)
    }
}

/// What the buyer may do with an order now; the app draws only these buttons.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum OrderAction {
    Cancel,
    ConfirmReceipt,
    OpenDispute,
    RequestProtectionExtension,
    #[serde(other)]
    Unknown,
}

/// An order in lists and in the checkout answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OrderSummary {
    pub id: i64,
    /// Human-readable, e.g. `SF-000123`.
    pub number: String,
    pub seller_id: i64,
    pub seller_name: String,
    pub total: Money,
    pub state: OrderState,
    pub hold_state: HoldState,
    /// Pieces ordered.
    pub item_count: i64,
    /// Image of the first line.
    pub image: String,
    /// RFC 3339 UTC timestamp.
    pub placed_at: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OrderLine {
    /// 1-based position in the order.
    pub line_no: i64,
    pub product_id: i64,
    pub sku_id: i64,
    /// As it was at checkout.
    pub title: String,
    pub image: String,
    pub sku_label: String,
    pub quantity: i64,
    pub unit_price: Money,
    pub line_total: Money,
    /// Coupon discount on this line.
    pub discount: Money,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OrderShipping {
    /// The cart's shipping option id.
    pub id: String,
    pub carrier: String,
    pub cost: Money,
    pub days_min: u16,
    pub days_max: u16,
    pub tracking: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Hold {
    pub state: HoldState,
    pub amount: Money,
}

/// One order (one seller's part of a checkout).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Order {
    pub id: i64,
    pub number: String,
    pub seller_id: i64,
    pub seller_name: String,
    pub lines: Vec<OrderLine>,
    pub items_total: Money,
    pub shipping: OrderShipping,
    /// Seller and platform coupon discounts together.
    pub discount: Money,
    pub total: Money,
    pub state: OrderState,
    pub hold: Hold,
    /// The delivery address as it was at checkout.
    pub address: Address,
    pub payment_id: String,
    pub placed_at: String,
    /// May be empty.
    pub allowed_actions: Vec<OrderAction>,
    /// Changes with every change of the order; also sent as the `ETag` header.
    pub version: i64,
}
