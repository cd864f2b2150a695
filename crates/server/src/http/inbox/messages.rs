//! Sending a message with photos (multipart, idempotent) and serving the photos back.

use super::*;

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
                let text = read_text(&mut part, &name, TEXT_PART_MAX_BYTES, &mut errors).await?;
                let Some(value) = text else { continue };
                *match name.as_str() {
                    FIELD_TEXT => &mut f.text,
                    FIELD_PRODUCT_ID => &mut f.product_id,
                    _ => &mut f.order_id,
                } = Some(value);
            }
            _ => errors.push(crate::http::uploads::unexpected(&name)),
        }
    }
    crate::http::uploads::check_file_count(files, MESSAGE_MAX_PHOTOS, &mut errors);
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
    let mut mp = crate::http::uploads::multipart(req).await?;
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
            return Ok(crate::http::extract::replayed_json(body));
        }
        Claim::Reused => return Err(crate::http::extract::key_reused()),
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
    // No file I/O inside the transaction: write first, move into place after the commit.
    let (rows, staged) = crate::http::uploads::intake(s, photos).await?;
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
    crate::http::uploads::serve(path, row, missing).await
}
