//! Stylesheets that are not in `index.html`: the CSS of lazily loaded pages lives in
//! `style/lazy/` (trunk copies it to `/lazy/`) and is fetched with the first page that needs
//! it, so the first load of `/` carries only the shell's CSS.

use std::future::Future;

/// The stylesheets every lazy shop page loads, in cascade order. They share form, button and
/// summary rules, so after the first lazy page they are all in place.
pub const PAGE_STYLES: &[&str] = &[
    "product", "results", "cart", "checkout", "account", "orders", "wishlist",
];

/// URL of the lazy stylesheet `name` (`style/lazy/<name>.css` in the repository).
pub fn href(name: &str) -> String {
    format!("/lazy/{name}.css")
}

/// Adds a `<link rel="stylesheet">` for each name not yet in the document, at once, and
/// resolves when all of them have loaded or failed (a failed stylesheet leaves the page
/// unstyled, never blank). Call it before awaiting other work so the downloads overlap.
pub fn load(names: &[&str]) -> impl Future<Output = ()> + Send + 'static {
    #[cfg(target_arch = "wasm32")]
    {
        let pending: Vec<js_sys::Promise> = names.iter().filter_map(|n| attach(n)).collect();
        send_wrapper::SendWrapper::new(async move {
            for promise in pending {
                let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
            }
        })
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = names;
        std::future::ready(())
    }
}

/// The link for `name`, created if missing; `None` once it has loaded (or failed).
#[cfg(target_arch = "wasm32")]
fn attach(name: &str) -> Option<js_sys::Promise> {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;

    const DONE: &str = "data-done";
    let document = web_sys::window()?.document()?;
    let selector = format!("link[data-lazy-style=\"{name}\"]");
    let link = match document.query_selector(&selector).ok().flatten() {
        Some(existing) if existing.has_attribute(DONE) => return None,
        Some(existing) => existing,
        None => {
            let link = document.create_element("link").ok()?;
            link.set_attribute("rel", "stylesheet").ok()?;
            link.set_attribute("data-lazy-style", name).ok()?;
            link.set_attribute("href", &href(name)).ok()?;
            document.head()?.append_child(&link).ok()?;
            link
        }
    };
    let target: web_sys::EventTarget = link.clone().unchecked_into();
    Some(js_sys::Promise::new(&mut |resolve, _reject| {
        let link = link.clone();
        let settle = Closure::once_into_js(move || {
            let _ = link.set_attribute(DONE, "");
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        });
        let once = web_sys::AddEventListenerOptions::new();
        once.set_once(true);
        for event in ["load", "error"] {
            let _ = target.add_event_listener_with_callback_and_add_event_listener_options(
                event,
                settle.unchecked_ref(),
                &once,
            );
        }
    }))
}

#[cfg(test)]
mod tests {
    #[test]
    fn lazy_stylesheets_are_served_from_lazy() {
        assert_eq!(super::href("orders"), "/lazy/orders.css");
    }
}
