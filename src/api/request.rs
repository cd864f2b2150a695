//! The one request builder of the app:
//!
//! ```ignore
//! let order: Order = Request::get(&url).send().await?;
//! let paid: Payment = Request::post(&url)
//!     .json(&body)
//!     .if_match(&order.etag())
//!     .idempotency_key(&key)
//!     .send()
//!     .await?;
//! Request::delete(&url).send_empty().await?;            // any 2xx, no body read
//! let ftl: String = Request::get(&url).text().await?;   // a text file
//! let d: Dispute = Request::post(&url).form(&form).upload(|sent, total| ..).await?;
//! ```
//!
//! Every call fails with the one [`ApiError`] (a problem+json answer keeps its problem).
//! Requests go by `fetch` through gloo-net, same-origin with the session cookie (`fetch`'s
//! default `credentials: same-origin`). A GET is first answered from the data a
//! server-composed page brought along ([`super::first_data`]), without a request.
//!
//! **Aborts.** Each fetch carries an `AbortSignal`. It is aborted when the reactive owner that
//! started the request is cleaned up (`on_cleanup`: the view went away, or a resource re-ran)
//! and when the request's future is dropped before it finished; the call then fails with
//! [`ApiError::Aborted`], which views ignore.

use super::error::{decode, ApiError};
use serde::de::DeserializeOwned;
use serde::Serialize;

/// A request body: `FormData` in the browser; nothing can be sent elsewhere.
#[cfg(target_arch = "wasm32")]
pub type Form = web_sys::FormData;
#[cfg(not(target_arch = "wasm32"))]
pub type Form = ();

/// What a request sends.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
enum Body {
    Empty,
    Json(String),
    /// A `multipart/form-data` body (the browser sets its boundary).
    Form(Form),
    /// The JSON body could not be serialised: sending fails with [`ApiError::Malformed`].
    Unserialisable,
}

/// One request to the API; see the module documentation.
#[must_use = "a request does nothing until it is sent"]
pub struct Request {
    method: &'static str,
    url: String,
    headers: Vec<(&'static str, String)>,
    body: Body,
}

impl Request {
    fn new(method: &'static str, url: &str) -> Self {
        Request {
            method,
            url: url.to_string(),
            headers: Vec::new(),
            body: Body::Empty,
        }
    }

    pub fn get(url: &str) -> Self {
        Self::new("GET", url)
    }

    pub fn post(url: &str) -> Self {
        Self::new("POST", url)
    }

    pub fn put(url: &str) -> Self {
        Self::new("PUT", url)
    }

    pub fn delete(url: &str) -> Self {
        Self::new("DELETE", url)
    }

    /// Sends `body` as JSON (see [`Request::header_list`] for its `Content-Type`).
    pub fn json<B: Serialize + ?Sized>(mut self, body: &B) -> Self {
        self.body = match serde_json::to_string(body) {
            Ok(json) => Body::Json(json),
            Err(_) => Body::Unserialisable,
        };
        self
    }

    /// Sends a `multipart/form-data` body.
    // Off the browser a form is `()`.
    #[cfg_attr(
        not(target_arch = "wasm32"),
        allow(clippy::unit_arg, clippy::clone_on_copy)
    )]
    pub fn form(mut self, form: &Form) -> Self {
        self.body = Body::Form(form.clone());
        self
    }

    /// `If-Match: <etag>`: the change applies only to the version the buyer saw (`412`
    /// otherwise).
    pub fn if_match(self, etag: &str) -> Self {
        self.header("If-Match", etag)
    }

    /// `Idempotency-Key: <key>`: a retry with the same key and body gets the first answer
    /// again instead of doing it twice.
    pub fn idempotency_key(self, key: &str) -> Self {
        self.header(storefront_api::reports::IDEMPOTENCY_KEY_HEADER, key)
    }

    /// Any other request header.
    pub fn header(mut self, name: &'static str, value: &str) -> Self {
        self.headers.push((name, value.to_string()));
        self
    }

    /// Sends the request and decodes a 2xx answer's JSON as `T`.
    pub async fn send<T: DeserializeOwned>(self) -> Result<T, ApiError> {
        let (status, body) = self.exchange("application/json").await?;
        decode(status, &body)
    }

    /// Sends the request; any 2xx answer is success (e.g. `204 No Content`).
    pub async fn send_empty(self) -> Result<(), ApiError> {
        let (status, body) = self.exchange("application/json").await?;
        if (200..300).contains(&status) {
            Ok(())
        } else {
            Err(ApiError::from_response(status, &body))
        }
    }

    /// Sends the request and answers a 2xx answer's body as text (a non-2xx answer is an
    /// error without a problem).
    pub async fn text(self) -> Result<String, ApiError> {
        let (status, body) = self.exchange("text/plain, */*").await?;
        if (200..300).contains(&status) {
            Ok(body)
        } else {
            Err(ApiError::status(status, None))
        }
    }

    /// Sends the request's form by `XMLHttpRequest`, calling `progress(sent, total)` as the
    /// body uploads, and decodes a 2xx answer's JSON as `T`.
    ///
    /// This is the one request not sent by `fetch`: `fetch` reports no upload progress (a
    /// streamed request body would need HTTP/2 and still says nothing about bytes sent), and
    /// the dispute and message forms show how far their photos have gone. It is aborted when
    /// its future is dropped (the page went away).
    pub async fn upload<T: DeserializeOwned>(
        self,
        progress: impl Fn(f64, f64) + 'static,
    ) -> Result<T, ApiError> {
        let (status, body) = xhr::send(self, progress).await?;
        decode(status, &body)
    }

    /// The request's headers: `Accept`, `Content-Type: application/json` on every request but
    /// a GET and a form (the server refuses a change of another type with `415`, which keeps
    /// other sites' forms out), then the ones the caller set.
    #[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
    fn header_list(&self, accept: &'static str) -> Vec<(&'static str, &str)> {
        let mut list = vec![("Accept", accept)];
        if self.method != "GET" && !matches!(self.body, Body::Form(_)) {
            list.push(("Content-Type", "application/json"));
        }
        list.extend(self.headers.iter().map(|(k, v)| (*k, v.as_str())));
        list
    }

    /// Sends the request (or takes a GET's answer from the page's inline data): the status and
    /// body of the answer.
    async fn exchange(self, accept: &'static str) -> Result<(u16, String), ApiError> {
        if self.method == "GET" {
            if let Some(answer) = super::first_data::take(&self.url) {
                return Ok(answer);
            }
        }
        if matches!(self.body, Body::Unserialisable) {
            return Err(ApiError::Malformed);
        }
        fetch::send(self, accept).await
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod fetch {
    use super::{ApiError, Request};

    pub async fn send(_req: Request, _accept: &str) -> Result<(u16, String), ApiError> {
        Err(ApiError::Network)
    }
}

#[cfg(target_arch = "wasm32")]
mod fetch {
    //! `fetch` by gloo-net. The `web_sys::Request` is built here rather than by gloo-net's
    //! `RequestBuilder`: gloo-net 0.6's builder appends `&` to every URL that has a query
    //! (`/products/7?lang=en&`, rustwasm/gloo#498), which would change the URL of every
    //! catalogue request and with it the service worker's cache keys.
    use super::{ApiError, Body, Request};

    pub async fn send(req: Request, accept: &'static str) -> Result<(u16, String), ApiError> {
        let guard = inflight::Guard::new();
        let init = web_sys::RequestInit::new();
        init.set_method(req.method);
        if let Some(signal) = guard.signal() {
            init.set_signal(Some(&signal));
        }
        let headers = web_sys::Headers::new().map_err(|_| ApiError::Network)?;
        for (name, value) in req.header_list(accept) {
            let _ = headers.set(name, value);
        }
        match &req.body {
            Body::Empty | Body::Unserialisable => {}
            Body::Form(form) => init.set_body(form),
            Body::Json(json) => init.set_body(&wasm_bindgen::JsValue::from_str(json)),
        }
        init.set_headers(&headers);
        let request = web_sys::Request::new_with_str_and_init(&req.url, &init)
            .map_err(|_| ApiError::Network)?;
        let resp = gloo_net::http::Request::from(request)
            .send()
            .await
            .map_err(|_| {
                let e = guard.failure();
                if e == ApiError::Network {
                    crate::pwa::note_reachable(false);
                }
                e
            })?;
        // The service worker marks an answer it had to take from its cache (public/sw.js).
        crate::pwa::note_reachable(!resp.headers().has("sf-offline"));
        let status = resp.status();
        let body = resp.text().await.map_err(|_| guard.failure())?;
        guard.finish();
        Ok((status, body))
    }

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
                // The owner running this request (a resource, a view's task) aborts it on
                // cleanup.
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
}

#[cfg(not(target_arch = "wasm32"))]
mod xhr {
    use super::{ApiError, Request};

    pub async fn send(
        _req: Request,
        _progress: impl Fn(f64, f64) + 'static,
    ) -> Result<(u16, String), ApiError> {
        Err(ApiError::Network)
    }
}

#[cfg(target_arch = "wasm32")]
mod xhr {
    //! The multipart upload with progress stays on `XMLHttpRequest`: `fetch` has no upload
    //! progress events (see [`Request::upload`](super::Request::upload)).
    use super::{ApiError, Body, Request};
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

    pub async fn send(
        req: Request,
        progress: impl Fn(f64, f64) + 'static,
    ) -> Result<(u16, String), ApiError> {
        let xhr = XmlHttpRequest::new().map_err(|_| ApiError::Network)?;
        xhr.open_with_async(req.method, &req.url, true)
            .map_err(|_| ApiError::Network)?;
        for (name, value) in req.header_list("application/json") {
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
        let sent = match &req.body {
            Body::Form(form) => xhr.send_with_opt_form_data(Some(form)),
            Body::Json(json) => xhr.send_with_opt_str(Some(json)),
            Body::Empty => xhr.send(),
            Body::Unserialisable => return Err(ApiError::Malformed),
        };
        sent.map_err(|_| ApiError::Network)?;
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
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_get_asks_for_json_and_says_nothing_else() {
        let r = Request::get("/api/v1/orders/3");
        assert_eq!(
            r.header_list("application/json"),
            [("Accept", "application/json")]
        );
        assert!(matches!(r.body, Body::Empty));
    }

    #[test]
    fn a_change_carries_its_version_key_and_json_type() {
        let r = Request::post("/api/v1/orders/3/pay-again")
            .json(&serde_json::json!({"method": "card"}))
            .if_match("\"o3-v2\"")
            .idempotency_key("k-1");
        assert_eq!(
            r.header_list("application/json"),
            [
                ("Accept", "application/json"),
                ("Content-Type", "application/json"),
                ("If-Match", "\"o3-v2\""),
                ("Idempotency-Key", "k-1"),
            ]
        );
        assert!(matches!(&r.body, Body::Json(j) if j == r#"{"method":"card"}"#));
    }

    #[test]
    fn a_change_without_a_body_is_still_json_and_a_form_is_not() {
        let r = Request::delete("/api/v1/session");
        assert!(r
            .header_list("application/json")
            .contains(&("Content-Type", "application/json")));
        let r = Request::post("/api/v1/products/1/reports")
            .form(&())
            .idempotency_key("k");
        assert_eq!(
            r.header_list("application/json"),
            [("Accept", "application/json"), ("Idempotency-Key", "k")]
        );
    }

    #[test]
    fn wish_list_put_sends_null() {
        let r = Request::put("/api/v1/wishlist/7").json(&());
        assert!(matches!(&r.body, Body::Json(j) if j == "null"));
    }
}
