//! Numbers and prices in the words of a page.

use super::*;

/// Prices in the words of a page (titles, descriptions, previews): USD with the language's
/// decimal mark. The app formats again with `Intl` in the buyer's currency.
pub fn price_text(m: &Money, lang: Lang) -> String {
    let cents = m.amount.abs();
    let sign = if m.amount < 0 { "-" } else { "" };
    let (whole, frac) = (cents / 100, cents % 100);
    let code = serde_json::to_value(m.currency)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_else(|| "USD".into());
    match (lang, code.as_str()) {
        (Lang::En, "USD") => {
            let digits = whole.to_string();
            let mut grouped = String::new();
            for (i, c) in digits.chars().enumerate() {
                if i > 0 && (digits.len() - i) % 3 == 0 {
                    grouped.push(',');
                }
                grouped.push(c);
            }
            format!("{sign}${grouped}.{frac:02}")
        }
        (Lang::En | Lang::Ar, _) => format!("{sign}{code} {whole}.{frac:02}"),
        (_, "USD") => format!("{sign}{whole},{frac:02} US$"),
        _ => format!("{sign}{whole},{frac:02} {code}"),
    }
}

pub(super) fn decimal(x10: i64, lang: Lang) -> String {
    let sep = if matches!(lang, Lang::En | Lang::Ar) {
        '.'
    } else {
        ','
    };
    format!("{}{sep}{}", x10 / 10, x10 % 10)
}

pub(super) fn currency_code(m: &Money) -> String {
    serde_json::to_value(m.currency)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_else(|| "USD".into())
}

/// `text`, or `fallback` when the built app has no such message.
pub(super) fn or(text: String, fallback: &str) -> String {
    if text.is_empty() {
        fallback.to_string()
    } else {
        text
    }
}
