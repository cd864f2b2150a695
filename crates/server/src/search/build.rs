//! Builds the search tables from the catalogue once per database (after seeding, or on the
//! first start of a database seeded before search existed, or indexed by an older version):
//! the FTS index of stems, the per-product filter data, and the demo review whose text is
//! literally `<script>…`.
//!
//! `search_fts` has two columns: `body` (titles in every stored language, colours, brand,
//! material) and `cat` (the names of the product's category and its parent in every stored
//! language), so "phone case" finds every product of Phone Cases whatever its title says, and
//! a word naming the category weighs more (see `BM25` in `store/search.rs`). This module
//! (re)creates the table: migration 0002 made it with `body` only.

use super::text::index_text;
use crate::seed::gen::{Details, Taxonomy};
use crate::vocabulary::{color_index, COLORS};
use sqlx::{QueryBuilder, Sqlite, SqlitePool, Transaction};
use std::collections::HashMap;
use std::time::{Duration, Instant};

const CHUNK: i64 = 2000;
const META_KEY: &str = "search_index";
/// 2: the `cat` column (category paths).
const META_VERSION: &str = "2";

/// Id of the review text that holds markup, which clients must show as text.
pub const SCRIPT_TEXT_ID: i64 = 1_000_000;
pub const SCRIPT_TEXT_EN: &str =
    "Arrived fine. The label on the box said <script>alert(1)</script> and nothing happened.";
pub const SCRIPT_TEXT_RU: &str =
    "Пришло нормально. На коробке было написано <script>alert(1)</script>, и ничего не случилось.";

#[derive(sqlx::FromRow)]
struct SourceRow {
    id: i64,
    category_id: i64,
    title_en: String,
    title_ru: String,
    /// The es, pt-BR, de and ar titles, space-separated.
    titles_more: String,
    colors: String,
    details: String,
}

struct Derived {
    id: i64,
    body: String,
    cat: String,
    fast_dmax: i64,
    no_ship: String,
    in_stock: bool,
    attrs: String,
}

fn derive(row: SourceRow, tax: &Taxonomy, paths: &HashMap<i64, String>) -> Derived {
    let details: Option<Details> = serde_json::from_str(&row.details).ok();
    let mut body = format!("{} {} {}", row.title_en, row.title_ru, row.titles_more);
    let mut attrs: Vec<String> = Vec::new();
    let cat = paths.get(&row.category_id).cloned().unwrap_or_default();
    let Some(d) = details else {
        return Derived {
            id: row.id,
            body: index_text(&body),
            cat,
            fast_dmax: 120,
            no_ship: String::new(),
            in_stock: false,
            attrs: String::new(),
        };
    };
    if d.color_opt {
        for key in row.colors.split(',').filter(|k| !k.is_empty()) {
            attrs.push(format!("color={key}"));
            if let Some(c) = color_index(key).and_then(|i| COLORS.get(i)) {
                body.push(' ');
                body.push_str(c.2[0]);
                body.push(' ');
                body.push_str(c.2[1]);
            }
        }
    }
    if let Some((key, values)) = &d.opt2 {
        if key == "size" {
            attrs.extend(values.iter().map(|v| format!("size={v}")));
        }
    }
    attrs.push(format!("brand={}", d.brand));
    body.push(' ');
    body.push_str(&d.brand);
    let material = tax
        .leaf(row.category_id)
        .and_then(|(top, _)| d.material.and_then(|m| top.materials.get(m as usize)));
    if let Some(m) = material {
        attrs.push(format!("material={}", m.split('|').next().unwrap_or(m)));
        body.push(' ');
        body.push_str(&m.replace('|', " "));
    }
    Derived {
        id: row.id,
        body: index_text(&body),
        cat,
        fast_dmax: d
            .ship
            .iter()
            .map(|s| s[3].clamp(1, 120))
            .min()
            .unwrap_or(120),
        no_ship: d.no_ship.join(","),
        in_stock: d.skus.iter().any(|s| s[1] > 0),
        attrs: attrs
            .iter()
            .map(|a| a.replace('|', "/"))
            .collect::<Vec<_>>()
            .join("|"),
    }
}

/// Builds the search tables unless this database has them; returns the time taken if it did.
pub async fn ensure(pool: &SqlitePool) -> Result<Option<Duration>, String> {
    let started = Instant::now();
    let done = |v: Option<String>| v.as_deref() == Some(META_VERSION);
    let current: Option<String> = sqlx::query_scalar("SELECT value FROM meta WHERE key = ?")
        .bind(META_KEY)
        .fetch_optional(pool)
        .await
        .map_err(|e| format!("cannot read meta: {e}"))?;
    if done(current) {
        return Ok(None);
    }
    let mut tx = pool
        .begin_with("BEGIN IMMEDIATE")
        .await
        .map_err(|e| format!("cannot lock the database for indexing: {e}"))?;
    let current: Option<String> = sqlx::query_scalar("SELECT value FROM meta WHERE key = ?")
        .bind(META_KEY)
        .fetch_optional(&mut *tx)
        .await
        .map_err(|e| format!("cannot read meta: {e}"))?;
    if done(current) {
        return Ok(None);
    }
    build(&mut tx)
        .await
        .map_err(|e| format!("building the search index failed: {e}"))?;
    tx.commit()
        .await
        .map_err(|e| format!("search index commit failed: {e}"))?;
    Ok(Some(started.elapsed()))
}

/// Indexed text of every category's path: its names and its parent's, in every language the
/// `categories` table holds (stems, as [`index_text`] makes them).
async fn category_paths(
    tx: &mut Transaction<'_, Sqlite>,
) -> Result<HashMap<i64, String>, sqlx::Error> {
    type Row = (
        i64,
        Option<i64>,
        String,
        Option<String>,
        Option<String>,
        Option<String>,
        Option<String>,
        Option<String>,
    );
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT id, parent_id, name_en, name_ru, name_es, name_pt_br, name_de, name_ar \
         FROM categories",
    )
    .fetch_all(&mut **tx)
    .await?;
    let names: HashMap<i64, String> = rows
        .iter()
        .map(|(id, _, en, ru, es, pt, de, ar)| {
            let mut all = en.clone();
            for n in [ru, es, pt, de, ar].into_iter().flatten() {
                all.push(' ');
                all.push_str(n);
            }
            (*id, all)
        })
        .collect();
    Ok(rows
        .iter()
        .map(|(id, parent, ..)| {
            let own = names.get(id).map(String::as_str).unwrap_or("");
            let parent = parent
                .and_then(|p| names.get(&p))
                .map(String::as_str)
                .unwrap_or("");
            (*id, index_text(&format!("{own} {parent}")))
        })
        .collect())
}

async fn build(tx: &mut Transaction<'_, Sqlite>) -> Result<(), sqlx::Error> {
    sqlx::query("DROP TABLE IF EXISTS search_fts")
        .execute(&mut **tx)
        .await?;
    sqlx::query(
        "CREATE VIRTUAL TABLE search_fts USING fts5(body, cat, content = '', \
         tokenize = 'unicode61 remove_diacritics 0')",
    )
    .execute(&mut **tx)
    .await?;
    sqlx::query("DELETE FROM search_docs")
        .execute(&mut **tx)
        .await?;
    let paths = category_paths(tx).await?;
    let tax = Taxonomy::new();
    let mut after = 0i64;
    loop {
        let rows: Vec<SourceRow> = sqlx::query_as(
            "SELECT p.id, p.category_id, p.title_en, p.title_ru, \
             concat_ws(' ', p.title_es, p.title_pt_br, p.title_de, p.title_ar) AS titles_more, \
             p.colors, d.details FROM products p JOIN product_details d ON d.product_id = p.id \
             WHERE p.id > ? ORDER BY p.id LIMIT ?",
        )
        .bind(after)
        .bind(CHUNK)
        .fetch_all(&mut **tx)
        .await?;
        let Some(last) = rows.last().map(|r| r.id) else {
            break;
        };
        after = last;
        let docs: Vec<Derived> = rows.into_iter().map(|r| derive(r, &tax, &paths)).collect();
        for chunk in docs.chunks(500) {
            let mut q = QueryBuilder::<Sqlite>::new("INSERT INTO search_fts (rowid, body, cat) ");
            q.push_values(chunk, |mut b, d| {
                b.push_bind(d.id).push_bind(&d.body).push_bind(&d.cat);
            });
            q.build().execute(&mut **tx).await?;
            let mut q = QueryBuilder::<Sqlite>::new(
                "INSERT INTO search_docs (id, fast_dmax, no_ship, in_stock, attrs) ",
            );
            q.push_values(chunk, |mut b, d| {
                b.push_bind(d.id)
                    .push_bind(d.fast_dmax)
                    .push_bind(&d.no_ship)
                    .push_bind(d.in_stock)
                    .push_bind(&d.attrs);
            });
            q.build().execute(&mut **tx).await?;
        }
    }
    sqlx::query("INSERT INTO search_fts(search_fts) VALUES ('optimize')")
        .execute(&mut **tx)
        .await?;
    plant_script_review(tx).await?;
    sqlx::query("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)")
        .bind(META_KEY)
        .bind(META_VERSION)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// The first stored review (lowest id) of the product with the smallest id that has stored
/// reviews gets a text with literal markup.
async fn plant_script_review(tx: &mut Transaction<'_, Sqlite>) -> Result<(), sqlx::Error> {
    let first: Option<(i64, i64)> = sqlx::query_as(
        "SELECT id, stars FROM reviews WHERE product_id = (SELECT MIN(product_id) FROM reviews) \
         ORDER BY id LIMIT 1",
    )
    .fetch_optional(&mut **tx)
    .await?;
    let Some((review_id, stars)) = first else {
        return Ok(());
    };
    sqlx::query(
        "INSERT OR REPLACE INTO review_texts (id, stars, text_en, text_ru) VALUES (?, ?, ?, ?)",
    )
    .bind(SCRIPT_TEXT_ID)
    .bind(stars)
    .bind(SCRIPT_TEXT_EN)
    .bind(SCRIPT_TEXT_RU)
    .execute(&mut **tx)
    .await?;
    sqlx::query("UPDATE reviews SET text_id = ? WHERE id = ?")
        .bind(SCRIPT_TEXT_ID)
        .bind(review_id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}
