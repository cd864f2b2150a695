//! Numbers, prices and country names through the browser's `Intl` (no formatting tables in
//! the wasm). Everything goes through `Reflect`/`Function::call` so a `RangeError` thrown by
//! `Intl` (say, for an odd country code from the server) becomes a fallback string, not a trap.
//!
//! Native builds (unit tests) get plain, locale-less fallbacks.

use storefront_api::Money;

#[cfg(target_arch = "wasm32")]
mod js {
    use js_sys::{Array, Function, Object, Reflect};
    use std::cell::RefCell;
    use std::collections::HashMap;
    use wasm_bindgen::{JsCast, JsValue};

    thread_local! {
        /// Constructed formatters keyed by kind + tag + options: building one is costly.
        static CACHE: RefCell<HashMap<String, Function>> = RefCell::new(HashMap::new());
    }

    fn intl_ctor(name: &str) -> Option<Function> {
        let intl = Reflect::get(&js_sys::global(), &JsValue::from_str("Intl")).ok()?;
        Reflect::get(&intl, &JsValue::from_str(name))
            .ok()?
            .dyn_into()
            .ok()
    }

    fn options(pairs: &[(&str, JsValue)]) -> Object {
        let o = Object::new();
        for (k, v) in pairs {
            let _ = Reflect::set(&o, &JsValue::from_str(k), v);
        }
        o
    }

    /// A bound formatting function (`NumberFormat#format`, `DisplayNames#of`), cached.
    fn formatter(
        key: String,
        ctor: &str,
        method: &str,
        tag: &str,
        opts: &[(&str, JsValue)],
    ) -> Option<Function> {
        if let Some(f) = CACHE.with(|c| c.borrow().get(&key).cloned()) {
            return Some(f);
        }
        let ctor = intl_ctor(ctor)?;
        let args = Array::of2(&JsValue::from_str(tag), &options(opts));
        let obj = Reflect::construct(&ctor, &args).ok()?;
        let method: Function = Reflect::get(&obj, &JsValue::from_str(method))
            .ok()?
            .dyn_into()
            .ok()?;
        let bound = method.bind0(&obj);
        CACHE.with(|c| c.borrow_mut().insert(key, bound.clone()));
        Some(bound)
    }

    pub fn call(f: &Function, arg: JsValue) -> Option<String> {
        f.call1(&JsValue::NULL, &arg).ok()?.as_string()
    }

    pub fn money(decimal: &str, currency: &str, tag: &str) -> Option<String> {
        let f = formatter(
            format!("money|{tag}|{currency}"),
            "NumberFormat",
            "format",
            tag,
            &[("style", "currency".into()), ("currency", currency.into())],
        )?;
        // A string argument is formatted as an exact decimal (no float on the way).
        call(&f, JsValue::from_str(decimal))
    }

    pub fn number(n: f64, tag: &str, min_frac: u8, max_frac: u8) -> Option<String> {
        let f = formatter(
            format!("num|{tag}|{min_frac}|{max_frac}"),
            "NumberFormat",
            "format",
            tag,
            &[
                ("minimumFractionDigits", f64::from(min_frac).into()),
                ("maximumFractionDigits", f64::from(max_frac).into()),
            ],
        )?;
        call(&f, JsValue::from_f64(n))
    }

    pub fn percent(fraction: f64, tag: &str) -> Option<String> {
        let f = formatter(
            format!("pct|{tag}"),
            "NumberFormat",
            "format",
            tag,
            &[("style", "percent".into())],
        )?;
        call(&f, JsValue::from_f64(fraction))
    }

    /// `DateTimeFormat#formatRange` of two instants (ms since the epoch), month and day.
    pub fn date_range(start_ms: f64, end_ms: f64, tag: &str) -> Option<String> {
        let f = formatter(
            format!("dr|{tag}"),
            "DateTimeFormat",
            "formatRange",
            tag,
            &[("month", "short".into()), ("day", "numeric".into())],
        )?;
        let a = js_sys::Date::new(&JsValue::from_f64(start_ms));
        let b = js_sys::Date::new(&JsValue::from_f64(end_ms));
        f.call2(&JsValue::NULL, &a, &b).ok()?.as_string()
    }

    /// A timestamp the `Date` constructor understands (RFC 3339), as a medium date.
    pub fn date(text: &str, tag: &str) -> Option<String> {
        let f = formatter(
            format!("d|{tag}"),
            "DateTimeFormat",
            "format",
            tag,
            &[("dateStyle", "medium".into())],
        )?;
        let d = js_sys::Date::new(&JsValue::from_str(text));
        if d.get_time().is_nan() {
            return None;
        }
        call(&f, d.into())
    }

    /// An RFC 3339 timestamp as date, time and the buyer's time zone ("Mar 3, 2026, 2:05 PM
    /// GMT+1"), in the browser's own time zone.
    pub fn date_time(text: &str, tag: &str) -> Option<String> {
        let f = formatter(
            format!("dt|{tag}"),
            "DateTimeFormat",
            "format",
            tag,
            &[
                ("year", "numeric".into()),
                ("month", "short".into()),
                ("day", "numeric".into()),
                ("hour", "numeric".into()),
                ("minute", "2-digit".into()),
                ("timeZoneName", "short".into()),
            ],
        )?;
        let d = js_sys::Date::new(&JsValue::from_str(text));
        if d.get_time().is_nan() {
            return None;
        }
        call(&f, d.into())
    }

    pub fn display_name(kind: &str, code: &str, tag: &str) -> Option<String> {
        let f = formatter(
            format!("dn|{kind}|{tag}"),
            "DisplayNames",
            "of",
            tag,
            &[("type", kind.into()), ("fallback", "code".into())],
        )?;
        call(&f, JsValue::from_str(code))
    }

    /// `Intl.Collator#compare` of the UI language, cached like the formatters.
    pub fn collator(tag: &str) -> Option<Function> {
        formatter(format!("co|{tag}"), "Collator", "compare", tag, &[])
    }
}

/// Intl's words go through the pseudo-locales like Fluent's (`?l10n=pseudo`): country and
/// currency names, dates and prices are the UI's language too.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn pseudo(text: String) -> String {
    use super::tools::{mode, pseudo, ToolMode};
    match mode() {
        ToolMode::Pseudo => pseudo(&text),
        ToolMode::PseudoRtl => super::tools::transform("", text),
        _ => text,
    }
}

/// A price in its own currency, e.g. "$19.99", "1 849,08 ₽", "US$ 19,99".
pub fn format_money(money: &Money, tag: &str) -> String {
    let decimal = money.major_decimal();
    #[cfg(target_arch = "wasm32")]
    if let Some(s) = js::money(&decimal, money.currency.code(), tag) {
        return pseudo(s);
    }
    let _ = tag;
    format!("{} {}", decimal, money.currency.code())
}

/// A plain number with grouping, e.g. 12345 → "12,345" (en) / "12 345" (ru).
pub fn format_number(n: f64, tag: &str) -> String {
    format_decimal(n, tag, 0, 3)
}

/// A number with a fixed range of fraction digits, e.g. a 4.7 rating.
pub fn format_decimal(n: f64, tag: &str, min_frac: u8, max_frac: u8) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        // Without Intl (never in the browsers we target) JavaScript's own rendering will do;
        // no float formatting code in the wasm either way.
        js::number(n, tag, min_frac, max_frac)
            .or_else(|| {
                js_sys::Number::from(n)
                    .to_string_with_radix(10)
                    .ok()
                    .map(String::from)
            })
            .unwrap_or_default()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (tag, max_frac);
        format!("{n:.prec$}", prec = usize::from(min_frac))
    }
}

/// Whole percent, e.g. 35 → "35%" (en) / "35 %" (de).
pub fn format_percent(percent: i64, tag: &str) -> String {
    #[cfg(target_arch = "wasm32")]
    if let Some(s) = js::percent(percent as f64 / 100.0, tag) {
        return s;
    }
    let _ = tag;
    format!("{percent}%")
}

/// A country's name in the UI language ("DE" → "Germany" / "Германия"); the code when unknown.
pub fn country_name(code: &str, tag: &str) -> String {
    #[cfg(target_arch = "wasm32")]
    if let Some(s) = js::display_name("region", code, tag) {
        return pseudo(s);
    }
    let _ = tag;
    code.to_string()
}

/// Sorts `(name, value)` pairs by name as the UI language orders words (`Intl.Collator`):
/// "Österreich" among the O's in German. Lists are short (countries), so an insertion sort:
/// with `to_lowercase` and the standard sort, Unicode's case tables and the sort code added
/// ~30 KB to the first load. Native builds compare plainly.
pub fn sort_by_name<T>(items: &mut [(String, T)], tag: &str) {
    #[cfg(target_arch = "wasm32")]
    let compare = js::collator(tag);
    #[cfg(not(target_arch = "wasm32"))]
    let _ = tag;
    let before = |a: &str, b: &str| -> bool {
        #[cfg(target_arch = "wasm32")]
        if let Some(compare) = &compare {
            use wasm_bindgen::JsValue;
            return compare
                .call2(&JsValue::NULL, &JsValue::from_str(a), &JsValue::from_str(b))
                .ok()
                .and_then(|n| n.as_f64())
                .is_some_and(|n| n < 0.0);
        }
        a < b
    };
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && before(&items[j].0, &items[j - 1].0) {
            items.swap(j, j - 1);
            j -= 1;
        }
    }
}

/// The window "in `min`–`max` days from now" as dates ("Mar 3 – 10"); day counts natively.
pub fn delivery_window(days_min: u16, days_max: u16, tag: &str) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        const DAY_MS: f64 = 86_400_000.0;
        let now = js_sys::Date::now();
        let start = now + f64::from(days_min) * DAY_MS;
        let end = now + f64::from(days_max) * DAY_MS;
        if let Some(s) = js::date_range(start, end, tag) {
            return pseudo(s);
        }
    }
    let _ = tag;
    format!("+{days_min}–{days_max}")
}

/// Two RFC 3339 timestamps as a localised date range ("Mar 3 – 10"); their date parts when
/// unreadable.
pub fn format_date_range(start: &str, end: &str, tag: &str) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        let a = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(start)).get_time();
        let b = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(end)).get_time();
        if !a.is_nan() && !b.is_nan() {
            if let Some(s) = js::date_range(a, b, tag) {
                return pseudo(s);
            }
        }
    }
    let _ = tag;
    let day = |t: &str| t.get(..10).unwrap_or(t).to_string();
    format!("{} – {}", day(start), day(end))
}

/// An RFC 3339 timestamp as a localised date; the date part of the text when unreadable.
pub fn format_date(text: &str, tag: &str) -> String {
    #[cfg(target_arch = "wasm32")]
    if let Some(s) = js::date(text, tag) {
        return pseudo(s);
    }
    let _ = tag;
    text.get(..10).unwrap_or(text).to_string()
}

/// An RFC 3339 timestamp as a localised date and time with the time zone, in the buyer's time
/// zone; the text with `T`/`Z` made readable when unreadable.
pub fn format_date_time(text: &str, tag: &str) -> String {
    #[cfg(target_arch = "wasm32")]
    if let Some(s) = js::date_time(text, tag) {
        return pseudo(s);
    }
    let _ = tag;
    text.get(..16)
        .unwrap_or(text)
        .replace('T', " ")
        .trim_end_matches('Z')
        .to_string()
        + " UTC"
}

/// A currency's name in the UI language ("EUR" → "Euro").
pub fn currency_name(code: &str, tag: &str) -> String {
    #[cfg(target_arch = "wasm32")]
    if let Some(s) = js::display_name("currency", code, tag) {
        return pseudo(s);
    }
    let _ = tag;
    code.to_string()
}

/// Percent off the original price, rounded to a whole percent; `None` when not a discount.
pub fn discount_percent(price: &Money, original: &Money) -> Option<i64> {
    if price.currency != original.currency
        || original.amount <= 0
        || price.amount >= original.amount
    {
        return None;
    }
    let off = (original.amount - price.amount) as i128 * 100;
    let pct = (off + original.amount as i128 / 2) / original.amount as i128;
    i64::try_from(pct).ok().filter(|p| *p > 0)
}

#[cfg(test)]
mod tests {
    #[test]
    fn sorts_by_name_keeping_the_values() {
        let mut items = vec![
            ("Peru".to_string(), "PE"),
            ("Chile".to_string(), "CL"),
            ("Mexico".to_string(), "MX"),
            ("Chile".to_string(), "XX"),
        ];
        super::sort_by_name(&mut items, "en");
        let codes: Vec<&str> = items.iter().map(|(_, c)| *c).collect();
        assert_eq!(codes, ["CL", "XX", "MX", "PE"], "stable, by name");
    }

    use super::*;

    #[test]
    fn discount_rounds_to_whole_percent() {
        assert_eq!(
            discount_percent(&Money::usd(650), &Money::usd(1000)),
            Some(35)
        );
        assert_eq!(
            discount_percent(&Money::usd(666), &Money::usd(1000)),
            Some(33)
        );
        assert_eq!(discount_percent(&Money::usd(1000), &Money::usd(1000)), None);
        assert_eq!(discount_percent(&Money::usd(1200), &Money::usd(1000)), None);
        assert_eq!(discount_percent(&Money::usd(999), &Money::usd(1000)), None);
        assert_eq!(discount_percent(&Money::usd(1), &Money::usd(0)), None);
    }

    #[test]
    fn native_fallbacks_are_plain() {
        assert_eq!(format_money(&Money::usd(1999), "en"), "19.99 USD");
        assert_eq!(country_name("DE", "en"), "DE");
    }
}
