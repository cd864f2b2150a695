//! Disputes with photo evidence (DESIGN §3).
//!
//! - `POST /api/v1/orders/{id}/disputes`: `multipart/form-data` with the text fields
//!   [`FIELD_LINE_ID`] (the order line's `line_no`), [`FIELD_RECEIVED`] (`true`/`false`),
//!   [`FIELD_REASON`] ([`DisputeReason`]), [`FIELD_OUTCOME`] ([`DisputeOutcome`]: `full_refund`,
//!   `partial_refund` or `return_and_refund`), [`FIELD_AMOUNT`] (minor units of the order's
//!   currency, only for `partial_refund`, `0 < amount < refundable`), [`FIELD_DESCRIPTION`]
//!   (20–2000 characters) and 0–[`DISPUTE_MAX_PHOTOS`] files named [`FIELD_PHOTOS`] (`photos`
//!   or `photos[]`; JPEG/PNG/WebP by their bytes, ≤ [`DISPUTE_MAX_PHOTO_BYTES`] each; required for
//!   the reasons whose [`DisputeReason::photos_required`] is true). Needs an `Idempotency-Key`
//!   header (a retry answers `200` with the same [`Dispute`]) and `If-Match` with the order's
//!   `ETag`. Answers `201` [`Dispute`] with the dispute's `ETag`. Field errors name the form field
//!   (`photos[0]` for the first file) with one of the `DISPUTE_ERR_*` codes.
//! - `GET /api/v1/disputes` → `Page<`[`DisputeSummary`]`>` (own, newest first);
//!   `GET /api/v1/disputes/{id}` → [`Dispute`] with an `ETag` (own only, else
//!   `404 dispute_not_found`).
//! - `GET /api/v1/disputes/{id}/evidence/{file}`: the re-encoded photo, only to the buyer who
//!   uploaded it (others `404`).
//! - Buyer actions, each with `If-Match: <the dispute's ETag>` (missing → `428`, stale → `412
//!   precondition_failed` with the current `dispute`, not allowed now → `409 illegal_transition`
//!   with the current `dispute`), answering the changed [`Dispute`]:
//!   `POST /disputes/{id}/accept`, `…/counter` [`CounterRequest`], `…/escalate`, `…/cancel`,
//!   `…/messages` [`MessageRequest`], `…/return-shipment` [`ReturnShipmentRequest`].

use crate::money::Money;
use crate::orders::{Hold, OrderState};
use serde::{Deserialize, Serialize};

/// Multipart form field: the order line's `line_no`.
pub const FIELD_LINE_ID: &str = "line_id";
/// Multipart form field: `true` if the parcel arrived.
pub const FIELD_RECEIVED: &str = "received";
pub const FIELD_REASON: &str = "reason";
pub const FIELD_OUTCOME: &str = "outcome";
/// Multipart form field: refund asked, minor units (only with `partial_refund`).
pub const FIELD_AMOUNT: &str = "amount";
pub const FIELD_DESCRIPTION: &str = "description";
/// Multipart file field (also accepted as `photos[]`).
pub const FIELD_PHOTOS: &str = "photos";

pub const DISPUTE_DESCRIPTION_MIN_CHARS: usize = 20;
pub const DISPUTE_DESCRIPTION_MAX_CHARS: usize = 2000;
pub const DISPUTE_MESSAGE_MAX_CHARS: usize = 2000;
pub const DISPUTE_MAX_PHOTOS: usize = 10;
/// Largest photo accepted, in bytes (10 MiB).
pub const DISPUTE_MAX_PHOTO_BYTES: usize = 10 * 1024 * 1024;
/// Accepted photo types (recognised by their bytes, not by the declared type).
pub const DISPUTE_PHOTO_TYPES: [&str; 3] = ["image/jpeg", "image/png", "image/webp"];

/// Field error codes of disputes.
pub const DISPUTE_ERR_REQUIRED: &str = "required";
pub const DISPUTE_ERR_TOO_SHORT: &str = "too_short";
pub const DISPUTE_ERR_TOO_LONG: &str = "too_long";
/// A number outside its range (e.g. the partial refund amount, a line that does not exist).
pub const DISPUTE_ERR_OUT_OF_RANGE: &str = "out_of_range";
/// A value not in the list (reason, outcome), or a reason that does not fit `received`.
pub const DISPUTE_ERR_UNKNOWN_VALUE: &str = "unknown_value";
pub const DISPUTE_ERR_MALFORMED: &str = "malformed";
/// The reason needs at least one photo (`photos`).
pub const DISPUTE_ERR_PHOTOS_REQUIRED: &str = "photos_required";
/// More than [`DISPUTE_MAX_PHOTOS`] files (`photos`).
pub const DISPUTE_ERR_TOO_MANY_FILES: &str = "too_many_files";
/// One file over [`DISPUTE_MAX_PHOTO_BYTES`] (`photos[i]`, status 413).
pub const DISPUTE_ERR_PAYLOAD_TOO_LARGE: &str = "payload_too_large";
/// One file not JPEG/PNG/WebP by its bytes (`photos[i]`, status 415).
pub const DISPUTE_ERR_UNSUPPORTED_MEDIA_TYPE: &str = "unsupported_media_type";
/// The file claims to be an image but does not decode (`photos[i]`).
pub const DISPUTE_ERR_UNDECODABLE: &str = "undecodable";

/// Why the buyer opens the dispute. The first eight need `received = true`, the rest `false`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum DisputeReason {
    NotAsDescribed,
    WrongSizeColourMaterial,
    PoorQuality,
    DoesntWork,
    Counterfeit,
    Damaged,
    EmptyParcel,
    ShortQuantity,
    StillInTransit,
    HeldAtCustoms,
    NoTracking,
    ReturnedToSender,
    WrongAddress,
    #[serde(other)]
    Unknown,
}

impl DisputeReason {
    pub const ALL: [DisputeReason; 13] = [
        DisputeReason::NotAsDescribed,
        DisputeReason::WrongSizeColourMaterial,
        DisputeReason::PoorQuality,
        DisputeReason::DoesntWork,
        DisputeReason::Counterfeit,
        DisputeReason::Damaged,
        DisputeReason::EmptyParcel,
        DisputeReason::ShortQuantity,
        DisputeReason::StillInTransit,
        DisputeReason::HeldAtCustoms,
        DisputeReason::NoTracking,
        DisputeReason::ReturnedToSender,
        DisputeReason::WrongAddress,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            DisputeReason::NotAsDescribed => "not_as_described",
            DisputeReason::WrongSizeColourMaterial => "wrong_size_colour_material",
            DisputeReason::PoorQuality => "poor_quality",
            DisputeReason::DoesntWork => "doesnt_work",
            DisputeReason::Counterfeit => "counterfeit",
            DisputeReason::Damaged => "damaged",
            DisputeReason::EmptyParcel => "empty_parcel",
            DisputeReason::ShortQuantity => "short_quantity",
            DisputeReason::StillInTransit => "still_in_transit",
            DisputeReason::HeldAtCustoms => "held_at_customs",
            DisputeReason::NoTracking => "no_tracking",
            DisputeReason::ReturnedToSender => "returned_to_sender",
            DisputeReason::WrongAddress => "wrong_address",
            DisputeReason::Unknown => "unknown",
        }
    }

    pub fn parse(s: &str) -> Option<DisputeReason> {
        DisputeReason::ALL.into_iter().find(|r| r.as_str() == s)
    }

    /// Whether the reason is one for a parcel that arrived (`received = true`).
    pub fn for_received(self) -> bool {
        matches!(
            self,
            DisputeReason::NotAsDescribed
                | DisputeReason::WrongSizeColourMaterial
                | DisputeReason::PoorQuality
                | DisputeReason::DoesntWork
                | DisputeReason::Counterfeit
                | DisputeReason::Damaged
                | DisputeReason::EmptyParcel
                | DisputeReason::ShortQuantity
        )
    }

    /// The reasons offered for `received` (the form's list).
    pub fn for_answer(received: bool) -> Vec<DisputeReason> {
        DisputeReason::ALL
            .into_iter()
            .filter(|r| r.for_received() == received)
            .collect()
    }

    /// At least one photo is required.
    pub fn photos_required(self) -> bool {
        matches!(
            self,
            DisputeReason::NotAsDescribed | DisputeReason::Damaged | DisputeReason::Counterfeit
        )
    }

    /// Fluent message id of the label, e.g. `dispute-reason-not-as-described`.
    pub fn message_id(self) -> String {
        format!("dispute-reason-{}", self.as_str().replace('_', "-"))
    }
}

/// What a side proposes, or how a dispute ended.
/// - `full_refund`: everything still held goes back to the buyer (hold `refunded`);
/// - `partial_refund`: `amount` back to the buyer, the rest released to the seller
///   (`partially_refunded`);
/// - `return_and_refund`: the buyer ships the item back at the seller's cost within the return
///   window, then a full refund when the seller receives it;
/// - `resend`: the seller sends the item again for free; the hold stays frozen until it is
///   delivered, then the order goes on normally (seller proposal only);
/// - `no_refund`: the case is closed in the seller's favour, the money is released (arbitration
///   or an expired return only).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum DisputeOutcome {
    FullRefund,
    PartialRefund,
    ReturnAndRefund,
    Resend,
    NoRefund,
    #[serde(other)]
    Unknown,
}

impl DisputeOutcome {
    pub const ALL: [DisputeOutcome; 5] = [
        DisputeOutcome::FullRefund,
        DisputeOutcome::PartialRefund,
        DisputeOutcome::ReturnAndRefund,
        DisputeOutcome::Resend,
        DisputeOutcome::NoRefund,
    ];
    /// What a buyer may ask for (opening form and counter-proposals).
    pub const BUYER: [DisputeOutcome; 3] = [
        DisputeOutcome::FullRefund,
        DisputeOutcome::PartialRefund,
        DisputeOutcome::ReturnAndRefund,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            DisputeOutcome::FullRefund => "full_refund",
            DisputeOutcome::PartialRefund => "partial_refund",
            DisputeOutcome::ReturnAndRefund => "return_and_refund",
            DisputeOutcome::Resend => "resend",
            DisputeOutcome::NoRefund => "no_refund",
            DisputeOutcome::Unknown => "unknown",
        }
    }

    pub fn parse(s: &str) -> Option<DisputeOutcome> {
        DisputeOutcome::ALL.into_iter().find(|r| r.as_str() == s)
    }
}

/// `awaiting_seller → negotiating → escalated → resolved`, or `cancelled` by the buyer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum DisputeState {
    /// The seller has [`SELLER_REPLY_DAYS`] to answer; silence accepts the buyer's proposal.
    AwaitingSeller,
    /// Proposals both ways.
    Negotiating,
    /// Platform arbitration decides.
    Escalated,
    /// Ended with a [`DisputeResolution`]; a return or a resend may still be under way
    /// (`return_shipment`, `redelivery_due`).
    Resolved,
    /// Withdrawn by the buyer; the hold is unfrozen and the order's timers resume.
    Cancelled,
    #[serde(other)]
    Unknown,
}

impl DisputeState {
    pub fn as_str(self) -> &'static str {
        match self {
            DisputeState::AwaitingSeller => "awaiting_seller",
            DisputeState::Negotiating => "negotiating",
            DisputeState::Escalated => "escalated",
            DisputeState::Resolved => "resolved",
            DisputeState::Cancelled => "cancelled",
            DisputeState::Unknown => "unknown",
        }
    }

    pub fn parse(s: &str) -> DisputeState {
        [
            DisputeState::AwaitingSeller,
            DisputeState::Negotiating,
            DisputeState::Escalated,
            DisputeState::Resolved,
            DisputeState::Cancelled,
        ]
        .into_iter()
        .find(|x| x.as_str() == s)
        .unwrap_or(DisputeState::Unknown)
    }
}

/// Days the seller has to answer a new dispute (silence accepts the buyer's proposal).
pub const SELLER_REPLY_DAYS: i64 = 5;
/// Days of negotiation after which the buyer may escalate even without a rejection.
pub const NEGOTIATION_DAYS: i64 = 5;
/// Days the buyer has to ship a return (then the dispute closes in the seller's favour).
pub const RETURN_SHIP_DAYS: i64 = 10;

/// Who acted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum DisputeParty {
    Buyer,
    Seller,
    Platform,
    System,
    #[serde(other)]
    Unknown,
}

/// What the buyer may do with a dispute now; the app draws only these buttons.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum DisputeAction {
    /// Accept the seller's current proposal (`negotiating`, the seller proposed last).
    Accept,
    /// Propose something else (`negotiating`).
    Counter,
    /// Ask the platform to decide (`negotiating`, after the seller rejected or after
    /// [`NEGOTIATION_DAYS`]).
    Escalate,
    /// Withdraw (`awaiting_seller`, `negotiating`, `escalated`).
    Cancel,
    /// Write to the seller (while open).
    Message,
    /// Enter the return's carrier and tracking number (`resolved` with `return_and_refund`,
    /// not shipped yet, before the return deadline).
    ShipReturn,
    #[serde(other)]
    Unknown,
}

/// Who must act, for the page's banner.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum DisputeBanner {
    YourActionNeeded,
    WaitingForSeller,
    UnderReview,
    #[serde(other)]
    Unknown,
}

/// Which timer a [`DisputeDeadline`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum DisputeDeadlineKind {
    /// The seller's reply is due (`awaiting_seller`).
    SellerReply,
    /// From then on the buyer may escalate (`negotiating`).
    EscalationAvailable,
    /// The buyer must ship the return by then.
    ReturnShipment,
    /// The seller confirms the returned parcel by then (simulated: 5 days after shipping).
    ReturnReceipt,
    /// The resent item is delivered by then.
    Redelivery,
    /// The platform decides an escalated dispute by then (demo server: 2 days after the
    /// escalation, when the simulated arbitration runs).
    Decision,
    #[serde(other)]
    Unknown,
}

/// What happens when a [`DisputeDeadline`] passes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum DisputeDeadlineEffect {
    /// The seller's silence accepts the buyer's proposal.
    AcceptBuyerProposal,
    /// Nothing by itself: `escalate` becomes allowed.
    EscalationAllowed,
    /// The dispute closes in the seller's favour (money released).
    CloseInSellersFavour,
    /// The return is received and the buyer refunded in full.
    RefundBuyer,
    /// The item is delivered again; the hold unfreezes and the order goes on.
    ResumeOrder,
    /// The platform's decision is made and carried out (refund or release).
    PlatformDecides,
    #[serde(other)]
    Unknown,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DisputeDeadline {
    /// RFC 3339 UTC.
    pub at: String,
    pub kind: DisputeDeadlineKind,
    pub effect: DisputeDeadlineEffect,
}

/// A proposal of one side.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DisputeProposal {
    pub by: DisputeParty,
    pub outcome: DisputeOutcome,
    /// Refund amount (`partial_refund`; the refundable sum for `full_refund`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<Money>,
    /// RFC 3339 UTC.
    pub at: String,
}

/// How the dispute ended (`resolved`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DisputeResolution {
    pub outcome: DisputeOutcome,
    /// Refunded (or to be refunded after a return).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<Money>,
    /// `buyer` (accepted the seller's proposal), `seller` (accepted the buyer's), `platform`
    /// (arbitration), `system` (a timer).
    pub by: DisputeParty,
    /// Stable code of why, e.g. `seller_silent`, `accepted`, `evidence_supports_claim`,
    /// `partial_evidence`, `return_not_shipped`.
    pub rationale: String,
    /// RFC 3339 UTC.
    pub at: String,
}

/// The return parcel (`return_and_refund`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReturnShipment {
    /// RFC 3339 UTC: ship by then.
    pub due_at: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub carrier: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tracking_number: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shipped_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub received_at: Option<String>,
}

/// What happened (stable codes the app localises).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum DisputeEventKind {
    /// buyer: opened with a proposal (`outcome`, `amount`).
    Opened,
    /// buyer or seller: proposed (`outcome`, `amount`, `text`).
    Proposed,
    /// buyer or seller: accepted the other side's proposal.
    Accepted,
    /// seller: rejected the claim (`text`).
    Rejected,
    /// system: the seller did not answer in time; the buyer's proposal stands.
    AutoAccepted,
    /// buyer: asked the platform to decide.
    Escalated,
    /// platform: decided (`outcome`, `amount`, `text` = rationale code).
    Decided,
    /// buyer or seller: a message (`text`).
    Message,
    /// buyer: shipped the return (`carrier`, `tracking_number`).
    ReturnShipped,
    /// seller: received the return.
    ReturnReceived,
    /// system: the return was not shipped in time.
    ReturnExpired,
    /// seller: sent the item again.
    Resent,
    /// system: the resent item was delivered.
    Redelivered,
    /// system: money back to the buyer (`amount`).
    Refunded,
    /// system: money to the seller (`amount`).
    Released,
    /// buyer: withdrew the dispute.
    Cancelled,
    #[serde(other)]
    Unknown,
}

/// One line of the dispute's timeline (oldest first).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DisputeEvent {
    pub id: i64,
    /// RFC 3339 UTC.
    pub at: String,
    pub actor: DisputeParty,
    pub kind: DisputeEventKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<DisputeOutcome>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<Money>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub carrier: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tracking_number: Option<String>,
}

/// One of the buyer's evidence photos, re-encoded on the server (no EXIF/GPS).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EvidencePhoto {
    /// File name under the dispute, e.g. `0.jpg`.
    pub file: String,
    /// `/api/v1/disputes/{id}/evidence/{file}` (only the owner may read it).
    pub url: String,
    /// `image/jpeg`, `image/png` or `image/webp` (re-encoded as the same family).
    pub content_type: String,
    pub bytes: u64,
    pub width: u32,
    pub height: u32,
}

/// Where the listing photos of a dispute come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ListingPhotosSource {
    /// Kept with the order line at checkout: what was sold.
    Snapshot,
    /// The product's current images (the order predates snapshots; they may have changed).
    Current,
    #[serde(other)]
    Unknown,
}

/// The disputed order line, as it was at checkout.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DisputeLine {
    pub line_no: i64,
    pub product_id: i64,
    pub title: String,
    pub image: String,
    pub sku_label: String,
    pub quantity: i64,
    pub line_total: Money,
}

/// One dispute (own only).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Dispute {
    pub id: i64,
    pub order_id: i64,
    pub order_number: String,
    pub order_state: OrderState,
    pub seller_id: i64,
    pub seller_name: String,
    pub line: DisputeLine,
    pub state: DisputeState,
    pub received: bool,
    pub reason: DisputeReason,
    /// What the buyer asked for when opening.
    pub wanted_outcome: DisputeOutcome,
    /// `partial_refund`: the amount asked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wanted_amount: Option<Money>,
    pub description: String,
    /// The listing's photos (URLs), to compare with `evidence`.
    pub listing_photos: Vec<String>,
    pub listing_photos_source: ListingPhotosSource,
    pub evidence: Vec<EvidencePhoto>,
    /// Most that may be refunded (what the order still holds).
    pub refundable: Money,
    /// The order's hold now.
    pub hold: Hold,
    /// The proposal on the table (the latest one, by either side), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current_proposal: Option<DisputeProposal>,
    /// Every proposal, oldest first.
    #[serde(default)]
    pub proposals: Vec<DisputeProposal>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resolution: Option<DisputeResolution>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub return_shipment: Option<ReturnShipment>,
    /// Who did what when, oldest first (messages included, `kind = message`).
    #[serde(default)]
    pub timeline: Vec<DisputeEvent>,
    /// Pending timers, soonest first.
    #[serde(default)]
    pub deadlines: Vec<DisputeDeadline>,
    /// Absent once nothing is pending.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub banner: Option<DisputeBanner>,
    pub allowed_actions: Vec<DisputeAction>,
    /// RFC 3339 UTC.
    pub opened_at: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closed_at: Option<String>,
    /// Changes with every change; the `ETag` is `"d<id>-<version>"`.
    pub version: i64,
}

impl Dispute {
    pub fn etag(&self) -> String {
        dispute_etag(self.id, self.version)
    }
}

/// `"d<id>-<version>"` (quotes included), the dispute's strong `ETag`.
pub fn dispute_etag(id: i64, version: i64) -> String {
    format!("\"d{id}-{version}\"")
}

/// A dispute in `GET /disputes`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct DisputeSummary {
    pub id: i64,
    pub order_id: i64,
    pub order_number: String,
    pub line_no: i64,
    pub title: String,
    pub image: String,
    pub state: DisputeState,
    pub reason: DisputeReason,
    pub refundable: Money,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub banner: Option<DisputeBanner>,
    /// The soonest pending timer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<DisputeDeadline>,
    pub opened_at: String,
}

/// Body of `POST /disputes/{id}/counter`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CounterRequest {
    /// One of [`DisputeOutcome::BUYER`].
    pub outcome: DisputeOutcome,
    /// Minor units of the order's currency, `0 < amount < refundable` (`partial_refund` only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<i64>,
    /// 0–2000 characters.
    #[serde(default)]
    pub message: String,
}

/// Body of `POST /disputes/{id}/messages`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MessageRequest {
    /// 1–2000 characters.
    pub text: String,
}

/// Body of `POST /disputes/{id}/return-shipment`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReturnShipmentRequest {
    /// 1–100 characters.
    pub carrier: String,
    /// 4–40 characters.
    pub tracking_number: String,
}

/// Demo only: how the simulated seller answers (`POST /operator/disputes/{id}/seller-reply`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum SellerReplyAction {
    /// Accept the buyer's current proposal.
    Accept,
    /// Reject the claim (the buyer may escalate).
    Reject,
    /// Propose `outcome` (+ `amount` for `partial_refund`).
    Propose,
}

/// Demo only: body of `POST /operator/disputes/{id}/seller-reply`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SellerReplyRequest {
    pub action: SellerReplyAction,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<DisputeOutcome>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<i64>,
}

/// Demo only: body of `POST /operator/disputes/{id}/arbitrate` (an `escalated` dispute).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ArbitrateRequest {
    pub outcome: DisputeOutcome,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<i64>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reasons_split_by_received_and_round_trip() {
        assert_eq!(DisputeReason::for_answer(true).len(), 8);
        assert_eq!(DisputeReason::for_answer(false).len(), 5);
        for r in DisputeReason::ALL {
            let json = serde_json::to_string(&r).unwrap();
            assert_eq!(json, format!("\"{}\"", r.as_str()));
            assert_eq!(DisputeReason::parse(r.as_str()), Some(r));
        }
        assert!(DisputeReason::Damaged.photos_required());
        assert!(!DisputeReason::PoorQuality.photos_required());
    }

    #[test]
    fn etag_is_distinct_from_orders() {
        assert_eq!(dispute_etag(3, 7), "\"d3-7\"");
    }
}
