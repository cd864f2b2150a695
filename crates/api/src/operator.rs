//! Demo/test operator API: only served when the backend runs in demo mode.

use serde::{Deserialize, Serialize};

/// How catalogue requests misbehave while a fault is armed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum FaultMode {
    /// Answer `500` with an `internal` problem.
    Error,
    /// Answer `200` with `content-type: application/json` and a truncated body.
    Malformed,
    /// Disarm.
    Off,
}

/// Body of `POST /api/v1/operator/faults`: the next `count` catalogue requests fail as `mode`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FaultRequest {
    pub mode: FaultMode,
    /// How many requests to affect (0–1000; ignored for `off`). Default 1.
    #[serde(default = "one")]
    pub count: u32,
}

fn one() -> u32 {
    1
}

/// The armed fault after the change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FaultState {
    pub mode: FaultMode,
    /// Requests still to be affected.
    pub remaining: u32,
}
