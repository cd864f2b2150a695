//! Extracts the English messages the app must be able to show without its locale file (error
//! states, retry, loading, the brand terms) into `$OUT_DIR/essentials.ftl`. The wasm embeds only
//! these: the full English file is fetched at run time like every other locale, so embedding it
//! too would put the same text into the first load twice. The partner widgets' English
//! (`locales/widget.txt`) goes into `$OUT_DIR/widget-en.ftl` for the widget build.
//!
//! The cutting is `storefront-l10n`'s (the one Fluent parser of the repository, also behind the
//! trunk hooks' `l10n-check cut`). A missing or broken English file stops the build: an app
//! without its fallback messages would show ids.

use storefront_l10n::{cut, CutList};

const SOURCE: &str = "locales/en/main.ftl";

/// Messages kept besides every term (`-brand`) and every `error-*` message.
const KEPT: &[&str] = &["loading", "action-retry", "action-go-home", "site-name"];

/// The partner widgets' message ids (their English is compiled into the widget build).
const WIDGET_LIST: &str = "locales/widget.txt";

fn read(path: &str) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| {
        panic!(
            "build.rs: cannot read {path} ({e}): the app embeds its English fallback messages \
             from it; restore the file (git checkout -- {path})"
        )
    })
}

fn main() {
    println!("cargo:rerun-if-changed={SOURCE}");
    println!("cargo:rerun-if-changed={WIDGET_LIST}");
    println!("cargo:rerun-if-changed=build.rs");
    let source = read(SOURCE);
    let essentials = cut(&source, |e| {
        e.is_term() || e.id.starts_with("error-") || KEPT.contains(&e.id.as_str())
    })
    .unwrap_or_else(|e| panic!("build.rs: {SOURCE}: {e}"));
    for id in KEPT {
        assert!(
            essentials
                .lines()
                .any(|l| l.starts_with(&format!("{id} ="))),
            "build.rs: {SOURCE} lacks `{id}`, which the app embeds as a fallback"
        );
    }
    let widget_list = CutList::parse(&read(WIDGET_LIST));
    let widget = cut(&source, |e| widget_list.takes(e))
        .unwrap_or_else(|e| panic!("build.rs: {SOURCE}: {e}"));
    let dir = std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into());
    for (name, text) in [("essentials.ftl", essentials), ("widget-en.ftl", widget)] {
        if let Err(e) = std::fs::write(format!("{dir}/{name}"), text) {
            panic!("cannot write {dir}/{name}: {e}");
        }
    }
}
