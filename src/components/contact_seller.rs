//! "Contact seller" on the product page and the order page: opens (or finds) the conversation
//! with the seller about this product or order and goes to it. Signed out → sign in first,
//! coming back here.

use crate::api::inbox;
use crate::components::icon::Icon;
use crate::components::rf;
use crate::i18n::{tr, use_i18n};
use crate::state::Session;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use storefront_api::inbox::StartConversation;

#[component]
pub fn ContactSeller(about: StartConversation) -> impl IntoView {
    let i18n = use_i18n();
    let session = expect_context::<Session>();
    let navigate = use_navigate();
    let location = use_location();
    let busy = RwSignal::new(false);
    let failed = RwSignal::new(None::<String>);
    let on_click = move |_| {
        if !session.signed_in() {
            let here = location.pathname.get_untracked();
            navigate(
                &format!("/signin?next={}", crate::api::urls::encode(&here)),
                Default::default(),
            );
            return;
        }
        busy.set(true);
        failed.set(None);
        let about = about.clone();
        let navigate = navigate.clone();
        let lang = i18n.locale_untracked().code();
        leptos::task::spawn_local(async move {
            match inbox::start(&about, lang).await {
                Ok(c) => navigate(&format!("/messages/{}", c.id), Default::default()),
                Err(f) => {
                    failed.try_set(Some(f.message_id()));
                }
            }
            busy.try_set(false);
        });
    };
    view! {
        <button type="button" class="button contact-seller" on:click=on_click disabled=move || busy.get()>
            <Icon name="chat" />
            <span>{tr("inbox-contact-seller")}</span>
        </button>
        {move || failed.get().map(|id| view! {
            <p class="field-error" role="alert">{rf(move || i18n.t_or(&id, "error-generic"))}</p>
        })}
    }
}
