//! Feedback after completion: three star ratings (radio groups: arrow keys move, Space picks)
//! and a text with a character counter; once sent, the feedback itself.

use crate::components::rf;
use crate::i18n::{intl, tr, use_i18n};
use leptos::prelude::*;
use storefront_api::orders::{validate_feedback, Feedback, FeedbackRequest, FEEDBACK_TEXT_MAX};

const ASPECTS: [(&str, &str); 3] = [
    ("item_as_described", "feedback-item-as-described"),
    ("communication", "feedback-communication"),
    ("shipping_speed", "feedback-shipping-speed"),
];

#[component]
fn Stars(field: &'static str, label: &'static str, value: RwSignal<u8>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <fieldset class="stars" id=format!("feedback-{field}")>
            <legend>{tr(label)}</legend>
            <div class="stars-options">
                {(1..=5u8).map(|n| {
                    let id = format!("feedback-{field}-{n}");
                    view! {
                        <input type="radio" class="star-input" id=id.clone() name=field value=n.to_string()
                            prop:checked=move || value.get() == n
                            on:change=move |_| value.set(n) />
                        <label for=id class=move || { if value.get() >= n { "star on" } else { "star" } }>
                            <span aria-hidden="true">"★"</span>
                            <span class="visually-hidden">{move || i18n.tf("feedback-stars", [("count", n.into())])}</span>
                        </label>
                    }
                }).collect_view()}
            </div>
        </fieldset>
    }
}

/// The form; `on_submit` gets a valid request. `text` stays in its signal across failures.
#[component]
pub fn FeedbackForm(
    #[prop(into)] on_submit: Callback<FeedbackRequest>,
    #[prop(into)] busy: Signal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let stars = [RwSignal::new(0u8), RwSignal::new(0u8), RwSignal::new(0u8)];
    let text = RwSignal::new(String::new());
    // After a send with a rating missing: the warning shows until all three are rated.
    let tried = RwSignal::new(false);
    let missing = move || tried.get() && stars.iter().any(|s| s.get() == 0);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let req = FeedbackRequest {
            item_as_described: stars[0].get_untracked(),
            communication: stars[1].get_untracked(),
            shipping_speed: stars[2].get_untracked(),
            text: text.get_untracked(),
        };
        let problems = validate_feedback(&req);
        if let Some((field, _)) = problems.first() {
            tried.set(true);
            crate::browser::focus_id(&format!("feedback-{field}-1"));
            return;
        }
        on_submit.run(req);
    };
    let count = move || {
        let n = text.with(|t| t.chars().count());
        i18n.tf(
            "feedback-text-count",
            [
                ("count", intl::format_number(n as f64, i18n.tag()).into()),
                (
                    "max",
                    intl::format_number(FEEDBACK_TEXT_MAX as f64, i18n.tag()).into(),
                ),
            ],
        )
    };
    view! {
        <form class="feedback-form" on:submit=submit novalidate>
            {ASPECTS.iter().zip(stars).map(|((field, label), v)| view! {
                <Stars field=field label=label value=v />
            }).collect_view()}
            <label for="feedback-text">{tr("feedback-text-label")}</label>
            <textarea id="feedback-text" rows="4" maxlength=FEEDBACK_TEXT_MAX.to_string()
                aria-describedby="feedback-text-count"
                prop:value=move || text.get()
                on:input=move |ev| text.set(event_target_value(&ev))></textarea>
            <p class="field-hint" id="feedback-text-count" aria-live="polite">{rf(count)}</p>
            <p class="field-hint feedback-public">{tr("feedback-public-note")}</p>
            {rf(move || missing().then(|| view! {
                <p class="form-failure" role="alert">{tr("feedback-stars-required")}</p>
            }))}
            <button type="submit" class="button button-primary action-feedback-submit"
                disabled=move || busy.get()>{tr("feedback-submit")}</button>
        </form>
    }
}

#[component]
pub fn FeedbackView(feedback: Feedback) -> impl IntoView {
    let i18n = use_i18n();
    let values = [
        feedback.item_as_described,
        feedback.communication,
        feedback.shipping_speed,
    ];
    view! {
        <div class="feedback-view">
            <dl class="feedback-ratings">
                {ASPECTS.iter().zip(values).map(|((_, label), n)| view! {
                    <div>
                        <dt>{tr(label)}</dt>
                        <dd>
                            <span aria-hidden="true" class="stars-shown">
                                {"★".repeat(usize::from(n.min(5)))}{"☆".repeat(usize::from(5 - n.min(5)))}
                            </span>
                            <span class="visually-hidden">{move || i18n.tf("feedback-stars", [("count", n.into())])}</span>
                        </dd>
                    </div>
                }).collect_view()}
            </dl>
            {(!feedback.text.is_empty()).then(|| view! {
                <p class="feedback-text" dir="auto">{feedback.text.clone()}</p>
            })}
        </div>
    }
}
