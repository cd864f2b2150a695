//! Prices in the display currency, formatted by `Intl`.

use crate::components::rf;
use crate::i18n::{intl, tr, use_i18n};
use crate::state::prefs::line_to_display;
use crate::state::Prefs;
use leptos::prelude::*;
use storefront_api::Money;

/// Formats a USD price in the display currency (tracked: currency, rates, locale).
pub fn display_price(prefs: Prefs, tag: &str, usd: &Money) -> String {
    intl::format_money(&prefs.display(usd), tag)
}

/// `<span class="price">` for a USD amount.
#[component]
pub fn Price(usd: Money, #[prop(optional)] class: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    let prefs = expect_context::<Prefs>();
    let class = if class.is_empty() {
        "price".to_string()
    } else {
        format!("price {class}")
    };
    view! { <span class=class>{rf(move || display_price(prefs, i18n.tag(), &usd))}</span> }
}

/// `<span class="price">` for a line: the unit price converted into the display currency,
/// times the quantity (never the converted USD line total, which can be a kopeck off).
#[component]
pub fn LinePrice(unit: Money, quantity: i64) -> impl IntoView {
    let i18n = use_i18n();
    let prefs = expect_context::<Prefs>();
    view! {
        <span class="price">
            {rf(move || {
                let currency = prefs.currency.get();
                let line = prefs.rates.with(|r| line_to_display(&unit, quantity, currency, r));
                intl::format_money(&line, i18n.tag())
            })}
        </span>
    }
}

/// The original price struck through, with its accessible meaning.
#[component]
pub fn OriginalPrice(usd: Money) -> impl IntoView {
    let i18n = use_i18n();
    let prefs = expect_context::<Prefs>();
    view! {
        <s class="price-original">
            <span class="visually-hidden">{tr("price-original-label")}</span>
            {rf(move || display_price(prefs, i18n.tag(), &usd))}
        </s>
    }
}
