//! Site header: logo, search, ship-to / language / currency, cart.

use super::icon::Icon;
use crate::api::urls;
use crate::components::rf;
use crate::features::cart::drawer::{CartDrawer, CART_BUTTON_ID, DRAWER_MEDIA};
use crate::features::catalog::search_box::SearchBox;
use crate::hooks::use_media_query;
use crate::i18n::{intl, tr, use_i18n, Locale};
use crate::state::{storage, Cart, Prefs};
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate, use_query_map};
use leptos_router::NavigateOptions;
use storefront_api::Currency;

#[component]
pub fn Header() -> impl IntoView {
    view! {
        <header class="site-header">
            <div class="topbar">
                <div class="topbar-inner">
                    <p class="topbar-promise">
                        <Icon name="shield" />
                        <span>{tr("topbar-protection")}</span>
                    </p>
                    <div class="prefs">
                        <ShipToSelect />
                        <LanguageSelect />
                        <CurrencySelect />
                    </div>
                </div>
            </div>
            <div class="header-main">
                <div class="header-inner">
                    <a class="logo" href="/" aria-label=tr("logo-label")>
                        <svg class="logo-mark" viewBox="0 0 32 32" width="32" height="32" aria-hidden="true" focusable="false">
                            <rect width="32" height="32" rx="8" fill="currentColor"></rect>
                            <path d="M10 12h12l-1 12H11zm3 0a3 3 0 0 1 6 0" fill="none" stroke="#fff" stroke-width="2.2" stroke-linejoin="round"></path>
                        </svg>
                        <span class="logo-text">{tr("site-name")}</span>
                    </a>
                    <SearchBox />
                    <a class="header-account header-wishlist" href="/wishlist">
                        <svg class="icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
                            <path d="M12 20.5l-1.4-1.3C5.4 14.6 2 11.5 2 7.8 2 4.8 4.4 2.5 7.3 2.5c1.7 0 3.4.8 4.7 2.1 1.3-1.3 3-2.1 4.7-2.1 2.9 0 5.3 2.3 5.3 5.3 0 3.7-3.4 6.8-8.6 11.4z" fill="none" stroke="currentColor" stroke-width="2"></path>
                        </svg>
                        <span class="header-account-text">{tr("nav-wishlist")}</span>
                    </a>
                    <InboxLink />
                    <AccountLink />
                    <CartLink />
                </div>
            </div>
        </header>
    }
}

#[component]
fn LanguageSelect() -> impl IntoView {
    let i18n = use_i18n();
    let navigate = use_navigate();
    let location = use_location();
    let query = use_query_map();
    let on_change = move |ev| {
        let Some(locale) = Locale::parse(&event_target_value(&ev)) else {
            return;
        };
        storage::set(storage::KEY_LANG, locale.code());
        i18n.switch(locale);
        // A `lang` in the URL would win on reload: keep it in step, on the same page.
        if query.with_untracked(|q| q.get("lang").is_some()) {
            let search =
                urls::with_query_param(&location.search.get_untracked(), "lang", locale.code());
            let url = format!(
                "{}{}{}",
                location.pathname.get_untracked(),
                search,
                location.hash.get_untracked()
            );
            navigate(
                &url,
                NavigateOptions {
                    replace: true,
                    scroll: false,
                    ..Default::default()
                },
            );
        }
    };
    view! {
        <div class="pref">
            <label class="pref-label" for="language-select">{tr("language-label")}</label>
            <select id="language-select" class="pref-select" on:change=on_change>
                {Locale::ALL.map(|l| view! {
                    <option value=l.code() lang=l.code() prop:selected=rf(move || i18n.locale() == l)>
                        {l.native_name()}
                    </option>
                }).collect_view()}
            </select>
        </div>
    }
}

#[component]
fn CurrencySelect() -> impl IntoView {
    let i18n = use_i18n();
    let prefs = expect_context::<Prefs>();
    let on_change = move |ev| {
        if let Some(c) = Currency::parse(&event_target_value(&ev)) {
            prefs.set_currency(c);
        }
    };
    view! {
        <div class="pref">
            <label class="pref-label" for="currency-select">{tr("currency-label")}</label>
            <select id="currency-select" class="pref-select" on:change=on_change>
                {rf(move || {
                    let tag = i18n.tag();
                    let current = prefs.currency.get();
                    let mut list = prefs.currencies();
                    if !list.contains(&current) {
                        list.push(current);
                    }
                    list.into_iter().map(|c| {
                        let label = format!("{} – {}", c.code(), intl::currency_name(c.code(), tag));
                        view! { <option value=c.code() prop:selected=c == current>{label}</option> }
                    }).collect_view()
                })}
            </select>
        </div>
    }
}

#[component]
fn ShipToSelect() -> impl IntoView {
    let i18n = use_i18n();
    let prefs = expect_context::<Prefs>();
    let on_change = move |ev| prefs.set_ship_to(&event_target_value(&ev));
    view! {
        <div class="pref">
            <label class="pref-label" for="ship-to-select">{tr("ship-to-label")}</label>
            <select id="ship-to-select" class="pref-select" on:change=on_change>
                {rf(move || {
                    let tag = i18n.tag();
                    let current = prefs.ship_to.get();
                    let mut codes = prefs.countries.get();
                    if !codes.contains(&current) {
                        codes.push(current.clone());
                    }
                    let mut named: Vec<(String, String)> = codes
                        .into_iter()
                        .map(|c| (intl::country_name(&c, tag), c))
                        .collect();
                    intl::sort_by_name(&mut named, tag);
                    named.into_iter().map(|(name, code)| {
                        let selected = code == current;
                        view! { <option value=code prop:selected=selected>{name}</option> }
                    }).collect_view()
                })}
            </select>
        </div>
    }
}

/// The cart button: on desktop (≥ 1024 px) it opens the cart drawer, below that it is a link
/// to the cart page.
#[component]
fn CartLink() -> impl IntoView {
    let i18n = use_i18n();
    let cart = expect_context::<Cart>();
    let open = RwSignal::new(false);
    // A cart remembered as signed in whose session is gone at start: back to the local cart.
    if let Some(session) = use_context::<crate::state::Session>() {
        Effect::new(move |_| {
            if session.checked.get() && !session.signed_in() {
                crate::state::cart::follow_session(false);
            }
        });
    }
    let wide = use_media_query(DRAWER_MEDIA);
    let on_click = move |ev: leptos::ev::MouseEvent| {
        let plain = !(ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key());
        if plain && wide.get_untracked() {
            ev.prevent_default();
            open.set(true);
        }
    };
    view! {
        <a id=CART_BUTTON_ID class="header-cart" href="/cart" aria-haspopup="dialog" on:click=on_click
            aria-label=rf(move || i18n.tf("cart-label", [("count", cart.count.get().into())]))>
            <Icon name="cart" />
            <span class="cart-count">{rf(move || cart.count.get())}</span>
            <span class="header-cart-text">{tr("nav-cart")}</span>
        </a>
        <CartDrawer open=open />
    }
}

/// The account link: the buyer's name when signed in, "Sign in" otherwise.
#[component]
fn AccountLink() -> impl IntoView {
    let i18n = use_i18n();
    let session = expect_context::<crate::state::Session>();
    let name = move || session.account.with(|a| a.as_ref().map(|a| a.name.clone()));
    view! {
        <a class="header-account" href=rf(move || if session.signed_in() { "/account" } else { "/signin" })
            aria-label=rf(move || name().map(|n| i18n.tf("account-link-label", [("name", n.into())])))>
            <Icon name="user" />
            <span class="header-account-text" dir="auto">
                {rf(move || name().unwrap_or_else(|| i18n.t("account-sign-in-link")))}
            </span>
        </a>
    }
}

/// The bell: the buyer's notifications with the unread count (signed in only). The counts are
/// asked again on every page change.
#[component]
fn InboxLink() -> impl IntoView {
    let i18n = use_i18n();
    let session = expect_context::<crate::state::Session>();
    let inbox = expect_context::<crate::state::Inbox>();
    let location = use_location();
    Effect::new(move |prev: Option<String>| {
        let path = location.pathname.get();
        if prev.is_some_and(|p| p != path) && session.account.with_untracked(Option::is_some) {
            inbox.refresh();
        }
        path
    });
    move || {
        session.signed_in().then(|| {
            view! {
                <a class="header-inbox" href="/notifications"
                    aria-label=rf(move || i18n.tf("inbox-badge-label", [("count", inbox.counts.get().notifications.into())]))>
                    <Icon name="bell" />
                    <UnreadBadge />
                </a>
            }
        })
    }
}

/// The unread notifications as a small count over an icon (nothing when none).
#[component]
pub fn UnreadBadge() -> impl IntoView {
    let inbox = expect_context::<crate::state::Inbox>();
    move || {
        let n = inbox.counts.get().notifications;
        (n > 0).then(|| view! { <span class="unread-badge" aria-hidden="true">{n.min(99)}</span> })
    }
}
