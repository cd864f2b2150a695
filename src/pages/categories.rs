//! `/categories`: every category with its subcategories (the phone nav's "Categories").

use crate::api::urls;
use crate::components::icon::CategoryIcon;
use crate::components::rf;
use crate::components::states::{ErrorState, TileSkeletons};
use crate::components::title::use_page_title;
use crate::i18n::{tr, use_i18n};
use leptos::prelude::*;
use storefront_api::Category;

#[component]
pub fn CategoriesPage() -> impl IntoView {
    let i18n = use_i18n();
    use_page_title(tr("categories-title"));
    let categories = LocalResource::new(move || {
        let lang = i18n.locale();
        async move { crate::api::categories::list(lang.code()).await }
    });
    view! {
        <div class="page page-categories">
            <h1 class="page-title">{tr("categories-title")}</h1>
            <Transition fallback=|| view! { <TileSkeletons count=12 /> }>
                {rf(move || Suspend::new(async move {
                    match categories.await {
                        Ok(list) => view! {
                            <ul class="category-list">
                                {list.into_iter().map(|c| view! { <CategoryEntry category=c /> }).collect_view()}
                            </ul>
                        }.into_any(),
                        Err(e) => view! { <ErrorState error=e on_retry=move |_| categories.refetch() /> }.into_any(),
                    }
                }))}
            </Transition>
        </div>
    }
}

#[component]
fn CategoryEntry(category: Category) -> impl IntoView {
    let i18n = use_i18n();
    let Category {
        slug,
        name,
        icon,
        product_count,
        children,
        ..
    } = category;
    view! {
        <li class="category-entry">
            <a class="category-entry-link" href=urls::category_page(&slug)>
                <CategoryIcon icon=icon />
                <span class="category-entry-name">{name}</span>
                <span class="category-entry-count">
                    {rf(move || i18n.tf("products-count", [("count", product_count.into())]))}
                </span>
            </a>
            {(!children.is_empty()).then(|| view! {
                <ul class="chips">
                    {children.into_iter().map(|c| view! {
                        <li><a class="chip" href=urls::category_page(&c.slug)>{c.name}</a></li>
                    }).collect_view()}
                </ul>
            })}
        </li>
    }
}
