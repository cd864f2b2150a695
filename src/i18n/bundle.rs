//! Fluent bundles: the locale in use (fetched at run time) over an embedded English fallback.
//! In the wasm that fallback holds only the messages the app needs when no locale file can be
//! had (errors, retry, loading: see build.rs); the full English file is fetched like any other
//! locale. Native builds (the unit tests) embed all of English.

use super::locale::Locale;
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use std::cell::Cell;
use unic_langid::LanguageIdentifier;

/// The English messages compiled in: the essentials in the wasm, everything in native builds.
#[cfg(target_arch = "wasm32")]
pub const EMBEDDED_EN: &str = include_str!(concat!(env!("OUT_DIR"), "/essentials.ftl"));
#[cfg(not(target_arch = "wasm32"))]
pub const EMBEDDED_EN: &str = include_str!("../../locales/en/main.ftl");

thread_local! {
    /// `Intl` tag the Fluent number formatter uses: the locale in use, not the bundle's own,
    /// so an English fallback message still shows numbers the reader's way.
    static NUMBER_TAG: Cell<&'static str> = const { Cell::new("en") };
}

/// Formats Fluent numbers (`{ $count }`) with `Intl.NumberFormat`; plural selection still
/// uses the raw number. Native builds keep Fluent's own formatting.
fn intl_number<M>(value: &FluentValue, _: &M) -> Option<String> {
    match value {
        FluentValue::Number(n) if cfg!(target_arch = "wasm32") => Some(super::intl::format_number(
            n.value,
            NUMBER_TAG.with(Cell::get),
        )),
        _ => None,
    }
}

/// Parses FTL source into a bundle for `locale`. Syntax errors drop only the broken entries
/// (Fluent recovers per entry); they are reported on the console.
pub fn build_bundle(locale: Locale, source: String) -> FluentBundle<FluentResource> {
    let langid: LanguageIdentifier = locale.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![langid]);
    // Fluent wraps placeables in U+2068/U+2069 so a Latin title inside Arabic text (or an
    // Arabic word in English) keeps its own direction. Only the RTL locale needs that;
    // elsewhere the marks would only get in the way of copy-paste and text matching.
    bundle.set_use_isolating(locale.dir() == super::locale::Dir::Rtl);
    bundle.set_formatter(Some(intl_number));
    let resource = match FluentResource::try_new(source) {
        Ok(r) => r,
        Err((r, errors)) => {
            crate::log::warn(&format!(
                "{}: {} Fluent syntax error(s)",
                locale.code(),
                errors.len()
            ));
            r
        }
    };
    if let Err(errors) = bundle.add_resource(resource) {
        crate::log::warn(&format!("{}: {errors:?}", locale.code()));
    }
    bundle
}

/// The messages of one locale plus the English fallback.
pub struct Localizer {
    locale: Locale,
    primary: Option<FluentBundle<FluentResource>>,
    fallback: FluentBundle<FluentResource>,
    /// Whether `primary` is the locale's whole file, not just the first load's messages.
    complete: bool,
}

impl Localizer {
    /// `source` is the fetched FTL of `locale`; `None` when the fetch failed (English only).
    pub fn new(locale: Locale, source: Option<String>) -> Self {
        let primary = source.map(|s| build_bundle(locale, s));
        Localizer {
            locale,
            complete: primary.is_some(),
            primary,
            fallback: build_bundle(Locale::En, EMBEDDED_EN.to_string()),
        }
    }

    /// Marks the messages as only the first load's part of the locale (`shell.ftl`).
    pub fn shell_only(mut self) -> Self {
        self.complete = false;
        self
    }

    /// Whether the locale's whole file is in (false for the shell or the English essentials).
    pub fn is_complete(&self) -> bool {
        self.complete
    }

    /// English only, from the compiled-in messages.
    pub fn embedded_english() -> Self {
        Localizer::new(Locale::En, None)
    }

    pub fn locale(&self) -> Locale {
        self.locale
    }

    /// Makes Fluent numbers format for this locale (call when it becomes the one in use).
    pub fn activate(&self) {
        NUMBER_TAG.with(|t| t.set(self.locale.intl_tag()));
    }

    /// Whether the message exists in the locale in use or in English.
    pub fn has(&self, id: &str) -> bool {
        self.primary.iter().any(|b| b.has_message(id)) || self.fallback.has_message(id)
    }

    /// Formats message `id` (or `id.attribute`) from the locale in use, else from English,
    /// else returns the id itself so a gap is visible but harmless.
    pub fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        self.try_format(id, args).unwrap_or_else(|| id.to_string())
    }

    /// Like [`format`](Self::format) but `None` when no bundle has the message.
    pub fn try_format(&self, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        self.try_format_plain(id, args)
            .map(|text| super::tools::transform(id, text))
    }

    /// The message as the locale has it, untouched by a translator mode (`?l10n=ids` shows ids
    /// everywhere else): for the mode's own banner, which must stay readable.
    pub fn try_format_plain(&self, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        let (msg_id, attr) = match id.split_once('.') {
            Some((m, a)) => (m, Some(a)),
            None => (id, None),
        };
        self.primary
            .iter()
            .chain(std::iter::once(&self.fallback))
            .find_map(|bundle| {
                let msg = bundle.get_message(msg_id)?;
                let pattern = match attr {
                    Some(a) => msg.get_attribute(a)?.value(),
                    None => msg.value()?,
                };
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, args, &mut errors);
                if !errors.is_empty() {
                    crate::log::warn(&format!("{id}: {errors:?}"));
                }
                Some(text.into_owned())
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn falls_back_to_english_for_missing_messages() {
        let l = Localizer::new(Locale::Ru, Some("only-here = Только тут\n".into()));
        assert_eq!(l.format("only-here", None), "Только тут");
        assert_eq!(l.format("nav-home", None), "Home");
        assert_eq!(l.format("no-such-message", None), "no-such-message");
        assert!(!l.has("no-such-message"));
    }

    #[test]
    fn terms_resolve_inside_messages() {
        let l = Localizer::embedded_english();
        assert_eq!(l.format("site-name", None), "Storefront");
    }

    #[test]
    fn failed_fetch_means_english() {
        let l = Localizer::new(Locale::De, None);
        assert_eq!(l.format("nav-cart", None), "Cart");
        assert_eq!(l.locale(), Locale::De);
    }

    #[test]
    fn broken_syntax_keeps_the_good_entries() {
        let l = Localizer::new(
            Locale::Es,
            Some("good = Bien\nbad = { $\nnav-home = Inicio\n".into()),
        );
        assert_eq!(l.format("good", None), "Bien");
        assert_eq!(l.format("nav-home", None), "Inicio");
    }

    #[test]
    fn russian_plurals_follow_cldr() {
        let src = "n = { $count ->\n [one] one\n [few] few\n [many] many\n *[other] other\n}\n";
        let l = Localizer::new(Locale::Ru, Some(src.into()));
        let pick = |n: i64| {
            let mut a = FluentArgs::new();
            a.set("count", n);
            l.format("n", Some(&a))
        };
        assert_eq!(pick(1), "one");
        assert_eq!(pick(21), "one");
        assert_eq!(pick(3), "few");
        assert_eq!(pick(5), "many");
        assert_eq!(pick(11), "many");
    }
}
