//! Localisation: Fluent messages fetched per locale, `Intl` formatting, and the reactive
//! handle views use (`tr("nav-home")`, `use_i18n().tf(…)`).

pub mod bundle;
pub mod intl;
pub mod locale;
pub mod tools;

pub use bundle::Localizer;
pub use locale::{negotiate, Dir, Locale};

use crate::api::{urls, Request};
use crate::state::storage;
use fluent_bundle::{FluentArgs, FluentValue};
use leptos::prelude::*;
use std::cell::{Cell, RefCell};
use std::future::Future;
use std::rc::Rc;

thread_local! {
    /// Bumped on every switch so a slow fetch for an older choice cannot win.
    static SWITCH: Cell<u32> = const { Cell::new(0) };
    /// The locale being fetched, if any (a second request for it is a no-op).
    static PENDING: Cell<Option<Locale>> = const { Cell::new(None) };
    /// The running fetch of the whole locale file after a shell start, shared by its waiters.
    static COMPLETING: RefCell<Option<js_sys::Promise>> = const { RefCell::new(None) };
}

/// Reactive access to the messages of the locale in use. Cheap to copy into closures.
#[derive(Clone, Copy)]
pub struct I18n {
    localizer: RwSignal<Rc<Localizer>, LocalStorage>,
}

/// Fetches the locale's FTL and keeps a copy in `localStorage`; when the fetch fails (offline,
/// server down) the kept copy is used, else the embedded English essentials.
pub async fn load(locale: Locale) -> Localizer {
    let key = format!("storefront.l10n.{}", locale.code());
    match Request::get(&urls::locale_file(locale.code())).text().await {
        Ok(src) => {
            storage::set(&key, &src);
            Localizer::new(locale, Some(src))
        }
        Err(_) => saved_or_embedded(locale),
    }
}

/// The first load's messages only (`shell.ftl`: the header, home, errors…; the list is
/// `locales/shell.txt`), so `/` does not download every page's strings. The first lazy page
/// fetches the rest ([`I18n::ensure_complete`]).
pub async fn load_shell(locale: Locale) -> Localizer {
    match Request::get(&urls::locale_shell_file(locale.code()))
        .text()
        .await
    {
        Ok(src) => Localizer::new(locale, Some(src)).shell_only(),
        Err(_) => saved_or_embedded(locale),
    }
}

/// Offline: the last whole file fetched for `locale`, else the embedded English essentials.
fn saved_or_embedded(locale: Locale) -> Localizer {
    crate::log::warn("locale file unavailable; using the last saved copy");
    match storage::get(&format!("storefront.l10n.{}", locale.code())) {
        Some(src) => Localizer::new(locale, Some(src)),
        None if locale == Locale::En => Localizer::embedded_english(),
        None => Localizer::new(locale, None),
    }
}

/// Writes `<html lang dir>` and the Intl tag Fluent numbers use.
pub fn apply_to_document(localizer: &Localizer) {
    localizer.activate();
    let locale = localizer.locale();
    #[cfg(target_arch = "wasm32")]
    if let Some(html) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let mode = tools::mode();
        let dir = match mode {
            tools::ToolMode::PseudoRtl => Dir::Rtl,
            _ => locale.dir(),
        };
        let _ = html.set_attribute("lang", locale.code());
        let _ = html.set_attribute("dir", dir.as_str());
        if mode != tools::ToolMode::Off {
            let _ = html.set_attribute("data-l10n", mode.as_str());
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = locale;
}

impl I18n {
    pub fn new(localizer: Localizer) -> Self {
        apply_to_document(&localizer);
        I18n {
            localizer: RwSignal::new_local(Rc::new(localizer)),
        }
    }

    /// The locale in use (tracked).
    pub fn locale(&self) -> Locale {
        self.localizer.with(|l| l.locale())
    }

    /// The locale in use, without subscribing.
    pub fn locale_untracked(&self) -> Locale {
        self.localizer.with_untracked(|l| l.locale())
    }

    /// The `Intl` tag of the locale in use (tracked).
    pub fn tag(&self) -> &'static str {
        self.locale().intl_tag()
    }

    /// The message `id` (tracked: re-renders on a language switch).
    pub fn t(&self, id: &str) -> String {
        self.localizer.with(|l| l.format(id, None))
    }

    /// The message `id` with arguments.
    pub fn tf<'a>(
        &self,
        id: &str,
        args: impl IntoIterator<Item = (&'a str, FluentValue<'a>)>,
    ) -> String {
        let mut fa = FluentArgs::new();
        for (k, v) in args {
            fa.set(k, v);
        }
        self.localizer.with(|l| l.format(id, Some(&fa)))
    }

    /// The message `id` untouched by a translator mode (see [`Localizer::try_format_plain`]).
    pub fn t_plain(&self, id: &str) -> String {
        self.localizer.with(|l| {
            l.try_format_plain(id, None)
                .unwrap_or_else(|| id.to_string())
        })
    }

    /// The message `id`, or `fallback_id` when no bundle has `id` (e.g. a new error code).
    pub fn t_or(&self, id: &str, fallback_id: &str) -> String {
        self.localizer.with(|l| {
            l.try_format(id, None)
                .unwrap_or_else(|| l.format(fallback_id, None))
        })
    }

    /// Resolves once the whole file of the locale in use is in (at once if it is): lazy pages
    /// wait for it before they render, since their messages are not in the shell.
    pub fn ensure_complete(self) -> impl Future<Output = ()> + Send + 'static {
        // Native builds (unit tests) embed all of English and fetch nothing.
        let incomplete =
            cfg!(target_arch = "wasm32") && !self.localizer.with_untracked(|l| l.is_complete());
        let waiting = incomplete.then(|| {
            COMPLETING.with(|c| {
                c.borrow_mut()
                    .get_or_insert_with(|| self.start_completing())
                    .clone()
            })
        });
        // One thread in wasm; `Suspend` wants `Send` futures.
        send_wrapper::SendWrapper::new(async move {
            if let Some(promise) = waiting {
                let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
            }
        })
    }

    fn start_completing(self) -> js_sys::Promise {
        let locale = self.locale_untracked();
        let ticket = SWITCH.with(Cell::get);
        wasm_bindgen_futures::future_to_promise(async move {
            let localizer = load(locale).await;
            COMPLETING.with(|c| c.borrow_mut().take());
            // A switch since then brings its own whole file.
            if SWITCH.with(Cell::get) == ticket {
                self.localizer.set(Rc::new(localizer));
            }
            Ok(wasm_bindgen::JsValue::UNDEFINED)
        })
    }

    /// Loads `locale` and swaps it in; the page stays where it is. The last call wins.
    pub fn switch(self, locale: Locale) {
        let current = self.localizer.with_untracked(|l| l.locale());
        let pending = PENDING.with(Cell::get);
        if pending == Some(locale) || (pending.is_none() && current == locale) {
            return;
        }
        PENDING.with(|p| p.set(Some(locale)));
        let ticket = SWITCH.with(|s| {
            s.set(s.get().wrapping_add(1));
            s.get()
        });
        leptos::task::spawn_local(async move {
            let localizer = load(locale).await;
            if SWITCH.with(Cell::get) == ticket {
                PENDING.with(|p| p.set(None));
                apply_to_document(&localizer);
                self.localizer.set(Rc::new(localizer));
            }
        });
    }
}

/// A reactive message for a view or an attribute: `{tr("nav-home")}`. One closure type for
/// every static id keeps the wasm small (each distinct `move ||` closure is compiled anew).
pub fn tr(id: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    let i18n = use_i18n();
    move || i18n.t(id)
}

pub fn provide_i18n(i18n: I18n) {
    provide_context(i18n);
}

/// The app's [`I18n`]; outside the app (tests) an English one.
pub fn use_i18n() -> I18n {
    use_context::<I18n>().unwrap_or_else(|| {
        let i18n = I18n::new(Localizer::embedded_english());
        provide_context(i18n);
        i18n
    })
}
