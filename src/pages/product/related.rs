//! Below the product: similar items, more from this store, recently viewed. They load only when
//! the buyer scrolls near them, so the product's first render never waits for them.

use crate::api::wishlist::related;
use crate::api::ApiError;
use crate::components::product_card::ProductGrid;
use crate::components::rf;
use crate::components::states::ErrorState;
use crate::i18n::use_i18n;
use crate::state::wishlist::recent;
use leptos::html;
use leptos::prelude::*;
use storefront_api::ProductSummary;

/// Calls `then` once when `node` comes within 400 px of the viewport.
fn when_near(node: NodeRef<html::Section>, then: impl Fn() + Clone + 'static) {
    #[cfg(target_arch = "wasm32")]
    Effect::new(move |_| {
        use wasm_bindgen::closure::Closure;
        use wasm_bindgen::JsCast;
        let Some(el) = node.get() else {
            return;
        };
        let on_near = then.clone();
        let callback = Closure::<dyn FnMut(js_sys::Array, web_sys::IntersectionObserver)>::new(
            move |entries: js_sys::Array, observer: web_sys::IntersectionObserver| {
                let near = entries.iter().any(|e| {
                    e.dyn_into::<web_sys::IntersectionObserverEntry>()
                        .is_ok_and(|e| e.is_intersecting())
                });
                if near {
                    observer.disconnect();
                    on_near();
                }
            },
        );
        let init = web_sys::IntersectionObserverInit::new();
        init.set_root_margin("400px");
        match web_sys::IntersectionObserver::new_with_options(
            callback.as_ref().unchecked_ref(),
            &init,
        ) {
            Ok(observer) => {
                observer.observe(&el);
                let observer = send_wrapper::SendWrapper::new(observer);
                on_cleanup(move || observer.disconnect());
                // Lives as long as the observer may call it (at most the page's life).
                callback.forget();
            }
            // No IntersectionObserver: load now.
            Err(_) => then(),
        }
    });
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (node, then);
}

/// One recommendation list of the product (`similar` or `more-from-store`), loaded near view.
#[component]
fn RelatedList(product_id: i64, which: &'static str, title_id: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    let node = NodeRef::<html::Section>::new();
    let state = RwSignal::new(None::<Result<Vec<ProductSummary>, ApiError>>);
    let load = move || {
        let lang = i18n.locale_untracked();
        leptos::task::spawn_local(async move {
            let r = related(product_id, which, lang.code()).await;
            state.set(Some(r.map(|p| p.items)));
        });
    };
    when_near(node, load);
    let heading = format!("{which}-title");
    let labelled = heading.clone();
    view! {
        <section class="section related" node_ref=node aria-labelledby=labelled data-related=which
            class:related-empty=move || state.with(|s| matches!(s, Some(Ok(v)) if v.is_empty()))>
            <h2 id=heading>{rf(move || i18n.t(title_id))}</h2>
            {rf(move || match state.get() {
                // No `.skeleton` here: the server's preview is swapped out once the page has
                // none, and these load only when scrolled near.
                None => view! { <div class="related-pending"></div> }.into_any(),
                Some(Ok(items)) => view! { <ProductGrid products=items /> }.into_any(),
                Some(Err(e)) => view! { <ErrorState error=e on_retry=move |_| load() /> }.into_any(),
            })}
        </section>
    }
}

#[component]
pub fn Related(product_id: i64) -> impl IntoView {
    let i18n = use_i18n();
    // Read before this view is remembered as viewed, so the product itself is not listed.
    let viewed: Vec<ProductSummary> = recent()
        .into_iter()
        .filter(|p| p.id != product_id)
        .collect();
    view! {
        <RelatedList product_id=product_id which="similar" title_id="similar-title" />
        <RelatedList product_id=product_id which="more-from-store" title_id="more-from-store-title" />
        {(!viewed.is_empty()).then(|| view! {
            <section class="section related" aria-labelledby="recent-title" data-related="recent">
                <h2 id="recent-title">{rf(move || i18n.t("recent-title"))}</h2>
                <ProductGrid products=viewed />
            </section>
        })}
    }
}
