//! `?l10n=ids`: mounts the ids overlay (all six translations on hover/focus) from the lazy
//! `l10n_tools` chunk. Outside that mode it renders nothing and loads nothing; in the first
//! load it is only this check and the chunk's loader.

use crate::components::rf;
use crate::i18n::tools::{mode, ToolMode};
use leptos::prelude::*;

#[component]
pub fn IdsMode() -> impl IntoView {
    (mode() == ToolMode::Ids).then(|| {
        view! {
            <Suspense fallback=|| ()>
                {rf(move || Suspend::new(async move {
                    ids_overlay().await.unwrap_or_else(|_| ().into_any())
                }))}
            </Suspense>
        }
    })
}

#[leptos::wasm_split::wasm_split(l10n_tools, wasm_split_path = ::leptos::wasm_split, fallible)]
fn ids_overlay() -> Result<AnyView, leptos::wasm_split::SplitLoaderError> {
    Ok(view! { <crate::pages::l10n::ids::IdsOverlay /> }.into_any())
}
