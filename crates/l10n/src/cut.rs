//! Cutting a part out of a locale file: the first load's messages (`locales/shell.txt` →
//! `locales/<lang>/shell.ftl` of the build), the partner widgets' (`locales/widget.txt` →
//! `embed/locales/<lang>/widget.ftl`), the English the wasm embeds (build.rs). The entries are
//! found by the Fluent parser ([`crate::analyze`]); each is copied with its own lines, up to
//! the next entry or comment (translator notes and section headings stay behind).

use crate::{analyze, EntryInfo};
use std::collections::BTreeSet;

/// A list of what to cut: `## <section heading>` lines name a whole section of `main.ftl`,
/// other lines one message id; `#` lines and blank lines are comments. Terms (`-brand`) are
/// always cut too: the messages reference them.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct CutList {
    pub sections: BTreeSet<String>,
    pub ids: BTreeSet<String>,
}

impl CutList {
    pub fn parse(text: &str) -> CutList {
        let mut list = CutList::default();
        for line in text.lines().map(str::trim) {
            if let Some(section) = line.strip_prefix("## ") {
                list.sections.insert(section.trim().to_string());
            } else if !line.is_empty() && !line.starts_with('#') {
                list.ids.insert(line.to_string());
            }
        }
        list
    }

    /// Whether the list takes `entry` (every term does).
    pub fn takes(&self, entry: &EntryInfo) -> bool {
        entry.is_term() || self.ids.contains(&entry.id) || self.sections.contains(&entry.section)
    }
}

/// The entries of `source` that `keep` takes, in source order, each with its own lines (not the
/// blank lines after it), one entry a line after another. An error for a source with syntax
/// errors: a broken entry must not vanish from a build silently.
pub fn cut(source: &str, keep: impl Fn(&EntryInfo) -> bool) -> Result<String, String> {
    let analysis = analyze(source);
    if let Some((line, error)) = analysis.syntax_errors.first() {
        return Err(format!("line {line}: syntax error: {error}"));
    }
    let lines: Vec<&str> = source.lines().collect();
    // Entries and comments start in column 0; continuation lines are indented (a placeable's
    // closing brace may stand in column 0 too).
    let starts_top_level =
        |line: &str| line.starts_with(|c: char| c.is_ascii_alphabetic() || c == '-' || c == '#');
    let mut out: Vec<&str> = Vec::new();
    for entry in analysis.entries.iter().filter(|e| keep(e)) {
        let Some(first) = entry.line.checked_sub(1) else {
            return Err(format!("`{}`: its line was not found", entry.id));
        };
        let mut end = (first + 1..lines.len())
            .find(|&i| starts_top_level(lines[i]))
            .unwrap_or(lines.len());
        while end > first + 1 && lines[end - 1].trim().is_empty() {
            end -= 1;
        }
        out.extend(&lines[first..end]);
    }
    let mut text = out.join("\n");
    text.push('\n');
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SOURCE: &str = "\
# A file comment.

-brand = Storefront

## Header

# A note for translators.
header-search = Search { -brand }
header-cart = { $count ->
    [one] One item
   *[other] { $count } items
}

## Orders

orders-title = Your orders
orders-empty = Nothing yet
    .title = Empty
";

    #[test]
    fn the_list_takes_sections_ids_and_every_term() {
        let list = CutList::parse("# comment\n## Header\norders-empty\n\n");
        let text = cut(SOURCE, |e| list.takes(e)).unwrap();
        assert_eq!(
            text,
            "-brand = Storefront\nheader-search = Search { -brand }\nheader-cart = { $count ->\n    [one] One item\n   *[other] { $count } items\n}\norders-empty = Nothing yet\n    .title = Empty\n"
        );
        let ids: Vec<String> = analyze(&text).entries.into_iter().map(|e| e.id).collect();
        assert_eq!(
            ids,
            ["-brand", "header-search", "header-cart", "orders-empty"]
        );
    }

    #[test]
    fn a_broken_source_is_an_error() {
        assert!(cut("ok = fine\nbroken = { $x\n", |_| true).is_err());
    }
}
