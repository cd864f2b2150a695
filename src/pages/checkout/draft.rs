//! What checkout keeps in `sessionStorage` (this tab only): the draft (chosen address, payment
//! method, card holder and expiry — never the card number or CVC) and the idempotency key of
//! the order being placed with a fingerprint of its body.

use serde::{Deserialize, Serialize};

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
    let key = crate::browser::idempotency_key();
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
