//! The composed pages' words (titles, descriptions) come from the app's own Fluent files in
//! `dist/locales/<lang>/main.ftl`, the `seo-*` messages. Those are kept to one line each with
//! `{ $variable }` and `{ -term }` placeables only, so this small reader formats them without a
//! Fluent runtime; a missing message falls back to English, then to the caller's default.

use crate::lang::Lang;
use crate::static_files::StaticFiles;
use std::collections::HashMap;

#[derive(Debug, Default)]
pub struct Messages {
    /// Per language (table order): single-line messages and terms by id.
    tables: Vec<HashMap<String, String>>,
}

fn parse(source: &str) -> HashMap<String, String> {
    let mut out = HashMap::new();
    for line in source.lines() {
        if line.starts_with([' ', '\t', '#']) {
            continue;
        }
        let Some((id, value)) = line.split_once('=') else {
            continue;
        };
        let id = id.trim();
        let value = value.trim();
        if id.is_empty() || value.is_empty() || value.contains("->") {
            continue;
        }
        if id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        {
            out.insert(id.to_string(), value.to_string());
        }
    }
    out
}

impl Messages {
    pub fn load(files: &StaticFiles) -> Self {
        let tables = Lang::ALL
            .iter()
            .map(|l| {
                files
                    .files
                    .get(&format!("/locales/{}/main.ftl", l.code()))
                    .and_then(|a| std::str::from_utf8(&a.identity).ok())
                    .map(parse)
                    .unwrap_or_default()
            })
            .collect();
        Messages { tables }
    }

    /// Message `id` in `lang` (else English) with `args`; `None` when neither has it.
    pub fn format(&self, lang: Lang, id: &str, args: &[(&str, &str)]) -> Option<String> {
        let table = [lang.index(), 0]
            .into_iter()
            .filter_map(|i| self.tables.get(i))
            .find(|t| t.contains_key(id))?;
        Some(resolve(table, table.get(id)?, args, 0))
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
        let t = parse(
            "-brand = Shop\n# c\nseo-x = { $title } · { -brand }\nplural = { $n ->\n  *[other] x\n}\n",
        );
        assert_eq!(
            resolve(&t, &t["seo-x"], &[("title", "<T>")], 0),
            "<T> · Shop"
        );
        assert!(!t.contains_key("plural"));
    }
}
