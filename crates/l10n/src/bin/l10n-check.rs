//! `cargo run -p storefront-l10n -- [--locales DIR] [--code DIR] [LOCALE…]`: checks the Fluent
//! files the way the tests do (`src/shipped.rs` calls the same library) and prints every
//! finding with its file and line. Exit status 1 when there are errors; warnings only print.
//! Defaults: `locales/` and `src/` of the repository, all six locales.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut locales_dir = root.join("locales");
    let mut code = Some(root.join("src"));
    let mut locales: Vec<String> = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--locales" => locales_dir = args.next().map(PathBuf::from).unwrap_or(locales_dir),
            "--code" => code = args.next().map(PathBuf::from),
            "--no-code" => code = None,
            "-h" | "--help" => {
                println!(
                    "usage: l10n-check [--locales DIR] [--code DIR | --no-code] [LOCALE...]\n\
                     Checks DIR/<locale>/*.ftl against DIR/en (default: the repository's locales/,\n\
                     its src/ for ids used in the code, and {}).",
                    storefront_l10n::LOCALES.join(" ")
                );
                return ExitCode::SUCCESS;
            }
            other => locales.push(other.to_string()),
        }
    }
    if locales.is_empty() {
        locales = storefront_l10n::LOCALES
            .iter()
            .map(|l| l.to_string())
            .collect();
    }
    let list: Vec<&str> = locales.iter().map(String::as_str).collect();
    let findings = storefront_l10n::check_locales(&locales_dir, &list, code.as_deref());
    for warning in &findings.warnings {
        println!("warning: {warning}");
    }
    for error in &findings.errors {
        println!("error: {error}");
    }
    println!(
        "{} error(s), {} warning(s) in {}",
        findings.errors.len(),
        findings.warnings.len(),
        list.join(", ")
    );
    if findings.errors.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
