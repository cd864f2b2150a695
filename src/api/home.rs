//! `GET /home`: daily deals and recommendations.

use super::{get_json, urls, ApiError};
use storefront_api::Home;

pub async fn fetch_home(lang: &str) -> Result<Home, ApiError> {
    get_json(&urls::home(&urls::base(), lang)).await
}
