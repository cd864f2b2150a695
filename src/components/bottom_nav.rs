//! Fixed bottom navigation for phones (hidden from 640 px up by CSS).

use super::icon::Icon;
use crate::i18n::tr;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

#[component]
pub fn BottomNav() -> impl IntoView {
    let location = use_location();
    let i18n = crate::i18n::use_i18n();
    let session = expect_context::<crate::state::Session>();
    let item = move |href: &'static str, icon: &'static str, label: &'static str| {
        let current = move || {
            let path = location.pathname.get();
            let here = if href == "/" {
                path == "/"
            } else {
                path == href || (href == "/categories" && path.starts_with("/c/"))
            };
            here.then_some("page")
        };
        view! {
            <a class="bottom-nav-item" href=href aria-current=current>
                <Icon name=icon />
                <span class="bottom-nav-label">{tr(label)}</span>
            </a>
        }
    };
    view! {
        <nav class="bottom-nav" aria-label=tr("bottom-nav-label")>
            {item("/", "home", "nav-home")}
            {item("/categories", "grid", "nav-categories")}
            {item("/cart", "cart", "nav-cart")}
            {move || session.signed_in().then(|| view! {
                <a class="bottom-nav-item bottom-nav-inbox" href="/notifications"
                    aria-current=move || location.pathname.with(|p| p == "/notifications" || p.starts_with("/messages")).then_some("page")>
                    <Icon name="bell" />
                    <super::header::UnreadBadge />
                    <span class="bottom-nav-label">{tr("nav-inbox")}</span>
                </a>
            })}
            <a class="bottom-nav-item" href="/account"
                aria-current=move || location.pathname.with(|p| p == "/account" || p == "/signin").then_some("page")>
                <Icon name="user" />
                <span class="bottom-nav-label bottom-nav-name" dir="auto">
                    {move || session.account.with(|a| a.as_ref().map(|a| a.name.clone())).unwrap_or_else(|| i18n.t("nav-account"))}
                </span>
            </a>
        </nav>
    }
}
