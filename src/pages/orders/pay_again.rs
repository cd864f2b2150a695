//! "Pay again" on an order whose payment was declined (while `pay_again` is allowed): the
//! payment methods, the card form for a card, what will be charged and in which currency, and
//! the provider's page for wallets. One idempotency key per attempt (kept for a retry after a
//! network failure), `If-Match` with the order shown.

use crate::api;
use crate::browser::focus_id;
use crate::components::rf;
use crate::components::states::BlockSkeleton;
use crate::features::payment::card::{
    card_field_of, card_input, this_month, validate_card, CardFields, CardForm, CardState,
};
use crate::features::payment::decline_id;
use crate::i18n::{intl, tr, use_i18n};
use crate::state::prefs::to_display;
use crate::state::Prefs;
use leptos::prelude::*;
use storefront_api::checkout::{PayAgainRequest, PaymentInput, PaymentKind, PaymentStatus};
use storefront_api::orders::Order;
use storefront_api::ErrorCode;

/// `on_changed` gets the notice to show when the order changed (paid or waiting for the
/// provider, changed meanwhile, no longer payable); the page then reads the order again.
#[component]
pub fn PayAgain(order: Order, #[prop(into)] on_changed: Callback<&'static str>) -> impl IntoView {
    let i18n = use_i18n();
    let prefs = expect_context::<Prefs>();
    let methods = LocalResource::new(api::checkout::payment_methods);
    let chosen = RwSignal::new(None::<String>);
    let card = RwSignal::new(CardFields::default());
    let errors = RwSignal::new(Vec::new());
    provide_context(CardState { card, errors });
    // A message id: a decline reason or a failure to retry.
    let message = RwSignal::new(None::<String>);
    let key = RwSignal::new(crate::state::idempotency::new_key());
    let method = move || {
        let id = chosen.get()?;
        methods.with(|m| {
            m.as_ref()?
                .as_ref()
                .ok()?
                .iter()
                .find(|x| x.id == id)
                .cloned()
        })
    };
    let total = order.total;
    let until = order.pay_again_until.clone().unwrap_or_default();
    let shown = StoredValue::new(order);
    // The attempt: the order shown, what is paid with, its idempotency key, the language.
    let pay = Action::new_local(
        move |(o, req, k, lang): &(Order, PayAgainRequest, String, &'static str)| {
            let (o, req, k, lang) = (o.clone(), req.clone(), k.clone(), *lang);
            async move {
                let r = api::checkout::pay_again(&o, &req, &k, lang).await;
                let declined = |reason| {
                    key.set(crate::state::idempotency::new_key());
                    card.update(|c| c.number.clear());
                    message.set(Some(decline_id(reason)));
                    request_animation_frame(|| focus_id("pay-again-message"));
                };
                match r {
                    Ok(p) => match (p.status, p.redirect_url) {
                        (PaymentStatus::RequiresAction, Some(url))
                            if url.starts_with('/') && !url.starts_with("//") =>
                        {
                            crate::browser::assign(&url)
                        }
                        (PaymentStatus::Declined, _) => declined(p.decline_reason),
                        _ => on_changed.run("order-done-paid"),
                    },
                    Err(f) => match f.code() {
                        Some(ErrorCode::PaymentDeclined) => {
                            declined(f.problem().and_then(|p| p.decline_reason))
                        }
                        Some(ErrorCode::PreconditionFailed) => on_changed.run("order-changed"),
                        Some(ErrorCode::IllegalTransition) | Some(ErrorCode::OutOfStock) => {
                            on_changed.run("order-pay-again-unavailable")
                        }
                        Some(ErrorCode::ValidationFailed) => {
                            key.set(crate::state::idempotency::new_key());
                            let fields: Vec<(&'static str, &'static str)> = f
                                .fields()
                                .iter()
                                .filter_map(|e| {
                                    card_field_of(&e.field).map(|id| (id, "card-error-server"))
                                })
                                .collect();
                            match fields.first().copied() {
                                Some((first, _)) => {
                                    errors.set(fields);
                                    request_animation_frame(move || focus_id(first));
                                }
                                None => message.set(Some(f.message_id())),
                            }
                        }
                        // Network or server: the same key sends the same attempt again.
                        _ => message.set(Some(f.message_id())),
                    },
                }
            }
        },
    );
    let busy = pay.pending();
    let submit = move |_| {
        if busy.get_untracked() {
            return;
        }
        let Some(m) = method() else {
            return;
        };
        let is_card = m.kind == PaymentKind::Card;
        if is_card {
            let errs = card.with_untracked(|c| validate_card(c, this_month()));
            if let Some(first) = errs.first().map(|e| e.0) {
                errors.set(errs);
                request_animation_frame(move || focus_id(first));
                return;
            }
        }
        errors.set(Vec::new());
        message.set(None);
        let req = PayAgainRequest {
            payment: PaymentInput {
                method: m.id.clone(),
                card: is_card.then(|| card.with_untracked(card_input)),
            },
            charge_currency: m.charge_currency_for(prefs.currency.get_untracked()),
        };
        pay.dispatch_local((
            shown.get_value(),
            req,
            key.get_untracked(),
            i18n.locale_untracked().code(),
        ));
    };
    view! {
        <section class="order-section pay-again" id="pay-again" aria-labelledby="pay-again-title">
            <h2 id="pay-again-title">{tr("order-pay-again-title")}</h2>
            <p>{rf(move || i18n.tf("order-pay-again-text", [("date", intl::format_date_time(&until, i18n.tag()).into())]))}</p>
            {rf(move || match methods.get() {
                None => view! { <BlockSkeleton lines=2 /> }.into_any(),
                Some(Err(e)) => view! { <p class="notice notice-error" role="alert">{i18n.t_or(&e.message_id(), "error-generic")}</p> }.into_any(),
                Some(Ok(list)) => view! {
                    <fieldset class="choice-list">
                        <legend class="visually-hidden">{tr("checkout-step-payment")}</legend>
                        {list.into_iter().map(|m| {
                            let id = m.id.clone();
                            let id2 = m.id.clone();
                            view! {
                                <label class="choice">
                                    <input type="radio" name="pay-again-method" value=m.id.clone()
                                        prop:checked=move || chosen.with(|c| c.as_deref() == Some(id.as_str()))
                                        on:change=move |_| {
                                            errors.set(Vec::new());
                                            chosen.set(Some(id2.clone()));
                                        } />
                                    <span class="choice-text"><strong>{i18n.t_or(&m.name_id, "payment-method-other")}</strong></span>
                                </label>
                            }
                        }).collect_view()}
                    </fieldset>
                }.into_any(),
            })}
            {rf(move || method().filter(|m| m.kind == PaymentKind::Card).map(|_| view! { <CardForm /> }))}
            {rf(move || method().map(|m| {
                let currency = m.charge_currency_for(prefs.currency.get());
                let charge = prefs.rates.with(|r| to_display(&total, currency, r));
                let tag = i18n.tag();
                let text = i18n.tf("checkout-charge", [
                    ("amount", intl::format_money(&charge, tag).into()),
                    ("currency", intl::currency_name(charge.currency.code(), tag).into()),
                ]);
                view! { <p class="charge-statement" id="pay-again-charge">{text}</p> }
            }))}
            {rf(move || message.get().map(|id| view! {
                <p class="notice notice-error" id="pay-again-message" tabindex="-1" role="alert">
                    {i18n.t_or(&id, "error-generic")}
                </p>
            }))}
            <button type="button" class="button button-primary" id="pay-again-submit"
                disabled=move || busy.get() || method().is_none()
                on:click=submit>
                {tr("order-pay-again-submit")}
            </button>
        </section>
    }
}
