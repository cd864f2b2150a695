//! The Storefront's locale tools, shared by three users:
//!
//! - [`analyze`]: one FTL source → its entries (id, line, section, translator notes, variables,
//!   references, plural selects, attributes). Pure and small; the `/l10n` review page runs it
//!   in the browser on the fetched files.
//! - [`check_locales`]: the locale checker over a `locales/` directory (and optionally the app's
//!   `src/` for ids used in the code). `src/shipped.rs` (its tests) runs it; translators run it as
//!   `cargo run -p storefront-l10n` (the `l10n-check` binary). Errors fail, warnings are printed.
//! - [`plural_categories`] / [`plural_category`]: the CLDR cardinal categories per locale.
//! - [`cut`] with a [`CutList`]: the part of a locale file the first load (or a widget, or the
//!   wasm's embedded English) needs; the build runs it through `l10n-check cut` and build.rs.
//! - [`format_message`]: one message's text as the app shows it (the browser tests' `message`).
//! - [`style_warnings`]: typography and layout of one FTL source (straight quotes and
//!   apostrophes in message text, a group comment without the blank line after it); the
//!   checker reports them as warnings.

pub mod cut;
pub use cut::{cut, CutList};

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The shipped locales, English (the source) first.
pub const LOCALES: [&str; 6] = ["en", "ru", "es", "pt-BR", "de", "ar"];
/// Fluent's plural keywords (a select whose keys are all among these is a plural select).
pub const PLURAL_KEYWORDS: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];
/// Numbers every message is formatted with (one per plural rule branch, a fraction, a big one).
pub const SAMPLE_NUMBERS: [f64; 10] =
    [0.0, 1.0, 2.0, 3.0, 5.0, 11.0, 21.0, 101.0, 1.5, 1_000_000.0];

/// CLDR cardinal plural categories of a locale, in CLDR order.
pub fn plural_categories(locale: &str) -> &'static [&'static str] {
    match locale.split(['-', '_']).next().unwrap_or_default() {
        "ru" => &["one", "few", "many", "other"],
        "ar" => &["zero", "one", "two", "few", "many", "other"],
        "es" | "pt" => &["one", "many", "other"],
        _ => &["one", "other"],
    }
}

/// The CLDR cardinal category `n` falls into in `locale` (what Fluent selects for a number
/// without an exact numeric variant); "other" when the locale is unknown.
pub fn plural_category(locale: &str, n: f64) -> &'static str {
    use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
    let Ok(langid) = locale.parse::<unic_langid::LanguageIdentifier>() else {
        return "other";
    };
    let Ok(rules) = PluralRules::create(langid, PluralRuleType::CARDINAL) else {
        return "other";
    };
    // Whole numbers as integers (the operands of 1.0 and 1 differ in CLDR: v = 1 vs 0).
    let category = if n.fract() == 0.0 && n.abs() < 1e15 {
        rules.select(n as i64)
    } else {
        rules.select(n)
    };
    match category {
        Ok(PluralCategory::ZERO) => "zero",
        Ok(PluralCategory::ONE) => "one",
        Ok(PluralCategory::TWO) => "two",
        Ok(PluralCategory::FEW) => "few",
        Ok(PluralCategory::MANY) => "many",
        _ => "other",
    }
}

/// One message or term of an FTL source.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct EntryInfo {
    /// Message id, or `-name` for a term.
    pub id: String,
    /// 1-based line of the entry's first line.
    pub line: usize,
    /// The group comment (`## Section`) the entry sits under; empty before the first one.
    pub section: String,
    /// The entry's own comment (`# …` lines right above it): the translator notes.
    pub note: String,
    pub attributes: BTreeSet<String>,
    /// Variables (`$name`) used in the value and the attributes.
    pub variables: BTreeSet<String>,
    /// Messages and terms (`-name`) referenced.
    pub references: BTreeSet<String>,
    /// The identifier keys of each plural select expression.
    pub plural_selects: Vec<BTreeSet<String>>,
    /// The value or an attribute is blank.
    pub empty: bool,
    /// The entry has a value (not only attributes).
    pub has_value: bool,
}

impl EntryInfo {
    pub fn is_term(&self) -> bool {
        self.id.starts_with('-')
    }
}

/// What [`analyze`] found in one source.
#[derive(Debug, Default, Clone)]
pub struct Analysis {
    /// In source order; duplicates kept.
    pub entries: Vec<EntryInfo>,
    /// Syntax errors as (1-based line, description).
    pub syntax_errors: Vec<(usize, String)>,
}

/// Parses one FTL source. Never fails: broken entries become syntax errors and are skipped.
pub fn analyze(source: &str) -> Analysis {
    let (resource, errors) = match fluent_syntax::parser::parse(source) {
        Ok(r) => (r, Vec::new()),
        Err((r, e)) => (r, e),
    };
    let syntax_errors = errors
        .into_iter()
        .map(|e| (line_of(source, e.pos.start), format!("{:?}", e.kind)))
        .collect();
    let mut entries = Vec::new();
    let mut section = String::new();
    let mut from_line = 0usize;
    let lines: Vec<&str> = source.lines().collect();
    for entry in &resource.body {
        let (id, value, attributes, comment) = match entry {
            ast::Entry::GroupComment(c) => {
                section = c
                    .content
                    .first()
                    .map(|s| s.trim().to_string())
                    .unwrap_or_default();
                continue;
            }
            ast::Entry::Message(m) => (
                m.id.name.to_string(),
                m.value.as_ref(),
                &m.attributes,
                m.comment.as_ref(),
            ),
            ast::Entry::Term(t) => (
                format!("-{}", t.id.name),
                Some(&t.value),
                &t.attributes,
                t.comment.as_ref(),
            ),
            _ => continue,
        };
        let mut info = EntryInfo {
            line: find_line(&lines, &id, &mut from_line),
            section: section.clone(),
            note: comment
                .map(|c| {
                    c.content
                        .iter()
                        .map(|l| l.trim())
                        .collect::<Vec<_>>()
                        .join("\n")
                })
                .unwrap_or_default(),
            has_value: value.is_some(),
            ..EntryInfo::default()
        };
        if let Some(value) = value {
            walk_pattern(value, &mut info);
            info.empty = is_blank(value);
        }
        for attribute in attributes {
            info.attributes.insert(attribute.id.name.to_string());
            walk_pattern(&attribute.value, &mut info);
            info.empty |= is_blank(&attribute.value);
        }
        info.id = id;
        entries.push(info);
    }
    Analysis {
        entries,
        syntax_errors,
    }
}

/// 1-based line of a byte offset.
fn line_of(source: &str, offset: usize) -> usize {
    let mut end = offset.min(source.len());
    while !source.is_char_boundary(end) {
        end -= 1;
    }
    source[..end].matches('\n').count() + 1
}

/// The next line (from `*from`) that starts the entry `id` (`id =` / `id=`), 1-based.
fn find_line(lines: &[&str], id: &str, from: &mut usize) -> usize {
    for (i, line) in lines.iter().enumerate().skip(*from) {
        if let Some(rest) = line.strip_prefix(id) {
            if rest.trim_start().starts_with('=') {
                *from = i + 1;
                return i + 1;
            }
        }
    }
    0
}

fn walk_pattern(pattern: &ast::Pattern<&str>, info: &mut EntryInfo) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            walk_expression(expression, info);
        }
    }
}

fn walk_expression(expression: &ast::Expression<&str>, info: &mut EntryInfo) {
    match expression {
        ast::Expression::Inline(inline) => walk_inline(inline, info),
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, info);
            let keys: BTreeSet<String> = variants
                .iter()
                .filter_map(|v| match &v.key {
                    ast::VariantKey::Identifier { name } => Some(name.to_string()),
                    ast::VariantKey::NumberLiteral { .. } => None,
                })
                .collect();
            let numeric_selector = matches!(
                selector,
                ast::InlineExpression::VariableReference { .. }
                    | ast::InlineExpression::FunctionReference { .. }
            );
            if numeric_selector
                && !keys.is_empty()
                && keys.iter().all(|k| PLURAL_KEYWORDS.contains(&k.as_str()))
            {
                info.plural_selects.push(keys);
            }
            for variant in variants {
                walk_pattern(&variant.value, info);
            }
        }
    }
}

fn walk_inline(inline: &ast::InlineExpression<&str>, info: &mut EntryInfo) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            info.variables.insert(id.name.to_string());
        }
        ast::InlineExpression::MessageReference { id, .. } => {
            info.references.insert(id.name.to_string());
        }
        ast::InlineExpression::TermReference { id, arguments, .. } => {
            info.references.insert(format!("-{}", id.name));
            if let Some(arguments) = arguments {
                for named in &arguments.named {
                    walk_inline(&named.value, info);
                }
            }
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for positional in &arguments.positional {
                walk_inline(positional, info);
            }
            for named in &arguments.named {
                walk_inline(&named.value, info);
            }
        }
        ast::InlineExpression::Placeable { expression } => walk_expression(expression, info),
        ast::InlineExpression::StringLiteral { .. }
        | ast::InlineExpression::NumberLiteral { .. } => {}
    }
}

fn is_blank(pattern: &ast::Pattern<&str>) -> bool {
    pattern.elements.iter().all(|e| match e {
        ast::PatternElement::TextElement { value } => value.trim().is_empty(),
        ast::PatternElement::Placeable {
            expression: ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }),
        } => value.trim().is_empty(),
        ast::PatternElement::Placeable { .. } => false,
    })
}

/// Typography and layout slips in one FTL source, as (1-based line, description):
///
/// - a straight apostrophe in message text (`don't`) where the typographic `’` belongs;
/// - straight single quotes (`'Ship to'`) where `‘ ’` belong, and straight double quotes where
///   the language's own quotation marks belong;
/// - a group comment (`## Section`) not followed by a blank line (Fluent then reads it as the
///   next entry's note in some tools, and the files stop looking alike).
///
/// Comments and the text inside placeables (`{ "…" }`) are not message text and are skipped.
pub fn style_warnings(source: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let lines: Vec<&str> = source.lines().collect();
    for (i, line) in lines.iter().enumerate() {
        let n = i + 1;
        let trimmed = line.trim_start();
        if trimmed.starts_with('#') {
            if (trimmed.starts_with("## ") || trimmed == "##")
                && !trimmed.starts_with("###")
                && lines.get(i + 1).is_some_and(|next| !next.trim().is_empty())
            {
                out.push((
                    n,
                    "group comment is not followed by a blank line".to_string(),
                ));
            }
            continue;
        }
        // Message text only: skip placeables (nesting counted; string literals inside them).
        let chars: Vec<char> = line.chars().collect();
        let mut depth = 0usize;
        let mut apostrophes = 0usize;
        let mut single_quotes = 0usize;
        let mut double_quotes = 0usize;
        for (j, &c) in chars.iter().enumerate() {
            match c {
                '{' => depth += 1,
                '}' => depth = depth.saturating_sub(1),
                '\'' if depth == 0 => {
                    let before = j.checked_sub(1).and_then(|k| chars.get(k));
                    let after = chars.get(j + 1);
                    if before.is_some_and(|c| c.is_alphanumeric())
                        && after.is_some_and(|c| c.is_alphanumeric())
                    {
                        apostrophes += 1;
                    } else {
                        single_quotes += 1;
                    }
                }
                '"' if depth == 0 => double_quotes += 1,
                _ => {}
            }
        }
        if apostrophes > 0 {
            out.push((
                n,
                "straight apostrophe (') in message text: use ’".to_string(),
            ));
        }
        if single_quotes > 0 {
            out.push((
                n,
                "straight single quote (') in message text: use ‘ ’".to_string(),
            ));
        }
        if double_quotes > 0 {
            out.push((
                n,
                "straight double quote (\") in message text: use the language's quotation marks (“ ”, « », „ “)"
                    .to_string(),
            ));
        }
    }
    out
}

/// Errors (fail the tests, exit status 1) and warnings (printed) of a check.
#[derive(Default, Debug)]
pub struct Findings {
    pub errors: Vec<String>,
    pub warnings: Vec<String>,
}

/// One locale's files read from disk: its entries by id and the sources (for a bundle).
struct LoadedLocale {
    entries: BTreeMap<String, EntryInfo>,
    sources: Vec<String>,
}

fn load_locale(dir: &Path, locale: &str, findings: &mut Findings) -> LoadedLocale {
    let mut entries = BTreeMap::new();
    let mut sources = Vec::new();
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir.join(locale))
        .map(|rd| {
            rd.flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    if files.is_empty() {
        findings.errors.push(format!(
            "{locale}: no .ftl files in {}",
            dir.join(locale).display()
        ));
    }
    for file in files {
        let name = file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let Ok(source) = std::fs::read_to_string(&file) else {
            findings
                .errors
                .push(format!("{locale}/{name}: unreadable or not UTF-8"));
            continue;
        };
        for (line, warning) in style_warnings(&source) {
            findings
                .warnings
                .push(format!("{locale}/{name}:{line}: {warning}"));
        }
        let analysis = analyze(&source);
        for (line, error) in analysis.syntax_errors {
            findings
                .errors
                .push(format!("{locale}/{name}:{line}: syntax error: {error}"));
        }
        for info in analysis.entries {
            let (id, line) = (info.id.clone(), info.line);
            if entries.insert(id.clone(), info).is_some() {
                findings
                    .errors
                    .push(format!("{locale}/{name}:{line}: duplicate id `{id}`"));
            }
        }
        sources.push(source);
    }
    LoadedLocale { entries, sources }
}

/// Checks `locales` under `dir` (each a folder of `.ftl` files) against English (`dir/en`).
/// With `code`, also the ids the Rust sources under it use (see [`ids_used_in_code`]).
pub fn check_locales(dir: &Path, locales: &[&str], code: Option<&Path>) -> Findings {
    let mut findings = Findings::default();
    let english = load_locale(dir, "en", &mut Findings::default()).entries;
    for locale in locales {
        let loaded = load_locale(dir, locale, &mut findings);
        let entries = &loaded.entries;
        let categories = plural_categories(locale);
        for (id, info) in entries {
            let at = format!("{locale}/main.ftl:{}", info.line);
            if info.empty {
                findings
                    .errors
                    .push(format!("{at}: `{id}` has an empty value"));
            }
            for reference in &info.references {
                if !entries.contains_key(reference) {
                    findings
                        .errors
                        .push(format!("{at}: `{id}` references missing `{reference}`"));
                }
            }
            for keys in &info.plural_selects {
                for key in keys {
                    if !categories.contains(&key.as_str()) {
                        findings.errors.push(format!(
                            "{at}: `{id}` has plural variant [{key}], not a CLDR category of {locale} ({categories:?})"
                        ));
                    }
                }
                for category in categories {
                    if !keys.contains(*category) {
                        findings
                            .errors
                            .push(format!("{at}: `{id}` lacks plural category [{category}]"));
                    }
                }
            }
            if *locale == "en" {
                continue;
            }
            let Some(source) = english.get(id) else {
                findings
                    .errors
                    .push(format!("{at}: obsolete `{id}` (not in English)"));
                continue;
            };
            for missing in source.attributes.difference(&info.attributes) {
                findings
                    .errors
                    .push(format!("{at}: `{id}` lacks attribute .{missing}"));
            }
            for extra in info.attributes.difference(&source.attributes) {
                findings.errors.push(format!(
                    "{at}: `{id}` has attribute .{extra} that English lacks"
                ));
            }
            for extra in info.variables.difference(&source.variables) {
                findings.errors.push(format!(
                    "{at}: `{id}` uses ${extra}, which English does not pass"
                ));
            }
            for dropped in source.variables.difference(&info.variables) {
                findings
                    .warnings
                    .push(format!("{at}: `{id}` does not use ${dropped}"));
            }
        }
        if *locale != "en" {
            for id in english.keys().filter(|id| !entries.contains_key(*id)) {
                findings.errors.push(format!("{locale}: missing `{id}`"));
            }
        }
        format_every_message(locale, &loaded, &mut findings);
    }
    if let Some(code) = code {
        check_code_ids(&english, code, &mut findings);
    }
    findings
}

/// Formats every message and attribute with each sample number bound to every variable.
fn format_every_message(locale: &str, loaded: &LoadedLocale, findings: &mut Findings) {
    let Ok(langid) = locale.parse::<unic_langid::LanguageIdentifier>() else {
        findings
            .errors
            .push(format!("{locale}: not a language identifier"));
        return;
    };
    let mut bundle = FluentBundle::new(vec![langid]);
    for source in &loaded.sources {
        let resource =
            FluentResource::try_new(source.clone()).unwrap_or_else(|(resource, _)| resource);
        if let Err(errors) = bundle.add_resource(resource) {
            // Duplicates are reported above with their line.
            let other: Vec<_> = errors
                .iter()
                .filter(|e| !matches!(e, fluent_bundle::FluentError::Overriding { .. }))
                .collect();
            if !other.is_empty() {
                findings
                    .errors
                    .push(format!("{locale}: bundle refused resource: {other:?}"));
            }
        }
    }
    for (id, info) in loaded.entries.iter().filter(|(id, _)| !id.starts_with('-')) {
        let Some(message) = bundle.get_message(id) else {
            continue;
        };
        for number in SAMPLE_NUMBERS {
            let mut args = FluentArgs::new();
            for variable in &info.variables {
                args.set(variable.as_str(), FluentValue::from(number));
            }
            let patterns = message
                .value()
                .into_iter()
                .chain(message.attributes().map(|a| a.value()));
            let mut failed = false;
            for pattern in patterns {
                let mut errors = Vec::new();
                let _ = bundle.format_pattern(pattern, Some(&args), &mut errors);
                if !errors.is_empty() {
                    findings.errors.push(format!(
                        "{locale}/main.ftl:{}: `{id}` with {number}: {errors:?}",
                        info.line
                    ));
                    failed = true;
                    break;
                }
            }
            if failed {
                break;
            }
        }
    }
}

/// Call forms whose first string argument is a message id (`tr("nav-home")`,
/// `i18n.tf("cart-label", …)`, `i18n.t_or(…)`, error-detail and seller-score helpers).
const ID_MARKERS: [&str; 8] = [
    "tr(\"",
    ".t(\"",
    ".tf(\"",
    ".t_or(\"",
    "tr_args(\"",
    "detail(\"",
    "score(\"",
    "\", \"nav-",
];

fn is_id_like(s: &str) -> bool {
    let mut parts = s.splitn(2, '.');
    let ok = |p: &str| {
        p.starts_with(|c: char| c.is_ascii_lowercase())
            && p.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    };
    parts.next().is_some_and(ok) && parts.next().is_none_or(ok)
}

/// Ids the Rust sources under `dir` use: `(strict, literals)`. `strict` are the first string
/// arguments of the [`ID_MARKERS`] calls (each with `file:line`); `literals` is every id-like
/// string literal (ids built or passed around elsewhere count as used for the unused check).
pub fn ids_used_in_code(dir: &Path) -> (BTreeMap<String, String>, BTreeSet<String>) {
    fn walk(
        dir: &Path,
        root: &Path,
        strict: &mut BTreeMap<String, String>,
        all: &mut BTreeSet<String>,
    ) {
        let Ok(read) = std::fs::read_dir(dir) else {
            return;
        };
        let mut paths: Vec<PathBuf> = read.flatten().map(|e| e.path()).collect();
        paths.sort();
        for path in paths {
            if path.is_dir() {
                walk(&path, root, strict, all);
                continue;
            }
            if path.extension().is_none_or(|x| x != "rs") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            let shown = path
                .strip_prefix(root)
                .unwrap_or(&path)
                .display()
                .to_string();
            for (n, line) in text.lines().enumerate() {
                for marker in ID_MARKERS {
                    let mut rest = line;
                    while let Some(pos) = rest.find(marker) {
                        rest = &rest[pos + marker.len()..];
                        let id: String = rest.chars().take_while(|c| *c != '"').collect();
                        let id = if marker.ends_with("nav-") {
                            format!("nav-{id}")
                        } else {
                            id
                        };
                        if is_id_like(&id) {
                            strict
                                .entry(id)
                                .or_insert_with(|| format!("{shown}:{}", n + 1));
                        }
                    }
                }
                for literal in line.split('"').skip(1).step_by(2) {
                    if is_id_like(literal) && literal.contains('-') {
                        all.insert(literal.to_string());
                    }
                    // `format!("payment-method-{}", …)`: a family of ids built at run time.
                    if let Some((prefix, _)) = literal.split_once('{') {
                        if prefix.ends_with('-') && is_id_like(prefix.trim_end_matches('-')) {
                            all.insert(format!("{prefix}*"));
                        }
                    }
                }
            }
        }
    }
    let mut strict = BTreeMap::new();
    let mut all = BTreeSet::new();
    walk(dir, dir.parent().unwrap_or(dir), &mut strict, &mut all);
    all.extend(strict.keys().cloned());
    (strict, all)
}

/// Ids used in the code but missing from English (errors) and English messages no code names
/// (warnings; ids built at run time, like `error-<code>` and `nav-<item>`, are expected there).
fn check_code_ids(english: &BTreeMap<String, EntryInfo>, code: &Path, findings: &mut Findings) {
    let (strict, literals) = ids_used_in_code(code);
    if strict.is_empty() {
        findings.errors.push(format!(
            "code: no message ids found under {}",
            code.display()
        ));
    }
    for (id, at) in &strict {
        let exists = match id.split_once('.') {
            Some((message, attribute)) => english
                .get(message)
                .is_some_and(|e| e.attributes.contains(attribute)),
            None => english.contains_key(id),
        };
        if !exists {
            findings
                .errors
                .push(format!("{at}: code uses `{id}`, which English lacks"));
        }
    }
    // Every message a used message or term references counts as used too.
    let referenced: BTreeSet<&String> = english.values().flat_map(|e| &e.references).collect();
    for (id, info) in english {
        let dynamic = id.starts_with("error-")
            || id.starts_with("nav-")
            || literals
                .iter()
                .filter_map(|l| l.strip_suffix('*'))
                .any(|prefix| id.starts_with(prefix));
        if info.is_term() || dynamic || literals.contains(id) || referenced.contains(id) {
            continue;
        }
        findings.warnings.push(format!(
            "en/main.ftl:{}: `{id}` is not named in the code (unused?)",
            info.line
        ));
    }
}

/// One locale's messages (`dir/<locale>/main.ftl`) formatted as the app shows them: Fluent's
/// own number formatting, no bidi isolation marks.
pub struct Messages {
    bundle: FluentBundle<FluentResource>,
    path: PathBuf,
}

impl Messages {
    /// Loads `dir/<locale>/main.ftl`; an error for a missing file or a syntax error.
    pub fn load(dir: &Path, locale: &str) -> Result<Messages, String> {
        let path = dir.join(locale).join("main.ftl");
        let source =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let langid = locale
            .parse::<unic_langid::LanguageIdentifier>()
            .map_err(|e| format!("{locale}: {e}"))?;
        let resource = FluentResource::try_new(source)
            .map_err(|(_, e)| format!("{}: syntax errors {e:?}", path.display()))?;
        let mut bundle = FluentBundle::new(vec![langid]);
        bundle.set_use_isolating(false);
        bundle
            .add_resource(resource)
            .map_err(|e| format!("{}: {e:?}", path.display()))?;
        Ok(Messages { bundle, path })
    }

    /// The value of message `id` formatted with `args` (numbers); an error names what is
    /// missing (the message, its value, an argument).
    pub fn format(&self, id: &str, args: &[(&str, i64)]) -> Result<String, String> {
        let message = self
            .bundle
            .get_message(id)
            .ok_or_else(|| format!("no `{id}` in {}", self.path.display()))?;
        let pattern = message
            .value()
            .ok_or_else(|| format!("`{id}` has no value (only attributes)"))?;
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, FluentValue::from(*value));
        }
        let mut errors = Vec::new();
        let text = self
            .bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors);
        if errors.is_empty() {
            Ok(text.into_owned())
        } else {
            Err(format!("`{id}`: {errors:?}"))
        }
    }
}

/// The text of message `id` in `dir/<locale>/main.ftl` as the app shows it (see [`Messages`]).
pub fn format_message(
    dir: &Path,
    locale: &str,
    id: &str,
    args: &[(&str, i64)],
) -> Result<String, String> {
    Messages::load(dir, locale)?.format(id, args)
}

#[cfg(test)]
mod shipped;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn analysis_reads_lines_sections_and_notes() {
        let src = "## Cart\n\n# $count: pieces\ncart-count = { $count ->\n    [one] one\n   *[other] many\n}\nx =\n    .label = L\n";
        let a = analyze(src);
        assert!(a.syntax_errors.is_empty(), "{:?}", a.syntax_errors);
        assert_eq!(a.entries[0].id, "cart-count");
        assert_eq!(a.entries[0].line, 4);
        assert_eq!(a.entries[0].section, "Cart");
        assert_eq!(a.entries[0].note, "$count: pieces");
        assert_eq!(a.entries[0].plural_selects.len(), 1);
        assert_eq!(a.entries[1].line, 8);
        assert!(!a.entries[1].has_value);
    }

    #[test]
    fn style_warnings_find_straight_quotes_and_crowded_group_comments() {
        let src = "## Cart\ncart-title = Your cart\n\n## Orders\n\n\
                   # the seller's name (a comment: not checked)\n\
                   a = We couldn't find it.\n\
                   b = Choose 'Ship to' below.\n\
                   c = Press \"Pay\" now.\n\
                   d = { $n ->\n    [one] the seller's answer\n   *[other] x\n}\n\
                   e = Fine: we couldn’t, the ‘Ship to’ list, { \"'\" } and { \"\\\"\" }.\n";
        let found = style_warnings(src);
        let lines: Vec<usize> = found.iter().map(|(l, _)| *l).collect();
        assert_eq!(lines, vec![1, 7, 8, 9, 11], "{found:?}");
        assert!(found[0].1.contains("group comment"));
        assert!(found[1].1.contains("apostrophe"), "{found:?}");
        assert!(found[2].1.contains("single quote"), "{found:?}");
        assert!(found[3].1.contains("double quote"), "{found:?}");
        assert!(found[4].1.contains("apostrophe"), "{found:?}");
    }

    #[test]
    fn checker_reports_style_as_warnings_with_file_and_line() {
        let dir = std::env::temp_dir().join(format!("l10n-style-{}", std::process::id()));
        let en = dir.join("en");
        std::fs::create_dir_all(&en).unwrap();
        std::fs::write(en.join("main.ftl"), "## Site\nx = It's here.\n").unwrap();
        let findings = check_locales(&dir, &["en"], None);
        std::fs::remove_dir_all(&dir).unwrap();
        assert!(findings.errors.is_empty(), "{:?}", findings.errors);
        let warnings = findings.warnings.join("\n");
        assert!(
            warnings.contains("en/main.ftl:1: group comment"),
            "{warnings}"
        );
        assert!(
            warnings.contains("en/main.ftl:2: straight apostrophe"),
            "{warnings}"
        );
    }

    #[test]
    fn shipped_locales_have_typographic_quotes_and_spaced_groups() {
        for locale in LOCALES {
            let path = Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../../locales")
                .join(locale)
                .join("main.ftl");
            let source = std::fs::read_to_string(path).unwrap();
            let found = style_warnings(&source);
            assert!(found.is_empty(), "{locale}: {found:?}");
        }
    }

    #[test]
    fn plural_categories_follow_cldr() {
        assert_eq!(plural_category("ru", 1.0), "one");
        assert_eq!(plural_category("ru", 2.0), "few");
        assert_eq!(plural_category("ru", 5.0), "many");
        assert_eq!(plural_category("ru", 21.0), "one");
        assert_eq!(plural_category("ru", 1.5), "other");
        assert_eq!(plural_category("ar", 0.0), "zero");
        assert_eq!(plural_category("ar", 2.0), "two");
        assert_eq!(plural_category("ar", 11.0), "many");
        assert_eq!(plural_category("en", 1.5), "other");
    }
}
