//! `localStorage`, failure-tolerant: private modes and full quotas just mean "not saved".

pub const KEY_LANG: &str = "storefront.lang";
pub const KEY_CURRENCY: &str = "storefront.currency";
pub const KEY_SHIP_TO: &str = "storefront.ship_to";
pub const KEY_CART: &str = "storefront.cart";

/// `localStorage` or `sessionStorage` (this tab only).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Area {
    Local,
    Session,
}

#[cfg(target_arch = "wasm32")]
fn storage(area: Area) -> Option<web_sys::Storage> {
    let w = web_sys::window()?;
    match area {
        Area::Local => w.local_storage(),
        Area::Session => w.session_storage(),
    }
    .ok()
    .flatten()
}

fn get_in(area: Area, key: &str) -> Option<String> {
    #[cfg(target_arch = "wasm32")]
    return storage(area)?.get_item(key).ok().flatten();
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (area, key);
        None
    }
}

fn set_in(area: Area, key: &str, value: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(s) = storage(area) {
        let _ = s.set_item(key, value);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (area, key, value);
}

fn remove_in(area: Area, key: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(s) = storage(area) {
        let _ = s.remove_item(key);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (area, key);
}

pub fn get(key: &str) -> Option<String> {
    get_in(Area::Local, key)
}

pub fn set(key: &str, value: &str) {
    if key == KEY_LANG {
        set_lang_cookie(value);
    }
    set_in(Area::Local, key, value);
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
    remove_in(Area::Local, key);
}

/// `sessionStorage` (this tab only), as failure-tolerant as `localStorage`.
pub mod session {
    use super::{get_in, remove_in, set_in, Area};

    pub fn get(key: &str) -> Option<String> {
        get_in(Area::Session, key)
    }

    pub fn set(key: &str, value: &str) {
        set_in(Area::Session, key, value);
    }

    pub fn remove(key: &str) {
        remove_in(Area::Session, key);
    }
}
