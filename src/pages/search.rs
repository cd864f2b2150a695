//! `/search?q=`: for now the whole catalogue under the query heading (real search comes with
//! the search API).

use crate::components::feed::ProductFeed;
use crate::components::title::use_page_title;
use crate::i18n::{tr, use_i18n};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn SearchPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let q = move || {
        query
            .with(|m| m.get("q").unwrap_or_default())
            .trim()
            .to_string()
    };
    let heading = move || {
        let q = q();
        if q.is_empty() {
            i18n.t("search-all-title")
        } else {
            i18n.tf("search-title", [("query", q.into())])
        }
    };
    use_page_title(heading);
    view! {
        <div class="page page-search">
            <div class="page-head">
                <h1 class="page-title">{heading}</h1>
                <p class="page-subtitle">{tr("search-whole-catalogue")}</p>
            </div>
            <ProductFeed />
        </div>
    }
}
