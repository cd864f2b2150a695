//! Storefront: the buyer-facing marketplace app (Leptos, client-side rendered, WebAssembly).

pub mod api;
#[cfg(feature = "shop")]
pub mod app;
pub mod browser;
pub mod components;
pub mod embed;
#[cfg(feature = "shop")]
pub mod features;
#[cfg(feature = "shop")]
pub mod hooks;
pub mod i18n;
pub mod log;
#[cfg(feature = "shop")]
pub mod pages;
pub mod pwa;
pub mod state;
pub mod styles;

/// Negotiates the language, loads its messages, then mounts the app into `<body>`. The partner
/// widgets (`/embed/…`) are a build of their own (`embed::start`, `src/embed_main.rs`).
#[cfg(feature = "shop")]
pub fn start() {
    wasm_bindgen_futures::spawn_local(async {
        use i18n::Locale;
        use state::storage;
        let url = browser::url_lang();
        let saved = storage::get(storage::KEY_LANG);
        let mut locale = i18n::negotiate(url.as_deref(), saved.as_deref(), &browser::languages());
        // Pseudo-locales transform English (see i18n::tools).
        if i18n::tools::init_from_url().is_pseudo() {
            locale = Locale::En;
        }
        // A valid `?lang=` is an explicit choice: remember it for the next visit.
        if url.as_deref().and_then(Locale::parse).is_some() {
            storage::set(storage::KEY_LANG, locale.code());
        } else if let Some(saved) = saved.as_deref().and_then(Locale::parse) {
            // Keep the server's cookie in step with a choice saved before it existed.
            storage::set_lang_cookie(saved.code());
        }
        let localizer = i18n::load_shell(locale).await;
        remove_boot_indicator();
        leptos::mount::mount_to_body(
            move || leptos::prelude::view! { <app::App localizer=localizer /> },
        );
        // A server-composed page's first screen goes once the app's page is ready.
        api::first_data::watch_preview();
        // The service worker: offline pages, and the prompt when a new build is out.
        pwa::start(locale.code());
    });
}

#[cfg(feature = "shop")]
pub(crate) fn remove_boot_indicator() {
    #[cfg(target_arch = "wasm32")]
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("boot"))
    {
        el.remove();
    }
}
