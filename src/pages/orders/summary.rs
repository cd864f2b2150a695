//! The order's money (items, shipping, coupons, the total paid, then refunds each on their own
//! line, every total the sum of the lines above it) and its delivery (when the seller ships,
//! the estimated delivery, the carrier and the tracking number with a copy button).

use crate::browser;
use crate::components::price::Price;
use crate::components::rf;
use crate::i18n::{intl, tr, use_i18n};
use leptos::prelude::*;
use storefront_api::orders::{HoldState, LedgerKind, Order, OrderState};
use storefront_api::Money;

/// The refunds of the order, oldest first (each its own line).
pub fn refunds(order: &Order) -> Vec<Money> {
    order
        .ledger
        .iter()
        .filter(|e| matches!(e.kind, LedgerKind::Refund | LedgerKind::PartialRefund))
        .filter(|e| e.amount.amount > 0)
        .map(|e| e.amount)
        .collect()
}

/// Items + shipping − coupons = paid; paid − refunds = what the order cost in the end.
#[component]
pub fn OrderTotals(order: Order) -> impl IntoView {
    let i18n = use_i18n();
    let count: i64 = order.lines.iter().map(|l| l.quantity).sum();
    let carrier = order.shipping.carrier.clone();
    let refunds = refunds(&order);
    let refunded: i64 = refunds.iter().map(|m| m.amount).sum();
    let net = Money::new(order.total.amount - refunded, order.total.currency);
    // An order never paid (awaiting payment, or its payment declined) has a total, not "paid".
    let paid = !matches!(order.hold.state, HoldState::Pending | HoldState::Voided);
    view! {
        <section class="order-section order-totals" aria-labelledby="order-totals-title">
            <h2 id="order-totals-title">{tr("order-totals-title")}</h2>
            <dl class="summary-rows">
                <div class="order-totals-items">
                    <dt>{rf(move || i18n.tf("cart-summary-items", [("count", count.into())]))}</dt>
                    <dd><Price usd=order.items_total /></dd>
                </div>
                <div class="order-totals-shipping">
                    <dt>{tr("cart-summary-shipping")}" "<span class="order-totals-carrier" dir="auto">{carrier}</span></dt>
                    <dd><Price usd=order.shipping.cost /></dd>
                </div>
                {(order.discount.amount > 0).then(|| view! {
                    <div class="order-totals-discount">
                        <dt>{tr("order-totals-coupons")}</dt>
                        <dd class="discount">"−"<Price usd=order.discount /></dd>
                    </div>
                })}
                <div class="summary-total order-totals-paid">
                    <dt>{tr(if paid { "order-totals-paid" } else { "cart-summary-total" })}</dt>
                    <dd><Price usd=order.total /></dd>
                </div>
                {(!refunds.is_empty()).then(|| view! {
                    {refunds.into_iter().map(|r| view! {
                        <div class="order-totals-refund">
                            <dt>{tr("order-totals-refunded")}</dt>
                            <dd class="discount">"−"<Price usd=r /></dd>
                        </div>
                    }).collect_view()}
                    <div class="summary-total order-totals-net">
                        <dt>{tr("order-totals-net")}</dt>
                        <dd><Price usd=net /></dd>
                    </div>
                })}
            </dl>
        </section>
    }
}

/// When the seller ships and when the parcel should arrive; once shipped, the carrier and the
/// tracking number (with a copy button).
#[component]
pub fn Delivery(order: Order) -> impl IntoView {
    let i18n = use_i18n();
    let before_shipping = matches!(
        order.state,
        OrderState::PendingPayment | OrderState::PaidHeld
    );
    let days = order.ships_within_days;
    let estimate = order.estimated_delivery.clone();
    let tracking = order.tracking.clone();
    if !before_shipping && estimate.is_none() && tracking.is_none() {
        return None;
    }
    let copied = RwSignal::new(None::<bool>);
    Some(view! {
        <section class="order-section order-delivery" aria-labelledby="order-delivery-title">
            <h2 id="order-delivery-title">{tr("order-delivery-title")}</h2>
            {(before_shipping && days > 0).then(|| view! {
                <p class="order-ships-within">{rf(move || i18n.tf("order-ships-within", [("days", days.into())]))}</p>
            })}
            {estimate.map(|e| view! {
                <p class="order-delivery-estimate">
                    {rf(move || i18n.tf("order-delivery-estimate", [("dates", intl::format_date_range(&e.earliest, &e.latest, i18n.tag()).into())]))}
                </p>
            })}
            {tracking.map(|t| {
                let number = t.number.clone();
                let copy = move |_| {
                    let number = number.clone();
                    leptos::task::spawn_local(async move {
                        copied.set(Some(browser::copy_text(&number).await));
                    });
                };
                let carrier = t.carrier.clone();
                view! {
                    <p class="order-carrier">{rf(move || i18n.tf("order-delivery-carrier", [("carrier", carrier.clone().into())]))}</p>
                    <div class="order-tracking">
                        <span class="order-tracking-label">{tr("order-tracking-number")}</span>
                        " "
                        // An LTR island inside RTL text: the number reads left to right.
                        <bdi class="tracking-number" id="tracking-number" dir="ltr" translate="no">{t.number.clone()}</bdi>
                        <button type="button" class="button button-small tracking-copy" on:click=copy
                            aria-describedby="tracking-number">{tr("order-tracking-copy")}</button>
                        <span class="tracking-copied" role="status">
                            {rf(move || copied.get().map(|ok| if ok { i18n.t("order-tracking-copied") } else { i18n.t("order-tracking-copy-failed") }))}
                        </span>
                    </div>
                }
            })}
        </section>
    })
}
