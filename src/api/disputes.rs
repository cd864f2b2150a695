//! The buyer's disputes (see `storefront_api::disputes`): opening one on an order line
//! (multipart with the photos, sent by `XMLHttpRequest` so the page can show the upload's
//! progress), reading one, and the buyer's actions, each with `If-Match: <the dispute's ETag>`.

use super::{send_json, send_json_with, urls, ApiError, Failure, Form};
use storefront_api::disputes::{
    CounterRequest, Dispute, DisputeSummary, MessageRequest, ReturnShipmentRequest,
};
use storefront_api::{ErrorCode, Page};

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

const NO_BODY: Option<&()> = None;

pub async fn list(cursor: Option<String>) -> Result<Page<DisputeSummary>, ApiError> {
    send_json(
        "GET",
        &list_url(&urls::base(), cursor.as_deref()),
        NO_BODY,
        None,
    )
    .await
}

pub async fn dispute(id: i64) -> Result<Dispute, ApiError> {
    send_json("GET", &dispute_url(&urls::base(), id), NO_BODY, None).await
}

/// Sends `a` for the version of `d` the buyer sees.
pub async fn act(d: &Dispute, a: Action) -> Result<Dispute, Failure> {
    let url = action_url(&urls::base(), d.id, &a);
    let etag = d.etag();
    let headers = [("If-Match", etag.as_str())];
    match &a {
        Action::Accept | Action::Escalate | Action::Cancel => {
            send_json_with("POST", &url, Some(&serde_json::json!({})), &headers).await
        }
        Action::Counter(b) => send_json_with("POST", &url, Some(b), &headers).await,
        Action::Message(b) => send_json_with("POST", &url, Some(b), &headers).await,
        Action::ShipReturn(b) => send_json_with("POST", &url, Some(b), &headers).await,
    }
}

/// How a refused action is told to the buyer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// `412`: the dispute changed since the page read it.
    Changed(Option<Box<Dispute>>),
    /// `409`: not possible in the dispute's current state.
    NotAllowed(Option<Box<Dispute>>),
    /// Anything else; the request may be retried.
    Failed(ApiError),
}

pub fn refusal(f: Failure) -> Refusal {
    let code = f.code();
    let current = f.member::<Dispute>("dispute").map(Box::new);
    match (&f.error, code) {
        (_, Some(ErrorCode::PreconditionFailed)) | (ApiError::Status { status: 412, .. }, _) => {
            Refusal::Changed(current)
        }
        (_, Some(ErrorCode::IllegalTransition)) | (ApiError::Status { status: 409, .. }, _) => {
            Refusal::NotAllowed(current)
        }
        _ => Refusal::Failed(f.error),
    }
}

/// `POST /orders/{id}/disputes` with the form, the draft's `Idempotency-Key` and the order's
/// ETag. `progress(loaded, total)` follows the upload of the request body (all photos travel
/// in this one multipart body, so the page splits it into the files' byte ranges).
pub async fn open(
    order_id: i64,
    form: &Form,
    key: &str,
    order_etag: &str,
    progress: impl Fn(f64, f64) + 'static,
) -> Result<Dispute, Failure> {
    let url = open_url(&urls::base(), order_id);
    let headers = [("Idempotency-Key", key), ("If-Match", order_etag)];
    let (status, body) = xhr_post(&url, form, &headers, progress).await?;
    if (200..300).contains(&status) {
        serde_json::from_str(&body).map_err(|_| ApiError::Malformed.into())
    } else {
        Err(Failure::from_response(status, &body))
    }
}

/// POSTs a multipart form by `XMLHttpRequest` (for its upload progress) with `headers`;
/// answers the status and body. Shared by dispute evidence and message photos.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) async fn xhr_post(
    _url: &str,
    _form: &Form,
    _headers: &[(&str, &str)],
    _progress: impl Fn(f64, f64) + 'static,
) -> Result<(u16, String), ApiError> {
    Err(ApiError::Network)
}

#[cfg(target_arch = "wasm32")]
pub(crate) async fn xhr_post(
    url: &str,
    form: &Form,
    headers: &[(&str, &str)],
    progress: impl Fn(f64, f64) + 'static,
) -> Result<(u16, String), ApiError> {
    use std::cell::Cell;
    use std::rc::Rc;
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    use web_sys::{ProgressEvent, XmlHttpRequest};

    /// Aborts the request when the future is dropped before it finished (the page went away).
    struct Guard(XmlHttpRequest, Rc<Cell<bool>>);
    impl Drop for Guard {
        fn drop(&mut self) {
            if !self.1.get() {
                let _ = self.0.abort();
            }
        }
    }

    let xhr = XmlHttpRequest::new().map_err(|_| ApiError::Network)?;
    xhr.open_with_async("POST", url, true)
        .map_err(|_| ApiError::Network)?;
    for (name, value) in [("Accept", "application/json")].iter().chain(headers) {
        xhr.set_request_header(name, value)
            .map_err(|_| ApiError::Network)?;
    }
    let on_progress = Closure::<dyn FnMut(ProgressEvent)>::new(move |e: ProgressEvent| {
        if e.length_computable() {
            progress(e.loaded(), e.total());
        }
    });
    if let Ok(upload) = xhr.upload() {
        upload.set_onprogress(Some(on_progress.as_ref().unchecked_ref()));
    }
    let finished = Rc::new(Cell::new(false));
    let guard = Guard(xhr.clone(), finished.clone());
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        let done = Closure::once_into_js(move || {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        });
        xhr.set_onloadend(Some(done.unchecked_ref()));
    });
    xhr.send_with_opt_form_data(Some(form))
        .map_err(|_| ApiError::Network)?;
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    finished.set(true);
    drop(guard);
    if let Ok(upload) = xhr.upload() {
        upload.set_onprogress(None);
    }
    drop(on_progress);
    let status = xhr.status().unwrap_or(0);
    if status == 0 {
        return Err(ApiError::Network);
    }
    let body = xhr.response_text().ok().flatten().unwrap_or_default();
    Ok((status, body))
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
        let stale = Failure::from_response(
            412,
            r#"{"type":"/p","title":"x","status":412,"code":"precondition_failed"}"#,
        );
        assert_eq!(refusal(stale), Refusal::Changed(None));
        let illegal = Failure::from_response(
            409,
            r#"{"type":"/p","title":"x","status":409,"code":"illegal_transition"}"#,
        );
        assert_eq!(refusal(illegal), Refusal::NotAllowed(None));
        assert_eq!(
            refusal(Failure::from(ApiError::Network)),
            Refusal::Failed(ApiError::Network)
        );
    }
}
