//! `cargo run -p storefront-l10n -- [--locales DIR] [--code DIR] [LOCALE…]`: checks the Fluent
//! files the way the tests do (`src/shipped.rs` calls the same library) and prints every
//! finding with its file and line. Exit status 1 when there are errors; warnings only print.
//! Defaults: `locales/` and `src/` of the repository, all six locales.
//!
//! `l10n-check cut --list LIST --name FILE [--from DIR] [--into DIR]`: for every
//! `DIR/<lang>/main.ftl` (default: the repository's `locales/`), writes the entries LIST names
//! (see [`storefront_l10n::CutList`]) to `<into>/<lang>/FILE`. Without `--into`, into
//! `$TRUNK_STAGING_DIR/locales` (a trunk `post_build` hook: `locales/shell.txt` → `shell.ftl`,
//! `locales/widget.txt` → the widget build's `widget.ftl`).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    if std::env::args().nth(1).as_deref() == Some("cut") {
        return match cut(&root, std::env::args().skip(2)) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("l10n-check cut: {e}");
                ExitCode::FAILURE
            }
        };
    }
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

/// The `cut` subcommand (see the top of this file).
fn cut(root: &Path, mut args: impl Iterator<Item = String>) -> Result<(), String> {
    let (mut list, mut name, mut from, mut into) = (None, None, root.join("locales"), None);
    while let Some(arg) = args.next() {
        let mut value = || args.next().ok_or(format!("{arg} needs a value"));
        match arg.as_str() {
            "--list" => list = Some(PathBuf::from(value()?)),
            "--name" => name = Some(value()?),
            "--from" => from = PathBuf::from(value()?),
            "--into" => into = Some(PathBuf::from(value()?)),
            other => return Err(format!("unknown argument {other}")),
        }
    }
    let usage = "usage: l10n-check cut --list LIST --name FILE [--from DIR] [--into DIR]";
    let (Some(list_path), Some(name)) = (list, name) else {
        return Err(usage.into());
    };
    let into = match into {
        Some(dir) => dir,
        None => std::env::var_os("TRUNK_STAGING_DIR")
            .map(|dir| PathBuf::from(dir).join("locales"))
            .ok_or(format!(
                "run by trunk (TRUNK_STAGING_DIR) or with --into DIR; {usage}"
            ))?,
    };
    let list_text =
        std::fs::read_to_string(&list_path).map_err(|e| format!("{}: {e}", list_path.display()))?;
    let list = storefront_l10n::CutList::parse(&list_text);
    let mut written = 0;
    for locale in storefront_l10n::LOCALES {
        let source_path = from.join(locale).join("main.ftl");
        let source = std::fs::read_to_string(&source_path)
            .map_err(|e| format!("{}: {e}", source_path.display()))?;
        let text = storefront_l10n::cut(&source, |e| list.takes(e))
            .map_err(|e| format!("{}: {e}", source_path.display()))?;
        let dir = into.join(locale);
        std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        std::fs::write(dir.join(&name), text)
            .map_err(|e| format!("{}: {e}", dir.join(&name).display()))?;
        written += 1;
    }
    if written == 0 {
        return Err(format!("no locale files under {}", from.display()));
    }
    Ok(())
}
