//! `/orders/:id`: one order — state, where the money is (hold card with the countdown), the
//! buttons of `allowed_actions` only, the timeline, lines and address.
//!
//! Every action sends `If-Match` with the ETag of the order on screen. A stale page (412) or an
//! action no longer possible (409 `illegal_transition`) is told in the buyer's language and the
//! order is read again; a network or server failure keeps what the buyer entered and offers a
//! retry. While an action is in flight its buttons are disabled, so a double click sends once.

use super::buy_again::BuyAgain;
use super::dialog::Dialog;
use super::feedback::{FeedbackForm, FeedbackView};
use super::parts::{HoldCard, Lines, ShippingAddress, StateChip, Timeline};
use super::pay_again::PayAgain;
use super::summary::{Delivery, OrderTotals};
use crate::api::orders::{self, Refusal, Transition};
use crate::components::countdown::Countdown;
use crate::components::outcome::{ActionFailure, OutcomeNotice};
use crate::components::price::display_price;
use crate::components::rf;
use crate::components::states::{BlockSkeleton, ErrorState};
use crate::components::title::use_page_title;
use crate::hooks::{
    use_require_sign_in, use_versioned_with_options, Outcome, UseVersionedOptions,
    UseVersionedReturn,
};
use crate::i18n::{intl, tr, use_i18n};
use crate::state::Prefs;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use storefront_api::orders::{
    ExtensionInfo, ExtensionState, Order, OrderAction, EXTENSION_DAYS_MAX,
};

/// Extension lengths offered (days).
const EXTENSION_CHOICES: [i64; 4] = [5, 10, 15, 30];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Open {
    Confirm,
    Cancel,
}

/// The page's state: the order (loaded, re-read, acted on with `If-Match`) and the open dialog.
#[derive(Clone, Copy)]
struct Ctl {
    v: UseVersionedReturn<Order, Transition>,
    open: RwSignal<Option<Open>>,
}

fn notice_id(o: Outcome<'_, Transition>) -> &'static str {
    match o {
        Outcome::Done(Transition::ConfirmReceipt) => "order-done-confirmed",
        Outcome::Done(Transition::Cancel) => "order-done-cancelled",
        Outcome::Done(Transition::RequestExtension(_)) => "order-done-extension",
        Outcome::Done(Transition::Feedback(_)) => "order-done-feedback",
        Outcome::Changed => "order-changed",
        Outcome::NotAllowed => "order-not-allowed",
    }
}

/// Sends `t` for the order shown and sorts a refusal.
async fn send(order: Order, t: Transition) -> Result<Order, Refusal> {
    orders::transition(&order, t).await.map_err(orders::refusal)
}

impl Ctl {
    fn run(self, t: Transition) {
        self.v.run(t, || {});
    }
}

#[component]
pub fn OrderPage() -> impl IntoView {
    use_page_title(tr("order-page-title"));
    let params = use_params_map();
    let id =
        Signal::derive(move || params.with(|p| p.get("id").and_then(|s| s.parse::<i64>().ok())));
    let signed_in = use_require_sign_in(move || {
        id.get_untracked()
            .map_or_else(|| "/orders".to_string(), |i| format!("/orders/{i}"))
    });
    let v = use_versioned_with_options(
        "order",
        id,
        orders::get,
        send,
        notice_id,
        UseVersionedOptions::default()
            .enabled(signed_in)
            .clock_skew(true)
            .focus_title(true),
    );
    let ctl = Ctl {
        v,
        open: RwSignal::new(None),
    };
    // A new outcome (done, refused) closes the dialog it came from.
    Effect::new(move |_| {
        if v.notice.with(Option::is_some) {
            ctl.open.set(None);
        }
    });
    view! {
        <div class="page page-order">
            <a class="back-link" href="/orders">{tr("orders-back")}</a>
            {rf(move || match v.value.get() {
                None => view! { <BlockSkeleton lines=6 /> }.into_any(),
                Some(Err(e)) => view! {
                    <ErrorState error=e on_retry=move |_| v.retry() />
                }
                .into_any(),
                Some(Ok(o)) => view! { <OrderView ctl=ctl order=o /> }.into_any(),
            })}
        </div>
    }
}

#[component]
fn OrderView(ctl: Ctl, order: Order) -> impl IntoView {
    let i18n = use_i18n();
    let number = order.number.clone();
    let placed = order.placed_at.clone();
    let allowed = |a: OrderAction| order.allowed_actions.contains(&a);
    let deadline = order.deadline.clone();
    let extension = order.protection.extension.clone();
    view! {
        <header class="order-header">
            <h1 class="page-title" id="order-title" tabindex="-1">
                {rf(move || i18n.tf("order-title", [("reference", number.clone().into())]))}
            </h1>
            <StateChip state=order.state dispute=order.dispute_open />
            <p class="order-header-meta">
                <span dir="auto">{order.seller_name.clone()}</span>
                " · "
                <time datetime=order.placed_at.clone()>{rf(move || intl::format_date_time(&placed, i18n.tag()))}</time>
            </p>
            <crate::components::contact_seller::ContactSeller about=storefront_api::inbox::StartConversation { product_id: None, order_id: Some(order.id) } />
        </header>
        <Notice ctl=ctl />
        <HoldCard hold=order.hold.clone()>
            {deadline.map(|d| view! { <Countdown deadline=d skew_ms=ctl.v.skew /> })}
            {extension.map(|e| view! { <ExtensionNote info=e /> })}
        </HoldCard>
        <Actions ctl=ctl order=order.clone() />
        {(order.state == storefront_api::orders::OrderState::Completed).then(|| view! { <BuyAgain order_id=order.id /> })}
        {allowed(OrderAction::PayAgain).then(|| view! {
            <PayAgain order=order.clone() on_changed=move |id: &'static str| ctl.v.changed(id) />
        })}
        {order.lines.iter().filter_map(|l| l.disputes.last().copied()).max().map(|d| view! {
            <p class="order-dispute-link">
                <a class="button action-view-dispute" href=format!("/disputes/{d}")>{tr("dispute-view-link")}</a>
            </p>
        })}
        {rf(move || (ctl.open.get().is_none()).then(|| view! { <Failure ctl=ctl /> }))}
        {allowed(OrderAction::LeaveFeedback).then(|| view! {
            <section class="order-section" aria-labelledby="feedback-title">
                <h2 id="feedback-title">{tr("feedback-title")}</h2>
                <FeedbackForm busy=ctl.v.busy on_submit=move |f| ctl.run(Transition::Feedback(f)) />
            </section>
        })}
        {order.feedback.clone().map(|f| view! {
            <section class="order-section" aria-labelledby="feedback-title">
                <h2 id="feedback-title">{tr("feedback-yours")}</h2>
                <FeedbackView feedback=f />
            </section>
        })}
        <Delivery order=order.clone() />
        <Timeline events=order.timeline.clone() />
        <Lines lines=order.lines.clone() />
        <OrderTotals order=order.clone() />
        <ShippingAddress address=order.address.clone() />
        {rf(move || ctl.open.get().map(|which| match which {
            Open::Confirm => view! { <ConfirmDialog ctl=ctl /> }.into_any(),
            Open::Cancel => view! { <CancelDialog ctl=ctl /> }.into_any(),
        }))}
    }
}

/// The outcome of the latest action ("done", "this order changed…"); focused when set.
#[component]
fn Notice(ctl: Ctl) -> impl IntoView {
    view! {
        <OutcomeNotice id="order-notice" notice=ctl.v.notice warn=|id| matches!(
            id,
            "order-changed" | "order-not-allowed" | "order-pay-again-unavailable"
        ) />
    }
}

/// A failed send (network, server): the message and a retry that sends the same again.
#[component]
fn Failure(ctl: Ctl) -> impl IntoView {
    view! {
        <ActionFailure error=Signal::derive(move || ctl.v.failure.get().map(|(e, _)| e))
            busy=ctl.v.busy
            on_retry=move |_| if let Some((_, t)) = ctl.v.failure.get_untracked() { ctl.run(t) } />
    }
}

#[component]
fn ExtensionNote(info: ExtensionInfo) -> impl IntoView {
    let i18n = use_i18n();
    let id = match info.state {
        ExtensionState::Pending => "extension-pending",
        ExtensionState::Granted => "extension-granted",
        ExtensionState::Refused => "extension-refused",
        ExtensionState::Unknown => "extension-unknown",
    };
    let days = info.days;
    view! {
        <p class="extension-note" data-extension=format!("{:?}", info.state).to_lowercase()>
            {rf(move || i18n.tf(id, [("days", days.into())]))}
        </p>
    }
}

#[component]
fn Actions(ctl: Ctl, order: Order) -> impl IntoView {
    let i18n = use_i18n();
    let allowed = |a: OrderAction| order.allowed_actions.contains(&a);
    let busy = move || ctl.v.busy.get();
    let days = RwSignal::new(EXTENSION_CHOICES[1]);
    let dispute_href = format!("/orders/{}/dispute", order.id);
    let any = order.allowed_actions.iter().any(|a| {
        !matches!(
            a,
            OrderAction::LeaveFeedback | OrderAction::PayAgain | OrderAction::Unknown
        )
    });
    any.then(|| view! {
        <section class="order-actions" aria-label=tr("order-actions-label")>
            {allowed(OrderAction::ConfirmReceipt).then(|| view! {
                <button type="button" class="button button-primary action-confirm" id="action-confirm"
                    disabled=busy on:click=move |_| ctl.open.set(Some(Open::Confirm))>
                    {tr("action-confirm-receipt")}
                </button>
            })}
            {allowed(OrderAction::Cancel).then(|| view! {
                <button type="button" class="button action-cancel" id="action-cancel"
                    disabled=busy on:click=move |_| ctl.open.set(Some(Open::Cancel))>
                    {tr("action-cancel-order")}
                </button>
            })}
            {allowed(OrderAction::OpenDispute).then(|| view! {
                <a class="button action-dispute" href=dispute_href.clone()>{tr("action-open-dispute")}</a>
            })}
            {allowed(OrderAction::RequestExtension).then(|| view! {
                <form class="extension-form" on:submit=move |ev: leptos::ev::SubmitEvent| {
                    ev.prevent_default();
                    let d = days.get_untracked().clamp(1, EXTENSION_DAYS_MAX);
                    ctl.run(Transition::RequestExtension(d));
                }>
                    <label for="extension-days">{tr("extension-days-label")}</label>
                    <select id="extension-days" on:change=move |ev| {
                        if let Ok(d) = event_target_value(&ev).parse::<i64>() {
                            days.set(d);
                        }
                    }>
                        {EXTENSION_CHOICES.into_iter().map(|d| view! {
                            <option value=d.to_string() selected=d == days.get_untracked()>
                                {rf(move || i18n.tf("extension-days-option", [("days", d.into())]))}
                            </option>
                        }).collect_view()}
                    </select>
                    <button type="submit" class="button action-extension" disabled=busy>
                        {tr("action-request-extension")}
                    </button>
                </form>
            })}
        </section>
    })
}

#[component]
fn ConfirmDialog(ctl: Ctl) -> impl IntoView {
    let i18n = use_i18n();
    let prefs = expect_context::<Prefs>();
    let amount = move || {
        ctl.v.value.with(|o| match o {
            Some(Ok(o)) => display_price(prefs, i18n.tag(), &o.hold.held),
            _ => String::new(),
        })
    };
    view! {
        <Dialog id="confirm-dialog" title=Signal::derive(move || i18n.t("confirm-dialog-title"))
            cancel_label=Signal::derive(move || i18n.t("confirm-dialog-keep"))
            return_to="action-confirm" busy=ctl.v.busy on_close=move |_| ctl.open.set(None)>
            <p class="dialog-text">{rf(move || i18n.tf("confirm-dialog-text", [("amount", amount().into())]))}</p>
            <p class="dialog-warning">{tr("confirm-dialog-warning")}</p>
            <Failure ctl=ctl />
            <button type="button" class="button button-primary dialog-confirm" id="confirm-dialog-ok"
                disabled=move || ctl.v.busy.get()
                on:click=move |_| ctl.run(Transition::ConfirmReceipt)>
                {tr("confirm-dialog-ok")}
            </button>
        </Dialog>
    }
}

#[component]
fn CancelDialog(ctl: Ctl) -> impl IntoView {
    let i18n = use_i18n();
    let prefs = expect_context::<Prefs>();
    let amount = move || {
        ctl.v.value.with(|o| match o {
            Some(Ok(o)) => display_price(prefs, i18n.tag(), &o.hold.held),
            _ => String::new(),
        })
    };
    view! {
        <Dialog id="cancel-dialog" title=Signal::derive(move || i18n.t("cancel-dialog-title"))
            cancel_label=Signal::derive(move || i18n.t("cancel-dialog-keep"))
            return_to="action-cancel" busy=ctl.v.busy on_close=move |_| ctl.open.set(None)>
            <p class="dialog-text dialog-refund">{rf(move || i18n.tf("cancel-dialog-text", [("amount", amount().into())]))}</p>
            <Failure ctl=ctl />
            <button type="button" class="button button-danger dialog-confirm" id="cancel-dialog-ok"
                disabled=move || ctl.v.busy.get()
                on:click=move |_| ctl.run(Transition::Cancel)>
                {tr("cancel-dialog-ok")}
            </button>
        </Dialog>
    }
}
