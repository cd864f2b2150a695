//! `GET /config`: display currencies with rates, ship-to countries.

use super::{get_json, urls, ApiError};
use storefront_api::ShopConfig;

pub async fn fetch_config() -> Result<ShopConfig, ApiError> {
    get_json(&urls::config(&urls::base())).await
}
