//! Checks over the Fluent files: they parse, every locale has exactly English's messages, all
//! format without errors (plurals included), nothing is left in English, and every id the
//! code asks for exists.

use super::bundle::build_bundle;
use super::locale::Locale;
use fluent_bundle::{FluentArgs, FluentResource};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use std::collections::BTreeSet;

fn source(locale: Locale) -> &'static str {
    match locale {
        Locale::En => include_str!("../../locales/en/main.ftl"),
        Locale::Ru => include_str!("../../locales/ru/main.ftl"),
        Locale::Es => include_str!("../../locales/es/main.ftl"),
        Locale::PtBr => include_str!("../../locales/pt-BR/main.ftl"),
        Locale::De => include_str!("../../locales/de/main.ftl"),
        Locale::Ar => include_str!("../../locales/ar/main.ftl"),
    }
}

fn message_ids(src: &str) -> BTreeSet<String> {
    let res =
        FluentResource::try_new(src.to_string()).unwrap_or_else(|(_, e)| panic!("syntax: {e:?}"));
    res.entries()
        .filter_map(|e| match e {
            Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}

fn collect_vars(p: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            match expression {
                Expression::Inline(i) => inline_vars(i, out),
                Expression::Select { selector, variants } => {
                    inline_vars(selector, out);
                    for v in variants {
                        collect_vars(&v.value, out);
                    }
                }
            }
        }
    }
}

fn inline_vars(i: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        InlineExpression::Placeable { expression } => {
            if let Expression::Inline(i) = expression.as_ref() {
                inline_vars(i, out);
            }
        }
        _ => {}
    }
}

/// Variables each message uses, by id.
fn variables(src: &str) -> Vec<(String, BTreeSet<String>)> {
    let res =
        FluentResource::try_new(src.to_string()).unwrap_or_else(|(_, e)| panic!("syntax: {e:?}"));
    res.entries()
        .filter_map(|e| match e {
            Entry::Message(m) => {
                let mut vars = BTreeSet::new();
                if let Some(v) = &m.value {
                    collect_vars(v, &mut vars);
                }
                Some((m.id.name.to_string(), vars))
            }
            _ => None,
        })
        .collect()
}

fn sample_args(n: i64) -> FluentArgs<'static> {
    let mut a = FluentArgs::new();
    for k in [
        "count", "index", "total", "min", "max", "stars", "days", "stock", "shown", "seconds",
    ] {
        a.set(k, n);
    }
    for k in [
        "percent",
        "number",
        "rating",
        "page",
        "query",
        "country",
        "from",
        "to",
        "dates",
        "author",
        "category",
        "currency",
        "reference",
        "name",
        "example",
        "carrier",
        "cost",
        "window",
        "price",
        "amount",
        "title",
        "code",
        "seller",
        "method",
        "file",
        "date",
        "store",
        "then",
        "now",
        "order",
        "tracking",
        "was",
    ] {
        a.set(k, "X");
    }
    a
}

#[test]
fn every_locale_parses_without_errors() {
    for l in Locale::ALL {
        if let Err((_, errors)) = FluentResource::try_new(source(l).to_string()) {
            panic!("{}: {errors:?}", l.code());
        }
    }
}

#[test]
fn every_locale_has_exactly_the_english_ids_and_variables() {
    let en = message_ids(source(Locale::En));
    let en_vars = variables(source(Locale::En));
    for l in Locale::ALL {
        let ids = message_ids(source(l));
        let missing: Vec<_> = en.difference(&ids).collect();
        let extra: Vec<_> = ids.difference(&en).collect();
        assert!(missing.is_empty(), "{} misses {missing:?}", l.code());
        assert!(extra.is_empty(), "{} has obsolete {extra:?}", l.code());
        for (id, vars) in variables(source(l)) {
            let want = en_vars.iter().find(|(i, _)| *i == id).map(|(_, v)| v);
            assert_eq!(Some(&vars), want, "{}: variables of {id}", l.code());
        }
    }
}

#[test]
fn every_message_formats_cleanly_for_sample_numbers() {
    for l in Locale::ALL {
        let bundle = build_bundle(l, source(l).to_string());
        for id in message_ids(source(l)) {
            let msg = bundle.get_message(&id).expect("listed id");
            let Some(pattern) = msg.value() else { continue };
            for n in [0, 1, 2, 3, 5, 11, 21, 101, 1000] {
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, Some(&sample_args(n)), &mut errors);
                assert!(errors.is_empty(), "{} {id} n={n}: {errors:?}", l.code());
                assert!(!text.trim().is_empty(), "{} {id} is empty", l.code());
            }
        }
    }
}

#[test]
fn russian_and_arabic_plurals_pick_distinct_forms() {
    let ru = build_bundle(Locale::Ru, source(Locale::Ru).to_string());
    let fmt = |b: &fluent_bundle::FluentBundle<FluentResource>, id: &str, n: i64| {
        let msg = b.get_message(id).expect("id");
        let mut e = Vec::new();
        b.format_pattern(msg.value().expect("value"), Some(&sample_args(n)), &mut e)
            .replace(['\u{2068}', '\u{2069}'], "")
    };
    assert_eq!(fmt(&ru, "products-count", 1), "1 товар");
    assert_eq!(fmt(&ru, "products-count", 3), "3 товара");
    assert_eq!(fmt(&ru, "products-count", 5), "5 товаров");
    assert_eq!(fmt(&ru, "products-count", 21), "21 товар");
    let ar = build_bundle(Locale::Ar, source(Locale::Ar).to_string());
    assert_eq!(fmt(&ar, "products-count", 2), "منتجان");
    assert_eq!(fmt(&ar, "products-count", 3), "3 منتجات");
    assert_eq!(fmt(&ar, "products-count", 11), "11 منتجًا");
    // Issue 19 #14: one order is not "split into 1 order" in any language.
    for locale in Locale::ALL {
        let b = build_bundle(locale, source(locale).to_string());
        let one = fmt(&b, "complete-orders", 1);
        assert!(!one.contains('1'), "{locale:?}: {one}");
        assert_ne!(one, fmt(&b, "complete-orders", 2), "{locale:?}");
    }
    assert_eq!(
        fmt(&ru, "complete-orders", 21),
        "Покупка разделена на 21 заказ — по одному на продавца:"
    );
}

/// Ids whose text may legitimately equal the English one in another language.
const SAME_AS_ENGLISH_OK: [&str; 7] = [
    "site-name",
    "page-title",
    "price-range",
    "discount-badge",
    "seller-followers",
    // Page titles for search engines: the name, then the brand.
    "seo-category-title",
    "seo-product-title",
];

#[test]
fn translations_are_not_left_in_english() {
    let en = build_bundle(Locale::En, source(Locale::En).to_string());
    for l in Locale::ALL.into_iter().filter(|l| *l != Locale::En) {
        let b = build_bundle(l, source(l).to_string());
        for id in message_ids(source(l)) {
            if SAME_AS_ENGLISH_OK.contains(&id.as_str()) {
                continue;
            }
            let text = |b: &fluent_bundle::FluentBundle<FluentResource>| {
                let mut e = Vec::new();
                let m = b.get_message(&id).expect("id");
                b.format_pattern(m.value().expect("value"), Some(&sample_args(7)), &mut e)
                    .replace(['\u{2068}', '\u{2069}'], "")
            };
            assert_ne!(text(&b), text(&en), "{}: {id} is still English", l.code());
        }
    }
}

/// Message ids named in the code: `tr("…")`, `t("…")`, `tf("…"`, `t_or("…"`, nav items and seller scores.
fn ids_used_in_code() -> BTreeSet<String> {
    fn walk(dir: &std::path::Path, out: &mut BTreeSet<String>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for e in entries.flatten() {
            let path = e.path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|x| x == "rs") {
                let text = std::fs::read_to_string(&path).unwrap_or_default();
                for marker in [
                    ".t(\"",
                    ".tf(\"",
                    ".t_or(\"",
                    "detail(\"",
                    "\", \"nav-",
                    "{tr(\"",
                    "=tr(\"",
                    " tr(\"",
                ] {
                    let mut rest = text.as_str();
                    while let Some(pos) = rest.find(marker) {
                        rest = &rest[pos + marker.len()..];
                        let id: String = rest.chars().take_while(|c| *c != '"').collect();
                        let id = if marker.ends_with("nav-") {
                            format!("nav-{id}")
                        } else {
                            id
                        };
                        out.insert(id);
                    }
                }
            }
        }
    }
    let mut out = BTreeSet::new();
    walk(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut out,
    );
    out
}

#[test]
fn every_id_the_code_uses_exists_in_english() {
    let en = message_ids(source(Locale::En));
    let used = ids_used_in_code();
    assert!(used.len() > 50, "scanner found only {used:?}");
    let missing: Vec<_> = used.iter().filter(|id| !en.contains(*id)).collect();
    assert!(missing.is_empty(), "missing in en: {missing:?}");
}

#[test]
fn every_error_code_has_a_message() {
    use storefront_api::ErrorCode;
    let en = message_ids(source(Locale::En));
    for code in ErrorCode::ALL.into_iter().chain([ErrorCode::Unknown]) {
        assert!(en.contains(&code.message_id()), "{}", code.message_id());
    }
    for id in [
        "error-network",
        "error-malformed",
        "error-server",
        "error-not-found",
        "error-generic",
    ] {
        assert!(en.contains(id), "{id}");
    }
}
