//! Partner reporting (demo mode only): the orders placed after a buyer came through a
//! partner's widget (`CheckoutRequest::partner`, stored as `orders.partner_id`).

use crate::error::{ApiError, ApiResult};
use crate::http::Captures;
use crate::AppState;
use axum::extract::State;
use axum::Json;
use sqlx::Row;
use storefront_api::checkout::{valid_partner_id, PartnerOrder};
use storefront_api::{FieldError, Money, Problem};

/// Demo mode only. Orders recorded for a partner id, newest first (at most 500): what a partner
/// report would read. A partner with no orders gets an empty list.
#[utoipa::path(get, path = "/api/v1/operator/partners/{id}/orders", tag = "operator (demo only)",
    params(("id" = String, Path, description = "Partner id: 1–64 ASCII letters, digits, `.`, `_`, `-`")),
    responses(
        (status = 200, description = "The partner's orders", body = Vec<PartnerOrder>),
        (status = 400, description = "`invalid_parameter`: `id` malformed", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`route_not_found` when the server is not in demo mode", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn orders(
    State(s): State<AppState>,
    captures: Captures,
) -> ApiResult<Json<Vec<PartnerOrder>>> {
    let partner = captures.get(0);
    if !valid_partner_id(partner) {
        return Err(ApiError::invalid_parameters(vec![FieldError {
            field: "id".to_string(),
            code: "malformed".to_string(),
        }]));
    }
    let rows = sqlx::query(
        "SELECT id, state, total_cents, item_count, placed_at FROM orders \
         WHERE partner_id = ? ORDER BY id DESC LIMIT 500",
    )
    .bind(partner)
    .fetch_all(&s.pool)
    .await?;
    let mut out = Vec::with_capacity(rows.len());
    for r in rows {
        out.push(PartnerOrder {
            order_id: r.try_get("id")?,
            state: r.try_get("state")?,
            total: Money::usd(r.try_get("total_cents")?),
            item_count: r.try_get("item_count")?,
            placed_at: r.try_get("placed_at")?,
        });
    }
    Ok(Json(out))
}
