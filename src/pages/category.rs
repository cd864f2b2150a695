//! `/c/:slug`: breadcrumbs, subcategory chips, and the category's products with filters.

use crate::api::urls;
use crate::components::breadcrumbs::Breadcrumbs;
use crate::components::not_found::NotFoundPage;
use crate::components::rf;
use crate::components::states::{BlockSkeleton, ErrorState};
use crate::components::title::use_page_title;
use crate::features::catalog::results::{Results, Scope};
use crate::i18n::{tr, use_i18n};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

#[component]
pub fn CategoryPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let slug = move || params.with(|p| p.get("slug").unwrap_or_default());
    let detail = LocalResource::new(move || {
        let slug = slug();
        let lang = i18n.locale();
        async move { crate::api::categories::get(&slug, lang.code()).await }
    });
    use_page_title(move || {
        detail
            .get()
            .and_then(|r| r.ok())
            .map(|d| d.category.name)
            .unwrap_or_default()
    });

    view! {
        <div class="page page-category">
            <Transition fallback=|| view! { <BlockSkeleton lines=1 /> }>
                {rf(move || Suspend::new(async move {
                    match detail.await {
                        Ok(d) => {
                            let c = d.category;
                            let count = c.product_count;
                            view! {
                                <Breadcrumbs crumbs=d.breadcrumbs />
                                <div class="page-head">
                                    <h1 class="page-title" data-l10n="data">{c.name}</h1>
                                    <p class="page-subtitle">
                                        {move || i18n.tf("products-count", [("count", count.into())])}
                                    </p>
                                </div>
                                {(!c.children.is_empty()).then(|| view! {
                                    <nav class="subcategories" aria-label=tr("subcategories-label")>
                                        <ul class="chips">
                                            {c.children.into_iter().map(|s| view! {
                                                <li><a class="chip" href=urls::category_page(&s.slug) data-l10n="data">{s.name}</a></li>
                                            }).collect_view()}
                                        </ul>
                                    </nav>
                                })}
                                <Results scope=Scope::Category { id: c.id } />
                            }.into_any()
                        }
                        Err(e) if e.is_not_found() => view! { <NotFoundPage /> }.into_any(),
                        Err(e) => view! {
                            <h1 class="page-title">{tr("category-unavailable")}</h1>
                            <ErrorState error=e on_retry=move |_| detail.refetch() />
                        }.into_any(),
                    }
                }))}
            </Transition>
        </div>
    }
}
