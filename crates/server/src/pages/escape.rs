//! Escaping for the composed HTML: catalogue, seller and review text is data, never markup.

/// Text for an HTML text node or a double-quoted attribute value.
pub fn html(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// JSON for the inside of a `<script>` element: `<`, `>` and `&` become `\u003c`, `\u003e`
/// and `\u0026` (they only occur inside JSON strings, where the escapes mean the same), so no
/// `</script>` or `<!--` can end or change the element; U+2028/9 are escaped for old parsers.
pub fn json_for_script(value: &serde_json::Value) -> String {
    let raw = serde_json::to_string(value).unwrap_or_else(|_| "null".into());
    let mut out = String::with_capacity(raw.len() + 16);
    for c in raw.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            _ => out.push(c),
        }
    }
    out
}

/// Text for XML (sitemaps): the five predefined entities.
pub fn xml(text: &str) -> String {
    html(text).replace("&#39;", "&apos;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_text_stays_text() {
        let t = r#"</script><script>alert(1)</script> "><img onerror=x> & 'q'"#;
        let h = html(t);
        assert!(!h.contains('<') && !h.contains('>') && !h.contains('"') && !h.contains('\''));
        let j = json_for_script(&serde_json::json!({ "title": t }));
        assert!(!j.contains('<') && !j.contains('>') && !j.contains('&'));
        let back: serde_json::Value = serde_json::from_str(&j).unwrap_or_default();
        assert_eq!(back["title"], t);
        assert_eq!(
            json_for_script(&serde_json::json!("a\u{2028}b")),
            "\"a\\u2028b\""
        );
        assert_eq!(xml("a&'b"), "a&amp;&apos;b");
    }
}
