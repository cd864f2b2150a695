//! `/p/:id`: gallery, title, price range, options, wholesale tiers, shipping to the buyer's
//! country, seller card, specifications and description.

use crate::api::{products::fetch_product, urls, ApiError};
use crate::components::breadcrumbs::Breadcrumbs;
use crate::components::icon::Icon;
use crate::components::price::{display_price, OriginalPrice};
use crate::components::product_card::Rating;
use crate::components::states::{BlockSkeleton, ErrorState};
use crate::components::title::use_page_title;
use crate::i18n::{intl, tr, use_i18n};
use crate::state::Prefs;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use storefront_api::{ErrorCode, Money, PriceTier, ProductDetail, Seller, ShippingOption};

/// Lowest and highest one-piece price over the SKUs (the summary price when there are none).
pub fn price_range(p: &ProductDetail) -> (Money, Money) {
    let base = p.summary.price;
    let min = p
        .skus
        .iter()
        .map(|s| s.price)
        .filter(|m| m.currency == base.currency)
        .min_by_key(|m| m.amount);
    let max = p
        .skus
        .iter()
        .map(|s| s.price)
        .filter(|m| m.currency == base.currency)
        .max_by_key(|m| m.amount);
    (min.unwrap_or(base), max.unwrap_or(base))
}

/// One piece's price at a wholesale tier, rounded half up to the minor unit.
pub fn tier_price(base: &Money, tier: &PriceTier) -> Money {
    let amount = (i128::from(base.amount) * i128::from(tier.percent_of_base) + 50) / 100;
    Money::new(i64::try_from(amount).unwrap_or(base.amount), base.currency)
}

#[component]
pub fn ProductPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let id = move || params.with(|p| p.get("id").and_then(|s| s.parse::<i64>().ok()));
    let detail = LocalResource::new(move || {
        let id = id();
        let lang = i18n.locale();
        async move {
            match id {
                Some(id) if id > 0 => fetch_product(id, lang.code()).await,
                _ => Err(ApiError::Status {
                    status: 404,
                    code: Some(ErrorCode::ProductNotFound),
                }),
            }
        }
    });
    use_page_title(move || {
        detail
            .get()
            .and_then(|r| r.ok())
            .map(|d| d.summary.title)
            .unwrap_or_default()
    });

    view! {
        <div class="page page-product">
            <Transition fallback=|| view! {
                <div class="product-layout">
                    <div class="skeleton gallery-skeleton"></div>
                    <BlockSkeleton lines=5 />
                </div>
            }>
                {move || Suspend::new(async move {
                    match detail.await {
                        Ok(d) => view! { <ProductView product=d /> }.into_any(),
                        Err(e) => view! {
                            <h1 class="page-title">{tr("product-unavailable")}</h1>
                            <ErrorState error=e on_retry=move |_| detail.refetch() />
                        }.into_any(),
                    }
                })}
            </Transition>
        </div>
    }
}

#[component]
fn ProductView(product: ProductDetail) -> impl IntoView {
    let i18n = use_i18n();
    let prefs = expect_context::<Prefs>();
    let (min, max) = price_range(&product);
    let ProductDetail {
        summary,
        description,
        breadcrumbs,
        seller,
        images,
        attributes,
        options,
        price_tiers,
        shipping,
        ..
    } = product;
    let images = if images.is_empty() {
        vec![summary.image.clone()]
    } else {
        images
    };
    let discount = summary
        .original_price
        .and_then(|o| intl::discount_percent(&min, &o));
    let price_text = move || {
        let tag = i18n.tag();
        let lo = display_price(prefs, tag, &min);
        if min == max {
            lo
        } else {
            i18n.tf(
                "price-range",
                [
                    ("min", lo.into()),
                    ("max", display_price(prefs, tag, &max).into()),
                ],
            )
        }
    };
    let orders = summary.orders_count;
    let title = summary.title.clone();

    view! {
        <Breadcrumbs crumbs=breadcrumbs current=summary.title.clone() />
        <div class="product-layout">
            <Gallery images=images title=title />
            <div class="product-info">
                <h1 class="product-title" dir="auto">{summary.title.clone()}</h1>
                <div class="product-stats">
                    <Rating rating_x10=summary.rating_x10 reviews=summary.reviews_count />
                    <span class="sold">{move || i18n.tf("sold-count", [("count", orders.into())])}</span>
                </div>
                <div class="price-panel">
                    <span class="price price-large">{price_text}</span>
                    {summary.original_price.filter(|_| discount.is_some()).map(|o| view! { <OriginalPrice usd=o /> })}
                    {discount.map(|d| view! {
                        <span class="badge badge-discount">
                            {move || i18n.tf("discount-badge", [("percent", intl::format_percent(d, i18n.tag()).into())])}
                        </span>
                    })}
                </div>
                {(!price_tiers.is_empty()).then(|| view! { <Tiers base=min tiers=price_tiers /> })}
                {(!options.is_empty()).then(|| view! {
                    <div class="product-options">
                        {options.into_iter().map(|o| view! {
                            <div class="option-group">
                                <h2 class="option-name">{o.name}</h2>
                                <ul class="chips">
                                    {o.values.into_iter().map(|v| view! { <li><span class="chip chip-static">{v}</span></li> }).collect_view()}
                                </ul>
                            </div>
                        }).collect_view()}
                    </div>
                })}
                <Shipping options=shipping free=summary.free_shipping ships_from=summary.ships_from.clone() />
            </div>
        </div>
        <div class="product-lower">
            <SellerCard seller=seller />
            {(!attributes.is_empty()).then(|| view! {
                <section class="panel">
                    <h2>{tr("product-specs")}</h2>
                    <dl class="specs">
                        {attributes.into_iter().map(|a| view! { <div class="spec"><dt>{a.name}</dt><dd>{a.value}</dd></div> }).collect_view()}
                    </dl>
                </section>
            })}
            <section class="panel">
                <h2>{tr("product-description")}</h2>
                <p class="description">{description}</p>
            </section>
        </div>
    }
}

#[component]
fn Gallery(images: Vec<String>, title: String) -> impl IntoView {
    let i18n = use_i18n();
    let current = RwSignal::new(0_usize);
    let base = urls::base();
    let srcs: Vec<String> = images.iter().map(|i| urls::asset(&base, i)).collect();
    let total = srcs.len();
    let main_srcs = srcs.clone();
    view! {
        <div class="gallery">
            <div class="gallery-main">
                <img
                    src=move || main_srcs.get(current.get()).cloned().unwrap_or_default()
                    alt=title
                    width="600"
                    height="600"
                />
            </div>
            {(total > 1).then(|| view! {
                <ul class="gallery-thumbs">
                    {srcs.into_iter().enumerate().map(|(i, src)| view! {
                        <li>
                            <button
                                type="button"
                                class="gallery-thumb"
                                aria-pressed=move || (current.get() == i).to_string()
                                aria-label=move || i18n.tf("gallery-image", [("index", (i + 1).into()), ("total", total.into())])
                                on:click=move |_| current.set(i)
                            >
                                <img src=src alt="" width="64" height="64" loading="lazy" />
                            </button>
                        </li>
                    }).collect_view()}
                </ul>
            })}
        </div>
    }
}

#[component]
fn Tiers(base: Money, tiers: Vec<PriceTier>) -> impl IntoView {
    let i18n = use_i18n();
    let prefs = expect_context::<Prefs>();
    view! {
        <section class="tiers">
            <h2>{tr("tiers-title")}</h2>
            <table class="tiers-table">
                <thead>
                    <tr>
                        <th scope="col">{tr("tiers-quantity")}</th>
                        <th scope="col">{tr("tiers-unit-price")}</th>
                    </tr>
                </thead>
                <tbody>
                    {tiers.into_iter().map(|t| {
                        let unit = tier_price(&base, &t);
                        let qty = t.min_quantity;
                        view! {
                            <tr>
                                <td>{move || i18n.tf("tiers-from", [("count", qty.into())])}</td>
                                <td class="price">{move || display_price(prefs, i18n.tag(), &unit)}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </section>
    }
}

#[component]
fn Shipping(options: Vec<ShippingOption>, free: bool, ships_from: String) -> impl IntoView {
    let i18n = use_i18n();
    let prefs = expect_context::<Prefs>();
    let options = StoredValue::new(options);
    let from = move || intl::country_name(&ships_from, i18n.tag());
    view! {
        <section class="shipping">
            <h2><Icon name="truck" />{tr("shipping-title")}</h2>
            <p class="shipping-from">{move || i18n.tf("ships-from", [("country", from().into())])}</p>
            {move || {
                let to = prefs.ship_to.get();
                let tag = i18n.tag();
                let here: Vec<ShippingOption> = options.with_value(|o| o.iter().filter(|s| s.to_country.eq_ignore_ascii_case(&to)).cloned().collect());
                if here.is_empty() {
                    let country = intl::country_name(&to, tag);
                    view! { <p class="shipping-none">{i18n.tf("shipping-none", [("country", country.into())])}</p> }.into_any()
                } else {
                    view! {
                        <ul class="shipping-options">
                            {here.into_iter().map(|s| {
                                let cost = if s.cost.amount == 0 { i18n.t("free-shipping") } else { display_price(prefs, tag, &s.cost) };
                                view! {
                                    <li class="shipping-option">
                                        <span class="shipping-carrier">{s.carrier}</span>
                                        <span class="shipping-cost">{cost}</span>
                                        <span class="shipping-days">{i18n.tf("shipping-days", [("min", s.days_min.into()), ("max", s.days_max.into())])}</span>
                                        {s.tracking.then(|| view! { <span class="badge badge-tracking">{i18n.t("shipping-tracked")}</span> })}
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }
            }}
            {free.then(|| view! { <p class="badge badge-shipping">{tr("free-shipping")}</p> })}
        </section>
    }
}

#[component]
fn SellerCard(seller: Seller) -> impl IntoView {
    let i18n = use_i18n();
    let Seller {
        name,
        country,
        positive_feedback_x10,
        feedback_count,
        years_open,
        followers,
        item_as_described_x10,
        communication_x10,
        shipping_speed_x10,
        ..
    } = seller;
    let one_decimal = move |x10: f64| intl::format_decimal(x10 / 10.0, i18n.tag(), 1, 1);
    let detail = move |id: &'static str, x10: u8| {
        view! {
            <div class="seller-score"><dt>{move || i18n.t(id)}</dt><dd>{move || one_decimal(f64::from(x10))}</dd></div>
        }
    };
    view! {
        <section class="panel seller-card">
            <h2><Icon name="store" />{tr("seller-title")}</h2>
            <p class="seller-name">{name}</p>
            <p class="seller-country">{move || intl::country_name(&country, i18n.tag())}</p>
            <ul class="seller-facts">
                <li>{move || i18n.tf("seller-positive", [("percent", one_decimal(f64::from(positive_feedback_x10)).into())])}</li>
                <li>{move || i18n.tf("seller-feedback", [("count", feedback_count.into())])}</li>
                <li>{move || i18n.tf("seller-years", [("count", years_open.into())])}</li>
                <li>{move || i18n.tf("seller-followers", [("count", followers.into())])}</li>
            </ul>
            <dl class="seller-scores">
                {detail("seller-described", item_as_described_x10)}
                {detail("seller-communication", communication_x10)}
                {detail("seller-shipping-speed", shipping_speed_x10)}
            </dl>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tier_prices_round_half_up() {
        let base = Money::usd(1999);
        let t = |p| {
            tier_price(
                &base,
                &PriceTier {
                    min_quantity: 10,
                    percent_of_base: p,
                },
            )
        };
        assert_eq!(t(100), Money::usd(1999));
        assert_eq!(t(95), Money::usd(1899)); // 1899.05
        assert_eq!(t(90), Money::usd(1799)); // 1799.1
        assert_eq!(
            tier_price(
                &Money::usd(10),
                &PriceTier {
                    min_quantity: 2,
                    percent_of_base: 85
                }
            ),
            Money::usd(9)
        ); // 8.5 → 9
    }
}
