//! Extracts the English messages the app must be able to show without its locale file (error
//! states, retry, loading, the brand terms) into `$OUT_DIR/essentials.ftl`. The wasm embeds only
//! these: the full English file is fetched at run time like every other locale, so embedding it
//! too would put the same text into the first load twice.

use std::fmt::Write as _;

const SOURCE: &str = "locales/en/main.ftl";

/// Messages kept besides every term (`-brand`) and every `error-*` message.
const KEPT: &[&str] = &["loading", "action-retry", "action-go-home", "site-name"];

fn kept(id: &str) -> bool {
    id.starts_with('-') || id.starts_with("error-") || KEPT.contains(&id)
}

fn main() {
    println!("cargo:rerun-if-changed={SOURCE}");
    println!("cargo:rerun-if-changed=build.rs");
    let source = std::fs::read_to_string(SOURCE).unwrap_or_default();
    let mut out = String::new();
    let mut keeping = false;
    for line in source.lines() {
        let starts_entry = line
            .chars()
            .next()
            .is_some_and(|c| !c.is_whitespace() && c != '#');
        if starts_entry {
            let id = line.split('=').next().unwrap_or("").trim();
            keeping = kept(id);
        } else if line.starts_with('#') {
            keeping = false;
        }
        if keeping {
            let _ = writeln!(out, "{line}");
        }
    }
    let dir = std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into());
    if let Err(e) = std::fs::write(format!("{dir}/essentials.ftl"), out) {
        panic!("cannot write {dir}/essentials.ftl: {e}");
    }
}
