//! Deterministic generation of sellers, products and reviews from a seed number.
//!
//! Each product draws from its own stream (`Rng::derive(seed, PRODUCT, id)`), so product `n` is
//! the same whatever the catalogue size.

use super::lexicon;
use super::prng::Rng;
use super::taxonomy::{Opts, Sub, Top, TOPS};
use super::words::{self, FIRST_NAMES, REVIEW_COUNTRIES, REVIEW_TEXTS};
use crate::lang::Lang;
use crate::vocabulary::{self, CARRIERS, COLORS};
use serde::{Deserialize, Serialize};

const SELLER: u64 = 1;
const PRODUCT: u64 = 2;
const REVIEWS: u64 = 3;

/// Fixed "now" of the generated history, so the data does not depend on when it was seeded.
pub const EPOCH_DAYS_2025_06_01: i64 = 20_240;

/// Category ids: top categories are `1..=26` in [`TOPS`] order, subcategories follow in order.
pub struct Taxonomy {
    /// `(id, top index, sub index)` of every subcategory.
    pub subs: Vec<(i64, usize, usize)>,
}

impl Taxonomy {
    pub fn new() -> Self {
        let mut subs = Vec::new();
        let mut next = TOPS.len() as i64 + 1;
        for (t, top) in TOPS.iter().enumerate() {
            for s in 0..top.subs.len() {
                subs.push((next, t, s));
                next += 1;
            }
        }
        Taxonomy { subs }
    }

    /// The top category and subcategory of a leaf category id.
    pub fn leaf(&self, id: i64) -> Option<(&'static Top, &'static Sub)> {
        let first = TOPS.len() as i64 + 1;
        let (_, t, s) = self.subs.get(usize::try_from(id - first).ok()?)?;
        let top = TOPS.get(*t)?;
        Some((top, top.subs.get(*s)?))
    }
}

impl Default for Taxonomy {
    fn default() -> Self {
        Self::new()
    }
}

pub struct GenSeller {
    pub id: i64,
    pub name: String,
    pub country: &'static str,
    pub positive_feedback_x10: i64,
    pub feedback_count: i64,
    pub years_open: i64,
    pub followers: i64,
    pub ratings_x10: [i64; 3],
}

pub fn seller(seed: u64, id: i64) -> GenSeller {
    let mut r = Rng::derive(seed, SELLER, id as u64);
    let combos = words::STORE_PREFIXES.len() * words::STORE_SUFFIXES.len();
    // A seed-dependent permutation step coprime with the combo count keeps names unique.
    let step = [7usize, 11, 13, 17, 19, 23][(seed % 6) as usize];
    let k = ((id as usize - 1) * step + seed as usize % combos) % combos;
    let prefix = words::STORE_PREFIXES[k / words::STORE_SUFFIXES.len()];
    let suffix = words::STORE_SUFFIXES[k % words::STORE_SUFFIXES.len()];
    let round = (id as usize - 1) / combos;
    let name = if round == 0 {
        format!("{prefix} {suffix} Store")
    } else {
        format!("{prefix} {suffix} Store {}", round + 1)
    };
    let years = r.range(1, 12);
    let feedback = (r.unit().powi(2) * 150_000.0) as i64 * years / 6 + r.range(20, 400);
    let positive = 999 - (r.unit().powi(3) * 119.0) as i64;
    let rating = |r: &mut Rng| 50 - (r.unit().powi(2) * 7.0) as i64;
    GenSeller {
        id,
        name,
        country: words::weighted(&words::SELLER_COUNTRIES, r.next_u64()),
        positive_feedback_x10: positive,
        feedback_count: feedback,
        years_open: years,
        followers: feedback * r.range(2, 9) / 3,
        ratings_x10: [rating(&mut r), rating(&mut r), rating(&mut r)],
    }
}

/// Product data read only by the product page, stored as one JSON column.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Details {
    /// Index into the subcategory's nouns.
    pub noun: u8,
    /// Index into the subcategory's features, when the title has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub feat: Option<u8>,
    pub brand: String,
    /// Index into the top category's materials.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub material: Option<u8>,
    pub model: String,
    pub origin: String,
    /// Description sentence indices.
    pub desc: Vec<u8>,
    /// Whether colour is an option (the first one).
    pub color_opt: bool,
    /// Second option: key and values (English text).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opt2: Option<(String, Vec<String>)>,
    /// `[price cents, stock]` per SKU, colour-major over the option values.
    pub skus: Vec<[i64; 2]>,
    /// `[min quantity, percent of base]`.
    pub tiers: Vec<[i64; 2]>,
    /// `[carrier index, cost cents, days min, days max]`.
    pub ship: Vec<[i64; 4]>,
    /// Ship-to countries this product does not ship to.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub no_ship: Vec<String>,
}

pub struct GenReview {
    pub author: String,
    pub country: &'static str,
    pub stars: i64,
    pub text: i64,
    pub created_at: String,
    pub photo: Option<i64>,
}

pub struct GenProduct {
    pub id: i64,
    pub category_id: i64,
    pub top_category_id: i64,
    pub seller_id: i64,
    /// Titles indexed like [`Lang`]: en, ru, es, pt-BR, de, ar.
    pub titles: [String; 6],
    pub price: i64,
    pub original_price: Option<i64>,
    pub rating_x10: i64,
    pub reviews_count: i64,
    pub orders_count: i64,
    pub free_shipping: bool,
    pub ships_from: &'static str,
    pub images: i64,
    pub colors: String,
    pub details: Details,
    pub reviews: Vec<GenReview>,
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

fn part(s: &str, i: usize) -> &str {
    s.split('|').nth(i).unwrap_or(s)
}

/// Builds the titles in the six languages (indexed like [`Lang`]); returns them with the noun
/// and feature indices. The random draws are the same as when only en and ru existed, so a
/// seed's catalogue keeps its products.
fn titles(r: &mut Rng, top: &Top, sub: &Sub, brand: &str) -> ([String; 6], u8, Option<u8>) {
    let noun_i = r.below(sub.nouns.len() as u64) as usize;
    let noun = sub.nouns[noun_i];
    let gender = match part(noun, 2) {
        "m" => 1,
        "f" => 2,
        "n" => 3,
        _ => 4,
    };
    let adjs = if sub.adjs.is_empty() {
        top.adjs
    } else {
        sub.adjs
    };
    let noun_en = part(noun, 0).to_lowercase();
    let stem = |w: &str| w.chars().take(5).collect::<String>().to_lowercase();
    let adj = if r.chance(80) && !adjs.is_empty() {
        Some(*r.pick(adjs))
    } else {
        None
    };
    // "Colourful Coloured Pencils", "Smart Smart Plug": drop an adjective the noun repeats.
    let adj = adj.filter(|a| !noun_en.contains(&stem(part(a, 0))));
    let mut feat_i = if r.chance(70) && !sub.feats.is_empty() {
        Some(r.below(sub.feats.len() as u64) as usize)
    } else {
        None
    };
    if let (Some(a), Some(f)) = (adj, feat_i) {
        let (a, f) = (part(a, 0), part(sub.feats[f], 0));
        if f.contains(a) || (a == "Nordic" && f.contains("Scandinavian")) {
            feat_i = None;
        }
    }
    let with_brand = r.chance(40);
    // A bare noun ("Chain") is not a listing title: give it a feature.
    if adj.is_none() && feat_i.is_none() && !with_brand && !sub.feats.is_empty() {
        feat_i = Some(r.below(sub.feats.len() as u64) as usize);
    }
    let mut en = Vec::new();
    let mut ru = Vec::new();
    if with_brand {
        en.push(brand.to_string());
        ru.push(brand.to_string());
    }
    if let Some(a) = adj {
        en.push(part(a, 0).to_string());
        ru.push(part(a, gender).to_string());
    }
    en.push(part(noun, 0).to_string());
    ru.push(part(noun, 1).to_string());
    if let Some(f) = feat_i {
        en.push(part(sub.feats[f], 0).to_string());
        ru.push(part(sub.feats[f], 1).to_string());
    }
    // After a brand the next word is capitalised too, as marketplace titles do.
    let ru: Vec<String> = ru
        .into_iter()
        .enumerate()
        .map(|(i, w)| {
            if i <= usize::from(with_brand) {
                capitalize(&w)
            } else {
                w
            }
        })
        .collect();
    let ru = ru.join(" ");
    let other = |lang| {
        lexicon::title(
            lang,
            with_brand.then_some(brand),
            adj.map(|a| part(a, 0)),
            part(noun, 0),
            feat_i.map(|f| part(sub.feats[f], 0)),
        )
    };
    let titles = [
        en.join(" "),
        ru,
        other(Lang::Es),
        other(Lang::PtBr),
        other(Lang::De),
        other(Lang::Ar),
    ];
    (titles, noun_i as u8, feat_i.map(|f| f as u8))
}

/// Second option values for a variant layout, and the price step (per mille) per value.
fn second_option(r: &mut Rng, opts: Opts) -> Option<(&'static str, Vec<String>, i64)> {
    let take = |r: &mut Rng, all: &[&str], min: usize| -> Vec<String> {
        let n = r.range(min as i64, all.len() as i64) as usize;
        let start = r.below((all.len() - n + 1) as u64) as usize;
        all[start..start + n]
            .iter()
            .map(|s| s.to_string())
            .collect()
    };
    Some(match opts {
        Opts::Color => return None,
        Opts::Apparel => (
            "size",
            take(r, &["XS", "S", "M", "L", "XL", "XXL", "3XL"], 3),
            0,
        ),
        Opts::Shoes => (
            "size",
            take(
                r,
                &[
                    "EU 36", "EU 37", "EU 38", "EU 39", "EU 40", "EU 41", "EU 42", "EU 43",
                    "EU 44", "EU 45",
                ],
                4,
            ),
            0,
        ),
        Opts::Storage => (
            "storage",
            take(r, &["64 GB", "128 GB", "256 GB", "512 GB", "1 TB"], 2),
            250,
        ),
        Opts::Length => (
            "length",
            take(r, &["0.5 m", "1 m", "2 m", "3 m", "5 m"], 2),
            80,
        ),
        Opts::Plug => ("plug", take(r, &["EU", "US", "UK", "AU"], 2), 0),
        Opts::Weight => (
            "weight",
            take(r, &["100 g", "250 g", "500 g", "1 kg"], 2),
            700,
        ),
        Opts::Pack => ("quantity", take(r, &["1", "2", "3", "5", "10"], 2), 600),
        Opts::RingSize => ("size", take(r, &["5", "6", "7", "8", "9", "10"], 3), 0),
        Opts::Age => (
            "age",
            take(
                r,
                &["0-6 M", "6-12 M", "1-2 Y", "2-3 Y", "3-4 Y", "4-5 Y"],
                3,
            ),
            50,
        ),
        Opts::HairLength => (
            "length",
            take(
                r,
                &["12\"", "14\"", "16\"", "18\"", "20\"", "22\"", "24\""],
                3,
            ),
            150,
        ),
        Opts::PetSize => ("size", take(r, &["XS", "S", "M", "L", "XL"], 3), 80),
        Opts::Volume => ("volume", take(r, &["30 ml", "50 ml", "100 ml"], 2), 500),
    })
}

fn has_colors(opts: Opts) -> bool {
    !matches!(
        opts,
        Opts::Weight | Opts::Pack | Opts::HairLength | Opts::Volume
    )
}

pub use crate::time::civil_from_days;

/// Average of star ratings × 10, rounded half up; 0 without any.
pub fn average_x10(stars: impl Iterator<Item = i64>) -> i64 {
    let (sum, n) = stars.fold((0, 0), |(s, n), x| (s + x, n + 1));
    if n == 0 {
        0
    } else {
        ((sum * 10 + n / 2) / n).clamp(10, 50)
    }
}

/// The stored reviews of a product (own random stream): up to `reviewers`, fewer for products
/// with few orders (about 2 × ln(orders) + 0–3, at most ~25), stars leaning to `leaning_x10`.
fn gen_reviews(
    seed: u64,
    id: i64,
    orders: i64,
    reviewers: i64,
    leaning_x10: i64,
    images: i64,
) -> Vec<GenReview> {
    let mut r = Rng::derive(seed, REVIEWS, id as u64);
    let kept = (2.0 * (1.0 + orders.max(0) as f64).ln()) as i64 + r.range(0, 3);
    let n = reviewers.min(kept);
    let mut reviews = Vec::with_capacity(n.max(0) as usize);
    let mut day = EPOCH_DAYS_2025_06_01 - r.range(0, 30);
    for _ in 0..n {
        // Stars follow the leaning: mostly 5s for a 4.8, more 3s for a 4.0.
        let roll = r.range(0, 50);
        let stars = if roll < leaning_x10 - 5 {
            5
        } else if roll < leaning_x10 {
            4
        } else {
            r.range(1, 3)
        };
        let texts: Vec<usize> = (0..REVIEW_TEXTS.len())
            .filter(|&i| REVIEW_TEXTS[i].0 as i64 == stars)
            .collect();
        let text = *r.pick(&texts) as i64;
        let name = r.pick(&FIRST_NAMES);
        let first = name.chars().next().unwrap_or('A');
        let last = name.chars().last().unwrap_or('a');
        let (y, m, d) = civil_from_days(day);
        reviews.push(GenReview {
            author: format!("{first}***{last}"),
            country: r.pick::<&str>(&REVIEW_COUNTRIES),
            stars,
            text,
            created_at: format!(
                "{y:04}-{m:02}-{d:02}T{:02}:{:02}:00Z",
                r.range(0, 23),
                r.range(0, 59)
            ),
            photo: (stars >= 4 && r.chance(25)).then(|| r.range(0, images - 1)),
        });
        day -= r.range(1, 20);
    }
    reviews
}

pub fn product(seed: u64, id: i64, tax: &Taxonomy, sellers: i64) -> Option<GenProduct> {
    let mut r = Rng::derive(seed, PRODUCT, id as u64);
    let (category_id, t, _) = *r.pick(&tax.subs);
    let (top, sub) = tax.leaf(category_id)?;
    let brand = r.pick(top.brands).to_string();
    let (titles, noun, feat) = titles(&mut r, top, sub, &brand);

    // Prices: log-uniform over the category's range, ending in 9.
    let (lo, hi) = top.price;
    let base = ((lo as f64) * ((hi as f64) / (lo as f64)).powf(r.unit())) as i64 / 10 * 10 + 9;
    let colors: Vec<usize> = if has_colors(sub.opts) {
        let n = r.range(1, 5) as usize;
        let mut c: Vec<usize> = Vec::with_capacity(n);
        while c.len() < n {
            let k = r.below(COLORS.len() as u64) as usize;
            if !c.contains(&k) {
                c.push(k);
            }
        }
        c
    } else {
        vec![r.below(COLORS.len() as u64) as usize]
    };
    let opt2 = second_option(&mut r, sub.opts);
    let n_colors = if has_colors(sub.opts) {
        colors.len()
    } else {
        1
    };
    let n_second = opt2.as_ref().map(|(_, v, _)| v.len()).unwrap_or(1);
    let step = opt2.as_ref().map(|(_, _, s)| *s).unwrap_or(0);
    let mut skus = Vec::with_capacity(n_colors * n_second);
    for _c in 0..n_colors {
        let color_delta = if r.chance(25) { r.range(0, 5) * 10 } else { 0 };
        for v in 0..n_second {
            let price = base + base * step * v as i64 / 1000 / 10 * 10 + color_delta;
            let stock = if r.chance(12) { 0 } else { r.range(1, 999) };
            skus.push([price, stock]);
        }
    }
    let price = skus.iter().map(|s| s[0]).min().unwrap_or(base);
    let discount = if r.chance(35) { r.range(5, 60) } else { 0 };
    let original_price = (discount > 0).then(|| price * 100 / (100 - discount) / 10 * 10 + 9);

    // Skewed: a few best sellers with tens of thousands of orders, a long tail, some new items.
    let orders_count = if r.chance(12) {
        0
    } else {
        (60_000f64.powf(r.unit().powi(2)) as i64).max(1)
    };
    // How many buyers wrote a review and the rating they lean to; the reviews themselves are
    // made below, and the product's count and rating are taken from them.
    let reviewers = match orders_count * r.range(5, 40) / 100 {
        0 if orders_count > 0 && r.chance(50) => 1,
        n => n,
    };
    let leaning_x10 = if reviewers == 0 {
        0
    } else {
        50 - (r.unit().powi(2) * 12.0) as i64
    };

    let ships_from = words::weighted(&words::SHIPS_FROM, r.next_u64());
    let mut ship = Vec::new();
    let methods = r.range(1, 3) as usize;
    let mut used = Vec::new();
    while ship.len() < methods {
        let c = if ships_from != "CN" && used.is_empty() {
            6
        } else {
            r.below(6) as usize
        };
        if used.contains(&c) {
            continue;
        }
        used.push(c);
        let (_, _, cost, dmin, dmax) = CARRIERS[c];
        let cost = if c < 4 && r.chance(45) {
            0
        } else {
            cost + r.range(0, 5) * 50
        };
        ship.push([c as i64, cost, dmin as i64, dmax as i64]);
    }
    ship.sort_by_key(|s| s[1]);
    let free_shipping = ship.first().map(|s| s[1] == 0).unwrap_or(false);
    let mut no_ship = Vec::new();
    if r.chance(20) {
        for _ in 0..r.range(1, 3) {
            let c = r.pick(&vocabulary::SHIP_TO[4..]).to_string();
            if !no_ship.contains(&c) {
                no_ship.push(c);
            }
        }
    }
    let t1 = 100 - r.range(3, 7);
    let t2 = t1 - r.range(4, 9);
    let tiers = vec![[1, 100], [10, t1], [100, t2]];
    let mut desc = vec![
        r.range(1, 3) as u8,
        r.range(4, 6) as u8,
        r.range(7, 8) as u8,
    ];
    desc.dedup();

    let material = (!top.materials.is_empty()).then(|| r.below(top.materials.len() as u64) as u8);
    let model = format!(
        "{}{}-{}",
        (b'A' + r.below(26) as u8) as char,
        (b'A' + r.below(26) as u8) as char,
        r.range(100, 9999)
    );
    let origin = if r.chance(90) {
        "CN"
    } else {
        *r.pick(&["TR", "KR", "VN"])
    };
    let images = if has_colors(sub.opts) {
        (colors.len() as i64 + 1).min(6)
    } else {
        3
    };

    let reviews = gen_reviews(seed, id, orders_count, reviewers, leaning_x10, images);
    // The product's figures are its stored reviews: what the page's header, histogram and list
    // show always agree.
    let reviews_count = reviews.len() as i64;
    let rating_x10 = average_x10(reviews.iter().map(|r| r.stars));

    // Each seller focuses on one top category: sellers t+1, t+1+26, … sell category t.
    let per = TOPS.len() as i64;
    let slots = ((sellers - 1 - t as i64) / per + 1).max(1);
    let seller_id = (t as i64 + 1 + r.range(0, slots - 1) * per)
        .min(sellers)
        .max(1);

    Some(GenProduct {
        id,
        category_id,
        top_category_id: t as i64 + 1,
        seller_id,
        titles,
        price,
        original_price,
        rating_x10,
        reviews_count,
        orders_count,
        free_shipping,
        ships_from,
        images,
        colors: colors
            .iter()
            .map(|&c| COLORS[c].0)
            .collect::<Vec<_>>()
            .join(","),
        details: Details {
            noun,
            feat,
            brand,
            material,
            model,
            origin: origin.to_string(),
            desc,
            color_opt: has_colors(sub.opts),
            opt2: opt2.map(|(k, v, _)| (k.to_string(), v)),
            skus,
            tiers,
            ship,
            no_ship,
        },
        reviews,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn products_are_deterministic_per_seed_and_id() {
        let tax = Taxonomy::new();
        let a = product(42, 7, &tax, 240).map(|p| (p.titles, p.price, p.details));
        let b = product(42, 7, &tax, 240).map(|p| (p.titles, p.price, p.details));
        assert!(a.is_some());
        assert_eq!(a, b);
        let c = product(43, 7, &tax, 240).map(|p| (p.titles, p.price, p.details));
        assert_ne!(a, c);
    }

    #[test]
    fn generated_products_are_consistent() {
        let tax = Taxonomy::new();
        for id in 1..2000 {
            let p = product(42, id, &tax, 240).expect("product");
            assert!(p.price > 0);
            assert!((1..=240).contains(&p.seller_id), "{}", p.seller_id);
            assert!(!p.details.skus.is_empty());
            assert_eq!(
                p.price,
                p.details.skus.iter().map(|s| s[0]).min().unwrap_or(0)
            );
            if let Some(o) = p.original_price {
                assert!(o > p.price);
            }
            assert_eq!(p.reviews.len() as i64, p.reviews_count);
            assert_eq!(
                p.rating_x10,
                average_x10(p.reviews.iter().map(|r| r.stars)),
                "{id}"
            );
            assert!(p.rating_x10 == 0 || (10..=50).contains(&p.rating_x10));
            assert!(p.reviews_count <= 30);
            let [en, ru, others @ ..] = &p.titles;
            assert!(!ru.is_empty() && ru != en);
            for t in std::iter::once(ru).chain(others.iter()) {
                let first = t.chars().next().unwrap_or('x');
                assert!(!first.is_lowercase(), "{t}");
                assert!(!t.contains("  ") && t.trim() == t, "{t:?}");
            }
            // Arabic has its own script: an English word left in would show here.
            assert!(others[3]
                .chars()
                .any(|c| ('\u{0600}'..='\u{06ff}').contains(&c)));
            assert!((1..=6).contains(&p.images));
        }
    }

    #[test]
    fn seller_names_are_unique() {
        let names: std::collections::HashSet<String> =
            (1..=360).map(|i| seller(42, i).name).collect();
        assert_eq!(names.len(), 360);
    }

    #[test]
    fn civil_dates() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(EPOCH_DAYS_2025_06_01), (2025, 6, 1));
        assert_eq!(civil_from_days(19_782), (2024, 2, 29));
    }
}
