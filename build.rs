//! Extracts the English messages the app must be able to show without its locale file (error
//! states, retry, loading, the brand terms) into `$OUT_DIR/essentials.ftl`. The wasm embeds only
//! these: the full English file is fetched at run time like every other locale, so embedding it
//! too would put the same text into the first load twice. The partner widgets' English
//! (`locales/widget.txt`) goes into `$OUT_DIR/widget-en.ftl` for the widget build.

use std::fmt::Write as _;

const SOURCE: &str = "locales/en/main.ftl";

/// Messages kept besides every term (`-brand`) and every `error-*` message.
const KEPT: &[&str] = &["loading", "action-retry", "action-go-home", "site-name"];

fn kept(id: &str) -> bool {
    id.starts_with('-') || id.starts_with("error-") || KEPT.contains(&id)
}

/// The partner widgets' message ids (their English is compiled into the widget build).
const WIDGET_LIST: &str = "locales/widget.txt";

/// The entries of `source` whose id `keep` accepts (an entry runs to the next one or comment).
fn cut(source: &str, keep: impl Fn(&str) -> bool) -> String {
    let mut out = String::new();
    let mut keeping = false;
    for line in source.lines() {
        let starts_entry = line
            .chars()
            .next()
            .is_some_and(|c| !c.is_whitespace() && c != '#' && c != '}');
        if starts_entry {
            let id = line.split('=').next().unwrap_or("").trim();
            keeping = keep(id);
        } else if line.starts_with('#') {
            keeping = false;
        }
        if keeping {
            let _ = writeln!(out, "{line}");
        }
    }
    out
}

fn main() {
    println!("cargo:rerun-if-changed={SOURCE}");
    println!("cargo:rerun-if-changed={WIDGET_LIST}");
    println!("cargo:rerun-if-changed=build.rs");
    let source = std::fs::read_to_string(SOURCE).unwrap_or_default();
    let out = cut(&source, kept);
    let list = std::fs::read_to_string(WIDGET_LIST).unwrap_or_default();
    let widget_ids: Vec<&str> = list
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    let widget = cut(&source, |id| {
        id.starts_with('-') || widget_ids.contains(&id)
    });
    let dir = std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into());
    for (name, text) in [("essentials.ftl", out), ("widget-en.ftl", widget)] {
        if let Err(e) = std::fs::write(format!("{dir}/{name}"), text) {
            panic!("cannot write {dir}/{name}: {e}");
        }
    }
}
