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

/// `GET /api/v1/operator/clock` and the answer of `POST /api/v1/operator/clock/advance`: the
/// server's simulated clock (demo mode only). Simulated time = real time + `offset_seconds`;
/// with `speed` > 1 the offset grows by `speed − 1` seconds every real second.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ClockState {
    /// RFC 3339 UTC.
    pub now: String,
    /// Unix seconds.
    pub now_unix: i64,
    pub offset_seconds: i64,
    /// Simulated seconds per real second (1 = real time).
    pub speed: u32,
    /// Order steps applied by the advance that answered this (0 for `GET`).
    #[serde(default)]
    pub applied: u32,
}

/// Body of `POST /api/v1/operator/clock/advance`: moves the clock forward by `days` + `hours`
/// (at least one hour, at most 400 days in total) and applies every step that became due.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ClockAdvance {
    #[serde(default)]
    pub days: u32,
    #[serde(default)]
    pub hours: u32,
}

/// Body of `POST /api/v1/operator/products/{id}/price` (demo mode): the seller sets the
/// product's listed price, the lowest one-piece price of its SKUs; every SKU moves by the same
/// amount (1 cent at least).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PriceChange {
    /// US cents, 1 – 100,000,000.
    pub price_cents: i64,
}

/// The answer of `POST /api/v1/operator/products/{id}/price`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PriceChanged {
    pub product_id: i64,
    pub price_before: crate::Money,
    pub price: crate::Money,
    /// Buyers told of a price drop by this change (wish lists; each drop once).
    pub notified: u32,
}
