//! `document.title` per page, localised and reactive.

use crate::browser;
use crate::i18n::use_i18n;
use leptos::prelude::*;

/// Keeps the tab title as "<page> · Storefront" while the page is shown.
pub fn use_page_title(page: impl Fn() -> String + 'static) {
    let i18n = use_i18n();
    Effect::new(move |_| {
        let page = page();
        let title = if page.is_empty() {
            i18n.t("site-title")
        } else {
            i18n.tf("page-title", [("page", page.into())])
        };
        browser::set_title(&title);
    });
}
