//! `localStorage`, failure-tolerant: private modes and full quotas just mean "not saved".

pub const KEY_LANG: &str = "storefront.lang";
pub const KEY_CURRENCY: &str = "storefront.currency";
pub const KEY_SHIP_TO: &str = "storefront.ship_to";
pub const KEY_CART: &str = "storefront.cart";

#[cfg(target_arch = "wasm32")]
fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

pub fn get(key: &str) -> Option<String> {
    #[cfg(target_arch = "wasm32")]
    return storage()?.get_item(key).ok().flatten();
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = key;
        None
    }
}

pub fn set(key: &str, value: &str) {
    if key == KEY_LANG {
        set_lang_cookie(value);
    }
    #[cfg(target_arch = "wasm32")]
    if let Some(s) = storage() {
        let _ = s.set_item(key, value);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (key, value);
}

/// The `lang` cookie tells a composing server (DESIGN.md §6) the buyer's language choice, so
/// the page it sends is in the language the app will pick.
pub fn set_lang_cookie(code: &str) {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        if let Some(doc) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.dyn_into::<web_sys::HtmlDocument>().ok())
        {
            let _ = doc.set_cookie(&format!(
                "lang={code}; path=/; max-age=31536000; samesite=lax"
            ));
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = code;
}

pub fn remove(key: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(s) = storage() {
        let _ = s.remove_item(key);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = key;
}
