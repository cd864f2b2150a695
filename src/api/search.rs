//! `GET /search` (results with facets and related suggestions) and `GET /suggest`.

use super::{get_json, urls, ApiError};
use storefront_api::{SearchQuery, SearchResult, Suggestion};

pub async fn fetch_search(query: &SearchQuery) -> Result<SearchResult, ApiError> {
    get_json(&urls::search(&urls::base(), query)).await
}

pub async fn fetch_suggestions(q: &str, lang: &str) -> Result<Vec<Suggestion>, ApiError> {
    get_json(&urls::suggest(&urls::base(), q, lang)).await
}
