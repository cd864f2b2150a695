//! Orders: `GET /api/v1/orders?tab=&cursor=&limit=` → `Page<`[`OrderSummary`]`>`, newest first;
//! `GET /api/v1/orders/counts` → [`OrderCounts`]; `GET /api/v1/orders/{id}` → [`Order`] with an
//! `ETag` header (own orders only, else `404 order_not_found`).
//!
//! Buyer transitions (each needs `If-Match: <the order's ETag>`: missing → `428
//! precondition_required`, stale → `412 precondition_failed` with the current `order` in the
//! problem; not allowed now → `409 illegal_transition`, also with the current `order`), all
//! answering the changed [`Order`] with its new `ETag`:
//! - `POST /orders/{id}/confirm-receipt` (`shipped`/`delivered` → `completed`, hold released;
//!   never while a dispute is open),
//! - `POST /orders/{id}/cancel` (`paid_held` → `cancelled`, hold refunded in full),
//! - `POST /orders/{id}/extension-requests` [`ExtensionRequestBody`] (ask the seller to extend
//!   the protection period; the answer arrives later as an event),
//! - `POST /orders/{id}/feedback` [`FeedbackRequest`] (after completion, once).

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

/// How long after a declined payment cancelled an order the buyer may pay it again (the stock
/// is taken again then; prices stay those of the order).
pub const PAY_AGAIN_HOURS: i64 = 24;

/// What the buyer may do with an order now; the app draws only these buttons.
/// - `cancel`: `paid_held` (not shipped yet), no dispute open;
/// - `confirm_receipt`: `shipped` or `delivered`, no dispute open;
/// - `request_extension`: `shipped` or `delivered`, no dispute open, no request waiting for the
///   seller's answer, before the protection period ends;
/// - `open_dispute`: `shipped` or `delivered`, no dispute open, before the protection period ends
///   (the disputes issue builds the form);
/// - `leave_feedback`: `completed` by receipt or auto-confirmation, no feedback left yet;
/// - `pay_again`: `cancelled` because its payment was declined (never paid), less than
///   [`PAY_AGAIN_HOURS`] after that (`Order::pay_again_until`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum OrderAction {
    Cancel,
    ConfirmReceipt,
    RequestExtension,
    OpenDispute,
    LeaveFeedback,
    PayAgain,
    #[serde(other)]
    Unknown,
}

impl OrderAction {
    pub fn as_str(self) -> &'static str {
        match self {
            OrderAction::Cancel => "cancel",
            OrderAction::ConfirmReceipt => "confirm_receipt",
            OrderAction::RequestExtension => "request_extension",
            OrderAction::OpenDispute => "open_dispute",
            OrderAction::LeaveFeedback => "leave_feedback",
            OrderAction::PayAgain => "pay_again",
            OrderAction::Unknown => "unknown",
        }
    }
}

/// Tabs of the orders list (`GET /orders?tab=`). Every order is in at most one tab; cancelled
/// orders only in the unfiltered list.
/// - `awaiting_payment`: `pending_payment`;
/// - `awaiting_shipment`: `paid_held`, no dispute;
/// - `shipped`: `shipped` (in transit), no dispute;
/// - `awaiting_confirmation`: `delivered`, no dispute;
/// - `completed`: `completed`;
/// - `in_dispute`: a dispute is open (any state).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum OrderTab {
    AwaitingPayment,
    AwaitingShipment,
    Shipped,
    AwaitingConfirmation,
    Completed,
    InDispute,
}

impl OrderTab {
    pub const ALL: [OrderTab; 6] = [
        OrderTab::AwaitingPayment,
        OrderTab::AwaitingShipment,
        OrderTab::Shipped,
        OrderTab::AwaitingConfirmation,
        OrderTab::Completed,
        OrderTab::InDispute,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            OrderTab::AwaitingPayment => "awaiting_payment",
            OrderTab::AwaitingShipment => "awaiting_shipment",
            OrderTab::Shipped => "shipped",
            OrderTab::AwaitingConfirmation => "awaiting_confirmation",
            OrderTab::Completed => "completed",
            OrderTab::InDispute => "in_dispute",
        }
    }

    pub fn parse(s: &str) -> Option<OrderTab> {
        OrderTab::ALL.into_iter().find(|t| t.as_str() == s)
    }
}

/// `GET /orders/counts`: how many of the buyer's orders each tab holds; `all` includes
/// cancelled orders.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OrderCounts {
    pub all: i64,
    pub awaiting_payment: i64,
    pub awaiting_shipment: i64,
    pub shipped: i64,
    pub awaiting_confirmation: i64,
    pub completed: i64,
    pub in_dispute: i64,
}

/// Which timer the order's [`Deadline`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum DeadlineKind {
    /// N days after delivery the order confirms itself.
    AutoConfirm,
    /// The buyer-protection period (counted from shipping, extensions added) ends.
    ProtectionEnds,
    #[serde(other)]
    Unknown,
}

/// What the server does by itself when the deadline passes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum DeadlineEffect {
    /// The order becomes `completed` and the held money is released to the seller (a `system`
    /// event `auto_confirmed`).
    CompleteAndRelease,
    #[serde(other)]
    Unknown,
}

/// The next automatic step of an order; absent when nothing happens by itself (e.g. not shipped
/// yet, finished, or a dispute is open: timers stop while the hold is frozen).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Deadline {
    /// RFC 3339 UTC, e.g. `2025-03-01T12:00:00Z`.
    pub at: String,
    pub kind: DeadlineKind,
    pub effect: DeadlineEffect,
}

/// The answer to a protection extension request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ExtensionState {
    /// Waiting for the seller.
    Pending,
    Granted,
    Refused,
    #[serde(other)]
    Unknown,
}

/// The latest extension request of the order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ExtensionInfo {
    pub days: i64,
    pub state: ExtensionState,
    /// RFC 3339 UTC.
    pub requested_at: String,
    /// RFC 3339 UTC; absent while pending.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answered_at: Option<String>,
}

/// Buyer protection: counted from shipping, `days` for the destination country plus granted
/// extensions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Protection {
    /// Days for the destination country (default 60; see the server's timers table).
    pub days: i64,
    /// Days added by granted extensions.
    pub extended_days: i64,
    /// RFC 3339 UTC; absent until the order ships.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ends_at: Option<String>,
    /// The latest extension request, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extension: Option<ExtensionInfo>,
}

/// Days a seller has, after payment, to hand the parcel to the carrier (the shop's rule for
/// every seller; the demo sellers ship within a day).
pub const SHIPS_WITHIN_DAYS: i64 = 3;

/// When the parcel should arrive: from the shipping option's `days_min`/`days_max`, counted
/// from shipping (before shipping: from payment plus [`SHIPS_WITHIN_DAYS`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DeliveryEstimate {
    /// RFC 3339 UTC.
    pub earliest: String,
    /// RFC 3339 UTC.
    pub latest: String,
}

/// Carrier and tracking number once shipped.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Tracking {
    pub carrier: String,
    pub number: String,
}

/// Who did it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum EventActor {
    Buyer,
    Seller,
    System,
    Carrier,
    #[serde(other)]
    Unknown,
}

/// What happened (stable codes the app localises).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    /// buyer: the order was placed (`amount`).
    Placed,
    /// system: the payment succeeded and the money is held (`amount`).
    PaidHeld,
    /// seller: handed to the carrier (`carrier`, `tracking_number`).
    Shipped,
    /// carrier: a tracking scan (`tracking_status`, `text`, `location`).
    Tracking,
    /// carrier: delivered (`location`).
    Delivered,
    /// buyer: confirmed receipt.
    ReceiptConfirmed,
    /// system: the deadline passed (`deadline_kind`).
    AutoConfirmed,
    /// system: the held money went to the seller (`amount`).
    Released,
    /// buyer: cancelled before shipping.
    Cancelled,
    /// system: money back to the buyer (`amount`).
    Refunded,
    /// buyer: asked for `days` more protection.
    ExtensionRequested,
    /// seller: granted `days`; `deadline` is the new end of protection.
    ExtensionGranted,
    /// seller: refused the `days` asked.
    ExtensionRefused,
    /// buyer: left feedback.
    FeedbackLeft,
    /// buyer: opened a dispute; the hold is frozen (disputes issue).
    DisputeOpened,
    /// system: the dispute ended; the hold is no longer frozen (disputes issue).
    DisputeClosed,
    #[serde(other)]
    Unknown,
}

/// Stable codes of carrier scans (the English `text` is for logs and fallbacks).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum TrackingStatus {
    AcceptedByCarrier,
    DepartedSortingCentre,
    InTransit,
    ArrivedDestinationCountry,
    CustomsCleared,
    ArrivedLocalFacility,
    OutForDelivery,
    #[serde(other)]
    Unknown,
}

/// One line of the order's timeline (oldest first).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OrderEvent {
    pub id: i64,
    /// RFC 3339 UTC.
    pub at: String,
    pub actor: EventActor,
    pub kind: EventKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<Money>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub carrier: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tracking_number: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tracking_status: Option<TrackingStatus>,
    /// English text of a tracking scan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// Extension days asked or granted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub days: Option<i64>,
    /// RFC 3339 UTC: the new end of protection (`extension_granted`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<String>,
    /// `auto_confirmed`: which timer ran out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline_kind: Option<DeadlineKind>,
}

/// Kinds of hold ledger entries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum LedgerKind {
    /// The buyer's money is taken and held (`amount` = the order's total).
    Hold,
    /// A dispute froze what is still held (`amount` = that sum; moves no money).
    Freeze,
    /// The dispute ended; the hold is no longer frozen (moves no money).
    Unfreeze,
    /// Paid to the seller.
    Release,
    /// All that was still held went back to the buyer.
    Refund,
    /// Part of what was held went back to the buyer.
    PartialRefund,
    #[serde(other)]
    Unknown,
}

/// One entry of the order's hold ledger, oldest first. Always: held = released + refunded +
/// still held, none negative.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LedgerEntry {
    pub kind: LedgerKind,
    pub amount: Money,
    /// RFC 3339 UTC.
    pub at: String,
}

/// The buyer's stars (1–5 each) and words after completion.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FeedbackRequest {
    pub item_as_described: u8,
    pub communication: u8,
    pub shipping_speed: u8,
    /// 0–2000 characters.
    #[serde(default)]
    pub text: String,
}

/// Longest feedback text, in characters.
pub const FEEDBACK_TEXT_MAX: usize = 2000;

/// Field errors of a feedback (`item_as_described`/`communication`/`shipping_speed`
/// `out_of_range`, `text` `too_long`), empty when it is fine.
pub fn validate_feedback(f: &FeedbackRequest) -> Vec<(&'static str, &'static str)> {
    let mut out = Vec::new();
    for (field, v) in [
        ("item_as_described", f.item_as_described),
        ("communication", f.communication),
        ("shipping_speed", f.shipping_speed),
    ] {
        if !(1..=5).contains(&v) {
            out.push((field, "out_of_range"));
        }
    }
    if f.text.chars().count() > FEEDBACK_TEXT_MAX {
        out.push(("text", "too_long"));
    }
    out
}

/// Feedback left on the order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Feedback {
    pub item_as_described: u8,
    pub communication: u8,
    pub shipping_speed: u8,
    pub text: String,
    /// RFC 3339 UTC.
    pub at: String,
}

/// Body of `POST /orders/{id}/extension-requests`: days of protection to add (1–30). The seller
/// answers later (an `extension_granted` / `extension_refused` event); the simulated sellers of
/// demo mode grant up to 15 days once per order and refuse the rest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ExtensionRequestBody {
    pub days: i64,
}

/// Most days one extension request may ask for.
pub const EXTENSION_DAYS_MAX: i64 = 30;

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
    /// A dispute is open (the hold is frozen).
    #[serde(default)]
    pub dispute_open: bool,
    /// The next automatic step, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<Deadline>,
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
    /// Ids of the disputes opened on this line, oldest first (at most one open at a time).
    #[serde(default)]
    pub disputes: Vec<i64>,
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
    /// What the buyer paid for this order (the ledger's `hold`).
    pub amount: Money,
    /// Still held (not paid to the seller, not refunded); frozen while a dispute is open.
    pub held: Money,
    /// Paid to the seller.
    pub released: Money,
    /// Returned to the buyer.
    pub refunded: Money,
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
    /// RFC 3339 UTC timestamps of the steps reached.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paid_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shipped_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivered_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completed_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cancelled_at: Option<String>,
    /// May be empty. Computed from the state, the hold and the deadlines.
    pub allowed_actions: Vec<OrderAction>,
    /// While `pay_again` is allowed: until when (RFC 3339).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pay_again_until: Option<String>,
    /// A dispute is open: the hold is frozen, timers stop, receipt cannot be confirmed.
    #[serde(default)]
    pub dispute_open: bool,
    /// The next automatic step, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<Deadline>,
    pub protection: Protection,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tracking: Option<Tracking>,
    /// Days the seller has to ship after payment ([`SHIPS_WITHIN_DAYS`]).
    #[serde(default)]
    pub ships_within_days: i64,
    /// The expected delivery window while the order is paid or on its way; absent before
    /// payment and once delivered, completed or cancelled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub estimated_delivery: Option<DeliveryEstimate>,
    /// Who did what when, oldest first.
    #[serde(default)]
    pub timeline: Vec<OrderEvent>,
    /// The hold ledger, oldest first.
    #[serde(default)]
    pub ledger: Vec<LedgerEntry>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub feedback: Option<Feedback>,
    /// Changes with every change of the order; also sent as the `ETag` header
    /// (`"<id>-<version>"`).
    pub version: i64,
}

impl Order {
    /// The `ETag` of this version of the order.
    pub fn etag(&self) -> String {
        order_etag(self.id, self.version)
    }
}

/// `"<id>-<version>"` (quotes included), the order's strong `ETag`.
pub fn order_etag(id: i64, version: i64) -> String {
    format!("\"{id}-{version}\"")
}
