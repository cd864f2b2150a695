//! Small reads of the browser environment (empty natively).

/// `navigator.languages`, most preferred first (falls back to `navigator.language`).
pub fn languages() -> Vec<String> {
    #[cfg(target_arch = "wasm32")]
    {
        let Some(nav) = web_sys::window().map(|w| w.navigator()) else {
            return Vec::new();
        };
        let list: Vec<String> = nav
            .languages()
            .iter()
            .filter_map(|v| v.as_string())
            .collect();
        if list.is_empty() {
            nav.language().into_iter().collect()
        } else {
            list
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    Vec::new()
}

/// The `lang` query parameter of the current URL.
pub fn url_lang() -> Option<String> {
    #[cfg(target_arch = "wasm32")]
    {
        let search = web_sys::window()?.location().search().ok()?;
        web_sys::UrlSearchParams::new_with_str(&search)
            .ok()?
            .get("lang")
    }
    #[cfg(not(target_arch = "wasm32"))]
    None
}

/// Sets `document.title`.
pub fn set_title(title: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(d) = web_sys::window().and_then(|w| w.document()) {
        d.set_title(title);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = title;
}

/// Moves focus to the element with this id, if there is one.
pub fn focus_id(id: &str) {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        if let Some(el) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(id))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = id;
}

/// Moves focus to `main#main` and scrolls to the top (route changes).
pub fn focus_main() {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        let Some(w) = web_sys::window() else { return };
        if let Some(main) = w
            .document()
            .and_then(|d| d.get_element_by_id("main"))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let opts = web_sys::FocusOptions::new();
            opts.set_prevent_scroll(true);
            let _ = main.focus_with_options(&opts);
        }
        w.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Copies text with `navigator.clipboard.writeText`; `false` where that is missing or refused.
pub async fn copy_text(text: &str) -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        let clipboard = web_sys::window()
            .map(|w| w.navigator())
            .and_then(|n| js_sys::Reflect::get(&n, &"clipboard".into()).ok())
            .filter(|c| !c.is_undefined() && !c.is_null());
        let Some(clipboard) = clipboard else {
            return false;
        };
        let promise = js_sys::Reflect::get(&clipboard, &"writeText".into())
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
            .and_then(|f| f.call1(&clipboard, &text.into()).ok())
            .and_then(|p| p.dyn_into::<js_sys::Promise>().ok());
        let Some(promise) = promise else {
            return false;
        };
        wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = text;
        false
    }
}

/// Leaves for the payment provider's page (a full page load, same origin).
pub fn assign(url: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(w) = web_sys::window() {
        let _ = w.location().assign(url);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = url;
}
