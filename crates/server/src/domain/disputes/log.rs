//! The dispute's audit log (its timeline); every entry changes the dispute's version.

use crate::domain::engine;
use crate::domain::Result;
use crate::store;
use serde::{Deserialize, Serialize};
use sqlx::SqliteConnection;
use storefront_api::disputes::*;

#[derive(Debug, Default, Serialize, Deserialize)]
pub struct EventDetails {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<DisputeOutcome>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub carrier: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tracking_number: Option<String>,
}

pub async fn record(
    conn: &mut SqliteConnection,
    dispute_id: i64,
    at: i64,
    actor: DisputeParty,
    kind: DisputeEventKind,
    details: EventDetails,
) -> Result<()> {
    engine::record::<store::disputes::DisputeRow>(conn, dispute_id, at, (&actor, &kind), &details)
        .await
}

/// An event without details.
pub async fn plain(
    conn: &mut SqliteConnection,
    dispute_id: i64,
    at: i64,
    actor: DisputeParty,
    kind: DisputeEventKind,
) -> Result<()> {
    record(conn, dispute_id, at, actor, kind, EventDetails::default()).await
}
