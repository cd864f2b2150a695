//! Disputes: opening with photo evidence (multipart), reading, buyer actions, evidence files,
//! and the demo operator's seller reply and arbitration (see [`crate::domain::disputes`]).

mod actions;
mod form;
mod open;

pub use actions::*;
pub use form::DisputeForm;
use form::*;
pub(crate) use form::{field, field_problem, photo_error};
pub use open::*;

use crate::auth::{Buyer, JsonBody};
use crate::domain::checkout::idempotency::{self, Claim};
use crate::domain::disputes::{self as logic, Action as BuyerAction, EvidenceRow, NewDispute};
use crate::domain::{engine, orders};
use crate::error::{ApiError, ApiResult};
use crate::http::action::{
    bodiless_action, body_action, Act, DisputeActions, DisputeBodyActions, DisputeReads,
};
use crate::http::extract::{IdempotencyKey, IfMatch};
use crate::http::reports::{multipart_error, read_part};
use crate::http::uploads::read_text;
use crate::http::{versioned_response, Captures};
use crate::params::{Checker, Params};
use crate::store;
use crate::AppState;
use axum::extract::DefaultBodyLimit;
use axum::extract::{Multipart, Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing;
use axum::Json;
use axum::Router;
use sha2::{Digest, Sha256};
use storefront_api::disputes::*;
use storefront_api::{ErrorCode, FieldError, Page, Problem};

/// This resource's routes.
pub fn router() -> Router<AppState> {
    Router::new()
        .route(
            "/api/v1/orders/{id}/disputes",
            routing::post(open).layer(DefaultBodyLimit::max(BODY_LIMIT)),
        )
        .route("/api/v1/disputes", routing::get(list))
        .route("/api/v1/disputes/{id}", routing::get(get))
        .route(
            "/api/v1/disputes/{id}/evidence/{file}",
            routing::get(evidence),
        )
        .route("/api/v1/disputes/{id}/accept", routing::post(accept))
        .route("/api/v1/disputes/{id}/counter", routing::post(counter))
        .route("/api/v1/disputes/{id}/escalate", routing::post(escalate))
        .route("/api/v1/disputes/{id}/cancel", routing::post(cancel))
        .route("/api/v1/disputes/{id}/messages", routing::post(message))
        .route(
            "/api/v1/disputes/{id}/return-shipment",
            routing::post(return_shipment),
        )
}

/// Request body limit of the opening route: every photo at its limit plus the text fields.
pub const BODY_LIMIT: usize = DISPUTE_MAX_PHOTOS * DISPUTE_MAX_PHOTO_BYTES + 256 * 1024;
const TEXT_PART_MAX_BYTES: usize = 16 * 1024;

/// The dispute with its `ETag`.
pub fn dispute_response(d: &Dispute, status: StatusCode) -> Response {
    versioned_response(d, status)
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
    let mut rows = store::disputes::page(&mut conn, buyer.id, before, i64::from(limit) + 1).await?;
    let next_cursor = crate::http::next_page(&mut rows, limit);
    let mut items = Vec::with_capacity(rows.len());
    for d in &rows {
        let lines = store::orders::lines(&mut conn, d.order_id).await?;
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
#[utoipa::path(get, path = "/api/v1/disputes/{id}", tag = "disputes", params(DisputeReads), responses(
    (status = 200, description = "The dispute: line, listing snapshot photos beside the evidence, proposals, timeline, deadlines, banner, allowed actions", body = Dispute, headers(("ETag" = String, description = "Changes with every change of the dispute"))),
    DisputeReads,
))]
pub async fn get(act: Act) -> ApiResult<Response> {
    act.view::<logic::Disputes>().await
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
    let d = store::load::<store::disputes::DisputeRow>(&mut conn, id, Some(buyer.id))
        .await?
        .ok_or_else(missing)?;
    drop(conn);
    let rows: Vec<EvidenceRow> = serde_json::from_str(&d.evidence).unwrap_or_default();
    let row = rows.iter().find(|r| r.file == file).ok_or_else(missing)?;
    crate::http::uploads::serve(evidence_dir(&s.uploads, id).join(&row.file), row, missing).await
}
