//! Seeds an empty catalogue in one transaction: categories, sellers, products, details, reviews.
//!
//! A generator thread builds batches (titles, JSON details) while this task inserts them with
//! multi-row statements, so both cores work.

pub mod gen;
pub mod lexicon;
pub mod prng;
pub mod taxonomy;
pub mod words;

use crate::lang::Lang;
use gen::{GenProduct, Taxonomy};
use sqlx::{QueryBuilder, Sqlite, SqlitePool, Transaction};
use std::time::{Duration, Instant};
use taxonomy::TOPS;

const BATCH: usize = 250;

#[derive(Debug, Clone, Copy)]
pub struct SeedPlan {
    pub seed: u64,
    pub products: u64,
    pub sellers: u64,
}

#[derive(Debug, Clone, Copy)]
pub struct SeedReport {
    pub products: u64,
    pub reviews: u64,
    pub elapsed: Duration,
}

/// Seeds when the catalogue has no products; returns what was done, or `None` if it was not
/// empty.
pub async fn seed_if_empty(
    pool: &SqlitePool,
    plan: SeedPlan,
) -> Result<Option<SeedReport>, String> {
    let existing: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM (SELECT 1 FROM products LIMIT 1)")
        .fetch_one(pool)
        .await
        .map_err(|e| format!("cannot read catalogue: {e}"))?;
    if existing > 0 {
        return Ok(None);
    }
    let started = Instant::now();
    // Take the write lock first and look again: another process may be seeding the same file.
    let mut tx = pool
        .begin_with("BEGIN IMMEDIATE")
        .await
        .map_err(|e| format!("cannot lock the database for seeding: {e}"))?;
    let existing: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM (SELECT 1 FROM products LIMIT 1)")
        .fetch_one(&mut *tx)
        .await
        .map_err(|e| format!("cannot read catalogue: {e}"))?;
    if existing > 0 {
        return Ok(None);
    }
    let reviews = seed_all(&mut tx, plan)
        .await
        .map_err(|e| format!("seeding failed: {e}"))?;
    tx.commit()
        .await
        .map_err(|e| format!("seeding commit failed: {e}"))?;
    // Fold the bulk load into the database file and give the WAL's space back.
    sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)")
        .execute(pool)
        .await
        .map_err(|e| format!("checkpoint after seeding failed: {e}"))?;
    Ok(Some(SeedReport {
        products: plan.products,
        reviews,
        elapsed: started.elapsed(),
    }))
}

async fn seed_all(tx: &mut Transaction<'_, Sqlite>, plan: SeedPlan) -> Result<u64, sqlx::Error> {
    sqlx::query("PRAGMA cache_size = -262144")
        .execute(&mut **tx)
        .await?;
    // Bulk load without secondary indexes, then rebuild them from their own definitions:
    // building an index by sorting is far cheaper than a million random index inserts.
    let indexes: Vec<(String, String)> = sqlx::query_as(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL \
         AND tbl_name IN ('products', 'reviews')",
    )
    .fetch_all(&mut **tx)
    .await?;
    for (name, _) in &indexes {
        sqlx::query(&format!("DROP INDEX \"{}\"", name.replace('"', "")))
            .execute(&mut **tx)
            .await?;
    }
    insert_categories(tx).await?;
    insert_review_texts(tx).await?;
    let sellers = plan.sellers.max(1) as i64;
    for chunk in (1..=sellers).collect::<Vec<_>>().chunks(BATCH) {
        let mut q = QueryBuilder::<Sqlite>::new(
            "INSERT INTO sellers (id, name, country, positive_feedback_x10, feedback_count, \
             years_open, followers, item_as_described_x10, communication_x10, shipping_speed_x10) ",
        );
        q.push_values(chunk, |mut b, &id| {
            let s = gen::seller(plan.seed, id);
            b.push_bind(s.id)
                .push_bind(s.name)
                .push_bind(s.country)
                .push_bind(s.positive_feedback_x10)
                .push_bind(s.feedback_count)
                .push_bind(s.years_open)
                .push_bind(s.followers)
                .push_bind(s.ratings_x10[0])
                .push_bind(s.ratings_x10[1])
                .push_bind(s.ratings_x10[2]);
        });
        q.build().execute(&mut **tx).await?;
    }

    // Generate on a blocking thread, insert here.
    let (sender, mut receiver) = tokio::sync::mpsc::channel::<Vec<(GenProduct, String)>>(4);
    let total = plan.products as i64;
    let seed = plan.seed;
    let producer = tokio::task::spawn_blocking(move || {
        let tax = Taxonomy::new();
        let mut id = 1;
        while id <= total {
            let end = (id + BATCH as i64 - 1).min(total);
            let batch: Vec<(GenProduct, String)> = (id..=end)
                .filter_map(|i| gen::product(seed, i, &tax, sellers))
                .map(|p| {
                    let json = serde_json::to_string(&p.details).unwrap_or_else(|_| "{}".into());
                    (p, json)
                })
                .collect();
            if sender.blocking_send(batch).is_err() {
                return;
            }
            id = end + 1;
        }
    });
    let mut reviews = 0u64;
    while let Some(batch) = receiver.recv().await {
        insert_products(tx, &batch).await?;
        reviews += insert_reviews(tx, &batch).await?;
    }
    producer
        .await
        .map_err(|e| sqlx::Error::Protocol(format!("generator failed: {e}")))?;

    for (_, sql) in &indexes {
        sqlx::query(sql).execute(&mut **tx).await?;
    }
    sqlx::query(
        "UPDATE categories SET product_count = CASE WHEN parent_id IS NULL \
           THEN (SELECT COUNT(*) FROM products p WHERE p.top_category_id = categories.id) \
           ELSE (SELECT COUNT(*) FROM products p WHERE p.category_id = categories.id) END",
    )
    .execute(&mut **tx)
    .await?;
    for (k, v) in [
        ("seed", plan.seed.to_string()),
        ("products", plan.products.to_string()),
        ("sellers", plan.sellers.to_string()),
    ] {
        sqlx::query("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)")
            .bind(k)
            .bind(v)
            .execute(&mut **tx)
            .await?;
    }
    sqlx::query("PRAGMA cache_size = -65536")
        .execute(&mut **tx)
        .await?;
    Ok(reviews)
}

async fn insert_categories(tx: &mut Transaction<'_, Sqlite>) -> Result<(), sqlx::Error> {
    let tax = Taxonomy::new();
    let mut q = QueryBuilder::<Sqlite>::new(
        "INSERT INTO categories (id, parent_id, position, slug, icon, name_en, name_ru, name_es, \
         name_pt_br, name_de, name_ar) ",
    );
    q.push_values(TOPS.iter().enumerate(), |mut b, (i, top)| {
        b.push_bind(i as i64 + 1)
            .push_bind(None::<i64>)
            .push_bind(i as i64)
            .push_bind(top.slug)
            .push_bind(top.icon);
        for name in top.names {
            b.push_bind(name);
        }
    });
    q.build().execute(&mut **tx).await?;
    let mut q = QueryBuilder::<Sqlite>::new(
        "INSERT INTO categories (id, parent_id, position, slug, icon, name_en, name_ru, name_es, \
         name_pt_br, name_de, name_ar) ",
    );
    q.push_values(tax.subs.iter(), |mut b, &(id, t, s)| {
        let sub = &TOPS[t].subs[s];
        let mut names = sub.name.split('|');
        let en = names.next().unwrap_or(sub.slug);
        b.push_bind(id)
            .push_bind(t as i64 + 1)
            .push_bind(s as i64)
            .push_bind(sub.slug)
            .push_bind(sub.shape)
            .push_bind(en)
            .push_bind(names.next());
        for lang in [Lang::Es, Lang::PtBr, Lang::De, Lang::Ar] {
            b.push_bind(lexicon::phrase(en, lang));
        }
    });
    q.build().execute(&mut **tx).await?;
    Ok(())
}

async fn insert_review_texts(tx: &mut Transaction<'_, Sqlite>) -> Result<(), sqlx::Error> {
    let mut q =
        QueryBuilder::<Sqlite>::new("INSERT INTO review_texts (id, stars, text_en, text_ru) ");
    q.push_values(words::REVIEW_TEXTS.iter().enumerate(), |mut b, (i, t)| {
        b.push_bind(i as i64)
            .push_bind(t.0 as i64)
            .push_bind(t.1)
            .push_bind(t.2);
    });
    q.build().execute(&mut **tx).await?;
    Ok(())
}

/// The single sort key of the default order (see the migration).
pub fn rank(orders_count: i64, id: i64) -> i64 {
    (orders_count << 32) | (0xFFFF_FFFF - id)
}

async fn insert_products(
    tx: &mut Transaction<'_, Sqlite>,
    batch: &[(GenProduct, String)],
) -> Result<(), sqlx::Error> {
    let mut q = QueryBuilder::<Sqlite>::new(
        "INSERT INTO products (id, category_id, top_category_id, seller_id, title_en, title_ru, \
         title_es, title_pt_br, title_de, title_ar, price_cents, original_cents, rating_x10, \
         reviews_count, orders_count, free_shipping, ships_from, images, colors, rank) ",
    );
    q.push_values(batch, |mut b, (p, _)| {
        b.push_bind(p.id)
            .push_bind(p.category_id)
            .push_bind(p.top_category_id)
            .push_bind(p.seller_id);
        for t in &p.titles {
            b.push_bind(t);
        }
        b.push_bind(p.price)
            .push_bind(p.original_price)
            .push_bind(p.rating_x10)
            .push_bind(p.reviews_count)
            .push_bind(p.orders_count)
            .push_bind(p.free_shipping)
            .push_bind(p.ships_from)
            .push_bind(p.images)
            .push_bind(&p.colors)
            .push_bind(rank(p.orders_count, p.id));
    });
    q.build().execute(&mut **tx).await?;
    let mut q = QueryBuilder::<Sqlite>::new("INSERT INTO product_details (product_id, details) ");
    q.push_values(batch, |mut b, (p, json)| {
        b.push_bind(p.id).push_bind(json);
    });
    q.build().execute(&mut **tx).await?;
    Ok(())
}

async fn insert_reviews(
    tx: &mut Transaction<'_, Sqlite>,
    batch: &[(GenProduct, String)],
) -> Result<u64, sqlx::Error> {
    let rows: Vec<(i64, &gen::GenReview)> = batch
        .iter()
        .flat_map(|(p, _)| p.reviews.iter().map(move |r| (p.id, r)))
        .collect();
    let mut n = 0;
    for chunk in rows.chunks(BATCH * 2) {
        let mut q = QueryBuilder::<Sqlite>::new(
            "INSERT INTO reviews (product_id, author, country, stars, text_id, created_at, photo) ",
        );
        q.push_values(chunk, |mut b, (pid, r)| {
            b.push_bind(*pid)
                .push_bind(&r.author)
                .push_bind(r.country)
                .push_bind(r.stars)
                .push_bind(r.text)
                .push_bind(&r.created_at)
                .push_bind(r.photo);
        });
        q.build().execute(&mut **tx).await?;
        n += chunk.len() as u64;
    }
    Ok(n)
}
