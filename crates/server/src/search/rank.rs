//! Search ranking: relevance of a text match (FTS5 bm25 with column weights, plus popularity)
//! and the order of the hits for each `sort`.

use super::index::{self, Scored, SearchIndex};
use super::text;
use crate::error::{ApiError, ApiResult};
use sqlx::SqlitePool;
use storefront_api::Sort;

/// Relevance weight of popularity: score = -bm25 + POPULARITY × ln(1 + orders).
const POPULARITY: f64 = 0.15;
/// Text matches as `(position in docs, -bm25 + popularity)`, from the cache or FTS5.
pub async fn text_matches(pool: &SqlitePool, ix: &SearchIndex, q: &str) -> ApiResult<Scored> {
    let terms = text::query_terms(q);
    if terms.is_empty() {
        return Ok(Scored::default());
    }
    let expr = text::query_expr(&terms);
    if let Some(hit) = ix.text_cache.get(&expr) {
        return Ok(hit);
    }
    let packed = crate::store::search::matches_with_bm25(pool, &expr).await?;
    let mut out = Vec::new();
    for pair in packed.as_deref().unwrap_or("").split(',') {
        let Some((id, bm25)) = pair.split_once(' ') else {
            continue;
        };
        let (Ok(id), Ok(bm25)) = (id.parse::<i64>(), bm25.parse::<f64>()) else {
            return Err(ApiError::internal(format_args!("bad FTS row {pair:?}")));
        };
        let Some(i) = ix.position(id) else {
            continue;
        };
        let pop = (1.0 + ix.docs[i].orders.max(0) as f64).ln();
        out.push((i, -bm25 + POPULARITY * pop));
    }
    let scored = Scored::new(out);
    ix.text_cache.put(expr, scored.clone());
    Ok(scored)
}

/// Best match: by score, then by orders; every other sort by its own order.
pub fn sort_hits(ix: &SearchIndex, hits: &mut [(usize, f64)], sort: Sort) {
    let d = |i: usize| &ix.docs[i];
    hits.sort_unstable_by(|a, b| {
        let (x, y) = (d(a.0), d(b.0));
        match sort {
            Sort::BestMatch => {
                b.1.total_cmp(&a.1)
                    .then(index::cmp_docs(x, y, Sort::Orders))
            }
            _ => index::cmp_docs(x, y, sort),
        }
    });
}
