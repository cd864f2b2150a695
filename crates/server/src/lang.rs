//! Data language negotiation for the `lang` query parameter.

/// A catalogue data language. Data missing in a language falls back to English.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    En,
    Ru,
    Es,
    PtBr,
    De,
    Ar,
}

impl Lang {
    /// Parses `ru`, `ru-RU`, `pt`, `pt_BR`, `PT-br`, … Unknown or absent → English.
    /// A list (`ru,en;q=0.8`) takes the first supported entry.
    pub fn negotiate(value: Option<&str>) -> Lang {
        let Some(value) = value else {
            return Lang::En;
        };
        value
            .split(',')
            .filter_map(|item| Lang::parse_one(item.split(';').next().unwrap_or("")))
            .next()
            .unwrap_or(Lang::En)
    }

    /// One supported tag (`ru`, `pt-BR`, `de_AT`…), `None` for anything else.
    pub fn parse(tag: &str) -> Option<Lang> {
        Lang::parse_one(tag)
    }

    /// All six, in table order.
    pub const ALL: [Lang; 6] = [Lang::En, Lang::Ru, Lang::Es, Lang::PtBr, Lang::De, Lang::Ar];

    fn parse_one(tag: &str) -> Option<Lang> {
        let tag = tag.trim().to_ascii_lowercase().replace('_', "-");
        let primary = tag.split('-').next().unwrap_or("");
        Some(match primary {
            "en" => Lang::En,
            "ru" => Lang::Ru,
            "es" => Lang::Es,
            "pt" => Lang::PtBr,
            "de" => Lang::De,
            "ar" => Lang::Ar,
            _ => return None,
        })
    }

    /// Position in the six-language tables (en, ru, es, pt-BR, de, ar).
    pub fn index(self) -> usize {
        self as usize
    }

    pub fn code(self) -> &'static str {
        storefront_api::DATA_LANGUAGES[self.index()]
    }

    /// SQL for a product's title in this language from the `products` columns (`prefix` is a
    /// table alias with its dot, or empty); English where the column is NULL (a catalogue
    /// seeded before titles existed in every language).
    pub fn title_sql(self, prefix: &str) -> String {
        match self {
            Lang::En => format!("{prefix}title_en"),
            Lang::Ru => format!("{prefix}title_ru"),
            Lang::Es => format!("COALESCE({prefix}title_es, {prefix}title_en)"),
            Lang::PtBr => format!("COALESCE({prefix}title_pt_br, {prefix}title_en)"),
            Lang::De => format!("COALESCE({prefix}title_de, {prefix}title_en)"),
            Lang::Ar => format!("COALESCE({prefix}title_ar, {prefix}title_en)"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiates_codes_and_variants() {
        assert_eq!(Lang::negotiate(None), Lang::En);
        assert_eq!(Lang::negotiate(Some("ru")), Lang::Ru);
        assert_eq!(Lang::negotiate(Some("ru-RU")), Lang::Ru);
        assert_eq!(Lang::negotiate(Some("pt")), Lang::PtBr);
        assert_eq!(Lang::negotiate(Some("pt-BR")), Lang::PtBr);
        assert_eq!(Lang::negotiate(Some("pt_br")), Lang::PtBr);
        assert_eq!(Lang::negotiate(Some("DE")), Lang::De);
        assert_eq!(Lang::negotiate(Some("ar-SA")), Lang::Ar);
        assert_eq!(Lang::negotiate(Some("es-419")), Lang::Es);
        assert_eq!(Lang::negotiate(Some("fr,ru;q=0.5")), Lang::Ru);
        assert_eq!(Lang::negotiate(Some("xx")), Lang::En);
        assert_eq!(Lang::negotiate(Some("")), Lang::En);
    }

    #[test]
    fn codes_match_the_contract() {
        assert_eq!(Lang::PtBr.code(), "pt-BR");
        assert_eq!(Lang::Ar.index(), 5);
    }
}
