//! Any unknown path.

use crate::components::title::use_page_title;
use crate::i18n::tr;
use leptos::prelude::*;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    use_page_title(tr("not-found-title"));
    view! {
        <div class="page not-found">
            <p class="not-found-code" aria-hidden="true">"404"</p>
            <h1 class="page-title">{tr("not-found-title")}</h1>
            <p>{tr("not-found-text")}</p>
            <a class="button button-primary" href="/">{tr("action-go-home")}</a>
        </div>
    }
}
