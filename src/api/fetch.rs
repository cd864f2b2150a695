//! The one fetch helper: `fetch` + `AbortController`, JSON into contract types,
//! `application/problem+json` into a typed error.
//!
//! A request is aborted when the reactive owner that started it is cleaned up (the view went
//! away, or a resource re-ran) and when its future is dropped before it finished.

use serde::de::DeserializeOwned;
use storefront_api::{ErrorCode, Problem};

/// Why a request did not produce the data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ApiError {
    /// The request never got an answer (offline, server down, connection reset).
    Network,
    /// The request was cancelled because nobody waits for it any more.
    Aborted,
    /// A non-2xx answer; `code` is the problem's machine code when the body was problem+json.
    Status {
        status: u16,
        code: Option<ErrorCode>,
    },
    /// A 2xx answer whose body is not the JSON the contract promises.
    Malformed,
}

impl ApiError {
    /// Fluent id of the message that explains this error to a buyer. Views fall back to
    /// `error-generic` when a newer id has no translation.
    pub fn message_id(&self) -> String {
        match self {
            ApiError::Network | ApiError::Aborted => "error-network".into(),
            ApiError::Malformed => "error-malformed".into(),
            ApiError::Status {
                code: Some(code), ..
            } if *code != ErrorCode::Unknown => code.message_id(),
            ApiError::Status { status: 404, .. } => "error-not-found".into(),
            ApiError::Status { status, .. } if *status >= 500 => "error-server".into(),
            ApiError::Status { .. } => "error-generic".into(),
        }
    }

    /// Whether this is a "does not exist" answer (the page shows a not-found state).
    pub fn is_not_found(&self) -> bool {
        matches!(self, ApiError::Status { status: 404, .. })
    }
}

/// Turns a finished HTTP exchange into data or a typed error.
pub fn decode_response<T: DeserializeOwned>(status: u16, body: &str) -> Result<T, ApiError> {
    if (200..300).contains(&status) {
        serde_json::from_str(body).map_err(|_| ApiError::Malformed)
    } else {
        let code = serde_json::from_str::<Problem>(body).ok().map(|p| p.code);
        Err(ApiError::Status { status, code })
    }
}

/// GET `url` and decode its JSON body.
pub async fn get_json<T: DeserializeOwned>(url: &str) -> Result<T, ApiError> {
    let (status, body) = request(url, "application/json").await?;
    decode_response(status, &body)
}

/// GET `url` as text; non-2xx is an error.
pub async fn get_text(url: &str) -> Result<String, ApiError> {
    let (status, body) = request(url, "text/plain, */*").await?;
    if (200..300).contains(&status) {
        Ok(body)
    } else {
        Err(ApiError::Status { status, code: None })
    }
}

#[cfg(not(target_arch = "wasm32"))]
async fn request(_url: &str, _accept: &str) -> Result<(u16, String), ApiError> {
    Err(ApiError::Network)
}

#[cfg(target_arch = "wasm32")]
async fn request(url: &str, accept: &str) -> Result<(u16, String), ApiError> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    use web_sys::{Headers, Request, RequestInit, Response};

    let window = web_sys::window().ok_or(ApiError::Network)?;
    let guard = inflight::Guard::new();
    let init = RequestInit::new();
    init.set_method("GET");
    if let Some(signal) = guard.signal() {
        init.set_signal(Some(&signal));
    }
    if let Ok(headers) = Headers::new() {
        let _ = headers.set("Accept", accept);
        init.set_headers(&headers);
    }
    let req = Request::new_with_str_and_init(url, &init).map_err(|_| ApiError::Network)?;
    let resp = JsFuture::from(window.fetch_with_request(&req))
        .await
        .map_err(|_| guard.failure())?;
    let resp: Response = resp.dyn_into().map_err(|_| ApiError::Network)?;
    let status = resp.status();
    let text = resp.text().map_err(|_| ApiError::Network)?;
    let body = JsFuture::from(text).await.map_err(|_| guard.failure())?;
    guard.finish();
    Ok((status, body.as_string().unwrap_or_default()))
}

#[cfg(target_arch = "wasm32")]
mod inflight {
    //! Open `AbortController`s by id, so a `Send` cleanup closure can abort one.
    use super::ApiError;
    use std::cell::{Cell, RefCell};
    use std::collections::HashMap;
    use web_sys::{AbortController, AbortSignal};

    thread_local! {
        static OPEN: RefCell<HashMap<u64, AbortController>> = RefCell::new(HashMap::new());
        static NEXT: Cell<u64> = const { Cell::new(0) };
    }

    fn abort(id: u64) {
        if let Some(c) = OPEN.with(|o| o.borrow_mut().remove(&id)) {
            c.abort();
        }
    }

    /// Aborts the request on drop unless [`finish`](Guard::finish)ed.
    pub struct Guard {
        id: u64,
        signal: Option<AbortSignal>,
    }

    impl Guard {
        pub fn new() -> Self {
            let id = NEXT.with(|n| {
                let id = n.get();
                n.set(id.wrapping_add(1));
                id
            });
            let signal = AbortController::new().ok().map(|c| {
                let s = c.signal();
                OPEN.with(|o| o.borrow_mut().insert(id, c));
                s
            });
            // The owner running this request (a resource, a scoped task) aborts it on cleanup.
            leptos::prelude::on_cleanup(move || abort(id));
            Guard { id, signal }
        }

        pub fn signal(&self) -> Option<AbortSignal> {
            self.signal.clone()
        }

        pub fn failure(&self) -> ApiError {
            if self.signal.as_ref().is_some_and(AbortSignal::aborted) {
                ApiError::Aborted
            } else {
                ApiError::Network
            }
        }

        pub fn finish(self) {
            OPEN.with(|o| o.borrow_mut().remove(&self.id));
        }
    }

    impl Drop for Guard {
        fn drop(&mut self) {
            abort(self.id);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use storefront_api::{Money, Page};

    #[test]
    fn ok_json_decodes() {
        let p: Page<Money> = decode_response(200, r#"{"items":[{"amount":5,"currency":"USD"}]}"#)
            .expect("valid page");
        assert_eq!(p.items, vec![Money::usd(5)]);
        assert_eq!(p.next_cursor, None);
    }

    #[test]
    fn malformed_json_is_a_typed_error() {
        let r: Result<Page<Money>, _> = decode_response(200, "{not json");
        assert_eq!(r, Err(ApiError::Malformed));
        let r: Result<Page<Money>, _> = decode_response(200, r#"{"items":"nope"}"#);
        assert_eq!(r, Err(ApiError::Malformed));
    }

    #[test]
    fn problem_json_carries_its_code() {
        let body = r#"{"type":"/problems/product_not_found","title":"x","status":404,"code":"product_not_found"}"#;
        let r: Result<Money, _> = decode_response(404, body);
        let err = r.expect_err("404");
        assert_eq!(err.message_id(), "error-product-not-found");
        assert!(err.is_not_found());
    }

    #[test]
    fn non_problem_errors_map_by_status() {
        let r: Result<Money, _> = decode_response(502, "<html>Bad gateway</html>");
        assert_eq!(r.expect_err("502").message_id(), "error-server");
        let r: Result<Money, _> = decode_response(404, "");
        assert_eq!(r.expect_err("404").message_id(), "error-not-found");
        let r: Result<Money, _> = decode_response(418, "");
        assert_eq!(r.expect_err("418").message_id(), "error-generic");
    }

    #[test]
    fn unknown_codes_use_status_mapping() {
        let body = r#"{"type":"/x","title":"x","status":500,"code":"brand_new"}"#;
        let r: Result<Money, _> = decode_response(500, body);
        assert_eq!(r.expect_err("500").message_id(), "error-server");
        assert_eq!(ApiError::Network.message_id(), "error-network");
        assert_eq!(ApiError::Malformed.message_id(), "error-malformed");
    }
}
