//! `GET /search` (results with facets and related suggestions) and `GET /suggest`.

use super::{urls, ApiError, Request};
use storefront_api::{SearchQuery, SearchResult, Suggestion};

pub async fn get(query: &SearchQuery) -> Result<SearchResult, ApiError> {
    Request::get(&urls::search(&urls::base(), query))
        .send()
        .await
}

pub async fn suggestions(q: &str, lang: &str) -> Result<Vec<Suggestion>, ApiError> {
    Request::get(&urls::suggest(&urls::base(), q, lang))
        .send()
        .await
}
