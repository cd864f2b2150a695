//! `/account`: orders, disputes and messages live here once the buyer signs in.

use crate::components::icon::Icon;
use crate::components::title::use_page_title;
use crate::i18n::tr;
use leptos::prelude::*;

#[component]
pub fn AccountPage() -> impl IntoView {
    use_page_title(tr("account-title"));
    view! {
        <div class="page page-account">
            <h1 class="page-title">{tr("account-title")}</h1>
            <div class="empty-panel">
                <Icon name="user" class="empty-icon" />
                <p class="empty-title">{tr("account-empty")}</p>
                <p>{tr("account-empty-hint")}</p>
                <a class="button button-primary" href="/">{tr("action-continue-shopping")}</a>
            </div>
        </div>
    }
}
