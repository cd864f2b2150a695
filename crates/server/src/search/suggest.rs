//! Autocomplete: category names and distinct product titles by prefix, popular first.
//! Titles (with their summed orders) are loaded once at start.

use crate::categories::Categories;
use crate::lang::Lang;
use sqlx::SqlitePool;
use storefront_api::{Crumb, Suggestion, MAX_SUGGESTIONS};

/// Distinct titles kept per language (the most ordered).
const MAX_TITLES: i64 = 100_000;
const MAX_CATEGORIES: usize = 3;

#[derive(Debug, Default)]
pub struct Suggester {
    /// `(lower-case, display)`, most orders first; indexed like [`Lang`].
    titles: [Vec<(String, String)>; 6],
}

fn normalise(s: &str) -> String {
    s.to_lowercase()
        .replace('ё', "е")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// `text` starts with `q`, or (for `q` of two characters or more) one of its later words does.
fn rank(text: &str, q: &str) -> Option<u8> {
    if text.starts_with(q) {
        Some(0)
    } else if q.chars().count() >= 2 && text.split(' ').skip(1).any(|w| w.starts_with(q)) {
        Some(1)
    } else {
        None
    }
}

impl Suggester {
    pub async fn load(pool: &SqlitePool) -> Result<Suggester, sqlx::Error> {
        let mut out = Suggester::default();
        for lang in [Lang::En, Lang::Ru, Lang::Es, Lang::PtBr, Lang::De, Lang::Ar] {
            let i = lang.index();
            let rows = crate::store::search::top_titles(pool, lang, MAX_TITLES).await?;
            out.titles[i] = rows.into_iter().map(|(t, _)| (normalise(&t), t)).collect();
        }
        Ok(out)
    }

    pub fn suggest(&self, cats: &Categories, q: &str, lang: Lang) -> Vec<Suggestion> {
        let q = normalise(q);
        if q.is_empty() {
            return Vec::new();
        }
        let cyrillic = q.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c));
        let mut out: Vec<Suggestion> = Vec::new();
        let mut cat_hits: Vec<(u8, i64, Crumb)> = cats
            .rows()
            .iter()
            .filter_map(|c| {
                let name = c.name(lang);
                let r = rank(&normalise(&name), &q)
                    .or_else(|| rank(&normalise(c.name_ru.as_deref().unwrap_or("")), &q))?;
                Some((
                    r,
                    -c.product_count,
                    Crumb {
                        id: c.id,
                        slug: c.slug.clone(),
                        name,
                    },
                ))
            })
            .collect();
        cat_hits.sort_by_key(|a| (a.0, a.1, a.2.id));
        out.extend(
            cat_hits
                .into_iter()
                .take(MAX_CATEGORIES)
                .map(|(_, _, c)| Suggestion {
                    text: c.name.clone(),
                    category: Some(c),
                }),
        );
        // Cyrillic queries search Russian titles; others the language's, and English ones when
        // those match nothing (a buyer may type an English product word in any language).
        let own = if cyrillic { Lang::Ru } else { lang };
        let categories = out.len();
        self.titles_by_prefix(own, &q, &mut out);
        if out.len() == categories && !matches!(own, Lang::En | Lang::Ru) {
            self.titles_by_prefix(Lang::En, &q, &mut out);
        }
        out
    }

    fn titles_by_prefix(&self, lang: Lang, q: &str, out: &mut Vec<Suggestion>) {
        let titles = &self.titles[lang.index()];
        for pass in 0..2u8 {
            for (lower, display) in titles {
                if out.len() >= MAX_SUGGESTIONS {
                    return;
                }
                if rank(lower, q) == Some(pass) && !out.iter().any(|s| s.text == *display) {
                    out.push(Suggestion {
                        text: display.clone(),
                        category: None,
                    });
                }
            }
        }
    }
}
