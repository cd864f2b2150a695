//! Catalogue queries: product lists (keyset pages), product pages, reviews, sellers, home.

use crate::categories::Categories;
use crate::error::{ApiError, ApiResult};
use crate::lang::Lang;
use crate::render;
use crate::seed::gen::{Details, Taxonomy};
use crate::seed::{prng::Rng, rank};
use sqlx::{QueryBuilder, Sqlite, SqlitePool};
use storefront_api::{
    Cursor, ErrorCode, Money, Page, ProductDetail, ProductSummary, Review, Seller,
};

/// The columns of a [`SummaryRow`], the title in `lang`.
fn summary_columns(lang: Lang) -> String {
    format!(
        "id, {} AS title, price_cents, original_cents, rating_x10, reviews_count, orders_count, \
         seller_id, free_shipping, ships_from",
        lang.title_sql("")
    )
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

impl SummaryRow {
    fn into_summary(self) -> ProductSummary {
        ProductSummary {
            id: self.id,
            title: self.title,
            price: Money::usd(self.price_cents),
            original_price: self.original_cents.map(Money::usd),
            image: render::image_url(self.id, 0),
            rating_x10: self.rating_x10.clamp(0, 50) as u8,
            reviews_count: self.reviews_count,
            orders_count: self.orders_count,
            seller_id: self.seller_id,
            free_shipping: self.free_shipping,
            ships_from: self.ships_from,
        }
    }
}

pub struct ListFilter {
    pub category: Option<i64>,
    pub seller: Option<i64>,
    pub cursor: Option<Cursor>,
    pub limit: u32,
    pub lang: Lang,
}

/// Products by `orders_count DESC, id ASC`, one keyset page at a time.
pub async fn list_products(
    pool: &SqlitePool,
    cats: &Categories,
    f: ListFilter,
) -> ApiResult<Page<ProductSummary>> {
    let mut q = QueryBuilder::<Sqlite>::new(format!(
        "SELECT {} FROM products WHERE 1=1",
        summary_columns(f.lang)
    ));
    if let Some(id) = f.category {
        let row = cats
            .get(id)
            .ok_or_else(|| ApiError::not_found(ErrorCode::CategoryNotFound))?;
        if row.parent_id.is_none() {
            q.push(" AND top_category_id = ").push_bind(id);
        } else {
            q.push(" AND category_id = ").push_bind(id);
        }
    }
    if let Some(seller) = f.seller {
        q.push(" AND seller_id = ").push_bind(seller);
    }
    if let Some(c) = f.cursor {
        q.push(" AND rank < ").push_bind(rank(c.key, c.id));
    }
    q.push(" ORDER BY rank DESC LIMIT ")
        .push_bind(f.limit as i64 + 1);
    let mut rows: Vec<SummaryRow> = q.build_query_as().fetch_all(pool).await?;
    let next_cursor = if rows.len() > f.limit as usize {
        rows.truncate(f.limit as usize);
        rows.last().map(|r| {
            Cursor {
                key: r.orders_count,
                id: r.id,
            }
            .encode()
        })
    } else {
        None
    };
    Ok(Page {
        items: rows.into_iter().map(|r| r.into_summary()).collect(),
        next_cursor,
    })
}

#[derive(Debug, sqlx::FromRow)]
struct SellerRow {
    id: i64,
    name: String,
    country: String,
    positive_feedback_x10: i64,
    feedback_count: i64,
    years_open: i64,
    followers: i64,
    item_as_described_x10: i64,
    communication_x10: i64,
    shipping_speed_x10: i64,
}

impl From<SellerRow> for Seller {
    fn from(r: SellerRow) -> Self {
        let x10 = |v: i64| v.clamp(0, 50) as u8;
        Seller {
            id: r.id,
            name: r.name,
            country: r.country,
            positive_feedback_x10: r.positive_feedback_x10.clamp(0, 1000) as u16,
            feedback_count: r.feedback_count,
            years_open: r.years_open.clamp(0, 200) as u16,
            followers: r.followers,
            item_as_described_x10: x10(r.item_as_described_x10),
            communication_x10: x10(r.communication_x10),
            shipping_speed_x10: x10(r.shipping_speed_x10),
        }
    }
}

pub async fn seller(pool: &SqlitePool, id: i64) -> ApiResult<Seller> {
    let row: Option<SellerRow> = sqlx::query_as(
        "SELECT id, name, country, positive_feedback_x10, feedback_count, years_open, followers, \
         item_as_described_x10, communication_x10, shipping_speed_x10 FROM sellers WHERE id = ?",
    )
    .bind(id)
    .fetch_optional(pool)
    .await?;
    row.map(Seller::from)
        .ok_or_else(|| ApiError::not_found(ErrorCode::SellerNotFound))
}

#[derive(Debug, sqlx::FromRow)]
struct DetailRow {
    category_id: i64,
    images: i64,
    colors: String,
    details: String,
}

pub async fn product(
    pool: &SqlitePool,
    cats: &Categories,
    tax: &Taxonomy,
    id: i64,
    lang: Lang,
) -> ApiResult<ProductDetail> {
    let not_found = || ApiError::not_found(ErrorCode::ProductNotFound);
    let summary: SummaryRow = sqlx::query_as(&format!(
        "SELECT {} FROM products WHERE id = ?",
        summary_columns(lang)
    ))
    .bind(id)
    .fetch_optional(pool)
    .await?
    .ok_or_else(not_found)?;
    let row: DetailRow = sqlx::query_as(
        "SELECT p.category_id, p.images, p.colors, d.details FROM products p \
         JOIN product_details d ON d.product_id = p.id WHERE p.id = ?",
    )
    .bind(id)
    .fetch_optional(pool)
    .await?
    .ok_or_else(|| ApiError::internal(format_args!("product {id} has no details")))?;
    let details: Details = serde_json::from_str(&row.details)?;
    let (top, sub) = tax
        .leaf(row.category_id)
        .ok_or_else(|| ApiError::internal(format_args!("product {id}: unknown category")))?;
    let seller = seller(pool, summary.seller_id).await?;
    let variants = render::variants(id, &row.colors, &details, row.images, lang);
    let ships_from = summary.ships_from.clone();
    Ok(ProductDetail {
        description: render::description(top, sub, &details, lang),
        category_id: row.category_id,
        breadcrumbs: cats.crumbs(row.category_id, lang),
        seller,
        images: (0..row.images.max(1))
            .map(|n| render::image_url(id, n))
            .collect(),
        attributes: render::attributes(top, &details, lang),
        options: variants.options,
        skus: variants.skus,
        price_tiers: render::tiers(&details),
        shipping: render::shipping(&details, &ships_from),
        summary: summary.into_summary(),
    })
}

pub async fn product_exists(pool: &SqlitePool, id: i64) -> ApiResult<bool> {
    let found: Option<i64> = sqlx::query_scalar("SELECT id FROM products WHERE id = ?")
        .bind(id)
        .fetch_optional(pool)
        .await?;
    Ok(found.is_some())
}

#[derive(Debug, sqlx::FromRow)]
struct ReviewRow {
    id: i64,
    author: String,
    country: String,
    stars: i64,
    text_en: String,
    text_ru: String,
    created_at: String,
    photo: Option<i64>,
}

/// Stored reviews of a product, newest first (ties: higher id first). Cursors carry the
/// product id as their key and the last review's id.
pub struct ReviewFilter {
    pub with_photos: bool,
    pub stars: Option<i64>,
}

pub async fn reviews(
    pool: &SqlitePool,
    product_id: i64,
    cursor: Option<Cursor>,
    limit: u32,
    filter: ReviewFilter,
    lang: Lang,
) -> ApiResult<Page<Review>> {
    if !product_exists(pool, product_id).await? {
        return Err(ApiError::not_found(ErrorCode::ProductNotFound));
    }
    let after = match cursor {
        Some(c) if c.key != product_id => {
            let mut e = ApiError::new(ErrorCode::InvalidCursor, "Cursor belongs to another list");
            e.0 = e.0.with_field("cursor", "mismatch");
            return Err(e);
        }
        Some(c) => c.id,
        None => 0,
    };
    let mut rows: Vec<ReviewRow> = sqlx::query_as(
        "SELECT r.id, r.author, r.country, r.stars, t.text_en, t.text_ru, r.created_at, r.photo \
         FROM reviews r JOIN review_texts t ON t.id = r.text_id \
         WHERE r.product_id = ? \
         AND (? = 0 OR (r.created_at, r.id) < (SELECT c.created_at, c.id FROM reviews c \
             WHERE c.id = ? AND c.product_id = r.product_id)) \
         AND (? = 0 OR r.photo IS NOT NULL) AND (? IS NULL OR r.stars = ?) \
         ORDER BY r.created_at DESC, r.id DESC LIMIT ?",
    )
    .bind(product_id)
    .bind(after)
    .bind(after)
    .bind(filter.with_photos)
    .bind(filter.stars)
    .bind(filter.stars)
    .bind(limit as i64 + 1)
    .fetch_all(pool)
    .await?;
    let next_cursor = if rows.len() > limit as usize {
        rows.truncate(limit as usize);
        rows.last().map(|r| {
            Cursor {
                key: product_id,
                id: r.id,
            }
            .encode()
        })
    } else {
        None
    };
    let items = rows
        .into_iter()
        .map(|r| Review {
            id: r.id,
            author: r.author,
            country: r.country,
            stars: r.stars.clamp(1, 5) as u8,
            text: if lang == Lang::Ru {
                r.text_ru
            } else {
                r.text_en
            },
            created_at: r.created_at,
            photos: r
                .photo
                .map(|_| render::review_image_url(r.id, 0))
                .into_iter()
                .collect(),
        })
        .collect();
    Ok(Page { items, next_cursor })
}

pub(crate) async fn summaries_by_ids(
    pool: &SqlitePool,
    ids: &[i64],
    lang: Lang,
) -> ApiResult<Vec<(ProductSummary, bool)>> {
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
    let rows: Vec<SummaryRow> = q.build_query_as().fetch_all(pool).await?;
    let mut by_id: std::collections::HashMap<i64, SummaryRow> =
        rows.into_iter().map(|r| (r.id, r)).collect();
    Ok(ids
        .iter()
        .filter_map(|id| by_id.remove(id))
        .map(|r| {
            let discounted = r.original_cents.is_some();
            (r.into_summary(), discounted)
        })
        .collect())
}

/// Deals (discounted) and recommendations, drawn from a PRNG seeded by the day.
pub async fn home(
    pool: &SqlitePool,
    max_id: i64,
    day_number: i64,
    lang: Lang,
) -> ApiResult<(Vec<ProductSummary>, Vec<ProductSummary>)> {
    let mut rng = Rng::derive(day_number as u64, 99, 0);
    let mut seen = std::collections::HashSet::new();
    let mut deals = Vec::new();
    let mut recommended = Vec::new();
    for _round in 0..8 {
        if (deals.len() >= 12 && recommended.len() >= 24) || max_id < 1 {
            break;
        }
        let ids: Vec<i64> = (0..80)
            .map(|_| rng.range(1, max_id))
            .filter(|id| seen.insert(*id))
            .collect();
        for (s, discounted) in summaries_by_ids(pool, &ids, lang).await? {
            if discounted && deals.len() < 12 {
                deals.push(s);
            } else if recommended.len() < 24 {
                recommended.push(s);
            }
        }
    }
    Ok((deals, recommended))
}

pub async fn max_product_id(pool: &SqlitePool) -> Result<i64, sqlx::Error> {
    let max: Option<i64> = sqlx::query_scalar("SELECT MAX(id) FROM products")
        .fetch_one(pool)
        .await?;
    Ok(max.unwrap_or(0))
}

/// Rating summary over the stored reviews of a product.
pub async fn review_summary(
    pool: &SqlitePool,
    product_id: i64,
) -> ApiResult<storefront_api::ReviewSummary> {
    if !product_exists(pool, product_id).await? {
        return Err(ApiError::not_found(ErrorCode::ProductNotFound));
    }
    let rows: Vec<(i64, i64, i64)> = sqlx::query_as(
        "SELECT stars, COUNT(*), COUNT(photo) FROM reviews WHERE product_id = ? GROUP BY stars",
    )
    .bind(product_id)
    .fetch_all(pool)
    .await?;
    let mut s = storefront_api::ReviewSummary::default();
    let mut sum = 0;
    for (stars, n, photos) in rows {
        let i = stars.clamp(1, 5) as usize - 1;
        s.histogram[i] += n;
        s.count += n;
        s.with_photos += photos;
        sum += (i as i64 + 1) * n;
    }
    if s.count > 0 {
        s.average_x10 = ((sum * 10 + s.count / 2) / s.count).clamp(0, 50) as u8;
    }
    Ok(s)
}
