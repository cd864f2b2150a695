//! `use_focus_trap`: Tab and Shift+Tab stay inside a modal element (a dialog, the cart drawer):
//! from the last focusable element Tab goes to the first, from the first Shift+Tab to the last,
//! and from outside the element either goes in. Only visible, enabled controls count.
//!
//! ```ignore
//! // While the dialog `confirm-dialog` is mounted:
//! use_focus_trap("confirm-dialog");
//! // Only while `open` is true (the element may be absent meanwhile):
//! use_focus_trap_with_options("cart-drawer", UseFocusTrapOptions::default().active(open));
//! ```
//!
//! The hook listens to `keydown` on the window while the calling component is mounted; the
//! element is looked up by id on each Tab, so it may come and go. Escape and closing stay with
//! the caller.

use leptos::prelude::*;

/// Options of [`use_focus_trap_with_options`].
#[derive(Clone, Copy)]
pub struct UseFocusTrapOptions {
    active: Signal<bool>,
}

impl Default for UseFocusTrapOptions {
    fn default() -> Self {
        UseFocusTrapOptions {
            active: Signal::stored(true),
        }
    }
}

impl UseFocusTrapOptions {
    /// Traps only while `active` is true (default: always).
    pub fn active(self, active: impl Into<Signal<bool>>) -> Self {
        UseFocusTrapOptions {
            active: active.into(),
        }
    }
}

/// Keeps Tab inside the element `root_id` while the caller is mounted.
pub fn use_focus_trap(root_id: &'static str) {
    use_focus_trap_with_options(root_id, UseFocusTrapOptions::default())
}

/// [`use_focus_trap`] with options.
pub fn use_focus_trap_with_options(root_id: &'static str, options: UseFocusTrapOptions) {
    let active = options.active;
    let handle = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.key() == "Tab" && active.get_untracked() {
            trap_tab(&ev, root_id);
        }
    });
    on_cleanup(move || handle.remove());
}

/// Moves focus round inside `root_id` for this Tab press (when it would leave the element).
fn trap_tab(ev: &leptos::ev::KeyboardEvent, root_id: &str) {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let Some(root) = doc.get_element_by_id(root_id) else {
            return;
        };
        // `querySelectorAll` through js-sys (no extra web-sys feature for NodeList).
        let selector = "a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex='-1'])";
        let Some(list) = js_sys::Reflect::get(&root, &"querySelectorAll".into())
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
            .and_then(|f| f.call1(&root, &selector.into()).ok())
        else {
            return;
        };
        let items: Vec<web_sys::HtmlElement> = js_sys::Array::from(&list)
            .iter()
            .filter_map(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
            .filter(|e| e.offset_parent().is_some())
            .collect();
        let (Some(first), Some(last)) = (items.first(), items.last()) else {
            // Nothing to focus inside: focus stays where it is.
            ev.prevent_default();
            return;
        };
        let active = doc.active_element();
        let is = |e: &web_sys::HtmlElement| {
            active
                .as_ref()
                .is_some_and(|a| a == e.unchecked_ref::<web_sys::Element>())
        };
        let inside = active.as_ref().is_some_and(|a| root.contains(Some(a)));
        if ev.shift_key() && (is(first) || !inside) {
            ev.prevent_default();
            let _ = last.focus();
        } else if !ev.shift_key() && (is(last) || !inside) {
            ev.prevent_default();
            let _ = first.focus();
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (ev, root_id);
}
