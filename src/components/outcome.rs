//! What became of a buyer's action on a page that acts on one resource (an order, a dispute):
//! the notice of the latest outcome and a failed send with its retry.

use super::rf;
use crate::api::ApiError;
use crate::i18n::{tr, use_i18n};
use leptos::prelude::*;

/// The outcome of the latest action ("done", "this changed meanwhile…"), in a live region. The
/// notice is the element `id` (focusable, focused by the page when set); `warn` says which
/// notices are warnings (shown as such, announced as alerts).
#[component]
pub fn OutcomeNotice(
    id: &'static str,
    #[prop(into)] notice: Signal<Option<&'static str>>,
    warn: fn(&str) -> bool,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="order-notice-slot" aria-live="polite">
            {rf(move || notice.get().map(|n| {
                let warn = warn(n);
                view! {
                    <p class=if warn { "order-notice order-notice-warn" } else { "order-notice" }
                        id=id tabindex="-1" role=warn.then_some("alert") data-notice=n>
                        {i18n.t(n)}
                    </p>
                }
            }))}
        </div>
    }
}

/// A failed send (network, server): the message and a retry that sends the same again
/// (disabled while `busy`). `id`, when given, names the element (focusable).
#[component]
pub fn ActionFailure(
    #[prop(into)] error: Signal<Option<ApiError>>,
    #[prop(into)] busy: Signal<bool>,
    #[prop(into)] on_retry: Callback<()>,
    #[prop(optional)] id: Option<&'static str>,
) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        error.get().map(|e| {
            view! {
                <div class="action-failure" id=id role="alert" tabindex=id.map(|_| "-1")>
                    <p>{i18n.t_or(&e.message_id(), "error-generic")}</p>
                    <button type="button" class="button retry-button"
                        disabled=move || busy.get()
                        on:click=move |_| on_retry.run(())>
                        {tr("action-retry")}
                    </button>
                </div>
            }
        })
    }
}
