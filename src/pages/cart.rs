//! `/cart`: the cart view ([`crate::features::cart`]) as a page.

use crate::components::title::use_page_title;
use crate::features::cart::CartView;
use crate::i18n::tr;
use leptos::prelude::*;

#[component]
pub fn CartPage() -> impl IntoView {
    use_page_title(tr("cart-title"));
    view! {
        <div class="page page-cart">
            <h1 class="page-title">{tr("cart-title")}</h1>
            <CartView compact=false />
        </div>
    }
}
