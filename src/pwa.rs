//! Offline and updates (README.md, "Offline and updates"): registers the service worker
//! (`public/sw.js`), knows whether the shop is reachable and whether a new build is waiting,
//! and shows both: an offline banner, and a "New version available — Reload" prompt.
//!
//! - Reachability comes from the API exchanges themselves (`api::Request` calls
//!   [`note_reachable`]): a stopped server or a dead network path leaves `navigator.onLine`
//!   true, so the browser's `offline` event alone would miss them. An answer the worker served
//!   from its cache carries `sf-offline: 1` and counts as unreachable.
//! - A new worker installs next to the running one and waits: this tab keeps running (and
//!   loading the chunks of) its own build until the buyer reloads, never a mix of builds.

use crate::i18n::tr;
use leptos::prelude::*;

thread_local! {
    static OFFLINE: RwSignal<bool> = RwSignal::new(false);
    static UPDATE: RwSignal<bool> = RwSignal::new(false);
}

/// `true` while the shop cannot be reached.
pub fn offline() -> RwSignal<bool> {
    OFFLINE.with(|s| *s)
}

/// `true` once a new build is installed and waits for a reload.
pub fn update_ready() -> RwSignal<bool> {
    UPDATE.with(|s| *s)
}

/// The result of one exchange with the shop: `true` when an answer came from it.
pub fn note_reachable(reached: bool) {
    let s = offline();
    if s.get_untracked() == reached {
        s.set(!reached);
    }
}

/// How often the shop is asked whether it is back while the banner shows.
const PROBE_MS: u64 = 8_000;

/// The offline banner and the update prompt (the layout mounts it once).
#[component]
pub fn PwaNotices() -> impl IntoView {
    let offline = offline();
    let update = update_ready();
    // While offline, ask the shop now and then whether it is back (the banner then goes).
    Effect::new(move |_| {
        if !offline.get() {
            return;
        }
        if let Ok(handle) = set_interval_with_handle(
            move || {
                if offline.get_untracked() {
                    leptos::task::spawn_local(async {
                        let _ = crate::api::Request::get("/api/v1/health").text().await;
                    });
                }
            },
            std::time::Duration::from_millis(PROBE_MS),
        ) {
            on_cleanup(move || handle.clear());
        }
    });
    view! {
        <Show when=move || offline.get()>
            <div class="offline-banner" role="status">{tr("offline-banner")}</div>
        </Show>
        <Show when=move || update.get()>
            <div class="update-prompt" role="alert">
                <span>{tr("update-available")}</span>
                <button type="button" class="update-prompt-reload" on:click=|_| reload_now()>
                    {tr("update-reload")}
                </button>
            </div>
        </Show>
    }
}

/// A note for actions that need the shop (placing an order, sending a dispute): shown while
/// offline; what the buyer entered stays.
#[component]
pub fn NeedsNetworkNote() -> impl IntoView {
    let offline = offline();
    view! {
        <Show when=move || offline.get()>
            <p class="needs-network" role="status">{tr("offline-action-needs-network")}</p>
        </Show>
    }
}

#[cfg(target_arch = "wasm32")]
mod imp {
    use super::{note_reachable, offline, update_ready};
    use leptos::prelude::Set;
    use std::cell::{Cell, RefCell};
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

    thread_local! {
        static REG: RefCell<Option<ServiceWorkerRegistration>> = const { RefCell::new(None) };
        /// A worker controlled this page when it started (else the first `controllerchange`
        /// is just the first worker taking over, not a new build).
        static CONTROLLED: Cell<bool> = const { Cell::new(false) };
        /// The buyer asked for the new version: reload once it has taken over.
        static RELOADING: Cell<bool> = const { Cell::new(false) };
    }

    fn container() -> Option<ServiceWorkerContainer> {
        let nav = web_sys::window()?.navigator();
        // Undefined outside secure contexts (http on a non-local host).
        let has = js_sys::Reflect::get(&nav, &"serviceWorker".into())
            .ok()
            .is_some_and(|v| !v.is_undefined());
        has.then(|| nav.service_worker())
    }

    pub fn start(lang: &str) {
        let _online = leptos::prelude::window_event_listener_untyped("online", |_| {
            // The browser thinks it is back; the next exchange says whether the shop is.
            leptos::task::spawn_local(async {
                let _ = crate::api::Request::get("/api/v1/health").text().await;
            });
        });
        let _offline =
            leptos::prelude::window_event_listener_untyped("offline", |_| note_reachable(false));
        let _visible = leptos::prelude::window_event_listener_untyped("visibilitychange", |_| {
            let visible = web_sys::window()
                .and_then(|w| w.document())
                .is_some_and(|d| d.visibility_state() == web_sys::VisibilityState::Visible);
            if visible {
                check_for_update();
            }
        });
        if web_sys::window().is_some_and(|w| !w.navigator().on_line()) {
            offline().set(true);
        }
        let Some(sw) = container() else { return };
        CONTROLLED.with(|c| c.set(sw.controller().is_some()));
        let on_change = Closure::<dyn FnMut()>::new(|| {
            if RELOADING.with(Cell::get) {
                reload();
            } else if CONTROLLED.with(|c| c.replace(true)) {
                // Another tab took the new version: this one still runs the old build.
                update_ready().set(true);
            }
        });
        sw.set_oncontrollerchange(Some(on_change.as_ref().unchecked_ref()));
        on_change.forget();
        let files = [
            crate::api::urls::locale_shell_file(lang),
            crate::api::urls::locale_file(lang),
        ];
        let register = sw.register("/sw.js");
        let ready = sw.ready().ok();
        wasm_bindgen_futures::spawn_local(async move {
            let Ok(reg) = JsFuture::from(register).await else {
                crate::log::warn("service worker not registered");
                return;
            };
            let reg: ServiceWorkerRegistration = reg.unchecked_into();
            watch(&reg);
            REG.with(|r| *r.borrow_mut() = Some(reg));
            // What this page loaded before a worker controlled it, for the worker to keep.
            let Some(ready) = ready else { return };
            if let Ok(ready) = JsFuture::from(ready).await {
                let ready: ServiceWorkerRegistration = ready.unchecked_into();
                if let Some(active) = ready.active() {
                    let _ = active.post_message(&cache_message(&files));
                }
            }
        });
    }

    /// Shows the prompt when a new worker has installed while an old one controls the page.
    fn watch(reg: &ServiceWorkerRegistration) {
        if reg.waiting().is_some() && CONTROLLED.with(Cell::get) {
            update_ready().set(true);
        }
        let r = reg.clone();
        let on_found = Closure::<dyn FnMut()>::new(move || {
            let Some(worker) = r.installing() else { return };
            let w = worker.clone();
            let on_state = Closure::<dyn FnMut()>::new(move || {
                let controlled = container().is_some_and(|c| c.controller().is_some());
                if w.state() == ServiceWorkerState::Installed && controlled {
                    update_ready().set(true);
                }
            });
            worker.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
            on_state.forget();
        });
        reg.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
        on_found.forget();
    }

    fn cache_message(files: &[String]) -> JsValue {
        let urls = js_sys::Array::new();
        if let Some(w) = web_sys::window() {
            if let Ok(href) = w.location().href() {
                urls.push(&href.into());
            }
            if let Some(perf) = w.performance() {
                for entry in perf.get_entries_by_type("resource").iter() {
                    if let Some(e) = entry.dyn_ref::<web_sys::PerformanceEntry>() {
                        urls.push(&e.name().into());
                    }
                }
            }
        }
        for f in files {
            urls.push(&f.into());
        }
        let msg = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&msg, &"type".into(), &"cache".into());
        let _ = js_sys::Reflect::set(&msg, &"urls".into(), &urls);
        msg.into()
    }

    pub fn check_for_update() {
        REG.with(|r| {
            if let Some(reg) = r.borrow().as_ref() {
                // A failed check (offline) is retried at the next navigation.
                if let Ok(p) = reg.update() {
                    wasm_bindgen_futures::spawn_local(async move {
                        let _ = JsFuture::from(p).await;
                    });
                }
            }
        });
    }

    pub fn reload_now() {
        let waiting = REG.with(|r| r.borrow().as_ref().and_then(|reg| reg.waiting()));
        match waiting {
            Some(worker) => {
                RELOADING.with(|r| r.set(true));
                let msg = js_sys::Object::new();
                let _ = js_sys::Reflect::set(&msg, &"type".into(), &"skip-waiting".into());
                let _ = worker.post_message(&msg);
                // `controllerchange` reloads; if it never comes, reload anyway.
                leptos::prelude::set_timeout(reload, std::time::Duration::from_secs(3));
            }
            None => reload(),
        }
    }

    fn reload() {
        if let Some(w) = web_sys::window() {
            let _ = w.location().reload();
        }
    }
}

/// Registers the service worker and starts watching for the network and for new builds.
pub fn start(lang: &str) {
    #[cfg(target_arch = "wasm32")]
    imp::start(lang);
    #[cfg(not(target_arch = "wasm32"))]
    let _ = lang;
}

/// Asks the server whether a new build is out (on navigation, when the tab becomes visible,
/// when a page's chunk fails to load). The browser checks only on full page loads.
pub fn check_for_update() {
    #[cfg(target_arch = "wasm32")]
    imp::check_for_update();
}

/// Takes the new build: the waiting worker takes over, then the page reloads.
pub fn reload_now() {
    #[cfg(target_arch = "wasm32")]
    imp::reload_now();
}
