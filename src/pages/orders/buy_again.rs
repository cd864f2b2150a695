//! "Buy again" on a completed order: the same SKUs go into the cart at today's prices, and the
//! buyer is told which prices changed and which items cannot be bought any more.

use crate::api::wishlist::buy_again;
use crate::components::price::display_price;
use crate::components::rf;
use crate::i18n::{tr, use_i18n};
use crate::state::cart::CartLine;
use crate::state::{Cart, Prefs};
use leptos::prelude::*;
use storefront_api::wishlist::{BuyAgainLine, BuyAgainStatus};

#[component]
pub fn BuyAgain(order_id: i64) -> impl IntoView {
    let i18n = use_i18n();
    let prefs = expect_context::<Prefs>();
    let buy = Action::new_local(move |_: &()| async move {
        let r = buy_again(order_id).await;
        if let (Ok(lines), Some(cart)) = (&r, Cart::current()) {
            cart.add_many(
                lines
                    .lines
                    .iter()
                    .filter(|l| l.available())
                    .map(|l| CartLine {
                        product_id: l.product_id,
                        sku_id: l.sku_id,
                        quantity: l.quantity,
                    })
                    .collect(),
            );
        }
        r.map(|b| b.lines)
    });
    let busy = buy.pending();
    let result = buy.value();
    let note = move |l: &BuyAgainLine| -> Option<String> {
        let title = l.title.clone();
        let tag = i18n.tag();
        match l.status {
            BuyAgainStatus::PriceChanged => Some(i18n.tf(
                "buy-again-price-changed",
                [
                    ("title", title.into()),
                    ("then", display_price(prefs, tag, &l.price_then).into()),
                    (
                        "now",
                        display_price(prefs, tag, &l.price_now.unwrap_or(l.price_then)).into(),
                    ),
                ],
            )),
            BuyAgainStatus::OutOfStock => {
                Some(i18n.tf("buy-again-out-of-stock", [("title", title.into())]))
            }
            BuyAgainStatus::Gone | BuyAgainStatus::Unknown => {
                Some(i18n.tf("buy-again-gone", [("title", title.into())]))
            }
            BuyAgainStatus::Unchanged => None,
        }
    };
    view! {
        <section class="order-section buy-again" aria-labelledby="buy-again-title">
            <h2 id="buy-again-title" class="visually-hidden">{tr("buy-again")}</h2>
            <button type="button" class="button button-primary buy-again-button"
                disabled=move || busy.get()
                on:click=move |_| if !busy.get_untracked() { buy.dispatch_local(()); }>
                {tr("buy-again")}
            </button>
            <div class="buy-again-result" role="status">
                {rf(move || result.get().map(|r| match r {
                    Err(e) => view! {
                        <p class="form-failure">{i18n.t_or(&e.message_id(), "error-generic")}</p>
                    }.into_any(),
                    Ok(lines) => {
                        let added: i64 = lines.iter().filter(|l| l.available()).map(|l| l.quantity).sum();
                        let notes: Vec<String> = lines.iter().filter_map(note).collect();
                        view! {
                            <p class="buy-again-added">
                                {if added > 0 {
                                    i18n.tf("buy-again-added", [("count", added.into())])
                                } else {
                                    i18n.t("buy-again-nothing")
                                }}
                                " "
                                {(added > 0).then(|| view! { <a href="/cart">{tr("cart-view")}</a> })}
                            </p>
                            <ul class="buy-again-notes">
                                {notes.into_iter().map(|n| view! { <li dir="auto">{n}</li> }).collect_view()}
                            </ul>
                        }.into_any()
                    }
                }))}
            </div>
        </section>
    }
}
