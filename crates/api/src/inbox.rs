//! Messages with sellers and the notification inbox (issue 17).
//!
//! - A conversation is one per (buyer, seller); each message may be about a product or an order
//!   (the conversation remembers the latest subject). Only its buyer reads it (the seller side is
//!   simulated in demo mode); anyone else gets `404 conversation_not_found`.
//! - `POST /conversations` opens (or finds) the conversation with a product's or an order's
//!   seller; `POST /conversations/{id}/messages` sends a message as `multipart/form-data`:
//!   [`FIELD_TEXT`] (1–[`MESSAGE_MAX_CHARS`] characters) and 0–[`MESSAGE_MAX_PHOTOS`] files named
//!   `photos` with the rules and re-encoding of dispute evidence, plus an `Idempotency-Key`.
//! - Notifications are written by the server from what happens to the buyer's orders, disputes,
//!   conversations and wish list; each names what it is about (order, dispute, conversation or
//!   product), so the app can link to it.

use crate::money::Money;
use serde::{Deserialize, Serialize};

/// Multipart field of a message's text.
pub const FIELD_TEXT: &str = "text";
/// Optional multipart fields: the product or order the message is about.
pub const FIELD_PRODUCT_ID: &str = "product_id";
pub const FIELD_ORDER_ID: &str = "order_id";
pub const MESSAGE_MAX_CHARS: usize = 2000;
/// Photos per message (each under the dispute evidence limits).
pub const MESSAGE_MAX_PHOTOS: usize = 3;

/// Who wrote a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Author {
    Buyer,
    Seller,
    #[serde(other)]
    Unknown,
}

/// Body of `POST /conversations`: the product or the order to ask about (exactly one).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StartConversation {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_id: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_id: Option<i64>,
}

/// A photo of a message, served only to the conversation's buyer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MessagePhoto {
    /// Relative to the API base: `/conversations/{id}/photos/{message}/{file}`.
    pub url: String,
    pub width: u32,
    pub height: u32,
}

/// One message of a conversation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Message {
    pub id: i64,
    pub author: Author,
    /// Plain text (NFC); always shown as text.
    pub text: String,
    #[serde(default)]
    pub photos: Vec<MessagePhoto>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_id: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_id: Option<i64>,
    /// RFC 3339 UTC (the server's clock, simulated in demo mode).
    pub at: String,
}

/// What a conversation is about (its latest subject).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Subject {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_id: Option<i64>,
    /// The product's title (in the requested language).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_id: Option<i64>,
    /// Its number as the buyer sees it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_number: Option<String>,
}

/// One line of `GET /conversations`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ConversationSummary {
    pub id: i64,
    pub seller_id: i64,
    pub seller_name: String,
    pub subject: Subject,
    /// The latest message's text (may be empty for a photo-only message).
    pub last_text: String,
    pub last_author: Author,
    /// RFC 3339 UTC.
    pub last_at: String,
    /// Seller messages the buyer has not opened.
    pub unread: u32,
}

/// `GET /conversations`: newest activity first.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ConversationList {
    pub items: Vec<ConversationSummary>,
}

/// A conversation with its messages (oldest first).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Conversation {
    pub id: i64,
    pub seller_id: i64,
    pub seller_name: String,
    pub subject: Subject,
    pub messages: Vec<Message>,
    pub unread: u32,
    /// Demo mode: the simulated seller is writing an answer (a buyer message is waiting).
    #[serde(default)]
    pub seller_typing: bool,
}

/// What a notification is about (stable codes the app localises).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum NotificationKind {
    /// The order's payment went through (`order_id`).
    OrderPaid,
    /// The order shipped (`order_id`, `tracking_number`).
    OrderShipped,
    /// The parcel was delivered (`order_id`).
    OrderDelivered,
    /// Buyer protection ends within 3 days (`order_id`, `deadline`): confirm receipt or open a
    /// dispute.
    ProtectionEnding,
    /// The order was confirmed automatically when its deadline passed (`order_id`).
    AutoConfirmed,
    /// The seller answered a dispute (`dispute_id`, `order_id`).
    DisputeAnswered,
    /// A decision closed the dispute's question (`dispute_id`, `order_id`).
    DisputeDecided,
    /// The seller replied in a conversation (`conversation_id`, `seller_name`).
    MessageReply,
    /// A wish-listed product is cheaper than when added (`product_id`, `product_title`,
    /// `price_then`, `price_now`).
    PriceDropped,
    #[serde(other)]
    Unknown,
}

/// One notification.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Notification {
    pub id: i64,
    pub kind: NotificationKind,
    /// RFC 3339 UTC (the server's clock).
    pub at: String,
    pub read: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_id: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_number: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tracking_number: Option<String>,
    /// RFC 3339 UTC: when protection ends (`protection_ending`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dispute_id: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conversation_id: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seller_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_id: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price_then: Option<Money>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price_now: Option<Money>,
}

/// `GET /notifications`: the newest 100, newest first.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NotificationList {
    pub items: Vec<Notification>,
    pub unread: u32,
}

/// `GET /inbox/counts`: what the badges show.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct InboxCounts {
    /// Unread notifications.
    pub notifications: u32,
    /// Unread seller messages over all conversations.
    pub messages: u32,
}
