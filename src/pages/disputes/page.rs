//! `/disputes/:id`: one dispute — who must act (banner), the deadlines as countdown chips, both
//! sides' proposals with accept / decline (decline = counter-propose or escalate, as
//! `allowed_actions` allow), the decision with its rationale and amount, the return sub-flow,
//! the listing's photos beside the buyer's, the messages, and cancelling the dispute.
//!
//! Every action sends `If-Match` with the dispute's ETag; a stale page (412) or an action no
//! longer possible (409) is told and the dispute read again; a network or server failure keeps
//! what was entered and offers a retry.

use super::draft::{amount_error, parse_amount};
use super::form::outcome_id;
use super::parts::{
    banner_id, event_id, party_id, rationale_id, state_id, Comparison, DeadlineChip,
};
use crate::api::disputes::{self as api, Action, Refusal};
use crate::browser::focus_id;
use crate::components::outcome::{ActionFailure, OutcomeNotice};
use crate::components::rf;
use crate::components::states::{BlockSkeleton, ErrorState};
use crate::components::title::use_page_title;
use crate::hooks::{
    use_require_sign_in, use_versioned_with_options, Outcome, UseVersionedOptions,
    UseVersionedReturn,
};
use crate::i18n::{intl, tr, use_i18n};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use storefront_api::disputes::{
    CounterRequest, Dispute, DisputeAction, DisputeEvent, DisputeEventKind, DisputeOutcome,
    DisputeParty, DisputeProposal, MessageRequest, ReturnShipmentRequest,
    DISPUTE_MESSAGE_MAX_CHARS,
};
use storefront_api::orders::Hold;
use storefront_api::Money;

/// The page's state: the dispute, loaded, re-read and acted on with `If-Match`.
#[derive(Clone, Copy)]
struct Ctl {
    v: UseVersionedReturn<Dispute, Action>,
}

fn notice_id(o: Outcome<'_, Action>) -> &'static str {
    match o {
        Outcome::Done(Action::Accept) => "dispute-done-accepted",
        Outcome::Done(Action::Escalate) => "dispute-done-escalated",
        Outcome::Done(Action::Cancel) => "dispute-done-cancelled",
        Outcome::Done(Action::Counter(_)) => "dispute-done-countered",
        Outcome::Done(Action::Message(_)) => "dispute-done-message",
        Outcome::Done(Action::ShipReturn(_)) => "dispute-done-return",
        Outcome::Changed => "dispute-changed",
        Outcome::NotAllowed => "dispute-not-allowed",
    }
}

/// Sends `a` for the dispute shown and sorts a refusal.
async fn send(d: Dispute, a: Action) -> Result<Dispute, Refusal> {
    api::act(&d, a).await.map_err(api::refusal)
}

impl Ctl {
    fn allowed(self, a: DisputeAction) -> bool {
        self.v.value.with(|d| {
            d.as_ref()
                .and_then(|d| d.as_ref().ok())
                .is_some_and(|d| d.allowed_actions.contains(&a))
        })
    }

    /// Sends `a`; `on_done` runs when it went through.
    fn run(self, a: Action, on_done: impl Fn() + 'static) {
        self.v.run(a, on_done);
    }
}

#[component]
pub fn DisputePage() -> impl IntoView {
    use_page_title(tr("dispute-page-title"));
    let params = use_params_map();
    let id =
        Signal::derive(move || params.with(|p| p.get("id").and_then(|s| s.parse::<i64>().ok())));
    let signed_in = use_require_sign_in(move || {
        id.get_untracked()
            .map_or_else(|| "/orders".to_string(), |i| format!("/disputes/{i}"))
    });
    let v = use_versioned_with_options(
        "dispute",
        id,
        api::get,
        send,
        notice_id,
        UseVersionedOptions::default()
            .enabled(signed_in)
            .clock_skew(true)
            .focus_failure(true),
    );
    let ctl = Ctl { v };
    view! {
        <div class="page page-dispute">
            {rf(move || match v.value.get() {
                None => view! { <BlockSkeleton lines=6 /> }.into_any(),
                Some(Err(e)) => view! {
                    <a class="back-link" href="/orders">{tr("orders-back")}</a>
                    <ErrorState error=e on_retry=move |_| v.retry() />
                }
                .into_any(),
                Some(Ok(d)) => view! { <DisputeView ctl=ctl d=d /> }.into_any(),
            })}
        </div>
    }
}

#[component]
fn DisputeView(ctl: Ctl, d: Dispute) -> impl IntoView {
    let i18n = use_i18n();
    let title = d.line.title.clone();
    let banner = banner_id(d.banner, d.state);
    let state = d.state;
    view! {
        <nav class="dispute-links">
            <a class="back-link" href=format!("/orders/{}", d.order_id)>{tr("dispute-back-to-order")}</a>
            <a class="back-link" href="/disputes">{tr("disputes-all-link")}</a>
        </nav>
        <header class="dispute-header">
            <h1 class="page-title" id="dispute-title" tabindex="-1">
                {rf(move || i18n.tf("dispute-title", [("title", title.clone().into())]))}
            </h1>
            <span class="state-chip" data-dispute-state=state.as_str()>{tr(state_id(state))}</span>
            <p class="dispute-meta">
                {rf({
                    let n = d.order_number.clone();
                    move || i18n.tf("dispute-order-ref", [("reference", n.clone().into())])
                })}
                " · "<span dir="auto">{d.seller_name.clone()}</span>
            </p>
        </header>
        <p class="dispute-banner" data-banner=d.banner.map(|b| format!("{b:?}")).unwrap_or_default()
            role="status">{tr(banner)}</p>
        <Notice ctl=ctl />
        <Failure ctl=ctl />
        {(!d.deadlines.is_empty()).then(|| view! {
            <ul class="dispute-deadlines" aria-label=tr("dispute-deadlines-label")>
                {d.deadlines.iter().cloned().map(|dl| view! { <DeadlineChip deadline=dl skew_ms=ctl.v.skew /> }).collect_view()}
            </ul>
        })}
        {d.resolution.clone().map(|r| {
            let amount = r.amount;
            view! {
                <section class="dispute-section dispute-decision" aria-labelledby="decision-title"
                    data-outcome=r.outcome.as_str()>
                    <h2 id="decision-title">{tr("dispute-decision-title")}</h2>
                    <p class="decision-outcome">{tr(outcome_id(r.outcome))}</p>
                    {amount.map(|m| view! {
                        <p class="decision-amount">{rf(move || i18n.tf("dispute-decision-amount", [("amount", intl::format_money(&m, i18n.tag()).into())]))}</p>
                    })}
                    <p class="decision-by">{rf(move || i18n.tf("dispute-decision-by", [("name", i18n.t(party_id(r.by)).into())]))}</p>
                    <p class="decision-rationale">{tr(rationale_id(&r.rationale))}</p>
                </section>
            }
        })}
        <HoldLine d=d.clone() />
        <Proposals ctl=ctl d=d.clone() />
        <ReturnFlow ctl=ctl d=d.clone() />
        <Comparison listing=d.listing_photos.clone() source=d.listing_photos_source evidence=d.evidence.clone() />
        <Messages ctl=ctl d=d.clone() />
        <section class="dispute-section" aria-labelledby="claim-title">
            <h2 id="claim-title">{tr("dispute-claim-title")}</h2>
            <p>{tr(if d.received { "dispute-received-yes" } else { "dispute-received-no" })}</p>
            <p>{tr_dyn(d.reason.message_id())}</p>
            <p class="dispute-description" dir="auto">{d.description.clone()}</p>
        </section>
        <History d=d.clone() />
        <CancelDispute ctl=ctl />
    }
}

fn tr_dyn(id: String) -> impl Fn() -> String + Send + Sync + 'static {
    let i18n = use_i18n();
    move || i18n.t(&id)
}

/// What the money line says: while money is held, how much and how much may come back;
/// once nothing is held, where it went (refunded to the buyer, paid to the seller) — never
/// "$0.00 held, at most $0.00 can be refunded".
pub fn hold_lines(hold: &Hold, refundable: Money) -> Vec<(&'static str, Money, Option<Money>)> {
    if hold.held.amount > 0 {
        return vec![("dispute-hold-line", hold.held, Some(refundable))];
    }
    let mut out = Vec::new();
    if hold.refunded.amount > 0 {
        out.push(("dispute-hold-refunded", hold.refunded, None));
    }
    if hold.released.amount > 0 {
        out.push(("dispute-hold-released", hold.released, None));
    }
    out
}

#[component]
fn HoldLine(d: Dispute) -> impl IntoView {
    let i18n = use_i18n();
    let state = d.hold.state.as_str();
    hold_lines(&d.hold, d.refundable)
        .into_iter()
        .map(|(id, amount, max)| {
            view! {
                <p class="dispute-hold" data-hold=state data-line=id>
                    {rf(move || {
                        let a = intl::format_money(&amount, i18n.tag());
                        match max {
                            Some(m) => i18n.tf(id, [
                                ("amount", a.into()),
                                ("max", intl::format_money(&m, i18n.tag()).into()),
                            ]),
                            None => i18n.tf(id, [("amount", a.into())]),
                        }
                    })}
                </p>
            }
        })
        .collect_view()
}

#[component]
fn Notice(ctl: Ctl) -> impl IntoView {
    view! {
        <OutcomeNotice id="dispute-notice" notice=ctl.v.notice
            warn=|id| matches!(id, "dispute-changed" | "dispute-not-allowed") />
    }
}

#[component]
fn Failure(ctl: Ctl) -> impl IntoView {
    view! {
        <ActionFailure id="dispute-failure"
            error=Signal::derive(move || ctl.v.failure.get().map(|(e, _)| e))
            busy=ctl.v.busy
            on_retry=move |_| if let Some((_, a)) = ctl.v.failure.get_untracked() { ctl.run(a, || {}) } />
    }
}

fn proposal_text(i18n: crate::i18n::I18n, p: &DisputeProposal) -> String {
    let what = i18n.t(outcome_id(p.outcome));
    match (p.outcome, p.amount) {
        (DisputeOutcome::PartialRefund, Some(m)) => i18n.tf(
            "dispute-proposal-amount",
            [
                ("title", what.into()),
                ("amount", intl::format_money(&m, i18n.tag()).into()),
            ],
        ),
        _ => what,
    }
}

/// The message sent with a proposal (the timeline's `proposed` event of the same side and time).
pub fn proposal_message(timeline: &[DisputeEvent], p: &DisputeProposal) -> Option<String> {
    timeline
        .iter()
        .find(|e| {
            matches!(
                e.kind,
                DisputeEventKind::Proposed | DisputeEventKind::Opened
            ) && e.actor == p.by
                && e.at == p.at
                && e.outcome == Some(p.outcome)
        })
        .and_then(|e| e.text.clone())
        .map(|t| t.trim().to_string())
        .filter(|t| !t.is_empty())
}

#[component]
fn Proposals(ctl: Ctl, d: Dispute) -> impl IntoView {
    let i18n = use_i18n();
    let busy = move || ctl.v.busy.get();
    let declining = RwSignal::new(false);
    let current = d.current_proposal.clone();
    let seller_on_table = current
        .as_ref()
        .is_some_and(|p| p.by == DisputeParty::Seller);
    let can = |a| d.allowed_actions.contains(&a);
    let (accept, counter, escalate) = (
        can(DisputeAction::Accept),
        can(DisputeAction::Counter),
        can(DisputeAction::Escalate),
    );
    let refundable = d.refundable;
    let proposals = d.proposals.clone();
    let timeline = d.timeline.clone();
    // Without a proposal of the seller to decline, the panel holds only what can be done next:
    // none of it, no panel (no lone "What next?" heading).
    let panel_has_content = seller_on_table || counter || escalate;
    (!proposals.is_empty() || counter || escalate).then(move || view! {
        <section class="dispute-section dispute-proposals" aria-labelledby="proposals-title">
            <h2 id="proposals-title">{tr("dispute-proposals-title")}</h2>
            <ol class="proposal-list">
                {proposals.iter().rev().map(|p| {
                    let is_current = current.as_ref() == Some(p);
                    let message = proposal_message(&timeline, p);
                    let p = p.clone();
                    let text = proposal_text(i18n, &p);
                    view! {
                        <li class="proposal" class:proposal-current=is_current data-by=format!("{:?}", p.by).to_lowercase()
                            data-outcome=p.outcome.as_str()>
                            <span class="proposal-by">{tr(party_id(p.by))}</span>
                            <span class="proposal-what">{text}</span>
                            <time class="proposal-at" datetime=p.at.clone()>{rf({
                                let at = p.at.clone();
                                move || intl::format_date_time(&at, i18n.tag())
                            })}</time>
                            {message.map(|m| view! { <p class="proposal-message" dir="auto">{m}</p> })}
                        </li>
                    }
                }).collect_view()}
            </ol>
            {(seller_on_table && (accept || counter || escalate)).then(|| view! {
                <div class="proposal-actions">
                    {accept.then(|| view! {
                        <button type="button" class="button button-primary" id="dispute-accept" disabled=busy
                            on:click=move |_| ctl.run(Action::Accept, || {})>
                            {tr("dispute-accept")}
                        </button>
                    })}
                    <button type="button" class="button" id="dispute-decline" disabled=busy
                        aria-expanded=move || declining.get().to_string() aria-controls="dispute-decline-panel"
                        on:click=move |_| {
                            declining.update(|v| *v = !*v);
                            request_animation_frame(|| focus_id("dispute-decline-title"));
                        }>
                        {tr("dispute-decline")}
                    </button>
                </div>
            })}
            {move || (panel_has_content && (declining.get() || !seller_on_table)).then(|| view! {
                <div class="decline-panel" id="dispute-decline-panel">
                    <h3 id="dispute-decline-title" tabindex="-1">{tr(if seller_on_table { "dispute-decline-title" } else { "dispute-next-title" })}</h3>
                    {escalate.then(|| view! {
                        <div class="escalate-box">
                            <p>{tr("dispute-escalate-text")}</p>
                            <button type="button" class="button button-primary" id="dispute-escalate" disabled=busy
                                on:click=move |_| ctl.run(Action::Escalate, || {})>
                                {tr("dispute-escalate")}
                            </button>
                        </div>
                    })}
                    {(!escalate && seller_on_table).then(|| view! { <p class="field-hint">{tr("dispute-escalate-later")}</p> })}
                    {counter.then(|| view! { <CounterForm ctl=ctl refundable=refundable /> })}
                </div>
            })}
        </section>
    })
}

#[component]
fn CounterForm(ctl: Ctl, refundable: Money) -> impl IntoView {
    let i18n = use_i18n();
    let outcome = RwSignal::new(DisputeOutcome::FullRefund);
    let amount = RwSignal::new(String::new());
    let text = RwSignal::new(String::new());
    let digits = refundable.currency.minor_digits();
    let amount_msg = move || {
        (outcome.get() == DisputeOutcome::PartialRefund)
            .then(|| amount.with(|a| amount_error(a, digits, refundable.amount)))
            .flatten()
            .map(|code| {
                let id = if code == "out_of_range" {
                    "dispute-error-amount-range"
                } else {
                    "dispute-error-amount"
                };
                i18n.tf(
                    id,
                    [("max", intl::format_money(&refundable, i18n.tag()).into())],
                )
            })
    };
    let shown = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        shown.set(true);
        if amount_msg().is_some() {
            focus_id("counter-amount");
            return;
        }
        let o = outcome.get_untracked();
        let body = CounterRequest {
            outcome: o,
            amount: (o == DisputeOutcome::PartialRefund)
                .then(|| parse_amount(&amount.get_untracked(), digits))
                .flatten(),
            message: text.get_untracked().trim().to_string(),
        };
        ctl.run(Action::Counter(body), || {});
    };
    view! {
        <form class="counter-form" on:submit=submit novalidate>
            <fieldset class="dispute-choices">
                <legend>{tr("dispute-counter-label")}</legend>
                {DisputeOutcome::BUYER.map(|o| view! {
                    <label class="dispute-choice">
                        <input type="radio" name="counter-outcome" value=o.as_str()
                            prop:checked=move || outcome.get() == o
                            on:change=move |_| outcome.set(o) />
                        <span>{tr(outcome_id(o))}</span>
                    </label>
                })}
            </fieldset>
            {move || (outcome.get() == DisputeOutcome::PartialRefund).then(|| view! {
                <label for="counter-amount">{rf(move || i18n.tf("dispute-amount-label", [("currency", refundable.currency.code().into())]))}</label>
                <input id="counter-amount" class="dispute-control dispute-amount" type="text" inputmode="decimal" dir="ltr"
                    prop:value=move || amount.get() on:input=move |ev| amount.set(event_target_value(&ev))
                    aria-describedby="counter-amount-error" />
                <p id="counter-amount-error" class="field-error" aria-live="polite">
                    {move || if shown.get() || !amount.with(String::is_empty) { amount_msg() } else { None }}
                </p>
            })}
            <label for="counter-message">{tr("dispute-counter-message")}</label>
            <textarea id="counter-message" class="dispute-control" rows="3" dir="auto"
                maxlength=DISPUTE_MESSAGE_MAX_CHARS.to_string()
                prop:value=move || text.get() on:input=move |ev| text.set(event_target_value(&ev))></textarea>
            <button type="submit" class="button" id="dispute-counter" disabled=move || ctl.v.busy.get()>
                {tr("dispute-counter-send")}
            </button>
        </form>
    }
}

#[component]
fn ReturnFlow(ctl: Ctl, d: Dispute) -> impl IntoView {
    let i18n = use_i18n();
    let ship = d.allowed_actions.contains(&DisputeAction::ShipReturn);
    let seller = d.seller_name.clone();
    d.return_shipment.clone().map(|r| {
        let carrier = RwSignal::new(String::new());
        let tracking = RwSignal::new(String::new());
        let bad = RwSignal::new(false);
        let due = r.due_at.clone();
        let submit = move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let (c, t) = (
                carrier.get_untracked().trim().to_string(),
                tracking.get_untracked().trim().to_string(),
            );
            let ok = (1..=100).contains(&c.chars().count()) && (4..=40).contains(&t.chars().count());
            bad.set(!ok);
            if ok {
                ctl.run(
                    Action::ShipReturn(ReturnShipmentRequest {
                        carrier: c,
                        tracking_number: t,
                    }),
                    || {},
                );
            }
        };
        view! {
            <section class="dispute-section dispute-return" aria-labelledby="return-title">
                <h2 id="return-title">{tr("dispute-return-title")}</h2>
                <p class="return-address">{rf(move || i18n.tf("dispute-return-address", [("seller", seller.clone().into())]))}</p>
                <p class="return-due">{rf(move || i18n.tf("dispute-return-due", [("dates", intl::format_date_time(&due, i18n.tag()).into())]))}</p>
                {r.tracking_number.clone().map(|t| view! {
                    <p class="return-shipped">{tr("dispute-return-shipped")}" "
                        <span dir="ltr" class="tracking-number">{t}</span>
                    </p>
                })}
                {r.received_at.is_some().then(|| view! { <p>{tr("dispute-return-received")}</p> })}
                {ship.then(|| view! {
                    <form class="return-form" on:submit=submit novalidate>
                        <label for="return-carrier">{tr("dispute-return-carrier")}</label>
                        <input id="return-carrier" class="dispute-control" type="text" autocomplete="off"
                            prop:value=move || carrier.get() on:input=move |ev| carrier.set(event_target_value(&ev)) />
                        <label for="return-tracking">{tr("dispute-return-tracking")}</label>
                        <input id="return-tracking" class="dispute-control" type="text" dir="ltr" autocomplete="off"
                            prop:value=move || tracking.get() on:input=move |ev| tracking.set(event_target_value(&ev)) />
                        <p class="field-error" role="alert">{move || bad.get().then(|| i18n.t("dispute-return-invalid"))}</p>
                        <button type="submit" class="button button-primary" id="return-send" disabled=move || ctl.v.busy.get()>
                            {tr("dispute-return-send")}
                        </button>
                    </form>
                })}
            </section>
        }
    })
}

#[component]
fn Messages(ctl: Ctl, d: Dispute) -> impl IntoView {
    let i18n = use_i18n();
    let messages: Vec<_> = d
        .timeline
        .iter()
        .filter(|e| e.kind == DisputeEventKind::Message)
        .cloned()
        .collect();
    let can = d.allowed_actions.contains(&DisputeAction::Message);
    let text = RwSignal::new(String::new());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let t = text.get_untracked().trim().to_string();
        if t.is_empty() || t.chars().count() > DISPUTE_MESSAGE_MAX_CHARS {
            focus_id("message-text");
            return;
        }
        ctl.run(Action::Message(MessageRequest { text: t }), move || {
            text.set(String::new())
        });
    };
    view! {
        <section class="dispute-section dispute-messages" aria-labelledby="messages-title">
            <h2 id="messages-title">{tr("dispute-messages-title")}</h2>
            {messages.is_empty().then(|| view! { <p class="field-hint">{tr("dispute-messages-empty")}</p> })}
            <ol class="message-list">
                {messages.into_iter().map(|m| {
                    let mine = m.actor == DisputeParty::Buyer;
                    let at = m.at.clone();
                    view! {
                        <li class="message" class:message-mine=mine>
                            <p class="message-meta">
                                <span>{tr(party_id(m.actor))}</span>" · "
                                <time datetime=m.at.clone()>{rf(move || intl::format_date_time(&at, i18n.tag()))}</time>
                            </p>
                            <p class="message-text" dir="auto">{m.text.clone().unwrap_or_default()}</p>
                        </li>
                    }
                }).collect_view()}
            </ol>
            {can.then(|| view! {
                <form class="message-form" on:submit=submit novalidate>
                    <label for="message-text">{tr("dispute-message-label")}</label>
                    <textarea id="message-text" class="dispute-control" rows="3" dir="auto"
                        maxlength=DISPUTE_MESSAGE_MAX_CHARS.to_string()
                        prop:value=move || text.get() on:input=move |ev| text.set(event_target_value(&ev))></textarea>
                    <button type="submit" class="button" id="message-send"
                        disabled=move || ctl.v.busy.get() || text.with(|t| t.trim().is_empty())>
                        {tr("dispute-message-send")}
                    </button>
                </form>
            })}
        </section>
    }
}

#[component]
fn History(d: Dispute) -> impl IntoView {
    let i18n = use_i18n();
    let events: Vec<_> = d
        .timeline
        .iter()
        .filter(|e| e.kind != DisputeEventKind::Message)
        .cloned()
        .collect();
    view! {
        <section class="dispute-section" aria-labelledby="history-title">
            <h2 id="history-title">{tr("dispute-history-title")}</h2>
            <ol class="timeline dispute-timeline">
                {events.into_iter().map(|e| {
                    let at = e.at.clone();
                    let amount = e.amount;
                    let outcome = e.outcome;
                    view! {
                        <li class="timeline-item" data-kind=format!("{:?}", e.kind).to_lowercase()>
                            <p class="timeline-what">{tr(event_id(e.kind))}
                                {outcome.map(|o| view! { " · " {tr(outcome_id(o))} })}
                                {amount.map(|m| view! { " · " {rf(move || intl::format_money(&m, i18n.tag()))} })}
                            </p>
                            // Words a side wrote with a proposal or a rejection (a decision's
                            // text is a rationale code, shown under "Decision").
                            {matches!(e.kind, DisputeEventKind::Proposed | DisputeEventKind::Rejected)
                                .then(|| e.text.clone()).flatten().filter(|t| !t.trim().is_empty())
                                .map(|t| view! { <p class="timeline-text" dir="auto">{t}</p> })}
                            <p class="timeline-meta">
                                <span>{tr(party_id(e.actor))}</span>" · "
                                <time datetime=e.at.clone()>{rf(move || intl::format_date_time(&at, i18n.tag()))}</time>
                            </p>
                        </li>
                    }
                }).collect_view()}
            </ol>
        </section>
    }
}

/// Withdraw the dispute, after a second confirming click.
#[component]
fn CancelDispute(ctl: Ctl) -> impl IntoView {
    let asking = RwSignal::new(false);
    move || {
        ctl.allowed(DisputeAction::Cancel).then(|| view! {
            <section class="dispute-section dispute-cancel" aria-labelledby="cancel-title">
                <h2 id="cancel-title">{tr("dispute-cancel-title")}</h2>
                <p class="field-hint">{tr("dispute-cancel-text")}</p>
                {move || if asking.get() {
                    view! {
                        <div class="cancel-confirm" role="group" aria-labelledby="cancel-title">
                            <button type="button" class="button button-danger" id="dispute-cancel-ok"
                                disabled=move || ctl.v.busy.get()
                                on:click=move |_| ctl.run(Action::Cancel, move || asking.set(false))>
                                {tr("dispute-cancel-ok")}
                            </button>
                            <button type="button" class="button" id="dispute-cancel-keep"
                                on:click=move |_| { asking.set(false); focus_id("dispute-cancel"); }>
                                {tr("dispute-cancel-keep")}
                            </button>
                        </div>
                    }.into_any()
                } else {
                    view! {
                        <button type="button" class="button" id="dispute-cancel" disabled=move || ctl.v.busy.get()
                            on:click=move |_| {
                                asking.set(true);
                                request_animation_frame(|| focus_id("dispute-cancel-keep"));
                            }>
                            {tr("dispute-cancel")}
                        </button>
                    }.into_any()
                }}
            </section>
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use storefront_api::disputes::DisputeEvent;
    use storefront_api::orders::HoldState;

    fn hold(held: i64, released: i64, refunded: i64) -> Hold {
        Hold {
            state: HoldState::Held,
            amount: Money::usd(held + released + refunded),
            held: Money::usd(held),
            released: Money::usd(released),
            refunded: Money::usd(refunded),
        }
    }

    /// Issue 19 #9: after a full refund the page said "$0.00 held — at most $0.00 can be refunded".
    #[test]
    fn the_money_line_tells_where_the_money_went() {
        assert_eq!(
            hold_lines(&hold(2409, 0, 0), Money::usd(2409)),
            vec![(
                "dispute-hold-line",
                Money::usd(2409),
                Some(Money::usd(2409))
            )]
        );
        assert_eq!(
            hold_lines(&hold(0, 0, 2409), Money::usd(0)),
            vec![("dispute-hold-refunded", Money::usd(2409), None)]
        );
        assert_eq!(
            hold_lines(&hold(0, 1204, 1205), Money::usd(0)),
            vec![
                ("dispute-hold-refunded", Money::usd(1205), None),
                ("dispute-hold-released", Money::usd(1204), None)
            ]
        );
        assert!(hold_lines(&hold(0, 0, 0), Money::usd(0)).is_empty());
    }

    #[test]
    fn a_counter_proposal_keeps_its_message() {
        let event = |kind, actor, at: &str, text: Option<&str>| DisputeEvent {
            id: 1,
            at: at.into(),
            actor,
            kind,
            outcome: Some(DisputeOutcome::PartialRefund),
            amount: Some(Money::usd(500)),
            text: text.map(str::to_string),
            carrier: None,
            tracking_number: None,
        };
        let p = DisputeProposal {
            by: DisputeParty::Buyer,
            outcome: DisputeOutcome::PartialRefund,
            amount: Some(Money::usd(500)),
            at: "2025-03-02T10:00:00Z".into(),
        };
        let timeline = vec![
            event(
                DisputeEventKind::Proposed,
                DisputeParty::Seller,
                "2025-03-02T10:00:00Z",
                Some("no"),
            ),
            event(
                DisputeEventKind::Message,
                DisputeParty::Buyer,
                "2025-03-02T10:00:00Z",
                Some("hi"),
            ),
            event(
                DisputeEventKind::Proposed,
                DisputeParty::Buyer,
                "2025-03-02T10:00:00Z",
                Some(" Half, please. "),
            ),
        ];
        assert_eq!(
            proposal_message(&timeline, &p).as_deref(),
            Some("Half, please.")
        );
        let blank = vec![event(
            DisputeEventKind::Proposed,
            DisputeParty::Buyer,
            "2025-03-02T10:00:00Z",
            Some("  "),
        )];
        assert_eq!(proposal_message(&blank, &p), None);
    }
}
