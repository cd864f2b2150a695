//! `GET /sellers/{id}`: a store's page header.

use super::{urls, ApiError, Request};
use storefront_api::Seller;

pub async fn get(id: i64) -> Result<Seller, ApiError> {
    Request::get(&urls::seller(&urls::base(), id)).send().await
}
