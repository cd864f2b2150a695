//! Catalogue queries: product lists (keyset pages), product pages, reviews, sellers, home.

use crate::categories::Categories;
use crate::error::{ApiError, ApiResult};
use crate::lang::Lang;
use crate::render;
use crate::seed::gen::{Details, Taxonomy};
use crate::seed::{prng::Rng, rank};
use crate::store::catalogue::{self, SellerRow, SummaryRow};
use sqlx::SqlitePool;
use storefront_api::{
    Cursor, ErrorCode, Money, Page, ProductDetail, ProductSummary, Review, Seller,
};

fn into_summary(r: SummaryRow) -> ProductSummary {
    ProductSummary {
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
    let mut q = catalogue::ListQuery {
        top_category: None,
        category: None,
        seller: f.seller,
        below_rank: f.cursor.map(|c| rank(c.key, c.id)),
        limit: f.limit as i64 + 1,
        lang: f.lang,
    };
    if let Some(id) = f.category {
        let row = cats
            .get(id)
            .ok_or_else(|| ApiError::not_found(ErrorCode::CategoryNotFound))?;
        if row.parent_id.is_none() {
            q.top_category = Some(id);
        } else {
            q.category = Some(id);
        }
    }
    let mut rows = catalogue::list(pool, &q).await?;
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
        items: rows.into_iter().map(into_summary).collect(),
        next_cursor,
    })
}

fn seller_of(r: SellerRow) -> Seller {
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

pub async fn seller(pool: &SqlitePool, id: i64) -> ApiResult<Seller> {
    let row = catalogue::seller(pool, id).await?;
    row.map(seller_of)
        .ok_or_else(|| ApiError::not_found(ErrorCode::SellerNotFound))
}

pub async fn product(
    pool: &SqlitePool,
    cats: &Categories,
    tax: &Taxonomy,
    id: i64,
    lang: Lang,
) -> ApiResult<ProductDetail> {
    let not_found = || ApiError::not_found(ErrorCode::ProductNotFound);
    let summary = catalogue::summary(pool, id, lang)
        .await?
        .ok_or_else(not_found)?;
    let row = catalogue::detail(pool, id)
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
        summary: into_summary(summary),
    })
}

pub async fn product_exists(pool: &SqlitePool, id: i64) -> ApiResult<bool> {
    Ok(catalogue::product_exists(pool, id).await?)
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
    let mut rows = catalogue::reviews(
        pool,
        &catalogue::ReviewQuery {
            product_id,
            after,
            with_photos: filter.with_photos,
            stars: filter.stars,
            limit: limit as i64 + 1,
        },
    )
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
    let rows = catalogue::summaries(pool, ids, lang).await?;
    let mut by_id: std::collections::HashMap<i64, SummaryRow> =
        rows.into_iter().map(|r| (r.id, r)).collect();
    Ok(ids
        .iter()
        .filter_map(|id| by_id.remove(id))
        .map(|r| {
            let discounted = r.original_cents.is_some();
            (into_summary(r), discounted)
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
    catalogue::max_product_id(pool).await
}

/// Rating summary over the stored reviews of a product.
pub async fn review_summary(
    pool: &SqlitePool,
    product_id: i64,
) -> ApiResult<storefront_api::ReviewSummary> {
    if !product_exists(pool, product_id).await? {
        return Err(ApiError::not_found(ErrorCode::ProductNotFound));
    }
    let rows = catalogue::review_counts(pool, product_id).await?;
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
