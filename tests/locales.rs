//! Locale checks run with every test: each locale under `locales/` must parse, match English
//! message for message (attributes and variables included), use exactly the CLDR plural
//! categories of its language, and format every message with sample arguments.
//! The bad fixture under `tests/fixtures/l10n-bad` proves each check can fail.
#![cfg(not(target_arch = "wasm32"))]

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const LOCALES: [&str; 6] = ["en", "ru", "es", "pt-BR", "de", "ar"];
const PLURAL_KEYWORDS: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];
const SAMPLE_NUMBERS: [f64; 10] = [0.0, 1.0, 2.0, 3.0, 5.0, 11.0, 21.0, 101.0, 1.5, 1_000_000.0];

/// CLDR cardinal plural categories per language.
fn plural_categories(locale: &str) -> &'static [&'static str] {
    match locale {
        "ru" => &["one", "few", "many", "other"],
        "ar" => &["zero", "one", "two", "few", "many", "other"],
        "es" | "pt-BR" => &["one", "many", "other"],
        _ => &["one", "other"],
    }
}

#[derive(Default, Debug)]
struct EntryInfo {
    attributes: BTreeSet<String>,
    variables: BTreeSet<String>,
    references: BTreeSet<String>,
    /// Identifier keys of each plural select expression.
    plural_selects: Vec<BTreeSet<String>>,
    empty: bool,
}

#[derive(Default, Debug)]
struct Findings {
    errors: Vec<String>,
    warnings: Vec<String>,
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

/// Parses one locale's files into entry id → info, recording syntax errors and duplicates.
fn load_locale(
    dir: &Path,
    locale: &str,
    findings: &mut Findings,
) -> (BTreeMap<String, EntryInfo>, Vec<String>) {
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
        let resource = match fluent_syntax::parser::parse(source.as_str()) {
            Ok(resource) => resource,
            Err((resource, errors)) => {
                for error in errors {
                    let line = source[..error.pos.start.min(source.len())]
                        .lines()
                        .count()
                        .max(1);
                    findings.errors.push(format!(
                        "{locale}/{name}:{line}: syntax error: {:?}",
                        error.kind
                    ));
                }
                resource
            }
        };
        for entry in &resource.body {
            let (id, value, attributes) = match entry {
                ast::Entry::Message(m) => (m.id.name.to_string(), m.value.as_ref(), &m.attributes),
                ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value), &t.attributes),
                _ => continue,
            };
            let mut info = EntryInfo::default();
            if let Some(value) = value {
                walk_pattern(value, &mut info);
                info.empty = is_blank(value);
            }
            for attribute in attributes {
                info.attributes.insert(attribute.id.name.to_string());
                walk_pattern(&attribute.value, &mut info);
                if is_blank(&attribute.value) {
                    info.empty = true;
                }
            }
            if entries.insert(id.clone(), info).is_some() {
                findings
                    .errors
                    .push(format!("{locale}/{name}: duplicate id `{id}`"));
            }
        }
        sources.push(source);
    }
    (entries, sources)
}

fn check_locales(dir: &Path, locales: &[&str]) -> Findings {
    let mut findings = Findings::default();
    let (english, _) = load_locale(dir, "en", &mut findings);
    for locale in locales {
        let (entries, sources) = load_locale(dir, locale, &mut findings);
        let categories = plural_categories(locale);
        for (id, info) in &entries {
            if info.empty {
                findings
                    .errors
                    .push(format!("{locale}: `{id}` has an empty value"));
            }
            for reference in &info.references {
                if !entries.contains_key(reference) {
                    findings
                        .errors
                        .push(format!("{locale}: `{id}` references missing `{reference}`"));
                }
            }
            for keys in &info.plural_selects {
                for key in keys {
                    if !categories.contains(&key.as_str()) {
                        findings.errors.push(format!(
                            "{locale}: `{id}` has plural variant [{key}], not a CLDR category of {locale} ({categories:?})"
                        ));
                    }
                }
                for category in categories {
                    if !keys.contains(*category) {
                        findings.errors.push(format!(
                            "{locale}: `{id}` lacks plural category [{category}]"
                        ));
                    }
                }
            }
            if *locale == "en" {
                continue;
            }
            let Some(source) = english.get(id) else {
                findings
                    .errors
                    .push(format!("{locale}: obsolete `{id}` (not in English)"));
                continue;
            };
            for missing in source.attributes.difference(&info.attributes) {
                findings
                    .errors
                    .push(format!("{locale}: `{id}` lacks attribute .{missing}"));
            }
            for extra in info.attributes.difference(&source.attributes) {
                findings.errors.push(format!(
                    "{locale}: `{id}` has attribute .{extra} that English lacks"
                ));
            }
            for extra in info.variables.difference(&source.variables) {
                findings.errors.push(format!(
                    "{locale}: `{id}` uses ${extra}, which English does not pass"
                ));
            }
            for dropped in source.variables.difference(&info.variables) {
                findings
                    .warnings
                    .push(format!("{locale}: `{id}` does not use ${dropped}"));
            }
        }
        if *locale != "en" {
            for id in english.keys().filter(|id| !entries.contains_key(*id)) {
                findings.errors.push(format!("{locale}: missing `{id}`"));
            }
        }
        format_every_message(locale, &entries, sources, &mut findings);
    }
    findings
}

/// Formats every message and attribute with each sample number bound to every variable.
fn format_every_message(
    locale: &str,
    entries: &BTreeMap<String, EntryInfo>,
    sources: Vec<String>,
    findings: &mut Findings,
) {
    let Ok(langid) = locale.parse::<unic_langid::LanguageIdentifier>() else {
        findings
            .errors
            .push(format!("{locale}: not a language identifier"));
        return;
    };
    let mut bundle = FluentBundle::new(vec![langid]);
    for source in sources {
        let resource = FluentResource::try_new(source).unwrap_or_else(|(resource, _)| resource);
        if let Err(errors) = bundle.add_resource(resource) {
            findings
                .errors
                .push(format!("{locale}: bundle refused resource: {errors:?}"));
        }
    }
    for (id, info) in entries.iter().filter(|(id, _)| !id.starts_with('-')) {
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
            for pattern in patterns {
                let mut errors = Vec::new();
                let _ = bundle.format_pattern(pattern, Some(&args), &mut errors);
                if !errors.is_empty() {
                    findings
                        .errors
                        .push(format!("{locale}: `{id}` with {number}: {errors:?}"));
                    break;
                }
            }
        }
    }
}

#[test]
fn shipped_locales_are_complete_and_well_formed() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let findings = check_locales(&dir, &LOCALES);
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
    let findings = check_locales(&dir, &["en", "ru"]);
    let all = findings.errors.join("\n");
    let expected = [
        "syntax error",
        "duplicate id `greeting`",
        "ru: missing `only-english`",
        "ru: obsolete `only-russian`",
        "lacks attribute .placeholder",
        "uses $name, which English does not pass",
        "has plural variant [two], not a CLDR category of ru",
        "`items` lacks plural category [few]",
        "references missing `-brand-missing`",
        "`blank` has an empty value",
        "`broken-call` with",
    ];
    for needle in expected {
        assert!(
            all.contains(needle),
            "no finding containing {needle:?} in:\n{all}"
        );
    }
    assert!(
        findings
            .warnings
            .iter()
            .any(|w| w.contains("`dropped-var` does not use $count")),
        "dropped variable is warned: {:?}",
        findings.warnings
    );
}
