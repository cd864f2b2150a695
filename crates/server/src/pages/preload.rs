//! What a composed page tells the browser to fetch at once (`<link rel=preload>`), so it does
//! not discover the route's wasm chunks, page stylesheet and locale file only after the main
//! wasm has started: those three come one after another otherwise.
//!
//! The chunks come from the build's `snippets/wasm-split/manifest.json`, read once at start:
//! `{"loader": "__wasm_split-<hash>.js", "modules": {"<split module>": ["<file>.wasm", …]}}`
//! (names relative to that folder). No manifest, or no entry for a route's module: no wasm
//! preloads (the page works the same, the chunks just start later).

use super::escape::html as esc;
use super::Route;
use crate::lang::Lang;
use crate::static_files::StaticFiles;
use std::collections::HashMap;

/// Where the splitter's loader and chunks are served, and its manifest.
const SPLIT_DIR: &str = "/snippets/wasm-split/";
const MANIFEST: &str = "/snippets/wasm-split/manifest.json";
/// The page bundle every lazily loaded shop page needs (src/styles.rs `SHOP`).
pub const SHOP_STYLES: &str = "/lazy/shop.css";

#[derive(Debug, Default)]
pub struct Preloads {
    /// Split module name → URLs of its wasm files, all present in the build.
    modules: HashMap<String, Vec<String>>,
}

#[derive(serde::Deserialize)]
struct Manifest {
    modules: HashMap<String, Vec<String>>,
}

/// A plain file name inside the split folder (no path, nothing to escape).
fn plain_name(name: &str) -> bool {
    !name.is_empty()
        && !name.starts_with('.')
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
}

impl Preloads {
    /// Reads the manifest of the built app. Entries naming a file the build does not have are
    /// left out (a stale manifest must not make the browser fetch 404s).
    pub fn load(files: &StaticFiles) -> Self {
        let Some(asset) = files.files.get(MANIFEST) else {
            return Preloads::default();
        };
        let manifest: Manifest = match serde_json::from_slice(&asset.identity) {
            Ok(m) => m,
            Err(e) => {
                tracing::warn!(error = %e, "{MANIFEST} is not a wasm-split manifest; no chunk preloads");
                return Preloads::default();
            }
        };
        let modules = manifest
            .modules
            .into_iter()
            .map(|(module, names)| {
                let urls = names
                    .iter()
                    .filter(|n| plain_name(n))
                    .map(|n| format!("{SPLIT_DIR}{n}"))
                    .filter(|url| files.files.contains_key(url))
                    .collect();
                (module, urls)
            })
            .collect();
        Preloads { modules }
    }

    /// The wasm files of split module `module` (empty when unknown).
    pub fn chunks(&self, module: &str) -> &[String] {
        self.modules.get(module).map(Vec::as_slice).unwrap_or(&[])
    }
}

/// The split module a route's page lives in (src/app/routes.rs); `/` is in the main module.
pub fn module_of(route: &Route) -> Option<&'static str> {
    match route {
        Route::Home => None,
        Route::Product(_) => Some("product_page"),
        Route::Category(_) => Some("category_page"),
        Route::Search => Some("search_page"),
        Route::Store(_) => Some("store_page"),
        Route::Categories => Some("categories_page"),
    }
}

/// The preload links of `route` in `lang`. `styled`: the page already links the shop bundle as
/// a stylesheet (its preview needs it), so it needs no preload.
pub fn links(
    preloads: &Preloads,
    files: &StaticFiles,
    route: &Route,
    lang: Lang,
    styled: bool,
) -> String {
    let Some(module) = module_of(route) else {
        // `/`: the main wasm (trunk preloads it) and the inline shell messages are all it needs.
        return String::new();
    };
    let mut out = String::new();
    // The loader fetches chunks with `fetch(new URL(…))`: cors mode, same-origin credentials,
    // which is what `crossorigin` (anonymous) makes the preload use, so the browser reuses it.
    for url in preloads.chunks(module) {
        out.push_str(&format!(
            "<link rel=\"preload\" href=\"{}\" as=\"fetch\" type=\"application/wasm\" crossorigin>\n",
            esc(url)
        ));
    }
    if !styled && files.files.contains_key(SHOP_STYLES) {
        out.push_str(&format!(
            "<link rel=\"preload\" href=\"{SHOP_STYLES}\" as=\"style\">\n"
        ));
    }
    // A lazy page waits for the locale's whole file (the inline shell messages are only `/`'s).
    let locale = format!("/locales/{}/main.ftl", lang.code());
    if files.files.contains_key(&locale) {
        out.push_str(&format!(
            "<link rel=\"preload\" href=\"{}\" as=\"fetch\" crossorigin>\n",
            esc(&locale)
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_plain_file_names() {
        assert!(plain_name("chunk_1-0123456789abcdef.wasm"));
        for bad in [
            "",
            "../x.wasm",
            "a/b.wasm",
            ".hidden",
            "x\".wasm",
            "x y.wasm",
        ] {
            assert!(!plain_name(bad), "{bad:?}");
        }
    }
}
