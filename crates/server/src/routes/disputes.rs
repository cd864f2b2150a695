//! Disputes: opening with photo evidence (multipart), reading, buyer actions, evidence files,
//! and the demo operator's seller reply and arbitration (see [`crate::disputes`]).

use super::reports::{idempotency_key, multipart_error, read_part};
use super::Captures;
use crate::auth::{require_json, Buyer, JsonBody};
use crate::disputes::{self as logic, BuyerAction, EvidenceRow, NewDispute};
use crate::error::{ApiError, ApiResult};
use crate::idempotency::{self, Claim};
use crate::lifecycle;
use crate::params::{Checker, Params};
use crate::AppState;
use axum::extract::{FromRequest, Multipart, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use sha2::{Digest, Sha256};
use storefront_api::disputes::*;
use storefront_api::{Cursor, ErrorCode, FieldError, Page, Problem};

/// Request body limit of the opening route: every photo at its limit plus the text fields.
pub const BODY_LIMIT: usize = DISPUTE_MAX_PHOTOS * DISPUTE_MAX_PHOTO_BYTES + 256 * 1024;
const TEXT_PART_MAX_BYTES: usize = 16 * 1024;

/// The opening form, sent as `multipart/form-data`.
#[derive(utoipa::ToSchema)]
#[allow(dead_code)]
pub struct DisputeForm {
    /// The order line's `line_no` (1-based).
    line_id: i64,
    /// `true` if the parcel arrived.
    received: bool,
    /// For `received=true`: not_as_described, wrong_size_colour_material, poor_quality,
    /// doesnt_work, counterfeit, damaged, empty_parcel, short_quantity; for `false`:
    /// still_in_transit, held_at_customs, no_tracking, returned_to_sender, wrong_address.
    reason: DisputeReason,
    /// full_refund, partial_refund or return_and_refund.
    outcome: DisputeOutcome,
    /// Minor units, `0 < amount < refundable`; only with partial_refund.
    amount: Option<i64>,
    #[schema(min_length = 20, max_length = 2000)]
    description: String,
    /// 0–10 files (`photos` or `photos[]`), each ≤ 10 MiB, JPEG/PNG/WebP by content; required
    /// (≥ 1) for not_as_described, damaged, counterfeit. Re-encoded without metadata.
    #[schema(value_type = Vec<String>, format = Binary, max_items = 10, required = false)]
    photos: Vec<Vec<u8>>,
}

#[derive(Default)]
struct Form {
    line_id: Option<String>,
    received: Option<String>,
    reason: Option<String>,
    outcome: Option<String>,
    amount: Option<String>,
    description: Option<String>,
    photos: Vec<Vec<u8>>,
}

impl Form {
    fn fingerprint(&self, order_id: i64) -> String {
        let mut h = Sha256::new();
        h.update(b"dispute");
        h.update(order_id.to_le_bytes());
        for t in [
            &self.line_id,
            &self.received,
            &self.reason,
            &self.outcome,
            &self.amount,
            &self.description,
        ] {
            match t {
                Some(t) => {
                    h.update([1]);
                    h.update((t.len() as u64).to_le_bytes());
                    h.update(t.as_bytes());
                }
                None => h.update([0]),
            }
        }
        for f in &self.photos {
            h.update((f.len() as u64).to_le_bytes());
            h.update(f);
        }
        h.finalize().iter().map(|b| format!("{b:02x}")).collect()
    }
}

pub(crate) fn field(name: &str, code: &str) -> FieldError {
    FieldError {
        field: name.to_string(),
        code: code.to_string(),
    }
}

pub(crate) fn photo_error(n: usize, code: &str) -> FieldError {
    field(&format!("photos[{n}]"), code)
}

/// 413 if a file is too large, else 415 if a type is refused, else 422.
pub(crate) fn field_problem(errors: Vec<FieldError>) -> ApiError {
    let (code, title) = if errors
        .iter()
        .any(|e| e.code == DISPUTE_ERR_PAYLOAD_TOO_LARGE)
    {
        (ErrorCode::PayloadTooLarge, "An upload is too large")
    } else if errors
        .iter()
        .any(|e| e.code == DISPUTE_ERR_UNSUPPORTED_MEDIA_TYPE)
    {
        (
            ErrorCode::UnsupportedMediaType,
            "An upload is not a JPEG, PNG or WebP image",
        )
    } else {
        (ErrorCode::ValidationFailed, "The dispute is not valid")
    };
    let mut p = Problem::new(code, title);
    p.errors = errors;
    ApiError(p)
}

async fn read_form(mp: &mut Multipart) -> ApiResult<(Form, Vec<FieldError>)> {
    let mut f = Form::default();
    let mut errors = Vec::new();
    let mut files = 0usize;
    while let Some(mut part) = mp.next_field().await.map_err(multipart_error)? {
        let name = part.name().unwrap_or("").to_string();
        match name.as_str() {
            FIELD_PHOTOS | "photos[]" => {
                let unnamed = part.file_name().unwrap_or("").is_empty();
                let n = files;
                match read_part(&mut part, DISPUTE_MAX_PHOTO_BYTES).await? {
                    Some(b) if b.is_empty() && unnamed => continue,
                    Some(b) => {
                        if n < DISPUTE_MAX_PHOTOS {
                            f.photos.push(b);
                        }
                    }
                    None => {
                        errors.push(photo_error(n, DISPUTE_ERR_PAYLOAD_TOO_LARGE));
                        if n < DISPUTE_MAX_PHOTOS {
                            f.photos.push(b"\xFF\xD8\xFF".to_vec());
                        }
                    }
                }
                files += 1;
            }
            FIELD_LINE_ID | FIELD_RECEIVED | FIELD_REASON | FIELD_OUTCOME | FIELD_AMOUNT
            | FIELD_DESCRIPTION => {
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
                let slot = match name.as_str() {
                    FIELD_LINE_ID => &mut f.line_id,
                    FIELD_RECEIVED => &mut f.received,
                    FIELD_REASON => &mut f.reason,
                    FIELD_OUTCOME => &mut f.outcome,
                    FIELD_AMOUNT => &mut f.amount,
                    _ => &mut f.description,
                };
                *slot = Some(value);
            }
            _ => {
                let name = if name.is_empty() { "body".into() } else { name };
                errors.push(field(&name, "unexpected"));
            }
        }
    }
    if files > DISPUTE_MAX_PHOTOS {
        errors.push(field(FIELD_PHOTOS, DISPUTE_ERR_TOO_MANY_FILES));
    }
    Ok((f, errors))
}

struct Parsed {
    line_no: i64,
    received: bool,
    reason: DisputeReason,
    outcome: DisputeOutcome,
    amount: Option<i64>,
    description: String,
}

fn text(v: &Option<String>) -> Option<&str> {
    v.as_deref().map(str::trim).filter(|t| !t.is_empty())
}

/// The text fields' errors (`amount` against the refundable sum is checked later).
fn validate(f: &Form, errors: &mut Vec<FieldError>) -> Option<Parsed> {
    let line_no = match text(&f.line_id) {
        None => {
            errors.push(field(FIELD_LINE_ID, DISPUTE_ERR_REQUIRED));
            None
        }
        Some(t) => match t.parse::<i64>() {
            Ok(n) if n > 0 => Some(n),
            Ok(_) => {
                errors.push(field(FIELD_LINE_ID, DISPUTE_ERR_OUT_OF_RANGE));
                None
            }
            Err(_) => {
                errors.push(field(FIELD_LINE_ID, DISPUTE_ERR_MALFORMED));
                None
            }
        },
    };
    let received = match text(&f.received) {
        None => {
            errors.push(field(FIELD_RECEIVED, DISPUTE_ERR_REQUIRED));
            None
        }
        Some("true") => Some(true),
        Some("false") => Some(false),
        Some(_) => {
            errors.push(field(FIELD_RECEIVED, DISPUTE_ERR_MALFORMED));
            None
        }
    };
    let reason = match text(&f.reason) {
        None => {
            errors.push(field(FIELD_REASON, DISPUTE_ERR_REQUIRED));
            None
        }
        Some(t) => match DisputeReason::parse(t) {
            Some(r) if received.is_none_or(|rc| r.for_received() == rc) => Some(r),
            _ => {
                errors.push(field(FIELD_REASON, DISPUTE_ERR_UNKNOWN_VALUE));
                None
            }
        },
    };
    let outcome = match text(&f.outcome) {
        None => {
            errors.push(field(FIELD_OUTCOME, DISPUTE_ERR_REQUIRED));
            None
        }
        Some(t) => match DisputeOutcome::parse(t) {
            Some(o) if DisputeOutcome::BUYER.contains(&o) => Some(o),
            _ => {
                errors.push(field(FIELD_OUTCOME, DISPUTE_ERR_UNKNOWN_VALUE));
                None
            }
        },
    };
    let amount = match (outcome, text(&f.amount)) {
        (Some(DisputeOutcome::PartialRefund), None) => {
            errors.push(field(FIELD_AMOUNT, DISPUTE_ERR_REQUIRED));
            None
        }
        (Some(DisputeOutcome::PartialRefund), Some(t)) => match t.parse::<i64>() {
            Ok(a) if a > 0 => Some(a),
            Ok(_) => {
                errors.push(field(FIELD_AMOUNT, DISPUTE_ERR_OUT_OF_RANGE));
                None
            }
            Err(_) => {
                errors.push(field(FIELD_AMOUNT, DISPUTE_ERR_MALFORMED));
                None
            }
        },
        _ => None,
    };
    let description = storefront_api::text::normalize(text(&f.description).unwrap_or(""));
    let chars = description.chars().count();
    if chars == 0 {
        errors.push(field(FIELD_DESCRIPTION, DISPUTE_ERR_REQUIRED));
    } else if let Some(code) = storefront_api::text::check(&description, true) {
        errors.push(field(FIELD_DESCRIPTION, code));
    } else if chars < DISPUTE_DESCRIPTION_MIN_CHARS {
        errors.push(field(FIELD_DESCRIPTION, DISPUTE_ERR_TOO_SHORT));
    } else if chars > DISPUTE_DESCRIPTION_MAX_CHARS {
        errors.push(field(FIELD_DESCRIPTION, DISPUTE_ERR_TOO_LONG));
    }
    if reason.is_some_and(|r| r.photos_required()) && f.photos.is_empty() {
        errors.push(field(FIELD_PHOTOS, DISPUTE_ERR_PHOTOS_REQUIRED));
    }
    for (n, p) in f.photos.iter().enumerate() {
        if crate::reports::Kind::sniff(p).is_none()
            && !errors.iter().any(|e| e.field == format!("photos[{n}]"))
        {
            errors.push(photo_error(n, DISPUTE_ERR_UNSUPPORTED_MEDIA_TYPE));
        }
    }
    Some(Parsed {
        line_no: line_no?,
        received: received?,
        reason: reason?,
        outcome: outcome?,
        amount,
        description,
    })
}

fn if_match(headers: &HeaderMap) -> Option<String> {
    headers
        .get(header::IF_MATCH)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string)
}

/// The dispute with its `ETag`.
pub fn dispute_response(d: &Dispute, status: StatusCode) -> Response {
    let mut res = (status, Json(d)).into_response();
    if let Ok(v) = HeaderValue::from_str(&d.etag()) {
        res.headers_mut().insert(header::ETAG, v);
    }
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    res
}

/// Opens a dispute on one line of the buyer's order, with photo evidence. Freezes the hold,
/// stops the order's timers (`dispute_open`; `confirm_receipt` leaves `allowed_actions`).
///
/// Checks in this order: the order is the buyer's (`404`), `Idempotency-Key` (`400`),
/// multipart (`415`), every field (`413`/`415`/`422` with all field errors: `line_id`
/// required/malformed/out_of_range, `received` required/malformed, `reason`
/// required/unknown_value (also when it does not fit `received`), `outcome`
/// required/unknown_value, `amount` required/malformed/out_of_range, `description`
/// required/too_short/too_long, `photos` photos_required/too_many_files, `photos[n]`
/// payload_too_large/unsupported_media_type/undecodable), the key's earlier use (`200` replay /
/// `422 idempotency_key_reused`), `If-Match` with the order's ETag (`428`/`412` with `order`),
/// the window (`409 dispute_window_closed` with `order`), one active dispute per order
/// (`409 dispute_already_open`).
#[utoipa::path(post, path = "/api/v1/orders/{id}/disputes", tag = "disputes",
    params(
        ("id" = i64, Path, description = "Order id"),
        ("Idempotency-Key" = String, Header, description = "1–255 visible ASCII characters; a retry with the same key and fields answers the first dispute"),
        ("If-Match" = String, Header, description = "The order's current ETag"),
    ),
    request_body(content = DisputeForm, content_type = "multipart/form-data"),
    responses(
        (status = 201, description = "Opened", body = Dispute, headers(("ETag" = String, description = "The dispute's ETag"))),
        (status = 200, description = "A retry with the same key and fields: the first answer again", body = Dispute, headers(("idempotent-replayed" = String, description = "`true`"))),
        (status = 400, description = "`idempotency_key_required`, or `invalid_parameter` (`body` malformed)", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`order_not_found` (also another buyer's order)", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`dispute_window_closed` (with `order`) or `dispute_already_open`", body = Problem, content_type = "application/problem+json"),
        (status = 412, description = "`precondition_failed`: stale `If-Match`, with the current `order`", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "`payload_too_large`: a photo over 10 MiB, 8192 px a side or 24 million pixels, or whose re-encoding (JPEG/WebP as JPEG, PNG as PNG) would be over 4 × the file (at least 1 MiB, at most 10 MiB) (`photos[n]`), or the body over the limit (`body`)", body = Problem, content_type = "application/problem+json"),
        (status = 503, description = "`server_busy`: no image-decoding slot freed up within 2 s; `Retry-After`", body = Problem, content_type = "application/problem+json",
            headers(("Retry-After" = String, description = "Seconds to wait"))),
        (status = 415, description = "`unsupported_media_type`: not multipart (`body`), or a photo not JPEG/PNG/WebP by content (`photos[n]`)", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed` with field errors, or `idempotency_key_reused`", body = Problem, content_type = "application/problem+json"),
        (status = 428, description = "`precondition_required`: no `If-Match`", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn open(
    State(s): State<AppState>,
    buyer: Buyer,
    captures: Captures,
    headers: HeaderMap,
    req: Request,
) -> ApiResult<Response> {
    let order_id = captures.id(0, ErrorCode::OrderNotFound)?;
    let order_missing = || ApiError::new(ErrorCode::OrderNotFound, "Order not found");
    {
        let mut conn = s.pool.acquire().await?;
        lifecycle::load(&mut conn, order_id, Some(buyer.id))
            .await?
            .ok_or_else(order_missing)?;
    }
    let key = idempotency_key(&headers)?;
    let mut mp = Multipart::from_request(req, &())
        .await
        .map_err(|_| field_problem(vec![field("body", DISPUTE_ERR_UNSUPPORTED_MEDIA_TYPE)]))?;
    let (form, mut errors) = read_form(&mut mp).await?;
    let parsed = validate(&form, &mut errors);
    if !errors.is_empty() {
        return Err(field_problem(errors));
    }
    let parsed = parsed.ok_or_else(|| ApiError::internal("validated form does not parse"))?;
    let ikey = format!("dispute:{key}");
    match idempotency::claim(&s.pool, buyer.id, &ikey, &form.fingerprint(order_id)).await? {
        Claim::Replay { status: _, body } => {
            let first_etag = serde_json::from_str::<Dispute>(&body)
                .ok()
                .and_then(|d| HeaderValue::from_str(&d.etag()).ok());
            let mut res = (
                StatusCode::OK,
                [(header::CONTENT_TYPE, "application/json")],
                body,
            )
                .into_response();
            res.headers_mut()
                .insert("idempotent-replayed", HeaderValue::from_static("true"));
            if let Some(v) = first_etag {
                res.headers_mut().insert(header::ETAG, v);
            }
            return Ok(res);
        }
        Claim::Reused => {
            let mut p = Problem::new(
                ErrorCode::IdempotencyKeyReused,
                "This Idempotency-Key was used for a different request",
            );
            p.errors.push(field("Idempotency-Key", "reused"));
            return Err(ApiError(p));
        }
        Claim::Owner => {}
    }
    let result = open_owned(&s, &buyer, order_id, &headers, &ikey, parsed, form.photos).await;
    if result.is_err() {
        idempotency::release(&s.pool, buyer.id, &ikey).await?;
    }
    result
}

async fn open_owned(
    s: &AppState,
    buyer: &Buyer,
    order_id: i64,
    headers: &HeaderMap,
    ikey: &str,
    p: Parsed,
    photos: Vec<Vec<u8>>,
) -> ApiResult<Response> {
    let files = clean_photos(s, photos).await?;
    let evidence: Vec<EvidenceRow> = files
        .iter()
        .enumerate()
        .map(|(n, f)| EvidenceRow {
            file: format!("{n}.{}", f.kind.ext()),
            content_type: f.kind.content_type().to_string(),
            bytes: f.data.len() as u64,
            width: f.width,
            height: f.height,
        })
        .collect();
    // No file I/O under the database's write lock: write first, move into place after commit.
    let staged = if files.is_empty() {
        None
    } else {
        let named: Vec<(String, &[u8])> = evidence
            .iter()
            .zip(&files)
            .map(|(row, f)| (row.file.clone(), f.data.as_slice()))
            .collect();
        Some(
            crate::limits::Staged::write(&s.uploads, &named)
                .await
                .map_err(ApiError::internal)?,
        )
    };
    let _guard = s.ticker.lock().await;
    let now = s.clock.now();
    let mut tx = s.pool.begin_with("BEGIN IMMEDIATE").await?;
    lifecycle::advance_order(&mut tx, order_id, now, s.demo).await?;
    let row = lifecycle::load(&mut tx, order_id, Some(buyer.id))
        .await?
        .ok_or_else(|| ApiError::new(ErrorCode::OrderNotFound, "Order not found"))?;
    let order = lifecycle::view(&mut tx, &row, now).await?;
    lifecycle::check_if_match(if_match(headers).as_deref(), &order)?;
    if !logic::in_window(order.state, row.protection_ends(), now) {
        let mut pr = Problem::new(
            ErrorCode::DisputeWindowClosed,
            "This order is not in its dispute window",
        );
        pr.ext.order = Some(Box::new(order));
        return Err(ApiError(pr));
    }
    if row.dispute_open {
        return Err(ApiError::new(
            ErrorCode::DisputeAlreadyOpen,
            "A dispute is already open on this order",
        ));
    }
    if !order.lines.iter().any(|l| l.line_no == p.line_no) {
        return Err(field_problem(vec![field(
            FIELD_LINE_ID,
            DISPUTE_ERR_OUT_OF_RANGE,
        )]));
    }
    let refundable = logic::refundable_for(&order.lines, p.line_no, order.hold.held.amount);
    if p.amount.is_some_and(|a| a >= refundable) {
        return Err(field_problem(vec![field(
            FIELD_AMOUNT,
            DISPUTE_ERR_OUT_OF_RANGE,
        )]));
    }
    let new = NewDispute {
        line_no: p.line_no,
        received: p.received,
        reason: p.reason,
        outcome: p.outcome,
        amount: p.amount,
        description: p.description,
        evidence: evidence.clone(),
    };
    let id = logic::insert(&mut tx, order_id, buyer.id, refundable, &new, now).await?;
    let d = logic::load(&mut tx, id, None)
        .await?
        .ok_or_else(|| ApiError::internal("dispute vanished"))?;
    let dispute = logic::view(&mut tx, &d, now, s.demo).await?;
    idempotency::answer(
        &mut tx,
        buyer.id,
        ikey,
        201,
        &serde_json::to_string(&dispute)?,
    )
    .await?;
    tx.commit().await?;
    if let Some(staged) = staged {
        let dir = evidence_dir(&s.uploads, id);
        if let Err(e) = staged.publish(&dir).await {
            // The dispute is committed (and its answer stored for retries); its photos are lost.
            tracing::error!(dispute = id, error = %e, dir = %dir.display(), "cannot move dispute photos into place");
        }
    }
    tracing::info!(
        dispute = id,
        order = order_id,
        reason = p.reason.as_str(),
        photos = files.len(),
        "dispute opened"
    );
    Ok(dispute_response(&dispute, StatusCode::CREATED))
}

/// Re-encodes uploaded photos without metadata (one image-decoding slot for all of them), or
/// the `photos[n]` field errors (413/415/422). Shared by dispute evidence and message photos.
pub(crate) async fn clean_photos(
    s: &AppState,
    photos: Vec<Vec<u8>>,
) -> ApiResult<Vec<crate::reports::Clean>> {
    let permit = if photos.is_empty() {
        None
    } else {
        Some(s.limits.decode_permit().await?)
    };
    let cleaned = tokio::task::spawn_blocking(move || {
        photos
            .iter()
            .map(|f| crate::reports::clean_image_max(f, DISPUTE_MAX_PHOTO_BYTES))
            .collect::<Vec<_>>()
    })
    .await
    .map_err(ApiError::internal)?;
    drop(permit);
    let mut files = Vec::with_capacity(cleaned.len());
    let mut errors = Vec::new();
    for (n, c) in cleaned.into_iter().enumerate() {
        match c {
            Ok(f) => files.push(f),
            Err(code) => errors.push(photo_error(
                n,
                match code {
                    "too_large" => DISPUTE_ERR_PAYLOAD_TOO_LARGE,
                    "unsupported_type" => DISPUTE_ERR_UNSUPPORTED_MEDIA_TYPE,
                    _ => DISPUTE_ERR_UNDECODABLE,
                },
            )),
        }
    }
    if !errors.is_empty() {
        return Err(field_problem(errors));
    }
    Ok(files)
}

pub fn evidence_dir(uploads: &std::path::Path, id: i64) -> std::path::PathBuf {
    uploads.join("disputes").join(id.to_string())
}

/// The buyer's disputes, newest first.
#[utoipa::path(get, path = "/api/v1/disputes", tag = "disputes",
    params(
        ("cursor" = Option<String>, Query, description = "`next_cursor` of the previous page"),
        ("limit" = Option<u32>, Query, description = "1–100, default 24"),
    ),
    responses(
        (status = 200, description = "Own disputes, newest first", body = Page<DisputeSummary>),
        (status = 400, description = "`invalid_parameter` / `invalid_cursor`", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn list(State(s): State<AppState>, buyer: Buyer, params: Params) -> ApiResult<Response> {
    let mut check = Checker::default();
    let cursor = check.cursor(&params);
    let limit = check.limit(&params);
    check.finish()?;
    let before = cursor.map_or(i64::MAX, |c| c.id);
    let mut conn = s.pool.acquire().await?;
    let mut rows: Vec<logic::DisputeRow> = sqlx::query_as(&format!(
        "SELECT {} FROM disputes WHERE buyer_id = ? AND id < ? ORDER BY id DESC LIMIT ?",
        logic::DISPUTE_COLUMNS
    ))
    .bind(buyer.id)
    .bind(before)
    .bind(i64::from(limit) + 1)
    .fetch_all(&mut *conn)
    .await?;
    let next_cursor = if rows.len() > limit as usize {
        rows.truncate(limit as usize);
        rows.last().map(|r| Cursor { key: 0, id: r.id }.encode())
    } else {
        None
    };
    let mut items = Vec::with_capacity(rows.len());
    for d in &rows {
        let (lines,): (String,) = sqlx::query_as("SELECT lines FROM orders WHERE id = ?")
            .bind(d.order_id)
            .fetch_one(&mut *conn)
            .await?;
        let lines: Vec<storefront_api::orders::OrderLine> = serde_json::from_str(&lines)?;
        let (title, image) = lines
            .iter()
            .find(|l| l.line_no == d.line_no)
            .map(|l| (l.title.clone(), l.image.clone()))
            .unwrap_or_default();
        items.push(logic::summary(d, title, image, s.demo));
    }
    let mut res = Json(Page { items, next_cursor }).into_response();
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(res)
}

/// One of the buyer's disputes with its `ETag` (`"d<id>-<version>"`).
#[utoipa::path(get, path = "/api/v1/disputes/{id}", tag = "disputes",
    params(("id" = i64, Path, description = "Dispute id")),
    responses(
        (status = 200, description = "The dispute: line, listing snapshot photos beside the evidence, proposals, timeline, deadlines, banner, allowed actions", body = Dispute, headers(("ETag" = String, description = "Changes with every change of the dispute"))),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`dispute_not_found` (also another buyer's)", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn get(
    State(s): State<AppState>,
    buyer: Buyer,
    captures: Captures,
) -> ApiResult<Response> {
    let id = captures.id(0, ErrorCode::DisputeNotFound)?;
    let mut conn = s.pool.acquire().await?;
    let d = logic::load(&mut conn, id, Some(buyer.id))
        .await?
        .ok_or_else(|| ApiError::new(ErrorCode::DisputeNotFound, "Dispute not found"))?;
    let dispute = logic::view(&mut conn, &d, s.clock.now(), s.demo).await?;
    Ok(dispute_response(&dispute, StatusCode::OK))
}

/// One evidence photo, re-encoded without metadata; only to the buyer who uploaded it.
#[utoipa::path(get, path = "/api/v1/disputes/{id}/evidence/{file}", tag = "disputes",
    params(
        ("id" = i64, Path, description = "Dispute id"),
        ("file" = String, Path, description = "`file` of an `EvidencePhoto`, e.g. `0.jpg`"),
    ),
    responses(
        (status = 200, description = "The image (`image/jpeg`, `image/png` or `image/webp`), `Cache-Control: private, no-store`", content_type = "image/*"),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`dispute_not_found`: no such dispute or file, or another buyer's", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn evidence(
    State(s): State<AppState>,
    buyer: Buyer,
    captures: Captures,
) -> ApiResult<Response> {
    let missing = || ApiError::new(ErrorCode::DisputeNotFound, "Dispute not found");
    let id = captures.id(0, ErrorCode::DisputeNotFound)?;
    let file = captures.get(1).to_string();
    let mut conn = s.pool.acquire().await?;
    let d = logic::load(&mut conn, id, Some(buyer.id))
        .await?
        .ok_or_else(missing)?;
    drop(conn);
    let rows: Vec<EvidenceRow> = serde_json::from_str(&d.evidence).unwrap_or_default();
    let row = rows.iter().find(|r| r.file == file).ok_or_else(missing)?;
    let data = tokio::fs::read(evidence_dir(&s.uploads, id).join(&row.file))
        .await
        .map_err(|_| missing())?;
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

async fn act(
    s: &AppState,
    buyer: &Buyer,
    captures: &Captures,
    headers: &HeaderMap,
    action: BuyerAction,
) -> ApiResult<Response> {
    let id = captures.id(0, ErrorCode::DisputeNotFound)?;
    let d = logic::buyer_action(s, buyer.id, id, if_match(headers).as_deref(), action).await?;
    Ok(dispute_response(&d, StatusCode::OK))
}

macro_rules! bodiless {
    ($name:ident, $path:literal, $action:expr, $ok:literal, $conflict:literal) => {
        #[doc = $ok]
        #[utoipa::path(post, path = $path, tag = "disputes",
            params(
                ("id" = i64, Path, description = "Dispute id"),
                ("If-Match" = String, Header, description = "The dispute's current ETag"),
            ),
            responses(
                (status = 200, description = $ok, body = Dispute, headers(("ETag" = String, description = "The new ETag"))),
                (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
                (status = 404, description = "`dispute_not_found` (also another buyer's)", body = Problem, content_type = "application/problem+json"),
                (status = 409, description = $conflict, body = Problem, content_type = "application/problem+json"),
                (status = 412, description = "`precondition_failed`: stale `If-Match`, with the current `dispute`", body = Problem, content_type = "application/problem+json"),
                (status = 415, description = "`unsupported_media_type`: not sent as application/json", body = Problem, content_type = "application/problem+json"),
                (status = 428, description = "`precondition_required`: no `If-Match`", body = Problem, content_type = "application/problem+json"),
            ))]
        pub async fn $name(
            State(s): State<AppState>,
            buyer: Buyer,
            captures: Captures,
            headers: HeaderMap,
        ) -> ApiResult<Response> {
            require_json(&headers)?;
            act(&s, &buyer, &captures, &headers, $action).await
        }
    };
}

bodiless!(
    accept,
    "/api/v1/disputes/{id}/accept",
    BuyerAction::Accept,
    "Accepts the seller's current proposal: the dispute is resolved with it and the hold moves (refund / partial refund + release / return sub-flow / resend).",
    "`illegal_transition`: no seller proposal on the table, with the current `dispute`"
);
bodiless!(
    escalate,
    "/api/v1/disputes/{id}/escalate",
    BuyerAction::Escalate,
    "Asks the platform to decide (`escalated`); allowed while negotiating after the seller rejected, or after 5 days of negotiation.",
    "`illegal_transition`: not negotiating, or escalation not yet allowed, with the current `dispute`"
);
bodiless!(
    cancel,
    "/api/v1/disputes/{id}/cancel",
    BuyerAction::Cancel,
    "Withdraws the dispute (`cancelled`): the hold is unfrozen and the order's timers resume, the paused time added to them.",
    "`illegal_transition`: already resolved or cancelled, with the current `dispute`"
);

fn invalid(field_name: &str, code: &str) -> ApiError {
    ApiError(
        Problem::new(ErrorCode::ValidationFailed, "Invalid request").with_field(field_name, code),
    )
}

/// Counter-proposes (`negotiating`): `full_refund`, `partial_refund` with `amount`
/// (`0 < amount < refundable`) or `return_and_refund`, with an optional message.
#[utoipa::path(post, path = "/api/v1/disputes/{id}/counter", tag = "disputes",
    params(
        ("id" = i64, Path, description = "Dispute id"),
        ("If-Match" = String, Header, description = "The dispute's current ETag"),
    ),
    request_body = CounterRequest,
    responses(
        (status = 200, description = "The dispute with the buyer's proposal on the table", body = Dispute, headers(("ETag" = String, description = "The new ETag"))),
        (status = 400, description = "`invalid_parameter`: the body is not a counter-proposal", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`dispute_not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`illegal_transition` (not negotiating), with the current `dispute`", body = Problem, content_type = "application/problem+json"),
        (status = 412, description = "`precondition_failed`, with the current `dispute`", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "`unsupported_media_type`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`: `outcome` unknown_value, `amount` out_of_range, `message` too_long", body = Problem, content_type = "application/problem+json"),
        (status = 428, description = "`precondition_required`", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn counter(
    State(s): State<AppState>,
    buyer: Buyer,
    captures: Captures,
    headers: HeaderMap,
    JsonBody(body): JsonBody<CounterRequest>,
) -> ApiResult<Response> {
    if body.message.chars().count() > DISPUTE_MESSAGE_MAX_CHARS {
        return Err(invalid("message", DISPUTE_ERR_TOO_LONG));
    }
    let message = storefront_api::text::normalize(&body.message);
    if let Some(code) = (!message.is_empty())
        .then(|| storefront_api::text::check(&message, true))
        .flatten()
    {
        return Err(invalid("message", code));
    }
    let action = BuyerAction::Counter(body.outcome, body.amount, message);
    act(&s, &buyer, &captures, &headers, action).await
}

/// Writes to the seller (while the dispute is not closed).
#[utoipa::path(post, path = "/api/v1/disputes/{id}/messages", tag = "disputes",
    params(
        ("id" = i64, Path, description = "Dispute id"),
        ("If-Match" = String, Header, description = "The dispute's current ETag"),
    ),
    request_body = MessageRequest,
    responses(
        (status = 200, description = "The dispute with the message in its timeline", body = Dispute, headers(("ETag" = String, description = "The new ETag"))),
        (status = 400, description = "`invalid_parameter`", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`dispute_not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`illegal_transition` (closed), with the current `dispute`", body = Problem, content_type = "application/problem+json"),
        (status = 412, description = "`precondition_failed`, with the current `dispute`", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "`unsupported_media_type`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`: `text` required/too_long/invalid_characters (control or bidirectional-override characters; stored NFC-normalised; only invisible characters count as empty)", body = Problem, content_type = "application/problem+json"),
        (status = 428, description = "`precondition_required`", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn message(
    State(s): State<AppState>,
    buyer: Buyer,
    captures: Captures,
    headers: HeaderMap,
    JsonBody(body): JsonBody<MessageRequest>,
) -> ApiResult<Response> {
    let text = storefront_api::text::normalize(&body.text);
    if text.is_empty() {
        return Err(invalid("text", DISPUTE_ERR_REQUIRED));
    }
    if let Some(code) = storefront_api::text::check(&text, true) {
        return Err(invalid("text", code));
    }
    if text.chars().count() > DISPUTE_MESSAGE_MAX_CHARS {
        return Err(invalid("text", DISPUTE_ERR_TOO_LONG));
    }
    act(&s, &buyer, &captures, &headers, BuyerAction::Message(text)).await
}

/// The buyer shipped the return (`return_and_refund`, before `return_shipment.due_at`).
#[utoipa::path(post, path = "/api/v1/disputes/{id}/return-shipment", tag = "disputes",
    params(
        ("id" = i64, Path, description = "Dispute id"),
        ("If-Match" = String, Header, description = "The dispute's current ETag"),
    ),
    request_body = ReturnShipmentRequest,
    responses(
        (status = 200, description = "The dispute with the return shipped", body = Dispute, headers(("ETag" = String, description = "The new ETag"))),
        (status = 400, description = "`invalid_parameter`", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`dispute_not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`illegal_transition` (no return pending, already shipped, or too late), with the current `dispute`", body = Problem, content_type = "application/problem+json"),
        (status = 412, description = "`precondition_failed`, with the current `dispute`", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "`unsupported_media_type`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`: `carrier` required/too_long (1–100), `tracking_number` required/too_short/too_long (4–40)", body = Problem, content_type = "application/problem+json"),
        (status = 428, description = "`precondition_required`", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn return_shipment(
    State(s): State<AppState>,
    buyer: Buyer,
    captures: Captures,
    headers: HeaderMap,
    JsonBody(body): JsonBody<ReturnShipmentRequest>,
) -> ApiResult<Response> {
    let carrier = body.carrier.trim().to_string();
    let tracking = body.tracking_number.trim().to_string();
    let mut p = Problem::new(ErrorCode::ValidationFailed, "Invalid return shipment");
    match carrier.chars().count() {
        0 => p = p.with_field("carrier", DISPUTE_ERR_REQUIRED),
        n if n > 100 => p = p.with_field("carrier", DISPUTE_ERR_TOO_LONG),
        _ => {}
    }
    match tracking.chars().count() {
        0 => p = p.with_field("tracking_number", DISPUTE_ERR_REQUIRED),
        n if n < 4 => p = p.with_field("tracking_number", DISPUTE_ERR_TOO_SHORT),
        n if n > 40 => p = p.with_field("tracking_number", DISPUTE_ERR_TOO_LONG),
        _ => {}
    }
    if !p.errors.is_empty() {
        return Err(ApiError(p));
    }
    act(
        &s,
        &buyer,
        &captures,
        &headers,
        BuyerAction::ShipReturn(carrier, tracking),
    )
    .await
}

/// Demo mode only. The seller answers a dispute now: `accept` the buyer's proposal, `reject`
/// the claim (the buyer may escalate), or `propose` an `outcome` (`full_refund`,
/// `partial_refund` with `amount`, `return_and_refund`, `resend`).
#[utoipa::path(post, path = "/api/v1/operator/disputes/{id}/seller-reply", tag = "operator (demo only)",
    params(("id" = i64, Path, description = "Dispute id (any buyer's)")),
    request_body = SellerReplyRequest,
    responses(
        (status = 200, description = "The changed dispute", body = Dispute, headers(("ETag" = String, description = "The new ETag"))),
        (status = 400, description = "`invalid_parameter`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`dispute_not_found`; `route_not_found` when the server is not in demo mode", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`illegal_transition` (not awaiting the seller or negotiating), with the current `dispute`", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "`unsupported_media_type`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`: `outcome` unknown_value, `amount` out_of_range", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn seller_reply(
    State(s): State<AppState>,
    captures: Captures,
    JsonBody(body): JsonBody<SellerReplyRequest>,
) -> ApiResult<Response> {
    let id = captures.id(0, ErrorCode::DisputeNotFound)?;
    let d = logic::operator_seller_reply(&s, id, &body).await?;
    Ok(dispute_response(&d, StatusCode::OK))
}

/// Demo mode only. The platform decides an `escalated` dispute now with `outcome`
/// (+ `amount` for `partial_refund`).
#[utoipa::path(post, path = "/api/v1/operator/disputes/{id}/arbitrate", tag = "operator (demo only)",
    params(("id" = i64, Path, description = "Dispute id (any buyer's)")),
    request_body = ArbitrateRequest,
    responses(
        (status = 200, description = "The resolved dispute", body = Dispute, headers(("ETag" = String, description = "The new ETag"))),
        (status = 400, description = "`invalid_parameter`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`dispute_not_found`; `route_not_found` when the server is not in demo mode", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`illegal_transition` (not escalated), with the current `dispute`", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "`unsupported_media_type`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`: `amount` out_of_range", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn arbitrate(
    State(s): State<AppState>,
    captures: Captures,
    JsonBody(body): JsonBody<ArbitrateRequest>,
) -> ApiResult<Response> {
    let id = captures.id(0, ErrorCode::DisputeNotFound)?;
    let d = logic::operator_arbitrate(&s, id, &body).await?;
    Ok(dispute_response(&d, StatusCode::OK))
}
