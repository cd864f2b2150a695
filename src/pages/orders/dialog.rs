//! A modal dialog for the order actions: focus moves into it (to the safe button), Tab and
//! Shift+Tab stay inside, Escape and the backdrop close it and focus returns to the button that
//! opened it.

use crate::browser::focus_id;
use crate::hooks::use_focus_trap;
use leptos::prelude::*;

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
    use_focus_trap(id);
    let close = move || {
        if busy.get_untracked() {
            return;
        }
        on_close.run(());
        request_animation_frame(move || focus_id(return_to));
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" {
            ev.prevent_default();
            close();
        }
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
