//! The app starts with `locales/<lang>/shell.ftl` (cut from main.ftl by the build, see
//! locales/shell.txt) and fetches the rest with the first lazy page. These checks keep the
//! shell whole: every message the first load's components name is in it, in every locale.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use storefront_l10n::LOCALES;

/// The code `/` runs before any lazy chunk: the layout, the home page and their components.
const SHELL_SOURCES: [&str; 17] = [
    "src/app/mod.rs",
    "src/pages/home.rs",
    "src/components/not_found.rs",
    "src/components/header.rs",
    "src/components/footer.rs",
    "src/components/bottom_nav.rs",
    "src/components/product_card.rs",
    "src/features/catalog/feed.rs",
    "src/components/category_grid.rs",
    "src/components/states.rs",
    "src/features/catalog/search_box.rs",
    "src/components/price.rs",
    "src/components/title.rs",
    "src/features/cart/drawer.rs",
    "src/features/translator/mod.rs",
    "src/api/request.rs",
    "src/api/error.rs",
];

fn root() -> PathBuf {
    storefront_e2e::repo_root()
}

use storefront_e2e::dist_dir;

/// Message and term ids defined in FTL source (read by `storefront-l10n`, the one parser).
fn ids(ftl: &str) -> BTreeSet<String> {
    let analysis = storefront_l10n::analyze(ftl);
    assert!(
        analysis.syntax_errors.is_empty(),
        "syntax errors: {:?}",
        analysis.syntax_errors
    );
    analysis.entries.into_iter().map(|e| e.id).collect()
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| {
        panic!(
            "{}: {e} (build with scripts/test.sh or trunk build --release --offline)",
            path.display()
        )
    })
}

fn shell_ids(locale: &str) -> BTreeSet<String> {
    ids(&read(
        &dist_dir().join("locales").join(locale).join("shell.ftl"),
    ))
}

#[test]
fn every_locale_has_the_same_shell_messages() {
    let en = shell_ids("en");
    assert!(
        en.len() > 50,
        "the English shell has only {} messages",
        en.len()
    );
    for locale in LOCALES {
        assert_eq!(
            shell_ids(locale),
            en,
            "{locale}/shell.ftl differs from en/shell.ftl"
        );
    }
}

#[test]
fn the_first_load_finds_its_messages_in_the_shell() {
    let english = ids(&read(&root().join("locales/en/main.ftl")));
    let shell = shell_ids("en");
    let mut missing = BTreeSet::new();
    for source in SHELL_SOURCES {
        let code = read(&root().join(source));
        for literal in code.split('"').skip(1).step_by(2) {
            if english.contains(literal) && !shell.contains(literal) {
                missing.insert(format!("{literal} ({source})"));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "messages the first load uses but shell.ftl lacks (add them to locales/shell.txt): {missing:?}"
    );
}

/// The widget build's messages of `locale` (`locales/widget.txt`, cut by `l10n-check cut`).
fn widget_ids(locale: &str) -> BTreeSet<String> {
    ids(&read(
        &dist_dir()
            .join("embed/locales")
            .join(locale)
            .join("widget.ftl"),
    ))
}

/// The partner widgets load only `embed/locales/<lang>/widget.ftl`: every message their code
/// names is in it, in every locale.
#[test]
fn the_widgets_find_their_messages_in_widget_ftl() {
    let english = ids(&read(&root().join("locales/en/main.ftl")));
    let widget = widget_ids("en");
    let mut missing = BTreeSet::new();
    let dir = root().join("src/embed");
    let mut sources: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .flatten()
        .map(|e| e.path())
        .collect();
    sources.sort();
    for source in &sources {
        let code = read(source);
        for literal in code.split('"').skip(1).step_by(2) {
            if english.contains(literal) && !widget.contains(literal) {
                missing.insert(format!("{literal} ({})", source.display()));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "messages the widgets use but widget.ftl lacks (add them to locales/widget.txt): {missing:?}"
    );
    for locale in LOCALES {
        assert_eq!(
            widget_ids(locale),
            widget,
            "{locale}/widget.ftl differs from en/widget.ftl"
        );
    }
}
