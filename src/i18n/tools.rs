//! Translator modes behind `?l10n=` (kept for the visit; `?l10n=off` ends it):
//!
//! - `ids`: every message shows its id in place; hovering or focusing it shows all six
//!   translations (the overlay is a lazy chunk, `features::translator`).
//! - `pseudo`: English, accented, about 40 % longer and bracketed — `[Ĥöɱé·····]` — so text
//!   that does not come from Fluent (hard-coded or concatenated) and overflow stand out.
//! - `pseudo-rtl`: English mirrored right-to-left (`<html dir=rtl>`, text in a right-to-left
//!   override), to see the layout as Arabic readers do without reading Arabic.
//!
//! Only this small transform lives in the first load; the tools around it are lazy.

use std::cell::Cell;

/// Which translator mode is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ToolMode {
    Off,
    Ids,
    Pseudo,
    PseudoRtl,
}

/// The mode is kept for the tab's visit in `sessionStorage` under this key, so a reload or a
/// typed URL keeps it; `?l10n=off` ends it.
pub const KEY_TOOL_MODE: &str = "storefront.l10n-mode";

thread_local! {
    static MODE: Cell<ToolMode> = const { Cell::new(ToolMode::Off) };
}

impl ToolMode {
    pub fn parse(value: &str) -> Option<ToolMode> {
        match value.trim() {
            "ids" => Some(ToolMode::Ids),
            "pseudo" => Some(ToolMode::Pseudo),
            "pseudo-rtl" => Some(ToolMode::PseudoRtl),
            "off" | "" => Some(ToolMode::Off),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            ToolMode::Off => "off",
            ToolMode::Ids => "ids",
            ToolMode::Pseudo => "pseudo",
            ToolMode::PseudoRtl => "pseudo-rtl",
        }
    }

    /// Pseudo-locales are transformed English.
    pub fn is_pseudo(self) -> bool {
        matches!(self, ToolMode::Pseudo | ToolMode::PseudoRtl)
    }
}

/// The mode in use.
pub fn mode() -> ToolMode {
    MODE.with(Cell::get)
}

pub fn set_mode(mode: ToolMode) {
    MODE.with(|m| m.set(mode));
}

/// Reads the mode from `?l10n=` (remembered for the tab) or the tab's remembered one.
pub fn init_from_url() -> ToolMode {
    #[cfg(target_arch = "wasm32")]
    {
        let window = web_sys::window();
        let session = window
            .as_ref()
            .and_then(|w| w.session_storage().ok().flatten());
        let from_url = window
            .as_ref()
            .and_then(|w| w.location().search().ok())
            .and_then(|s| web_sys::UrlSearchParams::new_with_str(&s).ok())
            .and_then(|p| p.get("l10n"))
            .and_then(|v| ToolMode::parse(&v));
        let mode = match from_url {
            Some(m) => {
                if let Some(s) = &session {
                    let _ = s.set_item(KEY_TOOL_MODE, m.as_str());
                }
                m
            }
            None => session
                .and_then(|s| s.get_item(KEY_TOOL_MODE).ok().flatten())
                .and_then(|v| ToolMode::parse(&v))
                .unwrap_or(ToolMode::Off),
        };
        set_mode(mode);
        mode
    }
    #[cfg(not(target_arch = "wasm32"))]
    mode()
}

/// Applies the mode to a formatted message `text` of message `id`.
pub fn transform(id: &str, text: String) -> String {
    match mode() {
        ToolMode::Off => text,
        ToolMode::Ids => id.to_string(),
        ToolMode::Pseudo => pseudo(&text),
        // RIGHT-TO-LEFT OVERRIDE … POP DIRECTIONAL FORMATTING: Latin letters laid out as if
        // they were Arabic ones, inside brackets that mark them as Fluent's.
        ToolMode::PseudoRtl => format!("\u{202E}[{text}]\u{202C}"),
    }
}

/// Accented, bracketed, padded to at least 140 % of the original length. Placeholders'
/// values (numbers, names) are accented with the text around them: they came through Fluent.
pub fn pseudo(text: &str) -> String {
    const FROM: &str = "aceinouyAEIOUCN";
    const TO: [char; 15] = [
        'á', 'ç', 'é', 'î', 'ñ', 'ö', 'ü', 'ý', 'Å', 'É', 'Î', 'Ö', 'Ü', 'Ç', 'Ñ',
    ];
    let mut out = String::with_capacity(text.len() * 2 + 8);
    out.push('[');
    let mut len = 0usize;
    for c in text.chars() {
        len += 1;
        out.push(FROM.find(c).and_then(|i| TO.get(i).copied()).unwrap_or(c));
    }
    for _ in 0..len.div_ceil(5) * 2 {
        out.push('·');
    }
    out.push(']');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pseudo_is_bracketed_accented_and_longer() {
        let p = pseudo("Add to cart");
        assert!(p.starts_with('[') && p.ends_with(']'), "{p}");
        assert!(p.contains("Ådd"), "{p}");
        assert!(
            p.chars().count() - 2 >= "Add to cart".len() * 14 / 10,
            "{p}"
        );
    }

    #[test]
    fn modes_parse() {
        assert_eq!(ToolMode::parse("ids"), Some(ToolMode::Ids));
        assert_eq!(ToolMode::parse("pseudo-rtl"), Some(ToolMode::PseudoRtl));
        assert_eq!(ToolMode::parse("off"), Some(ToolMode::Off));
        assert_eq!(ToolMode::parse("x"), None);
        assert!(ToolMode::Pseudo.is_pseudo() && !ToolMode::Ids.is_pseudo());
    }
}
