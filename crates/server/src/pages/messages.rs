//! The composed pages' words (titles, descriptions, the preview's labels) come from the app's
//! own Fluent files in `dist/locales/<lang>/main.ftl`. This small reader formats, without a
//! Fluent runtime, one-line messages with `{ $variable }` and `{ -term }` placeables, and
//! messages that are one plural select on a number (`{ $count -> [one] … *[other] … }`, one
//! line per variant), choosing the variant by CLDR's rules for whole numbers, as the app's
//! Fluent does; a missing message falls back to English, then to the caller's default.

use crate::lang::Lang;
use crate::static_files::StaticFiles;
use std::collections::HashMap;

#[derive(Debug, Default)]
pub struct Messages {
    /// Per language (table order): single-line messages and terms by id.
    tables: Vec<HashMap<String, String>>,
    /// Per language (table order): plural selects by id.
    selects: Vec<HashMap<String, Select>>,
}

/// `{ $var -> [key] text … *[key] text }`.
#[derive(Debug, Clone, PartialEq)]
struct Select {
    var: String,
    /// `(key, text)` in file order.
    variants: Vec<(String, String)>,
    /// Index of the `*` variant.
    default: usize,
}

fn plain_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// One-line messages, and plural selects.
fn parse_all(source: &str) -> (HashMap<String, String>, HashMap<String, Select>) {
    let mut out = HashMap::new();
    let mut selects = HashMap::new();
    let mut lines = source.lines();
    while let Some(line) = lines.next() {
        if line.starts_with([' ', '\t', '#']) {
            continue;
        }
        let Some((id, value)) = line.split_once('=') else {
            continue;
        };
        let id = id.trim();
        let value = value.trim();
        if !plain_id(id) || value.is_empty() {
            continue;
        }
        if let Some(var) = value
            .strip_prefix('{')
            .and_then(|v| v.strip_suffix("->"))
            .map(str::trim)
            .and_then(|v| v.strip_prefix('$'))
        {
            // Variant lines up to the closing `}`; anything else makes it unreadable here.
            let mut select = Select {
                var: var.trim().to_string(),
                variants: Vec::new(),
                default: usize::MAX,
            };
            let mut ok = false;
            for line in lines.by_ref() {
                let t = line.trim();
                if t == "}" {
                    ok = true;
                    break;
                }
                let (star, rest) = match t.strip_prefix('*') {
                    Some(r) => (true, r),
                    None => (false, t),
                };
                let Some((key, text)) = rest.strip_prefix('[').and_then(|r| r.split_once(']'))
                else {
                    break;
                };
                if star {
                    select.default = select.variants.len();
                }
                select
                    .variants
                    .push((key.trim().to_string(), text.trim().to_string()));
            }
            if ok && select.default < select.variants.len() {
                selects.insert(id.to_string(), select);
            }
            continue;
        }
        if value.contains("->") {
            continue;
        }
        out.insert(id.to_string(), value.to_string());
    }
    (out, selects)
}

/// CLDR plural category of the whole number `n` in `lang`.
fn plural(lang: Lang, n: u64) -> &'static str {
    let (m10, m100) = (n % 10, n % 100);
    match lang {
        Lang::En | Lang::De => {
            if n == 1 {
                "one"
            } else {
                "other"
            }
        }
        Lang::Es | Lang::PtBr => {
            let one = n == 1 || (lang == Lang::PtBr && n == 0);
            if one {
                "one"
            } else if n != 0 && n.is_multiple_of(1_000_000) {
                "many"
            } else {
                "other"
            }
        }
        Lang::Ru => {
            if m10 == 1 && m100 != 11 {
                "one"
            } else if (2..=4).contains(&m10) && !(12..=14).contains(&m100) {
                "few"
            } else {
                "many"
            }
        }
        Lang::Ar => match n {
            0 => "zero",
            1 => "one",
            2 => "two",
            _ if (3..=10).contains(&m100) => "few",
            _ if (11..=99).contains(&m100) => "many",
            _ => "other",
        },
    }
}

/// A whole number as the app's `Intl.NumberFormat` writes it in `lang` (grouping only).
pub fn count_text(n: u64, lang: Lang) -> String {
    let digits = n.to_string();
    let sep = match lang {
        Lang::En | Lang::Ar => ",",
        Lang::De | Lang::PtBr => ".",
        Lang::Ru => "\u{a0}",
        // Spanish groups from five digits on.
        Lang::Es if digits.len() < 5 => "",
        Lang::Es => ".",
    };
    let mut out = String::with_capacity(digits.len() + 4);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(sep);
        }
        out.push(c);
    }
    out
}

impl Messages {
    pub fn load(files: &StaticFiles) -> Self {
        let (tables, selects) = Lang::ALL
            .iter()
            .map(|l| {
                files
                    .files
                    .get(&format!("/locales/{}/main.ftl", l.code()))
                    .and_then(|a| std::str::from_utf8(&a.identity).ok())
                    .map(parse_all)
                    .unwrap_or_default()
            })
            .unzip();
        Messages { tables, selects }
    }

    /// Message `id` in `lang` (else English) with `args`; `None` when neither has it. A plural
    /// select's variable must be a whole number: it picks the variant and is written grouped.
    pub fn format(&self, lang: Lang, id: &str, args: &[(&str, &str)]) -> Option<String> {
        for (i, l) in [(lang.index(), lang), (0, Lang::En)] {
            let Some(table) = self.tables.get(i) else {
                continue;
            };
            if let Some(value) = table.get(id) {
                return Some(resolve(table, value, args, 0));
            }
            if let Some(select) = self.selects.get(i).and_then(|s| s.get(id)) {
                let n: u64 = args
                    .iter()
                    .find(|(k, _)| *k == select.var)
                    .and_then(|(_, v)| v.parse().ok())?;
                let category = plural(l, n);
                let exact = n.to_string();
                let (_, text) = select
                    .variants
                    .iter()
                    .find(|(k, _)| *k == exact)
                    .or_else(|| select.variants.iter().find(|(k, _)| k == category))
                    .or_else(|| select.variants.get(select.default))?;
                let shown = count_text(n, l);
                let args: Vec<(&str, &str)> = args
                    .iter()
                    .map(|&(k, v)| {
                        if k == select.var {
                            (k, shown.as_str())
                        } else {
                            (k, v)
                        }
                    })
                    .collect();
                return Some(resolve(table, text, &args, 0));
            }
        }
        None
    }
}

fn resolve(
    table: &HashMap<String, String>,
    value: &str,
    args: &[(&str, &str)],
    depth: u8,
) -> String {
    let mut out = String::with_capacity(value.len() + 32);
    let mut rest = value;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let Some(close) = rest[open..].find('}').map(|i| i + open) else {
            out.push_str(&rest[open..]);
            return out;
        };
        let inner = rest[open + 1..close].trim();
        if let Some(var) = inner.strip_prefix('$') {
            if let Some((_, v)) = args.iter().find(|(k, _)| *k == var) {
                out.push_str(v);
            }
        } else if inner.starts_with('-') && depth < 4 {
            if let Some(term) = table.get(inner) {
                out.push_str(&resolve(table, term, args, depth + 1));
            }
        } else if let Some(lit) = inner.strip_prefix('"').and_then(|s| s.strip_suffix('"')) {
            out.push_str(lit);
        }
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_variables_and_terms() {
        let (t, _) = parse_all(
            "-brand = Shop\n# c\nseo-x = { $title } · { -brand }\nplural = { $n ->\n  *[other] x\n}\n",
        );
        assert_eq!(
            resolve(&t, &t["seo-x"], &[("title", "<T>")], 0),
            "<T> · Shop"
        );
        assert!(!t.contains_key("plural"));
    }

    #[test]
    fn plural_selects_follow_cldr_for_whole_numbers() {
        let source = "-brand = Shop\nitems = { $count ->\n    [0] none\n    [one] { $count } item\n    [few] { $count } items-few\n    [many] { $count } items-many\n   *[other] { $count } items\n}\nnext = after\n";
        let (plain, selects) = parse_all(source);
        assert_eq!(plain.get("next").map(String::as_str), Some("after"));
        let mut m = Messages {
            tables: vec![HashMap::new(); Lang::ALL.len()],
            selects: vec![HashMap::new(); Lang::ALL.len()],
        };
        for i in 0..Lang::ALL.len() {
            m.tables[i] = plain.clone();
            m.selects[i] = selects.clone();
        }
        let f = |lang, n: &str| m.format(lang, "items", &[("count", n)]).unwrap_or_default();
        assert_eq!(f(Lang::En, "0"), "none");
        assert_eq!(f(Lang::En, "1"), "1 item");
        assert_eq!(f(Lang::En, "20000"), "20,000 items");
        assert_eq!(f(Lang::Ru, "21"), "21 item");
        assert_eq!(f(Lang::Ru, "22"), "22 items-few");
        assert_eq!(f(Lang::Ru, "12"), "12 items-many");
        assert_eq!(f(Lang::Ru, "1005"), "1\u{a0}005 items-many");
        assert_eq!(f(Lang::De, "1234"), "1.234 items");
        assert_eq!(f(Lang::Es, "1234"), "1234 items");
        assert_eq!(f(Lang::Ar, "11"), "11 items-many");
        assert_eq!(f(Lang::Ar, "103"), "103 items-few");
        // Not a number: no text (the caller's default applies).
        assert_eq!(m.format(Lang::En, "items", &[("count", "x")]), None);
    }
}
