//! What checkout keeps in `sessionStorage` (this tab only): the draft (chosen address, payment
//! method, card holder and expiry — never the card number or CVC) and the idempotency key of
//! the order being placed with a fingerprint of its body.

use serde::{Deserialize, Serialize};
use storefront_api::checkout::{card_digits, luhn_valid, CardInput};

const KEY_DRAFT: &str = "storefront.checkout.draft";
const KEY_PLACE: &str = "storefront.checkout.key";

#[cfg(target_arch = "wasm32")]
fn session() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

fn get(key: &str) -> Option<String> {
    #[cfg(target_arch = "wasm32")]
    return session()?.get_item(key).ok().flatten();
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = key;
        None
    }
}

fn set(key: &str, value: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(s) = session() {
        let _ = s.set_item(key, value);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (key, value);
}

fn remove(key: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(s) = session() {
        let _ = s.remove_item(key);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = key;
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    #[serde(default)]
    pub address_id: Option<i64>,
    #[serde(default)]
    pub method: Option<String>,
    #[serde(default)]
    pub holder: String,
    #[serde(default)]
    pub exp_month: String,
    #[serde(default)]
    pub exp_year: String,
}

impl Draft {
    pub fn load() -> Draft {
        get(KEY_DRAFT)
            .and_then(|raw| serde_json::from_str(&raw).ok())
            .unwrap_or_default()
    }

    pub fn save(&self) {
        if let Ok(json) = serde_json::to_string(self) {
            set(KEY_DRAFT, &json);
        }
    }

    pub fn clear() {
        remove(KEY_DRAFT);
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct PlaceKey {
    key: String,
    fingerprint: String,
}

/// The key for an order body with this fingerprint: the stored one when the body is the same
/// (a retry), else a new one (stored).
pub fn key_for(fingerprint: &str) -> String {
    if let Some(k) = get(KEY_PLACE)
        .and_then(|raw| serde_json::from_str::<PlaceKey>(&raw).ok())
        .filter(|k| k.fingerprint == fingerprint && !k.key.is_empty())
    {
        return k.key;
    }
    let key = new_key();
    if let Ok(json) = serde_json::to_string(&PlaceKey {
        key: key.clone(),
        fingerprint: fingerprint.to_string(),
    }) {
        set(KEY_PLACE, &json);
    }
    key
}

/// The order got a final answer: the next press is a new order.
pub fn forget_key() {
    remove(KEY_PLACE);
}

/// A new random idempotency key.
pub(crate) fn new_key() -> String {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        let uuid = web_sys::window()
            .and_then(|w| js_sys::Reflect::get(&w, &"crypto".into()).ok())
            .and_then(|c| {
                let f = js_sys::Reflect::get(&c, &"randomUUID".into()).ok()?;
                f.dyn_into::<js_sys::Function>().ok()?.call0(&c).ok()
            })
            .and_then(|v| v.as_string());
        if let Some(u) = uuid {
            return u;
        }
        let r = || (js_sys::Math::random() * 4_294_967_296.0) as u64;
        format!("{:08x}{:08x}-{:x}", r(), r(), js_sys::Date::now() as u64)
    }
    #[cfg(not(target_arch = "wasm32"))]
    "native-key".to_string()
}

/// The card form as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CardFields {
    pub number: String,
    pub exp_month: String,
    pub exp_year: String,
    pub cvc: String,
    pub holder: String,
}

/// Field ids of the card form, in display order.
pub const CARD_FIELDS: [&str; 5] = [
    "card-number",
    "card-exp-month",
    "card-exp-year",
    "card-cvc",
    "card-holder",
];

/// The four-digit year of a two- or four-digit entry.
fn full_year(y: u32) -> u32 {
    if y < 100 {
        2000 + y
    } else {
        y
    }
}

/// Errors of the card form as (field id, message id), in display order; empty when valid.
/// `now` is (year, month) of today.
pub fn validate_card(f: &CardFields, now: (u32, u32)) -> Vec<(&'static str, &'static str)> {
    let mut out = Vec::new();
    let number = f.number.trim();
    if number.is_empty() {
        out.push(("card-number", "card-error-required"));
    } else if !luhn_valid(number) {
        out.push(("card-number", "card-error-number"));
    }
    let month = f
        .exp_month
        .trim()
        .parse::<u32>()
        .ok()
        .filter(|m| (1..=12).contains(m));
    let year = f
        .exp_year
        .trim()
        .parse::<u32>()
        .ok()
        .filter(|_| matches!(f.exp_year.trim().len(), 2 | 4))
        .map(full_year);
    match (month, year) {
        (None, _) => out.push(("card-exp-month", "card-error-month")),
        (_, None) => out.push(("card-exp-year", "card-error-year")),
        (Some(m), Some(y)) if (y, m) < now => out.push(("card-exp-month", "card-error-expired")),
        _ => {}
    }
    let cvc = f.cvc.trim();
    if !(3..=4).contains(&cvc.len()) || !cvc.bytes().all(|b| b.is_ascii_digit()) {
        out.push(("card-cvc", "card-error-cvc"));
    }
    let holder = f.holder.trim().chars().count();
    if !(2..=100).contains(&holder) {
        out.push(("card-holder", "card-error-holder"));
    }
    out
}

/// The card as the API takes it (only call after [`validate_card`] found nothing).
pub fn card_input(f: &CardFields) -> CardInput {
    CardInput {
        number: card_digits(&f.number).unwrap_or_default(),
        exp_month: f.exp_month.trim().parse().unwrap_or(0),
        exp_year: f.exp_year.trim().parse::<u32>().map(full_year).unwrap_or(0),
        cvc: f.cvc.trim().to_string(),
        holder: f.holder.trim().to_string(),
    }
}

/// The card form field a server field error (`payment/card/<name>`) belongs to.
pub fn card_field_of(pointer: &str) -> Option<&'static str> {
    let name = pointer
        .trim_start_matches('/')
        .strip_prefix("payment/card/")?;
    Some(match name {
        "number" => "card-number",
        "exp_month" => "card-exp-month",
        "exp_year" => "card-exp-year",
        "cvc" => "card-cvc",
        "holder" => "card-holder",
        _ => return None,
    })
}

/// Today's (year, month).
pub fn this_month() -> (u32, u32) {
    #[cfg(target_arch = "wasm32")]
    {
        let d = js_sys::Date::new_0();
        (d.get_full_year(), d.get_month() + 1)
    }
    #[cfg(not(target_arch = "wasm32"))]
    (2026, 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn card(number: &str, m: &str, y: &str, cvc: &str, holder: &str) -> CardFields {
        CardFields {
            number: number.into(),
            exp_month: m.into(),
            exp_year: y.into(),
            cvc: cvc.into(),
            holder: holder.into(),
        }
    }

    #[test]
    fn a_good_card_passes_and_converts() {
        let f = card("4242 4242 4242 4242", "12", "30", "123", "Ann Lee");
        assert!(validate_card(&f, (2026, 11)).is_empty());
        let c = card_input(&f);
        assert_eq!(c.number, "4242424242424242");
        assert_eq!((c.exp_month, c.exp_year), (12, 2030));
    }

    #[test]
    fn every_bad_field_is_named_in_order() {
        let f = card("4242 4242 4242 4241", "13", "30", "12", "A");
        let errs: Vec<&str> = validate_card(&f, (2026, 11)).iter().map(|e| e.0).collect();
        assert_eq!(
            errs,
            vec!["card-number", "card-exp-month", "card-cvc", "card-holder"]
        );
        let expired = card("4242424242424242", "10", "2026", "123", "Ann");
        assert_eq!(
            validate_card(&expired, (2026, 11)),
            vec![("card-exp-month", "card-error-expired")]
        );
        assert!(validate_card(
            &card("4242424242424242", "11", "26", "123", "Ann"),
            (2026, 11)
        )
        .is_empty());
        let empty = validate_card(&CardFields::default(), (2026, 11));
        assert_eq!(empty[0], ("card-number", "card-error-required"));
        assert_eq!(
            validate_card(
                &card("4242424242424242", "1", "202", "123", "Ann"),
                (2026, 1)
            )[0],
            ("card-exp-year", "card-error-year")
        );
    }

    #[test]
    fn server_fields_map_to_the_form() {
        assert_eq!(card_field_of("payment/card/cvc"), Some("card-cvc"));
        assert_eq!(card_field_of("/payment/card/number"), Some("card-number"));
        assert_eq!(card_field_of("address_id"), None);
    }
}
