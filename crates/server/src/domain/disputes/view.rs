//! The dispute as its buyer sees it (the wire type), its summary row, and the listing photos
//! it is compared with.

use super::log::EventDetails;
use crate::domain::codes::parse_code;
use crate::domain::orders;
use crate::domain::{Error, Result};
use crate::store::{self, disputes::DisputeRow};
use crate::time::rfc3339;
use sqlx::SqliteConnection;
use storefront_api::disputes::*;
use storefront_api::orders::OrderLine;
use storefront_api::Money;

/// Stores each order line's listing photos at checkout, so disputes compare with what was sold.
pub async fn snapshot_listing_photos(
    conn: &mut SqliteConnection,
    order_id: i64,
    lines: &[OrderLine],
) -> Result<()> {
    let mut photos = Vec::with_capacity(lines.len());
    for l in lines {
        photos.push(current_photos(conn, l.product_id).await?);
    }
    store::orders::set_line_photos(conn, order_id, &serde_json::to_string(&photos)?).await?;
    Ok(())
}

async fn current_photos(conn: &mut SqliteConnection, product_id: i64) -> Result<Vec<String>> {
    let n = store::products::image_count(conn, product_id).await?;
    Ok(n.map_or(Vec::new(), |n| {
        (0..n.max(1))
            .map(|k| crate::render::image_url(product_id, k))
            .collect()
    }))
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
) -> Result<Dispute> {
    let order_row = store::load::<store::orders::OrderRow>(conn, d.order_id, None)
        .await?
        .ok_or_else(|| Error::internal("dispute without order"))?;
    let order = orders::view(conn, &order_row, now).await?;
    let line = order
        .lines
        .iter()
        .find(|l| l.line_no == d.line_no)
        .ok_or_else(|| Error::internal("dispute line missing"))?;
    let snapshot = store::orders::line_photos(conn, d.order_id).await?;
    let snap: Option<Vec<Vec<String>>> = snapshot.and_then(|s| serde_json::from_str(&s).ok());
    let (listing_photos, listing_photos_source) =
        match snap.and_then(|v| v.get((d.line_no - 1).max(0) as usize).cloned()) {
            Some(p) => (p, ListingPhotosSource::Snapshot),
            None => (
                current_photos(conn, line.product_id).await?,
                ListingPhotosSource::Current,
            ),
        };
    let events = store::events::<store::disputes::DisputeRow>(conn, d.id).await?;
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
        order_number: orders::order_number(d.order_id),
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
