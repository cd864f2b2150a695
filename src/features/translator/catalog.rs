//! All six locale files as served now, parsed in the browser: the review page and the ids
//! overlay read them (both in the `l10n_tools` chunk). The analysis is the checker's own
//! (`storefront_l10n::analyze`), so the page and `cargo run -p storefront-l10n` agree.

use crate::api::{urls, ApiError, Request};
use crate::i18n::bundle::build_bundle;
use crate::i18n::Locale;
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use std::collections::BTreeMap;
use storefront_l10n::{analyze, EntryInfo};

/// One locale's file.
pub struct LocaleFile {
    pub locale: Locale,
    pub entries: BTreeMap<String, EntryInfo>,
    pub syntax_errors: Vec<(usize, String)>,
    bundle: FluentBundle<FluentResource>,
}

/// The six files, in [`Locale::ALL`] order, and the ids in English's order (then ids only
/// other locales have).
pub struct Catalog {
    pub files: Vec<LocaleFile>,
    pub ids: Vec<String>,
}

/// Variables the app passes numbers to (the rest get text).
const NUMERIC_VARIABLES: [&str; 14] = [
    "count", "index", "total", "min", "max", "stars", "days", "stock", "shown", "hours", "minutes",
    "quantity", "step", "line",
];

pub fn is_numeric_variable(name: &str) -> bool {
    NUMERIC_VARIABLES.contains(&name) || name.ends_with("count")
}

/// Arguments for every variable: numbers for numeric ones, `text` for the others.
pub fn sample_args<'a>(
    variables: impl IntoIterator<Item = &'a String>,
    number: f64,
    text: &str,
) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    for v in variables {
        if is_numeric_variable(v) {
            args.set(v.clone(), FluentValue::from(number));
        } else {
            args.set(v.clone(), FluentValue::from(text.to_string()));
        }
    }
    args
}

/// Fetches and parses the six files.
pub async fn load_catalog() -> Result<Catalog, ApiError> {
    let mut files = Vec::new();
    for locale in Locale::ALL {
        let source = Request::get(&urls::locale_file(locale.code()))
            .text()
            .await?;
        let analysis = analyze(&source);
        let mut entries = BTreeMap::new();
        for e in analysis.entries {
            entries.entry(e.id.clone()).or_insert(e);
        }
        files.push(LocaleFile {
            locale,
            entries,
            syntax_errors: analysis.syntax_errors,
            bundle: build_bundle(locale, source),
        });
    }
    let mut ids: Vec<(usize, String)> = Vec::new();
    if let Some(en) = files.first() {
        ids = en
            .entries
            .values()
            .filter(|e| !e.is_term())
            .map(|e| (e.line, e.id.clone()))
            .collect();
        ids.sort();
    }
    let mut ids: Vec<String> = ids.into_iter().map(|(_, id)| id).collect();
    for f in files.iter().skip(1) {
        for id in f.entries.keys() {
            if !id.starts_with('-') && !ids.contains(id) {
                ids.push(id.clone());
            }
        }
    }
    Ok(Catalog { files, ids })
}

impl Catalog {
    pub fn english(&self) -> Option<&LocaleFile> {
        self.files.first()
    }

    /// Every variable any locale uses in `id`.
    pub fn variables_of(&self, id: &str) -> Vec<String> {
        let mut all: Vec<String> = self
            .files
            .iter()
            .filter_map(|f| f.entries.get(id))
            .flat_map(|e| e.variables.iter().cloned())
            .collect();
        all.sort();
        all.dedup();
        all
    }
}

impl LocaleFile {
    /// Message `id` (its value, else its attributes joined) formatted with `args`; `None` when
    /// the file lacks it.
    pub fn format(&self, id: &str, args: &FluentArgs) -> Option<String> {
        let msg = self.bundle.get_message(id)?;
        let mut errors = Vec::new();
        let mut parts: Vec<String> = Vec::new();
        if let Some(value) = msg.value() {
            parts.push(
                self.bundle
                    .format_pattern(value, Some(args), &mut errors)
                    .into_owned(),
            );
        }
        for attr in msg.attributes() {
            let text = self
                .bundle
                .format_pattern(attr.value(), Some(args), &mut errors);
            parts.push(format!(".{} = {text}", attr.id()));
        }
        Some(parts.join("\n"))
    }

    /// Repository path and 1-based line of `id`, e.g. `locales/ar/main.ftl:12`.
    pub fn place(&self, id: &str) -> Option<(String, usize)> {
        let line = self.entries.get(id)?.line;
        Some((format!("locales/{}/main.ftl", self.locale.code()), line))
    }
}
