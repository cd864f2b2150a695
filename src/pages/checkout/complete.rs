//! `/checkout/complete?payment=ID`: where a payment ends (straight after a card payment, or
//! back from the provider's confirm page): the orders per seller, the totals and what the
//! payment hold means.

use super::draft;
use crate::api::{checkout as api, ApiError};
use crate::components::price::Price;
use crate::components::rf;
use crate::components::states::{BlockSkeleton, ErrorState};
use crate::components::title::use_page_title;
use crate::i18n::{intl, tr, use_i18n};
use crate::state::cart::Cart;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use storefront_api::checkout::{Payment, PaymentStatus};

#[component]
pub fn CheckoutCompletePage() -> impl IntoView {
    use_page_title(tr("complete-title"));
    let query = use_query_map();
    let cart = expect_context::<Cart>();
    let i18n = use_i18n();
    let id = move || query.with(|q| q.get("payment")).unwrap_or_default();
    let stored = draft::use_checkout_draft();
    // Read again when the payment in the URL changes, and on a retry (the skeleton meanwhile).
    let payment = LocalResource::new(move || {
        let id = id();
        async move {
            let r = if id.is_empty() {
                Err(ApiError::status(404, None))
            } else {
                api::payment(&id).await
            };
            if let Ok(p) = &r {
                if p.status != PaymentStatus::RequiresAction {
                    draft::forget_key();
                }
                if p.status == PaymentStatus::Succeeded {
                    stored.clear();
                    crate::state::cart::clear_buy_now();
                    cart.after_order();
                }
            }
            request_animation_frame(|| crate::browser::focus_id("complete-title"));
            r
        }
    });
    view! {
        <div class="page page-complete">
            <Suspense fallback=|| view! { <BlockSkeleton lines=4 /> }>
                {rf(move || Suspend::new(async move {
                    match payment.await {
                        Err(e) => view! {
                            <h1 class="page-title" id="complete-title" tabindex="-1">{tr("complete-title")}</h1>
                            <ErrorState error=e on_retry=move |_| payment.refetch() />
                        }.into_any(),
                        Ok(p) => match p.status {
                            PaymentStatus::Succeeded => view! { <Confirmation payment=p /> }.into_any(),
                            PaymentStatus::RequiresAction => {
                                let href = p.redirect_url.clone().filter(|u| u.starts_with('/') && !u.starts_with("//")).unwrap_or_else(|| "/checkout?step=review".into());
                                view! {
                                    <h1 class="page-title" id="complete-title" tabindex="-1">{tr("complete-waiting-title")}</h1>
                                    <p>{tr("complete-waiting")}</p>
                                    <a class="button button-primary" href=href rel="external">{tr("complete-continue-payment")}</a>
                                }.into_any()
                            }
                            _ => {
                                let reason = p.decline_reason.map(|r| serde_json::to_value(r).ok().and_then(|v| v.as_str().map(|s| s.replace('_', "-"))).unwrap_or_default()).unwrap_or_else(|| "unknown".into());
                                let msg = i18n.t_or(&format!("payment-declined-{reason}"), "payment-declined-unknown");
                                // Orders a wallet or 3-D Secure decline cancelled can be paid again
                                // from their page (`pay_again`).
                                let orders = p.orders.clone();
                                view! {
                                    <h1 class="page-title" id="complete-title" tabindex="-1">{tr("complete-declined-title")}</h1>
                                    <p class="notice notice-error" role="alert">{msg}</p>
                                    <p>{tr("checkout-declined-kept")}</p>
                                    <ul class="complete-pay-again">
                                        {orders.into_iter().map(|o| {
                                            let number = o.number.clone();
                                            view! {
                                                <li><a class="button" href=format!("/orders/{}", o.id)>
                                                    {rf(move || i18n.tf("complete-pay-again", [("number", number.clone().into())]))}
                                                </a></li>
                                            }
                                        }).collect_view()}
                                    </ul>
                                    <a class="button button-primary" href="/checkout?step=payment">{tr("checkout-change-payment")}</a>
                                }.into_any()
                            }
                        },
                    }
                }))}
            </Suspense>
        </div>
    }
}

#[component]
fn Confirmation(payment: Payment) -> impl IntoView {
    let i18n = use_i18n();
    let count = payment.orders.len() as i64;
    let charge = intl::format_money(&payment.charge, i18n.tag());
    view! {
        <div class="confirmation">
            <h1 class="page-title" id="complete-title" tabindex="-1">{tr("complete-title")}</h1>
            <p class="confirmation-lead">{i18n.tf("complete-orders", [("count", count.into())])}</p>
            <ul class="confirmation-orders">
                {payment.orders.into_iter().map(|o| view! {
                    <li class="confirmation-order">
                        <a class="order-number" href=format!("/orders/{}", o.id)>{o.number.clone()}</a>
                        <span class="order-seller">{o.seller_name.clone()}</span>
                        <span class="order-items">{i18n.tf("cart-items-short", [("count", o.item_count.into())])}</span>
                        <Price usd=o.total />
                    </li>
                }).collect_view()}
            </ul>
            <dl class="summary-rows">
                <div class="summary-total"><dt>{tr("cart-summary-total")}</dt><dd><Price usd=payment.total /></dd></div>
                <div><dt>{tr("complete-charged")}</dt><dd>{charge}</dd></div>
            </dl>
            <div class="hold-explained">
                <h2>{tr("complete-hold-title")}</h2>
                <p>{tr("complete-hold-text")}</p>
            </div>
            <div class="checkout-nav">
                <a class="button button-primary" href="/orders">{tr("complete-see-orders")}</a>
                <a class="button" href="/">{tr("action-start-shopping")}</a>
            </div>
        </div>
    }
}
