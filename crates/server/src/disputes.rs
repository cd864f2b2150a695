//! Disputes: state machine, allowed actions, deadlines, audit log, ledger effects, timers, and
//! (demo mode) the simulated seller and arbitration.
//!
//! | timer | value | effect |
//! | --- | --- | --- |
//! | seller reply | [`SELLER_REPLY_DAYS`] days after opening | the buyer's proposal is accepted (`auto_accepted`) |
//! | escalation | [`NEGOTIATION_DAYS`] days after negotiation starts (at once after a rejection) | `escalate` allowed |
//! | return shipment | [`RETURN_SHIP_DAYS`] days after a `return_and_refund` resolution | not shipped: closed in the seller's favour, money released |
//! | return receipt (demo) | [`RETURN_RECEIVE_AFTER`] after the buyer ships it | full refund |
//! | redelivery | [`REDELIVERY_DAYS`] days after a `resend` resolution | delivered again: hold unfrozen, order `delivered`, timers resume |
//!
//! Demo mode only: the simulated seller answers [`SIM_SELLER_AFTER`] after a buyer's proposal
//! (see [`sim_seller_reply`]); escalated disputes are decided [`SIM_ARBITRATION_AFTER`] after
//! escalation by [`sim_arbitration`].

use crate::clock::{rfc3339, DAY};
use crate::error::{ApiError, ApiResult};
use crate::hold::Op;
use crate::lifecycle::{self, Details};
use crate::AppState;
use serde::{Deserialize, Serialize};
use sqlx::SqliteConnection;
use storefront_api::disputes::*;
use storefront_api::orders::{EventActor, EventKind, OrderLine, OrderState};
use storefront_api::{ErrorCode, Money, Problem};

pub use crate::versioned::{check_if_match, illegal};

pub const SIM_SELLER_AFTER: i64 = DAY;
pub const SIM_ARBITRATION_AFTER: i64 = 2 * DAY;
pub const RETURN_RECEIVE_AFTER: i64 = 5 * DAY;
pub const REDELIVERY_DAYS: i64 = 10;

fn code<T: Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_else(|| "unknown".to_string())
}

fn parse_code<T: for<'de> Deserialize<'de>>(s: &str, unknown: T) -> T {
    serde_json::from_value(serde_json::Value::String(s.to_string())).unwrap_or(unknown)
}

/// Stores each order line's listing photos at checkout, so disputes compare with what was sold.
pub async fn snapshot_listing_photos(
    conn: &mut SqliteConnection,
    order_id: i64,
    lines: &[OrderLine],
) -> ApiResult<()> {
    let mut photos = Vec::with_capacity(lines.len());
    for l in lines {
        photos.push(current_photos(conn, l.product_id).await?);
    }
    sqlx::query("UPDATE orders SET line_photos = ? WHERE id = ?")
        .bind(serde_json::to_string(&photos)?)
        .bind(order_id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

async fn current_photos(conn: &mut SqliteConnection, product_id: i64) -> ApiResult<Vec<String>> {
    let n: Option<(i64,)> = sqlx::query_as("SELECT images FROM products WHERE id = ?")
        .bind(product_id)
        .fetch_optional(&mut *conn)
        .await?;
    Ok(n.map_or(Vec::new(), |(n,)| {
        (0..n.max(1))
            .map(|k| crate::render::image_url(product_id, k))
            .collect()
    }))
}

/// A stored evidence file.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct EvidenceRow {
    pub file: String,
    pub content_type: String,
    pub bytes: u64,
    pub width: u32,
    pub height: u32,
}

pub const DISPUTE_COLUMNS: &str = "id, order_id, buyer_id, line_no, state, state_since, received, \
    reason, wanted_outcome, wanted_cents, description, evidence, refundable_cents, prop_by, \
    prop_outcome, prop_cents, prop_at, seller_rejected, sim_answered_at, res_outcome, res_cents, \
    res_by, res_rationale, res_at, return_due, return_carrier, return_tracking, \
    return_shipped_at, return_received_at, redelivery_due, closed_at, opened_at, version";

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct DisputeRow {
    pub id: i64,
    pub order_id: i64,
    pub buyer_id: i64,
    pub line_no: i64,
    pub state: String,
    pub state_since: i64,
    pub received: bool,
    pub reason: String,
    pub wanted_outcome: String,
    pub wanted_cents: Option<i64>,
    pub description: String,
    pub evidence: String,
    pub refundable_cents: i64,
    pub prop_by: Option<String>,
    pub prop_outcome: Option<String>,
    pub prop_cents: Option<i64>,
    pub prop_at: Option<i64>,
    pub seller_rejected: bool,
    pub sim_answered_at: Option<i64>,
    pub res_outcome: Option<String>,
    pub res_cents: Option<i64>,
    pub res_by: Option<String>,
    pub res_rationale: Option<String>,
    pub res_at: Option<i64>,
    pub return_due: Option<i64>,
    pub return_carrier: Option<String>,
    pub return_tracking: Option<String>,
    pub return_shipped_at: Option<i64>,
    pub return_received_at: Option<i64>,
    pub redelivery_due: Option<i64>,
    pub closed_at: Option<i64>,
    pub opened_at: i64,
    pub version: i64,
}

impl DisputeRow {
    pub fn state(&self) -> DisputeState {
        DisputeState::parse(&self.state)
    }

    pub fn reason(&self) -> DisputeReason {
        DisputeReason::parse(&self.reason).unwrap_or(DisputeReason::Unknown)
    }

    fn evidence(&self) -> Vec<EvidenceRow> {
        serde_json::from_str(&self.evidence).unwrap_or_default()
    }

    fn prop_by(&self) -> Option<DisputeParty> {
        self.prop_by
            .as_deref()
            .map(|p| parse_code(p, DisputeParty::Unknown))
    }

    fn prop_outcome(&self) -> Option<DisputeOutcome> {
        self.prop_outcome.as_deref().and_then(DisputeOutcome::parse)
    }

    fn res_outcome(&self) -> Option<DisputeOutcome> {
        self.res_outcome.as_deref().and_then(DisputeOutcome::parse)
    }

    fn return_pending(&self) -> bool {
        self.state() == DisputeState::Resolved
            && self.res_outcome() == Some(DisputeOutcome::ReturnAndRefund)
            && self.closed_at.is_none()
    }

    fn resend_pending(&self) -> bool {
        self.state() == DisputeState::Resolved
            && self.res_outcome() == Some(DisputeOutcome::Resend)
            && self.closed_at.is_none()
    }

    fn escalation_from(&self) -> i64 {
        if self.seller_rejected {
            self.state_since
        } else {
            self.state_since + NEGOTIATION_DAYS * DAY
        }
    }

    pub fn allowed_actions(&self, now: i64) -> Vec<DisputeAction> {
        let mut out = Vec::new();
        match self.state() {
            DisputeState::AwaitingSeller => out.extend([DisputeAction::Cancel]),
            DisputeState::Negotiating => {
                if self.prop_by() == Some(DisputeParty::Seller) && self.prop_outcome().is_some() {
                    out.push(DisputeAction::Accept);
                }
                out.push(DisputeAction::Counter);
                if now >= self.escalation_from() {
                    out.push(DisputeAction::Escalate);
                }
                out.push(DisputeAction::Cancel);
            }
            DisputeState::Escalated => out.push(DisputeAction::Cancel),
            DisputeState::Resolved
                if self.return_pending()
                    && self.return_shipped_at.is_none()
                    && self.return_due.is_some_and(|d| now < d) =>
            {
                out.push(DisputeAction::ShipReturn);
            }
            _ => {}
        }
        if self.closed_at.is_none() {
            out.push(DisputeAction::Message);
        }
        out
    }

    pub fn banner(&self) -> Option<DisputeBanner> {
        if self.closed_at.is_some() {
            return None;
        }
        Some(match self.state() {
            DisputeState::AwaitingSeller => DisputeBanner::WaitingForSeller,
            DisputeState::Negotiating => {
                if self.prop_by() == Some(DisputeParty::Seller) || self.seller_rejected {
                    DisputeBanner::YourActionNeeded
                } else {
                    DisputeBanner::WaitingForSeller
                }
            }
            DisputeState::Escalated => DisputeBanner::UnderReview,
            _ if self.return_pending() && self.return_shipped_at.is_none() => {
                DisputeBanner::YourActionNeeded
            }
            _ => DisputeBanner::WaitingForSeller,
        })
    }

    pub fn deadlines(&self, demo: bool) -> Vec<DisputeDeadline> {
        let mut out = Vec::new();
        let mut push = |at: i64, kind, effect| {
            out.push(DisputeDeadline {
                at: rfc3339(at),
                kind,
                effect,
            })
        };
        match self.state() {
            DisputeState::AwaitingSeller => push(
                self.opened_at + SELLER_REPLY_DAYS * DAY,
                DisputeDeadlineKind::SellerReply,
                DisputeDeadlineEffect::AcceptBuyerProposal,
            ),
            DisputeState::Negotiating if !self.seller_rejected => push(
                self.escalation_from(),
                DisputeDeadlineKind::EscalationAvailable,
                DisputeDeadlineEffect::EscalationAllowed,
            ),
            // When the simulated arbitration decides (`next_step`, `Step::Arbitrate`).
            DisputeState::Escalated if demo => push(
                self.state_since + SIM_ARBITRATION_AFTER,
                DisputeDeadlineKind::Decision,
                DisputeDeadlineEffect::PlatformDecides,
            ),
            DisputeState::Resolved if self.return_pending() => {
                match (self.return_shipped_at, self.return_due) {
                    (None, Some(due)) => push(
                        due,
                        DisputeDeadlineKind::ReturnShipment,
                        DisputeDeadlineEffect::CloseInSellersFavour,
                    ),
                    (Some(shipped), _) if demo => push(
                        shipped + RETURN_RECEIVE_AFTER,
                        DisputeDeadlineKind::ReturnReceipt,
                        DisputeDeadlineEffect::RefundBuyer,
                    ),
                    _ => {}
                }
            }
            DisputeState::Resolved if self.resend_pending() => {
                if let Some(due) = self.redelivery_due {
                    push(
                        due,
                        DisputeDeadlineKind::Redelivery,
                        DisputeDeadlineEffect::ResumeOrder,
                    )
                }
            }
            _ => {}
        }
        out
    }
}

/// The simulated seller's answer to the buyer's proposal (demo mode), by reason:
/// `poor_quality` / `doesnt_work` / `not_as_described` → propose a partial refund of 30 % of the
/// refundable sum; `wrong_size_colour_material` → propose a free resend; `counterfeit` → reject;
/// every other reason → silence (the seller-reply timer then accepts the buyer's proposal).
/// To a buyer's counter-proposal: accept a partial refund of at most 50 %, reject anything else.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SimReply {
    Silent,
    Accept,
    Reject,
    Propose(DisputeOutcome, Option<i64>),
}

pub fn sim_seller_reply(d: &DisputeRow) -> SimReply {
    if d.state() == DisputeState::Negotiating {
        return match (d.prop_outcome(), d.prop_cents) {
            (Some(DisputeOutcome::PartialRefund), Some(c)) if c * 2 <= d.refundable_cents => {
                SimReply::Accept
            }
            _ => SimReply::Reject,
        };
    }
    match d.reason() {
        DisputeReason::PoorQuality | DisputeReason::DoesntWork | DisputeReason::NotAsDescribed => {
            SimReply::Propose(
                DisputeOutcome::PartialRefund,
                Some((d.refundable_cents * 30 / 100).max(1)),
            )
        }
        DisputeReason::WrongSizeColourMaterial => SimReply::Propose(DisputeOutcome::Resend, None),
        DisputeReason::Counterfeit => SimReply::Reject,
        _ => SimReply::Silent,
    }
}

/// Simulated arbitration (demo mode): evidence photos present and the reason one of
/// `not_as_described`, `damaged`, `counterfeit`, `empty_parcel` → full refund
/// (`evidence_supports_claim`); otherwise a partial refund of 50 % of the refundable sum
/// (`partial_evidence`).
pub fn sim_arbitration(d: &DisputeRow) -> (DisputeOutcome, Option<i64>, &'static str) {
    let strong = matches!(
        d.reason(),
        DisputeReason::NotAsDescribed
            | DisputeReason::Damaged
            | DisputeReason::Counterfeit
            | DisputeReason::EmptyParcel
    );
    if strong && !d.evidence().is_empty() {
        (DisputeOutcome::FullRefund, None, "evidence_supports_claim")
    } else {
        (
            DisputeOutcome::PartialRefund,
            Some((d.refundable_cents / 2).max(1)),
            "partial_evidence",
        )
    }
}

#[derive(Debug, Default, Serialize, Deserialize)]
pub struct EventDetails {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<DisputeOutcome>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub carrier: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tracking_number: Option<String>,
}

pub async fn record(
    conn: &mut SqliteConnection,
    dispute_id: i64,
    at: i64,
    actor: DisputeParty,
    kind: DisputeEventKind,
    details: EventDetails,
) -> ApiResult<()> {
    sqlx::query(
        "INSERT INTO dispute_events (dispute_id, at, actor, kind, details) VALUES (?, ?, ?, ?, ?)",
    )
    .bind(dispute_id)
    .bind(at)
    .bind(code(&actor))
    .bind(code(&kind))
    .bind(serde_json::to_string(&details)?)
    .execute(&mut *conn)
    .await?;
    sqlx::query("UPDATE disputes SET version = version + 1 WHERE id = ?")
        .bind(dispute_id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

pub async fn load(
    conn: &mut SqliteConnection,
    id: i64,
    buyer: Option<i64>,
) -> ApiResult<Option<DisputeRow>> {
    let sql = format!(
        "SELECT {DISPUTE_COLUMNS} FROM disputes WHERE id = ? AND (? IS NULL OR buyer_id = ?)"
    );
    Ok(sqlx::query_as(&sql)
        .bind(id)
        .bind(buyer)
        .bind(buyer)
        .fetch_optional(&mut *conn)
        .await?)
}

fn usd(c: i64) -> Money {
    Money::usd(c)
}

/// The dispute as its buyer sees it at `now`.
pub async fn view(
    conn: &mut SqliteConnection,
    d: &DisputeRow,
    now: i64,
    demo: bool,
) -> ApiResult<Dispute> {
    let order_row = lifecycle::load(conn, d.order_id, None)
        .await?
        .ok_or_else(|| ApiError::internal("dispute without order"))?;
    let order = lifecycle::view(conn, &order_row, now).await?;
    let line = order
        .lines
        .iter()
        .find(|l| l.line_no == d.line_no)
        .ok_or_else(|| ApiError::internal("dispute line missing"))?;
    let snapshot: Option<(Option<String>,)> =
        sqlx::query_as("SELECT line_photos FROM orders WHERE id = ?")
            .bind(d.order_id)
            .fetch_optional(&mut *conn)
            .await?;
    let snap: Option<Vec<Vec<String>>> = snapshot
        .and_then(|(s,)| s)
        .and_then(|s| serde_json::from_str(&s).ok());
    let (listing_photos, listing_photos_source) =
        match snap.and_then(|v| v.get((d.line_no - 1).max(0) as usize).cloned()) {
            Some(p) => (p, ListingPhotosSource::Snapshot),
            None => (
                current_photos(conn, line.product_id).await?,
                ListingPhotosSource::Current,
            ),
        };
    let events: Vec<(i64, i64, String, String, String)> = sqlx::query_as(
        "SELECT id, at, actor, kind, details FROM dispute_events WHERE dispute_id = ? \
         ORDER BY at, id",
    )
    .bind(d.id)
    .fetch_all(&mut *conn)
    .await?;
    let mut timeline = Vec::with_capacity(events.len());
    let mut proposals = Vec::new();
    for (id, at, actor, kind, details) in events {
        let det: EventDetails = serde_json::from_str(&details).unwrap_or_default();
        let actor = parse_code(&actor, DisputeParty::Unknown);
        let kind = parse_code(&kind, DisputeEventKind::Unknown);
        if matches!(kind, DisputeEventKind::Opened | DisputeEventKind::Proposed) {
            if let Some(outcome) = det.outcome {
                proposals.push(DisputeProposal {
                    by: actor,
                    outcome,
                    amount: det.amount.map(usd),
                    at: rfc3339(at),
                });
            }
        }
        timeline.push(DisputeEvent {
            id,
            at: rfc3339(at),
            actor,
            kind,
            outcome: det.outcome,
            amount: det.amount.map(usd),
            text: det.text,
            carrier: det.carrier,
            tracking_number: det.tracking_number,
        });
    }
    let current_proposal = match (d.prop_by(), d.prop_outcome(), d.prop_at) {
        (Some(by), Some(outcome), Some(at)) if d.closed_at.is_none() && d.res_at.is_none() => {
            Some(DisputeProposal {
                by,
                outcome,
                amount: d.prop_cents.map(usd),
                at: rfc3339(at),
            })
        }
        _ => None,
    };
    let refundable = if d.closed_at.is_some() {
        0
    } else {
        d.refundable_cents.min(order.hold.held.amount).max(0)
    };
    Ok(Dispute {
        id: d.id,
        order_id: d.order_id,
        order_number: order.number.clone(),
        order_state: order.state,
        seller_id: order.seller_id,
        seller_name: order.seller_name.clone(),
        line: DisputeLine {
            line_no: line.line_no,
            product_id: line.product_id,
            title: line.title.clone(),
            image: line.image.clone(),
            sku_label: line.sku_label.clone(),
            quantity: line.quantity,
            line_total: line.line_total,
        },
        state: d.state(),
        received: d.received,
        reason: d.reason(),
        wanted_outcome: DisputeOutcome::parse(&d.wanted_outcome).unwrap_or(DisputeOutcome::Unknown),
        wanted_amount: d.wanted_cents.map(usd),
        description: d.description.clone(),
        listing_photos,
        listing_photos_source,
        evidence: d
            .evidence()
            .into_iter()
            .map(|e| EvidencePhoto {
                url: format!("/api/v1/disputes/{}/evidence/{}", d.id, e.file),
                file: e.file,
                content_type: e.content_type,
                bytes: e.bytes,
                width: e.width,
                height: e.height,
            })
            .collect(),
        refundable: usd(refundable),
        hold: order.hold.clone(),
        current_proposal,
        proposals,
        resolution: match (d.res_outcome(), d.res_at) {
            (Some(outcome), Some(at)) => Some(DisputeResolution {
                outcome,
                amount: d.res_cents.map(usd),
                by: d.res_by.as_deref().map_or(DisputeParty::Unknown, |b| {
                    parse_code(b, DisputeParty::Unknown)
                }),
                rationale: d.res_rationale.clone().unwrap_or_default(),
                at: rfc3339(at),
            }),
            _ => None,
        },
        return_shipment: d.return_due.map(|due| ReturnShipment {
            due_at: rfc3339(due),
            carrier: d.return_carrier.clone(),
            tracking_number: d.return_tracking.clone(),
            shipped_at: d.return_shipped_at.map(rfc3339),
            received_at: d.return_received_at.map(rfc3339),
        }),
        timeline,
        deadlines: d.deadlines(demo),
        banner: d.banner(),
        allowed_actions: d.allowed_actions(now),
        opened_at: rfc3339(d.opened_at),
        closed_at: d.closed_at.map(rfc3339),
        version: d.version,
    })
}

pub fn summary(d: &DisputeRow, title: String, image: String, demo: bool) -> DisputeSummary {
    DisputeSummary {
        id: d.id,
        order_id: d.order_id,
        order_number: crate::routes::orders::order_number(d.order_id),
        line_no: d.line_no,
        title,
        image,
        state: d.state(),
        reason: d.reason(),
        refundable: usd(if d.closed_at.is_some() {
            0
        } else {
            d.refundable_cents
        }),
        banner: d.banner(),
        deadline: d.deadlines(demo).into_iter().next(),
        opened_at: rfc3339(d.opened_at),
    }
}

// ---- money and order effects ---------------------------------------------------------------

async fn order_event(
    conn: &mut SqliteConnection,
    order_id: i64,
    at: i64,
    kind: EventKind,
    amount: Option<i64>,
) -> ApiResult<()> {
    lifecycle::record(
        conn,
        order_id,
        at,
        EventActor::System,
        kind,
        Details {
            amount: amount.map(usd),
            ..Details::default()
        },
    )
    .await
}

/// Ends the frozen state of the order: refunds `refund` cents (0 = none), releases the rest to
/// the seller; the order becomes `cancelled` when everything went back, else `completed`.
async fn settle(
    conn: &mut SqliteConnection,
    d: &DisputeRow,
    refund: i64,
    at: i64,
) -> ApiResult<()> {
    let l = lifecycle::ledger(conn, d.order_id).await?;
    let remaining = l.remaining();
    let refund = refund.clamp(0, remaining);
    if refund > 0 {
        lifecycle::ledger_apply(conn, d.order_id, Op::Refund(refund), at).await?;
        order_event(conn, d.order_id, at, EventKind::Refunded, Some(refund)).await?;
        record(
            conn,
            d.id,
            at,
            DisputeParty::System,
            DisputeEventKind::Refunded,
            EventDetails {
                amount: Some(refund),
                ..EventDetails::default()
            },
        )
        .await?;
    }
    if lifecycle::ledger(conn, d.order_id).await?.frozen {
        lifecycle::ledger_apply(conn, d.order_id, Op::Unfreeze, at).await?;
    }
    let rest = remaining - refund;
    if rest > 0 {
        lifecycle::ledger_apply(conn, d.order_id, Op::Release(rest), at).await?;
        order_event(conn, d.order_id, at, EventKind::Released, Some(rest)).await?;
        record(
            conn,
            d.id,
            at,
            DisputeParty::System,
            DisputeEventKind::Released,
            EventDetails {
                amount: Some(rest),
                ..EventDetails::default()
            },
        )
        .await?;
        sqlx::query(
            "UPDATE orders SET state = 'completed', completed_at = ?, dispute_open = 0, \
             version = version + 1 WHERE id = ?",
        )
        .bind(at)
        .bind(d.order_id)
        .execute(&mut *conn)
        .await?;
    } else {
        sqlx::query(
            "UPDATE orders SET state = 'cancelled', cancelled_at = ?, dispute_open = 0, \
             version = version + 1 WHERE id = ?",
        )
        .bind(at)
        .bind(d.order_id)
        .execute(&mut *conn)
        .await?;
    }
    order_event(conn, d.order_id, at, EventKind::DisputeClosed, None).await?;
    close(conn, d.id, at).await
}

async fn close(conn: &mut SqliteConnection, id: i64, at: i64) -> ApiResult<()> {
    sqlx::query("UPDATE disputes SET closed_at = ?, version = version + 1 WHERE id = ?")
        .bind(at)
        .bind(id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Unfreezes the hold and lets the order's timers run again (paused time added to them).
async fn unfreeze_and_resume(
    conn: &mut SqliteConnection,
    d: &DisputeRow,
    at: i64,
) -> ApiResult<()> {
    if lifecycle::ledger(conn, d.order_id).await?.frozen {
        lifecycle::ledger_apply(conn, d.order_id, Op::Unfreeze, at).await?;
    }
    sqlx::query(
        "UPDATE orders SET dispute_open = 0, paused_secs = paused_secs + ?, \
         version = version + 1 WHERE id = ?",
    )
    .bind((at - d.opened_at).max(0))
    .bind(d.order_id)
    .execute(&mut *conn)
    .await?;
    order_event(conn, d.order_id, at, EventKind::DisputeClosed, None).await
}

/// Resolves the dispute with `outcome` and applies it.
pub async fn resolve(
    conn: &mut SqliteConnection,
    d: &DisputeRow,
    outcome: DisputeOutcome,
    cents: Option<i64>,
    by: DisputeParty,
    rationale: &str,
    at: i64,
) -> ApiResult<()> {
    let refundable = d.refundable_cents;
    let amount = match outcome {
        DisputeOutcome::FullRefund | DisputeOutcome::ReturnAndRefund => Some(refundable),
        DisputeOutcome::PartialRefund => cents,
        _ => None,
    };
    sqlx::query(
        "UPDATE disputes SET state = 'resolved', state_since = ?, res_outcome = ?, \
         res_cents = ?, res_by = ?, res_rationale = ?, res_at = ?, version = version + 1 \
         WHERE id = ?",
    )
    .bind(at)
    .bind(outcome.as_str())
    .bind(amount)
    .bind(code(&by))
    .bind(rationale)
    .bind(at)
    .bind(d.id)
    .execute(&mut *conn)
    .await?;
    match outcome {
        DisputeOutcome::FullRefund => settle(conn, d, refundable, at).await?,
        DisputeOutcome::PartialRefund => settle(conn, d, cents.unwrap_or(0), at).await?,
        DisputeOutcome::NoRefund => settle(conn, d, 0, at).await?,
        DisputeOutcome::ReturnAndRefund => {
            sqlx::query("UPDATE disputes SET return_due = ? WHERE id = ?")
                .bind(at + RETURN_SHIP_DAYS * DAY)
                .bind(d.id)
                .execute(&mut *conn)
                .await?;
        }
        DisputeOutcome::Resend => {
            sqlx::query("UPDATE disputes SET redelivery_due = ? WHERE id = ?")
                .bind(at + REDELIVERY_DAYS * DAY)
                .bind(d.id)
                .execute(&mut *conn)
                .await?;
            record(
                conn,
                d.id,
                at,
                DisputeParty::Seller,
                DisputeEventKind::Resent,
                EventDetails::default(),
            )
            .await?;
        }
        DisputeOutcome::Unknown => return Err(ApiError::internal("unknown outcome")),
    }
    lifecycle::bump(conn, d.order_id).await
}

async fn set_proposal(
    conn: &mut SqliteConnection,
    d: &DisputeRow,
    by: DisputeParty,
    outcome: DisputeOutcome,
    cents: Option<i64>,
    text: Option<String>,
    at: i64,
) -> ApiResult<()> {
    let entering = d.state() != DisputeState::Negotiating;
    sqlx::query(
        "UPDATE disputes SET state = 'negotiating', state_since = ?, prop_by = ?, \
         prop_outcome = ?, prop_cents = ?, prop_at = ?, version = version + 1 WHERE id = ?",
    )
    .bind(if entering { at } else { d.state_since })
    .bind(code(&by))
    .bind(outcome.as_str())
    .bind(cents)
    .bind(at)
    .bind(d.id)
    .execute(&mut *conn)
    .await?;
    record(
        conn,
        d.id,
        at,
        by,
        DisputeEventKind::Proposed,
        EventDetails {
            outcome: Some(outcome),
            amount: cents,
            text,
            ..EventDetails::default()
        },
    )
    .await
}

/// The seller's answer (simulated seller or operator).
pub async fn seller_answer(
    conn: &mut SqliteConnection,
    d: &DisputeRow,
    reply: SimReply,
    at: i64,
) -> ApiResult<()> {
    sqlx::query("UPDATE disputes SET sim_answered_at = ? WHERE id = ?")
        .bind(d.prop_at.unwrap_or(d.opened_at))
        .bind(d.id)
        .execute(&mut *conn)
        .await?;
    match reply {
        SimReply::Silent => Ok(()),
        SimReply::Accept => {
            let outcome = d.prop_outcome().unwrap_or(DisputeOutcome::FullRefund);
            record(
                conn,
                d.id,
                at,
                DisputeParty::Seller,
                DisputeEventKind::Accepted,
                EventDetails {
                    outcome: Some(outcome),
                    amount: d.prop_cents,
                    ..EventDetails::default()
                },
            )
            .await?;
            let d = reload(conn, d.id).await?;
            resolve(
                conn,
                &d,
                outcome,
                d.prop_cents,
                DisputeParty::Seller,
                "accepted",
                at,
            )
            .await
        }
        SimReply::Reject => {
            sqlx::query(
                "UPDATE disputes SET state = 'negotiating', state_since = CASE WHEN state = \
                 'negotiating' THEN state_since ELSE ? END, seller_rejected = 1, \
                 version = version + 1 WHERE id = ?",
            )
            .bind(at)
            .bind(d.id)
            .execute(&mut *conn)
            .await?;
            record(
                conn,
                d.id,
                at,
                DisputeParty::Seller,
                DisputeEventKind::Rejected,
                EventDetails::default(),
            )
            .await
        }
        SimReply::Propose(outcome, cents) => {
            set_proposal(conn, d, DisputeParty::Seller, outcome, cents, None, at).await
        }
    }
}

async fn reload(conn: &mut SqliteConnection, id: i64) -> ApiResult<DisputeRow> {
    load(conn, id, None)
        .await?
        .ok_or_else(|| ApiError::internal("dispute vanished"))
}

// ---- timers ------------------------------------------------------------------------------

#[derive(Debug, Clone, PartialEq)]
enum Step {
    SimSeller,
    AutoAccept,
    Arbitrate,
    ReturnExpired,
    ReturnReceived,
    Redeliver,
}

fn next_step(d: &DisputeRow, demo: bool) -> Option<(i64, Step)> {
    if d.closed_at.is_some() {
        return None;
    }
    let mut steps: Vec<(i64, Step)> = Vec::new();
    let unanswered = d.sim_answered_at != Some(d.prop_at.unwrap_or(d.opened_at));
    match d.state() {
        DisputeState::AwaitingSeller => {
            if demo && unanswered && sim_seller_reply(d) != SimReply::Silent {
                steps.push((d.opened_at + SIM_SELLER_AFTER, Step::SimSeller));
            }
            steps.push((d.opened_at + SELLER_REPLY_DAYS * DAY, Step::AutoAccept));
        }
        DisputeState::Negotiating
            if demo && unanswered && d.prop_by() == Some(DisputeParty::Buyer) =>
        {
            if let Some(at) = d.prop_at {
                steps.push((at + SIM_SELLER_AFTER, Step::SimSeller));
            }
        }
        DisputeState::Escalated if demo => {
            steps.push((d.state_since + SIM_ARBITRATION_AFTER, Step::Arbitrate))
        }
        DisputeState::Resolved if d.return_pending() => match (d.return_shipped_at, d.return_due) {
            (None, Some(due)) => steps.push((due, Step::ReturnExpired)),
            (Some(shipped), _) if demo => {
                steps.push((shipped + RETURN_RECEIVE_AFTER, Step::ReturnReceived))
            }
            _ => {}
        },
        DisputeState::Resolved if d.resend_pending() => {
            if let Some(due) = d.redelivery_due {
                steps.push((due, Step::Redeliver));
            }
        }
        _ => {}
    }
    steps.into_iter().min_by_key(|(at, _)| *at)
}

async fn apply_step(
    conn: &mut SqliteConnection,
    d: &DisputeRow,
    at: i64,
    step: Step,
) -> ApiResult<()> {
    match step {
        Step::SimSeller => seller_answer(conn, d, sim_seller_reply(d), at).await,
        Step::AutoAccept => {
            record(
                conn,
                d.id,
                at,
                DisputeParty::System,
                DisputeEventKind::AutoAccepted,
                EventDetails::default(),
            )
            .await?;
            let outcome = d.prop_outcome().unwrap_or(DisputeOutcome::FullRefund);
            resolve(
                conn,
                d,
                outcome,
                d.prop_cents,
                DisputeParty::System,
                "seller_silent",
                at,
            )
            .await
        }
        Step::Arbitrate => {
            let (outcome, cents, why) = sim_arbitration(d);
            decide(conn, d, outcome, cents, why, at).await
        }
        Step::ReturnExpired => {
            record(
                conn,
                d.id,
                at,
                DisputeParty::System,
                DisputeEventKind::ReturnExpired,
                EventDetails::default(),
            )
            .await?;
            sqlx::query(
                "UPDATE disputes SET res_outcome = 'no_refund', res_cents = NULL, \
                 res_by = 'system', res_rationale = 'return_not_shipped', res_at = ? WHERE id = ?",
            )
            .bind(at)
            .bind(d.id)
            .execute(&mut *conn)
            .await?;
            settle(conn, d, 0, at).await
        }
        Step::ReturnReceived => {
            sqlx::query("UPDATE disputes SET return_received_at = ? WHERE id = ?")
                .bind(at)
                .bind(d.id)
                .execute(&mut *conn)
                .await?;
            record(
                conn,
                d.id,
                at,
                DisputeParty::Seller,
                DisputeEventKind::ReturnReceived,
                EventDetails::default(),
            )
            .await?;
            settle(conn, d, d.refundable_cents, at).await
        }
        Step::Redeliver => {
            record(
                conn,
                d.id,
                at,
                DisputeParty::System,
                DisputeEventKind::Redelivered,
                EventDetails::default(),
            )
            .await?;
            unfreeze_and_resume(conn, d, at).await?;
            sqlx::query(
                "UPDATE orders SET state = 'delivered', delivered_at = ?, version = version + 1 \
                 WHERE id = ?",
            )
            .bind(at)
            .bind(d.order_id)
            .execute(&mut *conn)
            .await?;
            close(conn, d.id, at).await
        }
    }
}

/// The platform decides an escalated dispute.
pub async fn decide(
    conn: &mut SqliteConnection,
    d: &DisputeRow,
    outcome: DisputeOutcome,
    cents: Option<i64>,
    why: &str,
    at: i64,
) -> ApiResult<()> {
    record(
        conn,
        d.id,
        at,
        DisputeParty::Platform,
        DisputeEventKind::Decided,
        EventDetails {
            outcome: Some(outcome),
            amount: match outcome {
                DisputeOutcome::PartialRefund => cents,
                DisputeOutcome::FullRefund => Some(d.refundable_cents),
                _ => None,
            },
            text: Some(why.to_string()),
            ..EventDetails::default()
        },
    )
    .await?;
    let d = reload(conn, d.id).await?;
    resolve(conn, &d, outcome, cents, DisputeParty::Platform, why, at).await
}

/// Applies every step of one dispute due by `now`.
pub async fn advance(conn: &mut SqliteConnection, id: i64, now: i64, demo: bool) -> ApiResult<u32> {
    let mut applied = 0;
    for _ in 0..50 {
        let Some(d) = load(conn, id, None).await? else {
            break;
        };
        let Some((at, step)) = next_step(&d, demo) else {
            break;
        };
        if at > now {
            break;
        }
        apply_step(conn, &d, at, step).await?;
        applied += 1;
    }
    Ok(applied)
}

/// One pass over every active dispute (called by [`lifecycle::tick`] under its lock).
pub async fn tick_all(s: &AppState, now: i64) -> ApiResult<u32> {
    let rows: Vec<DisputeRow> = sqlx::query_as(&format!(
        "SELECT {DISPUTE_COLUMNS} FROM disputes WHERE closed_at IS NULL ORDER BY id"
    ))
    .fetch_all(&s.pool)
    .await?;
    let mut applied = 0;
    for d in rows
        .iter()
        .filter(|d| next_step(d, s.demo).is_some_and(|(at, _)| at <= now))
    {
        let mut tx = s.pool.begin_with("BEGIN IMMEDIATE").await?;
        let n = advance(&mut tx, d.id, now, s.demo).await?;
        if n > 0 {
            tx.commit().await?;
            applied += n;
        }
    }
    Ok(applied)
}

// ---- opening -----------------------------------------------------------------------------

pub struct NewDispute {
    pub line_no: i64,
    pub received: bool,
    pub reason: DisputeReason,
    pub outcome: DisputeOutcome,
    pub amount: Option<i64>,
    pub description: String,
    pub evidence: Vec<EvidenceRow>,
}

/// What one order line may refund: the whole hold for a one-line order, else the line's total
/// less its discount (at most what is still held).
pub fn refundable_for(lines: &[OrderLine], line_no: i64, remaining: i64) -> i64 {
    if lines.len() <= 1 {
        return remaining;
    }
    lines.iter().find(|l| l.line_no == line_no).map_or(0, |l| {
        (l.line_total.amount - l.discount.amount).min(remaining)
    })
}

/// Inserts the dispute and freezes the hold; answers the new id.
pub async fn insert(
    conn: &mut SqliteConnection,
    order_id: i64,
    buyer_id: i64,
    refundable: i64,
    n: &NewDispute,
    at: i64,
) -> ApiResult<i64> {
    let inserted = sqlx::query(
        "INSERT INTO disputes (order_id, buyer_id, line_no, state, state_since, received, \
         reason, wanted_outcome, wanted_cents, description, evidence, refundable_cents, prop_by, \
         prop_outcome, prop_cents, prop_at, opened_at) VALUES (?, ?, ?, 'awaiting_seller', ?, \
         ?, ?, ?, ?, ?, '[]', ?, 'buyer', ?, ?, ?, ?)",
    )
    .bind(order_id)
    .bind(buyer_id)
    .bind(n.line_no)
    .bind(at)
    .bind(n.received)
    .bind(n.reason.as_str())
    .bind(n.outcome.as_str())
    .bind(n.amount)
    .bind(&n.description)
    .bind(refundable)
    .bind(n.outcome.as_str())
    .bind(n.amount)
    .bind(at)
    .bind(at)
    .execute(&mut *conn)
    .await?;
    let id = inserted.last_insert_rowid();
    sqlx::query("UPDATE disputes SET evidence = ? WHERE id = ?")
        .bind(serde_json::to_string(&n.evidence)?)
        .bind(id)
        .execute(&mut *conn)
        .await?;
    lifecycle::ledger_apply(conn, order_id, Op::Freeze, at).await?;
    sqlx::query("UPDATE orders SET dispute_open = 1, version = version + 1 WHERE id = ?")
        .bind(order_id)
        .execute(&mut *conn)
        .await?;
    lifecycle::record(
        conn,
        order_id,
        at,
        EventActor::Buyer,
        EventKind::DisputeOpened,
        Details::default(),
    )
    .await?;
    record(
        conn,
        id,
        at,
        DisputeParty::Buyer,
        DisputeEventKind::Opened,
        EventDetails {
            outcome: Some(n.outcome),
            amount: n.amount,
            text: Some(n.description.clone()),
            ..EventDetails::default()
        },
    )
    .await?;
    Ok(id)
}

// ---- buyer actions -----------------------------------------------------------------------

impl crate::versioned::Versioned for Dispute {
    const NOUN: &'static str = "dispute";
    fn etag(&self) -> String {
        Dispute::etag(self)
    }
    fn state_name(&self) -> &'static str {
        self.state.as_str()
    }
    fn attach_to(&self, problem: &mut Problem) {
        problem.ext.dispute = Some(Box::new(self.clone()));
    }
}

#[derive(Debug, Clone)]
pub enum BuyerAction {
    Accept,
    Counter(DisputeOutcome, Option<i64>, String),
    Escalate,
    Cancel,
    Message(String),
    ShipReturn(String, String),
}

impl BuyerAction {
    fn action(&self) -> DisputeAction {
        match self {
            BuyerAction::Accept => DisputeAction::Accept,
            BuyerAction::Counter(..) => DisputeAction::Counter,
            BuyerAction::Escalate => DisputeAction::Escalate,
            BuyerAction::Cancel => DisputeAction::Cancel,
            BuyerAction::Message(_) => DisputeAction::Message,
            BuyerAction::ShipReturn(..) => DisputeAction::ShipReturn,
        }
    }
}

fn not_found() -> ApiError {
    ApiError::new(ErrorCode::DisputeNotFound, "Dispute not found")
}

/// Runs a buyer's action in one transaction: due timers, 404, 428/412, 409, then the change.
pub async fn buyer_action(
    s: &AppState,
    buyer_id: i64,
    id: i64,
    if_match: Option<&str>,
    action: BuyerAction,
) -> ApiResult<Dispute> {
    let _guard = s.ticker.lock().await;
    let now = s.clock.now();
    let mut tx = s.pool.begin_with("BEGIN IMMEDIATE").await?;
    load(&mut tx, id, Some(buyer_id))
        .await?
        .ok_or_else(not_found)?;
    advance(&mut tx, id, now, s.demo).await?;
    let d = load(&mut tx, id, Some(buyer_id))
        .await?
        .ok_or_else(not_found)?;
    let current = view(&mut tx, &d, now, s.demo).await?;
    if let Err(e) = check_if_match(if_match, &current) {
        tx.commit().await?;
        return Err(e);
    }
    if !current.allowed_actions.contains(&action.action()) {
        tx.commit().await?;
        return Err(illegal(&current, code(&action.action()).as_str()));
    }
    if let BuyerAction::Counter(outcome, amount, _) = &action {
        let bad_amount = match outcome {
            DisputeOutcome::PartialRefund => {
                !amount.is_some_and(|a| a > 0 && a < current.refundable.amount)
            }
            _ => amount.is_some(),
        };
        let mut p = Problem::new(ErrorCode::ValidationFailed, "Invalid counter-proposal");
        if !DisputeOutcome::BUYER.contains(outcome) {
            p = p.with_field("outcome", DISPUTE_ERR_UNKNOWN_VALUE);
        } else if bad_amount {
            p = p.with_field("amount", DISPUTE_ERR_OUT_OF_RANGE);
        }
        if !p.errors.is_empty() {
            tx.commit().await?;
            return Err(ApiError(p));
        }
    }
    match action {
        BuyerAction::Accept => {
            let outcome = d.prop_outcome().unwrap_or(DisputeOutcome::Unknown);
            record(
                &mut tx,
                d.id,
                now,
                DisputeParty::Buyer,
                DisputeEventKind::Accepted,
                EventDetails {
                    outcome: Some(outcome),
                    amount: d.prop_cents,
                    ..EventDetails::default()
                },
            )
            .await?;
            let d = reload(&mut tx, d.id).await?;
            resolve(
                &mut tx,
                &d,
                outcome,
                d.prop_cents,
                DisputeParty::Buyer,
                "accepted",
                now,
            )
            .await?;
        }
        BuyerAction::Counter(outcome, amount, message) => {
            let text = Some(message.trim().to_string()).filter(|t| !t.is_empty());
            set_proposal(&mut tx, &d, DisputeParty::Buyer, outcome, amount, text, now).await?;
        }
        BuyerAction::Escalate => {
            sqlx::query(
                "UPDATE disputes SET state = 'escalated', state_since = ?, version = version + 1 \
                 WHERE id = ?",
            )
            .bind(now)
            .bind(d.id)
            .execute(&mut *tx)
            .await?;
            record(
                &mut tx,
                d.id,
                now,
                DisputeParty::Buyer,
                DisputeEventKind::Escalated,
                EventDetails::default(),
            )
            .await?;
        }
        BuyerAction::Cancel => {
            sqlx::query(
                "UPDATE disputes SET state = 'cancelled', state_since = ?, closed_at = ?, \
                 version = version + 1 WHERE id = ?",
            )
            .bind(now)
            .bind(now)
            .bind(d.id)
            .execute(&mut *tx)
            .await?;
            record(
                &mut tx,
                d.id,
                now,
                DisputeParty::Buyer,
                DisputeEventKind::Cancelled,
                EventDetails::default(),
            )
            .await?;
            unfreeze_and_resume(&mut tx, &d, now).await?;
        }
        BuyerAction::Message(text) => {
            record(
                &mut tx,
                d.id,
                now,
                DisputeParty::Buyer,
                DisputeEventKind::Message,
                EventDetails {
                    text: Some(text),
                    ..EventDetails::default()
                },
            )
            .await?;
        }
        BuyerAction::ShipReturn(carrier, tracking) => {
            sqlx::query(
                "UPDATE disputes SET return_carrier = ?, return_tracking = ?, \
                 return_shipped_at = ?, version = version + 1 WHERE id = ?",
            )
            .bind(&carrier)
            .bind(&tracking)
            .bind(now)
            .bind(d.id)
            .execute(&mut *tx)
            .await?;
            record(
                &mut tx,
                d.id,
                now,
                DisputeParty::Buyer,
                DisputeEventKind::ReturnShipped,
                EventDetails {
                    carrier: Some(carrier),
                    tracking_number: Some(tracking),
                    ..EventDetails::default()
                },
            )
            .await?;
        }
    }
    let d = reload(&mut tx, id).await?;
    let out = view(&mut tx, &d, now, s.demo).await?;
    tx.commit().await?;
    Ok(out)
}

/// Operator (demo): the seller answers now.
pub async fn operator_seller_reply(
    s: &AppState,
    id: i64,
    req: &SellerReplyRequest,
) -> ApiResult<Dispute> {
    let _guard = s.ticker.lock().await;
    let now = s.clock.now();
    let mut tx = s.pool.begin_with("BEGIN IMMEDIATE").await?;
    advance(&mut tx, id, now, s.demo).await?;
    let d = load(&mut tx, id, None).await?.ok_or_else(not_found)?;
    let current = view(&mut tx, &d, now, s.demo).await?;
    if !matches!(
        d.state(),
        DisputeState::AwaitingSeller | DisputeState::Negotiating
    ) {
        tx.commit().await?;
        return Err(illegal(&current, "seller-reply"));
    }
    let reply = match req.action {
        SellerReplyAction::Accept => SimReply::Accept,
        SellerReplyAction::Reject => SimReply::Reject,
        SellerReplyAction::Propose => {
            let outcome = req.outcome.unwrap_or(DisputeOutcome::Unknown);
            let amount = if outcome == DisputeOutcome::PartialRefund {
                match req.amount {
                    Some(a) if a > 0 && a < current.refundable.amount => Some(a),
                    _ => {
                        tx.commit().await?;
                        return Err(ApiError(
                            Problem::new(ErrorCode::ValidationFailed, "Invalid amount")
                                .with_field("amount", DISPUTE_ERR_OUT_OF_RANGE),
                        ));
                    }
                }
            } else {
                None
            };
            if !matches!(
                outcome,
                DisputeOutcome::FullRefund
                    | DisputeOutcome::PartialRefund
                    | DisputeOutcome::ReturnAndRefund
                    | DisputeOutcome::Resend
            ) {
                tx.commit().await?;
                return Err(ApiError(
                    Problem::new(ErrorCode::ValidationFailed, "Invalid outcome")
                        .with_field("outcome", DISPUTE_ERR_UNKNOWN_VALUE),
                ));
            }
            SimReply::Propose(outcome, amount)
        }
    };
    seller_answer(&mut tx, &d, reply, now).await?;
    let d = reload(&mut tx, id).await?;
    let out = view(&mut tx, &d, now, s.demo).await?;
    tx.commit().await?;
    Ok(out)
}

/// Operator (demo): the platform decides an escalated dispute now.
pub async fn operator_arbitrate(
    s: &AppState,
    id: i64,
    req: &ArbitrateRequest,
) -> ApiResult<Dispute> {
    let _guard = s.ticker.lock().await;
    let now = s.clock.now();
    let mut tx = s.pool.begin_with("BEGIN IMMEDIATE").await?;
    advance(&mut tx, id, now, s.demo).await?;
    let d = load(&mut tx, id, None).await?.ok_or_else(not_found)?;
    let current = view(&mut tx, &d, now, s.demo).await?;
    if d.state() != DisputeState::Escalated {
        tx.commit().await?;
        return Err(illegal(&current, "arbitrate"));
    }
    let amount_ok = match req.outcome {
        DisputeOutcome::PartialRefund => req
            .amount
            .is_some_and(|a| a > 0 && a < current.refundable.amount),
        DisputeOutcome::Unknown => false,
        _ => true,
    };
    if !amount_ok {
        tx.commit().await?;
        return Err(ApiError(
            Problem::new(ErrorCode::ValidationFailed, "Invalid decision")
                .with_field("amount", DISPUTE_ERR_OUT_OF_RANGE),
        ));
    }
    decide(
        &mut tx,
        &d,
        req.outcome,
        req.amount,
        "operator_decision",
        now,
    )
    .await?;
    let d = reload(&mut tx, id).await?;
    let out = view(&mut tx, &d, now, s.demo).await?;
    tx.commit().await?;
    Ok(out)
}

/// Whether the order is in its dispute window at `now`.
pub fn in_window(state: OrderState, protection_ends: Option<i64>, now: i64) -> bool {
    matches!(state, OrderState::Shipped | OrderState::Delivered)
        && protection_ends.is_some_and(|e| now < e)
}
