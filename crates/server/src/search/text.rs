//! Tokenising and stemming, the same for indexed text and queries.
//!
//! Words are runs of letters and digits, lower-cased (`ё` folded to `е`); Cyrillic words go
//! through the Snowball Russian stemmer, others through the English one. The FTS index stores
//! only these stems, so a query word matches any inflection with the same stem.
//!
//! A query word also matches the words [`SYNONYMS`] lists for it (`phone` finds smartphones,
//! `case` finds covers): each query stem becomes a group `("phone" OR "smartphon")`.

use rust_stemmers::{Algorithm, Stemmer};
use std::sync::LazyLock;

static ENGLISH: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::English));
static RUSSIAN: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::Russian));

/// Most words a query is searched for; the rest are ignored.
pub const MAX_QUERY_TERMS: usize = 12;

/// Lower-cased words of `text` (letters and digits only).
pub fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase().replace('ё', "е"))
        .collect()
}

/// The stem of one lower-cased word.
pub fn stem(word: &str) -> String {
    let cyrillic = word.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c));
    let stemmer = if cyrillic { &*RUSSIAN } else { &*ENGLISH };
    let s = stemmer.stem(word);
    if s.is_empty() {
        word.to_string()
    } else {
        s.into_owned()
    }
}

/// Stems of every word of `text`, space-separated: what the FTS table indexes.
pub fn index_text(text: &str) -> String {
    words(text)
        .iter()
        .map(|w| stem(w))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Query words (any inflection: compared by stem) and the words each also matches. Pairs the
/// catalogue needs: its titles say "Smartphone"/"смартфон" where buyers type "phone"/"телефон",
/// and "Cover" where they type "case". A narrower word (smartphone) does not match the broader
/// one (phone): a search for smartphones should not list phone holders.
pub const SYNONYMS: &[(&str, &[&str])] = &[
    ("phone", &["smartphone", "cellphone"]),
    ("cellphone", &["phone", "smartphone"]),
    ("case", &["cover"]),
    ("cover", &["case"]),
    ("телефон", &["смартфон"]),
    ("мобильник", &["телефон", "смартфон"]),
];

/// The stems a query stem also matches (its synonyms' stems), without itself.
pub fn synonyms(stem_: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for (word, alts) in SYNONYMS {
        if stem(word) == stem_ {
            for a in alts.iter().map(|a| stem(a)) {
                if a != stem_ && !out.contains(&a) {
                    out.push(a);
                }
            }
        }
    }
    out
}

/// Distinct query stems, at most [`MAX_QUERY_TERMS`].
pub fn query_terms(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for w in words(text) {
        let s = stem(&w);
        if !out.contains(&s) {
            out.push(s);
        }
        if out.len() == MAX_QUERY_TERMS {
            break;
        }
    }
    out
}

/// An FTS5 MATCH expression of the terms: each a quoted string (the terms hold only letters
/// and digits, and any `"` would be doubled anyway), joined by `joiner` (`" "` = AND, `" OR "`).
pub fn match_expr(terms: &[String], joiner: &str) -> String {
    terms
        .iter()
        .map(|t| format!("\"{}\"", t.replace('"', "\"\"")))
        .collect::<Vec<_>>()
        .join(joiner)
}

/// The FTS5 MATCH expression of a query: every term must match (AND), each through itself or
/// one of its [`synonyms`]: `"black" AND ("phone" OR "smartphon" OR …)` (FTS5 wants the AND
/// spelled out next to a parenthesised group).
pub fn query_expr(terms: &[String]) -> String {
    terms
        .iter()
        .map(|t| {
            let alts = synonyms(t);
            if alts.is_empty() {
                match_expr(std::slice::from_ref(t), " ")
            } else {
                let mut all = vec![t.clone()];
                all.extend(alts);
                format!("({})", match_expr(&all, " OR "))
            }
        })
        .collect::<Vec<_>>()
        .join(" AND ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflections_share_a_stem() {
        for (a, b) in [
            ("телефон", "телефоны"),
            ("телефон", "телефона"),
            ("phone", "phones"),
            ("чехлы", "чехлов"),
            ("Ёлка", "елки"),
        ] {
            assert_eq!(index_text(a), index_text(b), "{a} / {b}");
        }
    }

    #[test]
    fn synonyms_widen_a_query_word_one_way() {
        assert_eq!(synonyms(&stem("phones")), vec!["smartphon", "cellphon"]);
        assert!(synonyms(&stem("smartphone")).is_empty());
        assert_eq!(synonyms(&stem("телефона")), vec![stem("смартфон")]);
        assert_eq!(
            query_expr(&query_terms("black phone case")),
            "\"black\" AND (\"phone\" OR \"smartphon\" OR \"cellphon\") AND (\"case\" OR \"cover\")"
        );
    }

    #[test]
    fn syntax_characters_are_not_terms() {
        let t = query_terms("\"phone\" * NEAR(-case) OR x';DROP TABLE products;--");
        assert_eq!(t[0], "phone");
        assert!(t.iter().all(|t| t.chars().all(char::is_alphanumeric)));
        assert_eq!(
            match_expr(&["a".into(), "b".into()], " "),
            "\"a\" \"b\"".to_string()
        );
        assert!(query_terms("*\"()-").is_empty());
    }
}
