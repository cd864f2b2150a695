//! The app's shell: providers and the layout (header, main, footer, bottom nav). The routes are
//! [`routes`] (one line per lazy route); [`lazy`] loads a lazy page's chunk, CSS and messages.

mod lazy;
mod routes;

use crate::browser;
use crate::components::bottom_nav::BottomNav;
use crate::components::footer::Footer;
use crate::components::header::Header;
use crate::components::rf;
use crate::components::states::ErrorState;
use crate::i18n::{provide_i18n, tr, use_i18n, I18n, Locale, Localizer};
use crate::state::{storage, Cart, Prefs};
use leptos::prelude::*;
use leptos_router::components::Router;
use leptos_router::hooks::{use_location, use_query_map};

#[component]
pub fn App(localizer: Localizer) -> impl IntoView {
    provide_i18n(I18n::new(localizer));
    let prefs = Prefs::load();
    provide_context(prefs);
    provide_context(Cart::load());
    provide_context(crate::state::Wishlist::load());
    let session = crate::state::Session::start();
    provide_context(session);
    provide_context(crate::state::Inbox::start(session));
    prefs.fetch_config();
    view! {
        <Router>
            <Layout />
        </Router>
    }
}

#[component]
fn Layout() -> impl IntoView {
    let i18n = use_i18n();
    let prefs = expect_context::<Prefs>();
    let location = use_location();
    let query = use_query_map();

    // A `?lang=` arriving by navigation switches the language (and becomes the saved choice).
    Effect::new(move |_| {
        if let Some(l) = query
            .with(|q| q.get("lang"))
            .as_deref()
            .and_then(Locale::parse)
        {
            storage::set(storage::KEY_LANG, l.code());
            i18n.switch(l);
        }
    });

    // Focus the main region when the page changes (not on first load, not for `lang`).
    Effect::new(move |prev: Option<String>| {
        let key = format!(
            "{}|{}",
            location.pathname.get(),
            query.with(|q| q.get("q").unwrap_or_default())
        );
        if prev.is_some_and(|p| p != key) {
            crate::api::first_data::release_preview();
            browser::focus_main();
            crate::pwa::check_for_update();
        }
        key
    });

    view! {
        <a class="skip-link" href="#main" on:click=|ev| {
            ev.prevent_default();
            browser::focus_main();
        }>{tr("skip-link")}</a>
        <Header />
        {rf(move || prefs.config_error.get().map(|e| view! {
            <div class="config-notice">
                <ErrorState error=e on_retry=move |_| prefs.fetch_config() />
            </div>
        }))}
        <main id="main" tabindex="-1">
            <routes::AppRoutes />
        </main>
        <Footer />
        <BottomNav />
        <crate::features::translator::IdsMode />
        <crate::pwa::PwaNotices />
    }
}
