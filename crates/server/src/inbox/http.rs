//! Routes of conversations with sellers and the notification inbox (see
//! `storefront_api::inbox`). Every read first brings the inbox up to date ([`notify::sync`]).

use super::notify::{self, Details};
use super::{domain, store};
use crate::auth::{Buyer, JsonBody};
use crate::clock::rfc3339;
use crate::domain::checkout::idempotency::{self, Claim};
use crate::error::{ApiError, ApiResult};
use crate::http::disputes::{clean_photos, field, field_problem, photo_error};
use crate::http::extract::IdempotencyKey;
use crate::http::reports::{multipart_error, read_part};
use crate::http::Captures;
use crate::params::Params;
use crate::AppState;
use axum::extract::{DefaultBodyLimit, FromRequest, Multipart, Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use sha2::{Digest, Sha256};
use storefront_api::disputes::{
    DISPUTE_ERR_MALFORMED, DISPUTE_ERR_PAYLOAD_TOO_LARGE, DISPUTE_ERR_REQUIRED,
    DISPUTE_ERR_TOO_LONG, DISPUTE_ERR_TOO_MANY_FILES, DISPUTE_ERR_UNSUPPORTED_MEDIA_TYPE,
    DISPUTE_MAX_PHOTO_BYTES, FIELD_PHOTOS,
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
            id: r.id,
            seller_id: r.seller_id,
            seller_name: r.seller_name,
            subject: Subject {
                product_id: r.product_id,
                product_title: r.product_title,
                order_id: r.order_id,
                order_number: r.order_id.map(order_number),
            },
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
        id: c.id,
        seller_id: c.seller_id,
        seller_name: c.seller_name,
        subject: Subject {
            product_id: c.product_id,
            product_title: c.product_title,
            order_id: c.order_id,
            order_number: c.order_id.map(order_number),
        },
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

/// The message form, sent as `multipart/form-data`.
#[derive(utoipa::ToSchema)]
#[allow(dead_code)]
pub struct MessageForm {
    /// 1–2000 characters (NFC; line breaks kept).
    text: String,
    /// Optional: the product or order the message is about.
    product_id: Option<i64>,
    order_id: Option<i64>,
    /// 0–3 files (`photos` or `photos[]`) under the dispute evidence rules; re-encoded without
    /// metadata.
    #[schema(value_type = Vec<String>, format = Binary, max_items = 3, required = false)]
    photos: Vec<Vec<u8>>,
}

#[derive(Default)]
struct Form {
    text: Option<String>,
    product_id: Option<String>,
    order_id: Option<String>,
    photos: Vec<Vec<u8>>,
}

impl Form {
    fn fingerprint(&self, conversation: i64) -> String {
        let mut h = Sha256::new();
        h.update(b"message");
        h.update(conversation.to_le_bytes());
        for t in [&self.text, &self.product_id, &self.order_id] {
            let t = t.as_deref().unwrap_or("\u{0}");
            h.update((t.len() as u64).to_le_bytes());
            h.update(t.as_bytes());
        }
        for f in &self.photos {
            h.update((f.len() as u64).to_le_bytes());
            h.update(f);
        }
        crate::auth::hex(&h.finalize())
    }
}

async fn read_form(mp: &mut Multipart) -> ApiResult<(Form, Vec<storefront_api::FieldError>)> {
    let mut f = Form::default();
    let mut errors = Vec::new();
    let mut files = 0usize;
    while let Some(mut part) = mp.next_field().await.map_err(multipart_error)? {
        let name = part.name().unwrap_or("").to_string();
        match name.as_str() {
            FIELD_PHOTOS | "photos[]" => {
                let n = files;
                files += 1;
                match read_part(&mut part, DISPUTE_MAX_PHOTO_BYTES).await? {
                    Some(b) if b.is_empty() => files -= 1,
                    Some(b) if n < MESSAGE_MAX_PHOTOS => f.photos.push(b),
                    Some(_) => {}
                    None => errors.push(photo_error(n, DISPUTE_ERR_PAYLOAD_TOO_LARGE)),
                }
            }
            FIELD_TEXT | FIELD_PRODUCT_ID | FIELD_ORDER_ID => {
                let value = match read_part(&mut part, TEXT_PART_MAX_BYTES).await? {
                    None => {
                        errors.push(field(&name, DISPUTE_ERR_TOO_LONG));
                        continue;
                    }
                    Some(b) => match String::from_utf8(b) {
                        Ok(t) => t,
                        Err(_) => {
                            errors.push(field(&name, DISPUTE_ERR_MALFORMED));
                            continue;
                        }
                    },
                };
                *match name.as_str() {
                    FIELD_TEXT => &mut f.text,
                    FIELD_PRODUCT_ID => &mut f.product_id,
                    _ => &mut f.order_id,
                } = Some(value);
            }
            _ => {
                let name = if name.is_empty() { "body".into() } else { name };
                errors.push(field(&name, "unexpected"));
            }
        }
    }
    if files > MESSAGE_MAX_PHOTOS {
        errors.push(field(FIELD_PHOTOS, DISPUTE_ERR_TOO_MANY_FILES));
    }
    Ok((f, errors))
}

/// The optional id field: `None` when absent or empty.
fn id_field(
    v: &Option<String>,
    name: &str,
    errors: &mut Vec<storefront_api::FieldError>,
) -> Option<i64> {
    let t = v.as_deref().map(str::trim).filter(|t| !t.is_empty())?;
    match t.parse::<i64>() {
        Ok(n) if n > 0 => Some(n),
        _ => {
            errors.push(field(name, DISPUTE_ERR_MALFORMED));
            None
        }
    }
}

/// Sends a message with 0–3 photos. In demo mode the simulated seller answers
/// [`domain::SIM_REPLY_AFTER`] later on the server's clock, fitting the question (shipping time,
/// stock, "we will resend"), in the request's `lang`.
///
/// Checks in this order: the conversation is the buyer's (`404`), `Idempotency-Key` (`400`),
/// multipart (`415`), the fields (`413`/`415`/`422`: `text` required/too_long/
/// invalid_characters, `product_id`/`order_id` malformed, `photos` too_many_files,
/// `photos[n]` payload_too_large/unsupported_media_type/undecodable), the key's earlier use
/// (`200` replay / `422 idempotency_key_reused`).
#[utoipa::path(post, path = "/api/v1/conversations/{id}/messages", tag = "inbox",
    params(
        ("id" = i64, Path, description = "Conversation id"),
        ("Idempotency-Key" = String, Header, description = "1–255 visible ASCII characters; a retry with the same key and fields answers the first message"),
        ("lang" = Option<String>, Query, description = "The buyer's language (the simulated seller answers in it)"),
    ),
    request_body(content = MessageForm, content_type = "multipart/form-data"),
    responses(
        (status = 201, description = "Sent", body = Message),
        (status = 200, description = "A retry with the same key and fields: the first answer again", body = Message, headers(("idempotent-replayed" = String, description = "`true`"))),
        (status = 400, description = "`idempotency_key_required`, or `invalid_parameter` (`body` malformed)", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`conversation_not_found` (also another buyer's)", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "`payload_too_large` (`photos[n]` or `body`)", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "`unsupported_media_type`: not multipart, or a photo not JPEG/PNG/WebP by content", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed` with field errors, or `idempotency_key_reused`", body = Problem, content_type = "application/problem+json"),
        (status = 503, description = "`server_busy`: no image-decoding slot freed up within 2 s; `Retry-After`", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn send(
    State(s): State<AppState>,
    buyer: Buyer,
    captures: Captures,
    params: Params,
    key: IdempotencyKey,
    req: Request,
) -> ApiResult<Response> {
    let id = captures.id(0, ErrorCode::ConversationNotFound)?;
    {
        let mut conn = s.pool.acquire().await?;
        store::conversation(&mut conn, id, buyer.id, params.lang())
            .await?
            .ok_or_else(missing)?;
    }
    let key = key.require()?;
    let mut mp = Multipart::from_request(req, &())
        .await
        .map_err(|_| field_problem(vec![field("body", DISPUTE_ERR_UNSUPPORTED_MEDIA_TYPE)]))?;
    let (form, mut errors) = read_form(&mut mp).await?;
    let text = storefront_api::text::normalize(form.text.as_deref().unwrap_or(""));
    if text.chars().all(storefront_api::text::is_invisible) && form.photos.is_empty() {
        errors.push(field(FIELD_TEXT, DISPUTE_ERR_REQUIRED));
    } else if let Some(code) = storefront_api::text::check(&text, true) {
        errors.push(field(FIELD_TEXT, code));
    } else if text.chars().count() > MESSAGE_MAX_CHARS {
        errors.push(field(FIELD_TEXT, DISPUTE_ERR_TOO_LONG));
    }
    let product_id = id_field(&form.product_id, FIELD_PRODUCT_ID, &mut errors);
    let order_id = id_field(&form.order_id, FIELD_ORDER_ID, &mut errors);
    for (n, p) in form.photos.iter().enumerate() {
        if crate::reports::Kind::sniff(p).is_none() {
            errors.push(photo_error(n, DISPUTE_ERR_UNSUPPORTED_MEDIA_TYPE));
        }
    }
    if !errors.is_empty() {
        return Err(field_problem(errors));
    }
    let ikey = format!("message:{key}");
    match idempotency::claim(&s.pool, buyer.id, &ikey, &form.fingerprint(id)).await? {
        Claim::Replay { body, .. } => {
            let mut res = (
                StatusCode::OK,
                [(header::CONTENT_TYPE, "application/json")],
                body,
            )
                .into_response();
            res.headers_mut()
                .insert("idempotent-replayed", HeaderValue::from_static("true"));
            return Ok(res);
        }
        Claim::Reused => {
            return Err(ApiError(
                Problem::new(
                    ErrorCode::IdempotencyKeyReused,
                    "This Idempotency-Key was used for a different request",
                )
                .with_field("Idempotency-Key", "reused"),
            ))
        }
        Claim::Owner => {}
    }
    let about = (product_id, order_id);
    let result = send_owned(&s, buyer.id, id, &ikey, &text, about, form.photos, &params).await;
    if result.is_err() {
        idempotency::release(&s.pool, buyer.id, &ikey).await?;
    }
    result
}

#[allow(clippy::too_many_arguments)]
async fn send_owned(
    s: &AppState,
    buyer_id: i64,
    id: i64,
    ikey: &str,
    text: &str,
    (product_id, order_id): (Option<i64>, Option<i64>),
    photos: Vec<Vec<u8>>,
    params: &Params,
) -> ApiResult<Response> {
    let files = clean_photos(s, photos).await?;
    let rows: Vec<store::PhotoRow> = files
        .iter()
        .enumerate()
        .map(|(n, f)| store::PhotoRow {
            file: format!("{n}.{}", f.kind.ext()),
            content_type: f.kind.content_type().to_string(),
            bytes: f.data.len() as u64,
            width: f.width,
            height: f.height,
        })
        .collect();
    // No file I/O inside the transaction: write first, move into place after the commit.
    let staged = if files.is_empty() {
        None
    } else {
        let named: Vec<(String, &[u8])> = rows
            .iter()
            .zip(&files)
            .map(|(r, f)| (r.file.clone(), f.data.as_slice()))
            .collect();
        Some(
            crate::limits::Staged::write(&s.uploads, &named)
                .await
                .map_err(ApiError::internal)?,
        )
    };
    let now = s.clock.now();
    let (reply_due, reply_text) = if s.demo {
        let topic = domain::topic(text, order_id.is_some());
        (
            Some(now + domain::SIM_REPLY_AFTER),
            Some(domain::sim_reply(topic, params.lang().code())),
        )
    } else {
        (None, None)
    };
    let mut tx = s.pool.begin().await?;
    let message_id = store::insert_message(
        &mut tx,
        &store::NewMessage {
            conversation_id: id,
            author: "buyer",
            text,
            photos: &rows,
            product_id,
            order_id,
            at: now,
            reply_due,
            reply_text,
        },
    )
    .await?;
    let message = Message {
        id: message_id,
        author: Author::Buyer,
        text: text.to_string(),
        photos: rows
            .iter()
            .map(|p| MessagePhoto {
                url: format!("/api/v1/conversations/{id}/photos/{message_id}/{}", p.file),
                width: p.width,
                height: p.height,
            })
            .collect(),
        product_id,
        order_id,
        at: rfc3339(now),
    };
    idempotency::answer(
        &mut tx,
        buyer_id,
        ikey,
        201,
        &serde_json::to_string(&message)?,
    )
    .await?;
    tx.commit().await?;
    if let Some(staged) = staged {
        let dir = s.uploads.join("messages").join(message_id.to_string());
        if let Err(e) = staged.publish(&dir).await {
            tracing::error!(message = message_id, error = %e, "cannot move message photos into place");
        }
    }
    Ok((StatusCode::CREATED, Json(message)).into_response())
}

/// A message photo, re-encoded without metadata; only to the conversation's buyer.
#[utoipa::path(get, path = "/api/v1/conversations/{id}/photos/{message}/{file}", tag = "inbox",
    params(
        ("id" = i64, Path, description = "Conversation id"),
        ("message" = i64, Path, description = "Message id"),
        ("file" = String, Path, description = "e.g. `0.jpg`"),
    ),
    responses(
        (status = 200, description = "The image, `Cache-Control: private, no-store`", content_type = "image/*"),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`conversation_not_found`: no such photo, or another buyer's", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn photo(
    State(s): State<AppState>,
    buyer: Buyer,
    captures: Captures,
) -> ApiResult<Response> {
    let id = captures.id(0, ErrorCode::ConversationNotFound)?;
    let message = captures.id(1, ErrorCode::ConversationNotFound)?;
    let file = captures.get(2);
    let photos = store::message_photos(&s.pool, id, message, buyer.id)
        .await?
        .ok_or_else(missing)?;
    let rows: Vec<store::PhotoRow> = serde_json::from_str(&photos).unwrap_or_default();
    let row = rows.iter().find(|r| r.file == file).ok_or_else(missing)?;
    let path = s
        .uploads
        .join("messages")
        .join(message.to_string())
        .join(&row.file);
    let data = tokio::fs::read(path).await.map_err(|_| missing())?;
    let mut res = data.into_response();
    if let Ok(v) = HeaderValue::from_str(&row.content_type) {
        res.headers_mut().insert(header::CONTENT_TYPE, v);
    }
    res.headers_mut().insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    Ok(res)
}

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

async fn counts_response(s: &AppState, buyer_id: i64) -> ApiResult<Response> {
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
