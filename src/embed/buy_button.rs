//! `/embed/buy/:id`: the buy button alone, with the price in the widget's currency.

use super::common::{fetch_for, remote, BuyLink};
use super::Widget;
use crate::i18n::use_i18n;
use crate::state::Prefs;
use leptos::prelude::*;

#[component]
pub fn BuyWidget() -> impl IntoView {
    let i18n = use_i18n();
    let prefs = expect_context::<Prefs>();
    let id = match expect_context::<Widget>() {
        Widget::Product(id) | Widget::Buy(id) => id,
        _ => None,
    };
    remote(
        move || fetch_for(prefs, id, i18n.locale_untracked().code()),
        |p| {
            view! {
                <div class="embed-buy-only">
                    <BuyLink product_id=p.id price=p.price />
                </div>
            }
            .into_any()
        },
        super::common::button_skeleton,
    )
}
