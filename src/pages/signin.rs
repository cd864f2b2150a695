//! `/signin` and `/register`: the auth panel as a page. `?next=` (a same-origin path) is where
//! the buyer goes afterwards; a buyer already signed in goes there at once.

use crate::components::title::use_page_title;
use crate::features::auth::{AuthMode, AuthPanel};
use crate::i18n::tr;
use crate::state::session::safe_next;
use crate::state::Session;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

#[component]
pub fn SignInPage() -> impl IntoView {
    view! { <AuthPage mode=AuthMode::SignIn /> }
}

#[component]
pub fn RegisterPage() -> impl IntoView {
    view! { <AuthPage mode=AuthMode::Register /> }
}

#[component]
fn AuthPage(mode: AuthMode) -> impl IntoView {
    use_page_title(tr("account-signin-title"));
    let query = use_query_map();
    let navigate = use_navigate();
    let next = move || safe_next(query.with_untracked(|q| q.get("next")).as_deref());
    let go = move || {
        navigate(
            &next(),
            NavigateOptions {
                replace: true,
                ..Default::default()
            },
        )
    };
    let session = expect_context::<Session>();
    let go_now = go.clone();
    Effect::new(move |_| {
        if session.checked.get() && session.signed_in() {
            go_now();
        }
    });
    view! {
        <div class="page page-signin">
            <h1 class="page-title">{tr("account-signin-title")}</h1>
            <AuthPanel mode=mode on_signed_in=move |_| go() />
        </div>
    }
}
