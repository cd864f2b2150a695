//! Breadcrumb trail: Home › root category › … › current.

use crate::api::urls;
use crate::i18n::tr;
use leptos::prelude::*;
use storefront_api::Crumb;

/// `current` is the page's own name (not a link); pass `None` when the last crumb is it.
#[component]
pub fn Breadcrumbs(crumbs: Vec<Crumb>, #[prop(optional)] current: Option<String>) -> impl IntoView {
    let last = crumbs.len().saturating_sub(1);
    let current_is_last = current.is_none();
    view! {
        <nav class="breadcrumbs" aria-label=tr("breadcrumbs-label")>
            <ol>
                <li><a href="/">{tr("nav-home")}</a></li>
                {crumbs.into_iter().enumerate().map(|(i, c)| {
                    if current_is_last && i == last {
                        view! { <li><span aria-current="page" data-l10n="data">{c.name}</span></li> }.into_any()
                    } else {
                        view! { <li><a href=urls::category_page(&c.slug) data-l10n="data">{c.name}</a></li> }.into_any()
                    }
                }).collect_view()}
                {current.map(|c| view! { <li><span aria-current="page" data-l10n="data">{c}</span></li> })}
            </ol>
        </nav>
    }
}
