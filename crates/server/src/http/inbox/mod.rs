//! Routes of conversations with sellers (here; sending and photos: [`messages`]) and the
//! notification inbox ([`notifications`]) (see `storefront_api::inbox`). Every read first brings the inbox up to date ([`notify::sync`]).

mod messages;
mod notifications;

pub use messages::*;
pub use notifications::*;

use crate::auth::{Buyer, JsonBody};
use crate::clock::rfc3339;
use crate::domain::checkout::idempotency::{self, Claim};
use crate::domain::inbox as domain;
use crate::domain::inbox::notify::{self, Details};
use crate::error::{ApiError, ApiResult};
use crate::http::disputes::{field, field_problem, photo_error};
use crate::http::extract::IdempotencyKey;
use crate::http::reports::{multipart_error, read_part};
use crate::http::uploads::read_text;
use crate::http::Captures;
use crate::params::Params;
use crate::store::inbox as store;
use crate::AppState;
use axum::extract::{DefaultBodyLimit, Multipart, Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use sha2::{Digest, Sha256};
use storefront_api::disputes::{
    DISPUTE_ERR_MALFORMED, DISPUTE_ERR_PAYLOAD_TOO_LARGE, DISPUTE_ERR_REQUIRED,
    DISPUTE_ERR_TOO_LONG, DISPUTE_ERR_UNSUPPORTED_MEDIA_TYPE, DISPUTE_MAX_PHOTO_BYTES,
    FIELD_PHOTOS,
};
use storefront_api::inbox::*;
use storefront_api::{ErrorCode, Money, Problem};

/// Request body limit of a message: every photo at its limit plus the text.
pub const BODY_LIMIT: usize = MESSAGE_MAX_PHOTOS * DISPUTE_MAX_PHOTO_BYTES + 64 * 1024;
const TEXT_PART_MAX_BYTES: usize = 16 * 1024;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/conversations", get(list).post(start))
        .route("/api/v1/conversations/{id}", get(conversation))
        .route(
            "/api/v1/conversations/{id}/messages",
            post(send).layer(DefaultBodyLimit::max(BODY_LIMIT)),
        )
        .route("/api/v1/conversations/{id}/read", post(read))
        .route(
            "/api/v1/conversations/{id}/photos/{message}/{file}",
            get(photo),
        )
        .route("/api/v1/notifications", get(notifications))
        .route("/api/v1/notifications/read-all", post(read_all))
        .route("/api/v1/notifications/{id}/read", post(read_one))
        .route("/api/v1/inbox/counts", get(counts))
}

fn missing() -> ApiError {
    ApiError::new(ErrorCode::ConversationNotFound, "Conversation not found")
}

fn no_store(mut res: Response) -> Response {
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res
}

fn author(code: &str) -> Author {
    match code {
        "buyer" => Author::Buyer,
        "seller" => Author::Seller,
        _ => Author::Unknown,
    }
}

/// What a stored conversation is about, as the wire says it.
fn subject(r: &store::SubjectRow) -> Subject {
    Subject {
        product_id: r.product_id,
        product_title: r.product_title.clone(),
        order_id: r.order_id,
        order_number: r.order_id.map(order_number),
    }
}

fn order_number(id: i64) -> String {
    crate::domain::orders::order_number(id)
}

/// The buyer's conversations, newest activity first, with unread counts.
#[utoipa::path(get, path = "/api/v1/conversations", tag = "inbox",
    params(("lang" = Option<String>, Query, description = "Language of product titles")),
    responses(
        (status = 200, description = "Conversations with at least one message", body = ConversationList),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn list(State(s): State<AppState>, buyer: Buyer, params: Params) -> ApiResult<Response> {
    notify::sync(&s, buyer.id).await?;
    let rows = store::conversations(&s.pool, buyer.id, params.lang()).await?;
    let items = rows
        .into_iter()
        .map(|r| ConversationSummary {
            id: r.subject.id,
            seller_id: r.subject.seller_id,
            subject: subject(&r.subject),
            seller_name: r.subject.seller_name,
            last_text: r.last_text.unwrap_or_default(),
            last_author: author(r.last_author.as_deref().unwrap_or("")),
            last_at: rfc3339(r.last_at),
            unread: u32::try_from(r.unread).unwrap_or(0),
        })
        .collect();
    Ok(no_store(Json(ConversationList { items }).into_response()))
}

async fn view(s: &AppState, buyer_id: i64, id: i64, params: &Params) -> ApiResult<Conversation> {
    let mut conn = s.pool.acquire().await?;
    let c = store::conversation(&mut conn, id, buyer_id, params.lang())
        .await?
        .ok_or_else(missing)?;
    let rows = store::messages(&mut conn, id).await?;
    let seller_typing = rows.iter().any(|m| m.reply_due.is_some());
    let unread = rows
        .iter()
        .filter(|m| m.author == "seller" && m.id > c.buyer_read_id)
        .count();
    let messages = rows
        .into_iter()
        .map(|m| {
            let photos: Vec<store::PhotoRow> = serde_json::from_str(&m.photos).unwrap_or_default();
            Message {
                id: m.id,
                author: author(&m.author),
                photos: photos
                    .into_iter()
                    .map(|p| MessagePhoto {
                        url: format!("/api/v1/conversations/{id}/photos/{}/{}", m.id, p.file),
                        width: p.width,
                        height: p.height,
                    })
                    .collect(),
                text: m.text,
                product_id: m.product_id,
                order_id: m.order_id,
                at: rfc3339(m.at),
            }
        })
        .collect();
    Ok(Conversation {
        id: c.subject.id,
        seller_id: c.subject.seller_id,
        subject: subject(&c.subject),
        seller_name: c.subject.seller_name,
        messages,
        unread: u32::try_from(unread).unwrap_or(0),
        seller_typing,
    })
}

/// Opens the conversation with a product's seller or one of the buyer's orders' seller (the
/// same one every time for the same seller); its subject becomes the product or order.
#[utoipa::path(post, path = "/api/v1/conversations", tag = "inbox",
    params(("lang" = Option<String>, Query, description = "Language of product titles")),
    request_body(content = StartConversation, content_type = "application/json"),
    responses(
        (status = 200, description = "The conversation", body = Conversation),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`product_not_found`, or `order_not_found` (also another buyer's order)", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`: neither or both of `product_id` and `order_id`", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn start(
    State(s): State<AppState>,
    buyer: Buyer,
    params: Params,
    JsonBody(req): JsonBody<StartConversation>,
) -> ApiResult<Response> {
    let seller = match (req.product_id, req.order_id) {
        (Some(p), None) => store::seller_of_product(&s.pool, p)
            .await?
            .ok_or_else(|| ApiError::not_found(ErrorCode::ProductNotFound))?,
        (None, Some(o)) => store::seller_of_order(&s.pool, o, buyer.id)
            .await?
            .ok_or_else(|| ApiError::new(ErrorCode::OrderNotFound, "Order not found"))?,
        _ => {
            return Err(ApiError(
                Problem::new(ErrorCode::ValidationFailed, "Name a product or an order")
                    .with_field("product_id", "required"),
            ))
        }
    };
    let now = s.clock.now();
    let id = store::open(&s.pool, buyer.id, seller, req.product_id, req.order_id, now).await?;
    let c = view(&s, buyer.id, id, &params).await?;
    Ok(no_store(Json(c).into_response()))
}

/// One of the buyer's conversations with its messages (oldest first). Reading does not mark it
/// read: `POST …/read` does, when the buyer has it on screen.
#[utoipa::path(get, path = "/api/v1/conversations/{id}", tag = "inbox",
    params(
        ("id" = i64, Path, description = "Conversation id"),
        ("lang" = Option<String>, Query, description = "Language of product titles"),
    ),
    responses(
        (status = 200, description = "The conversation", body = Conversation),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`conversation_not_found` (also another buyer's)", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn conversation(
    State(s): State<AppState>,
    buyer: Buyer,
    captures: Captures,
    params: Params,
) -> ApiResult<Response> {
    let id = captures.id(0, ErrorCode::ConversationNotFound)?;
    notify::sync(&s, buyer.id).await?;
    let c = view(&s, buyer.id, id, &params).await?;
    Ok(no_store(Json(c).into_response()))
}

/// The buyer has seen the conversation: its seller messages and reply notifications are read.
#[utoipa::path(post, path = "/api/v1/conversations/{id}/read", tag = "inbox",
    params(("id" = i64, Path, description = "Conversation id")),
    responses(
        (status = 200, description = "The badges' counts after", body = InboxCounts),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`conversation_not_found` (also another buyer's)", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn read(
    State(s): State<AppState>,
    buyer: Buyer,
    captures: Captures,
) -> ApiResult<Response> {
    let id = captures.id(0, ErrorCode::ConversationNotFound)?;
    {
        let mut conn = s.pool.acquire().await?;
        store::conversation(&mut conn, id, buyer.id, crate::lang::Lang::En)
            .await?
            .ok_or_else(missing)?;
    }
    store::mark_conversation_read(&s.pool, id, buyer.id, s.clock.now()).await?;
    counts_response(&s, buyer.id).await
}
