//! What checkout keeps in `sessionStorage` (this tab only): the draft (chosen address, payment
//! method, card holder and expiry — never the card number or CVC) and the idempotency key of
//! the order being placed with a fingerprint of its body.

use crate::hooks::{
    use_local_draft_with_options, LocalDraft, UseLocalDraftOptions, UseLocalDraftReturn,
};
use crate::state::idempotency;
use crate::state::storage::session;
use serde::{Deserialize, Serialize};

const KEY_DRAFT: &str = "storefront.checkout.draft";
const KEY_PLACE: &str = "storefront.checkout.key";

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

impl LocalDraft for Draft {}

/// The checkout draft of this tab.
pub fn use_checkout_draft() -> UseLocalDraftReturn<Draft> {
    use_local_draft_with_options(KEY_DRAFT, UseLocalDraftOptions::default().session(true))
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
struct PlaceKey {
    key: String,
    fingerprint: String,
}

/// The key for an order body with this fingerprint: the stored one when the body is the same
/// (a retry), else a new one (stored).
pub fn key_for(fingerprint: &str) -> String {
    let kept = session::get(KEY_PLACE)
        .and_then(|raw| serde_json::from_str::<PlaceKey>(&raw).ok())
        .unwrap_or_default();
    let key = idempotency::key_for((&kept.key, &kept.fingerprint), fingerprint);
    if let Ok(json) = serde_json::to_string(&PlaceKey {
        key: key.clone(),
        fingerprint: fingerprint.to_string(),
    }) {
        session::set(KEY_PLACE, &json);
    }
    key
}

/// The order got a final answer: the next press is a new order.
pub fn forget_key() {
    session::remove(KEY_PLACE);
}
