//! `GET /home`: daily deals and recommendations.

use super::{urls, ApiError, Request};
use storefront_api::Home;

pub async fn get(lang: &str) -> Result<Home, ApiError> {
    Request::get(&urls::home(&urls::base(), lang)).send().await
}
