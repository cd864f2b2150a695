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
        move |p| {
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
                        // The heart opens the shop (new tab), which puts the product on the
                        // wish list there: the buyer may not be signed in inside this frame.
                        <a class="embed-button embed-heart" target="_blank" rel="noopener"
                            href=move || format!("{}?wish=1&lang={}", crate::api::urls::product_page(pid), i18n.locale().code())
                            aria-label=move || i18n.t("wishlist-add") title=move || i18n.t("wishlist-add")>
                            <span aria-hidden="true">"♡"</span>
                        </a>
                    </div>
                </article>
            }
            .into_any()
        },
        super::common::card_skeleton,
    )
}
