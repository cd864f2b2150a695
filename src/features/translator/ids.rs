//! The ids overlay of `?l10n=ids` (in the `l10n_tools` chunk): every message already shows
//! its id in place (see `i18n::tools`); hovering or focusing an element shows a panel with all
//! six translations of the ids in it (its text, `aria-label`, `placeholder`, `title`, `alt`).
//! Escape hides the panel.

use super::catalog::{load_catalog, sample_args, Catalog};
use crate::components::rf;
use crate::i18n::tr;
use leptos::prelude::*;
use std::rc::Rc;

/// What the panel shows: ids and where (viewport coordinates of the element's box).
#[derive(Clone, PartialEq)]
struct Shown {
    ids: Vec<String>,
    top: f64,
    left: f64,
}

/// Ids named in `text`: id-like words that the catalogue has.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn ids_in(catalog: &Catalog, text: &str, out: &mut Vec<String>) {
    for word in text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '.')) {
        let word = word.trim_matches('.');
        let id = word.split('.').next().unwrap_or_default();
        if id.len() > 2 && catalog.ids.iter().any(|i| i == id) && !out.iter().any(|o| o == id) {
            out.push(id.to_string());
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn ids_of_element(catalog: &Catalog, el: &web_sys::Element) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = Some(el.clone());
    // The element or the nearest ancestor (up to 3 up) that names an id.
    for _ in 0..4 {
        let Some(e) = current else { break };
        if e.closest(".ids-panel").ok().flatten().is_some() {
            return Vec::new();
        }
        for attr in ["aria-label", "placeholder", "title", "alt"] {
            if let Some(v) = e.get_attribute(attr) {
                ids_in(catalog, &v, &mut out);
            }
        }
        let text = e.text_content().unwrap_or_default();
        if text.len() <= 400 {
            ids_in(catalog, &text, &mut out);
        }
        if !out.is_empty() {
            break;
        }
        current = e.parent_element();
    }
    out.truncate(4);
    out
}

#[component]
pub fn IdsOverlay() -> impl IntoView {
    // The panel's CSS (style/lazy/l10n.css); the download starts here, the panel can wait.
    std::mem::drop(crate::styles::load(&["l10n"]));
    let catalog = LocalResource::new(|| async { load_catalog().await.ok().map(Rc::new) });
    let shown = RwSignal::new(None::<Shown>);
    let cat = move || catalog.get().flatten();

    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        let show_for = move |target: Option<web_sys::EventTarget>| {
            let Some(c) = cat() else { return };
            let Some(el) = target.and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else {
                return;
            };
            if el.closest(".ids-panel").ok().flatten().is_some() {
                return;
            }
            let ids = ids_of_element(&c, &el);
            if ids.is_empty() {
                shown.set(None);
                return;
            }
            let rect = el.get_bounding_client_rect();
            let width = web_sys::window()
                .and_then(|w| w.inner_width().ok())
                .and_then(|v| v.as_f64())
                .unwrap_or(1024.0);
            let next = Shown {
                ids,
                top: rect.bottom() + 6.0,
                left: rect.left().clamp(4.0, (width - 364.0).max(4.0)),
            };
            if shown.with_untracked(|s| s.as_ref() != Some(&next)) {
                shown.set(Some(next));
            }
        };
        let over = window_event_listener(leptos::ev::mouseover, move |ev| show_for(ev.target()));
        let focus = window_event_listener(leptos::ev::focusin, move |ev| show_for(ev.target()));
        let key = window_event_listener(leptos::ev::keydown, move |ev| {
            if ev.key() == "Escape" {
                shown.set(None);
            }
        });
        on_cleanup(move || {
            over.remove();
            focus.remove();
            key.remove();
        });
    }

    view! {
        {rf(move || {
            let s = shown.get()?;
            let c = cat()?;
            Some(view! {
                // Placed at the element's box: viewport coordinates, so physical on purpose.
                // Set through the CSSOM (`style:`), not a `style` attribute, which the shop's
                // Content-Security-Policy (`style-src 'self'`) blocks.
                <div class="ids-panel" role="tooltip" translate="no"
                    style:top=format!("{:.0}px", s.top)
                    style:left=format!("{:.0}px", s.left)>
                    <p class="ids-panel-title">{tr("l10n-ids-panel")}</p>
                    {s.ids.into_iter().map(|id| {
                        let args = sample_args(&c.variables_of(&id), 3.0, "Alex");
                        view! {
                            <section class="ids-entry">
                                <code dir="ltr">{id.clone()}</code>
                                <dl>
                                    {c.files.iter().map(|f| {
                                        let text = f.format(&id, &args).unwrap_or_else(|| "—".into());
                                        view! {
                                            <dt lang=f.locale.code()>{f.locale.native_name()}</dt>
                                            <dd lang=f.locale.code() dir=f.locale.dir().as_str()>{text}</dd>
                                        }
                                    }).collect_view()}
                                </dl>
                            </section>
                        }
                    }).collect_view()}
                </div>
            })
        })}
    }
}
