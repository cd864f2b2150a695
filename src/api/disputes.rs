//! The buyer's disputes (see `storefront_api::disputes`): opening one on an order line
//! (multipart with the photos, sent by `XMLHttpRequest` so the page can show the upload's
//! progress), reading one, and the buyer's actions, each with `If-Match: <the dispute's ETag>`.

use super::{urls, ApiError, Form, Request};
use storefront_api::disputes::{
    CounterRequest, Dispute, DisputeSummary, MessageRequest, ReturnShipmentRequest,
};
use storefront_api::Page;

pub fn dispute_url(base: &str, id: i64) -> String {
    format!("{base}/disputes/{id}")
}

/// `GET /disputes` (the buyer's disputes, newest first), one cursor page.
pub fn list_url(base: &str, cursor: Option<&str>) -> String {
    format!(
        "{base}/disputes{}",
        urls::query(&[("cursor", cursor.map(str::to_string))])
    )
}

pub fn open_url(base: &str, order_id: i64) -> String {
    format!("{base}/orders/{order_id}/disputes")
}

/// A buyer action on a dispute.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    Accept,
    Escalate,
    Cancel,
    Counter(CounterRequest),
    Message(MessageRequest),
    ShipReturn(ReturnShipmentRequest),
}

impl Action {
    fn path(&self) -> &'static str {
        match self {
            Action::Accept => "accept",
            Action::Escalate => "escalate",
            Action::Cancel => "cancel",
            Action::Counter(_) => "counter",
            Action::Message(_) => "messages",
            Action::ShipReturn(_) => "return-shipment",
        }
    }
}

pub fn action_url(base: &str, id: i64, a: &Action) -> String {
    format!("{base}/disputes/{id}/{}", a.path())
}

/// `GET /disputes`: one cursor page.
pub async fn list(cursor: Option<String>) -> Result<Page<DisputeSummary>, ApiError> {
    Request::get(&list_url(&urls::base(), cursor.as_deref()))
        .send()
        .await
}

/// `GET /disputes/{id}`.
pub async fn get(id: i64) -> Result<Dispute, ApiError> {
    Request::get(&dispute_url(&urls::base(), id)).send().await
}

/// Sends `a` for the version of `d` the buyer sees (its ETag as `If-Match`).
pub async fn act(d: &Dispute, a: Action) -> Result<Dispute, ApiError> {
    let req = Request::post(&action_url(&urls::base(), d.id, &a)).if_match(&d.etag());
    let req = match &a {
        Action::Accept | Action::Escalate | Action::Cancel => req.json(&serde_json::json!({})),
        Action::Counter(b) => req.json(b),
        Action::Message(b) => req.json(b),
        Action::ShipReturn(b) => req.json(b),
    };
    req.send().await
}

/// How a refused action is told to the buyer (see [`super::Refusal`]).
pub type Refusal = super::Refusal<Dispute>;

/// Sorts a failed action into what the page does about it; the problem's `dispute` member is
/// the current dispute.
pub fn refusal(e: ApiError) -> Refusal {
    super::refusal(e, "dispute")
}

/// `POST /orders/{id}/disputes` with the form, the draft's `Idempotency-Key` and the order's
/// ETag. `progress(loaded, total)` follows the upload of the request body (all photos travel
/// in this one multipart body, so the page splits it into the files' byte ranges); it goes by
/// `XMLHttpRequest` ([`Request::upload`]), since `fetch` has no upload progress.
pub async fn open(
    order_id: i64,
    form: &Form,
    key: &str,
    order_etag: &str,
    progress: impl Fn(f64, f64) + 'static,
) -> Result<Dispute, ApiError> {
    Request::post(&open_url(&urls::base(), order_id))
        .form(form)
        .idempotency_key(key)
        .if_match(order_etag)
        .upload(progress)
        .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_follow_the_contract() {
        assert_eq!(dispute_url("/api/v1", 4), "/api/v1/disputes/4");
        assert_eq!(open_url("/api/v1", 9), "/api/v1/orders/9/disputes");
        assert_eq!(list_url("/api/v1", None), "/api/v1/disputes");
        assert_eq!(
            list_url("/api/v1", Some("a b")),
            "/api/v1/disputes?cursor=a%20b"
        );
        assert_eq!(
            action_url(
                "/api/v1",
                4,
                &Action::ShipReturn(ReturnShipmentRequest {
                    carrier: "x".into(),
                    tracking_number: "y".into()
                })
            ),
            "/api/v1/disputes/4/return-shipment"
        );
        assert_eq!(
            action_url("/api/v1", 4, &Action::Escalate),
            "/api/v1/disputes/4/escalate"
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
    }
}
