//! The grid of category tiles (home, all-categories page).

use super::icon::CategoryIcon;
use crate::api::urls;
use leptos::prelude::*;
use storefront_api::Category;

#[component]
pub fn CategoryGrid(categories: Vec<Category>) -> impl IntoView {
    view! {
        <div class="category-grid">
            {categories.into_iter().map(|c| view! {
                <a class="category-tile" href=urls::category_page(&c.slug)>
                    <span class="category-tile-icon"><CategoryIcon icon=c.icon /></span>
                    <span class="category-tile-name" data-l10n="data">{c.name}</span>
                </a>
            }).collect_view()}
        </div>
    }
}
