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
    #[cfg(target_arch = "wasm32")]
    if let Some(s) = storage() {
        let _ = s.set_item(key, value);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (key, value);
}

pub fn remove(key: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(s) = storage() {
        let _ = s.remove_item(key);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = key;
}
