//! "Follow" on a store (store page, seller card): the follower count and a toggle button. Signed
//! out, the button sends the buyer to sign in and back.

use crate::api::wishlist as api;
use crate::components::rf;
use crate::i18n::use_i18n;
use crate::state::Session;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};

#[component]
pub fn FollowStore(seller_id: i64, followers: i64) -> impl IntoView {
    let i18n = use_i18n();
    let session = expect_context::<Session>();
    let location = use_location();
    let navigate = use_navigate();
    let count = RwSignal::new(followers);
    let following = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let failed = RwSignal::new(false);
    // Signed in: whether this buyer follows, and the count now.
    Effect::new(move |_| {
        if session.signed_in() {
            leptos::task::spawn_local(async move {
                if let Ok(st) = api::follow_state(seller_id).await {
                    following.set(st.following);
                    count.set(st.followers);
                }
            });
        } else {
            following.set(false);
        }
    });
    let on_click = move |_| {
        if !session.signed_in() {
            let next = format!(
                "{}{}",
                location.pathname.get_untracked(),
                location.search.get_untracked()
            );
            navigate(
                &format!("/signin?next={}", crate::api::urls::encode(&next)),
                Default::default(),
            );
            return;
        }
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        failed.set(false);
        let on = !following.get_untracked();
        leptos::task::spawn_local(async move {
            match api::follow(seller_id, on).await {
                Ok(st) => {
                    following.set(st.following);
                    count.set(st.followers);
                }
                Err(_) => failed.set(true),
            }
            busy.set(false);
        });
    };
    view! {
        <span class="follow-store">
            <span class="follow-count" role="status">
                {rf(move || i18n.tf("seller-followers", [("count", count.get().into())]))}
            </span>
            <button type="button" class="button follow-button" aria-pressed=move || following.get().to_string()
                disabled=move || busy.get() on:click=on_click>
                {rf(move || i18n.t(if following.get() { "follow-following" } else { "follow-store" }))}
            </button>
            {rf(move || failed.get().then(|| view! {
                <span class="form-failure" role="alert">{i18n.t("follow-failed")}</span>
            }))}
        </span>
    }
}
