//! The background pass that applies due steps: disputes first, then orders (each through
//! [`engine::advance_all`]), every second.

use super::disputes::Disputes;
use super::engine;
use super::orders::Orders;
use super::{Error, Result};
use crate::AppState;

/// One pass of the timers (and, in demo mode, of the simulated sellers and carriers) over every
/// open dispute and order, each in its own transaction. Serialised by `state.ticker`.
pub async fn tick(s: &AppState) -> Result<u32> {
    let _guard = s.ticker.lock().await;
    s.clock.accrue(&s.pool).await?;
    let now = s.clock.now();
    let disputes = engine::advance_all::<Disputes>(s, now).await?;
    let orders = engine::advance_all::<Orders>(s, now).await?;
    Ok(disputes + orders)
}

/// Runs [`tick`] every second until the task is aborted.
pub async fn run_ticker(s: AppState) {
    let mut every = tokio::time::interval(std::time::Duration::from_secs(1));
    every.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        every.tick().await;
        match tick(&s).await {
            Ok(0) => {}
            Ok(n) => tracing::debug!(steps = n, "order timers applied"),
            Err(Error::Refused(p)) => tracing::warn!(code = ?p.code, "order timer tick failed"),
            Err(Error::Internal(detail)) => {
                tracing::error!(%detail, "internal error");
                tracing::warn!(code = ?storefront_api::ErrorCode::Internal, "order timer tick failed")
            }
        }
    }
}
