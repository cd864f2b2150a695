//! "Report this listing": a disclosure under the buyer-protection panel with a counterfeit /
//! IP-infringement form (reason, details, optional e-mail and evidence photos) sent as multipart
//! with an `Idempotency-Key`. Checked here with the server's own rules first; the server's field
//! errors are shown per field. The text and the key survive a reload (`localStorage` per
//! product); chosen files survive a failed submit.

use crate::api::{ApiError, ViewTasks};
use crate::browser::focus_id;
use crate::components::rf;
use crate::hooks::{use_local_draft, LocalDraft};
use crate::i18n::{tr, use_i18n, I18n};
use crate::state::idempotency::{fingerprint, key_for};
use leptos::ev::{KeyboardEvent, SubmitEvent};
use leptos::prelude::*;
use storefront_api::reports::{
    validate_report_text, FIELD_CONTACT_EMAIL, FIELD_DETAILS, FIELD_EVIDENCE, FIELD_REASON,
    REPORT_DETAILS_MAX_CHARS, REPORT_DETAILS_MIN_CHARS, REPORT_ERR_TOO_LARGE, REPORT_ERR_TOO_LONG,
    REPORT_ERR_TOO_MANY, REPORT_ERR_TOO_SHORT, REPORT_ERR_UNDECODABLE, REPORT_ERR_UNSUPPORTED_TYPE,
    REPORT_EVIDENCE_TYPES, REPORT_MAX_EVIDENCE, REPORT_MAX_EVIDENCE_BYTES,
};
use storefront_api::{ErrorCode, FieldError, ReportReason};
use web_sys::File;

const SEP: char = '\u{1f}';

fn draft_key(product_id: i64) -> String {
    format!("storefront.report.{product_id}")
}

/// The saved draft: reason, details, e-mail, the idempotency key and the fingerprint of the
/// fields last sent with it (a changed report gets a new key, a retry of the same one does not).
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Draft {
    pub reason: String,
    pub details: String,
    pub email: String,
    pub key: String,
    pub sent: String,
}

impl LocalDraft for Draft {
    fn encode(&self) -> String {
        [
            &self.reason,
            &self.key,
            &self.sent,
            &self.email,
            &self.details,
        ]
        .map(|s| s.replace(SEP, " "))
        .join(&SEP.to_string())
    }

    fn decode(raw: &str) -> Draft {
        let mut parts = raw.splitn(5, SEP);
        let mut next = || parts.next().unwrap_or_default().to_string();
        let (reason, key, sent, email, details) = (next(), next(), next(), next(), next());
        Draft {
            reason: if ReportReason::parse(&reason).is_some() {
                reason
            } else {
                String::new()
            },
            key,
            sent,
            email,
            details,
        }
    }
}

/// Client-side checks: the server's text rules plus count, size and declared type of files
/// (`(size, media type)` each).
pub fn check(reason: &str, details: &str, email: &str, files: &[(f64, String)]) -> Vec<FieldError> {
    let mut errors = validate_report_text(Some(reason), Some(details), Some(email));
    let mut push = |field: String, code: &str| {
        errors.push(FieldError {
            field,
            code: code.to_string(),
        })
    };
    if files.len() > REPORT_MAX_EVIDENCE {
        push(FIELD_EVIDENCE.to_string(), REPORT_ERR_TOO_MANY);
    }
    for (n, (size, kind)) in files.iter().enumerate() {
        if *size > REPORT_MAX_EVIDENCE_BYTES as f64 {
            push(format!("{FIELD_EVIDENCE}[{n}]"), REPORT_ERR_TOO_LARGE);
        } else if !REPORT_EVIDENCE_TYPES.contains(&kind.as_str()) {
            push(
                format!("{FIELD_EVIDENCE}[{n}]"),
                REPORT_ERR_UNSUPPORTED_TYPE,
            );
        }
    }
    errors
}

/// Fluent id and count of the message explaining a field error.
pub fn field_message(field: &str, code: &str) -> (&'static str, usize) {
    match (field, code) {
        (FIELD_REASON, _) => ("report-error-reason", 0),
        (FIELD_DETAILS, REPORT_ERR_TOO_SHORT) => {
            ("report-error-details-short", REPORT_DETAILS_MIN_CHARS)
        }
        (FIELD_DETAILS, REPORT_ERR_TOO_LONG) => {
            ("report-error-details-long", REPORT_DETAILS_MAX_CHARS)
        }
        (FIELD_DETAILS, _) => ("report-error-details-required", 0),
        (FIELD_CONTACT_EMAIL, _) => ("report-error-email", 0),
        (FIELD_EVIDENCE, _) => ("report-error-evidence-count", REPORT_MAX_EVIDENCE),
        (_, REPORT_ERR_TOO_LARGE) => ("report-error-file-large", REPORT_MAX_EVIDENCE_BYTES >> 20),
        (_, REPORT_ERR_UNSUPPORTED_TYPE) => ("report-error-file-type", 0),
        (_, REPORT_ERR_UNDECODABLE) => ("report-error-file-broken", 0),
        _ => ("report-error-field", 0),
    }
}

/// DOM id of the control a field error belongs to (`evidence[n]` → the file input).
fn control_of(field: &str) -> &'static str {
    match field {
        FIELD_REASON => "report-reason",
        FIELD_DETAILS => "report-details",
        FIELD_CONTACT_EMAIL => "report-email",
        _ => "report-evidence",
    }
}

#[component]
pub fn ReportListing(product_id: i64) -> impl IntoView {
    let i18n = use_i18n();
    let tasks = ViewTasks::new();
    let stored = use_local_draft::<Draft>(draft_key(product_id));
    let saved = stored.load();
    let open = RwSignal::new(false);
    let reason = RwSignal::new(saved.reason);
    let details = RwSignal::new(saved.details);
    let email = RwSignal::new(saved.email);
    let key = StoredValue::new((saved.key, saved.sent));
    let files = RwSignal::new_local(Vec::<(u32, File)>::new());
    let next_file = StoredValue::new(0_u32);
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let failure = RwSignal::new(None::<ApiError>);
    let busy = RwSignal::new(false);
    let done = RwSignal::new(None::<i64>);

    let save = move || {
        let (k, sent) = key.get_value();
        let d = Draft {
            reason: reason.get_untracked(),
            details: details.get_untracked(),
            email: email.get_untracked(),
            key: k,
            sent,
        };
        stored.save(&d);
    };
    // The text survives a reload.
    Effect::new(move |first: Option<()>| {
        reason.track();
        details.track();
        email.track();
        if first.is_some() {
            save();
        }
    });

    let toggle = move |_| {
        if open.get_untracked() {
            open.set(false);
        } else {
            done.set(None);
            open.set(true);
            request_animation_frame(|| focus_id("report-title"));
        }
    };
    let close = move || {
        open.set(false);
        focus_id("report-toggle");
    };
    let on_key = move |ev: KeyboardEvent| {
        if ev.key() == "Escape" {
            ev.prevent_default();
            close();
        }
    };

    let on_files = move |ev: leptos::ev::Event| {
        let input = event_target::<web_sys::HtmlInputElement>(&ev);
        if let Some(list) = input.files() {
            let mut added = Vec::new();
            for i in 0..list.length() {
                if let Some(f) = list.get(i) {
                    let id = next_file.get_value();
                    next_file.set_value(id.wrapping_add(1));
                    added.push((id, f));
                }
            }
            files.update(|v| v.extend(added));
        }
        // The same file may be chosen again after removing it.
        input.set_value("");
        errors.update(|e| e.retain(|x| !x.field.starts_with(FIELD_EVIDENCE)));
    };

    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let (r, d, m) = (
            reason.get_untracked(),
            details.get_untracked(),
            email.get_untracked(),
        );
        let meta: Vec<(f64, String, String)> = files.with_untracked(|v| {
            v.iter()
                .map(|(_, f)| {
                    (
                        f.size(),
                        f.type_(),
                        format!("{}:{}", f.name(), f.last_modified()),
                    )
                })
                .collect()
        });
        let sizes: Vec<(f64, String)> = meta.iter().map(|(s, t, _)| (*s, t.clone())).collect();
        let found = check(&r, &d, &m, &sizes);
        failure.set(None);
        if let Some(first) = found.first() {
            focus_id(control_of(&first.field));
            errors.set(found);
            return;
        }
        errors.set(Vec::new());
        let mut parts = vec![r.as_str(), d.as_str(), m.as_str()];
        parts.extend(meta.iter().map(|(_, _, id)| id.as_str()));
        let fp = fingerprint(&parts);
        let k = key.with_value(|(k, sent)| key_for((k, sent), &fp));
        key.set_value((k.clone(), fp));
        save();
        let Some(form) = build_form(&r, &d, &m, files) else {
            failure.set(Some(ApiError::Network));
            return;
        };
        busy.set(true);
        tasks.spawn(async move {
            let result = crate::api::reports::create(product_id, &form, &k).await;
            busy.set(false);
            match result {
                Ok(created) => {
                    reason.set(String::new());
                    details.set(String::new());
                    email.set(String::new());
                    files.set(Vec::new());
                    key.set_value(Default::default());
                    save();
                    done.set(Some(created.id));
                    request_animation_frame(|| focus_id("report-done"));
                }
                Err(ApiError::Aborted) => {}
                Err(e) => {
                    let fields = e.fields().to_vec();
                    if e.code() == Some(ErrorCode::IdempotencyKeyReused) {
                        // The next submit gets a fresh key.
                        key.set_value(Default::default());
                        save();
                    }
                    let target = fields.first().map(|f| control_of(&f.field));
                    errors.set(fields);
                    failure.set(Some(e));
                    request_animation_frame(move || focus_id(target.unwrap_or("report-failure")));
                }
            }
        });
    };

    let message = move |field: String| {
        rf(move || {
            errors.with(|e| {
                e.iter()
                    .find(|x| x.field == field)
                    .map(|x| error_text(i18n, &x.field, &x.code))
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
    let details_count = move || {
        let n = details.with(|d| d.trim().chars().count());
        i18n.tf(
            "report-details-count",
            [
                ("count", n.into()),
                ("max", REPORT_DETAILS_MAX_CHARS.into()),
            ],
        )
    };

    let form = move || {
        view! {
            <form class="report-form" on:submit=submit novalidate>
                <p class="report-intro">{tr("report-intro")}</p>
                <div class="report-field">
                    <label for="report-reason">{tr("report-reason-label")}</label>
                    <select id="report-reason" class="report-control" aria-invalid=invalid(FIELD_REASON)
                        aria-describedby="report-reason-error"
                        on:change=move |ev| reason.set(event_target_value(&ev))>
                        <option value="" prop:selected=rf(move || reason.with(String::is_empty))>{tr("report-reason-choose")}</option>
                        {ReportReason::ALL.map(|r| view! {
                            <option value=r.as_str() prop:selected=rf(move || reason.with(|v| v == r.as_str()))>
                                {rf(move || i18n.t(&r.message_id()))}
                            </option>
                        }).collect_view()}
                    </select>
                    <p id="report-reason-error" class="field-error">{message(FIELD_REASON.into())}</p>
                </div>
                <div class="report-field">
                    <label for="report-details">{tr("report-details-label")}</label>
                    <p id="report-details-hint" class="field-hint">
                        {rf(move || i18n.tf("report-details-hint", [
                            ("min", REPORT_DETAILS_MIN_CHARS.into()),
                            ("max", REPORT_DETAILS_MAX_CHARS.into()),
                        ]))}
                    </p>
                    <textarea id="report-details" class="report-control" rows="5" dir="auto"
                        aria-invalid=invalid(FIELD_DETAILS)
                        aria-describedby="report-details-hint report-details-count report-details-error"
                        prop:value=rf(move || details.get())
                        on:input=move |ev| details.set(event_target_value(&ev))></textarea>
                    <p id="report-details-count" class="report-counter"
                        class:over=rf(move || details.with(|d| d.trim().chars().count() > REPORT_DETAILS_MAX_CHARS))>
                        {details_count}
                    </p>
                    <p id="report-details-error" class="field-error">{message(FIELD_DETAILS.into())}</p>
                </div>
                <div class="report-field">
                    <label for="report-email">{tr("report-email-label")}</label>
                    <p id="report-email-hint" class="field-hint">{tr("report-email-hint")}</p>
                    <input id="report-email" class="report-control" type="email" autocomplete="email"
                        aria-invalid=invalid(FIELD_CONTACT_EMAIL)
                        aria-describedby="report-email-hint report-email-error"
                        prop:value=rf(move || email.get())
                        on:input=move |ev| email.set(event_target_value(&ev)) />
                    <p id="report-email-error" class="field-error">{message(FIELD_CONTACT_EMAIL.into())}</p>
                </div>
                <div class="report-field">
                    <label for="report-evidence">{tr("report-evidence-label")}</label>
                    <p id="report-evidence-hint" class="field-hint">
                        {rf(move || i18n.tf("report-evidence-hint", [
                            ("count", REPORT_MAX_EVIDENCE.into()),
                            ("max", (REPORT_MAX_EVIDENCE_BYTES >> 20).into()),
                        ]))}
                    </p>
                    <input id="report-evidence" class="report-files-input" type="file" multiple
                        accept=REPORT_EVIDENCE_TYPES.join(",")
                        aria-invalid=invalid(FIELD_EVIDENCE)
                        aria-describedby="report-evidence-hint report-evidence-error"
                        on:change=on_files />
                    <p id="report-evidence-error" class="field-error">{message(FIELD_EVIDENCE.into())}</p>
                    <ul class="report-files">
                        {rf(move || files.with(|v| v.iter().enumerate().map(|(n, (id, f))| {
                            let id = *id;
                            let field = format!("{FIELD_EVIDENCE}[{n}]");
                            view! {
                                <li class="report-file">
                                    <span class="report-file-name" dir="auto">{f.name()}</span>
                                    <button type="button" class="report-file-remove"
                                        aria-label=i18n.tf("report-file-remove", [("index", (n + 1).into())])
                                        on:click=move |_| {
                                            files.update(|v| v.retain(|(i, _)| *i != id));
                                            errors.update(|e| e.retain(|x| !x.field.starts_with(FIELD_EVIDENCE)));
                                            focus_id("report-evidence");
                                        }>
                                        <span aria-hidden="true">"×"</span>
                                    </button>
                                    <p class="field-error">{message(field)}</p>
                                </li>
                            }
                        }).collect_view()))}
                    </ul>
                </div>
                {rf(move || failure.get().map(|e| {
                    let id = e.message_id();
                    view! {
                        <p id="report-failure" class="report-failure" role="alert" tabindex="-1">
                            {i18n.t_or(&id, "error-generic")}
                        </p>
                    }
                }))}
                <div class="report-actions">
                    <button type="submit" class="button button-primary" disabled=rf(move || busy.get())>
                        {rf(move || i18n.t(if busy.get() { "report-sending" } else { "report-submit" }))}
                    </button>
                    <button type="button" class="button" on:click=move |_| close()>{tr("report-cancel")}</button>
                </div>
            </form>
        }
    };

    view! {
        <section class="report" aria-labelledby="report-toggle">
            <button type="button" id="report-toggle" class="report-toggle"
                aria-expanded=rf(move || open.get().to_string()) aria-controls="report-panel"
                on:click=toggle>
                {tr("report-open")}
            </button>
            {rf(move || open.get().then(|| view! {
                <div id="report-panel" class="report-panel" on:keydown=on_key>
                    <h2 id="report-title" tabindex="-1">{tr("report-title")}</h2>
                    {rf(move || match done.get() {
                        Some(id) => view! {
                            <div id="report-done" class="report-done" role="status" tabindex="-1">
                                <p class="report-done-title">{tr("report-done-title")}</p>
                                <p>{i18n.tf("report-done", [("reference", format!("R-{id}").into())])}</p>
                                <button type="button" class="button" on:click=move |_| close()>{tr("report-close")}</button>
                            </div>
                        }.into_any(),
                        None => form().into_any(),
                    })}
                </div>
            }))}
        </section>
    }
}

fn error_text(i18n: I18n, field: &str, code: &str) -> String {
    let (id, n) = field_message(field, code);
    i18n.tf(id, [("count", n.into())])
}

/// The multipart body; `None` when the browser refuses to build it.
fn build_form(
    reason: &str,
    details: &str,
    email: &str,
    files: RwSignal<Vec<(u32, File)>, LocalStorage>,
) -> Option<crate::api::Form> {
    #[cfg(target_arch = "wasm32")]
    {
        let form = web_sys::FormData::new().ok()?;
        form.append_with_str(FIELD_REASON, reason).ok()?;
        form.append_with_str(FIELD_DETAILS, details).ok()?;
        if !email.trim().is_empty() {
            form.append_with_str(FIELD_CONTACT_EMAIL, email.trim())
                .ok()?;
        }
        files.with_untracked(|v| {
            v.iter().try_for_each(|(_, f)| {
                form.append_with_blob_and_filename(FIELD_EVIDENCE, f, &f.name())
                    .ok()
            })
        })?;
        Some(form)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (reason, details, email, files);
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drafts_round_trip_and_survive_garbage() {
        let d = Draft {
            reason: "counterfeit".into(),
            details: "a\u{1f}b\nc".into(),
            email: "x@y.z".into(),
            key: "k".into(),
            sent: "f".into(),
        };
        let back = Draft::decode(&d.encode());
        assert_eq!(back.details, "a b\nc");
        assert_eq!(
            (back.reason.as_str(), back.key.as_str()),
            ("counterfeit", "k")
        );
        assert_eq!(Draft::decode("nonsense"), Draft::default());
        assert_eq!(Draft::decode("").details, "");
    }

    #[test]
    fn checks_text_and_files_like_the_server() {
        let codes = |e: Vec<FieldError>| {
            e.into_iter()
                .map(|f| format!("{}:{}", f.field, f.code))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            codes(check("", "", "", &[])),
            ["reason:required", "details:required"]
        );
        let png = (10.0, "image/png".to_string());
        let big = (
            (REPORT_MAX_EVIDENCE_BYTES + 1) as f64,
            "image/png".to_string(),
        );
        let gif = (10.0, "image/gif".to_string());
        let ok = "The logo is printed crooked and the box is fake.";
        assert!(check("counterfeit", ok, "", std::slice::from_ref(&png)).is_empty());
        assert_eq!(
            codes(check("counterfeit", ok, "nope", &[png.clone(), big, gif])),
            [
                "contact_email:malformed",
                "evidence[1]:too_large",
                "evidence[2]:unsupported_type"
            ]
        );
        assert_eq!(
            codes(check(
                "other",
                ok,
                "",
                &[png.clone(), png.clone(), png.clone(), png]
            )),
            ["evidence:too_many"]
        );
    }

    #[test]
    fn every_field_error_has_a_message() {
        assert_eq!(
            field_message("details", "too_short"),
            ("report-error-details-short", 20)
        );
        assert_eq!(
            field_message("evidence[2]", "undecodable").0,
            "report-error-file-broken"
        );
        assert_eq!(
            field_message("evidence[0]", "too_large"),
            ("report-error-file-large", 5)
        );
        assert_eq!(field_message("body", "weird").0, "report-error-field");
    }
}
