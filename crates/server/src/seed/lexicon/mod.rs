//! The catalogue's words in Spanish, Portuguese (Brazil), German and Arabic, keyed by the
//! English text of [`super::taxonomy`], and the grammar that puts them into titles.
//!
//! One entry per English word or phrase, columns `[es, pt-BR, de, ar]`:
//! - nouns: `text|gender` — es/pt `m f mp fp`, de `m f n p`, ar `m f` (non-human plurals take
//!   feminine agreement, so they are `f`);
//! - adjectives: es/pt `masculine|feminine` (plurals derived) or all four forms
//!   `m|f|m pl|f pl`; de the stem (`elegant` → `eleganter/elegante/elegantes`); ar
//!   `masculine|feminine`. `=text` is invariant; a German `=Prefix-` is joined to the noun;
//! - features, materials, subcategory names: the text.
//!
//! Word order: es, pt and ar put the adjective after the noun; de before it, like en and ru.

mod electronics;
mod everyday;
mod fashion;
mod home;
mod leisure;
mod shared;

use electronics::ELECTRONICS;
use everyday::EVERYDAY;
use fashion::FASHION;
use home::HOME;
use leisure::LEISURE;
use shared::SHARED;

use crate::lang::Lang;
use std::collections::HashMap;
use std::sync::LazyLock;

/// Every entry, by topic.
fn entries() -> impl Iterator<Item = &'static (&'static str, [&'static str; 4])> {
    [SHARED, FASHION, ELECTRONICS, HOME, LEISURE, EVERYDAY]
        .into_iter()
        .flatten()
}

static INDEX: LazyLock<HashMap<&'static str, &'static [&'static str; 4]>> =
    LazyLock::new(|| entries().map(|(en, t)| (*en, t)).collect());

/// Column of a language in the lexicon; `None` for English and Russian (kept in taxonomy.rs).
fn column(lang: Lang) -> Option<usize> {
    match lang {
        Lang::En | Lang::Ru => None,
        Lang::Es => Some(0),
        Lang::PtBr => Some(1),
        Lang::De => Some(2),
        Lang::Ar => Some(3),
    }
}

/// The raw entry for an English word in a lexicon language.
fn entry(en: &str, lang: Lang) -> Option<&'static str> {
    let c = column(lang)?;
    INDEX.get(en).map(|t| t[c])
}

/// A feature, material or category name in `lang` (es, pt-BR, de, ar); `None` if not there.
pub fn phrase(en: &str, lang: Lang) -> Option<&'static str> {
    entry(en, lang)
}

/// A noun's text and gender code in `lang`; English with `m` when missing.
pub fn noun(en: &str, lang: Lang) -> (&str, &'static str) {
    match entry(en, lang).map(|e| e.split_once('|').unwrap_or((e, "m"))) {
        Some((text, g)) => (text, g),
        None => (en, "m"),
    }
}

/// Spanish and Portuguese plural of an adjective form.
fn plural(word: &str, lang: Lang) -> String {
    let last = word.chars().last().unwrap_or('a');
    if "aeiouáéó".contains(last) {
        return format!("{word}s");
    }
    match (lang, last) {
        (_, 's') => word.to_string(),
        (_, 'z') => format!("{}ces", &word[..word.len() - 1]),
        (Lang::PtBr, 'l') => format!("{}is", &word[..word.len() - 1]),
        (Lang::PtBr, 'm') => format!("{}ns", &word[..word.len() - 1]),
        _ => format!("{word}es"),
    }
}

/// An adjective agreeing with a noun of gender `g` (see [`noun`]); English when missing.
pub fn adjective(en: &str, lang: Lang, g: &str) -> String {
    let Some(e) = entry(en, lang) else {
        return en.to_string();
    };
    if let Some(inv) = e.strip_prefix('=') {
        return inv.to_string();
    }
    let forms: Vec<&str> = e.split('|').collect();
    let form = |i: usize| forms.get(i).or(forms.first()).copied().unwrap_or(en);
    match lang {
        Lang::Es | Lang::PtBr => match (g, forms.len()) {
            ("f", _) => form(1).to_string(),
            ("mp", 4) => form(2).to_string(),
            ("fp", 4) => form(3).to_string(),
            ("mp", _) => plural(form(0), lang),
            ("fp", _) => plural(form(1), lang),
            _ => form(0).to_string(),
        },
        Lang::De => {
            let ending = match g {
                "m" => "er",
                "n" => "es",
                _ => "e",
            };
            if e.ends_with('e') {
                format!("{e}{}", &ending[1..])
            } else {
                format!("{e}{ending}")
            }
        }
        _ => (if g == "f" { form(1) } else { form(0) }).to_string(),
    }
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// A listing title in es, pt-BR, de or ar from the English words the generator chose.
pub fn title(
    lang: Lang,
    brand: Option<&str>,
    adj: Option<&str>,
    noun_en: &str,
    feat: Option<&str>,
) -> String {
    let (n, g) = noun(noun_en, lang);
    let a = adj.map(|a| adjective(a, lang, g));
    let mut words: Vec<String> = Vec::with_capacity(4);
    if lang == Lang::De {
        match a {
            // "Sommer-" + "Midikleid" → "Sommer-Midikleid".
            Some(a) if a.ends_with('-') => words.push(format!("{a}{n}")),
            Some(a) => {
                words.push(a);
                words.push(n.to_string());
            }
            None => words.push(n.to_string()),
        }
    } else {
        words.push(n.to_string());
        words.extend(a);
    }
    if let Some(f) = feat {
        words.push(phrase(f, lang).unwrap_or(f).to_string());
    }
    if let Some(first) = words.first_mut() {
        *first = capitalize(first);
    }
    let body = words.join(" ");
    match brand {
        Some(b) => format!("{b} {body}"),
        None => body,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::seed::taxonomy::TOPS;

    #[test]
    fn every_taxonomy_word_is_translated_and_well_formed() {
        let genders = [
            ["m", "f", "mp", "fp"],
            ["m", "f", "mp", "fp"],
            ["m", "f", "n", "p"],
            ["m", "f", "m", "f"],
        ];
        let check_adj = |a: &str| {
            let en = a.split('|').next().unwrap_or(a);
            let t = INDEX
                .get(en)
                .unwrap_or_else(|| panic!("no entry for adjective {en}"));
            for (c, e) in t.iter().enumerate() {
                if e.starts_with('=') {
                    continue;
                }
                let n = e.split('|').count();
                match c {
                    0 | 1 => assert!(n == 2 || n == 4, "{en}: {e}"),
                    2 => assert_eq!(n, 1, "{en}: {e}"),
                    _ => assert_eq!(n, 2, "{en}: {e}"),
                }
            }
        };
        for top in &TOPS {
            top.adjs.iter().for_each(|a| check_adj(a));
            for m in top.materials {
                let en = m.split('|').next().unwrap_or(m);
                assert!(INDEX.contains_key(en), "no entry for material {en}");
            }
            for sub in top.subs {
                let en = sub.name.split('|').next().unwrap_or(sub.name);
                assert!(INDEX.contains_key(en), "no entry for subcategory {en}");
                sub.adjs.iter().for_each(|a| check_adj(a));
                for f in sub.feats {
                    let en = f.split('|').next().unwrap_or(f);
                    assert!(INDEX.contains_key(en), "no entry for feature {en}");
                }
                for n in sub.nouns {
                    let en = n.split('|').next().unwrap_or(n);
                    let t = INDEX
                        .get(en)
                        .unwrap_or_else(|| panic!("no entry for noun {en}"));
                    for (c, e) in t.iter().enumerate() {
                        let (text, g) = e.split_once('|').unwrap_or_else(|| panic!("{en}: {e}"));
                        assert!(!text.is_empty() && genders[c].contains(&g), "{en}: {e}");
                    }
                }
            }
        }
        for (en, t) in entries() {
            for e in t {
                assert!(!e.trim().is_empty() && e.trim() == *e, "{en}: {e:?}");
            }
        }
        assert_eq!(INDEX.len(), entries().count(), "duplicate English keys");
    }

    #[test]
    fn titles_agree_in_gender_and_order() {
        let t = |lang, brand, adj, noun, feat| title(lang, brand, adj, noun, feat);
        assert_eq!(
            t(
                Lang::Es,
                None,
                Some("Elegant"),
                "Pleated Skirt",
                Some("with Side Pockets")
            ),
            "Falda plisada elegante con bolsillos laterales"
        );
        assert_eq!(
            t(Lang::Es, None, Some("Modern"), "Jeans", None),
            "Vaqueros modernos"
        );
        assert_eq!(
            t(Lang::Es, None, Some("Casual"), "Ballet Flats", None),
            "Bailarinas casuales"
        );
        assert_eq!(
            t(Lang::PtBr, None, Some("Casual"), "Loafers", None),
            "Mocassins casuais"
        );
        assert_eq!(
            t(
                Lang::PtBr,
                Some("ZANZEA"),
                Some("Portable"),
                "Power Bank",
                None
            ),
            "ZANZEA Power bank portátil"
        );
        assert_eq!(
            t(
                Lang::De,
                None,
                Some("Elegant"),
                "Midi Dress",
                Some("with Belt")
            ),
            "Elegantes Midikleid mit Gürtel"
        );
        assert_eq!(
            t(Lang::De, None, Some("Warm"), "Puffer Jacket", None),
            "Warme Pufferjacke"
        );
        assert_eq!(
            t(Lang::De, None, Some("Modern"), "Trench Coat", None),
            "Moderner Trenchcoat"
        );
        assert_eq!(
            t(Lang::De, None, Some("Summer"), "Midi Dress", None),
            "Sommer-Midikleid"
        );
        assert_eq!(
            t(Lang::Ar, None, Some("Elegant"), "Blouse", None),
            "بلوزة أنيقة"
        );
        assert_eq!(
            t(Lang::Ar, None, Some("Elegant"), "Midi Dress", None),
            "فستان ميدي أنيق"
        );
        assert_eq!(
            t(Lang::Es, None, Some("Vintage"), "Blouse", None),
            "Blusa vintage"
        );
    }
}
