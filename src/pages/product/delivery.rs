//! Shipping to the header's ship-to country (cost, carrier, tracking, delivery dates) and the
//! buyer-protection panel.

use crate::components::icon::Icon;
use crate::components::price::display_price;
use crate::components::rf;
use crate::i18n::{intl, use_i18n};
use crate::state::Prefs;
use leptos::prelude::*;
use storefront_api::ShippingOption;

/// The options to `country`, cheapest first.
pub fn options_to(options: &[ShippingOption], country: &str) -> Vec<ShippingOption> {
    // A few options: an insertion sort keeps std's sort code out of the wasm.
    let mut here: Vec<ShippingOption> = Vec::new();
    let key = |s: &ShippingOption| (s.cost.amount, s.days_max);
    for s in options
        .iter()
        .filter(|s| s.to_country.eq_ignore_ascii_case(country))
    {
        let at = here.partition_point(|h| key(h) <= key(s));
        here.insert(at, s.clone());
    }
    here
}

#[component]
pub fn Shipping(options: Vec<ShippingOption>, ships_from: String) -> impl IntoView {
    let i18n = use_i18n();
    let prefs = expect_context::<Prefs>();
    let options = StoredValue::new(options);
    let from = move || intl::country_name(&ships_from, i18n.tag());
    view! {
        <section class="shipping" aria-labelledby="shipping-title">
            <h2 id="shipping-title"><Icon name="truck" />{i18n.t("shipping-title")}</h2>
            <p class="shipping-route">
                {rf(move || i18n.tf("shipping-route", [
                    ("from", from().into()),
                    ("to", intl::country_name(&prefs.ship_to.get(), i18n.tag()).into()),
                ]))}
            </p>
            {rf(move || {
                let to = prefs.ship_to.get();
                let tag = i18n.tag();
                let here = options.with_value(|o| options_to(o, &to));
                if here.is_empty() {
                    let country = intl::country_name(&to, tag);
                    return view! {
                        <p class="shipping-none" role="status">{i18n.tf("shipping-none", [("country", country.into())])}</p>
                    }.into_any();
                }
                view! {
                    <ul class="shipping-options">
                        {here.into_iter().map(|s| {
                            let cost = if s.cost.amount == 0 { i18n.t("free-shipping") } else { display_price(prefs, tag, &s.cost) };
                            let window = intl::delivery_window(s.days_min, s.days_max, tag);
                            view! {
                                <li class="shipping-option">
                                    <span class="shipping-cost">{cost}</span>
                                    <span class="shipping-carrier" dir="auto" data-l10n="data">{s.carrier}</span>
                                    <span class="shipping-eta">{i18n.tf("delivery-window", [("dates", window.into())])}</span>
                                    <span class="shipping-days">{i18n.tf("shipping-days", [("min", s.days_min.into()), ("max", s.days_max.into())])}</span>
                                    {if s.tracking {
                                        view! { <span class="badge badge-tracking">{i18n.t("shipping-tracked")}</span> }.into_any()
                                    } else {
                                        view! { <span class="badge badge-untracked">{i18n.t("shipping-untracked")}</span> }.into_any()
                                    }}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            })}
        </section>
    }
}

/// The payment hold in plain words.
#[component]
pub fn Protection() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="protection" aria-labelledby="protection-title">
            <h2 id="protection-title"><Icon name="shield" />{i18n.t("protection-title")}</h2>
            <ul class="protection-points">
                <li>{i18n.t("protection-held")}</li>
                <li>{i18n.t("protection-refund")}</li>
                <li>{i18n.t("protection-arbitration")}</li>
            </ul>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use storefront_api::Money;

    fn option(to: &str, cost: i64) -> ShippingOption {
        ShippingOption {
            to_country: to.into(),
            carrier: "C".into(),
            cost: Money::usd(cost),
            days_min: 5,
            days_max: 9,
            tracking: true,
        }
    }

    #[test]
    fn options_are_filtered_by_country_cheapest_first() {
        let all = [option("US", 500), option("DE", 100), option("us", 0)];
        let us = options_to(&all, "US");
        assert_eq!(us.len(), 2);
        assert_eq!(us[0].cost.amount, 0);
        assert!(options_to(&all, "BR").is_empty());
    }
}
