//! Sign in or register, inline: used by `/signin` and embedded by the checkout ("sign in or
//! register to continue" without leaving it). On success the session is set (the cart follows
//! it) and `on_signed_in` runs; on failure everything typed stays, the server's field errors show
//! beside their fields and focus moves to the first one.

use crate::api::{account, ApiError, ViewTasks};
use crate::browser::focus_id;
use crate::components::rf;
use crate::i18n::{tr, use_i18n, I18n};
use crate::state::Session;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use std::sync::{Arc, Mutex};
use storefront_api::account::{
    email_valid, validate_register, Account, RegisterRequest, SignInRequest, EMAIL_MAX_CHARS,
    ERR_MALFORMED, ERR_REQUIRED, ERR_TOO_LONG, NAME_MAX_CHARS, PASSWORD_MAX_CHARS,
    PASSWORD_MIN_CHARS,
};
use storefront_api::{ErrorCode, FieldError};

/// Which form the panel shows.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum AuthMode {
    #[default]
    SignIn,
    Register,
}

/// Field code for `409 email_taken`, shown beside the e-mail field.
const EMAIL_TAKEN: &str = "email_taken";

/// The localised text of a field error (sign-in, register and address forms).
pub fn field_error_text(i18n: I18n, field: &str, code: &str) -> String {
    let (id, count) = field_message(field, code);
    i18n.tf(id, [("count", count.into())])
}

/// The shown error of one field of a form, or nothing while the field is fine.
pub fn field_error_shown(
    i18n: I18n,
    errors: RwSignal<Vec<FieldError>>,
    field: &'static str,
) -> Arc<Mutex<dyn FnMut() -> Option<String> + Send>> {
    rf(move || {
        errors.with(|e| {
            e.iter()
                .find(|x| x.field == field)
                .map(|x| field_error_text(i18n, &x.field, &x.code))
        })
    })
}

/// `aria-invalid` of one field of a form.
pub fn field_aria_invalid(
    errors: RwSignal<Vec<FieldError>>,
    field: &'static str,
) -> Arc<Mutex<dyn FnMut() -> String + Send>> {
    rf(move || {
        errors
            .with(|e| e.iter().any(|x| x.field == field))
            .to_string()
    })
}

/// Message id and its `$count` (a length limit) of a field error.
pub fn field_message(field: &str, code: &str) -> (&'static str, usize) {
    let max = match field {
        "email" => EMAIL_MAX_CHARS,
        "password" => PASSWORD_MAX_CHARS,
        "street" => 200,
        _ => NAME_MAX_CHARS,
    };
    let min = match field {
        "password" => PASSWORD_MIN_CHARS,
        "recipient_name" => 2,
        _ => 1,
    };
    match (field, code) {
        (_, ERR_REQUIRED) => ("account-field-required", 0),
        (_, "too_short") => ("account-field-too-short", min),
        (_, ERR_TOO_LONG) => ("account-field-too-long", max),
        ("email", ERR_MALFORMED) => ("account-field-email-malformed", 0),
        ("phone", ERR_MALFORMED) => ("account-field-phone-malformed", 0),
        (_, "country_not_shipped") => ("account-field-country-not-shipped", 0),
        (_, "postal_code_format") => ("account-field-postal-code-format", 0),
        ("email", EMAIL_TAKEN) => ("error-email-taken", 0),
        _ => ("account-field-malformed", 0),
    }
}

/// Field errors of a sign-in (only what is certainly wrong; the server judges the rest).
pub fn validate_sign_in(email: &str, password: &str) -> Vec<FieldError> {
    let mut out = Vec::new();
    let push = |out: &mut Vec<FieldError>, field: &str, code: &str| {
        out.push(FieldError {
            field: field.into(),
            code: code.into(),
        })
    };
    if email.trim().is_empty() {
        push(&mut out, "email", ERR_REQUIRED);
    } else if !email_valid(email) {
        push(&mut out, "email", ERR_MALFORMED);
    }
    if password.is_empty() {
        push(&mut out, "password", ERR_REQUIRED);
    }
    out
}

/// The form-level message of a failure: its id and, for `too_many_attempts`, the wait.
fn failure_text(i18n: I18n, error: &ApiError, wait: Option<u64>) -> String {
    let main = i18n.t_or(&error.message_id(), "error-generic");
    match wait {
        Some(s) if s >= 60 => format!(
            "{main} {}",
            i18n.tf("account-retry-minutes", [("count", s.div_ceil(60).into())])
        ),
        Some(s) => format!(
            "{main} {}",
            i18n.tf("account-retry-seconds", [("count", s.into())])
        ),
        None => main,
    }
}

#[component]
pub fn AuthPanel(
    #[prop(into)] on_signed_in: Callback<Account>,
    /// Message id of a sentence above the form (e.g. why signing in is needed here).
    #[prop(optional)]
    intro: Option<&'static str>,
    /// The form shown first.
    #[prop(optional)]
    mode: AuthMode,
) -> impl IntoView {
    let i18n = use_i18n();
    let tasks = ViewTasks::new();
    let session = Session::current();
    let mode = RwSignal::new(mode);
    let email = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let name = RwSignal::new(String::new());
    let show = RwSignal::new(false);
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let failure = RwSignal::new(None::<(ApiError, Option<u64>)>);
    let busy = RwSignal::new(false);

    let switch = move |to: AuthMode| {
        if mode.get_untracked() != to {
            mode.set(to);
            errors.set(Vec::new());
            failure.set(None);
        }
    };

    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let register = mode.get_untracked() == AuthMode::Register;
        let (e, p, n) = (
            email.get_untracked().trim().to_string(),
            password.get_untracked(),
            name.get_untracked(),
        );
        let found = if register {
            validate_register(&RegisterRequest {
                email: e.clone(),
                password: p.clone(),
                name: n.clone(),
            })
        } else {
            validate_sign_in(&e, &p)
        };
        failure.set(None);
        if let Some(first) = found.first() {
            focus_id(&format!("auth-{}", first.field));
            errors.set(found);
            return;
        }
        errors.set(Vec::new());
        busy.set(true);
        tasks.spawn(async move {
            let result = if register {
                account::register(&RegisterRequest {
                    email: e,
                    password: p,
                    name: n.trim().to_string(),
                })
                .await
            } else {
                account::sign_in(&SignInRequest {
                    email: e,
                    password: p,
                })
                .await
            };
            busy.set(false);
            match result {
                Ok(acc) => {
                    password.set(String::new());
                    if let Some(s) = session {
                        s.set(acc.clone());
                    }
                    on_signed_in.run(acc);
                }
                Err(ApiError::Aborted) => {}
                Err(f) => {
                    let mut fields = f.fields().to_vec();
                    if f.code() == Some(ErrorCode::EmailTaken) {
                        fields.insert(
                            0,
                            FieldError {
                                field: "email".into(),
                                code: EMAIL_TAKEN.into(),
                            },
                        );
                    }
                    let wait = f.problem().and_then(|p| p.retry_after_seconds);
                    let target = fields
                        .first()
                        .map(|x| format!("auth-{}", x.field))
                        .unwrap_or_else(|| "auth-failure".into());
                    if fields.is_empty() {
                        failure.set(Some((f, wait)));
                    }
                    errors.set(fields);
                    request_animation_frame(move || focus_id(&target));
                }
            }
        });
    };

    let message = move |field: &'static str| field_error_shown(i18n, errors, field);
    let invalid = move |field: &'static str| field_aria_invalid(errors, field);
    let registering = move || mode.get() == AuthMode::Register;
    let tab = move |to: AuthMode, label: &'static str| {
        view! {
            <button type="button" class="auth-tab"
                aria-pressed=rf(move || (mode.get() == to).to_string())
                on:click=move |_| switch(to)>
                {tr(label)}
            </button>
        }
    };

    view! {
        <div class="auth-panel">
            <div class="auth-tabs" role="group" aria-label=tr("account-modes-label")>
                {tab(AuthMode::SignIn, "account-signin-tab")}
                {tab(AuthMode::Register, "account-register-tab")}
            </div>
            {intro.map(|id| view! { <p class="auth-intro">{tr(id)}</p> })}
            <form class="auth-form" on:submit=submit novalidate>
                {rf(move || registering().then(|| view! {
                    <div class="form-field">
                        <label for="auth-name">{tr("account-name-label")}</label>
                        <input id="auth-name" class="form-control" type="text" autocomplete="name"
                            dir="auto" aria-invalid=invalid("name") aria-describedby="auth-name-error"
                            prop:value=rf(move || name.get())
                            on:input=move |ev| name.set(event_target_value(&ev)) />
                        <p id="auth-name-error" class="field-error">{message("name")}</p>
                    </div>
                }))}
                <div class="form-field">
                    <label for="auth-email">{tr("account-email-label")}</label>
                    <input id="auth-email" class="form-control" type="email" autocomplete="email"
                        autocapitalize="none" spellcheck="false" dir="ltr"
                        aria-invalid=invalid("email") aria-describedby="auth-email-error"
                        prop:value=rf(move || email.get())
                        on:input=move |ev| email.set(event_target_value(&ev)) />
                    <p id="auth-email-error" class="field-error">
                        {message("email")}
                        {rf(move || (registering() && errors.with(|e| e.iter().any(|x| x.code == EMAIL_TAKEN))).then(|| view! {
                            " "
                            <button type="button" class="link-button" on:click=move |_| {
                                switch(AuthMode::SignIn);
                                focus_id("auth-password");
                            }>{tr("account-signin-instead")}</button>
                        }))}
                    </p>
                </div>
                <div class="form-field">
                    <label for="auth-password">{tr("account-password-label")}</label>
                    {rf(move || registering().then(|| view! {
                        <p id="auth-password-hint" class="field-hint">
                            {rf(move || i18n.tf("account-password-hint", [("count", PASSWORD_MIN_CHARS.into())]))}
                        </p>
                    }))}
                    <div class="password-row">
                        <input id="auth-password" class="form-control" dir="ltr"
                            type=rf(move || if show.get() { "text" } else { "password" })
                            autocomplete=rf(move || if registering() { "new-password" } else { "current-password" })
                            aria-invalid=invalid("password")
                            aria-describedby="auth-password-hint auth-password-error"
                            prop:value=rf(move || password.get())
                            on:input=move |ev| password.set(event_target_value(&ev)) />
                        <button type="button" class="password-toggle" aria-controls="auth-password"
                            aria-pressed=rf(move || show.get().to_string())
                            on:click=move |_| show.update(|s| *s = !*s)>
                            {tr("account-password-show")}
                        </button>
                    </div>
                    <p id="auth-password-error" class="field-error">{message("password")}</p>
                </div>
                {rf(move || failure.get().map(|(e, wait)| view! {
                    <p id="auth-failure" class="form-failure" role="alert" tabindex="-1">
                        {failure_text(i18n, &e, wait)}
                    </p>
                }))}
                <button type="submit" class="button button-primary auth-submit" disabled=rf(move || busy.get())>
                    {rf(move || i18n.t(match (busy.get(), registering()) {
                        (true, _) => "account-working",
                        (false, true) => "account-register-submit",
                        (false, false) => "account-signin-submit",
                    }))}
                </button>
            </form>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sign_in_checks_only_what_is_certain() {
        assert!(validate_sign_in("a@b.co", "x").is_empty());
        let e = validate_sign_in(" ", "");
        assert_eq!(e.len(), 2);
        assert_eq!(validate_sign_in("nope", "pw")[0].code, ERR_MALFORMED);
    }

    #[test]
    fn every_field_error_has_a_message_with_its_limit() {
        assert_eq!(
            field_message("password", "too_short"),
            ("account-field-too-short", PASSWORD_MIN_CHARS)
        );
        assert_eq!(
            field_message("street", "too_long"),
            ("account-field-too-long", 200)
        );
        assert_eq!(field_message("email", EMAIL_TAKEN).0, "error-email-taken");
        assert_eq!(
            field_message("country", "anything_new").0,
            "account-field-malformed"
        );
    }
}
