//! Add or edit an address of the address book: used by `/account` and embedded by the checkout.
//! Countries are the shop's ship-to countries; the postal code is checked with the contract's
//! own [`postal_code_valid`] rules before sending, and the server's field errors show too.

use crate::api::{account, ApiError, ViewTasks};
use crate::browser::focus_id;
use crate::components::rf;
use crate::features::auth::{field_aria_invalid, field_error_shown};
use crate::i18n::{intl, tr, use_i18n};
use crate::state::Prefs;
use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use storefront_api::account::{validate_address, Address, AddressInput};
use storefront_api::FieldError;

/// A postal code of `country` as an example (the formats of `postal_code_valid`), if it has a
/// fixed format.
pub fn postal_example(country: &str) -> Option<&'static str> {
    Some(match country {
        "US" => "94105, 94105-1234",
        "RU" => "101000",
        "DE" => "10115",
        "ES" => "28001",
        "FR" => "75008",
        "SA" => "11564",
        "BR" => "01310-100",
        "GB" => "SW1A 1AA",
        _ => return None,
    })
}

/// The form's fields, in the order they are shown (first error gets the focus).
const FIELDS: [&str; 7] = [
    "recipient_name",
    "phone",
    "country",
    "region",
    "city",
    "street",
    "postal_code",
];

fn control_id(field: &str) -> String {
    let field = if FIELDS.contains(&field) {
        field
    } else {
        "recipient_name"
    };
    format!("addr-{field}")
}

#[component]
pub fn AddressForm(
    /// The address to edit; `None` adds a new one.
    initial: Option<Address>,
    #[prop(into)] on_saved: Callback<Address>,
    /// Shows a cancel button when given.
    #[prop(optional, into)]
    on_cancel: Option<Callback<()>>,
    /// The submit button's message id, when saving also moves the buyer on (checkout).
    #[prop(optional)]
    submit_label: Option<&'static str>,
) -> impl IntoView {
    let submit_label = submit_label.unwrap_or("account-address-save");
    let i18n = use_i18n();
    let prefs = expect_context::<Prefs>();
    let tasks = ViewTasks::new();
    let editing = initial.as_ref().map(|a| a.id);
    let start = match &initial {
        Some(a) => AddressInput {
            recipient_name: a.recipient_name.clone(),
            phone: a.phone.clone(),
            country: a.country.clone(),
            region: a.region.clone(),
            city: a.city.clone(),
            street: a.street.clone(),
            postal_code: a.postal_code.clone(),
            is_default: a.is_default,
        },
        None => AddressInput {
            country: prefs.ship_to.get_untracked(),
            ..AddressInput::default()
        },
    };
    let was_default = start.is_default;
    let data = RwSignal::new(start);
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let failure = RwSignal::new(None::<ApiError>);
    let busy = RwSignal::new(false);

    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let mut input = data.get_untracked();
        input.country = input.country.trim().to_ascii_uppercase();
        let mut ship_to = prefs.countries.get_untracked();
        if ship_to.is_empty() {
            // The list has not arrived: the server will judge the country.
            ship_to.push(input.country.clone());
        }
        let ship_to: Vec<&str> = ship_to.iter().map(String::as_str).collect();
        let found = validate_address(&input, &ship_to);
        failure.set(None);
        if let Some(first) = found.first() {
            focus_id(&control_id(&first.field));
            errors.set(found);
            return;
        }
        errors.set(Vec::new());
        busy.set(true);
        tasks.spawn(async move {
            let result = match editing {
                Some(id) => account::update_address(id, &input).await,
                None => account::create_address(&input).await,
            };
            busy.set(false);
            match result {
                Ok(saved) => on_saved.run(saved),
                Err(ApiError::Aborted) => {}
                Err(f) => {
                    let fields = f.fields().to_vec();
                    let target = fields
                        .first()
                        .map(|x| control_id(&x.field))
                        .unwrap_or_else(|| "addr-failure".into());
                    failure.set(Some(f));
                    errors.set(fields);
                    request_animation_frame(move || focus_id(&target));
                }
            }
        });
    };

    let message = move |field: &'static str| field_error_shown(i18n, errors, field);
    let invalid = move |field: &'static str| field_aria_invalid(errors, field);
    // One text field: label, optional hint, input bound to one member of the address.
    let text = move |field: &'static str,
                     label: &'static str,
                     hint: Option<&'static str>,
                     autocomplete: &'static str,
                     kind: &'static str,
                     get: fn(&AddressInput) -> &String,
                     set: fn(&mut AddressInput) -> &mut String| {
        let id = format!("addr-{field}");
        let hint_id = format!("addr-{field}-hint");
        let error_id = format!("addr-{field}-error");
        view! {
            <div class="form-field">
                <label for=id.clone()>{tr(label)}</label>
                {hint.map(|h| view! { <p id=hint_id.clone() class="field-hint">{tr(h)}</p> })}
                <input id=id class="form-control" type=kind autocomplete=autocomplete dir="auto"
                    aria-invalid=invalid(field)
                    aria-describedby=format!("{hint_id} {error_id}")
                    prop:value=rf(move || data.with(|d| get(d).clone()))
                    on:input=move |ev| {
                        let v = event_target_value(&ev);
                        data.update(|d| *set(d) = v);
                    } />
                <p id=error_id class="field-error">{message(field)}</p>
            </div>
        }
    };

    let countries = move || {
        let tag = i18n.tag();
        let current = data.with(|d| d.country.clone());
        let mut codes = prefs.countries.get();
        if !current.is_empty() && !codes.contains(&current) {
            codes.push(current.clone());
        }
        let mut named: Vec<(String, String)> = codes
            .into_iter()
            .map(|c| (intl::country_name(&c, tag), c))
            .collect();
        intl::sort_by_name(&mut named, tag);
        named
            .into_iter()
            .map(|(n, c)| {
                let selected = c == current;
                view! { <option value=c prop:selected=selected>{n}</option> }
            })
            .collect_view()
    };
    let postal_hint = move || {
        data.with(|d| match postal_example(&d.country) {
            Some(ex) => i18n.tf("account-postal-hint", [("example", ex.into())]),
            None => i18n.t("account-postal-hint-other"),
        })
    };

    view! {
        <form class="address-form" on:submit=submit novalidate>
            {text("recipient_name", "account-recipient-label", Some("account-recipient-hint"), "shipping name", "text",
                |d| &d.recipient_name, |d| &mut d.recipient_name)}
            {text("phone", "account-phone-label", Some("account-phone-hint"), "shipping tel", "tel",
                |d| &d.phone, |d| &mut d.phone)}
            <div class="form-field">
                <label for="addr-country">{tr("account-country-label")}</label>
                <select id="addr-country" class="form-control" autocomplete="shipping country"
                    aria-invalid=invalid("country") aria-describedby="addr-country-error"
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        data.update(|d| d.country = v);
                        errors.update(|e| e.retain(|x| x.field != "postal_code"));
                    }>
                    <option value="" disabled=true prop:selected=rf(move || data.with(|d| d.country.is_empty()))>
                        {tr("account-country-choose")}
                    </option>
                    {rf(countries)}
                </select>
                <p id="addr-country-error" class="field-error">{message("country")}</p>
            </div>
            {text("region", "account-region-label", None, "shipping address-level1", "text",
                |d| &d.region, |d| &mut d.region)}
            {text("city", "account-city-label", None, "shipping address-level2", "text",
                |d| &d.city, |d| &mut d.city)}
            {text("street", "account-street-label", None, "shipping street-address", "text",
                |d| &d.street, |d| &mut d.street)}
            <div class="form-field">
                <label for="addr-postal_code">{tr("account-postal-label")}</label>
                <p id="addr-postal_code-hint" class="field-hint">{rf(postal_hint)}</p>
                <input id="addr-postal_code" class="form-control form-control-short" type="text"
                    autocomplete="shipping postal-code" autocapitalize="characters" dir="ltr"
                    aria-invalid=invalid("postal_code")
                    aria-describedby="addr-postal_code-hint addr-postal_code-error"
                    prop:value=rf(move || data.with(|d| d.postal_code.clone()))
                    on:input=move |ev| {
                        let v = event_target_value(&ev);
                        data.update(|d| d.postal_code = v);
                    } />
                <p id="addr-postal_code-error" class="field-error">{message("postal_code")}</p>
            </div>
            {(!was_default).then(|| view! {
                <label class="check-field">
                    <input type="checkbox" prop:checked=rf(move || data.with(|d| d.is_default))
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            data.update(|d| d.is_default = on);
                        } />
                    <span>{tr("account-address-default-check")}</span>
                </label>
            })}
            {rf(move || failure.get().map(|e| {
                let id = e.message_id();
                view! {
                    <p id="addr-failure" class="form-failure" role="alert" tabindex="-1">
                        {i18n.t_or(&id, "error-generic")}
                    </p>
                }
            }))}
            <div class="form-actions">
                <button type="submit" class="button button-primary" disabled=rf(move || busy.get())>
                    {rf(move || i18n.t(if busy.get() { "account-working" } else { submit_label }))}
                </button>
                {on_cancel.map(|c| view! {
                    <button type="button" class="button" on:click=move |_| c.run(())>
                        {tr("account-cancel")}
                    </button>
                })}
            </div>
        </form>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use storefront_api::account::postal_code_valid;

    #[test]
    fn examples_pass_their_own_country_rules() {
        for c in ["US", "RU", "DE", "ES", "FR", "SA", "BR", "GB"] {
            let ex = postal_example(c).expect("fixed format");
            for code in ex.split(", ") {
                assert!(postal_code_valid(c, code), "{c} {code}");
            }
        }
        assert_eq!(postal_example("JP"), None);
    }

    #[test]
    fn unknown_fields_focus_the_first_control() {
        assert_eq!(control_id("postal_code"), "addr-postal_code");
        assert_eq!(control_id("address"), "addr-recipient_name");
    }
}
