//! The seller card: store name, positive feedback, the three detailed ratings, years open,
//! followers and a link to the store.

use crate::api::urls;
use crate::components::follow::FollowStore;
use crate::components::icon::Icon;
use crate::components::rf;
use crate::i18n::{intl, use_i18n};
use leptos::prelude::*;
use storefront_api::Seller;

#[component]
pub fn SellerCard(seller: Seller) -> impl IntoView {
    let i18n = use_i18n();
    let Seller {
        id,
        name,
        country,
        positive_feedback_x10,
        feedback_count,
        years_open,
        followers,
        item_as_described_x10,
        communication_x10,
        shipping_speed_x10,
    } = seller;
    let one_decimal = move |x10: f64| intl::format_decimal(x10 / 10.0, i18n.tag(), 1, 1);
    let detail = move |id: &'static str, x10: u8| {
        view! {
            <div class="seller-score">
                <dt>{rf(move || i18n.t(id))}</dt>
                <dd>
                    <span aria-hidden="true">{rf(move || one_decimal(f64::from(x10)))}</span>
                    <span class="visually-hidden">{rf(move || i18n.tf("rating-label", [("rating", one_decimal(f64::from(x10)).into())]))}</span>
                </dd>
            </div>
        }
    };
    view! {
        <section class="panel seller-card" aria-labelledby="seller-title">
            <h2 id="seller-title"><Icon name="store" />{i18n.t("seller-title")}</h2>
            <p class="seller-name" dir="auto" data-l10n="data">{name}</p>
            <p class="seller-country">{rf(move || intl::country_name(&country, i18n.tag()))}</p>
            <p class="seller-positive">{rf(move || i18n.tf("seller-positive", [("percent", one_decimal(f64::from(positive_feedback_x10)).into())]))}</p>
            <ul class="seller-facts">
                <li>{rf(move || i18n.tf("seller-feedback", [("count", feedback_count.into())]))}</li>
                <li>{rf(move || i18n.tf("seller-years", [("count", years_open.into())]))}</li>
                <li><FollowStore seller_id=id followers=followers /></li>
            </ul>
            <dl class="seller-scores">
                {detail("seller-described", item_as_described_x10)}
                {detail("seller-communication", communication_x10)}
                {detail("seller-shipping-speed", shipping_speed_x10)}
            </dl>
            <a class="button seller-visit" href=urls::store_page(id)>{i18n.t("seller-visit")}</a>
        </section>
    }
}
