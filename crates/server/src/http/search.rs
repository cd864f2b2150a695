//! Search, autocomplete and the review summary.

use super::Captures;
use crate::catalog;
use crate::error::ApiResult;
use crate::params::Params;
use crate::search::{self, request::Request};
use crate::AppState;
use axum::extract::State;
use axum::routing::get;
use axum::Json;
use axum::Router;
use storefront_api::{
    cap_query, ErrorCode, LangQuery, Problem, ReviewSummary, SearchQuery, SearchResult,
    SuggestQuery, Suggestion,
};

/// This resource's routes.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/search", get(search))
        .route("/api/v1/suggest", get(suggest))
        .route("/api/v1/products/{id}/reviews/summary", get(review_summary))
}

/// Search and filtered listing with facets. Also what category and store pages use: without
/// `q` it lists the category's / seller's products (`best_match` then means most orders).
/// A `q` longer than 200 characters is cut to its first 200 (and `/suggest` does the same).
/// Pages are offsets inside the cursor, which is bound to the query: a cursor from another
/// query (or a tampered one) is `400 invalid_cursor`.
#[utoipa::path(get, path = "/api/v1/search", tag = "catalogue", params(SearchQuery),
    responses(
        (status = 200, description = "Matching products, total, facets (disjunctive counts), related queries/categories when nothing matched", body = SearchResult),
        (status = 400, description = "`invalid_parameter` (see `errors`: `malformed`, `out_of_range`, `above_max`/`below_min` for price_min > price_max) or `invalid_cursor`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`category_not_found` or `seller_not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 500, description = "`internal`: a server failure (or an injected fault in demo mode); retrying may help", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn search(State(s): State<AppState>, params: Params) -> ApiResult<Json<SearchResult>> {
    // A query longer than MAX_QUERY_CHARS counts by its first 200 characters (not refused).
    let params = params.capped("q", cap_query);
    let req = Request::parse(&params)?;
    Ok(Json(
        search::search(&s.pool, &s.search, &s.categories, req).await?,
    ))
}

/// Up to 8 autocomplete entries for what was typed: matching categories first (with
/// `category` set: open the category), then distinct product titles by prefix (or a later
/// word's prefix), most ordered first. Titles in Russian for `lang=ru` or Cyrillic input.
#[utoipa::path(get, path = "/api/v1/suggest", tag = "catalogue", params(SuggestQuery),
    responses(
        (status = 200, description = "Suggestions (empty for a blank `q`)", body = Vec<Suggestion>),
        (status = 500, description = "`internal`", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn suggest(State(s): State<AppState>, params: Params) -> Json<Vec<Suggestion>> {
    let q = cap_query(params.get("q").unwrap_or(""));
    Json(s.suggester.suggest(&s.categories, q, params.lang()))
}

/// Average, star histogram and photo count over the product's stored reviews (the ones
/// `/reviews` pages through).
#[utoipa::path(get, path = "/api/v1/products/{id}/reviews/summary", tag = "catalogue",
    params(("id" = i64, Path, description = "Product id"), LangQuery),
    responses(
        (status = 200, description = "The summary", body = ReviewSummary),
        (status = 404, description = "`product_not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 500, description = "`internal`", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn review_summary(
    State(s): State<AppState>,
    captures: Captures,
) -> ApiResult<Json<ReviewSummary>> {
    let id = captures.id(0, ErrorCode::ProductNotFound)?;
    Ok(Json(catalog::review_summary(&s.pool, id).await?))
}
