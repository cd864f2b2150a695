//! `POST /products/{id}/reports` (counterfeit / IP infringement) and the operator's list.

use super::extract::IdempotencyKey;
use super::Captures;
use crate::error::{ApiError, ApiResult};
use crate::limits::ClientAddr;
use crate::params::{Checker, Params};
use crate::reports::{self, file_error, Kind, Replay, Stored, Submission};
use crate::AppState;
use axum::extract::DefaultBodyLimit;
use axum::extract::{FromRequest, Multipart, Request, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::Json;
use axum::Router;
use storefront_api::reports::*;
use storefront_api::{ErrorCode, FieldError, OperatorReport, Problem, ReportCreated, ReportReason};

/// This resource's routes.
pub fn router() -> Router<AppState> {
    Router::new().route(
        "/api/v1/products/{id}/reports",
        post(create).layer(DefaultBodyLimit::max(BODY_LIMIT)),
    )
}

/// Request body limit of the route: every file at its limit plus room for the text fields.
pub const BODY_LIMIT: usize = REPORT_MAX_EVIDENCE * REPORT_MAX_EVIDENCE_BYTES + 256 * 1024;
/// A text part longer than this is not read into memory (`too_long`).
const TEXT_PART_MAX_BYTES: usize = 16 * 1024;

/// The report form, sent as `multipart/form-data` (one part per field, `evidence` repeated).
#[derive(utoipa::ToSchema)]
#[allow(dead_code)]
pub struct ReportForm {
    reason: ReportReason,
    /// 20–2000 characters after trimming; stored and shown as plain text.
    #[schema(min_length = 20, max_length = 2000)]
    details: String,
    /// Optional, at most 254 characters, `local@domain.tld`; empty counts as absent.
    #[schema(max_length = 254, format = Email)]
    contact_email: Option<String>,
    /// 0–3 files, each ≤ 5 MiB, ≤ 8192 px a side and ≤ 24 million pixels, JPEG, PNG or WebP
    /// judged by content (not by name or part content type). Repeat the part for each file; an
    /// empty part without a file name (an empty file input) is ignored. Re-encoded on the server
    /// without metadata (JPEG and WebP as JPEG, PNG as PNG); refused (`too_large`) when the
    /// re-encoding would exceed 4 × the file (at least 1 MiB, at most 10 MiB).
    #[schema(value_type = Vec<String>, format = Binary, max_items = 3, required = false)]
    evidence: Vec<Vec<u8>>,
}

/// Reports a listing as counterfeit, infringing or otherwise wrong. The report is stored for
/// the platform's review; nothing of it is readable back through the public API.
///
/// Checks, in this order: the product exists (`404`), the `Idempotency-Key` (`400`), the body is
/// `multipart/form-data` (`415`), then every field (`413`/`415`/`422` with all field errors:
/// `reason` required/unknown_value, `details` required/too_short/too_long, `contact_email`
/// malformed/too_long, `evidence` too_many, `evidence[n]` too_large/unsupported_type/undecodable,
/// unknown parts `unexpected`). A retry with the same key and the same fields answers `200` with
/// the first answer's body and header `idempotent-replayed: true`, never a second report.
/// Each client address may send 5 new reports per 10 minutes (`429 rate_limited`); images are
/// decoded one or two at a time server-wide, and a report that finds no free slot within 2 s
/// gets `503 server_busy` (both with `Retry-After`).
#[utoipa::path(post, path = "/api/v1/products/{id}/reports", tag = "reports",
    params(
        ("id" = i64, Path, description = "Product id"),
        ("Idempotency-Key" = String, Header, description = "1–255 visible ASCII characters, unique per report the buyer means to send (e.g. a UUID); reuse it only to retry the same request"),
    ),
    request_body(content = ReportForm, content_type = "multipart/form-data"),
    responses(
        (status = 201, description = "Stored", body = ReportCreated),
        (status = 200, description = "A retry with an already used key and the same fields: the first answer again",
            body = ReportCreated, headers(("idempotent-replayed" = String, description = "`true`"))),
        (status = 400, description = "`idempotency_key_required` (header missing or malformed; field `Idempotency-Key`), or `invalid_parameter` (field `body` `malformed`: not parseable multipart)", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`product_not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "`payload_too_large`: a file over 5 MiB, 8192 px a side or 24 million pixels, or whose re-encoding is over its cap (`evidence[n]` `too_large`), or the whole body over the route's limit (`body` `too_large`); other field errors are listed too", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "`unsupported_media_type`: the body is not multipart/form-data (`body`), or a file is not JPEG/PNG/WebP by content (`evidence[n]` `unsupported_type`); other field errors are listed too", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed` with field errors, or `idempotency_key_reused`: the key was used for different fields", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "`rate_limited`: more than 5 reports from this client address in 10 minutes; `Retry-After`", body = Problem, content_type = "application/problem+json",
            headers(("Retry-After" = String, description = "Seconds to wait"))),
        (status = 500, description = "`internal`: a server failure (or an injected fault in demo mode); retrying with the same key is safe", body = Problem, content_type = "application/problem+json"),
        (status = 503, description = "`server_busy`: no image-decoding slot freed up within 2 s; `Retry-After`", body = Problem, content_type = "application/problem+json",
            headers(("Retry-After" = String, description = "Seconds to wait"))),
    ))]
pub async fn create(
    State(s): State<AppState>,
    ClientAddr(client): ClientAddr,
    captures: Captures,
    idempotency_key: IdempotencyKey,
    req: Request,
) -> ApiResult<Response> {
    let not_found = || ApiError::not_found(ErrorCode::ProductNotFound);
    let product_id = captures.id(0, ErrorCode::ProductNotFound)?;
    if !crate::catalog::product_exists(&s.pool, product_id).await? {
        return Err(not_found());
    }
    let key = idempotency_key.require()?;
    let mut multipart = Multipart::from_request(req, &()).await.map_err(|_| {
        problem(
            ErrorCode::UnsupportedMediaType,
            "The body must be multipart/form-data",
            vec![field("body", REPORT_ERR_UNSUPPORTED_TYPE)],
        )
    })?;
    let (sub, mut errors) = read_form(&mut multipart).await?;
    errors.extend(validate_report_text(
        sub.reason.as_deref(),
        sub.details.as_deref(),
        sub.contact_email.as_deref(),
    ));
    for (n, f) in sub.evidence.iter().enumerate() {
        if Kind::sniff(f).is_none() {
            errors.push(file_error(n, REPORT_ERR_UNSUPPORTED_TYPE));
        }
    }
    if !errors.is_empty() {
        return Err(field_problem(errors));
    }
    let fingerprint = sub.fingerprint(product_id);
    if let Some(replay) = reports::find_by_key(&s.pool, &key, &fingerprint).await? {
        return replay_response(replay);
    }
    s.limits.take_report_slot(client)?;
    let raw = sub.evidence;
    let _permit = if raw.is_empty() {
        None
    } else {
        Some(s.limits.decode_permit().await?)
    };
    let cleaned = tokio::task::spawn_blocking(move || {
        raw.iter()
            .map(|f| reports::clean_image(f))
            .collect::<Vec<_>>()
    })
    .await
    .map_err(ApiError::internal)?;
    let mut files = Vec::with_capacity(cleaned.len());
    for (n, c) in cleaned.into_iter().enumerate() {
        match c {
            Ok(f) => files.push(f),
            Err(code) => errors.push(file_error(n, code)),
        }
    }
    drop(_permit);
    if !errors.is_empty() {
        return Err(field_problem(errors));
    }
    // Both parsed above without errors.
    let reason = sub
        .reason
        .as_deref()
        .and_then(|r| ReportReason::parse(r.trim()))
        .ok_or_else(|| ApiError::internal("validated reason does not parse"))?;
    let details = storefront_api::text::normalize(sub.details.as_deref().unwrap_or_default());
    let details = details.as_str();
    let email = sub
        .contact_email
        .as_deref()
        .map(str::trim)
        .filter(|e| !e.is_empty());
    let new = reports::NewReport {
        product_id,
        reason,
        details,
        contact_email: email,
        files: &files,
        key: &key,
        fingerprint: &fingerprint,
    };
    let stored = reports::store(&s.pool, &s.uploads, new)
        .await
        .map_err(ApiError::internal)?;
    match stored {
        Stored::Created(created) => {
            tracing::info!(
                id = created.id,
                product_id,
                reason = reason.as_str(),
                files = files.len(),
                "report received"
            );
            Ok((StatusCode::CREATED, Json(created)).into_response())
        }
        Stored::KeyTaken => match reports::find_by_key(&s.pool, &key, &fingerprint).await? {
            Some(replay) => replay_response(replay),
            None => Err(ApiError::internal("idempotency key vanished")),
        },
    }
}

fn replay_response(replay: Replay) -> ApiResult<Response> {
    match replay {
        Replay::Same(first) => Ok(super::extract::replayed(
            (StatusCode::OK, Json(first)).into_response(),
        )),
        Replay::Different => Err(super::extract::key_reused()),
    }
}

fn field(name: &str, code: &str) -> FieldError {
    FieldError {
        field: name.to_string(),
        code: code.to_string(),
    }
}

fn problem(code: ErrorCode, title: &str, errors: Vec<FieldError>) -> ApiError {
    let mut p = Problem::new(code, title);
    p.errors = errors;
    ApiError(p)
}

/// 413 if anything is too large, else 415 if a type is refused, else 422.
fn field_problem(errors: Vec<FieldError>) -> ApiError {
    if errors.iter().any(|e| e.code == REPORT_ERR_TOO_LARGE) {
        problem(ErrorCode::PayloadTooLarge, "An upload is too large", errors)
    } else if errors.iter().any(|e| e.code == REPORT_ERR_UNSUPPORTED_TYPE) {
        problem(
            ErrorCode::UnsupportedMediaType,
            "An upload is not a JPEG, PNG or WebP image",
            errors,
        )
    } else {
        problem(
            ErrorCode::ValidationFailed,
            "The report is not valid",
            errors,
        )
    }
}

pub fn multipart_error(e: axum::extract::multipart::MultipartError) -> ApiError {
    if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
        problem(
            ErrorCode::PayloadTooLarge,
            "The request body is too large",
            vec![field("body", REPORT_ERR_TOO_LARGE)],
        )
    } else {
        ApiError::invalid_parameters(vec![field("body", REPORT_ERR_MALFORMED)])
    }
}

/// Reads a part into memory up to `max` bytes; past that drains it and answers `None`.
pub async fn read_part(
    part: &mut axum::extract::multipart::Field<'_>,
    max: usize,
) -> ApiResult<Option<Vec<u8>>> {
    let mut buf = Vec::new();
    let mut over = false;
    while let Some(chunk) = part.chunk().await.map_err(multipart_error)? {
        if over || buf.len() + chunk.len() > max {
            over = true;
            buf = Vec::new();
        } else {
            buf.extend_from_slice(&chunk);
        }
    }
    Ok((!over).then_some(buf))
}

/// The parts as sent, and the structural errors (unknown, duplicated, too many, too large).
async fn read_form(mp: &mut Multipart) -> ApiResult<(Submission, Vec<FieldError>)> {
    let mut sub = Submission::default();
    let mut errors = Vec::new();
    let mut files = 0usize;
    while let Some(mut part) = mp.next_field().await.map_err(multipart_error)? {
        let name = part.name().unwrap_or("").to_string();
        match name.as_str() {
            FIELD_REASON | FIELD_DETAILS | FIELD_CONTACT_EMAIL => {
                let value = match read_part(&mut part, TEXT_PART_MAX_BYTES).await? {
                    None => {
                        errors.push(field(&name, REPORT_ERR_TOO_LONG));
                        continue;
                    }
                    Some(b) => match String::from_utf8(b) {
                        Ok(t) => t,
                        Err(_) => {
                            errors.push(field(&name, REPORT_ERR_MALFORMED));
                            continue;
                        }
                    },
                };
                let slot = match name.as_str() {
                    FIELD_REASON => &mut sub.reason,
                    FIELD_DETAILS => &mut sub.details,
                    _ => &mut sub.contact_email,
                };
                if slot.is_some() {
                    errors.push(field(&name, REPORT_ERR_UNEXPECTED));
                } else {
                    *slot = Some(value);
                }
            }
            FIELD_EVIDENCE => {
                let unnamed = part.file_name().unwrap_or("").is_empty();
                let n = files;
                match read_part(&mut part, REPORT_MAX_EVIDENCE_BYTES).await? {
                    // An empty file input sends an empty part without a file name.
                    Some(b) if b.is_empty() && unnamed => continue,
                    Some(b) => {
                        if n < REPORT_MAX_EVIDENCE {
                            sub.evidence.push(b);
                        }
                    }
                    None => {
                        errors.push(file_error(n, REPORT_ERR_TOO_LARGE));
                        if n < REPORT_MAX_EVIDENCE {
                            // Keep indexes aligned with the parts sent.
                            sub.evidence.push(b"\xFF\xD8\xFF".to_vec());
                        }
                    }
                }
                files += 1;
            }
            _ => {
                let name = if name.is_empty() {
                    "body".to_string()
                } else {
                    name
                };
                errors.push(field(&name, REPORT_ERR_UNEXPECTED));
            }
        }
    }
    if files > REPORT_MAX_EVIDENCE {
        errors.push(field(FIELD_EVIDENCE, REPORT_ERR_TOO_MANY));
    }
    Ok((sub, errors))
}

/// Demo mode only: the stored reports, newest first (`limit` 1–100, default 24), optionally of
/// one `product`. Evidence is described, not served.
#[utoipa::path(get, path = "/api/v1/operator/reports", tag = "operator (demo only)",
    params(
        ("product" = Option<i64>, Query, description = "Only reports about this product"),
        ("limit" = Option<u32>, Query, description = "1–100, default 24"),
    ),
    responses(
        (status = 200, description = "Reports, newest first", body = Vec<OperatorReport>),
        (status = 400, description = "`invalid_parameter`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`route_not_found` when the server is not in demo mode", body = Problem, content_type = "application/problem+json"),
        (status = 500, description = "`internal`", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn list(
    State(s): State<AppState>,
    params: Params,
) -> ApiResult<Json<Vec<OperatorReport>>> {
    let mut check = Checker::default();
    let product = check.id(&params, "product");
    let limit = check.limit(&params);
    check.finish()?;
    reports::list(&s.pool, product, i64::from(limit))
        .await
        .map(Json)
        .map_err(ApiError::internal)
}
