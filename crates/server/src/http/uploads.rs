//! The photo intake of multipart forms that carry photos (dispute evidence, message photos):
//! text parts, re-encoding the photos without metadata, describing and staging them before the
//! transaction, and serving one back to its owner.

use super::reports::read_part;
use crate::error::{ApiError, ApiResult};
use crate::http::disputes::{field, field_problem, photo_error};
use crate::limits::Staged;
use crate::store::PhotoRow;
use crate::AppState;
use axum::extract::multipart::Field;
use axum::extract::{FromRequest, Multipart, Request};
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};
use std::path::PathBuf;
use storefront_api::disputes::*;
use storefront_api::FieldError;

/// The request's `multipart/form-data` body; 415 (`body` unsupported_media_type) otherwise.
pub async fn multipart(req: Request) -> ApiResult<Multipart> {
    Multipart::from_request(req, &())
        .await
        .map_err(|_| field_problem(vec![field("body", DISPUTE_ERR_UNSUPPORTED_MEDIA_TYPE)]))
}

/// A part the form does not have (`body` for one without a name): `unexpected`.
pub fn unexpected(name: &str) -> FieldError {
    field(if name.is_empty() { "body" } else { name }, "unexpected")
}

/// The files after the form's first `max`: `photos` too_many_files.
pub fn check_file_count(files: usize, max: usize, errors: &mut Vec<FieldError>) {
    if files > max {
        errors.push(field(FIELD_PHOTOS, DISPUTE_ERR_TOO_MANY_FILES));
    }
}

/// A text part of at most `max` bytes: `None` (with `too_long` or `malformed` in `errors`)
/// when it is longer or not UTF-8.
pub async fn read_text(
    part: &mut Field<'_>,
    name: &str,
    max: usize,
    errors: &mut Vec<FieldError>,
) -> ApiResult<Option<String>> {
    let Some(bytes) = read_part(part, max).await? else {
        errors.push(field(name, DISPUTE_ERR_TOO_LONG));
        return Ok(None);
    };
    match String::from_utf8(bytes) {
        Ok(t) => Ok(Some(t)),
        Err(_) => {
            errors.push(field(name, DISPUTE_ERR_MALFORMED));
            Ok(None)
        }
    }
}

/// Re-encodes uploaded photos without metadata (one image-decoding slot for all of them), or
/// the `photos[n]` field errors (413/415/422).
pub async fn clean_photos(
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

/// The uploaded photos cleaned ([`clean_photos`]), described as they are stored, and written
/// to a staging directory (none without photos) to publish after the commit.
pub async fn intake(
    s: &AppState,
    photos: Vec<Vec<u8>>,
) -> ApiResult<(Vec<PhotoRow>, Option<Staged>)> {
    let files = clean_photos(s, photos).await?;
    crate::limits::stage_photos(&s.uploads, &files)
        .await
        .map_err(ApiError::internal)
}

/// A stored photo's file, `Cache-Control: private, no-store`; `missing` when it cannot be read.
pub async fn serve(
    path: PathBuf,
    row: &PhotoRow,
    missing: impl Fn() -> ApiError,
) -> ApiResult<Response> {
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
