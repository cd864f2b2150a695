//! `/search?q=…&…`: full-text search with facets; every filter is in the URL.

use crate::components::title::use_page_title;
use crate::features::catalog::results::{Results, Scope};
use crate::i18n::use_i18n;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use storefront_api::cap_query;

#[component]
pub fn SearchPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    // A query counts by its first MAX_QUERY_CHARS characters (so does the server): a pasted
    // 2,000-character text is not printed whole.
    let q = move || {
        let q = query.with(|m| m.get("q").unwrap_or_default());
        cap_query(q.trim()).to_string()
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
                <h1 class="page-title search-title" dir="auto">{heading}</h1>
            </div>
            <Results scope=Scope::Search />
        </div>
    }
}
