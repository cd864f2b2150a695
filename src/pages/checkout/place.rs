//! Step 4: review and Place order. The order is sent with an `Idempotency-Key` made when the
//! buyer presses Place and kept (in `sessionStorage`, with a fingerprint of the body) for
//! retries: a network failure or a server error offers "retry" with the same key; a new key is
//! made only when the order changes or the last one got a final answer.

use super::draft;
use super::payment::{card_ok, ChargeNote};
use super::{address_text, go, Checkout, Step};
use crate::api::ApiError;
use crate::browser;
use crate::components::price::{LinePrice, Price};
use crate::components::rf;
use crate::features::payment::card::{card_field_of, card_input};
use crate::features::payment::decline_id;
use crate::i18n::{tr, use_i18n};
use crate::state::cart::{hash_text, Cart};
use crate::state::session::Session;
use leptos::prelude::*;
use storefront_api::cart::Quote;
use storefront_api::checkout::{
    card_brand, card_digits, CheckoutRequest, PaymentInput, PaymentKind, PaymentStatus,
};
use storefront_api::ErrorCode;

/// What the last press of Place order ended in (when it did not leave the page).
#[derive(Debug, Clone, PartialEq)]
enum Outcome {
    /// A localised message id (with its arguments already applied) and whether "retry" resends.
    Message {
        text_id: String,
        retry: bool,
    },
    Declined(String),
    /// Prices changed: the cart shows the new totals; press again to accept.
    PriceChanged,
    /// These lines cannot be bought as they are.
    OutOfStock(Vec<String>),
}

/// Card of the review: brand and last four digits.
fn card_summary(co: Checkout) -> Option<(String, String)> {
    co.card.with(|c| {
        let digits = card_digits(&c.number)?;
        let last4 = digits.get(digits.len().checked_sub(4)?..)?.to_string();
        Some((card_brand(&digits).to_string(), last4))
    })
}

#[component]
pub fn ReviewStep() -> impl IntoView {
    let co = expect_context::<Checkout>();
    let cart = expect_context::<Cart>();
    let session = expect_context::<Session>();
    let prefs = expect_context::<crate::state::Prefs>();
    let i18n = use_i18n();
    let placing = RwSignal::new(false);
    let outcome = RwSignal::new(None::<Outcome>);
    let navigate = leptos_router::hooks::use_navigate();
    let after_success = Callback::new(move |id: String| {
        navigate(
            &format!(
                "{}?payment={}",
                storefront_api::checkout::CHECKOUT_COMPLETE_PATH,
                crate::api::urls::encode(&id)
            ),
            Default::default(),
        );
    });
    let is_card = move || co.method().is_some_and(|m| m.kind == PaymentKind::Card);
    let card_missing = move || is_card() && co.card.with(|c| c.number.trim().is_empty());

    let place = move || {
        // A second click while the first is on its way does nothing.
        if placing.get_untracked() {
            return;
        }
        outcome.set(None);
        let (Some(address), Some(method)) = (co.address(), co.method()) else {
            return;
        };
        if !card_ok(co) {
            go(co, Step::Payment);
            return;
        }
        if !cart.ready() {
            outcome.set(Some(Outcome::Message {
                text_id: if cart.error.get_untracked().is_some() {
                    "cart-offline-blocked".into()
                } else {
                    "cart-not-ready".into()
                },
                retry: false,
            }));
            return;
        }
        let Some(total) = cart
            .quote
            .with_untracked(|q| q.as_ref().map(|q| q.summary.grand_total))
        else {
            return;
        };
        let doc = cart.doc.get_untracked();
        let card = (method.kind == PaymentKind::Card).then(|| co.card.with_untracked(card_input));
        let mut req = CheckoutRequest {
            address_id: address.id,
            lines: Some(
                doc.lines
                    .into_iter()
                    .filter(|l| !l.saved_for_later)
                    .collect(),
            ),
            shipping: Some(doc.shipping),
            coupons: Some(doc.coupons),
            payment: PaymentInput {
                method: method.id.clone(),
                card: None,
            },
            expected_total: total,
            // The display currency when the method charges in it (a card), as the charge
            // statement above the button says.
            charge_currency: method.charge_currency_for(prefs.currency.get_untracked()),
            partner: crate::state::cart::partner(),
        };
        // The fingerprint never holds the card number or CVC: last four and expiry suffice.
        let fingerprint = {
            let card_part = card.as_ref().map(|c| {
                let n = &c.number;
                format!(
                    "{}|{}|{}|{}",
                    n.get(n.len().saturating_sub(4)..).unwrap_or(""),
                    c.exp_month,
                    c.exp_year,
                    c.holder
                )
            });
            let body = serde_json::to_string(&req).unwrap_or_default();
            hash_text(&format!("{body}|{}", card_part.unwrap_or_default()))
        };
        req.payment.card = card;
        let key = draft::key_for(&fingerprint);
        let lang = i18n.locale_untracked().code();
        placing.set(true);
        leptos::task::spawn_local(async move {
            let r = crate::api::checkout::place(&req, &key, lang).await;
            placing.set(false);
            match r {
                Ok(p) => match p.status {
                    PaymentStatus::Succeeded => {
                        draft::forget_key();
                        cart.after_order();
                        after_success.run(p.payment_id);
                    }
                    // The key stays: pressing Place again returns this same payment.
                    PaymentStatus::RequiresAction => match p.redirect_url {
                        Some(url) if url.starts_with('/') && !url.starts_with("//") => {
                            crate::browser::assign(&url)
                        }
                        _ => after_success.run(p.payment_id),
                    },
                    PaymentStatus::Declined => {
                        draft::forget_key();
                        co.card.update(|c| c.number.clear());
                        outcome.set(Some(Outcome::Declined(decline_id(p.decline_reason))));
                    }
                    PaymentStatus::Unknown => after_success.run(p.payment_id),
                },
                Err(f) => {
                    let problem = f.problem().cloned();
                    let quote: Option<Quote> = f.member("quote");
                    match f.code() {
                        Some(ErrorCode::PaymentDeclined) => {
                            draft::forget_key();
                            co.card.update(|c| c.number.clear());
                            let reason = problem.as_ref().and_then(|p| p.decline_reason);
                            outcome.set(Some(Outcome::Declined(decline_id(reason))));
                        }
                        Some(ErrorCode::PriceChanged) => {
                            draft::forget_key();
                            if let Some(q) = quote {
                                cart.accept_quote(q);
                            } else {
                                cart.refresh();
                            }
                            outcome.set(Some(Outcome::PriceChanged));
                        }
                        Some(ErrorCode::OutOfStock) | Some(ErrorCode::ShippingUnavailable) => {
                            draft::forget_key();
                            let out = f.code() == Some(ErrorCode::OutOfStock);
                            let names: Vec<String> = quote
                                .as_ref()
                                .map(|q| {
                                    q.sellers
                                        .iter()
                                        .flat_map(|s| s.lines.iter())
                                        .filter(|l| l.problem.is_some())
                                        .map(|l| l.title.clone())
                                        .collect()
                                })
                                .unwrap_or_default();
                            if let Some(q) = quote {
                                cart.accept_quote(q);
                            }
                            if out {
                                outcome.set(Some(Outcome::OutOfStock(names)));
                            } else {
                                outcome.set(Some(Outcome::Message {
                                    text_id: f.message_id(),
                                    retry: false,
                                }));
                            }
                        }
                        Some(ErrorCode::Unauthenticated) => {
                            // Signed in again, the buyer is back here with everything kept.
                            session.clear();
                        }
                        Some(ErrorCode::ValidationFailed) => {
                            draft::forget_key();
                            let fields: Vec<(&'static str, &'static str)> = f
                                .fields()
                                .iter()
                                .filter_map(|e| {
                                    card_field_of(&e.field).map(|id| (id, "card-error-server"))
                                })
                                .collect();
                            if let Some((first, _)) = fields.first().copied() {
                                co.card_errors.set(fields);
                                go(co, Step::Payment);
                                request_animation_frame(move || browser::focus_id(first));
                            } else {
                                outcome.set(Some(Outcome::Message {
                                    text_id: f.message_id(),
                                    retry: false,
                                }));
                            }
                        }
                        Some(ErrorCode::IdempotencyKeyReused)
                        | Some(ErrorCode::CartEmpty)
                        | Some(ErrorCode::AddressNotFound) => {
                            draft::forget_key();
                            outcome.set(Some(Outcome::Message {
                                text_id: f.message_id(),
                                retry: false,
                            }));
                        }
                        // Network failures and server errors: the same key goes again on retry.
                        _ => {
                            let retry = matches!(
                                f,
                                ApiError::Network | ApiError::Aborted | ApiError::Malformed
                            ) || matches!(f, ApiError::Status { status, .. } if status >= 500);
                            outcome.set(Some(Outcome::Message {
                                text_id: f.message_id(),
                                retry,
                            }));
                        }
                    }
                    request_animation_frame(|| browser::focus_id("place-outcome"));
                }
            }
        });
    };

    let summary = move || {
        let tag = i18n.tag();
        let addr = co
            .address()
            .map(|a| (a.recipient_name.clone(), address_text(&a, tag)));
        let method = co
            .method()
            .map(|m| i18n.t_or(&m.name_id, "payment-method-other"));
        (addr, method)
    };
    view! {
        <div class="review">
            {rf(move || {
                let (addr, method) = summary();
                view! {
                    <div class="review-block">
                        <h3>{tr("checkout-step-address")}</h3>
                        {addr.map(|(n, t)| view! { <p><strong>{n}</strong>" · "{t}</p> })}
                        <a href=Step::Address.url()>{tr("checkout-change")}</a>
                    </div>
                    <div class="review-block">
                        <h3>{tr("checkout-step-payment")}</h3>
                        <p>
                            {method}
                            {card_summary(co).map(|(brand, last4)| format!(" · {} •••• {last4}", brand.to_uppercase()))}
                        </p>
                        <a href=Step::Payment.url()>{tr("checkout-change")}</a>
                    </div>
                }
            })}
            <ReviewSellers />
            <ChargeNote />
            <p class="hold-note">{tr("checkout-hold-note")}</p>
            <div id="place-outcome" class="place-outcome" tabindex="-1" role="status">
                {rf(move || outcome.get().map(|o| match o {
                    Outcome::Declined(id) => view! {
                        <div class="notice notice-error" role="alert">
                            <p>{i18n.t_or(&id, "payment-declined-unknown")}</p>
                            <p>{tr("checkout-declined-kept")}</p>
                            <a href=Step::Payment.url()>{tr("checkout-change-payment")}</a>
                        </div>
                    }.into_any(),
                    Outcome::PriceChanged => view! {
                        <div class="notice notice-warning" role="alert">
                            <p>{tr("error-price-changed")}</p>
                            <p>{tr("checkout-confirm-again")}</p>
                        </div>
                    }.into_any(),
                    Outcome::OutOfStock(names) => view! {
                        <div class="notice notice-error" role="alert">
                            <p>{tr("error-out-of-stock")}</p>
                            <ul>{names.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
                            <a href="/cart">{tr("checkout-back-to-cart")}</a>
                        </div>
                    }.into_any(),
                    Outcome::Message { text_id, retry } => view! {
                        <div class="notice notice-error" role="alert">
                            <p>{i18n.t_or(&text_id, "error-generic")}</p>
                            {retry.then(|| view! {
                                <button type="button" class="button retry-place" on:click=move |_| place()>{tr("action-retry")}</button>
                            })}
                        </div>
                    }.into_any(),
                }))}
            </div>
            {rf(move || card_missing().then(|| view! {
                <p class="notice notice-warning">{tr("checkout-card-again")}" "<a href=Step::Payment.url()>{tr("checkout-change-payment")}</a></p>
            }))}
            <crate::pwa::NeedsNetworkNote />
            <div class="checkout-nav">
                <a class="button" href=Step::Payment.url()>{tr("checkout-back")}</a>
                <button id="place-order" type="button" class="button button-primary place-order"
                    disabled=move || placing.get() || card_missing() || co.address().is_none() || !cart.ready()
                    aria-busy=move || placing.get().to_string()
                    on:click=move |_| place()>
                    {rf(move || if placing.get() { i18n.t("checkout-placing") } else { i18n.t("checkout-place") })}
                </button>
            </div>
        </div>
    }
}

#[component]
fn ReviewSellers() -> impl IntoView {
    let cart = expect_context::<Cart>();
    let i18n = use_i18n();
    view! {
        {rf(move || cart.quote.get().map(|q| q.sellers.into_iter().filter(|s| !s.lines.is_empty()).map(|s| {
            let carrier = s.shipping.as_ref().and_then(|id| s.shipping_options.iter().find(|o| &o.id == id)).map(|o| o.carrier.clone()).unwrap_or_default();
            view! {
                <div class="review-block review-seller">
                    <h3>{i18n.tf("checkout-seller", [("seller", s.seller_name.clone().into())])}</h3>
                    <ul class="checkout-items">
                        {s.lines.into_iter().map(|l| view! {
                            <li>
                                <span>{format!("{} × {}", l.title, l.quantity)}</span>
                                <LinePrice unit=l.unit_price quantity=l.quantity />
                            </li>
                        }).collect_view()}
                    </ul>
                    <p class="review-shipping">{i18n.tf("checkout-shipping-by", [("carrier", carrier.into())])}" "<Price usd=s.shipping_cost /></p>
                    // Every coupon on this order is a line of its own: the total is their sum.
                    {(s.seller_discount.amount > 0).then(|| view! {
                        <p class="review-discount review-seller-discount">{i18n.t("checkout-seller-coupon")}" −"<Price usd=s.seller_discount /></p>
                    })}
                    {(s.platform_discount.amount > 0).then(|| view! {
                        <p class="review-discount review-platform-discount">{i18n.t("checkout-platform-share")}" −"<Price usd=s.platform_discount /></p>
                    })}
                    <p class="review-total">{i18n.t("checkout-order-total")}" "<Price usd=s.total /></p>
                    <a href=Step::Shipping.url()>{tr("checkout-change")}</a>
                </div>
            }
        }).collect_view()))}
    }
}
