//! All SQL of the wish list, followed stores, similar items and buy again.
//!
//! Tables (migration 0013): `wishlist_items (buyer_id, product_id, added_price_cents,
//! added_currency, added_at, notified_price_cents)` and `store_follows (buyer_id, seller_id,
//! followed_at)`. `sellers.followers` is the shown follower count and moves with the follows.

use super::Result;
use crate::lang::Lang;
use crate::render;
use crate::seed::gen::Details;
use sqlx::{QueryBuilder, Sqlite, SqlitePool};
use storefront_api::{Money, ProductSummary};

/// Most products on one wish list; adding more answers `422`.
pub const MAX_WISHLIST: i64 = 500;
/// Most stores one buyer follows.
pub const MAX_FOLLOWS: i64 = 500;

/// A wish-listed product as stored, joined with the product now (`None` columns: gone).
#[derive(Debug, sqlx::FromRow)]
pub struct WishRow {
    pub product_id: i64,
    pub added_price_cents: i64,
    pub added_currency: String,
    pub added_at: i64,
    pub title: Option<String>,
    pub price_cents: Option<i64>,
    pub original_cents: Option<i64>,
    pub seller_id: Option<i64>,
    pub details: Option<String>,
}

impl WishRow {
    /// Pieces in stock over all SKUs (0 when the product is gone or its details unreadable).
    pub fn stock(&self) -> i64 {
        self.details
            .as_deref()
            .and_then(|d| serde_json::from_str::<Details>(d).ok())
            .map_or(0, |d| d.skus.iter().map(|s| s[1].max(0)).sum())
    }
}

/// The buyer's wish list, newest first.
pub async fn wishlist(pool: &SqlitePool, buyer_id: i64, lang: Lang) -> Result<Vec<WishRow>> {
    let sql = format!(
        "SELECT w.product_id, w.added_price_cents, w.added_currency, w.added_at, \
         {} AS title, p.price_cents, p.original_cents, p.seller_id, d.details \
         FROM wishlist_items w LEFT JOIN products p ON p.id = w.product_id \
         LEFT JOIN product_details d ON d.product_id = w.product_id \
         WHERE w.buyer_id = ? ORDER BY w.added_at DESC, w.product_id DESC",
        lang.title_sql("p.")
    );
    sqlx::query_as(&sql).bind(buyer_id).fetch_all(pool).await
}

/// [`WishRow`]s of products now (the `added_*` columns are the price now), for a list kept in
/// the browser.
pub async fn products_now(pool: &SqlitePool, ids: &[i64], lang: Lang) -> Result<Vec<WishRow>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let mut q = QueryBuilder::<Sqlite>::new(format!(
        "SELECT p.id AS product_id, p.price_cents AS added_price_cents, 'USD' AS added_currency, \
         0 AS added_at, {} AS title, p.price_cents, p.original_cents, p.seller_id, d.details \
         FROM products p LEFT JOIN product_details d ON d.product_id = p.id WHERE p.id IN (",
        lang.title_sql("p.")
    ));
    let mut sep = q.separated(", ");
    for id in ids {
        sep.push_bind(*id);
    }
    q.push(")");
    q.build_query_as().fetch_all(pool).await
}

/// Product ids on the buyer's wish list (what the hearts need).
pub async fn wishlist_ids(pool: &SqlitePool, buyer_id: i64) -> Result<Vec<i64>> {
    sqlx::query_scalar(
        "SELECT product_id FROM wishlist_items WHERE buyer_id = ? ORDER BY added_at DESC, product_id DESC",
    )
    .bind(buyer_id)
    .fetch_all(pool)
    .await
}

/// What [`add`] / [`merge`] store for one product.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NewWish {
    pub product_id: i64,
    /// The price the buyer saw when adding (signed-out list); `None` takes the price now.
    pub added_price_cents: Option<i64>,
    pub added_at: i64,
}

/// Adds products the buyer does not have yet (a product already there keeps its first price);
/// unknown products are skipped. Answers how many were added. One write transaction, capped at
/// [`MAX_WISHLIST`] (`422 validation_failed` with field `product_id` `too_many`).
pub async fn add(pool: &SqlitePool, buyer_id: i64, items: &[NewWish]) -> Result<u64> {
    let mut tx = pool.begin_with("BEGIN IMMEDIATE").await?;
    let mut added = 0;
    for w in items {
        let count: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM wishlist_items WHERE buyer_id = ?")
                .bind(buyer_id)
                .fetch_one(&mut *tx)
                .await?;
        if count >= MAX_WISHLIST {
            break;
        }
        let r = sqlx::query(
            "INSERT INTO wishlist_items (buyer_id, product_id, added_price_cents, added_currency, added_at) \
             SELECT ?, p.id, COALESCE(?, p.price_cents), 'USD', ? FROM products p WHERE p.id = ? \
             ON CONFLICT (buyer_id, product_id) DO NOTHING",
        )
        .bind(buyer_id)
        .bind(w.added_price_cents)
        .bind(w.added_at)
        .bind(w.product_id)
        .execute(&mut *tx)
        .await?;
        added += r.rows_affected();
    }
    tx.commit().await?;
    Ok(added)
}

pub async fn wishlist_count(pool: &SqlitePool, buyer_id: i64) -> Result<i64> {
    sqlx::query_scalar("SELECT COUNT(*) FROM wishlist_items WHERE buyer_id = ?")
        .bind(buyer_id)
        .fetch_one(pool)
        .await
}

pub async fn product_exists(pool: &SqlitePool, product_id: i64) -> Result<bool> {
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM products WHERE id = ?")
        .bind(product_id)
        .fetch_one(pool)
        .await?;
    Ok(n > 0)
}

/// Removes a product from the wish list; `false` when it was not there.
pub async fn remove(pool: &SqlitePool, buyer_id: i64, product_id: i64) -> Result<bool> {
    let r = sqlx::query("DELETE FROM wishlist_items WHERE buyer_id = ? AND product_id = ?")
        .bind(buyer_id)
        .bind(product_id)
        .execute(pool)
        .await?;
    Ok(r.rows_affected() > 0)
}

/// One buyer's wish-list entry of a product, for the inbox's price-drop notification.
#[derive(Debug, sqlx::FromRow)]
pub struct Wisher {
    pub buyer_id: i64,
    pub added_price_cents: i64,
    pub added_currency: String,
    /// The lowest price a price-drop notification already told this buyer about.
    pub notified_price_cents: Option<i64>,
}

/// Buyers who wish-listed `product_id`, with the price when added and the last notified price
/// (for the inbox's price-drop notification; inside the price change's transaction).
pub async fn wishers(
    conn: &mut sqlx::SqliteConnection,
    product_id: i64,
) -> sqlx::Result<Vec<Wisher>> {
    sqlx::query_as(
        "SELECT buyer_id, added_price_cents, added_currency, notified_price_cents \
         FROM wishlist_items WHERE product_id = ? ORDER BY buyer_id",
    )
    .bind(product_id)
    .fetch_all(&mut *conn)
    .await
}

/// Records that `buyer_id` was told `product_id` costs `cents` now (so the drop is told once).
pub async fn set_notified_price(
    conn: &mut sqlx::SqliteConnection,
    buyer_id: i64,
    product_id: i64,
    cents: i64,
) -> sqlx::Result<()> {
    sqlx::query(
        "UPDATE wishlist_items SET notified_price_cents = ? WHERE buyer_id = ? AND product_id = ?",
    )
    .bind(cents)
    .bind(buyer_id)
    .bind(product_id)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// The seller's follower count (`None`: no such seller).
pub async fn followers(pool: &SqlitePool, seller_id: i64) -> Result<Option<i64>> {
    sqlx::query_scalar("SELECT followers FROM sellers WHERE id = ?")
        .bind(seller_id)
        .fetch_optional(pool)
        .await
}

pub async fn is_following(pool: &SqlitePool, buyer_id: i64, seller_id: i64) -> Result<bool> {
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM store_follows WHERE buyer_id = ? AND seller_id = ?",
    )
    .bind(buyer_id)
    .bind(seller_id)
    .fetch_one(pool)
    .await?;
    Ok(n > 0)
}

/// Follows (`true`) or unfollows a store; the follower count moves only when the follow state
/// changes, in the same transaction. Answers the follower count after, `None` without such a
/// seller.
pub async fn set_follow(
    pool: &SqlitePool,
    buyer_id: i64,
    seller_id: i64,
    follow: bool,
    at: i64,
) -> Result<Option<i64>> {
    let mut tx = pool.begin_with("BEGIN IMMEDIATE").await?;
    let exists: Option<i64> = sqlx::query_scalar("SELECT followers FROM sellers WHERE id = ?")
        .bind(seller_id)
        .fetch_optional(&mut *tx)
        .await?;
    if exists.is_none() {
        return Ok(None);
    }
    let changed = if follow {
        let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM store_follows WHERE buyer_id = ?")
            .bind(buyer_id)
            .fetch_one(&mut *tx)
            .await?;
        if n >= MAX_FOLLOWS {
            0
        } else {
            sqlx::query(
                "INSERT INTO store_follows (buyer_id, seller_id, followed_at) VALUES (?, ?, ?) \
                 ON CONFLICT DO NOTHING",
            )
            .bind(buyer_id)
            .bind(seller_id)
            .bind(at)
            .execute(&mut *tx)
            .await?
            .rows_affected()
        }
    } else {
        sqlx::query("DELETE FROM store_follows WHERE buyer_id = ? AND seller_id = ?")
            .bind(buyer_id)
            .bind(seller_id)
            .execute(&mut *tx)
            .await?
            .rows_affected()
    };
    if changed > 0 {
        let delta = if follow { 1 } else { -1 };
        sqlx::query("UPDATE sellers SET followers = MAX(0, followers + ?) WHERE id = ?")
            .bind(delta)
            .bind(seller_id)
            .execute(&mut *tx)
            .await?;
    }
    let count: i64 = sqlx::query_scalar("SELECT followers FROM sellers WHERE id = ?")
        .bind(seller_id)
        .fetch_one(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(Some(count))
}

/// A followed store.
#[derive(Debug, sqlx::FromRow)]
pub struct FollowRow {
    pub seller_id: i64,
    pub name: String,
    pub country: String,
    pub followers: i64,
    pub positive_feedback_x10: i64,
    pub followed_at: i64,
}

/// The stores the buyer follows, most recent first.
pub async fn following(pool: &SqlitePool, buyer_id: i64) -> Result<Vec<FollowRow>> {
    sqlx::query_as(
        "SELECT f.seller_id, s.name, s.country, s.followers, s.positive_feedback_x10, f.followed_at \
         FROM store_follows f JOIN sellers s ON s.id = f.seller_id \
         WHERE f.buyer_id = ? ORDER BY f.followed_at DESC, f.seller_id DESC",
    )
    .bind(buyer_id)
    .fetch_all(pool)
    .await
}

/// A product's category, seller and price: what similar items and "more from this store" start
/// from. `None`: no such product.
pub async fn product_anchor(pool: &SqlitePool, product_id: i64) -> Result<Option<(i64, i64, i64)>> {
    sqlx::query_as("SELECT category_id, seller_id, price_cents FROM products WHERE id = ?")
        .bind(product_id)
        .fetch_optional(pool)
        .await
}

/// The seller's best-selling products except one, at most `limit`.
pub async fn seller_product_ids(
    pool: &SqlitePool,
    seller_id: i64,
    except: i64,
    limit: i64,
) -> Result<Vec<i64>> {
    sqlx::query_scalar(
        "SELECT id FROM products WHERE seller_id = ? AND id <> ? ORDER BY rank DESC LIMIT ?",
    )
    .bind(seller_id)
    .bind(except)
    .bind(limit)
    .fetch_all(pool)
    .await
}

/// The product's details now (`None`: the product is gone).
pub async fn details(pool: &SqlitePool, product_id: i64) -> Result<Option<Details>> {
    let details: Option<String> =
        sqlx::query_scalar("SELECT details FROM product_details WHERE product_id = ?")
            .bind(product_id)
            .fetch_optional(pool)
            .await?;
    match details {
        Some(d) => Ok(Some(super::from_json(&d)?)),
        None => Ok(None),
    }
}

/// The order's lines JSON, when the order is the buyer's: `(state, lines)`.
pub async fn order_lines(
    pool: &SqlitePool,
    buyer_id: i64,
    order_id: i64,
) -> Result<Option<(String, String)>> {
    sqlx::query_as("SELECT state, lines FROM orders WHERE id = ? AND buyer_id = ?")
        .bind(order_id)
        .bind(buyer_id)
        .fetch_optional(pool)
        .await
}

#[derive(Debug, sqlx::FromRow)]
struct SummaryRow {
    id: i64,
    title: String,
    price_cents: i64,
    original_cents: Option<i64>,
    rating_x10: i64,
    reviews_count: i64,
    orders_count: i64,
    seller_id: i64,
    free_shipping: bool,
    ships_from: String,
}

/// Product cards of `ids`, in that order (unknown ids are left out).
pub async fn summaries(pool: &SqlitePool, ids: &[i64], lang: Lang) -> Result<Vec<ProductSummary>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let mut q = QueryBuilder::<Sqlite>::new(format!(
        "SELECT id, {} AS title, price_cents, original_cents, rating_x10, reviews_count, \
         orders_count, seller_id, free_shipping, ships_from FROM products WHERE id IN (",
        lang.title_sql("")
    ));
    let mut sep = q.separated(", ");
    for id in ids {
        sep.push_bind(*id);
    }
    q.push(")");
    let rows: Vec<SummaryRow> = q.build_query_as().fetch_all(pool).await?;
    let mut out: Vec<ProductSummary> = rows
        .into_iter()
        .map(|r| ProductSummary {
            id: r.id,
            title: r.title,
            price: Money::usd(r.price_cents),
            original_price: r.original_cents.map(Money::usd),
            image: render::image_url(r.id, 0),
            rating_x10: r.rating_x10.clamp(0, 50) as u8,
            reviews_count: r.reviews_count,
            orders_count: r.orders_count,
            seller_id: r.seller_id,
            free_shipping: r.free_shipping,
            ships_from: r.ships_from,
        })
        .collect();
    out.sort_by_key(|p| ids.iter().position(|id| *id == p.id));
    Ok(out)
}
