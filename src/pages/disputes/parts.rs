//! Pieces of the dispute page: labels, the countdown chip of a dispute deadline (the order
//! countdown's rules: exact time in the buyer's zone, never below zero, once a minute), and the
//! comparison of the listing's photos with the buyer's evidence with a keyboard-operable zoom.

use crate::browser::focus_id;
use crate::components::countdown::{left_here, parse_rfc3339_ms, Left};
use crate::components::rf;
use crate::i18n::{intl, tr, use_i18n};
use leptos::prelude::*;
use storefront_api::disputes::{
    DisputeBanner, DisputeDeadline, DisputeDeadlineEffect, DisputeDeadlineKind, DisputeEventKind,
    DisputeParty, DisputeState, EvidencePhoto, ListingPhotosSource,
};

pub fn state_id(s: DisputeState) -> &'static str {
    match s {
        DisputeState::AwaitingSeller => "dispute-state-awaiting-seller",
        DisputeState::Negotiating => "dispute-state-negotiating",
        DisputeState::Escalated => "dispute-state-escalated",
        DisputeState::Resolved => "dispute-state-resolved",
        DisputeState::Cancelled => "dispute-state-cancelled",
        DisputeState::Unknown => "dispute-state-unknown",
    }
}

pub fn banner_id(b: Option<DisputeBanner>, s: DisputeState) -> &'static str {
    match (b, s) {
        (Some(DisputeBanner::YourActionNeeded), _) => "dispute-banner-your-action",
        (Some(DisputeBanner::WaitingForSeller), _) => "dispute-banner-waiting-seller",
        (Some(DisputeBanner::UnderReview), _) => "dispute-banner-under-review",
        (_, DisputeState::Cancelled) => "dispute-banner-cancelled",
        _ => "dispute-banner-resolved",
    }
}

pub fn party_id(p: DisputeParty) -> &'static str {
    match p {
        DisputeParty::Buyer => "dispute-party-buyer",
        DisputeParty::Seller => "dispute-party-seller",
        DisputeParty::Platform => "dispute-party-platform",
        DisputeParty::System => "dispute-party-system",
        DisputeParty::Unknown => "dispute-party-unknown",
    }
}

pub fn event_id(k: DisputeEventKind) -> &'static str {
    match k {
        DisputeEventKind::Opened => "dispute-event-opened",
        DisputeEventKind::Proposed => "dispute-event-proposed",
        DisputeEventKind::Accepted => "dispute-event-accepted",
        DisputeEventKind::Rejected => "dispute-event-rejected",
        DisputeEventKind::AutoAccepted => "dispute-event-auto-accepted",
        DisputeEventKind::Escalated => "dispute-event-escalated",
        DisputeEventKind::Decided => "dispute-event-decided",
        DisputeEventKind::Message => "dispute-event-message",
        DisputeEventKind::ReturnShipped => "dispute-event-return-shipped",
        DisputeEventKind::ReturnReceived => "dispute-event-return-received",
        DisputeEventKind::ReturnExpired => "dispute-event-return-expired",
        DisputeEventKind::Resent => "dispute-event-resent",
        DisputeEventKind::Redelivered => "dispute-event-redelivered",
        DisputeEventKind::Refunded => "dispute-event-refunded",
        DisputeEventKind::Released => "dispute-event-released",
        DisputeEventKind::Cancelled => "dispute-event-cancelled",
        DisputeEventKind::Unknown => "dispute-event-unknown",
    }
}

/// Fluent id of a resolution's rationale code (unknown codes get a generic line).
pub fn rationale_id(code: &str) -> &'static str {
    match code {
        "seller_silent" => "dispute-rationale-seller-silent",
        "accepted" => "dispute-rationale-accepted",
        "evidence_supports_claim" => "dispute-rationale-evidence-supports",
        "partial_evidence" => "dispute-rationale-partial-evidence",
        "return_not_shipped" => "dispute-rationale-return-not-shipped",
        _ => "dispute-rationale-other",
    }
}

pub fn deadline_kind_id(k: DisputeDeadlineKind) -> &'static str {
    match k {
        DisputeDeadlineKind::SellerReply => "dispute-deadline-seller-reply",
        DisputeDeadlineKind::EscalationAvailable => "dispute-deadline-escalation",
        DisputeDeadlineKind::ReturnShipment => "dispute-deadline-return-shipment",
        DisputeDeadlineKind::ReturnReceipt => "dispute-deadline-return-receipt",
        DisputeDeadlineKind::Redelivery => "dispute-deadline-redelivery",
        DisputeDeadlineKind::Decision => "dispute-deadline-decision",
        DisputeDeadlineKind::Unknown => "countdown-deadline-at",
    }
}

fn deadline_effect_id(e: DisputeDeadlineEffect) -> &'static str {
    match e {
        DisputeDeadlineEffect::AcceptBuyerProposal => "dispute-effect-accept-buyer",
        DisputeDeadlineEffect::EscalationAllowed => "dispute-effect-escalation",
        DisputeDeadlineEffect::CloseInSellersFavour => "dispute-effect-close-seller",
        DisputeDeadlineEffect::RefundBuyer => "dispute-effect-refund-buyer",
        DisputeDeadlineEffect::ResumeOrder => "dispute-effect-resume-order",
        DisputeDeadlineEffect::PlatformDecides => "dispute-effect-platform-decides",
        DisputeDeadlineEffect::Unknown => "countdown-effect-unknown",
    }
}

/// A countdown chip for one dispute deadline (same look as the order's, `style/orders.css`
/// classes `countdown*`, restated in `style/lazy/disputes.css`).
#[component]
pub fn DeadlineChip(
    deadline: DisputeDeadline,
    #[prop(into)] skew_ms: Signal<i64>,
) -> impl IntoView {
    let i18n = use_i18n();
    let now = RwSignal::new(crate::api::orders::now_ms());
    if let Ok(handle) = set_interval_with_handle(
        move || now.set(crate::api::orders::now_ms()),
        std::time::Duration::from_secs(60),
    ) {
        on_cleanup(move || handle.clear());
    }
    let at_ms = parse_rfc3339_ms(&deadline.at);
    let state = Memo::new(move |_| match at_ms {
        Some(at) => left_here(at, now.get() + skew_ms.get()),
        None => Left::Passed,
    });
    let at_text = deadline.at.clone();
    let kind = deadline.kind;
    let exact = move || {
        let date = intl::format_date_time(&at_text, i18n.tag());
        i18n.tf(deadline_kind_id(kind), [("dates", date.into())])
    };
    let effect = deadline.effect;
    let left_text = move || match state.get() {
        Left::Passed => i18n.t("dispute-deadline-passed"),
        Left::Days(n) => i18n.tf("countdown-days-left", [("days", n.into())]),
        Left::Hours(n) => i18n.tf("countdown-hours-left", [("count", n.into())]),
        Left::Minutes(n) => i18n.tf("countdown-minutes-left", [("count", n.into())]),
    };
    let class = move || match state.get() {
        Left::Passed => "countdown countdown-passed",
        Left::Days(_) => "countdown",
        Left::Hours(_) | Left::Minutes(_) => "countdown countdown-urgent",
    };
    view! {
        <li class=class role="timer" aria-atomic="true" data-kind=format!("{kind:?}")>
            <p class="countdown-left">{rf(left_text)}</p>
            <p class="countdown-at"><time datetime=deadline.at.clone()>{rf(exact)}</time></p>
            <p class="countdown-effect">{tr(deadline_effect_id(effect))}</p>
        </li>
    }
}

/// One photo that can be zoomed.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Shot {
    url: String,
    /// Fluent id of the side ("listing" / "yours").
    side: &'static str,
    index: usize,
}

/// The listing's photos beside the buyer's evidence; a photo opens in a zoom dialog (Escape,
/// the close button or the backdrop close it, the arrow keys move between photos, focus goes
/// back to the photo).
#[component]
pub fn Comparison(
    listing: Vec<String>,
    source: ListingPhotosSource,
    evidence: Vec<EvidencePhoto>,
) -> impl IntoView {
    let i18n = use_i18n();
    let mut shots: Vec<Shot> = listing
        .iter()
        .enumerate()
        .map(|(index, url)| Shot {
            url: url.clone(),
            side: "dispute-compare-listing",
            index,
        })
        .collect();
    let listing_count = shots.len();
    shots.extend(evidence.iter().enumerate().map(|(index, e)| Shot {
        url: e.url.clone(),
        side: "dispute-compare-yours",
        index,
    }));
    let shots = StoredValue::new(shots);
    let open = RwSignal::new(None::<usize>);
    let thumb = move |n: usize| {
        let shot = shots.with_value(|s| s[n].clone());
        let label = move || {
            i18n.tf(
                "dispute-photo-zoom",
                [
                    ("title", i18n.t(shot.side).into()),
                    ("index", (shot.index + 1).into()),
                ],
            )
        };
        view! {
            <li>
                <button type="button" class="compare-thumb" id=format!("compare-thumb-{n}")
                    aria-label=label on:click=move |_| open.set(Some(n))>
                    <img src=shot.url.clone() alt="" loading="lazy" />
                </button>
            </li>
        }
    };
    let total = shots.with_value(Vec::len);
    let close = move || {
        if let Some(n) = open.get_untracked() {
            open.set(None);
            request_animation_frame(move || focus_id(&format!("compare-thumb-{n}")));
        }
    };
    let step = move |d: isize| {
        if let Some(n) = open.get_untracked() {
            let next = (n as isize + d).rem_euclid(total.max(1) as isize) as usize;
            open.set(Some(next));
        }
    };
    let rtl = move || i18n.locale_untracked().code() == "ar";
    let on_key = move |ev: leptos::ev::KeyboardEvent| match ev.key().as_str() {
        "Escape" => {
            ev.prevent_default();
            close();
        }
        "ArrowRight" | "ArrowDown" => {
            ev.prevent_default();
            step(if rtl() { -1 } else { 1 });
        }
        "ArrowLeft" | "ArrowUp" => {
            ev.prevent_default();
            step(if rtl() { 1 } else { -1 });
        }
        "Tab" => {
            // The only control inside is the close button: keep the focus on it.
            ev.prevent_default();
            focus_id("lightbox-close");
        }
        _ => {}
    };
    let source_note = match source {
        ListingPhotosSource::Current => "dispute-compare-current-note",
        _ => "dispute-compare-snapshot-note",
    };
    view! {
        <section class="dispute-section compare" aria-labelledby="compare-title">
            <h2 id="compare-title">{tr("dispute-compare-title")}</h2>
            <div class="compare-sides">
                <div class="compare-side compare-listing">
                    <h3>{tr("dispute-compare-listing")}</h3>
                    <p class="field-hint">{tr(source_note)}</p>
                    <ul class="compare-grid">{(0..listing_count).map(thumb).collect_view()}</ul>
                </div>
                <div class="compare-side compare-evidence">
                    <h3>{tr("dispute-compare-yours")}</h3>
                    {(total == listing_count).then(|| view! { <p class="field-hint">{tr("dispute-compare-no-photos")}</p> })}
                    <ul class="compare-grid">{(listing_count..total).map(thumb).collect_view()}</ul>
                </div>
            </div>
            {rf(move || open.get().map(|n| {
                let shot = shots.with_value(|s| s[n].clone());
                request_animation_frame(|| focus_id("lightbox-close"));
                let caption = i18n.tf("dispute-photo-zoom", [
                    ("title", i18n.t(shot.side).into()),
                    ("index", (shot.index + 1).into()),
                ]);
                view! {
                    <div class="dialog-backdrop" on:click=move |_| close()></div>
                    <div class="lightbox" id="lightbox" role="dialog" aria-modal="true"
                        aria-labelledby="lightbox-caption" on:keydown=on_key>
                        <img class="lightbox-image" src=shot.url.clone() alt=caption.clone() />
                        <p id="lightbox-caption" class="lightbox-caption">{caption}</p>
                        <p class="field-hint">{tr("dispute-zoom-keys")}</p>
                        <button type="button" class="button" id="lightbox-close" on:click=move |_| close()>
                            {tr("dispute-zoom-close")}
                        </button>
                    </div>
                }
            }))}
        </section>
    }
}
