//! The category tree, loaded once at start (it only changes when the catalogue is reseeded).

use crate::lang::Lang;
use sqlx::SqlitePool;
use std::collections::HashMap;
use storefront_api::{Category, CategoryDetail, Crumb};

pub use crate::store::catalogue::CategoryRow;

impl CategoryRow {
    pub fn name(&self, lang: Lang) -> String {
        let localized = match lang {
            Lang::En => None,
            Lang::Ru => self.name_ru.as_ref(),
            Lang::Es => self.name_es.as_ref(),
            Lang::PtBr => self.name_pt_br.as_ref(),
            Lang::De => self.name_de.as_ref(),
            Lang::Ar => self.name_ar.as_ref(),
        };
        localized.unwrap_or(&self.name_en).clone()
    }
}

#[derive(Debug, Default)]
pub struct Categories {
    rows: Vec<CategoryRow>,
    by_id: HashMap<i64, usize>,
    by_slug: HashMap<String, usize>,
}

impl Categories {
    pub async fn load(pool: &SqlitePool) -> Result<Self, sqlx::Error> {
        let rows = crate::store::catalogue::categories(pool).await?;
        let by_id = rows.iter().enumerate().map(|(i, r)| (r.id, i)).collect();
        let by_slug = rows
            .iter()
            .enumerate()
            .map(|(i, r)| (r.slug.clone(), i))
            .collect();
        Ok(Categories {
            rows,
            by_id,
            by_slug,
        })
    }

    /// Every category, top categories first (in position order), then subcategories.
    pub fn rows(&self) -> &[CategoryRow] {
        &self.rows
    }

    pub fn get(&self, id: i64) -> Option<&CategoryRow> {
        self.by_id.get(&id).and_then(|&i| self.rows.get(i))
    }

    /// By numeric id or slug.
    pub fn find(&self, key: &str) -> Option<&CategoryRow> {
        match key.parse::<i64>() {
            Ok(id) => self.get(id),
            Err(_) => self.by_slug.get(key).and_then(|&i| self.rows.get(i)),
        }
    }

    fn children(&self, id: i64) -> impl Iterator<Item = &CategoryRow> {
        self.rows.iter().filter(move |r| r.parent_id == Some(id))
    }

    fn node(&self, row: &CategoryRow, lang: Lang, depth: u8) -> Category {
        Category {
            id: row.id,
            slug: row.slug.clone(),
            name: row.name(lang),
            icon: row.icon.clone(),
            parent_id: row.parent_id,
            product_count: row.product_count,
            children: if depth == 0 {
                Vec::new()
            } else {
                self.children(row.id)
                    .map(|c| self.node(c, lang, depth - 1))
                    .collect()
            },
        }
    }

    pub fn tree(&self, lang: Lang) -> Vec<Category> {
        self.rows
            .iter()
            .filter(|r| r.parent_id.is_none())
            .map(|r| self.node(r, lang, 1))
            .collect()
    }

    /// Trail from the root down to and including `id`.
    pub fn crumbs(&self, id: i64, lang: Lang) -> Vec<Crumb> {
        let mut trail = Vec::new();
        let mut next = self.get(id);
        while let Some(row) = next {
            trail.push(Crumb {
                id: row.id,
                slug: row.slug.clone(),
                name: row.name(lang),
            });
            next = row.parent_id.and_then(|p| self.get(p));
            if trail.len() > 8 {
                break;
            }
        }
        trail.reverse();
        trail
    }

    pub fn detail(&self, key: &str, lang: Lang) -> Option<CategoryDetail> {
        let row = self.find(key)?;
        Some(CategoryDetail {
            category: self.node(row, lang, 1),
            breadcrumbs: self.crumbs(row.id, lang),
        })
    }

    pub fn total_products(&self) -> i64 {
        self.rows
            .iter()
            .filter(|r| r.parent_id.is_none())
            .map(|r| r.product_count)
            .sum()
    }
}
