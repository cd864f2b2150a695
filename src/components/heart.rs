//! The wish list heart: a toggle button (`aria-pressed`) on product cards and the product page.

use crate::components::rf;
use crate::i18n::use_i18n;
use crate::state::Wishlist;
use leptos::prelude::*;
use storefront_api::Money;

#[component]
pub fn HeartButton(
    product_id: i64,
    /// The price the buyer sees now (kept with a signed-out heart for "price dropped").
    price: Money,
    #[prop(optional)] class: &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    let wishlist = Wishlist::current();
    let on = move || wishlist.is_some_and(|w| w.has(product_id));
    let label = move || {
        i18n.t(if on() {
            "wishlist-remove"
        } else {
            "wishlist-add"
        })
    };
    view! {
        <button type="button" class=format!("heart-button {class}") data-product=product_id
            aria-pressed=move || on().to_string() aria-label=rf(label) title=rf(label)
            on:click=move |ev| {
                ev.prevent_default();
                ev.stop_propagation();
                if let Some(w) = wishlist {
                    w.toggle(product_id, price);
                }
            }>
            <svg class="icon heart-icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
                <path d="M12 20.5l-1.4-1.3C5.4 14.6 2 11.5 2 7.8 2 4.8 4.4 2.5 7.3 2.5c1.7 0 3.4.8 4.7 2.1 1.3-1.3 3-2.1 4.7-2.1 2.9 0 5.3 2.3 5.3 5.3 0 3.7-3.4 6.8-8.6 11.4z"></path>
            </svg>
        </button>
    }
}
