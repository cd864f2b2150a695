//! Tells the partner page how tall the widget's content is, so the loader sizes the iframe
//! to it (no inner scrollbar). A `ResizeObserver` watches the widget's root; every change is
//! posted to the parent as `{type: "storefront:resize", height, title}` with the parent's origin
//! (from the `origin` query parameter, checked by [`super::valid_origin`]) as the target —
//! never `*`. Without a valid origin nothing is posted.

/// The message's `type`; `public/embed.js` listens for it.
pub const MESSAGE_TYPE: &str = "storefront:resize";

#[cfg(target_arch = "wasm32")]
mod js {
    use wasm_bindgen::prelude::*;

    #[wasm_bindgen]
    extern "C" {
        pub type ResizeObserver;
        #[wasm_bindgen(constructor, catch)]
        pub fn new(callback: &js_sys::Function) -> Result<ResizeObserver, JsValue>;
        #[wasm_bindgen(method)]
        pub fn observe(this: &ResizeObserver, target: &web_sys::Element);

        pub type MutationObserver;
        #[wasm_bindgen(constructor, catch)]
        pub fn new(callback: &js_sys::Function) -> Result<MutationObserver, JsValue>;
        #[wasm_bindgen(method, js_name = observe)]
        pub fn observe_with(
            this: &MutationObserver,
            target: &web_sys::Element,
            options: &js_sys::Object,
        );
    }
}

/// Starts reporting the height of `root` (mounted), with the frame's accessible `title` (in
/// the widget's language: the loader sets the iframe's `title` from it).
#[cfg(target_arch = "wasm32")]
pub fn report_height(root: &web_sys::Element, origin: Option<String>, title: String) {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;

    let Some(origin) = origin else { return };
    let el = root.clone();
    let last = std::cell::Cell::new(-1.0f64);
    let post = move || {
        let height = el.get_bounding_client_rect().height().ceil();
        if (height - last.get()).abs() < 0.5 {
            return;
        }
        last.set(height);
        let Some(parent) = web_sys::window().and_then(|w| w.parent().ok().flatten()) else {
            return;
        };
        let msg = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&msg, &"type".into(), &MESSAGE_TYPE.into());
        let _ = js_sys::Reflect::set(&msg, &"height".into(), &height.into());
        let _ = js_sys::Reflect::set(&msg, &"title".into(), &title.as_str().into());
        let _ = parent.post_message(&msg, &origin);
    };
    post();
    let callback = Closure::<dyn FnMut()>::new(post);
    if let Ok(observer) = js::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(root);
        // The observer lives as long as the widget's page.
        std::mem::forget(observer);
    }
    // Browsers pause rendering (and so resize observations) in frames far off screen; DOM
    // changes are still seen, so the height is right before the frame scrolls in.
    if let Ok(observer) = js::MutationObserver::new(callback.as_ref().unchecked_ref()) {
        let options = js_sys::Object::new();
        for key in ["childList", "subtree", "characterData", "attributes"] {
            let _ = js_sys::Reflect::set(&options, &key.into(), &true.into());
        }
        observer.observe_with(root, &options);
        std::mem::forget(observer);
    }
    callback.forget();
}
