//! The search queries at request time (tables `search_fts`, `search_docs`, with products and
//! sellers): the rows the in-memory index is loaded from, FTS5 matches with their bm25, and the
//! most ordered titles for suggestions. Building the index is `crate::search::build`.

use super::Result;
use crate::lang::Lang;
use sqlx::SqlitePool;

/// bm25 column weights of `search_fts`: the text (titles, colours, brand, material) and the
/// category path. A query word that names the product's category counts double, so "case"
/// lists the Phone Cases before a laptop "in Metal Case".
const BM25: &str = "bm25(search_fts, 1.0, 2.0)";

/// One product as the in-memory search index holds it.
#[derive(sqlx::FromRow)]
pub struct IndexRow {
    pub id: i64,
    pub category_id: i64,
    pub top_category_id: i64,
    pub seller_id: i64,
    pub price_cents: i64,
    pub orders_count: i64,
    pub rating_x10: i64,
    pub reviews_count: i64,
    pub free_shipping: bool,
    pub ships_from: String,
    pub positive_feedback_x10: i64,
    /// Fastest delivery days, ship-to countries excluded (comma-separated), stock, attributes.
    pub fast_dmax: i64,
    pub no_ship: String,
    pub in_stock: bool,
    pub attrs: String,
}

/// Every product with its search facts, by id.
pub async fn index_rows(pool: &SqlitePool) -> Result<Vec<IndexRow>> {
    sqlx::query_as(
        "SELECT p.id, p.category_id, p.top_category_id, p.seller_id, p.price_cents, \
         p.orders_count, p.rating_x10, p.reviews_count, p.free_shipping, p.ships_from, \
         s.positive_feedback_x10, d.fast_dmax, d.no_ship, d.in_stock, d.attrs \
         FROM products p JOIN sellers s ON s.id = p.seller_id \
         JOIN search_docs d ON d.id = p.id ORDER BY p.id",
    )
    .fetch_all(pool)
    .await
}

/// Every match of the FTS5 expression as one text `id bm25,…` (`None`: no match): bm25 may
/// only be called in the FTS query itself (hence MATERIALIZED), and one row is much cheaper
/// than thousands through sqlx.
pub async fn matches_with_bm25(pool: &SqlitePool, expr: &str) -> Result<Option<String>> {
    sqlx::query_scalar(&format!(
        "WITH m AS MATERIALIZED (SELECT rowid AS id, {BM25} AS b FROM search_fts \
         WHERE search_fts MATCH ?) SELECT group_concat(id || ' ' || b, ',') FROM m"
    ))
    .bind(expr)
    .fetch_one(pool)
    .await
}

/// The ids of the best `limit` matches of the FTS5 expression.
pub async fn best_matches(pool: &SqlitePool, expr: &str, limit: i64) -> Result<Vec<i64>> {
    sqlx::query_scalar(
        "SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rank LIMIT ?",
    )
    .bind(expr)
    .bind(limit)
    .fetch_all(pool)
    .await
}

/// Whether anything matches the FTS5 expression.
pub async fn any_match(pool: &SqlitePool, expr: &str) -> Result<bool> {
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM (SELECT 1 FROM search_fts WHERE search_fts MATCH ? LIMIT 1)",
    )
    .bind(expr)
    .fetch_one(pool)
    .await?;
    Ok(n > 0)
}

/// The `limit` titles (in `lang`) most ordered over all products bearing them, with the
/// orders.
pub async fn top_titles(pool: &SqlitePool, lang: Lang, limit: i64) -> Result<Vec<(String, i64)>> {
    let col = lang.title_sql("");
    sqlx::query_as(&format!(
        "SELECT {col} AS t, SUM(orders_count) AS n FROM products GROUP BY t \
         ORDER BY n DESC, t LIMIT ?"
    ))
    .bind(limit)
    .fetch_all(pool)
    .await
}
