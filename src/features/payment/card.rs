//! The card form (checkout's payment step, an order's "Pay again"): the fields as typed, their
//! checks (Luhn, expiry, CVC, holder) and the view.

use crate::components::rf;
use crate::i18n::{tr, use_i18n};
use leptos::prelude::*;
use storefront_api::checkout::{card_digits, luhn_valid, CardInput};

/// What [`CardForm`] edits: the card as typed and its errors (field id, message id). Provided
/// by the page that shows the form (checkout, an order's "Pay again").
#[derive(Clone, Copy)]
pub struct CardState {
    pub card: RwSignal<CardFields>,
    pub errors: RwSignal<Vec<(&'static str, &'static str)>>,
}

#[component]
fn CardField(
    id: &'static str,
    label: &'static str,
    autocomplete: &'static str,
    #[prop(default = "text")] inputmode: &'static str,
    /// The longest value the field takes (the test provider's card rules).
    #[prop(optional)]
    maxlength: Option<u32>,
    get: fn(&CardFields) -> String,
    set: fn(&mut CardFields, String),
) -> impl IntoView {
    let co = expect_context::<CardState>();
    let i18n = use_i18n();
    let error = move || {
        co.errors
            .with(|e| e.iter().find(|(f, _)| *f == id).map(|(_, m)| *m))
    };
    let err_id = format!("{id}-error");
    view! {
        <div class="field">
            <label for=id>{tr(label)}</label>
            <input id=id type="text" inputmode=inputmode autocomplete=autocomplete maxlength=maxlength
                aria-invalid=move || error().is_some().to_string()
                aria-describedby=err_id.clone()
                prop:value=move || co.card.with(get)
                on:input=move |ev| {
                    let v = event_target_value(&ev);
                    co.card.update(|c| set(c, v));
                } />
            <p class="field-error" id=err_id>{rf(move || error().map(|m| i18n.t(m)))}</p>
        </div>
    }
}

/// The card fields (see [`CardState`]).
#[component]
pub fn CardForm() -> impl IntoView {
    view! {
        <div class="card-form">
            <CardField id="card-number" label="card-number" autocomplete="cc-number" inputmode="numeric"
                get=|c| c.number.clone() set=|c, v| c.number = v />
            <div class="card-row">
                <CardField id="card-exp-month" label="card-exp-month" autocomplete="cc-exp-month" inputmode="numeric" maxlength=2
                    get=|c| c.exp_month.clone() set=|c, v| c.exp_month = v />
                <CardField id="card-exp-year" label="card-exp-year" autocomplete="cc-exp-year" inputmode="numeric" maxlength=4
                    get=|c| c.exp_year.clone() set=|c, v| c.exp_year = v />
                <CardField id="card-cvc" label="card-cvc" autocomplete="cc-csc" inputmode="numeric" maxlength=4
                    get=|c| c.cvc.clone() set=|c, v| c.cvc = v />
            </div>
            <CardField id="card-holder" label="card-holder" autocomplete="cc-name"
                get=|c| c.holder.clone() set=|c, v| c.holder = v />
            <p class="card-note">{tr("card-test-note")}</p>
        </div>
    }
}

/// The card form as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CardFields {
    pub number: String,
    pub exp_month: String,
    pub exp_year: String,
    pub cvc: String,
    pub holder: String,
}

/// Field ids of the card form, in display order.
pub const CARD_FIELDS: [&str; 5] = [
    "card-number",
    "card-exp-month",
    "card-exp-year",
    "card-cvc",
    "card-holder",
];

/// The four-digit year of a two- or four-digit entry.
fn full_year(y: u32) -> u32 {
    if y < 100 {
        2000 + y
    } else {
        y
    }
}

/// Errors of the card form as (field id, message id), in display order; empty when valid.
/// `now` is (year, month) of today.
pub fn validate_card(f: &CardFields, now: (u32, u32)) -> Vec<(&'static str, &'static str)> {
    let mut out = Vec::new();
    let number = f.number.trim();
    if number.is_empty() {
        out.push(("card-number", "card-error-required"));
    } else if !luhn_valid(number) {
        out.push(("card-number", "card-error-number"));
    }
    let month = f
        .exp_month
        .trim()
        .parse::<u32>()
        .ok()
        .filter(|m| (1..=12).contains(m));
    let year = f
        .exp_year
        .trim()
        .parse::<u32>()
        .ok()
        .filter(|_| matches!(f.exp_year.trim().len(), 2 | 4))
        .map(full_year);
    match (month, year) {
        (None, _) => out.push(("card-exp-month", "card-error-month")),
        (_, None) => out.push(("card-exp-year", "card-error-year")),
        (Some(m), Some(y)) if (y, m) < now => out.push(("card-exp-month", "card-error-expired")),
        _ => {}
    }
    let cvc = f.cvc.trim();
    if !(3..=4).contains(&cvc.len()) || !cvc.bytes().all(|b| b.is_ascii_digit()) {
        out.push(("card-cvc", "card-error-cvc"));
    }
    let holder = f.holder.trim().chars().count();
    if !(2..=100).contains(&holder) {
        out.push(("card-holder", "card-error-holder"));
    }
    out
}

/// The card as the API takes it (only call after [`validate_card`] found nothing).
pub fn card_input(f: &CardFields) -> CardInput {
    CardInput {
        number: card_digits(&f.number).unwrap_or_default(),
        exp_month: f.exp_month.trim().parse().unwrap_or(0),
        exp_year: f.exp_year.trim().parse::<u32>().map(full_year).unwrap_or(0),
        cvc: f.cvc.trim().to_string(),
        holder: f.holder.trim().to_string(),
    }
}

/// The card form field a server field error (`payment/card/<name>`) belongs to.
pub fn card_field_of(pointer: &str) -> Option<&'static str> {
    let name = pointer
        .trim_start_matches('/')
        .strip_prefix("payment/card/")?;
    Some(match name {
        "number" => "card-number",
        "exp_month" => "card-exp-month",
        "exp_year" => "card-exp-year",
        "cvc" => "card-cvc",
        "holder" => "card-holder",
        _ => return None,
    })
}

/// Today's (year, month).
pub fn this_month() -> (u32, u32) {
    #[cfg(target_arch = "wasm32")]
    {
        let d = js_sys::Date::new_0();
        (d.get_full_year(), d.get_month() + 1)
    }
    #[cfg(not(target_arch = "wasm32"))]
    (2026, 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn card(number: &str, m: &str, y: &str, cvc: &str, holder: &str) -> CardFields {
        CardFields {
            number: number.into(),
            exp_month: m.into(),
            exp_year: y.into(),
            cvc: cvc.into(),
            holder: holder.into(),
        }
    }

    #[test]
    fn a_good_card_passes_and_converts() {
        let f = card("4242 4242 4242 4242", "12", "30", "123", "Ann Lee");
        assert!(validate_card(&f, (2026, 11)).is_empty());
        let c = card_input(&f);
        assert_eq!(c.number, "4242424242424242");
        assert_eq!((c.exp_month, c.exp_year), (12, 2030));
    }

    #[test]
    fn every_bad_field_is_named_in_order() {
        let f = card("4242 4242 4242 4241", "13", "30", "12", "A");
        let errs: Vec<&str> = validate_card(&f, (2026, 11)).iter().map(|e| e.0).collect();
        assert_eq!(
            errs,
            vec!["card-number", "card-exp-month", "card-cvc", "card-holder"]
        );
        let expired = card("4242424242424242", "10", "2026", "123", "Ann");
        assert_eq!(
            validate_card(&expired, (2026, 11)),
            vec![("card-exp-month", "card-error-expired")]
        );
        assert!(validate_card(
            &card("4242424242424242", "11", "26", "123", "Ann"),
            (2026, 11)
        )
        .is_empty());
        let empty = validate_card(&CardFields::default(), (2026, 11));
        assert_eq!(empty[0], ("card-number", "card-error-required"));
        assert_eq!(
            validate_card(
                &card("4242424242424242", "1", "202", "123", "Ann"),
                (2026, 1)
            )[0],
            ("card-exp-year", "card-error-year")
        );
    }

    #[test]
    fn server_fields_map_to_the_form() {
        assert_eq!(card_field_of("payment/card/cvc"), Some("card-cvc"));
        assert_eq!(card_field_of("/payment/card/number"), Some("card-number"));
        assert_eq!(card_field_of("address_id"), None);
    }
}
