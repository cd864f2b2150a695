//! Fixtures of the Storefront's end-to-end tests (`tests/e2e.rs`, one test binary):
//!
//! - [`Shop`]: the reference server binary with the built app (`dist/`) on a fresh database;
//! - [`with_browser`] and [`Ctx`]: chromedriver and headless Chromium on that shop, desktop or
//!   phone, with the steps a person takes (click, type, wait for what is shown);
//! - [`Buyer`]: registers, pays, is shipped to and delivered to through typed API calls, then
//!   signs the browser in ([`paid_order`], [`shipped_order`], [`declined_wallet_order`]);
//! - [`message`]: a locale's text of a message, read through `storefront-l10n`.
//!
//! Where things are: `STOREFRONT_DIST` (default `<repo>/dist`), `STOREFRONT_SERVER_BIN`
//! (default `<repo>/target/debug/storefront-server`), `CHROMIUM_BIN`, `CHROMEDRIVER_BIN`.

pub mod browser;
pub mod buyer;
pub mod shop;

pub use browser::{assert_adds_up, with_browser, with_browser_without_js, Ctx, Device, WAIT};
pub use buyer::{
    declined_wallet_order, paid_order, shipped_order, signed_in_buyer, Buyer, PASSWORD,
};
pub use shop::{Shop, OPERATOR_TOKEN};

use std::path::{Path, PathBuf};

/// The repository's root (the workspace of this crate).
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn env_path(var: &str, default: PathBuf) -> PathBuf {
    std::env::var_os(var).map(PathBuf::from).unwrap_or(default)
}

/// The built app: `STOREFRONT_DIST`, else the repository's `dist/`. Fails the test when it has
/// no `index.html`.
pub fn dist_dir() -> PathBuf {
    let dist = env_path("STOREFRONT_DIST", repo_root().join("dist"));
    assert!(
        dist.join("index.html").is_file(),
        "no built app at {}: run scripts/test.sh (it runs `trunk build --release --offline`)",
        dist.display()
    );
    dist
}

/// The text of message `id` in `locale` as the app shows it (its value formatted by Fluent
/// from `locales/<locale>/main.ftl`, without bidi isolation marks). Fails the test when the
/// message is missing or needs arguments; see [`message_with`].
pub fn message(locale: &str, id: &str) -> String {
    message_with(locale, id, &[])
}

/// [`message`] with numeric arguments, e.g. `message_with("ru", "dispute-error-file-large",
/// &[("count", 10)])`.
pub fn message_with(locale: &str, id: &str, args: &[(&str, i64)]) -> String {
    storefront_l10n::format_message(&repo_root().join("locales"), locale, id, args)
        .unwrap_or_else(|e| panic!("message {locale}/{id}: {e}"))
}

/// Fluent wraps placeables in U+2068/U+2069; visible-text comparisons ignore them.
pub fn strip_isolation_marks(text: &str) -> String {
    text.chars()
        .filter(|c| *c != '\u{2068}' && *c != '\u{2069}')
        .collect()
}

/// The amount of a shown USD price in cents: the last `$…` in the text, negative when a minus
/// (`−` or `-`) stands right before the `$`.
pub fn shown_cents(text: &str) -> Option<i64> {
    let text = strip_isolation_marks(text);
    let at = text.rfind('$')?;
    let digits: String = text[at + 1..]
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == ',' || *c == '.')
        .filter(|c| *c != ',')
        .collect();
    let (whole, frac) = digits.split_once('.').unwrap_or((&digits, "0"));
    let cents =
        whole.parse::<i64>().ok()? * 100 + format!("{frac:0<2}")[..2].parse::<i64>().ok()?;
    let minus = text[..at].trim_end().ends_with(['−', '-']);
    Some(if minus { -cents } else { cents })
}
