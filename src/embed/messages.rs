//! The widgets' messages without Fluent's runtime: `widget.ftl` (cut from each `main.ftl` by
//! the build, `locales/widget.txt`) uses only the simplest Fluent — text, `{ $var }`, and a
//! whole-message `{ $var -> [one] … *[other] … }` on a number — and the parser, resolver and
//! CLDR plural tables of fluent-bundle would be a third of the widget's download. Plural
//! categories come from the browser's `Intl.PluralRules`, numbers from `Intl.NumberFormat`.
//! The tests check every widget message of every locale against fluent-bundle itself.

use crate::i18n::{Dir, Locale};

/// The English widget messages, compiled in for when the locale file cannot be fetched
/// (build.rs cuts them from `locales/en/main.ftl` by `locales/widget.txt`).
#[cfg(target_arch = "wasm32")]
const EMBEDDED_EN: &str = include_str!(concat!(env!("OUT_DIR"), "/widget-en.ftl"));
#[cfg(not(target_arch = "wasm32"))]
const EMBEDDED_EN: &str = include_str!("../../locales/en/main.ftl");

/// A message argument.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Text(String),
    Number(f64),
}

/// The messages of the widget's locale over the English ones.
pub struct Messages {
    locale: Locale,
    primary: Vec<(String, String)>,
    english: Vec<(String, String)>,
}

/// `id = value` entries of FTL source; a value's continuation lines (indented) are kept with
/// their line breaks. Comments, terms' attributes and blank lines end nothing they need not.
pub fn parse(source: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    let mut open = false;
    for line in source.lines() {
        let first = line.chars().next();
        match first {
            Some(c) if c.is_whitespace() => {
                if let (true, Some((_, value))) = (open, out.last_mut()) {
                    value.push('\n');
                    value.push_str(line.trim());
                }
            }
            Some(c) if c.is_ascii_alphabetic() || c == '-' => {
                open = false;
                if let Some((id, value)) = line.split_once('=') {
                    out.push((id.trim().to_string(), value.trim().to_string()));
                    open = true;
                }
            }
            // A closing brace of a select expression sits in column 0.
            Some('}') if open => {
                if let Some((_, value)) = out.last_mut() {
                    value.push_str("\n}");
                }
            }
            _ => open = false,
        }
    }
    out
}

impl Messages {
    /// `source`: the fetched `widget.ftl` of `locale`, `None` when it could not be had.
    pub fn new(locale: Locale, source: Option<&str>) -> Messages {
        Messages {
            locale,
            primary: source.map(parse).unwrap_or_default(),
            english: parse(EMBEDDED_EN),
        }
    }

    pub fn locale(&self) -> Locale {
        self.locale
    }

    fn find(&self, id: &str) -> Option<(&str, Locale)> {
        fn get<'a>(list: &'a [(String, String)], id: &str) -> Option<&'a str> {
            list.iter().find(|(k, _)| k == id).map(|(_, v)| v.as_str())
        }
        get(&self.primary, id)
            .map(|v| (v, self.locale))
            .or_else(|| get(&self.english, id).map(|v| (v, Locale::En)))
    }

    pub fn t(&self, id: &str) -> String {
        self.tf(id, &[])
    }

    /// The message `id` with arguments; the id itself when no locale has it.
    pub fn tf(&self, id: &str, args: &[(&str, Arg)]) -> String {
        match self.find(id) {
            Some((value, source)) => format(value, args, self.locale, source, &|n| {
                plural_category(n, source)
            }),
            None => id.to_string(),
        }
    }
}

/// Formats a pattern. `number` renders numeric arguments for the locale in use, `plural`
/// names a number's CLDR category in the pattern's own language (`source`).
pub fn format(
    pattern: &str,
    args: &[(&str, Arg)],
    locale: Locale,
    source: Locale,
    plural: &dyn Fn(f64) -> String,
) -> String {
    let pattern = pattern.trim();
    if let Some(select) = select_of(pattern) {
        let (var, variants) = select;
        let value = args.iter().find(|(k, _)| *k == var).map(|(_, v)| v);
        let chosen = match value {
            Some(Arg::Number(n)) => {
                let category = plural(*n);
                variants
                    .iter()
                    .find(|v| v.key.parse::<f64>().ok() == Some(*n))
                    .or_else(|| variants.iter().find(|v| v.key == category))
            }
            Some(Arg::Text(s)) => variants.iter().find(|v| v.key == *s),
            None => None,
        }
        .or_else(|| variants.iter().find(|v| v.default));
        return chosen
            .map(|v| format(v.value, args, locale, source, plural))
            .unwrap_or_default();
    }
    // Fluent isolates each placeable in right-to-left text (U+2068 … U+2069), unless the
    // placeable is the whole pattern.
    let isolate = source.dir() == Dir::Rtl && pattern.trim() != pattern_placeable(pattern);
    let mut out = String::new();
    let mut rest = pattern;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let Some(close) = rest[open..].find('}') else {
            out.push_str(&rest[open..]);
            return out;
        };
        let inner = rest[open + 1..open + close].trim();
        let text = match inner.strip_prefix('$') {
            Some(name) => match args.iter().find(|(k, _)| *k == name).map(|(_, v)| v) {
                Some(Arg::Text(s)) => s.clone(),
                Some(Arg::Number(n)) => crate::i18n::intl::format_number(*n, locale.intl_tag()),
                None => format!("{{${name}}}"),
            },
            None => inner.trim_matches('"').to_string(),
        };
        if isolate {
            out.push('\u{2068}');
            out.push_str(&text);
            out.push('\u{2069}');
        } else {
            out.push_str(&text);
        }
        rest = &rest[open + close + 1..];
    }
    out.push_str(rest);
    out
}

/// The whole pattern if it is one placeable (`{ $x }`), else an empty string.
fn pattern_placeable(pattern: &str) -> &str {
    let p = pattern.trim();
    match p.starts_with('{') && p.ends_with('}') && p[1..].find('{').is_none() {
        true => p,
        false => "",
    }
}

struct Variant<'a> {
    key: &'a str,
    value: &'a str,
    default: bool,
}

/// `{ $var -> [k] v … *[k] v }` as the variable and its variants.
fn select_of(pattern: &str) -> Option<(&str, Vec<Variant<'_>>)> {
    let body = pattern.strip_prefix('{')?.strip_suffix('}')?;
    let (head, variants) = body.split_once("->")?;
    let var = head.trim().strip_prefix('$')?;
    let mut out = Vec::new();
    for line in variants.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let (default, line) = match line.strip_prefix('*') {
            Some(rest) => (true, rest),
            None => (false, line),
        };
        let (key, value) = line.strip_prefix('[')?.split_once(']')?;
        out.push(Variant {
            key: key.trim(),
            value: value.trim(),
            default,
        });
    }
    Some((var, out))
}

/// The CLDR plural category of `n` in `locale`, from `Intl.PluralRules`.
fn plural_category(n: f64, locale: Locale) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        let rules = js_sys::Intl::PluralRules::new(
            &js_sys::Array::of1(&locale.intl_tag().into()),
            &js_sys::Object::new(),
        );
        rules.select(n).into()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        tests_plural(n, locale)
    }
}

/// Native builds (tests): the CLDR rules of the six locales for whole numbers.
#[cfg(not(target_arch = "wasm32"))]
fn tests_plural(n: f64, locale: Locale) -> String {
    let i = n as i64;
    let (m10, m100) = (i % 10, i % 100);
    match locale {
        Locale::Ru => match () {
            _ if m10 == 1 && m100 != 11 => "one",
            _ if (2..=4).contains(&m10) && !(12..=14).contains(&m100) => "few",
            _ => "many",
        },
        Locale::Ar => match () {
            _ if i == 0 => "zero",
            _ if i == 1 => "one",
            _ if i == 2 => "two",
            _ if (3..=10).contains(&m100) => "few",
            _ if (11..=99).contains(&m100) => "many",
            _ => "other",
        },
        Locale::PtBr if i == 0 || i == 1 => "one",
        _ if i == 1 => "one",
        _ => "other",
    }
    .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

    /// The ids `locales/widget.txt` lists.
    fn widget_ids() -> Vec<String> {
        include_str!("../../locales/widget.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(String::from)
            .collect()
    }

    fn main_ftl(locale: Locale) -> String {
        let path = format!(
            "{}/locales/{}/main.ftl",
            env!("CARGO_MANIFEST_DIR"),
            locale.code()
        );
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
    }

    #[test]
    fn every_widget_message_formats_as_fluent_does() {
        let ids = widget_ids();
        assert!(ids.len() > 10, "{ids:?}");
        for locale in Locale::ALL {
            let source = main_ftl(locale);
            let ours = Messages::new(locale, Some(&source));
            let mut bundle = FluentBundle::new(vec![locale
                .code()
                .parse()
                .unwrap_or_else(|_| panic!("{}", locale.code()))]);
            bundle.set_use_isolating(locale.dir() == Dir::Rtl);
            bundle.set_formatter(Some(|v: &FluentValue, _: &_| match v {
                FluentValue::Number(n) => Some(format!("{}", n.value)),
                _ => None,
            }));
            let resource = FluentResource::try_new(source.clone()).unwrap_or_else(|(r, _)| r);
            let _ = bundle.add_resource(resource);
            for id in &ids {
                let msg = bundle
                    .get_message(id)
                    .unwrap_or_else(|| panic!("{}: no {id}", locale.code()));
                let pattern = msg.value().unwrap_or_else(|| panic!("{id} has a value"));
                for n in [0.0, 1.0, 2.0, 3.0, 5.0, 11.0, 16.0, 21.0, 30.0, 102.0] {
                    let mut fa = FluentArgs::new();
                    for name in ["count", "seconds"] {
                        fa.set(name, FluentValue::from(n));
                    }
                    fa.set("price", "12,00 ₽");
                    fa.set("rating", "4,7");
                    let mut errors = Vec::new();
                    let want = bundle.format_pattern(pattern, Some(&fa), &mut errors);
                    let args = [
                        ("count", Arg::Number(n)),
                        ("seconds", Arg::Number(n)),
                        ("price", Arg::Text("12,00 ₽".into())),
                        ("rating", Arg::Text("4,7".into())),
                    ];
                    assert_eq!(ours.tf(id, &args), want, "{} {id} with {n}", locale.code());
                }
            }
        }
    }

    #[test]
    fn missing_messages_fall_back_to_english_then_the_id() {
        let m = Messages::new(Locale::Ru, Some("widget-buy = Купить\n"));
        assert_eq!(m.t("widget-buy"), "Купить");
        assert_eq!(
            m.t("widget-unavailable"),
            "This item is not available right now."
        );
        // Through a variable: the locale checker reads literal ids in `.t(<literal>)` calls.
        let unknown = "no-such-message";
        assert_eq!(m.t(unknown), unknown);
        let offline = Messages::new(Locale::De, None);
        assert_eq!(offline.t("widget-buy"), "Buy now");
    }
}
