//! Operator API (demo mode only): arm faults on catalogue requests.

use crate::error::{ApiError, ApiResult};
use crate::AppState;
use axum::body::Bytes;
use axum::extract::State;
use axum::Json;
use storefront_api::{FaultRequest, FaultState, FieldError, Problem};

/// Demo mode only (`--demo`); otherwise this path is `404 route_not_found`.
/// The next `count` requests to catalogue endpoints (all of `/api/v1` except `/operator/*`,
/// `/health`, `/openapi.json` and `/images/*`) answer `500 internal` (`error`) or `200` with
/// `content-type: application/json` and a truncated body (`malformed`); `off` disarms.
#[utoipa::path(post, path = "/api/v1/operator/faults", tag = "operator (demo only)",
    request_body = FaultRequest,
    responses(
        (status = 200, description = "The armed fault", body = FaultState),
        (status = 400, description = "`invalid_parameter`: the body is not a fault request", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`route_not_found` when the server is not in demo mode", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn set_faults(State(s): State<AppState>, body: Bytes) -> ApiResult<Json<FaultState>> {
    let req: FaultRequest = serde_json::from_slice(&body).map_err(|e| {
        let field = if e.to_string().contains("mode") {
            "mode"
        } else {
            "body"
        };
        ApiError::invalid_parameters(vec![FieldError {
            field: field.to_string(),
            code: "malformed".to_string(),
        }])
    })?;
    let state = s.faults.set(req);
    tracing::info!(?state, "operator armed faults");
    Ok(Json(state))
}
