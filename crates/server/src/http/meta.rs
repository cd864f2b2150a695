//! Health, shop configuration and the OpenAPI document.

use crate::error::ApiResult;
use crate::vocabulary::SHIP_TO;
use crate::AppState;
use axum::extract::State;
use axum::routing::get;
use axum::Json;
use axum::Router;
use storefront_api::{Currency, CurrencyRate, Health, Problem, ShopConfig};

/// This resource's routes.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/health", get(health))
        .route("/api/v1/config", get(config))
        .route("/api/v1/openapi.json", get(openapi))
}

/// Liveness with a database round trip.
#[utoipa::path(get, path = "/api/v1/health", tag = "meta",
    responses(
        (status = 200, description = "The server and its database answer", body = Health),
        (status = 500, description = "`internal`: the database does not answer", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn health(State(s): State<AppState>) -> ApiResult<Json<Health>> {
    let products: i64 = sqlx::query_scalar(
        "SELECT COALESCE(SUM(product_count), 0) FROM categories WHERE parent_id IS NULL",
    )
    .fetch_one(&s.pool)
    .await?;
    Ok(Json(Health {
        status: "ok".to_string(),
        version: env!("CARGO_PKG_VERSION").to_string(),
        products,
    }))
}

/// Fixed demo exchange rates: units of the currency per US dollar.
pub fn rate(c: Currency) -> u64 {
    match c {
        Currency::USD => 1_000_000,
        Currency::EUR => 920_000,
        Currency::RUB => 92_500_000,
        Currency::BRL => 5_050_000,
        Currency::GBP => 790_000,
        Currency::UAH => 41_200_000,
        Currency::KZT => 480_000_000,
        Currency::TRY => 32_500_000,
        Currency::AED => 3_672_500,
        Currency::SAR => 3_750_000,
        Currency::JPY => 150_250_000,
    }
}

/// Display currencies with rates, ship-to countries, and whether the operator API is on.
#[utoipa::path(get, path = "/api/v1/config", tag = "meta",
    responses(
        (status = 200, description = "Shop reference data", body = ShopConfig),
        (status = 500, description = "`internal`: only as an injected fault in demo mode", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn config(State(s): State<AppState>) -> Json<ShopConfig> {
    Json(ShopConfig {
        rates: Currency::ALL
            .iter()
            .map(|&currency| CurrencyRate {
                currency,
                per_usd_micros: rate(currency),
            })
            .collect(),
        ship_to_countries: SHIP_TO.iter().map(|c| c.to_string()).collect(),
        demo_mode: s.demo,
    })
}

/// This document.
#[utoipa::path(get, path = "/api/v1/openapi.json", tag = "meta",
    responses((status = 200, description = "OpenAPI 3.1 description of this API", content_type = "application/json")))]
pub async fn openapi(State(s): State<AppState>) -> Json<serde_json::Value> {
    Json(s.openapi.as_ref().clone())
}
