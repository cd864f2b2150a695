//! `/orders/:id/dispute`: the open-dispute form. Received or not → the reasons for that
//! answer; the wanted outcome; the partial refund's amount (in the charge currency, checked as
//! it is typed); the description with its counter; evidence photos (refused in the browser when
//! not JPEG/PNG/WebP or over 10 MB, previewed, large ones downscaled, a progress bar each).
//!
//! All photos travel in the one multipart request the server takes (`XMLHttpRequest`, whose
//! upload progress is split into the files' byte ranges); a failed upload keeps every photo in
//! memory and is retried with the same `Idempotency-Key`. The text is kept in `localStorage`
//! as it is typed, so a reload loses nothing; `If-Match` carries the order's ETag.

use super::draft::{self, check, parse_amount, Draft};
use crate::api::disputes as api;
use crate::api::orders;
use crate::api::{ApiError, ViewTasks};
use crate::browser::focus_id;
use crate::components::rf;
use crate::components::states::{BlockSkeleton, ErrorState};
use crate::components::title::use_page_title;
use crate::features::photos::{self, Photo, PhotoState};
use crate::hooks::{use_local_draft, use_read_with_options, use_require_sign_in, UseReadOptions};
use crate::i18n::{intl, tr, use_i18n, I18n};
use crate::state::idempotency::{fingerprint, key_for};
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_params_map};
use storefront_api::disputes::{
    DisputeOutcome, DisputeReason, DISPUTE_DESCRIPTION_MAX_CHARS, DISPUTE_DESCRIPTION_MIN_CHARS,
    DISPUTE_ERR_TOO_MANY_FILES, DISPUTE_MAX_PHOTOS, DISPUTE_MAX_PHOTO_BYTES, DISPUTE_PHOTO_TYPES,
    FIELD_AMOUNT, FIELD_DESCRIPTION, FIELD_LINE_ID, FIELD_OUTCOME, FIELD_PHOTOS, FIELD_REASON,
    FIELD_RECEIVED,
};
use storefront_api::orders::{Order, OrderAction};
use storefront_api::{ErrorCode, FieldError, Money};

/// The order as read (see [`use_read`](crate::hooks::use_read)).
type OrderSlot = Signal<Option<Result<Order, ApiError>>>;

/// What one upload of the form sends: the body, its idempotency key, the order's ETag, and
/// the photos' ids and sizes (for their progress).
#[derive(Clone)]
struct Upload {
    form: crate::api::Form,
    key: String,
    etag: String,
    ids: Vec<u32>,
    sizes: Vec<f64>,
}

#[component]
pub fn DisputeFormPage() -> impl IntoView {
    use_page_title(tr("dispute-form-title"));
    let params = use_params_map();
    let id =
        Signal::derive(move || params.with(|p| p.get("id").and_then(|s| s.parse::<i64>().ok())));
    let signed_in = use_require_sign_in(move || {
        id.get_untracked()
            .map_or_else(|| "/orders".to_string(), |i| format!("/orders/{i}/dispute"))
    });
    let read = use_read_with_options(
        id,
        orders::get,
        UseReadOptions::default().enabled(signed_in),
    );
    let order = read.value;
    // Which view: a re-read of the same order keeps the form (and its photos) as it is.
    let kind = Memo::new(move |_| {
        order.with(|o| match o {
            None => 0,
            Some(Err(_)) => 1,
            Some(Ok(o)) if o.allowed_actions.contains(&OrderAction::OpenDispute) => 2,
            Some(Ok(_)) => 3,
        })
    });
    let back = move || {
        id.get()
            .map_or_else(|| "/orders".to_string(), |i| format!("/orders/{i}"))
    };
    view! {
        <div class="page page-dispute-form">
            <a class="back-link" href=back>{tr("dispute-back-to-order")}</a>
            <h1 class="page-title" id="dispute-form-title" tabindex="-1">{tr("dispute-form-title")}</h1>
            {rf(move || match kind.get() {
                0 => view! { <BlockSkeleton lines=6 /> }.into_any(),
                1 => {
                    let e = order.with_untracked(|o| match o {
                        Some(Err(e)) => e.clone(),
                        _ => ApiError::Network,
                    });
                    view! { <ErrorState error=e on_retry=move |_| read.refetch() /> }.into_any()
                }
                2 => view! { <OpenForm order=order reload=Callback::new(move |_| read.refetch()) /> }.into_any(),
                _ => view! { <NotOpenable order=order /> }.into_any(),
            })}
        </div>
    }
}

/// The order allows no new dispute: say so, and link to the dispute of a line when one exists.
#[component]
fn NotOpenable(order: OrderSlot) -> impl IntoView {
    let latest = order.with_untracked(|o| match o {
        Some(Ok(o)) => o
            .lines
            .iter()
            .filter_map(|l| l.disputes.last().copied())
            .max(),
        _ => None,
    });
    view! {
        <div class="dispute-closed-note" role="status">
            <p>{tr("dispute-form-not-possible")}</p>
            {latest.map(|d| view! {
                <a class="button" href=format!("/disputes/{d}")>{tr("dispute-view-link")}</a>
            })}
        </div>
    }
}

/// The sum a dispute on `line_no` may refund (the server's rule: what the order still holds,
/// at most the line's total when the order has several lines).
fn refundable(order: &Order, line_no: i64) -> Money {
    let held = order.hold.held;
    let amount = if order.lines.len() <= 1 {
        held.amount
    } else {
        order
            .lines
            .iter()
            .find(|l| l.line_no == line_no)
            .map_or(0, |l| {
                (l.line_total.amount - l.discount.amount).min(held.amount)
            })
    };
    Money::new(amount, held.currency)
}

#[derive(Clone, Copy)]
struct Fields {
    line: RwSignal<String>,
    received: RwSignal<String>,
    reason: RwSignal<String>,
    outcome: RwSignal<String>,
    amount: RwSignal<String>,
    description: RwSignal<String>,
    key: StoredValue<(String, String)>,
}

impl Fields {
    fn draft(self) -> Draft {
        let (key, sent) = self.key.get_value();
        Draft {
            line: self.line.get_untracked(),
            received: self.received.get_untracked(),
            reason: self.reason.get_untracked(),
            outcome: self.outcome.get_untracked(),
            amount: self.amount.get_untracked(),
            description: self.description.get_untracked(),
            key,
            sent,
        }
    }
}

#[component]
fn OpenForm(order: OrderSlot, reload: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let tasks = ViewTasks::new();
    let navigate = use_navigate();
    let current = move || {
        order.with_untracked(|o| match o {
            Some(Ok(o)) => Some(o.clone()),
            _ => None,
        })
    };
    let Some(first) = current() else {
        return ().into_any();
    };
    let order_id = first.id;
    let stored = use_local_draft::<Draft>(draft::draft_key(order_id));
    let saved = stored.load();
    let default_line = if first.lines.len() == 1 {
        first.lines[0].line_no.to_string()
    } else {
        String::new()
    };
    let f = Fields {
        line: RwSignal::new(if saved.line.is_empty() {
            default_line
        } else {
            saved.line.clone()
        }),
        received: RwSignal::new(saved.received.clone()),
        reason: RwSignal::new(saved.reason.clone()),
        outcome: RwSignal::new(saved.outcome.clone()),
        amount: RwSignal::new(saved.amount.clone()),
        description: RwSignal::new(saved.description.clone()),
        key: StoredValue::new((saved.key.clone(), saved.sent.clone())),
    };
    let photos = RwSignal::new_local(Vec::<Photo>::new());
    let next_photo = StoredValue::new(0_u32);
    let refused = RwSignal::new(Vec::<(String, &'static str)>::new());
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let failure = RwSignal::new(None::<ApiError>);
    let notice = RwSignal::new(None::<&'static str>);

    let save = move || stored.save(&f.draft());
    // The text is saved as it is typed.
    Effect::new(move |first: Option<()>| {
        f.line.track();
        f.received.track();
        f.reason.track();
        f.outcome.track();
        f.amount.track();
        f.description.track();
        if first.is_some() {
            save();
        }
    });

    let refundable_now = Memo::new(move |_| {
        let line = f.line.with(|l| l.parse::<i64>().unwrap_or(0));
        order.with(|o| match o {
            Some(Ok(o)) => refundable(o, line),
            _ => Money::usd(0),
        })
    });

    let clear_photo_errors =
        move || errors.update(|e| e.retain(|x| !x.field.starts_with(FIELD_PHOTOS)));

    let on_files = move |ev: leptos::ev::Event| {
        let input = event_target::<web_sys::HtmlInputElement>(&ev);
        let mut refusals = Vec::new();
        if let Some(list) = input.files() {
            for i in 0..list.length() {
                let Some(file) = list.get(i) else { continue };
                let count = photos.with_untracked(Vec::len);
                if count >= DISPUTE_MAX_PHOTOS {
                    refusals.push((file.name(), DISPUTE_ERR_TOO_MANY_FILES));
                    continue;
                }
                if let Some(code) = photos::refusal(file.size(), &file.type_()) {
                    refusals.push((file.name(), code));
                    continue;
                }
                let id = next_photo.get_value();
                next_photo.set_value(id.wrapping_add(1));
                photos.update(|v| v.push(Photo::new(id, &file)));
                tasks.spawn(async move {
                    let result = photos::prepare(&file).await;
                    match result {
                        Ok(done) => photos.update(|v| {
                            if let Some(p) = v.iter_mut().find(|p| p.id == id) {
                                p.blob = Some(done.blob);
                                p.scaled = done.scaled;
                                p.preview = done.thumb;
                                p.state = PhotoState::Ready;
                            }
                        }),
                        Err(code) => {
                            photos.update(|v| v.retain(|p| p.id != id));
                            refused.update(|r| r.push((file.name(), code)));
                        }
                    }
                });
            }
        }
        refused.set(refusals);
        // The same file may be chosen again after removing it.
        input.set_value("");
        clear_photo_errors();
    };

    // The upload: one multipart request, its progress split into the photos' byte ranges.
    let upload = Action::new_local(move |u: &Upload| {
        let Upload {
            form,
            key,
            etag,
            ids,
            sizes,
        } = u.clone();
        let on_progress = move |loaded: f64, total: f64| {
            let pct = photos::shares(&sizes, loaded, total);
            photos.update(|v| {
                for (id, pct) in ids.iter().zip(pct) {
                    if let Some(p) = v.iter_mut().find(|p| p.id == *id) {
                        p.state = PhotoState::Uploading(pct);
                    }
                }
            });
        };
        let navigate = navigate.clone();
        async move {
            let result = api::open(order_id, &form, &key, &etag, on_progress).await;
            match result {
                Ok(created) => {
                    photos.update(|v| v.iter_mut().for_each(|p| p.state = PhotoState::Sent));
                    f.key.set_value(Default::default());
                    stored.clear();
                    navigate(&format!("/disputes/{}", created.id), Default::default());
                }
                Err(ApiError::Aborted) => {}
                Err(fail) => {
                    let fields = fail.fields().to_vec();
                    let network = matches!(
                        fail,
                        ApiError::Network | ApiError::Status { status: 500.., .. }
                    );
                    photos.update(|v| {
                        for (n, p) in v.iter_mut().enumerate() {
                            let field = format!("{FIELD_PHOTOS}[{n}]");
                            p.state = match fields.iter().find(|e| e.field == field) {
                                Some(e) => PhotoState::Failed(e.code.clone()),
                                None if network => PhotoState::Failed("network".into()),
                                None => PhotoState::Ready,
                            };
                        }
                    });
                    match fail.code() {
                        Some(ErrorCode::IdempotencyKeyReused) => {
                            f.key.set_value(Default::default());
                            save();
                        }
                        Some(ErrorCode::PreconditionFailed) => {
                            notice.set(Some("dispute-form-order-changed"));
                            reload.run(());
                            request_animation_frame(|| focus_id("dispute-form-notice"));
                            return;
                        }
                        Some(ErrorCode::DisputeAlreadyOpen | ErrorCode::DisputeWindowClosed) => {
                            reload.run(());
                        }
                        _ => {}
                    }
                    let target = fields.first().map(|e| control_of(&e.field));
                    errors.set(fields);
                    failure.set(Some(fail));
                    request_animation_frame(move || {
                        focus_id(target.unwrap_or("dispute-form-failure"))
                    });
                }
            }
        }
    });
    let busy = upload.pending();
    // The upload's request (an `XMLHttpRequest`) is aborted when its future is dropped, which
    // aborting the action does: leaving the page drops it.
    let sending = StoredValue::new(None::<ActionAbortHandle>);
    on_cleanup(move || {
        if let Some(sending) = sending.try_update_value(Option::take).flatten() {
            sending.abort();
        }
    });

    let submit = StoredValue::new_local(None::<Box<dyn Fn()>>);
    let send = move || {
        if busy.get_untracked() {
            return;
        }
        let Some(o) = current() else { return };
        let d = f.draft();
        let money = refundable_now.get_untracked();
        let digits = money.currency.minor_digits();
        let count = photos.with_untracked(Vec::len);
        let found = check(&d, count, money.amount, digits);
        failure.set(None);
        notice.set(None);
        if let Some(first) = found.first() {
            focus_id(control_of(&first.field));
            errors.set(found);
            return;
        }
        if photos.with_untracked(|v| v.iter().any(|p| p.blob.is_none())) {
            notice.set(Some("dispute-photos-preparing"));
            return;
        }
        errors.set(Vec::new());
        let amount = (d.outcome == DisputeOutcome::PartialRefund.as_str())
            .then(|| parse_amount(&d.amount, digits))
            .flatten();
        let amount_text = amount.map(|a| a.to_string()).unwrap_or_default();
        let (ids, sizes, names): (Vec<u32>, Vec<f64>, Vec<String>) = photos.with_untracked(|v| {
            let mut out = (Vec::new(), Vec::new(), Vec::new());
            for p in v {
                out.0.push(p.id);
                out.1.push(p.size());
                out.2.push(format!("{}:{}:{}", p.id, p.name, p.size()));
            }
            out
        });
        let mut parts = vec![
            d.line.as_str(),
            d.received.as_str(),
            d.reason.as_str(),
            d.outcome.as_str(),
            amount_text.as_str(),
            d.description.trim(),
        ];
        parts.extend(names.iter().map(String::as_str));
        let fp = fingerprint(&parts);
        let k = f.key.with_value(|(k, sent)| key_for((k, sent), &fp));
        f.key.set_value((k.clone(), fp));
        save();
        let Some(form) = build_form(&d, &amount_text, photos) else {
            failure.set(Some(ApiError::Network));
            return;
        };
        photos.update(|v| {
            v.iter_mut()
                .for_each(|p| p.state = PhotoState::Uploading(0))
        });
        sending.set_value(Some(upload.dispatch_local(Upload {
            form,
            key: k,
            etag: o.etag(),
            ids,
            sizes,
        })));
    };
    submit.set_value(Some(Box::new(send)));
    let retry = move || {
        submit.with_value(|s| {
            if let Some(s) = s {
                s();
            }
        })
    };

    let message = move |field: String| {
        rf(move || {
            errors.with(|e| {
                e.iter()
                    .find(|x| x.field == field)
                    .map(|x| error_text(i18n, &x.field, &x.code, refundable_now.get()))
            })
        })
    };
    let invalid = move |field: &'static str| {
        rf(move || {
            errors
                .with(|e| e.iter().any(|x| x.field == field))
                .to_string()
        })
    };
    let partial = move || {
        f.outcome
            .with(|o| o == DisputeOutcome::PartialRefund.as_str())
    };
    // Live check of the amount, once something is typed.
    let amount_live = move || {
        let money = refundable_now.get();
        f.amount.with(|a| {
            if a.trim().is_empty() {
                return None;
            }
            draft::amount_error(a, money.currency.minor_digits(), money.amount)
                .map(|code| error_text(i18n, FIELD_AMOUNT, code, money))
        })
    };
    let photos_needed = move || {
        f.reason
            .with(|r| DisputeReason::parse(r).is_some_and(DisputeReason::photos_required))
    };
    let reasons = move || {
        let received = match f.received.get().as_str() {
            "true" => true,
            "false" => false,
            _ => return None,
        };
        Some(DisputeReason::for_answer(received))
    };
    let desc_count = move || {
        let n = f.description.with(|d| d.trim().chars().count());
        i18n.tf(
            "dispute-description-count",
            [
                ("count", n.into()),
                ("max", DISPUTE_DESCRIPTION_MAX_CHARS.into()),
            ],
        )
    };
    let lines = first.lines.clone();
    let several_lines = lines.len() > 1;
    // The item the dispute is about (the only one, or the one chosen), shown above the form.
    let all_lines = StoredValue::new(first.lines.clone());
    let chosen_line = move || {
        let no = f.line.with(|l| l.parse::<i64>().ok())?;
        all_lines.with_value(|ls| ls.iter().find(|l| l.line_no == no).cloned())
    };

    view! {
        <form class="dispute-form" novalidate on:submit=move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            retry();
        }>
            <p class="dispute-intro">{tr("dispute-form-intro")}</p>
            {rf(move || chosen_line().map(|l| {
                let quantity = l.quantity;
                let total = l.line_total;
                view! {
                    <div class="dispute-item" role="group" aria-label=move || i18n.t("dispute-item-label")>
                        <img class="dispute-item-image" src=l.image.clone() alt="" width="64" height="64" />
                        <div class="dispute-item-text">
                            <p class="dispute-item-title" dir="auto" data-l10n="data">{l.title.clone()}</p>
                            <p class="dispute-item-meta">
                                {(!l.sku_label.is_empty()).then(|| view! {
                                    <span dir="auto" data-l10n="data">{l.sku_label.clone()}</span>" · "
                                })}
                                <span>{move || i18n.tf("cart-items-short", [("count", quantity.into())])}</span>
                                " · "
                                <span>{move || intl::format_money(&total, i18n.tag())}</span>
                            </p>
                        </div>
                    </div>
                }
            }))}
            <div class="dispute-notice-slot" aria-live="polite">
                {rf(move || notice.get().map(|id| view! {
                    <p class="order-notice order-notice-warn" id="dispute-form-notice" tabindex="-1">{i18n.t(id)}</p>
                }))}
            </div>
            {several_lines.then(|| view! {
                <div class="dispute-field">
                    <label for="dispute-line">{tr("dispute-line-label")}</label>
                    <select id="dispute-line" class="dispute-control" aria-invalid=invalid(FIELD_LINE_ID)
                        on:change=move |ev| f.line.set(event_target_value(&ev))>
                        <option value="" prop:selected=rf(move || f.line.with(String::is_empty))>{tr("dispute-choose")}</option>
                        {lines.iter().map(|l| {
                            let v = l.line_no.to_string();
                            let v2 = v.clone();
                            view! {
                                <option value=v prop:selected=rf(move || f.line.with(|x| *x == v2))>
                                    {format!("{} · {}", l.title, l.sku_label)}
                                </option>
                            }
                        }).collect_view()}
                    </select>
                    <p class="field-error">{message(FIELD_LINE_ID.into())}</p>
                </div>
            })}
            <fieldset class="dispute-field dispute-choices" id="dispute-received" tabindex="-1"
                aria-invalid=invalid(FIELD_RECEIVED)>
                <legend>{tr("dispute-received-label")}</legend>
                {[("true", "dispute-received-yes"), ("false", "dispute-received-no")].map(|(v, id)| view! {
                    <label class="dispute-choice">
                        <input type="radio" name="received" value=v id=format!("dispute-received-{v}")
                            prop:checked=rf(move || f.received.with(|r| r == v))
                            on:change=move |_| {
                                f.received.set(v.to_string());
                                let keep = DisputeReason::parse(&f.reason.get_untracked())
                                    .is_some_and(|r| r.for_received() == (v == "true"));
                                if !keep {
                                    f.reason.set(String::new());
                                }
                            } />
                        <span>{tr(id)}</span>
                    </label>
                })}
                <p class="field-error">{message(FIELD_RECEIVED.into())}</p>
            </fieldset>
            <div class="dispute-field">
                <label for="dispute-reason">{tr("dispute-reason-label")}</label>
                <select id="dispute-reason" class="dispute-control" aria-invalid=invalid(FIELD_REASON)
                    aria-describedby="dispute-reason-error"
                    disabled=rf(move || f.received.with(String::is_empty))
                    on:change=move |ev| f.reason.set(event_target_value(&ev))>
                    <option value="" prop:selected=rf(move || f.reason.with(String::is_empty))>{tr("dispute-choose")}</option>
                    {rf(move || reasons().unwrap_or_default().into_iter().map(|r| view! {
                        <option value=r.as_str() prop:selected=f.reason.with_untracked(|v| v == r.as_str())>
                            {i18n.t(&r.message_id())}
                        </option>
                    }).collect_view())}
                </select>
                <p id="dispute-reason-error" class="field-error">{message(FIELD_REASON.into())}</p>
            </div>
            <fieldset class="dispute-field dispute-choices" id="dispute-outcome" tabindex="-1"
                aria-invalid=invalid(FIELD_OUTCOME)>
                <legend>{tr("dispute-outcome-label")}</legend>
                {DisputeOutcome::BUYER.map(|o| view! {
                    <label class="dispute-choice">
                        <input type="radio" name="outcome" value=o.as_str() id=format!("dispute-outcome-{}", o.as_str())
                            prop:checked=rf(move || f.outcome.with(|x| x == o.as_str()))
                            on:change=move |_| f.outcome.set(o.as_str().to_string()) />
                        <span>{rf(move || i18n.t(outcome_id(o)))}</span>
                    </label>
                })}
                <p class="field-error">{message(FIELD_OUTCOME.into())}</p>
            </fieldset>
            {rf(move || partial().then(|| view! {
                <div class="dispute-field">
                    <label for="dispute-amount">{rf(move || i18n.tf("dispute-amount-label", [("currency", refundable_now.get().currency.code().into())]))}</label>
                    <p id="dispute-amount-hint" class="field-hint">
                        {rf(move || i18n.tf("dispute-amount-hint", [("max", intl::format_money(&refundable_now.get(), i18n.tag()).into())]))}
                    </p>
                    <input id="dispute-amount" class="dispute-control dispute-amount" type="text" inputmode="decimal"
                        autocomplete="off" dir="ltr"
                        aria-invalid=rf(move || (amount_live().is_some() || errors.with(|e| e.iter().any(|x| x.field == FIELD_AMOUNT))).to_string())
                        aria-describedby="dispute-amount-hint dispute-amount-error"
                        prop:value=rf(move || f.amount.get())
                        on:input=move |ev| {
                            f.amount.set(event_target_value(&ev));
                            errors.update(|e| e.retain(|x| x.field != FIELD_AMOUNT));
                        } />
                    <p id="dispute-amount-error" class="field-error" aria-live="polite">
                        {rf(move || amount_live().or_else(|| errors.with(|e| e.iter().find(|x| x.field == FIELD_AMOUNT)
                            .map(|x| error_text(i18n, &x.field, &x.code, refundable_now.get())))))}
                    </p>
                </div>
            }))}
            <div class="dispute-field">
                <label for="dispute-description">{tr("dispute-description-label")}</label>
                <p id="dispute-description-hint" class="field-hint">
                    {rf(move || i18n.tf("dispute-description-hint", [
                        ("min", DISPUTE_DESCRIPTION_MIN_CHARS.into()),
                        ("max", DISPUTE_DESCRIPTION_MAX_CHARS.into()),
                    ]))}
                </p>
                <textarea id="dispute-description" class="dispute-control" rows="6" dir="auto"
                    aria-invalid=invalid(FIELD_DESCRIPTION)
                    aria-describedby="dispute-description-hint dispute-description-count dispute-description-error"
                    prop:value=rf(move || f.description.get())
                    on:input=move |ev| f.description.set(event_target_value(&ev))></textarea>
                <p id="dispute-description-count" class="dispute-counter"
                    class:over=rf(move || f.description.with(|d| d.trim().chars().count() > DISPUTE_DESCRIPTION_MAX_CHARS))>
                    {desc_count}
                </p>
                <p id="dispute-description-error" class="field-error">{message(FIELD_DESCRIPTION.into())}</p>
            </div>
            <div class="dispute-field">
                <label for="dispute-photos">{tr("dispute-photos-label")}</label>
                <p id="dispute-photos-hint" class="field-hint">
                    {rf(move || i18n.t(if photos_needed() { "dispute-photos-required-hint" } else { "dispute-photos-optional-hint" }))}
                    " "
                    {rf(move || i18n.tf("dispute-photos-limits", [
                        ("count", DISPUTE_MAX_PHOTOS.into()),
                        ("max", (DISPUTE_MAX_PHOTO_BYTES >> 20).into()),
                    ]))}
                </p>
                <input id="dispute-photos" class="dispute-files-input" type="file" multiple capture="environment"
                    accept=DISPUTE_PHOTO_TYPES.join(",")
                    aria-invalid=invalid(FIELD_PHOTOS)
                    aria-describedby="dispute-photos-hint dispute-photos-error dispute-refused"
                    on:change=on_files />
                <p id="dispute-photos-error" class="field-error">{message(FIELD_PHOTOS.into())}</p>
                <ul id="dispute-refused" class="dispute-refused" role="alert">
                    {rf(move || refused.get().into_iter().map(|(name, code)| view! {
                        <li class="dispute-refused-file" data-code=code>
                            <span class="dispute-file-name" dir="auto">{name}</span>
                            " — "
                            <span>{error_text(i18n, "photos[0]", code, refundable_now.get_untracked())}</span>
                        </li>
                    }).collect_view())}
                </ul>
                <ul class="dispute-photos">
                    <For each=move || photos.with(|v| v.iter().map(|p| p.id).collect::<Vec<_>>()) key=|id| *id let:id>
                        <PhotoItem id=id photos=photos busy=busy
                            on_retry=Callback::new(move |_| retry())
                            on_remove=Callback::new(move |_| clear_photo_errors()) />
                    </For>
                </ul>
            </div>
            {rf(move || failure.get().map(|e| view! {
                <div class="action-failure" id="dispute-form-failure" role="alert" tabindex="-1">
                    <p>{i18n.t_or(&e.message_id(), "error-generic")}</p>
                </div>
            }))}
            <crate::pwa::NeedsNetworkNote />
            <div class="dispute-form-actions">
                <button type="submit" class="button button-primary" id="dispute-submit"
                    disabled=rf(move || busy.get())>
                    {rf(move || i18n.t(if busy.get() { "dispute-sending" } else { "dispute-submit" }))}
                </button>
            </div>
        </form>
    }
    .into_any()
}

/// One chosen photo: preview, name, state (progress, sent, failed with retry) and removal.
#[component]
fn PhotoItem(
    id: u32,
    photos: RwSignal<Vec<Photo>, LocalStorage>,
    busy: Memo<bool>,
    on_retry: Callback<()>,
    on_remove: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let info = move || {
        photos.with(|v| {
            v.iter()
                .enumerate()
                .find(|(_, p)| p.id == id)
                .map(|(n, p)| {
                    (
                        n,
                        p.name.clone(),
                        p.preview.clone(),
                        p.scaled,
                        p.state.clone(),
                    )
                })
        })
    };
    let Some((_, name, _, _, _)) = info() else {
        return ().into_any();
    };
    let state = move || info().map(|i| i.4);
    // The thumbnail changes once (when prepared), not with every progress event.
    let preview = Memo::new(move |_| info().map(|i| i.2).unwrap_or_default());
    let index = move || info().map_or(0, |i| i.0);
    let remove = move |_| {
        photos.update(|v| v.retain(|p| p.id != id));
        on_remove.run(());
        focus_id("dispute-photos");
    };
    view! {
        <li class="dispute-photo" data-state=move || match state() {
            Some(PhotoState::Preparing) => "preparing",
            Some(PhotoState::Ready) => "ready",
            Some(PhotoState::Uploading(_)) => "uploading",
            Some(PhotoState::Sent) => "sent",
            Some(PhotoState::Failed(_)) | None => "failed",
        }>
            {rf(move || {
                let src = preview.get();
                if src.is_empty() {
                    view! { <span class="dispute-photo-preview" aria-hidden="true"></span> }.into_any()
                } else {
                    view! { <img class="dispute-photo-preview" src=src alt="" /> }.into_any()
                }
            })}
            <div class="dispute-photo-body">
                <span class="dispute-file-name" dir="auto">{name.clone()}</span>
                {rf(move || match state() {
                    Some(PhotoState::Preparing) => view! { <span class="dispute-photo-status">{i18n.t("dispute-photo-preparing")}</span> }.into_any(),
                    Some(PhotoState::Ready) => {
                        let scaled = info().is_some_and(|i| i.3);
                        view! { <span class="dispute-photo-status">{i18n.t(if scaled { "dispute-photo-scaled" } else { "dispute-photo-ready" })}</span> }.into_any()
                    }
                    Some(PhotoState::Uploading(pct)) => view! {
                        <progress class="dispute-progress" max="100" value=pct.to_string()
                            aria-label=i18n.tf("dispute-photo-uploading", [("name", info().map(|i| i.1).unwrap_or_default().into())])>
                        </progress>
                    }.into_any(),
                    Some(PhotoState::Sent) => view! { <span class="dispute-photo-status">{i18n.t("dispute-photo-sent")}</span> }.into_any(),
                    Some(PhotoState::Failed(code)) => {
                        let text = i18n.tf(draft::field_message("photos[0]", &code), [("count", (DISPUTE_MAX_PHOTO_BYTES >> 20).into())]);
                        view! {
                            <span class="field-error dispute-photo-error">{text}</span>
                            <button type="button" class="button dispute-photo-retry" disabled=move || busy.get()
                                on:click=move |_| on_retry.run(())>
                                {i18n.t("dispute-photo-retry")}
                            </button>
                        }.into_any()
                    }
                    None => ().into_any(),
                })}
            </div>
            <button type="button" class="dispute-photo-remove" disabled=move || busy.get()
                aria-label=move || i18n.tf("dispute-photo-remove", [("index", (index() + 1).into())])
                on:click=remove>
                <span aria-hidden="true">"×"</span>
            </button>
        </li>
    }
    .into_any()
}

pub fn outcome_id(o: DisputeOutcome) -> &'static str {
    match o {
        DisputeOutcome::FullRefund => "dispute-outcome-full-refund",
        DisputeOutcome::PartialRefund => "dispute-outcome-partial-refund",
        DisputeOutcome::ReturnAndRefund => "dispute-outcome-return-and-refund",
        DisputeOutcome::Resend => "dispute-outcome-resend",
        DisputeOutcome::NoRefund => "dispute-outcome-no-refund",
        DisputeOutcome::Unknown => "dispute-outcome-unknown",
    }
}

/// DOM id of the control a field error belongs to.
fn control_of(field: &str) -> &'static str {
    match field {
        FIELD_LINE_ID => "dispute-line",
        FIELD_RECEIVED => "dispute-received",
        FIELD_REASON => "dispute-reason",
        FIELD_OUTCOME => "dispute-outcome",
        FIELD_AMOUNT => "dispute-amount",
        FIELD_DESCRIPTION => "dispute-description",
        _ => "dispute-photos",
    }
}

fn error_text(i18n: I18n, field: &str, code: &str, refundable: Money) -> String {
    let id = draft::field_message(field, code);
    let count = match id {
        "dispute-error-description-short" => DISPUTE_DESCRIPTION_MIN_CHARS,
        "dispute-error-description-long" => DISPUTE_DESCRIPTION_MAX_CHARS,
        "dispute-error-photos-count" => DISPUTE_MAX_PHOTOS,
        _ => DISPUTE_MAX_PHOTO_BYTES >> 20,
    };
    let max = intl::format_money(&refundable, i18n.tag());
    i18n.tf(id, [("count", count.into()), ("max", max.into())])
}

/// The multipart body; `None` when the browser refuses to build it.
fn build_form(
    d: &Draft,
    amount: &str,
    photos: RwSignal<Vec<Photo>, LocalStorage>,
) -> Option<crate::api::Form> {
    #[cfg(target_arch = "wasm32")]
    {
        use storefront_api::disputes::{FIELD_AMOUNT as A, FIELD_PHOTOS as P};
        let form = web_sys::FormData::new().ok()?;
        form.append_with_str(FIELD_LINE_ID, &d.line).ok()?;
        form.append_with_str(FIELD_RECEIVED, &d.received).ok()?;
        form.append_with_str(FIELD_REASON, &d.reason).ok()?;
        form.append_with_str(FIELD_OUTCOME, &d.outcome).ok()?;
        if !amount.is_empty() {
            form.append_with_str(A, amount).ok()?;
        }
        form.append_with_str(FIELD_DESCRIPTION, d.description.trim())
            .ok()?;
        photos.with_untracked(|v| {
            v.iter().try_for_each(|p| {
                let blob = p.blob.as_ref()?;
                form.append_with_blob_and_filename(P, blob, &p.name).ok()
            })
        })?;
        Some(form)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (d, amount, photos);
        None
    }
}
