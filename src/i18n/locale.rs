//! The UI locales, their negotiation (URL → saved choice → browser languages → English) and
//! the facts each one carries (text direction, the tag handed to `Intl`).

/// A locale the UI is translated into.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Locale {
    En,
    Ru,
    Es,
    PtBr,
    De,
    Ar,
}

/// Text direction of a locale, as written into `<html dir>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dir {
    Ltr,
    Rtl,
}

impl Dir {
    pub fn as_str(self) -> &'static str {
        match self {
            Dir::Ltr => "ltr",
            Dir::Rtl => "rtl",
        }
    }
}

impl Locale {
    /// Every locale, in the order the language switcher lists them.
    pub const ALL: [Locale; 6] = [
        Locale::En,
        Locale::Ru,
        Locale::Es,
        Locale::PtBr,
        Locale::De,
        Locale::Ar,
    ];

    /// BCP 47 code: the `lang` query value, the locale folder and `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Ru => "ru",
            Locale::Es => "es",
            Locale::PtBr => "pt-BR",
            Locale::De => "de",
            Locale::Ar => "ar",
        }
    }

    /// The language's name in itself, as the switcher shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::Ru => "Русский",
            Locale::Es => "Español",
            Locale::PtBr => "Português (Brasil)",
            Locale::De => "Deutsch",
            Locale::Ar => "العربية",
        }
    }

    pub fn dir(self) -> Dir {
        match self {
            Locale::Ar => Dir::Rtl,
            _ => Dir::Ltr,
        }
    }

    /// Tag passed to `Intl` formatters.
    ///
    /// Arabic is pinned to Latin digits (`nu-latn`): prices sit next to Latin SKU codes,
    /// model numbers and product titles, the Gulf markets we ship to (AE, SA) use Western
    /// digits in commerce, and it keeps one digit shape whatever CLDR default a browser's
    /// ICU build picks for plain `ar`.
    pub fn intl_tag(self) -> &'static str {
        match self {
            Locale::Ar => "ar-u-nu-latn",
            other => other.code(),
        }
    }

    /// Matches one BCP 47-ish tag (`ru-RU`, `pt`, `pt_br`, `EN-us`) to a supported locale by
    /// its primary language. Portuguese of any region maps to pt-BR, the one we have.
    pub fn match_tag(tag: &str) -> Option<Locale> {
        let tag = tag.trim();
        let primary = tag.split(['-', '_']).next().unwrap_or_default();
        match primary.to_ascii_lowercase().as_str() {
            "en" => Some(Locale::En),
            "ru" => Some(Locale::Ru),
            "es" => Some(Locale::Es),
            "pt" => Some(Locale::PtBr),
            "de" => Some(Locale::De),
            "ar" => Some(Locale::Ar),
            _ => None,
        }
    }

    /// Exact code (case-insensitive) as stored or put in the URL; falls back to `match_tag`.
    pub fn parse(code: &str) -> Option<Locale> {
        Locale::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(code.trim()))
            .or_else(|| Locale::match_tag(code))
    }
}

/// URL `?lang=` → saved choice → the browser's languages in order → English.
pub fn negotiate<S: AsRef<str>>(url: Option<&str>, saved: Option<&str>, browser: &[S]) -> Locale {
    url.and_then(Locale::parse)
        .or_else(|| saved.and_then(Locale::parse))
        .or_else(|| browser.iter().find_map(|t| Locale::match_tag(t.as_ref())))
        .unwrap_or(Locale::En)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn url_beats_saved_beats_browser() {
        let browser = ["de-DE", "en"];
        assert_eq!(negotiate(Some("ru"), Some("es"), &browser), Locale::Ru);
        assert_eq!(negotiate(None, Some("es"), &browser), Locale::Es);
        assert_eq!(negotiate(None, None, &browser), Locale::De);
    }

    #[test]
    fn regional_and_partial_tags_match() {
        assert_eq!(Locale::match_tag("pt"), Some(Locale::PtBr));
        assert_eq!(Locale::match_tag("pt-PT"), Some(Locale::PtBr));
        assert_eq!(Locale::match_tag("ru-RU"), Some(Locale::Ru));
        assert_eq!(Locale::match_tag("EN_us"), Some(Locale::En));
        assert_eq!(Locale::parse("PT-br"), Some(Locale::PtBr));
    }

    #[test]
    fn unknown_everything_is_english() {
        let browser: [&str; 2] = ["zh-CN", "ja"];
        assert_eq!(negotiate(Some("xx"), Some("klingon"), &browser), Locale::En);
        assert_eq!(negotiate::<&str>(None, None, &[]), Locale::En);
        assert_eq!(negotiate(Some(""), None, &["", "fr"]), Locale::En);
    }

    #[test]
    fn invalid_url_value_falls_through_to_saved() {
        assert_eq!(negotiate(Some("zz"), Some("ar"), &["en"]), Locale::Ar);
    }

    #[test]
    fn only_arabic_is_rtl() {
        for l in Locale::ALL {
            let want = if l == Locale::Ar { Dir::Rtl } else { Dir::Ltr };
            assert_eq!(l.dir(), want, "{l:?}");
        }
        assert_eq!(Locale::Ar.dir().as_str(), "rtl");
        assert_eq!(Locale::Ar.intl_tag(), "ar-u-nu-latn");
    }

    #[test]
    fn codes_round_trip() {
        for l in Locale::ALL {
            assert_eq!(Locale::parse(l.code()), Some(l));
        }
    }
}
