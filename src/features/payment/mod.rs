//! What checkout and an order's "Pay again" share: the card form and how a decline is told.

pub mod card;

pub fn decline_id(reason: Option<storefront_api::checkout::DeclineReason>) -> String {
    match reason {
        Some(r) => {
            let s = serde_json::to_value(r)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_else(|| "unknown".into());
            format!("payment-declined-{}", s.replace('_', "-"))
        }
        None => "payment-declined-unknown".into(),
    }
}
