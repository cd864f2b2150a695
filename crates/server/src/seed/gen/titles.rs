//! A product's titles in the six languages, and its variant options.

use super::*;

pub(super) fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

pub(super) fn part(s: &str, i: usize) -> &str {
    s.split('|').nth(i).unwrap_or(s)
}

/// Builds the titles in the six languages (indexed like [`Lang`]); returns them with the noun
/// and feature indices. The random draws are the same as when only en and ru existed, so a
/// seed's catalogue keeps its products.
pub(super) fn titles(
    r: &mut Rng,
    top: &Top,
    sub: &Sub,
    brand: &str,
) -> ([String; 6], u8, Option<u8>) {
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
pub(super) fn second_option(r: &mut Rng, opts: Opts) -> Option<(&'static str, Vec<String>, i64)> {
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

pub(super) fn has_colors(opts: Opts) -> bool {
    !matches!(
        opts,
        Opts::Weight | Opts::Pack | Opts::HairLength | Opts::Volume
    )
}
