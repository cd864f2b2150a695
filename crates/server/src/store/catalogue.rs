//! Catalogue reads: product summaries (keyset pages, by ids), product details, sellers,
//! reviews, the category tree and coupons. (Search has its own index: [`crate::search`].)

use super::Result;
use crate::lang::Lang;
use sqlx::{QueryBuilder, Sqlite, SqliteConnection, SqlitePool};

/// The columns of a [`SummaryRow`], the title in `lang`.
fn summary_columns(lang: Lang) -> String {
    format!(
        "id, {} AS title, price_cents, original_cents, rating_x10, reviews_count, orders_count, \
         seller_id, free_shipping, ships_from",
        lang.title_sql("")
    )
}

/// What a product card shows.
#[derive(Debug, sqlx::FromRow)]
pub struct SummaryRow {
    pub id: i64,
    pub title: String,
    pub price_cents: i64,
    pub original_cents: Option<i64>,
    pub rating_x10: i64,
    pub reviews_count: i64,
    pub orders_count: i64,
    pub seller_id: i64,
    pub free_shipping: bool,
    pub ships_from: String,
}

/// Which products a list page holds.
pub struct ListQuery {
    /// A top category (`top_category_id`).
    pub top_category: Option<i64>,
    /// A subcategory (`category_id`).
    pub category: Option<i64>,
    pub seller: Option<i64>,
    /// Only products ranked below this (the keyset cursor).
    pub below_rank: Option<i64>,
    /// How many rows at most.
    pub limit: i64,
    pub lang: Lang,
}

/// Products by rank (`orders_count DESC, id ASC`), highest first.
pub async fn list(pool: &SqlitePool, f: &ListQuery) -> Result<Vec<SummaryRow>> {
    let mut q = QueryBuilder::<Sqlite>::new(format!(
        "SELECT {} FROM products WHERE 1=1",
        summary_columns(f.lang)
    ));
    if let Some(id) = f.top_category {
        q.push(" AND top_category_id = ").push_bind(id);
    }
    if let Some(id) = f.category {
        q.push(" AND category_id = ").push_bind(id);
    }
    if let Some(seller) = f.seller {
        q.push(" AND seller_id = ").push_bind(seller);
    }
    if let Some(rank) = f.below_rank {
        q.push(" AND rank < ").push_bind(rank);
    }
    q.push(" ORDER BY rank DESC LIMIT ").push_bind(f.limit);
    q.build_query_as().fetch_all(pool).await
}

/// The summaries of these products (in no particular order; unknown ids are missing).
pub async fn summaries(pool: &SqlitePool, ids: &[i64], lang: Lang) -> Result<Vec<SummaryRow>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let mut q = QueryBuilder::<Sqlite>::new(format!(
        "SELECT {} FROM products WHERE id IN (",
        summary_columns(lang)
    ));
    let mut sep = q.separated(", ");
    for id in ids {
        sep.push_bind(*id);
    }
    q.push(")");
    q.build_query_as().fetch_all(pool).await
}

pub async fn summary(pool: &SqlitePool, id: i64, lang: Lang) -> Result<Option<SummaryRow>> {
    sqlx::query_as(&format!(
        "SELECT {} FROM products WHERE id = ?",
        summary_columns(lang)
    ))
    .bind(id)
    .fetch_optional(pool)
    .await
}

/// What a product page adds to the summary.
#[derive(Debug, sqlx::FromRow)]
pub struct DetailRow {
    pub category_id: i64,
    pub images: i64,
    pub colors: String,
    /// JSON of [`crate::seed::gen::Details`].
    pub details: String,
}

pub async fn detail(pool: &SqlitePool, id: i64) -> Result<Option<DetailRow>> {
    sqlx::query_as(
        "SELECT p.category_id, p.images, p.colors, d.details FROM products p \
         JOIN product_details d ON d.product_id = p.id WHERE p.id = ?",
    )
    .bind(id)
    .fetch_optional(pool)
    .await
}

pub async fn product_exists(pool: &SqlitePool, id: i64) -> Result<bool> {
    let found: Option<i64> = sqlx::query_scalar("SELECT id FROM products WHERE id = ?")
        .bind(id)
        .fetch_optional(pool)
        .await?;
    Ok(found.is_some())
}

pub async fn max_product_id(pool: &SqlitePool) -> Result<i64> {
    let max: Option<i64> = sqlx::query_scalar("SELECT MAX(id) FROM products")
        .fetch_one(pool)
        .await?;
    Ok(max.unwrap_or(0))
}

#[derive(Debug, sqlx::FromRow)]
pub struct SellerRow {
    pub id: i64,
    pub name: String,
    pub country: String,
    pub positive_feedback_x10: i64,
    pub feedback_count: i64,
    pub years_open: i64,
    pub followers: i64,
    pub item_as_described_x10: i64,
    pub communication_x10: i64,
    pub shipping_speed_x10: i64,
}

pub async fn seller(pool: &SqlitePool, id: i64) -> Result<Option<SellerRow>> {
    sqlx::query_as(
        "SELECT id, name, country, positive_feedback_x10, feedback_count, years_open, followers, \
         item_as_described_x10, communication_x10, shipping_speed_x10 FROM sellers WHERE id = ?",
    )
    .bind(id)
    .fetch_optional(pool)
    .await
}

pub async fn seller_exists(conn: &mut SqliteConnection, id: i64) -> Result<bool> {
    let exists: Option<i64> = sqlx::query_scalar("SELECT id FROM sellers WHERE id = ?")
        .bind(id)
        .fetch_optional(&mut *conn)
        .await?;
    Ok(exists.is_some())
}

#[derive(Debug, sqlx::FromRow)]
pub struct ReviewRow {
    pub id: i64,
    pub author: String,
    pub country: String,
    pub stars: i64,
    pub text_en: String,
    pub text_ru: String,
    pub created_at: String,
    pub photo: Option<i64>,
}

/// Which reviews of a product a page holds.
pub struct ReviewQuery {
    pub product_id: i64,
    /// Only reviews after this one (newest first); 0: from the newest.
    pub after: i64,
    pub with_photos: bool,
    pub stars: Option<i64>,
    pub limit: i64,
}

/// A product's reviews, newest first (ties: higher id first).
pub async fn reviews(pool: &SqlitePool, q: &ReviewQuery) -> Result<Vec<ReviewRow>> {
    sqlx::query_as(
        "SELECT r.id, r.author, r.country, r.stars, t.text_en, t.text_ru, r.created_at, r.photo \
         FROM reviews r JOIN review_texts t ON t.id = r.text_id \
         WHERE r.product_id = ? \
         AND (? = 0 OR (r.created_at, r.id) < (SELECT c.created_at, c.id FROM reviews c \
             WHERE c.id = ? AND c.product_id = r.product_id)) \
         AND (? = 0 OR r.photo IS NOT NULL) AND (? IS NULL OR r.stars = ?) \
         ORDER BY r.created_at DESC, r.id DESC LIMIT ?",
    )
    .bind(q.product_id)
    .bind(q.after)
    .bind(q.after)
    .bind(q.with_photos)
    .bind(q.stars)
    .bind(q.stars)
    .bind(q.limit)
    .fetch_all(pool)
    .await
}

/// Per star count: how many reviews, and how many of them with a photo.
pub async fn review_counts(pool: &SqlitePool, product_id: i64) -> Result<Vec<(i64, i64, i64)>> {
    sqlx::query_as(
        "SELECT stars, COUNT(*), COUNT(photo) FROM reviews WHERE product_id = ? GROUP BY stars",
    )
    .bind(product_id)
    .fetch_all(pool)
    .await
}

/// A category of the tree (`parent_id` `None`: a top category).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct CategoryRow {
    pub id: i64,
    pub parent_id: Option<i64>,
    pub slug: String,
    pub icon: String,
    pub name_en: String,
    pub name_ru: Option<String>,
    pub name_es: Option<String>,
    pub name_pt_br: Option<String>,
    pub name_de: Option<String>,
    pub name_ar: Option<String>,
    pub product_count: i64,
}

/// The whole tree: top categories first, then children by parent; each by position.
pub async fn categories(pool: &SqlitePool) -> Result<Vec<CategoryRow>> {
    sqlx::query_as(
        "SELECT id, parent_id, slug, icon, name_en, name_ru, name_es, name_pt_br, name_de, \
         name_ar, product_count FROM categories ORDER BY parent_id IS NOT NULL, parent_id, position",
    )
    .fetch_all(pool)
    .await
}

/// A stored (platform) coupon: code, seller, percent off, amount off, most off, minimum,
/// expiry.
pub type CouponRow = (
    String,
    Option<i64>,
    Option<i64>,
    Option<i64>,
    Option<i64>,
    i64,
    Option<i64>,
);

/// The stored coupon with this (normalised) code.
pub async fn coupon(conn: &mut SqliteConnection, code: &str) -> Result<Option<CouponRow>> {
    sqlx::query_as(
        "SELECT code, seller_id, percent_off, amount_cents, max_cents, min_cents, expires_at \
             FROM coupons WHERE code = ?",
    )
    .bind(code)
    .fetch_optional(&mut *conn)
    .await
}

/// The product a review's photo shows, and which of its images (`None`: no photo).
pub async fn review_photo(pool: &SqlitePool, review_id: i64) -> Result<Option<(i64, Option<i64>)>> {
    sqlx::query_as("SELECT product_id, photo FROM reviews WHERE id = ?")
        .bind(review_id)
        .fetch_optional(pool)
        .await
}

/// What a product image is drawn from: category, image count, colour keys, and the noun.
pub async fn image_facts(
    pool: &SqlitePool,
    product_id: i64,
) -> Result<Option<(i64, i64, String, Option<i64>)>> {
    sqlx::query_as(
        "SELECT p.category_id, p.images, p.colors, json_extract(d.details, '$.noun') \
         FROM products p LEFT JOIN product_details d ON d.product_id = p.id WHERE p.id = ?",
    )
    .bind(product_id)
    .fetch_optional(pool)
    .await
}

/// How many products the catalogue holds (the top categories' counts).
pub async fn product_count(pool: &SqlitePool) -> Result<i64> {
    sqlx::query_scalar(
        "SELECT COALESCE(SUM(product_count), 0) FROM categories WHERE parent_id IS NULL",
    )
    .fetch_one(pool)
    .await
}

/// The product ids from `first` to `last`, ascending, as a stream.
pub fn product_ids(
    pool: &SqlitePool,
    first: i64,
    last: i64,
) -> impl futures_util::Stream<Item = Result<i64>> + Send + Unpin + '_ {
    sqlx::query_scalar::<_, i64>("SELECT id FROM products WHERE id BETWEEN ? AND ? ORDER BY id")
        .bind(first)
        .bind(last)
        .fetch(pool)
}

/// What pricing reads of a product: seller, title in a language, origin, colours, images and
/// the details (JSON of [`crate::seed::gen::Details`]: SKUs, stock, tiers, shipping).
#[derive(sqlx::FromRow)]
pub struct PricedRow {
    pub id: i64,
    pub seller_id: i64,
    pub seller_name: String,
    pub title: String,
    pub ships_from: String,
    pub colors: String,
    pub images: i64,
    pub details: String,
}

/// The [`PricedRow`]s of these products (unknown ids are missing).
pub async fn priced(
    conn: &mut SqliteConnection,
    ids: &[i64],
    lang: Lang,
) -> Result<Vec<PricedRow>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let mut q = QueryBuilder::<Sqlite>::new(format!(
        "SELECT p.id, p.seller_id, s.name AS seller_name, {} AS title, p.ships_from, \
         p.colors, p.images, d.details FROM products p \
         JOIN product_details d ON d.product_id = p.id JOIN sellers s ON s.id = p.seller_id \
         WHERE p.id IN (",
        lang.title_sql("p.")
    ));
    let mut sep = q.separated(", ");
    for id in ids {
        sep.push_bind(*id);
    }
    q.push(")");
    q.build_query_as().fetch_all(&mut *conn).await
}
