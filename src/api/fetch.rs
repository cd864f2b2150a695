//! The one fetch helper: `fetch` + `AbortController`, JSON into contract types,
//! `application/problem+json` into a typed error.
//!
//! A request is aborted when the reactive owner that started it is cleaned up (the view went
//! away, or a resource re-ran) and when its future is dropped before it finished.

use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde::Serialize;
use storefront_api::checkout::DeclineReason;
use storefront_api::{ErrorCode, FieldError};

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
        let code = serde_json::from_str::<ProblemSummary>(body)
            .ok()
            .map(|p| p.code);
        Err(ApiError::Status { status, code })
    }
}

/// A failed exchange with the problem's field errors (empty unless the body was problem+json).
pub fn decode_failure(status: u16, body: &str) -> (ApiError, Vec<FieldError>) {
    match serde_json::from_str::<ProblemSummary>(body) {
        Ok(p) => (
            ApiError::Status {
                status,
                code: Some(p.code),
            },
            p.errors,
        ),
        Err(_) => (ApiError::Status { status, code: None }, Vec::new()),
    }
}

/// POST a `multipart/form-data` body (the browser sets its boundary) with extra headers;
/// a 2xx answer's JSON is decoded, a failure comes with the problem's field errors.
pub async fn post_form<T: DeserializeOwned>(
    url: &str,
    form: &Form,
    headers: &[(&str, &str)],
) -> Result<T, (ApiError, Vec<FieldError>)> {
    let (status, body) = send("POST", url, "application/json", Body::Form(form), headers)
        .await
        .map_err(|e| (e, Vec::new()))?;
    if (200..300).contains(&status) {
        serde_json::from_str(&body).map_err(|_| (ApiError::Malformed, Vec::new()))
    } else {
        Err(decode_failure(status, &body))
    }
}

/// A request body: `FormData` in the browser; nothing can be sent elsewhere.
#[cfg(target_arch = "wasm32")]
pub type Form = web_sys::FormData;
#[cfg(not(target_arch = "wasm32"))]
pub type Form = ();

/// The members of a problem+json body every page may need. The heavy extension members (the
/// new quote of `price_changed`, the current order of a `412`) are decoded only where they are
/// used, with [`Failure::member`]: decoding them here would put their decoders, and those of
/// every type they contain, into the first load of the app instead of the lazy page chunks.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct ProblemSummary {
    pub code: ErrorCode,
    #[serde(default)]
    pub errors: Vec<FieldError>,
    /// `too_many_attempts`: seconds until the next try is accepted.
    #[serde(default)]
    pub retry_after_seconds: Option<u64>,
    /// `payment_declined`: why the payment was declined.
    #[serde(default)]
    pub decline_reason: Option<DeclineReason>,
    #[serde(default)]
    pub payment_id: Option<String>,
}

/// A failed JSON exchange: the typed error plus the problem when the server sent one (its
/// field errors and small members; larger members through [`Failure::member`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    pub error: ApiError,
    pub problem: Option<Box<ProblemSummary>>,
    /// The problem+json body as received, for [`Failure::member`].
    body: Option<Box<str>>,
}

impl Failure {
    /// Turns a non-2xx exchange into a failure, keeping a problem+json body.
    pub fn from_response(status: u16, body: &str) -> Self {
        match serde_json::from_str::<ProblemSummary>(body) {
            Ok(p) => Failure {
                error: ApiError::Status {
                    status,
                    code: Some(p.code),
                },
                problem: Some(Box::new(p)),
                body: Some(body.into()),
            },
            Err(_) => ApiError::Status { status, code: None }.into(),
        }
    }

    /// An extension member of the problem (e.g. `quote`, `order`), decoded as `T`; `None` when
    /// it is absent or not a `T`.
    pub fn member<T: DeserializeOwned>(&self, name: &str) -> Option<T> {
        let body = self.body.as_deref()?;
        let mut members: serde_json::Map<String, serde_json::Value> =
            serde_json::from_str(body).ok()?;
        serde_json::from_value(members.remove(name)?).ok()
    }

    /// The problem's field errors (empty when there are none).
    pub fn fields(&self) -> &[FieldError] {
        self.problem.as_ref().map_or(&[], |p| p.errors.as_slice())
    }

    /// The problem's machine code, if the server sent one.
    pub fn code(&self) -> Option<ErrorCode> {
        match &self.error {
            ApiError::Status { code, .. } => *code,
            _ => None,
        }
    }

    /// See [`ApiError::message_id`].
    pub fn message_id(&self) -> String {
        self.error.message_id()
    }
}

impl From<ApiError> for Failure {
    fn from(error: ApiError) -> Self {
        Failure {
            error,
            problem: None,
            body: None,
        }
    }
}

/// Sends `body` as JSON (`Content-Type: application/json`) with `method` to a same-origin `url`
/// (the session cookie goes along: `fetch`'s default `credentials: same-origin`), with an
/// `Idempotency-Key` when given, and decodes a 2xx answer's JSON; aborted like [`get_json`].
pub async fn send_json<B: Serialize, T: DeserializeOwned>(
    method: &str,
    url: &str,
    body: Option<&B>,
    idempotency_key: Option<&str>,
) -> Result<T, ApiError> {
    send_json_for(method, url, body, idempotency_key)
        .await
        .map_err(|f| f.error)
}

/// [`send_json`], failing with the whole [`Failure`] (field errors, problem extensions).
pub async fn send_json_for<B: Serialize, T: DeserializeOwned>(
    method: &str,
    url: &str,
    body: Option<&B>,
    idempotency_key: Option<&str>,
) -> Result<T, Failure> {
    let (status, text) = send_with_json(method, url, body, idempotency_key).await?;
    decode_sent(status, &text)
}

/// [`send_json_for`] for answers without a body (`204 No Content`): any 2xx is success.
pub async fn send_empty<B: Serialize>(
    method: &str,
    url: &str,
    body: Option<&B>,
    idempotency_key: Option<&str>,
) -> Result<(), Failure> {
    let (status, text) = send_with_json(method, url, body, idempotency_key).await?;
    if (200..300).contains(&status) {
        Ok(())
    } else {
        Err(Failure::from_response(status, &text))
    }
}

/// A 2xx answer's JSON, or the failure with its problem.
fn decode_sent<T: DeserializeOwned>(status: u16, body: &str) -> Result<T, Failure> {
    if (200..300).contains(&status) {
        serde_json::from_str(body).map_err(|_| ApiError::Malformed.into())
    } else {
        Err(Failure::from_response(status, body))
    }
}

/// [`send_json_for`] with extra request headers (e.g. `If-Match` on an order transition).
pub async fn send_json_with<B: Serialize, T: DeserializeOwned>(
    method: &str,
    url: &str,
    body: Option<&B>,
    extra: &[(&str, &str)],
) -> Result<T, Failure> {
    let (status, text) = send_with_headers(method, url, body, extra).await?;
    decode_sent(status, &text)
}

async fn send_with_json<B: Serialize>(
    method: &str,
    url: &str,
    body: Option<&B>,
    idempotency_key: Option<&str>,
) -> Result<(u16, String), Failure> {
    match idempotency_key {
        Some(k) => send_with_headers(method, url, body, &[("Idempotency-Key", k)]).await,
        None => send_with_headers(method, url, body, &[]).await,
    }
}

async fn send_with_headers<B: Serialize>(
    method: &str,
    url: &str,
    body: Option<&B>,
    extra: &[(&str, &str)],
) -> Result<(u16, String), Failure> {
    let json = match body {
        Some(b) => Some(serde_json::to_string(b).map_err(|_| ApiError::Malformed)?),
        None => None,
    };
    let mut headers = vec![("Content-Type", "application/json")];
    headers.extend_from_slice(extra);
    let body = json.as_deref().map_or(Body::Empty, Body::Json);
    Ok(send(method, url, "application/json", body, &headers).await?)
}

/// What a request sends (only the browser build sends anything).
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
enum Body<'a> {
    Empty,
    Form(&'a Form),
    Json(&'a str),
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

async fn request(url: &str, accept: &str) -> Result<(u16, String), ApiError> {
    // A server-composed page brought this answer along (`first_data`): no request.
    if let Some(answer) = super::first_data::take(url) {
        return Ok(answer);
    }
    send("GET", url, accept, Body::Empty, &[]).await
}

#[cfg(not(target_arch = "wasm32"))]
async fn send(
    _method: &str,
    _url: &str,
    _accept: &str,
    _body: Body<'_>,
    _headers: &[(&str, &str)],
) -> Result<(u16, String), ApiError> {
    Err(ApiError::Network)
}

#[cfg(target_arch = "wasm32")]
async fn send(
    method: &str,
    url: &str,
    accept: &str,
    body: Body<'_>,
    extra: &[(&str, &str)],
) -> Result<(u16, String), ApiError> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    use web_sys::{Headers, Request, RequestInit, Response};

    let window = web_sys::window().ok_or(ApiError::Network)?;
    let guard = inflight::Guard::new();
    let init = RequestInit::new();
    init.set_method(method);
    if let Some(signal) = guard.signal() {
        init.set_signal(Some(&signal));
    }
    match body {
        Body::Empty => {}
        Body::Form(form) => init.set_body(form),
        Body::Json(json) => init.set_body(&wasm_bindgen::JsValue::from_str(json)),
    }
    if let Ok(headers) = Headers::new() {
        let _ = headers.set("Accept", accept);
        for (k, v) in extra {
            let _ = headers.set(k, v);
        }
        init.set_headers(&headers);
    }
    let req = Request::new_with_str_and_init(url, &init).map_err(|_| ApiError::Network)?;
    let resp = JsFuture::from(window.fetch_with_request(&req))
        .await
        .map_err(|_| {
            let e = guard.failure();
            if e == ApiError::Network {
                crate::pwa::note_reachable(false);
            }
            e
        })?;
    let resp: Response = resp.dyn_into().map_err(|_| ApiError::Network)?;
    // The service worker marks an answer it had to take from its cache (public/sw.js).
    crate::pwa::note_reachable(!resp.headers().has("sf-offline").unwrap_or(false));
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
    fn failures_keep_their_field_errors() {
        let body = r#"{"type":"/x","title":"x","status":422,"code":"validation_failed","errors":[{"field":"details","code":"too_short"}]}"#;
        let (err, fields) = decode_failure(422, body);
        assert_eq!(err.message_id(), "error-validation-failed");
        assert_eq!(fields.len(), 1);
        assert_eq!(
            (fields[0].field.as_str(), fields[0].code.as_str()),
            ("details", "too_short")
        );
        let (err, fields) = decode_failure(502, "<html>");
        assert_eq!(err.message_id(), "error-server");
        assert!(fields.is_empty());
    }

    #[test]
    fn problem_members_decode_on_demand() {
        let body = r#"{"type":"/x","title":"x","status":402,"code":"payment_declined","decline_reason":"insufficient_funds","amount":{"amount":5,"currency":"USD"}}"#;
        let f = Failure::from_response(402, body);
        assert_eq!(
            f.problem.as_ref().and_then(|p| p.decline_reason),
            Some(storefront_api::checkout::DeclineReason::InsufficientFunds)
        );
        assert_eq!(f.member::<Money>("amount"), Some(Money::usd(5)));
        assert_eq!(f.member::<Money>("missing"), None);
        assert_eq!(f.member::<Money>("code"), None, "a member of another shape");
        assert_eq!(
            Failure::from_response(500, "<html>").member::<Money>("amount"),
            None
        );
    }

    #[test]
    fn sent_json_failures_keep_the_problem() {
        let body = r#"{"type":"/problems/too_many_attempts","title":"x","status":429,"code":"too_many_attempts","retry_after_seconds":30}"#;
        let f = decode_sent::<Money>(429, body).expect_err("429");
        assert_eq!(f.code(), Some(ErrorCode::TooManyAttempts));
        assert_eq!(f.message_id(), "error-too-many-attempts");
        assert!(f.problem.is_some());
        let body = r#"{"type":"/x","title":"x","status":422,"code":"validation_failed","errors":[{"field":"email","code":"malformed"}]}"#;
        let f = decode_sent::<Money>(422, body).expect_err("422");
        assert_eq!(f.fields().len(), 1);
        assert_eq!(f.fields()[0].field, "email");
        let f = decode_sent::<Money>(500, "<html>").expect_err("500");
        assert_eq!(
            (f.problem, f.error.message_id()),
            (None, "error-server".into())
        );
        assert_eq!(
            decode_sent::<Money>(201, "[]").expect_err("shape"),
            Failure::from(ApiError::Malformed)
        );
        let ok: Money = decode_sent(201, r#"{"amount":5,"currency":"USD"}"#).expect("money");
        assert_eq!(ok, Money::usd(5));
        assert!(Failure::from(ApiError::Network).fields().is_empty());
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
