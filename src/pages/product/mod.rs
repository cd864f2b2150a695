//! `/p/:id`: gallery, variants (the chosen SKU in `?sku=`), wholesale tiers, quantity with unit
//! and total price, shipping to the buyer's country, buyer protection, seller card, reviews,
//! specifications and description.

mod buy;
mod delivery;
mod gallery;
mod related;
mod report;
mod reviews;
mod seller;

pub use buy::{tier_price, unit_price};

use crate::api::{urls, ApiError};
use crate::components::breadcrumbs::Breadcrumbs;
use crate::components::heart::HeartButton;
use crate::components::not_found::NotFoundPage;
use crate::components::price::{display_price, OriginalPrice};
use crate::components::product_card::Rating;
use crate::components::rf;
use crate::components::states::{BlockSkeleton, ErrorState};
use crate::components::title::use_page_title;
use crate::i18n::{intl, use_i18n};
use crate::state::Prefs;
use buy::{matching_sku, tier_rows, BuyBox, TierTable, VariantPicker};
use delivery::{Protection, Shipping};
use gallery::Gallery;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate, use_params_map, use_query_map};
use leptos_router::NavigateOptions;
use report::ReportListing;
use reviews::Reviews;
use seller::SellerCard;
use storefront_api::{ErrorCode, Money, ProductDetail, Sku};

/// Lowest and highest one-piece price over the SKUs (the summary price when there are none).
pub fn price_range(p: &ProductDetail) -> (Money, Money) {
    let base = p.summary.price;
    let same = || {
        p.skus
            .iter()
            .map(|s| s.price)
            .filter(|m| m.currency == base.currency)
    };
    let min = same().min_by_key(|m| m.amount);
    let max = same().max_by_key(|m| m.amount);
    (min.unwrap_or(base), max.unwrap_or(base))
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
                Some(id) if id > 0 => crate::api::products::get(id, lang.code()).await,
                _ => Err(ApiError::status(404, Some(ErrorCode::ProductNotFound))),
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
                {rf(move || Suspend::new(async move {
                    match detail.await {
                        Ok(d) => view! { <ProductView product=d /> }.into_any(),
                        Err(e) if e.is_not_found() => view! { <NotFoundPage /> }.into_any(),
                        Err(e) => view! {
                            <h1 class="page-title">{i18n.t("product-unavailable")}</h1>
                            <ErrorState error=e on_retry=move |_| detail.refetch() />
                        }.into_any(),
                    }
                }))}
            </Transition>
        </div>
    }
}

#[component]
fn ProductView(product: ProductDetail) -> impl IntoView {
    let i18n = use_i18n();
    let prefs = expect_context::<Prefs>();
    let query = use_query_map();
    let location = use_location();
    let navigate = use_navigate();
    let (min, max) = price_range(&product);
    let ProductDetail {
        summary,
        description,
        breadcrumbs,
        seller,
        images,
        attributes,
        options,
        skus,
        price_tiers,
        shipping,
        ..
    } = product;
    let images = if images.is_empty() {
        vec![summary.image.clone()]
    } else {
        images
    };
    let image_count = images.len();
    let option_count = options.len();
    let has_options = option_count > 0;
    let skus = StoredValue::new(skus);
    let tiers = StoredValue::new(price_tiers);

    // The chosen values; a complete choice is a SKU, kept in `?sku=` (reload and back keep it).
    let sku_of = move |id: i64| skus.with_value(|s| s.iter().find(|k| k.id == id).cloned());
    let url_sku = Memo::new(move |_| {
        query
            .with(|q| q.get("sku"))
            .and_then(|s| s.trim().parse::<i64>().ok())
            .and_then(sku_of)
    });
    let values_of = |sku: &Sku| sku.values.iter().cloned().map(Some).collect::<Vec<_>>();
    // Set when Add to cart / Buy now found an option group without a choice: the picker
    // marks those groups.
    let choose_asked = RwSignal::new(false);
    let picked = RwSignal::new(
        url_sku
            .get_untracked()
            .map(|s| values_of(&s))
            .unwrap_or_else(|| vec![None; option_count]),
    );
    Effect::new(move |_| {
        if let Some(s) = url_sku.get() {
            let values = values_of(&s);
            if picked.with_untracked(|p| *p != values) {
                picked.set(values);
            }
        }
    });
    let selected = Memo::new(move |_| {
        if has_options {
            picked.with(|p| skus.with_value(|s| matching_sku(s, p).cloned()))
        } else {
            skus.with_value(|s| (s.len() == 1).then(|| s[0].clone()))
        }
    });
    let on_pick = move |(i, value): (usize, String)| {
        let mut next = picked.get_untracked();
        if let Some(slot) = next.get_mut(i) {
            *slot = if slot.as_deref() == Some(value.as_str()) {
                None
            } else {
                Some(value)
            };
        }
        let sku = skus.with_value(|s| matching_sku(s, &next).map(|k| k.id));
        picked.set(next);
        let search = location.search.get_untracked();
        let search = match sku {
            Some(id) => urls::with_query_param(&search, "sku", &id.to_string()),
            None => urls::without_query_param(&search, "sku"),
        };
        let url = format!("{}{}", location.pathname.get_untracked(), search);
        navigate(
            &url,
            NavigateOptions {
                replace: true,
                scroll: false,
                ..Default::default()
            },
        );
    };

    // The gallery follows the chosen SKU's picture.
    let current_image = RwSignal::new(0_usize);
    Effect::new(move |_| {
        if let Some(s) = selected.get() {
            let i = s.image_index as usize;
            if i < image_count {
                current_image.set(i);
            }
        }
    });

    let quantity = RwSignal::new(1_i64);
    let max_quantity = Memo::new(move |_| match selected.get() {
        Some(s) => s.stock.max(1),
        None => skus.with_value(|s| s.iter().map(|k| k.stock).max().unwrap_or(1).max(1)),
    });
    Effect::new(move |_| {
        let max = max_quantity.get();
        if quantity.get_untracked() > max {
            quantity.set(max);
        }
    });
    let base = Signal::derive(move || selected.get().map_or(min, |s| s.price));
    let unit = Memo::new(move |_| tiers.with_value(|t| unit_price(&base.get(), t, quantity.get())));
    let rows = tiers.with_value(|t| tier_rows(t));

    let discount = summary
        .original_price
        .and_then(|o| intl::discount_percent(&min, &o));
    let price_text = move || {
        let tag = i18n.tag();
        let q = quantity.get();
        if selected.with(Option::is_some) || min == max {
            return display_price(prefs, tag, &unit.get());
        }
        let (lo, hi) = tiers.with_value(|t| (unit_price(&min, t, q), unit_price(&max, t, q)));
        i18n.tf(
            "price-range",
            [
                ("min", display_price(prefs, tag, &lo).into()),
                ("max", display_price(prefs, tag, &hi).into()),
            ],
        )
    };
    let orders = summary.orders_count;
    let title = summary.title.clone();
    crate::state::wishlist::remember_view(summary.clone());
    keep_wish_intent(summary.id, summary.price);

    view! {
        <Breadcrumbs crumbs=breadcrumbs current=summary.title.clone() />
        <div class="product-layout">
            <Gallery images=images title=title current=current_image />
            <div class="product-info">
                <div class="product-title-row">
                    <h1 class="product-title" dir="auto" data-l10n="data">{summary.title.clone()}</h1>
                    <HeartButton product_id=summary.id price=summary.price class="product-heart" />
                </div>
                <div class="product-stats">
                    <Rating rating_x10=summary.rating_x10 reviews=summary.reviews_count />
                    <span class="sold">{rf(move || i18n.tf("sold-count", [("count", orders.into())]))}</span>
                </div>
                <div class="price-panel">
                    <span class="price price-large product-price">{price_text}</span>
                    {summary.original_price.filter(|_| discount.is_some()).map(|o| view! { <OriginalPrice usd=o /> })}
                    {discount.map(|d| view! {
                        <span class="badge badge-discount">
                            {rf(move || i18n.tf("discount-badge", [("percent", intl::format_percent(d, i18n.tag()).into())]))}
                        </span>
                    })}
                    {summary.free_shipping.then(|| view! { <span class="badge badge-shipping">{i18n.t("free-shipping")}</span> })}
                </div>
                {(rows.len() > 1).then(|| view! { <TierTable rows=rows base=base quantity=quantity /> })}
                {has_options.then(|| view! {
                    <VariantPicker options=options skus=skus picked=picked.into() on_pick=on_pick asked=choose_asked />
                })}
                <BuyBox
                    choose_asked=choose_asked
                    product_id=summary.id
                    selected=selected
                    has_options=has_options
                    max_quantity=max_quantity
                    quantity=quantity
                    unit=unit
                />
                <Shipping options=shipping ships_from=summary.ships_from.clone() />
                <Protection />
                <crate::components::contact_seller::ContactSeller about=storefront_api::inbox::StartConversation { product_id: Some(summary.id), order_id: None } />
                <ReportListing product_id=summary.id />
            </div>
        </div>
        <div class="product-lower">
            <SellerCard seller=seller />
            <Reviews product_id=summary.id rating_x10=summary.rating_x10 reviews_count=summary.reviews_count />
            {(!attributes.is_empty()).then(|| view! {
                <section class="panel">
                    <h2>{i18n.t("product-specs")}</h2>
                    <dl class="specs">
                        {attributes.into_iter().map(|a| view! { <div class="spec" data-l10n="data"><dt>{a.name}</dt><dd dir="auto">{a.value}</dd></div> }).collect_view()}
                    </dl>
                </section>
            })}
            <section class="panel">
                <h2>{i18n.t("product-description")}</h2>
                <p class="description" dir="auto" data-l10n="data">{description}</p>
            </section>
        </div>
        <related::Related product_id=summary.id />
    }
}

/// `?wish=1`: a partner widget's heart sent the buyer here to keep the product (the widget
/// cannot, when the buyer's session does not reach its frame). The product goes on the wish
/// list once (never off it): the local list when signed out, the account's when signed in —
/// after the session is known and the local list merged, so the add lands where the buyer's
/// list is. The intent and the partner's parameters leave the address at once
/// (`history.replaceState`, through the router), so a reload or a shared link does not repeat
/// them; the partner is remembered for the order's credit as the widget's buy link does.
fn keep_wish_intent(product_id: i64, price: Money) {
    let query = use_query_map();
    let (wish, partner, currency) = query.with_untracked(|q| {
        (
            q.get("wish").is_some_and(|w| w == "1"),
            q.get("partner"),
            q.get("currency")
                .as_deref()
                .and_then(storefront_api::Currency::parse),
        )
    });
    if !wish {
        return;
    }
    if let Some(p) = &partner {
        crate::state::cart::remember_partner(p);
    }
    if let (Some(c), Some(prefs)) = (currency, use_context::<Prefs>()) {
        prefs.set_currency(c);
    }
    let location = use_location();
    let navigate = use_navigate();
    Effect::new(move |_| {
        let mut search = location.search.get_untracked();
        for key in ["wish", "partner", "currency"] {
            search = urls::without_query_param(&search, key);
        }
        let url = format!("{}{}", location.pathname.get_untracked(), search);
        navigate(
            &url,
            NavigateOptions {
                replace: true,
                scroll: false,
                ..Default::default()
            },
        );
    });
    let session = crate::state::Session::current();
    let done = StoredValue::new(false);
    Effect::new(move |_| {
        if done.get_value() {
            return;
        }
        let Some(w) = crate::state::Wishlist::current() else {
            return;
        };
        let ready = match session {
            None => true,
            Some(s) => s.checked.get() && (!s.signed_in() || w.server.get()),
        };
        if !ready {
            return;
        }
        done.set_value(true);
        if !w.ids.with_untracked(|ids| ids.contains(&product_id)) {
            w.toggle(product_id, price);
        }
    });
}
