//! The buyer's orders (read side, see `storefront_api::orders`).

use super::{send_json, urls, ApiError};
use storefront_api::orders::Order;

pub fn order_url(base: &str, id: i64) -> String {
    format!("{base}/orders/{id}")
}

const NO_BODY: Option<&()> = None;

pub async fn order(id: i64) -> Result<Order, ApiError> {
    send_json("GET", &order_url(&urls::base(), id), NO_BODY, None).await
}

#[cfg(test)]
mod tests {
    #[test]
    fn urls_follow_the_contract() {
        assert_eq!(super::order_url("/api/v1", 3), "/api/v1/orders/3");
    }
}
