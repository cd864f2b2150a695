//! `use_media_query`: whether a CSS media query matches, kept up to date as the window changes.
//!
//! ```ignore
//! let wide = use_media_query("(min-width: 1024px)");
//! let on_click = move |_| if wide.get_untracked() { /* open the drawer */ };
//! ```
//!
//! `false` where the browser has no `matchMedia` (and natively). The listener goes when the
//! calling component unmounts.

use leptos::prelude::*;

/// Whether `query` matches now (read-only; updates on the query's `change` event).
pub fn use_media_query(query: &'static str) -> Signal<bool> {
    #[cfg(target_arch = "wasm32")]
    {
        use send_wrapper::SendWrapper;
        use wasm_bindgen::closure::Closure;
        use wasm_bindgen::JsCast;
        let Some(list) = web_sys::window().and_then(|w| w.match_media(query).ok().flatten()) else {
            return Signal::stored(false);
        };
        let matches = RwSignal::new(list.matches());
        let read = list.clone();
        let on_change = Closure::<dyn Fn()>::new(move || matches.set(read.matches()));
        let _ = list.add_event_listener_with_callback("change", on_change.as_ref().unchecked_ref());
        let listener = SendWrapper::new((list, on_change));
        on_cleanup(move || {
            let (list, on_change) = &*listener;
            let _ = list
                .remove_event_listener_with_callback("change", on_change.as_ref().unchecked_ref());
        });
        matches.read_only().into()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = query;
        Signal::stored(false)
    }
}
