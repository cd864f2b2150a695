//! Translator modes on shop pages (`?l10n=ids|pseudo|pseudo-rtl`, kept for the tab's visit):
//!
//! - a banner that says which mode is on, with a link that ends it (`?l10n=off` on the same
//!   page). Its text is formatted plainly, not turned into ids, so it stays readable.
//! - in `ids` mode, the ids overlay (all six translations on hover/focus) from the lazy
//!   `l10n_tools` chunk.
//!
//! Outside these modes it renders nothing and loads nothing; in the first load it is only this
//! check, the banner and the chunk's loader. [`catalog`] (the six locale files, parsed) serves
//! the overlay and the `/l10n` review page, both in the `l10n_tools` chunk.

pub mod catalog;
pub mod ids;

use crate::components::rf;
use crate::i18n::tools::{mode, ToolMode};
use crate::i18n::use_i18n;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// Fluent id of the banner's text for a mode.
fn banner_id(mode: ToolMode) -> Option<&'static str> {
    match mode {
        ToolMode::Off => None,
        ToolMode::Ids => Some("l10n-banner-ids"),
        ToolMode::Pseudo => Some("l10n-banner-pseudo"),
        ToolMode::PseudoRtl => Some("l10n-banner-pseudo-rtl"),
    }
}

#[component]
pub fn IdsMode() -> impl IntoView {
    let current = mode();
    let banner = banner_id(current).map(|id| {
        let i18n = use_i18n();
        let location = use_location();
        // The same page without the mode: a full load, so the app starts again without it.
        let exit_href = move || format!("{}?l10n=off", location.pathname.get());
        view! {
            <div class="tool-banner" role="status" translate="no">
                <span>{move || i18n.t_plain(id)}</span>
                <a class="tool-banner-exit" href=exit_href rel="external">
                    {move || i18n.t_plain("l10n-banner-exit")}
                </a>
            </div>
        }
    });
    let overlay = (current == ToolMode::Ids).then(|| {
        view! {
            <Suspense fallback=|| ()>
                {rf(move || Suspend::new(async move {
                    ids_overlay().await.unwrap_or_else(|_| ().into_any())
                }))}
            </Suspense>
        }
    });
    (banner, overlay)
}

#[leptos::wasm_split::wasm_split(l10n_tools, wasm_split_path = ::leptos::wasm_split, fallible)]
fn ids_overlay() -> Result<AnyView, leptos::wasm_split::SplitLoaderError> {
    Ok(view! { <ids::IdsOverlay /> }.into_any())
}
