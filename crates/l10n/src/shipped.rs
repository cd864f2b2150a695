//! Locale checks run with every test: each locale under `locales/` must parse, match English
//! message for message (attributes and variables included), use exactly the CLDR plural
//! categories of its language, format every message with sample arguments, and every id the
//! code names must exist in English. The checks live in `crates/l10n` (translators run the same
//! code as `cargo run -p storefront-l10n`); the bad fixture under `tests/fixtures/l10n-bad`
//! proves each check can fail.

use crate::{check_locales, LOCALES};
use std::path::Path;

#[test]
fn shipped_locales_are_complete_and_well_formed() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let findings = check_locales(&root.join("locales"), &LOCALES, Some(&root.join("src")));
    for warning in &findings.warnings {
        println!("warning: {warning}");
    }
    assert!(
        findings.errors.is_empty(),
        "{} locale error(s):\n{}",
        findings.errors.len(),
        findings.errors.join("\n")
    );
}

#[test]
fn every_check_fails_on_the_bad_fixture() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/l10n-bad");
    let findings = check_locales(&dir, &["en", "ru"], Some(&dir.join("src")));
    let all = findings.errors.join("\n");
    let expected = [
        "ru/main.ftl:15: syntax error",
        "duplicate id `greeting`",
        "ru: missing `only-english`",
        "ru/main.ftl:3: obsolete `only-russian`",
        "lacks attribute .placeholder",
        "uses $name, which English does not pass",
        "has plural variant [two], not a CLDR category of ru",
        "`items` lacks plural category [few]",
        "references missing `-brand-missing`",
        "references missing `missing-message`",
        "`blank` has an empty value",
        "`broken-call` with",
        "uses.rs:5: code uses `not-in-english`, which English lacks",
    ];
    for needle in expected {
        assert!(
            all.contains(needle),
            "no finding containing {needle:?} in:\n{all}"
        );
    }
    let warnings = findings.warnings.join("\n");
    for needle in [
        "`dropped-var` does not use $count",
        "`unused-in-code` is not named in the code",
    ] {
        assert!(
            warnings.contains(needle),
            "no warning containing {needle:?} in:\n{warnings}"
        );
    }
    assert!(
        !warnings.contains("`greeting` is not named"),
        "a used id is not reported unused:\n{warnings}"
    );
}

/// The shipped locales' messages.
fn shipped(locale: &str) -> crate::Messages {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    crate::Messages::load(&dir, locale).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn russian_and_arabic_plurals_pick_distinct_forms() {
    let ru = shipped("ru");
    let ar = shipped("ar");
    let fmt = |m: &crate::Messages, id: &str, n: i64| m.format(id, &[("count", n)]).unwrap();
    assert_eq!(fmt(&ru, "products-count", 1), "1 товар");
    assert_eq!(fmt(&ru, "products-count", 3), "3 товара");
    assert_eq!(fmt(&ru, "products-count", 5), "5 товаров");
    assert_eq!(fmt(&ru, "products-count", 21), "21 товар");
    assert_eq!(fmt(&ar, "products-count", 2), "منتجان");
    assert_eq!(fmt(&ar, "products-count", 3), "3 منتجات");
    assert_eq!(fmt(&ar, "products-count", 11), "11 منتجًا");
    // One order is not "split into 1 order" in any language.
    for locale in LOCALES {
        let m = shipped(locale);
        let one = fmt(&m, "complete-orders", 1);
        assert!(!one.contains('1'), "{locale}: {one}");
        assert_ne!(one, fmt(&m, "complete-orders", 2), "{locale}");
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
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    let source = std::fs::read_to_string(root.join("en/main.ftl")).unwrap();
    let messages: Vec<_> = crate::analyze(&source)
        .entries
        .into_iter()
        .filter(|e| !e.is_term() && e.has_value && !SAME_AS_ENGLISH_OK.contains(&e.id.as_str()))
        .collect();
    let en = shipped("en");
    for locale in LOCALES.into_iter().filter(|l| *l != "en") {
        let translated = shipped(locale);
        for entry in &messages {
            let args: Vec<(&str, i64)> = entry.variables.iter().map(|v| (v.as_str(), 7)).collect();
            let text = |m: &crate::Messages| m.format(&entry.id, &args).unwrap_or_default();
            assert_ne!(
                text(&translated),
                text(&en),
                "{locale}: {} is still English",
                entry.id
            );
        }
    }
}

#[test]
fn every_error_code_has_a_message() {
    use storefront_api::ErrorCode;
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    let source = std::fs::read_to_string(root.join("en/main.ftl")).unwrap();
    let en: std::collections::BTreeSet<String> = crate::analyze(&source)
        .entries
        .into_iter()
        .map(|e| e.id)
        .collect();
    let ids = ErrorCode::ALL
        .into_iter()
        .chain([ErrorCode::Unknown])
        .map(|code| code.message_id())
        .chain(
            [
                "error-network",
                "error-malformed",
                "error-server",
                "error-not-found",
                "error-generic",
            ]
            .map(String::from),
        );
    for id in ids {
        assert!(en.contains(&id), "{id}");
    }
}
