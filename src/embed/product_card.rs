//! `/embed/product/:id`: the product card (image, title, price, rating, buy button).

use super::common::{fetch_card, remote, BuyLink, ProductBody, VariantSelect};
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
        move || fetch_card(prefs, id, i18n.locale_untracked().code()),
        |p| {
            let pid = p.summary.id;
            let choices = p.choices();
            let chosen = RwSignal::new(None::<i64>);
            view! {
                <article class="embed-card">
                    <ProductBody product=p.summary />
                    <div class="embed-actions">
                        {(!choices.is_empty()).then(|| view! {
                            <VariantSelect product_id=pid options=p.options skus=choices chosen=chosen />
                        })}
                        <BuyLink product_id=pid sku=chosen />
                    </div>
                </article>
            }
            .into_any()
        },
        super::common::card_skeleton,
    )
}
