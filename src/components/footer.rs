//! Site footer: buyer-protection promise and service links.

use crate::i18n::tr;
use leptos::prelude::*;

#[component]
pub fn Footer() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <div class="footer-inner">
                <p class="footer-brand">{tr("site-name")}</p>
                <p>{tr("footer-protection")}</p>
                <nav class="footer-links" aria-label=tr("footer-nav-label")>
                    <a href="/categories">{tr("nav-categories")}</a>
                    <a href="/cart">{tr("nav-cart")}</a>
                    <a href="/account">{tr("nav-account")}</a>
                </nav>
            </div>
        </footer>
    }
}
