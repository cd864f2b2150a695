//! The order's audit log: what happened, when, by whom (the timeline of the order page).

use crate::domain::engine;
use crate::domain::Result;
use crate::store;
use serde::{Deserialize, Serialize};
use sqlx::SqliteConnection;
use storefront_api::orders::*;
use storefront_api::Money;

/// Optional fields of an event, stored as JSON.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Details {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<Money>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub carrier: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tracking_number: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tracking_status: Option<TrackingStatus>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub days: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline_kind: Option<DeadlineKind>,
}

pub async fn record(
    conn: &mut SqliteConnection,
    order_id: i64,
    at: i64,
    actor: EventActor,
    kind: EventKind,
    details: Details,
) -> Result<()> {
    engine::record::<store::orders::OrderRow>(conn, order_id, at, (&actor, &kind), &details).await
}

/// An event of the system with an amount (refunds, releases) or none.
pub async fn system(
    conn: &mut SqliteConnection,
    order_id: i64,
    at: i64,
    kind: EventKind,
    amount: Option<i64>,
) -> Result<()> {
    let details = Details {
        amount: amount.map(Money::usd),
        ..Details::default()
    };
    record(conn, order_id, at, EventActor::System, kind, details).await
}
