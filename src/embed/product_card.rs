//! `/embed/product/:id`: the product card (image, title, price, rating, buy button).

use super::common::{fetch_for, remote, BuyLink, ProductBody};
use super::Widget;
use crate::i18n::use_i18n;
use crate::state::Prefs;
use leptos::prelude::*;

#[component]
pub fn ProductWidget() -> impl IntoView {
    let i18n = use_i18n();
    let prefs = expect_context::<Prefs>();
    let id = match expect_context::<Widget>() {
        Widget::Product(id) | Widget::Buy(id) => id,
        _ => None,
    };
    remote(
        move || fetch_for(prefs, id, i18n.locale_untracked().code()),
        |p| {
            let pid = p.id;
            view! {
                <article class="embed-card">
                    <ProductBody product=p />
                    <div class="embed-actions">
                        <BuyLink product_id=pid />
                    </div>
                </article>
            }
            .into_any()
        },
        super::common::card_skeleton,
    )
}
