//! The first answers a server-composed page carries inline (DESIGN.md §6): the element
//! `<script type="application/json" id="sf-data">` holds `{"lang", "status", "answers"}`, where
//! `answers` maps a request URL exactly as the app builds it (`/api/v1/products/7?lang=en`,
//! `/locales/en/shell.ftl`) to `{"status", "body"}` (JSON) or `{"status", "text"}`.
//!
//! Each answer is used once, by the first GET of its URL (`Request::get`); later requests go
//! to the network as usual. Without the element (a static host serving `dist/`) nothing changes.

/// `id` of the data element the server writes.
pub const DATA_ID: &str = "sf-data";
/// `id` of the server's first-screen preview.
pub const PREVIEW_ID: &str = "sf-preview";

#[cfg(target_arch = "wasm32")]
mod imp {
    use serde_json::{Map, Value};
    use std::cell::RefCell;

    thread_local! {
        static DATA: RefCell<Option<Map<String, Value>>> = const { RefCell::new(None) };
    }

    fn read() -> Map<String, Value> {
        web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(super::DATA_ID))
            .and_then(|e| e.text_content())
            .and_then(|t| serde_json::from_str::<Map<String, Value>>(&t).ok())
            .unwrap_or_default()
    }

    pub fn with<R>(f: impl FnOnce(&mut Map<String, Value>) -> R) -> R {
        DATA.with(|d| f(d.borrow_mut().get_or_insert_with(read)))
    }
}

/// The inline answer for a GET of `url` as `(status, body)`, removed so it serves only once.
pub fn take(url: &str) -> Option<(u16, String)> {
    #[cfg(target_arch = "wasm32")]
    {
        imp::with(|data| {
            let answers = data.get_mut("answers")?.as_object_mut()?;
            let entry = answers.remove(url)?;
            let status = u16::try_from(entry.get("status")?.as_u64()?).ok()?;
            match (entry.get("text"), entry.get("body")) {
                (Some(serde_json::Value::String(t)), _) => Some((status, t.clone())),
                (_, Some(body)) => Some((status, body.to_string())),
                _ => None,
            }
        })
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = url;
        None
    }
}

/// The language the server composed the page in, if it did.
pub fn lang() -> Option<String> {
    #[cfg(target_arch = "wasm32")]
    {
        imp::with(|data| data.get("lang")?.as_str().map(str::to_string))
    }
    #[cfg(not(target_arch = "wasm32"))]
    None
}

/// Removes the server's preview: the app's own page is on screen (or the buyer moved on).
/// The app's DOM is hidden by CSS while the preview exists (`style/base.css`), so both swap
/// in one frame and nothing moves.
pub fn release_preview() {
    #[cfg(target_arch = "wasm32")]
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(PREVIEW_ID))
    {
        el.remove();
    }
}

/// Removes the preview once the app's page has replaced it: when `#main` holds the page and
/// no loading skeleton (pages with later-loading parts, like the home feed, call
/// [`release_preview`] themselves), at the latest after 10 s. Does nothing without a preview.
pub fn watch_preview() {
    #[cfg(target_arch = "wasm32")]
    {
        fn tick(started: f64) {
            let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
                return;
            };
            if doc.get_element_by_id(PREVIEW_ID).is_none() {
                return;
            }
            let found = |sel: &str| doc.query_selector(sel).ok().flatten().is_some();
            let ready = found("#main > *") && !found("#main .skeleton");
            if ready || js_sys::Date::now() - started > 10_000.0 {
                release_preview();
            } else {
                leptos::prelude::set_timeout(
                    move || tick(started),
                    std::time::Duration::from_millis(50),
                );
            }
        }
        tick(js_sys::Date::now());
    }
}

/// Whether the server's preview is still shown.
pub fn has_preview() -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(PREVIEW_ID))
            .is_some()
    }
    #[cfg(not(target_arch = "wasm32"))]
    false
}
