//! A modal dialog for the order actions: focus moves into it (to the safe button), Tab and
//! Shift+Tab stay inside, Escape and the backdrop close it and focus returns to the button that
//! opened it.

use crate::browser::focus_id;
use leptos::prelude::*;

/// Keeps Tab / Shift+Tab inside the element `root_id`.
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
            .collect();
        let (Some(first), Some(last)) = (items.first(), items.last()) else {
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

/// The dialog frame. `id` names it (`{id}-title` is its heading, `{id}-cancel` the button that
/// gets focus first); `on_close` runs on Escape, the backdrop and the cancel button; `return_to`
/// is the id of the element focused after closing.
#[component]
pub fn Dialog(
    id: &'static str,
    #[prop(into)] title: Signal<String>,
    #[prop(into)] cancel_label: Signal<String>,
    return_to: &'static str,
    #[prop(into)] on_close: Callback<()>,
    /// While in flight the dialog cannot be dismissed.
    #[prop(into)]
    busy: Signal<bool>,
    children: Children,
) -> impl IntoView {
    let close = move || {
        if busy.get_untracked() {
            return;
        }
        on_close.run(());
        request_animation_frame(move || focus_id(return_to));
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| match ev.key().as_str() {
        "Escape" => {
            ev.prevent_default();
            close();
        }
        "Tab" => trap_tab(&ev, id),
        _ => {}
    };
    request_animation_frame(move || focus_id(&format!("{id}-cancel")));
    view! {
        <div class="dialog-backdrop" on:click=move |_| close()></div>
        <div class="dialog" id=id role="dialog" aria-modal="true"
            aria-labelledby=format!("{id}-title") on:keydown=on_key>
            <h2 class="dialog-title" id=format!("{id}-title")>{move || title.get()}</h2>
            {children()}
            <button type="button" class="button dialog-cancel" id=format!("{id}-cancel")
                disabled=move || busy.get() on:click=move |_| close()>
                {move || cancel_label.get()}
            </button>
        </div>
    }
}
