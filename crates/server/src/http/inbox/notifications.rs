//! The notification inbox: the list, the unread counts, marking read.

use super::*;

/// The buyer's newest 100 notifications, newest first, each naming what it is about.
#[utoipa::path(get, path = "/api/v1/notifications", tag = "inbox",
    params(("lang" = Option<String>, Query, description = "Language of product titles")),
    responses(
        (status = 200, description = "Notifications and the unread count", body = NotificationList),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn notifications(
    State(s): State<AppState>,
    buyer: Buyer,
    params: Params,
) -> ApiResult<Response> {
    notify::sync(&s, buyer.id).await?;
    let rows = store::notifications(&s.pool, buyer.id).await?;
    let mut conn = s.pool.acquire().await?;
    let mut items = Vec::with_capacity(rows.len());
    for r in rows {
        let d: Details = serde_json::from_str(&r.details).unwrap_or_default();
        let product_title = match r.product_id {
            Some(p) => store::product_title(&mut conn, p, params.lang()).await?,
            None => None,
        };
        items.push(Notification {
            id: r.id,
            kind: serde_json::from_value(serde_json::Value::String(r.kind))
                .unwrap_or(NotificationKind::Unknown),
            at: rfc3339(r.at),
            read: r.read_at.is_some(),
            order_id: r.order_id,
            order_number: r.order_id.map(order_number),
            tracking_number: d.tracking_number,
            deadline: d.deadline.map(rfc3339),
            dispute_id: r.dispute_id,
            conversation_id: r.conversation_id,
            seller_name: d.seller_name,
            product_id: r.product_id,
            product_title,
            price_then: d.price_then_cents.map(Money::usd),
            price_now: d.price_now_cents.map(Money::usd),
        });
    }
    let unread = items.iter().filter(|n| !n.read).count();
    Ok(no_store(
        Json(NotificationList {
            items,
            unread: u32::try_from(unread).unwrap_or(0),
        })
        .into_response(),
    ))
}

pub(super) async fn counts_response(s: &AppState, buyer_id: i64) -> ApiResult<Response> {
    let (notifications, messages) = store::counts(&s.pool, buyer_id).await?;
    Ok(no_store(
        Json(InboxCounts {
            notifications: u32::try_from(notifications).unwrap_or(0),
            messages: u32::try_from(messages).unwrap_or(0),
        })
        .into_response(),
    ))
}

/// What the badges show: unread notifications and unread seller messages.
#[utoipa::path(get, path = "/api/v1/inbox/counts", tag = "inbox",
    responses(
        (status = 200, description = "Unread counts", body = InboxCounts),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn counts(State(s): State<AppState>, buyer: Buyer) -> ApiResult<Response> {
    notify::sync(&s, buyer.id).await?;
    counts_response(&s, buyer.id).await
}

/// Marks every notification read.
#[utoipa::path(post, path = "/api/v1/notifications/read-all", tag = "inbox",
    responses(
        (status = 200, description = "The badges' counts after", body = InboxCounts),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn read_all(State(s): State<AppState>, buyer: Buyer) -> ApiResult<Response> {
    store::mark_all_read(&s.pool, buyer.id, s.clock.now()).await?;
    counts_response(&s, buyer.id).await
}

/// Marks one notification read (the buyer opened it).
#[utoipa::path(post, path = "/api/v1/notifications/{id}/read", tag = "inbox",
    params(("id" = i64, Path, description = "Notification id")),
    responses(
        (status = 200, description = "The badges' counts after", body = InboxCounts),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`notification_not_found` (also another buyer's)", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn read_one(
    State(s): State<AppState>,
    buyer: Buyer,
    captures: Captures,
) -> ApiResult<Response> {
    let id = captures.id(0, ErrorCode::NotificationNotFound)?;
    if !store::mark_read(&s.pool, buyer.id, id, s.clock.now()).await? {
        return Err(ApiError::new(
            ErrorCode::NotificationNotFound,
            "Notification not found",
        ));
    }
    counts_response(&s, buyer.id).await
}
