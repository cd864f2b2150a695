//! The notifier: brings a buyer's inbox up to date from what the rest of the shop already
//! records, so the order and dispute code needs no calls into the inbox.
//!
//! Run before every read of the inbox (the app polls it while visible), it
//! 1. lets the simulated seller answer buyer messages whose reply is due (demo mode);
//! 2. turns order and dispute audit-log events past the buyer's watermark into notifications;
//! 3. writes "protection ends in 3 days" for running orders whose deadline is that close on the
//!    server's clock (simulated in demo mode, so advancing it shows the notice);
//!
//! Price drops of wish-listed products are written where prices change instead
//! ([`price_dropped`], called by [`crate::domain::prices::change_price`] in its transaction).
//!
//! Every notification has a `source` unique per buyer, so passes running at the same time (two
//! tabs) write each one once.

use crate::domain::inbox as domain;
use crate::domain::Result;
use crate::store::inbox::{self as store, NewNotification};
use crate::AppState;
use serde::{Deserialize, Serialize};
use storefront_api::inbox::NotificationKind;

/// Optional fields of a notification, stored as JSON.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Details {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tracking_number: Option<String>,
    /// Unix seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seller_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price_then_cents: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price_now_cents: Option<i64>,
}

pub fn kind_code(k: NotificationKind) -> &'static str {
    match k {
        NotificationKind::OrderPaid => "order_paid",
        NotificationKind::OrderShipped => "order_shipped",
        NotificationKind::OrderDelivered => "order_delivered",
        NotificationKind::ProtectionEnding => "protection_ending",
        NotificationKind::AutoConfirmed => "auto_confirmed",
        NotificationKind::DisputeAnswered => "dispute_answered",
        NotificationKind::DisputeDecided => "dispute_decided",
        NotificationKind::MessageReply => "message_reply",
        NotificationKind::PriceDropped => "price_dropped",
        NotificationKind::Unknown => "unknown",
    }
}

#[derive(Deserialize)]
struct EventDetails {
    #[serde(default)]
    tracking_number: Option<String>,
}

/// Brings the buyer's notifications (and the simulated sellers' answers) up to date.
pub async fn sync(s: &AppState, buyer_id: i64) -> Result<()> {
    let now = s.clock.now();
    replies(s, buyer_id, now).await?;
    events(s, buyer_id).await?;
    protection(s, buyer_id, now).await?;
    Ok(())
}

/// The simulated seller's answers that are due, each with its notification.
async fn replies(s: &AppState, buyer_id: i64, now: i64) -> Result<()> {
    let due = {
        let mut conn = s.pool.acquire().await?;
        store::due_replies(&mut conn, buyer_id, now).await?
    };
    for r in due {
        let mut tx = s.pool.begin().await?;
        if !store::take_reply(&mut tx, r.id).await? {
            continue;
        }
        let text = r.reply_text.unwrap_or_default();
        let id = store::insert_message(
            &mut tx,
            &store::NewMessage {
                conversation_id: r.conversation_id,
                author: "seller",
                text: &text,
                photos: &[],
                product_id: None,
                order_id: None,
                at: r.reply_due,
                reply_due: None,
                reply_text: None,
            },
        )
        .await?;
        let seller_name = store::seller_name_of(&mut tx, r.conversation_id).await?;
        store::notify(
            &mut tx,
            buyer_id,
            &NewNotification {
                kind: kind_code(NotificationKind::MessageReply),
                at: r.reply_due,
                source: format!("msg:{id}"),
                conversation_id: Some(r.conversation_id),
                details: serde_json::to_string(&Details {
                    seller_name: Some(seller_name),
                    ..Details::default()
                })?,
                ..NewNotification::default()
            },
        )
        .await?;
        tx.commit().await?;
    }
    Ok(())
}

/// Notifications from the order and dispute audit logs past the buyer's watermark.
async fn events(s: &AppState, buyer_id: i64) -> Result<()> {
    let mut conn = s.pool.acquire().await?;
    let (order_mark, dispute_mark) = store::watermarks(&mut conn, buyer_id).await?;
    let orders = store::events_after(&mut conn, store::Log::Orders, buyer_id, order_mark).await?;
    let disputes =
        store::events_after(&mut conn, store::Log::Disputes, buyer_id, dispute_mark).await?;
    drop(conn);
    if orders.is_empty() && disputes.is_empty() {
        return Ok(());
    }
    let mut tx = s.pool.begin().await?;
    for e in &orders {
        let Some(kind) = domain::order_event_kind(&e.kind) else {
            continue;
        };
        let tracking_number = serde_json::from_str::<EventDetails>(&e.details)
            .ok()
            .and_then(|d| d.tracking_number);
        store::notify(
            &mut tx,
            buyer_id,
            &NewNotification {
                kind: kind_code(kind),
                at: e.at,
                source: format!("oe:{}", e.id),
                order_id: Some(e.order_id),
                details: serde_json::to_string(&Details {
                    tracking_number,
                    ..Details::default()
                })?,
                ..NewNotification::default()
            },
        )
        .await?;
    }
    for e in &disputes {
        let Some(kind) = domain::dispute_event_kind(&e.actor, &e.kind) else {
            continue;
        };
        store::notify(
            &mut tx,
            buyer_id,
            &NewNotification {
                kind: kind_code(kind),
                at: e.at,
                source: format!("de:{}", e.id),
                order_id: Some(e.order_id),
                dispute_id: e.dispute_id,
                ..NewNotification::default()
            },
        )
        .await?;
    }
    let last = |v: &[store::EventRow], mark: i64| v.last().map_or(mark, |e| e.id);
    store::set_watermarks(
        &mut tx,
        buyer_id,
        last(&orders, order_mark),
        last(&disputes, dispute_mark),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// "Protection ends in 3 days" for running orders, once per deadline (an extension moves the
/// deadline and so tells again).
async fn protection(s: &AppState, buyer_id: i64, now: i64) -> Result<()> {
    let mut conn = s.pool.acquire().await?;
    let rows = store::running_orders(&mut conn, buyer_id).await?;
    drop(conn);
    let due: Vec<(i64, i64)> = rows
        .iter()
        .filter_map(|r| r.deadline_at().map(|(at, _)| (r.id, at)))
        .filter(|(_, at)| domain::protection_notice_due(*at, now))
        .collect();
    if due.is_empty() {
        return Ok(());
    }
    let mut tx = s.pool.begin().await?;
    for (order_id, deadline) in due {
        store::notify(
            &mut tx,
            buyer_id,
            &NewNotification {
                kind: kind_code(NotificationKind::ProtectionEnding),
                at: now,
                source: format!("protection:{order_id}:{deadline}"),
                order_id: Some(order_id),
                details: serde_json::to_string(&Details {
                    deadline: Some(deadline),
                    ..Details::default()
                })?,
                ..NewNotification::default()
            },
        )
        .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// "Price dropped" for each buyer whose wish list has `product_id`, when `price_now` is below
/// the price they saw (when they added it, or the last drop told): called inside the price
/// change's transaction, which also records the price told, so one drop is told once. Answers
/// how many buyers were told.
pub async fn price_dropped(
    conn: &mut sqlx::SqliteConnection,
    product_id: i64,
    price_now: i64,
    at: i64,
) -> crate::domain::Result<u32> {
    let mut told = 0;
    for w in crate::store::wishlist::wishers(conn, product_id).await? {
        if w.added_currency != "USD" {
            continue;
        }
        let Some(now) = domain::price_drop(w.added_price_cents, w.notified_price_cents, price_now)
        else {
            continue;
        };
        let then = w.notified_price_cents.unwrap_or(w.added_price_cents);
        let new = store::notify(
            conn,
            w.buyer_id,
            &NewNotification {
                kind: kind_code(NotificationKind::PriceDropped),
                at,
                source: format!("price:{product_id}:{now}"),
                product_id: Some(product_id),
                details: serde_json::to_string(&Details {
                    price_then_cents: Some(then),
                    price_now_cents: Some(now),
                    ..Details::default()
                })?,
                ..NewNotification::default()
            },
        )
        .await?;
        crate::store::wishlist::set_notified_price(conn, w.buyer_id, product_id, now).await?;
        told += u32::from(new);
    }
    Ok(told)
}
