//! Pieces of the order pages: the state chip, the hold card, the timeline, the lines and the
//! delivery address.

use crate::components::price::{LinePrice, Price};
use crate::components::rf;
use crate::i18n::{intl, tr, use_i18n};
use leptos::prelude::*;
use storefront_api::account::Address;
use storefront_api::orders::{
    EventActor, EventKind, Hold, HoldState, OrderEvent, OrderLine, OrderState, TrackingStatus,
};

pub fn state_id(state: OrderState) -> &'static str {
    match state {
        OrderState::PendingPayment => "order-state-pending-payment",
        OrderState::PaidHeld => "order-state-paid-held",
        OrderState::Shipped => "order-state-shipped",
        OrderState::Delivered => "order-state-delivered",
        OrderState::Completed => "order-state-completed",
        OrderState::Cancelled => "order-state-cancelled",
        OrderState::Unknown => "order-state-unknown",
    }
}

/// The order's state as a chip; "In dispute" while one is open.
#[component]
pub fn StateChip(state: OrderState, #[prop(optional)] dispute: bool) -> impl IntoView {
    let (id, class) = if dispute {
        ("order-state-in-dispute", "state-chip state-dispute")
    } else {
        (state_id(state), "state-chip")
    };
    view! { <span class=class data-state=state.as_str()>{tr(id)}</span> }
}

fn hold_id(state: HoldState) -> &'static str {
    match state {
        HoldState::Pending => "hold-pending",
        HoldState::Held => "hold-held",
        HoldState::Frozen => "hold-frozen",
        HoldState::Released => "hold-released",
        HoldState::Refunded => "hold-refunded",
        HoldState::PartiallyRefunded => "hold-partially-refunded",
        HoldState::Voided => "hold-voided",
        HoldState::Unknown => "hold-unknown",
    }
}

/// Where the buyer's money is: the headline ("$X held — not paid to the seller yet") and the
/// ledger's sums.
#[component]
pub fn HoldCard(hold: Hold, children: Children) -> impl IntoView {
    let i18n = use_i18n();
    let prefs = expect_context::<crate::state::Prefs>();
    let state = hold.state;
    let headline = {
        let hold = hold.clone();
        move || {
            let tag = i18n.tag();
            let money = |m| crate::components::price::display_price(prefs, tag, m);
            // `amount`: the sum the headline is about; `price`: the part released beside a
            // partial refund.
            let amount = match state {
                HoldState::Held | HoldState::Frozen => &hold.held,
                HoldState::Released => &hold.released,
                HoldState::Refunded | HoldState::PartiallyRefunded => &hold.refunded,
                _ => &hold.amount,
            };
            i18n.tf(
                hold_id(state),
                [
                    ("amount", money(amount).into()),
                    ("price", money(&hold.released).into()),
                ],
            )
        }
    };
    view! {
        <section class="hold-card" data-hold=state.as_str() aria-labelledby="hold-title">
            <h2 id="hold-title" class="visually-hidden">{tr("hold-title")}</h2>
            <p class="hold-headline">{rf(headline)}</p>
            // Nothing was paid yet (or ever): no ledger beside the headline. Otherwise where the
            // money is now; the total the buyer paid is their sum, shown last.
            {(!matches!(state, HoldState::Pending | HoldState::Voided)).then(|| view! {
                <dl class="hold-ledger">
                    <div class="hold-ledger-held"><dt>{tr("hold-still-held")}</dt><dd><Price usd=hold.held /></dd></div>
                    <div class="hold-ledger-released"><dt>{tr("hold-to-seller")}</dt><dd><Price usd=hold.released /></dd></div>
                    <div class="hold-ledger-refunded"><dt>{tr("hold-to-you")}</dt><dd><Price usd=hold.refunded /></dd></div>
                    <div class="hold-ledger-paid"><dt>{tr("hold-paid")}</dt><dd><Price usd=hold.amount /></dd></div>
                </dl>
            })}
            {children()}
        </section>
    }
}

fn event_id(kind: EventKind) -> &'static str {
    match kind {
        EventKind::Placed => "event-placed",
        EventKind::PaidHeld => "event-paid-held",
        EventKind::Shipped => "event-shipped",
        EventKind::Tracking => "event-tracking",
        EventKind::Delivered => "event-delivered",
        EventKind::ReceiptConfirmed => "event-receipt-confirmed",
        EventKind::AutoConfirmed => "event-auto-confirmed",
        EventKind::Released => "event-released",
        EventKind::Cancelled => "event-cancelled",
        EventKind::Refunded => "event-refunded",
        EventKind::ExtensionRequested => "event-extension-requested",
        EventKind::ExtensionGranted => "event-extension-granted",
        EventKind::ExtensionRefused => "event-extension-refused",
        EventKind::FeedbackLeft => "event-feedback-left",
        EventKind::DisputeOpened => "event-dispute-opened",
        EventKind::DisputeClosed => "event-dispute-closed",
        EventKind::Unknown => "event-unknown",
    }
}

fn actor_id(actor: EventActor) -> &'static str {
    match actor {
        EventActor::Buyer => "actor-buyer",
        EventActor::Seller => "actor-seller",
        EventActor::System => "actor-system",
        EventActor::Carrier => "actor-carrier",
        EventActor::Unknown => "actor-unknown",
    }
}

fn tracking_id(status: TrackingStatus) -> &'static str {
    match status {
        TrackingStatus::AcceptedByCarrier => "tracking-accepted-by-carrier",
        TrackingStatus::DepartedSortingCentre => "tracking-departed-sorting-centre",
        TrackingStatus::InTransit => "tracking-in-transit",
        TrackingStatus::ArrivedDestinationCountry => "tracking-arrived-destination-country",
        TrackingStatus::CustomsCleared => "tracking-customs-cleared",
        TrackingStatus::ArrivedLocalFacility => "tracking-arrived-local-facility",
        TrackingStatus::OutForDelivery => "tracking-out-for-delivery",
        TrackingStatus::Unknown => "tracking-unknown",
    }
}

/// Who did what when, newest first (the latest tracking scan on top).
#[component]
pub fn Timeline(events: Vec<OrderEvent>) -> impl IntoView {
    view! {
        <section class="order-section" aria-labelledby="timeline-title">
            <h2 id="timeline-title">{tr("order-timeline-title")}</h2>
            <ol class="timeline">
                {events.into_iter().rev().map(|e| view! { <TimelineEvent event=e /> }).collect_view()}
            </ol>
        </section>
    }
}

#[component]
fn TimelineEvent(event: OrderEvent) -> impl IntoView {
    let i18n = use_i18n();
    let prefs = expect_context::<crate::state::Prefs>();
    let at = event.at.clone();
    let kind = event.kind;
    let e = event.clone();
    let text = move || {
        let tag = i18n.tag();
        let amount = e
            .amount
            .as_ref()
            .map(|m| crate::components::price::display_price(prefs, tag, m))
            .unwrap_or_default();
        let deadline = e
            .deadline
            .as_deref()
            .map(|d| intl::format_date_time(d, tag))
            .unwrap_or_default();
        // A carrier scan reads as its localised status (the English text when unknown).
        if kind == EventKind::Tracking {
            match (e.tracking_status, e.text.as_deref()) {
                (Some(s), _) if s != TrackingStatus::Unknown => return i18n.t(tracking_id(s)),
                (_, Some(t)) if !t.is_empty() => return t.to_string(),
                _ => {}
            }
        }
        i18n.tf(
            event_id(kind),
            [
                ("amount", amount.into()),
                ("days", e.days.unwrap_or(0).into()),
                ("to", deadline.into()),
                ("carrier", e.carrier.clone().unwrap_or_default().into()),
            ],
        )
    };
    let tracking = event.tracking_number.clone();
    let location = event.location.clone();
    view! {
        <li class="timeline-event" data-kind=rf(move || serde_kind(kind))>
            <span class="timeline-dot" aria-hidden="true"></span>
            <div class="timeline-body">
                <p class="timeline-text">{rf(text)}</p>
                // The carrier is named in the event's text already.
                {tracking.map(|n| view! {
                    <p class="timeline-tracking">
                        <span class="timeline-tracking-label">{tr("order-tracking-number")}" "</span>
                        // An LTR island inside RTL text: the number reads left to right.
                        <bdi class="tracking-number" dir="ltr">{n}</bdi>
                    </p>
                })}
                {location.map(|l| view! { <p class="timeline-location" dir="auto">{l}</p> })}
                <p class="timeline-meta">
                    <span>{tr(actor_id(event.actor))}</span>
                    " · "
                    <time datetime=event.at.clone()>{rf(move || intl::format_date_time(&at, i18n.tag()))}</time>
                </p>
            </div>
        </li>
    }
}

/// The event kind as the contract spells it (a test hook and a styling hook).
fn serde_kind(kind: EventKind) -> String {
    serde_json::to_value(kind)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

#[component]
pub fn Lines(lines: Vec<OrderLine>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="order-section" aria-labelledby="lines-title">
            <h2 id="lines-title">{tr("order-lines-title")}</h2>
            <ul class="order-lines">
                {lines.into_iter().map(|l| {
                    let q = l.quantity;
                    view! {
                        <li class="order-line">
                            <img src=l.image.clone() alt="" width="72" height="72" loading="lazy" decoding="async" />
                            <div class="order-line-main">
                                <a href=format!("/p/{}", l.product_id) dir="auto">{l.title.clone()}</a>
                                <span class="order-line-sku" dir="auto">{l.sku_label.clone()}</span>
                                <span>{rf(move || i18n.tf("order-line-quantity", [("count", q.into())]))}</span>
                            </div>
                            <LinePrice unit=l.unit_price quantity=l.quantity />
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
    }
}

#[component]
pub fn ShippingAddress(address: Address) -> impl IntoView {
    let i18n = use_i18n();
    let country = address.country.clone();
    view! {
        <section class="order-section" aria-labelledby="address-title">
            <h2 id="address-title">{tr("order-address-title")}</h2>
            <address class="order-address" dir="auto">
                <span>{address.recipient_name.clone()}</span>
                <span>{address.street.clone()}</span>
                <span>{format!("{} {} {}", address.city, address.region, address.postal_code)}</span>
                <span>{rf(move || intl::country_name(&country, i18n.tag()))}</span>
                <span dir="ltr">{address.phone.clone()}</span>
            </address>
        </section>
    }
}
