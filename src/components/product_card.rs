//! The product card: image, title, price, discount, rating, sales, free-shipping badge.

use super::price::{OriginalPrice, Price};
use crate::api::urls;
use crate::components::heart::HeartButton;
use crate::components::rf;
use crate::i18n::{intl, tr, use_i18n};
use leptos::prelude::*;
use storefront_api::ProductSummary;

/// Displayed size of card images; the box keeps this aspect ratio so nothing shifts on load.
pub const CARD_IMAGE_SIZE: u32 = 300;

/// Rating like "★ 4.7" with an accessible label; nothing when there are no reviews yet.
#[component]
pub fn Rating(rating_x10: u8, #[prop(optional)] reviews: Option<i64>) -> impl IntoView {
    let i18n = use_i18n();
    (rating_x10 > 0).then(move || {
        let value = move || intl::format_decimal(f64::from(rating_x10) / 10.0, i18n.tag(), 1, 1);
        view! {
            <span class="rating">
                <span class="rating-star" aria-hidden="true">"★"</span>
                <span class="visually-hidden">
                    {rf(move || i18n.tf("rating-label", [("rating", value().into())]))}
                </span>
                <span class="rating-value" aria-hidden="true">{value}</span>
                {reviews.map(|n| view! {
                    <span class="rating-reviews">
                        {rf(move || i18n.tf("reviews-count", [("count", n.into())]))}
                    </span>
                })}
            </span>
        }
    })
}

#[component]
pub fn ProductCard(product: ProductSummary) -> impl IntoView {
    let i18n = use_i18n();
    let ProductSummary {
        id,
        title,
        price,
        original_price,
        image,
        rating_x10,
        orders_count,
        free_shipping,
        ..
    } = product;
    let href = urls::product_page(id);
    let src = urls::asset(&urls::base(), &image);
    let discount = original_price.and_then(|o| intl::discount_percent(&price, &o));
    let size = CARD_IMAGE_SIZE.to_string();
    view! {
        <article class="product-card">
            <HeartButton product_id=id price=price class="product-card-heart" />
            <a class="product-card-link" href=href>
                <div class="product-card-media">
                    <img
                        src=src
                        alt=title.clone()
                        width=size.clone()
                        height=size
                        loading="lazy"
                        decoding="async"
                    />
                    {discount.map(|d| view! {
                        <span class="badge badge-discount">
                            {rf(move || i18n.tf("discount-badge", [("percent", intl::format_percent(d, i18n.tag()).into())]))}
                        </span>
                    })}
                </div>
                <div class="product-card-body">
                    <h3 class="product-card-title" dir="auto" data-l10n="data">{title}</h3>
                    <div class="product-card-prices">
                        <Price usd=price />
                        {original_price.filter(|_| discount.is_some()).map(|o| view! { <OriginalPrice usd=o /> })}
                    </div>
                    <div class="product-card-meta">
                        <Rating rating_x10=rating_x10 />
                        {(orders_count > 0).then(|| view! {
                            <span class="sold">{rf(move || i18n.tf("sold-count", [("count", orders_count.into())]))}</span>
                        })}
                    </div>
                    {free_shipping.then(|| view! {
                        <span class="badge badge-shipping">{tr("free-shipping")}</span>
                    })}
                </div>
            </a>
        </article>
    }
}

/// A responsive grid of cards.
#[component]
pub fn ProductGrid(products: Vec<ProductSummary>) -> impl IntoView {
    view! {
        <div class="product-grid">
            {products.into_iter().map(|p| view! { <ProductCard product=p /> }).collect_view()}
        </div>
    }
}
