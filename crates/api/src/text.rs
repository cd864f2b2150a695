//! Text that buyers type (names, addresses, messages): NFC normalisation and the characters the
//! server refuses. The server stores [`normalize`]d text; the app may call [`check`] first.

use unicode_normalization::UnicodeNormalization;

/// Field error code: the text holds a control character (other than line breaks and tabs in
/// multi-line fields) or a bidirectional embedding/override/isolate character.
pub const ERR_INVALID_CHARACTERS: &str = "invalid_characters";

/// NFC form of `s`, trimmed.
pub fn normalize(s: &str) -> String {
    s.trim().nfc().collect()
}

/// U+202A–U+202E (embeddings, overrides) and U+2066–U+2069 (isolates).
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Characters that show nothing: whitespace, zero-width and other format characters, fillers,
/// variation selectors.
pub fn is_invisible(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{00AD}'
                | '\u{034F}'
                | '\u{061C}'
                | '\u{115F}'
                | '\u{1160}'
                | '\u{17B4}'
                | '\u{17B5}'
                | '\u{180B}'..='\u{180F}'
                | '\u{200B}'..='\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2060}'..='\u{206F}'
                | '\u{3164}'
                | '\u{FE00}'..='\u{FE0F}'
                | '\u{FEFF}'
                | '\u{FFA0}'
                | '\u{E0000}'..='\u{E007F}'
        )
}

/// What is wrong with a typed text, if anything: `Some(ERR_INVALID_CHARACTERS)` for control or
/// bidi-control characters (`multiline` allows `\n`, `\r` and `\t`), `Some("required")` when it
/// is empty or only invisible characters.
pub fn check(s: &str, multiline: bool) -> Option<&'static str> {
    let bad = s.chars().any(|c| {
        is_bidi_control(c) || (c.is_control() && !(multiline && matches!(c, '\n' | '\r' | '\t')))
    });
    if bad {
        return Some(ERR_INVALID_CHARACTERS);
    }
    if s.chars().all(is_invisible) {
        return Some("required");
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_controls_bidi_and_invisible_only() {
        assert_eq!(check("\0\0", false), Some(ERR_INVALID_CHARACTERS));
        assert_eq!(
            check("Ann\u{202E}txt.exe", false),
            Some(ERR_INVALID_CHARACTERS)
        );
        assert_eq!(check("a\u{2067}b", false), Some(ERR_INVALID_CHARACTERS));
        assert_eq!(check("\u{200B}\u{200B}", false), Some("required"));
        assert_eq!(check(" \u{FEFF} ", true), Some("required"));
        assert_eq!(check("line one\nline two", true), None);
        assert_eq!(
            check("line one\nline two", false),
            Some(ERR_INVALID_CHARACTERS)
        );
        assert_eq!(check("Анна Müller محمد", false), None);
    }

    #[test]
    fn normalizes_to_nfc() {
        // "e" + combining acute → "é".
        assert_eq!(normalize("  Rene\u{301} "), "Ren\u{e9}");
    }
}
