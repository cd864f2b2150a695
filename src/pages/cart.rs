//! `/cart`: the cart. Until products can be added it is the empty state.

use crate::components::icon::Icon;
use crate::components::rf;
use crate::components::title::use_page_title;
use crate::i18n::{tr, use_i18n};
use crate::state::Cart;
use leptos::prelude::*;

#[component]
pub fn CartPage() -> impl IntoView {
    let i18n = use_i18n();
    let cart = expect_context::<Cart>();
    use_page_title(tr("cart-title"));
    view! {
        <div class="page page-cart">
            <h1 class="page-title">{tr("cart-title")}</h1>
            <div class="empty-panel">
                <Icon name="cart" class="empty-icon" />
                <p class="empty-title">
                    {rf(move || if cart.count.get() == 0 { i18n.t("cart-empty") } else { i18n.tf("cart-items", [("count", cart.count.get().into())]) })}
                </p>
                <p>{tr("cart-empty-hint")}</p>
                <a class="button button-primary" href="/">{tr("action-start-shopping")}</a>
            </div>
        </div>
    }
}
