//! `GET /config`: display currencies with rates, ship-to countries.

use super::{urls, ApiError, Request};
use storefront_api::ShopConfig;

pub async fn get() -> Result<ShopConfig, ApiError> {
    Request::get(&urls::config(&urls::base())).send().await
}
