//! Lazy pages (CONTRIBUTING.md, "Code splitting"): a page whose code is a wasm chunk of its own,
//! fetched with the page's CSS and the locale's whole messages the first time it is shown, and
//! the skeletons shown meanwhile.

use crate::api::ApiError;
use crate::components::rf;
use crate::components::states::{BlockSkeleton, ErrorState, GridSkeleton, TileSkeletons};
use crate::i18n::use_i18n;
use leptos::prelude::*;
use std::future::Future;
use std::pin::Pin;

/// A page that lives in its own wasm chunk (CONTRIBUTING.md, "Code splitting"). `load` is a
/// `fallible` split function: until its chunk has arrived the route shows `skeleton`; a failed
/// download shows the error state, whose retry fetches the chunk again.
///
/// The page's CSS and the locale's whole file are fetched before its chunk: the shop's page
/// bundle (`styles::SHOP`) plus the page's own `styles` bundle, as one stylesheet
/// (`styles::load`), and the messages the shell (`shell.ftl`) lacks; once loaded they stay, so
/// only the first lazy page waits for them.
#[component]
pub fn LazyPage(
    load: fn() -> PageLoad,
    #[prop(into)] skeleton: ViewFn,
    #[prop(optional)] styles: &'static [&'static str],
) -> impl IntoView {
    let attempt = RwSignal::new(0u32);
    let i18n = use_i18n();
    view! {
        <Suspense fallback=move || skeleton.run()>
            {rf(move || {
                attempt.track();
                let parts: Vec<&str> = [crate::styles::SHOP].into_iter().chain(styles.iter().copied()).collect();
                let css = crate::styles::load(&parts);
                let strings = i18n.ensure_complete();
                Suspend::new(async move {
                    // CSS first: the split function builds the page as its chunk arrives, and a
                    // page built before an await would run its effects before it is mounted.
                    css.await;
                    strings.await;
                    match load().await {
                        Ok(page) => page,
                        Err(ChunkLoadFailed) => {
                            // A new build may have replaced this one's chunks: its prompt.
                            crate::pwa::check_for_update();
                            view! {
                            <div class="page">
                                <ErrorState
                                    error=ApiError::Network
                                    on_retry=move |_| attempt.update(|n| *n += 1)
                                />
                            </div>
                            }
                            .into_any()
                        }
                    }
                })
            })}
        </Suspense>
    }
}

/// A split function's call: the page once its chunk is loaded.
pub type PageLoad = Pin<Box<dyn Future<Output = Result<AnyView, ChunkLoadFailed>> + Send>>;

/// A page's wasm chunk could not be fetched or instantiated (the browser console says why).
pub struct ChunkLoadFailed;

impl From<leptos::wasm_split::SplitLoaderError> for ChunkLoadFailed {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        ChunkLoadFailed
    }
}

/// A lazy page's view for a route: `load` is its split function.
pub fn lazy_page(
    load: fn() -> PageLoad,
    skeleton: ViewFn,
    styles: &'static [&'static str],
) -> impl IntoView {
    view! { <LazyPage load=load skeleton=skeleton styles=styles /> }
}

/// Skeleton: `n` lines of text.
pub fn lines(n: usize) -> ViewFn {
    ViewFn::from(move || view! { <div class="page"><BlockSkeleton lines=n /></div> })
}

/// Skeleton of the catalogue's result pages: a grid of cards.
pub fn results() -> ViewFn {
    ViewFn::from(|| view! { <div class="page"><GridSkeleton count=8 /></div> })
}

/// Skeleton of the category list: tiles.
pub fn tiles() -> ViewFn {
    ViewFn::from(|| view! { <div class="page"><TileSkeletons count=12 /></div> })
}

/// Skeleton of the product page (its `Transition` fallback too).
pub fn product() -> ViewFn {
    ViewFn::from(|| view! { <ProductSkeleton /> })
}

/// The product page's own loading skeleton (its `Transition` fallback), shown while the chunk loads.
#[component]
pub fn ProductSkeleton() -> impl IntoView {
    view! {
        <div class="page page-product">
            <div class="product-layout">
                <div class="skeleton gallery-skeleton"></div>
                <BlockSkeleton lines=5 />
            </div>
        </div>
    }
}
