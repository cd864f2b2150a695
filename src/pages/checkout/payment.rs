//! Step 3: the payment method (listed by the server), the card form with Luhn and expiry
//! checks, what a wallet does, and the charge currency and amount.

use super::{go, Checkout, Step};
use crate::browser;
use crate::components::rf;
use crate::components::states::BlockSkeleton;
use crate::features::payment::card::{this_month, validate_card, CardForm};
use crate::i18n::{intl, tr, use_i18n};
use crate::state::cart::Cart;
use crate::state::prefs::to_display;
use crate::state::Prefs;
use leptos::prelude::*;
use storefront_api::checkout::PaymentKind;

/// "You will be charged €12.34 (Euro)": the grand total in the currency the method charges
/// (the display currency when the method takes it, as a card does).
#[component]
pub fn ChargeNote() -> impl IntoView {
    let co = expect_context::<Checkout>();
    let cart = expect_context::<Cart>();
    let prefs = expect_context::<Prefs>();
    let i18n = use_i18n();
    view! {
        {rf(move || {
            let method = co.method()?;
            let total = cart.quote.with(|q| q.as_ref().map(|q| q.summary.grand_total))?;
            let currency = method.charge_currency_for(prefs.currency.get());
            let charge = prefs.rates.with(|r| to_display(&total, currency, r));
            let tag = i18n.tag();
            let text = i18n.tf("checkout-charge", [
                ("amount", intl::format_money(&charge, tag).into()),
                ("currency", intl::currency_name(charge.currency.code(), tag).into()),
            ]);
            Some(view! { <p class="charge-statement" id="charge-statement">{text}</p> })
        })}
    }
}

/// Checks the card (when the method is a card); shows the errors and focuses the first.
pub fn card_ok(co: Checkout) -> bool {
    let is_card = co.method().is_some_and(|m| m.kind == PaymentKind::Card);
    if !is_card {
        co.card_errors.set(Vec::new());
        return true;
    }
    let errors = co.card.with_untracked(|c| validate_card(c, this_month()));
    let first = errors.first().map(|e| e.0);
    co.card_errors.set(errors);
    match first {
        Some(id) => {
            request_animation_frame(move || browser::focus_id(id));
            false
        }
        None => true,
    }
}

#[component]
pub fn PaymentStep() -> impl IntoView {
    let co = expect_context::<Checkout>();
    let i18n = use_i18n();
    // Drawn again only when the method changes (not on every keystroke of the draft).
    let method = Memo::new(move |_| co.method().map(|m| (m.kind, m.name_id)));
    let next = move |_| {
        if co.method().is_some() && card_ok(co) {
            go(co, Step::Review);
        }
    };
    view! {
        {rf(move || match co.method_list() {
            None => view! { <BlockSkeleton lines=3 /> }.into_any(),
            Some(list) => view! {
                <fieldset class="choice-list">
                    <legend class="visually-hidden">{tr("checkout-step-payment")}</legend>
                    {list.into_iter().map(|m| {
                        let id = m.id.clone();
                        let id2 = m.id.clone();
                        let id3 = m.id.clone();
                        view! {
                            <label class="choice">
                                <input type="radio" name="payment-method" value=m.id.clone()
                                    prop:checked=move || co.draft.with(|d| d.method.as_deref() == Some(id.as_str()))
                                    on:change=move |_| {
                                        co.card_errors.set(Vec::new());
                                        co.draft.update(|d| d.method = Some(id2.clone()));
                                    } />
                                <span class="choice-text">
                                    <strong data-method=id3>{i18n.t_or(&m.name_id, "payment-method-other")}</strong>
                                </span>
                            </label>
                        }
                    }).collect_view()}
                </fieldset>
            }.into_any(),
        })}
        {rf(move || method.get().map(|(kind, name_id)| match kind {
            PaymentKind::Card => view! { <CardForm /> }.into_any(),
            _ => {
                let name = i18n.t_or(&name_id, "payment-method-other");
                view! { <p class="wallet-note">{i18n.tf("checkout-wallet-note", [("method", name.into())])}</p> }.into_any()
            }
        }))}
        <ChargeNote />
        <div class="checkout-nav">
            <a class="button" href=Step::Shipping.url()>{tr("checkout-back")}</a>
            <button type="button" class="button button-primary" disabled=move || co.method().is_none()
                on:click=next>{tr("checkout-continue")}</button>
        </div>
    }
}
