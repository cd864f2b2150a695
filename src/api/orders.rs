//! The buyer's orders (see `storefront_api::orders`): the list by tab with counts, one order,
//! and the buyer's transitions, each sent with `If-Match: <the ETag of the order shown>`.

use super::{urls, ApiError, Request};
use storefront_api::operator::ClockState;
use storefront_api::orders::{
    ExtensionRequestBody, FeedbackRequest, Order, OrderCounts, OrderSummary, OrderTab,
};
use storefront_api::Page;

pub fn order_url(base: &str, id: i64) -> String {
    format!("{base}/orders/{id}")
}

/// `GET /orders?tab=&cursor=`: one page of a tab (all orders without a tab).
pub fn list_url(base: &str, tab: Option<OrderTab>, cursor: Option<&str>) -> String {
    format!(
        "{base}/orders{}",
        urls::query(&[
            ("tab", tab.map(|t| t.as_str().to_string())),
            ("cursor", cursor.map(str::to_string)),
        ])
    )
}

pub fn counts_url(base: &str) -> String {
    format!("{base}/orders/counts")
}

/// A buyer transition of an order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Transition {
    ConfirmReceipt,
    Cancel,
    RequestExtension(i64),
    Feedback(FeedbackRequest),
}

impl Transition {
    fn path(&self) -> &'static str {
        match self {
            Transition::ConfirmReceipt => "confirm-receipt",
            Transition::Cancel => "cancel",
            Transition::RequestExtension(_) => "extension-requests",
            Transition::Feedback(_) => "feedback",
        }
    }
}

pub fn transition_url(base: &str, id: i64, t: &Transition) -> String {
    format!("{base}/orders/{id}/{}", t.path())
}

/// `GET /orders/{id}`.
pub async fn get(id: i64) -> Result<Order, ApiError> {
    Request::get(&order_url(&urls::base(), id)).send().await
}

/// `GET /orders`: one page of a tab.
pub async fn list(
    tab: Option<OrderTab>,
    cursor: Option<String>,
) -> Result<Page<OrderSummary>, ApiError> {
    Request::get(&list_url(&urls::base(), tab, cursor.as_deref()))
        .send()
        .await
}

/// `GET /orders/counts`.
pub async fn counts() -> Result<OrderCounts, ApiError> {
    Request::get(&counts_url(&urls::base())).send().await
}

/// Sends `t` for the version of `order` the buyer sees (its ETag as `If-Match`).
pub async fn transition(order: &Order, t: Transition) -> Result<Order, ApiError> {
    let req = Request::post(&transition_url(&urls::base(), order.id, &t)).if_match(&order.etag());
    let req = match &t {
        Transition::ConfirmReceipt | Transition::Cancel => req.json(&serde_json::json!({})),
        Transition::RequestExtension(days) => req.json(&ExtensionRequestBody { days: *days }),
        Transition::Feedback(f) => req.json(f),
    };
    req.send().await
}

/// How a refused transition is told to the buyer (see [`super::Refusal`]).
pub type Refusal = super::Refusal<Order>;

/// Sorts a failed transition into what the page does about it; the problem's `order` member
/// is the current order.
pub fn refusal(e: ApiError) -> Refusal {
    super::refusal(e, "order")
}

/// Milliseconds the server's clock is ahead of this browser's (demo mode runs a simulated
/// clock, `GET /operator/clock`); 0 when it cannot be had.
pub async fn clock_skew_ms() -> i64 {
    let url = format!("{}/operator/clock", urls::base());
    match Request::get(&url).send::<ClockState>().await {
        Ok(c) => c.now_unix.saturating_mul(1000) - now_ms(),
        Err(_) => 0,
    }
}

/// This browser's clock, Unix ms.
pub fn now_ms() -> i64 {
    #[cfg(target_arch = "wasm32")]
    {
        js_sys::Date::now() as i64
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_millis() as i64)
            .unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use storefront_api::orders::OrderTab;

    #[test]
    fn urls_follow_the_contract() {
        assert_eq!(order_url("/api/v1", 3), "/api/v1/orders/3");
        assert_eq!(list_url("/api/v1", None, None), "/api/v1/orders");
        assert_eq!(
            list_url("/api/v1", Some(OrderTab::AwaitingShipment), Some("a b")),
            "/api/v1/orders?tab=awaiting_shipment&cursor=a%20b"
        );
        assert_eq!(counts_url("/api/v1"), "/api/v1/orders/counts");
        assert_eq!(
            transition_url("/api/v1", 7, &Transition::RequestExtension(5)),
            "/api/v1/orders/7/extension-requests"
        );
        assert_eq!(
            transition_url("/api/v1", 7, &Transition::ConfirmReceipt),
            "/api/v1/orders/7/confirm-receipt"
        );
    }

    #[test]
    fn refusals_sort_by_code() {
        let stale = ApiError::from_response(
            412,
            r#"{"type":"/p","title":"x","status":412,"code":"precondition_failed"}"#,
        );
        assert_eq!(refusal(stale), Refusal::Changed(None));
        let illegal = ApiError::from_response(
            409,
            r#"{"type":"/p","title":"x","status":409,"code":"illegal_transition"}"#,
        );
        assert_eq!(refusal(illegal), Refusal::NotAllowed(None));
        assert_eq!(
            refusal(ApiError::Network),
            Refusal::Failed(ApiError::Network)
        );
        let bare = ApiError::from_response(412, "");
        assert_eq!(refusal(bare), Refusal::Changed(None));
    }
}
