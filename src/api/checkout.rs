//! Payment methods, placing orders and reading a payment (see `storefront_api::checkout`).

use super::{urls, ApiError, Request};
use storefront_api::checkout::{CheckoutRequest, PayAgainRequest, Payment, PaymentMethod};
use storefront_api::orders::Order;

pub fn payment_methods_url(base: &str) -> String {
    format!("{base}/payment-methods")
}

pub fn checkout_url(base: &str, lang: &str) -> String {
    format!(
        "{base}/checkout{}",
        urls::query(&[("lang", Some(lang.to_string()))])
    )
}

pub fn payment_url(base: &str, id: &str) -> String {
    format!("{base}/checkout/payments/{}", urls::encode(id))
}

pub async fn payment_methods() -> Result<Vec<PaymentMethod>, ApiError> {
    Request::get(&payment_methods_url(&urls::base()))
        .send()
        .await
}

/// Places the order; a retry with the same `key` and body gets the first answer again.
pub async fn place(req: &CheckoutRequest, key: &str, lang: &str) -> Result<Payment, ApiError> {
    Request::post(&checkout_url(&urls::base(), lang))
        .json(req)
        .idempotency_key(key)
        .send()
        .await
}

pub fn pay_again_url(base: &str, order_id: i64, lang: &str) -> String {
    format!(
        "{base}/orders/{order_id}/pay-again{}",
        urls::query(&[("lang", Some(lang.to_string()))])
    )
}

/// Pays `order` (as shown: its ETag goes as `If-Match`) again; a retry with the same `key` and
/// body gets the first answer again.
pub async fn pay_again(
    order: &Order,
    req: &PayAgainRequest,
    key: &str,
    lang: &str,
) -> Result<Payment, ApiError> {
    Request::post(&pay_again_url(&urls::base(), order.id, lang))
        .json(req)
        .if_match(&order.etag())
        .idempotency_key(key)
        .send()
        .await
}

pub async fn payment(id: &str) -> Result<Payment, ApiError> {
    Request::get(&payment_url(&urls::base(), id)).send().await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_follow_the_contract() {
        assert_eq!(payment_methods_url("/api/v1"), "/api/v1/payment-methods");
        assert_eq!(checkout_url("/api/v1", "de"), "/api/v1/checkout?lang=de");
        assert_eq!(
            pay_again_url("/api/v1", 7, "de"),
            "/api/v1/orders/7/pay-again?lang=de"
        );
        assert_eq!(
            payment_url("/api/v1", "pay_1/x"),
            "/api/v1/checkout/payments/pay_1%2Fx"
        );
    }
}
