//! Stylesheets that are not in `index.html`: the CSS of lazily loaded pages lives in
//! `style/lazy/`, bundled by the build (`style/bundles.txt`, crates/assets) into `/lazy/`, and
//! is fetched with the first page that needs it, so the first load of `/` carries only the
//! shell's one stylesheet. A page needs at most one more: the parts it lacks come as one bundle.

use std::future::Future;

/// The bundle of the shop's lazy pages (product, results, cart, checkout, account, orders).
pub const SHOP: &str = "shop";

/// The bundles the build writes (`style/bundles.txt`), by name.
const MANIFEST: &str = include_str!("../style/bundles.txt");

/// Whether the build writes a bundle `name` to `/lazy/`.
fn is_bundle(name: &str) -> bool {
    MANIFEST
        .lines()
        .filter_map(|l| l.split('#').next()?.split_once(':'))
        .any(|(n, _)| n.trim() == name && name != "app")
}

/// The files that bring `missing` (parts not in the document yet, in cascade order): one
/// bundle named `a-b` when the build has it, else one per part.
fn files_for(missing: &[&str]) -> Vec<String> {
    let joined = missing.join("-");
    if missing.len() > 1 && is_bundle(&joined) {
        vec![joined]
    } else {
        missing.iter().map(|m| m.to_string()).collect()
    }
}

/// URL of the lazy bundle `name` (`style/bundles.txt`).
pub fn href(name: &str) -> String {
    format!("/lazy/{name}.css")
}

/// Makes sure the parts `names` (bundles of `style/bundles.txt`, e.g. `[SHOP, "disputes"]`)
/// are in the document: the missing ones are added with one `<link rel="stylesheet">` (see
/// [`files_for`]). Resolves when all of them have loaded or failed (a failed stylesheet leaves
/// the page unstyled, never blank). Call it before awaiting other work so the downloads overlap.
pub fn load(names: &[&str]) -> impl Future<Output = ()> + Send + 'static {
    #[cfg(target_arch = "wasm32")]
    {
        let pending = attach_all(names);
        send_wrapper::SendWrapper::new(async move {
            for promise in pending {
                let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
            }
        })
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = files_for(names);
        std::future::ready(())
    }
}

/// A link carries the parts it brings in `data-lazy-style` (space separated), so a part that
/// came inside a combined bundle (or with the server-composed page) is not fetched again.
#[cfg(target_arch = "wasm32")]
fn attach_all(names: &[&str]) -> Vec<js_sys::Promise> {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return Vec::new();
    };
    let mut pending = Vec::new();
    let mut missing = Vec::new();
    for name in names {
        let selector = format!("link[data-lazy-style~=\"{name}\"]");
        match document.query_selector(&selector).ok().flatten() {
            Some(link) => pending.extend(settled(link)),
            None => missing.push(*name),
        }
    }
    let files = files_for(&missing);
    let combined = files.len() == 1 && missing.len() > 1;
    for file in &files {
        let parts = if combined {
            missing.join(" ")
        } else {
            file.clone()
        };
        if let Some(link) = create(&document, file, &parts) {
            pending.extend(settled(link));
        }
    }
    pending
}

#[cfg(target_arch = "wasm32")]
fn create(document: &web_sys::Document, file: &str, parts: &str) -> Option<web_sys::Element> {
    let link = document.create_element("link").ok()?;
    link.set_attribute("rel", "stylesheet").ok()?;
    link.set_attribute("data-lazy-style", parts).ok()?;
    link.set_attribute("href", &href(file)).ok()?;
    document.head()?.append_child(&link).ok()?;
    Some(link)
}

/// Resolves when `link` has loaded or failed; `None` once it has.
#[cfg(target_arch = "wasm32")]
fn settled(link: web_sys::Element) -> Option<js_sys::Promise> {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;

    const DONE: &str = "data-done";
    if link.has_attribute(DONE) {
        return None;
    }
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
    use super::*;

    #[test]
    fn lazy_stylesheets_are_served_from_lazy() {
        assert_eq!(href("shop"), "/lazy/shop.css");
    }

    #[test]
    fn a_page_needs_at_most_one_more_stylesheet() {
        // What `LazyPage` asks for on a first visit, with and without a page's own bundle.
        for own in ["disputes", "partners", "l10n", "inbox"] {
            assert_eq!(files_for(&[SHOP, own]), [format!("shop-{own}")]);
            assert_eq!(files_for(&[own]), [own]);
        }
        assert_eq!(files_for(&[SHOP]), ["shop"]);
        assert_eq!(files_for(&["widgets"]), ["widgets"]);
        assert!(files_for(&[]).is_empty());
        // No such combined bundle: one file per part.
        assert_eq!(files_for(&["widgets", "l10n"]), ["widgets", "l10n"]);
        assert!(!is_bundle("app"));
    }
}
