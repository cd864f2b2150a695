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
