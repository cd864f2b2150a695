//! What the widgets share: product reads with their own small decoders (nothing from the shop
//! pages' chunks), exchange rates, the buy link, and the loading / not available / shop
//! unreachable states with automatic retries.

use super::Params;
use crate::api::config::fetch_config;
use crate::api::{get_json, urls, ApiError};
use crate::components::price::Price;
use crate::components::product_card::Rating;
use crate::components::rf;
use crate::i18n::{tr, use_i18n};
use crate::state::Prefs;
use leptos::prelude::*;
use serde::Deserialize;
use std::future::Future;
use std::time::Duration;
use storefront_api::{Currency, ProductSummary};

/// Seconds before the next automatic retry after the n-th failure in a row.
const RETRY_SECONDS: [u64; 5] = [2, 4, 8, 16, 30];

/// The part of `GET /products/{id}` a widget shows.
#[derive(Deserialize)]
struct DetailSummary {
    summary: ProductSummary,
}

/// A variant the widget offers: SKU id, its option values, whether it is in stock.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct WidgetSku {
    pub id: i64,
    #[serde(default)]
    pub values: Vec<String>,
    #[serde(default)]
    pub stock: i64,
}

/// The part of `GET /products/{id}` the product card shows, with its variants.
#[derive(Clone, Deserialize)]
pub struct CardProduct {
    pub summary: ProductSummary,
    #[serde(default)]
    pub options: Vec<storefront_api::VariantOption>,
    #[serde(default)]
    pub skus: Vec<WidgetSku>,
}

impl CardProduct {
    /// Variants to choose from: only when the product has options and more than one SKU.
    pub fn choices(&self) -> Vec<WidgetSku> {
        if self.options.is_empty() || self.skus.len() < 2 {
            return Vec::new();
        }
        self.skus.clone()
    }
}

/// The product card's product with its variants, and the rates for its price.
pub async fn fetch_card(
    prefs: Prefs,
    id: Option<i64>,
    lang: &'static str,
) -> Result<CardProduct, ApiError> {
    let Some(id) = id else {
        return Err(ApiError::Status {
            status: 404,
            code: None,
        });
    };
    ensure_rates(prefs).await?;
    get_json(&urls::product(&urls::base(), id, lang)).await
}

pub async fn fetch_summary(id: i64, lang: &str) -> Result<ProductSummary, ApiError> {
    let d: DetailSummary = get_json(&urls::product(&urls::base(), id, lang)).await?;
    Ok(d.summary)
}

/// The product a card or button shows, with the rates for its price (an id that is not a
/// positive integer is simply not found).
pub async fn fetch_for(
    prefs: Prefs,
    id: Option<i64>,
    lang: &'static str,
) -> Result<ProductSummary, ApiError> {
    let Some(id) = id else {
        return Err(ApiError::Status {
            status: 404,
            code: None,
        });
    };
    ensure_rates(prefs).await?;
    fetch_summary(id, lang).await
}

/// Loads the exchange rates once when the widget shows another currency than USD (prices are
/// never shown in a currency the buyer did not ask for while rates load).
pub async fn ensure_rates(prefs: Prefs) -> Result<(), ApiError> {
    let currency = prefs.currency.get_untracked();
    if currency == Currency::USD || prefs.rates.with_untracked(|r| !r.is_empty()) {
        return Ok(());
    }
    let cfg = fetch_config().await?;
    if !cfg.rates.iter().any(|r| r.currency == currency) {
        crate::log::warn("storefront widget: no rate for this currency; showing USD");
        prefs.currency.set(Currency::USD);
    }
    prefs.rates.set(cfg.rates);
    Ok(())
}

/// Whether an error means "this does not exist" rather than "try again later".
fn is_unavailable(e: &ApiError) -> bool {
    matches!(e, ApiError::Status { status, .. } if (400..500).contains(status))
}

/// Fetches with `fetch`, shows `render(data)`; a missing product shows [`Unavailable`]; an
/// unreachable shop shows [`Offline`] and tries again by itself with a growing pause.
pub fn remote<T, Fut>(
    fetch: impl Fn() -> Fut + 'static,
    render: impl Fn(T) -> AnyView + Send + Sync + Copy + 'static,
    skeleton: fn() -> AnyView,
) -> impl IntoView
where
    T: Clone + Send + Sync + 'static,
    Fut: Future<Output = Result<T, ApiError>> + 'static,
{
    let attempt = RwSignal::new(0u32);
    let failures = StoredValue::new(0usize);
    let scheduled = StoredValue::new(u32::MAX);
    let data = LocalResource::new(move || {
        attempt.track();
        fetch()
    });
    let retry = Callback::new(move |_| attempt.update(|n| *n += 1));
    view! {
        <Transition fallback=skeleton>
            {rf(move || Suspend::new(async move {
                match data.await {
                    Ok(v) => {
                        failures.set_value(0);
                        render(v)
                    }
                    Err(e) if is_unavailable(&e) => view! { <Unavailable /> }.into_any(),
                    Err(e) => {
                        let n = failures.get_value();
                        let wait = RETRY_SECONDS[n.min(RETRY_SECONDS.len() - 1)];
                        let now = attempt.get_untracked();
                        if scheduled.get_value() != now {
                            scheduled.set_value(now);
                            failures.set_value(n + 1);
                            set_timeout(
                                move || {
                                    if attempt.get_untracked() == now {
                                        attempt.update(|a| *a += 1);
                                    }
                                },
                                Duration::from_secs(wait),
                            );
                        }
                        view! { <Offline error=e on_retry=retry seconds=wait /> }.into_any()
                    }
                }
            }))}
        </Transition>
    }
}

/// The product is unknown or gone: a small note instead of a broken frame.
#[component]
pub fn Unavailable() -> impl IntoView {
    view! {
        <p class="embed-state embed-unavailable" role="status">{tr("widget-unavailable")}</p>
    }
}

/// The shop cannot be reached: says so, retries by itself (in `seconds`), and offers a button.
#[component]
pub fn Offline(
    error: ApiError,
    on_retry: Callback<()>,
    #[prop(default = 0)] seconds: u64,
) -> impl IntoView {
    let i18n = use_i18n();
    let _ = error;
    view! {
        <div class="embed-state embed-offline" role="alert">
            <p>
                {tr("widget-offline")}
                {(seconds > 0).then(|| view! {
                    " "
                    {rf(move || i18n.tf("widget-retrying", [("seconds", seconds.into())]))}
                })}
            </p>
            <button class="embed-button embed-retry" type="button" on:click=move |_| on_retry.run(())>
                {tr("action-retry")}
            </button>
        </div>
    }
}

/// "Buy" (or "Buy for $X"): opens the shop in a new tab, which puts the item in the cart and
/// remembers the partner. The partner page gets nothing from it (`noopener`).
#[component]
pub fn BuyLink(
    product_id: i64,
    #[prop(optional)] price: Option<storefront_api::Money>,
    /// The variant chosen in the widget, if any (else the shop asks).
    #[prop(optional)]
    sku: Option<RwSignal<Option<i64>>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let params = expect_context::<Params>();
    let prefs = expect_context::<Prefs>();
    let href = move || params.buy_href(product_id, sku.and_then(|s| s.get()), i18n.locale());
    view! {
        <a class="embed-button embed-buy" href=href target="_blank" rel="noopener">
            {rf(move || match price {
                Some(p) => i18n.tf(
                    "widget-buy-for",
                    [("price", crate::components::price::display_price(prefs, i18n.tag(), &p).into())],
                ),
                None => i18n.t("widget-buy"),
            })}
            <span class="visually-hidden">{tr("widget-new-tab")}</span>
        </a>
    }
}

/// A small variant chooser ("Colour / Size: Choose…"); the buy link carries the choice.
#[component]
pub fn VariantSelect(
    product_id: i64,
    options: Vec<storefront_api::VariantOption>,
    skus: Vec<WidgetSku>,
    chosen: RwSignal<Option<i64>>,
) -> impl IntoView {
    let id = format!("embed-variant-{product_id}");
    let label = options
        .iter()
        .map(|o| o.name.as_str())
        .collect::<Vec<_>>()
        .join(" / ");
    view! {
        <div class="embed-variant">
            <label for=id.clone() dir="auto">{label}</label>
            <select id=id class="embed-variant-select" on:change=move |ev| {
                chosen.set(event_target_value(&ev).parse::<i64>().ok());
            }>
                <option value="" selected=true>{tr("widget-variant-choose")}</option>
                {skus.into_iter().map(|s| view! {
                    <option value=s.id.to_string() disabled={s.stock <= 0}>{s.values.join(" / ")}</option>
                }).collect_view()}
            </select>
        </div>
    }
}

/// A product's image, title (a link to its page in the shop, new tab), price and rating.
#[component]
pub fn ProductBody(product: ProductSummary, #[prop(optional)] compact: bool) -> impl IntoView {
    let i18n = use_i18n();
    let ProductSummary {
        id,
        title,
        price,
        image,
        rating_x10,
        reviews_count,
        ..
    } = product;
    let page = move || format!("{}?lang={}", urls::product_page(id), i18n.locale().code());
    let src = urls::asset(&urls::base(), &image);
    let size = crate::components::product_card::CARD_IMAGE_SIZE.to_string();
    let heading = if compact {
        "embed-title embed-title-small"
    } else {
        "embed-title"
    };
    view! {
        <a class="embed-media" href=page target="_blank" rel="noopener" tabindex="-1" aria-hidden="true">
            <img src=src alt="" width=size.clone() height=size decoding="async" />
        </a>
        <div class="embed-body">
            <p class=heading dir="auto">
                <a href=page target="_blank" rel="noopener">{title}</a>
            </p>
            <div class="embed-meta">
                <Price usd=price class="embed-price" />
                <Rating rating_x10=rating_x10 reviews=reviews_count />
            </div>
        </div>
    }
}

pub fn card_skeleton() -> AnyView {
    view! {
        <div class="embed-skeleton" aria-busy="true">
            <span class="visually-hidden" role="status">{tr("loading")}</span>
            <div class="skeleton embed-skeleton-media"></div>
            <div class="skeleton skeleton-line"></div>
            <div class="skeleton skeleton-line skeleton-short"></div>
        </div>
    }
    .into_any()
}

pub fn button_skeleton() -> AnyView {
    view! {
        <div class="embed-skeleton" aria-busy="true">
            <span class="visually-hidden" role="status">{tr("loading")}</span>
            <div class="skeleton embed-skeleton-button"></div>
        </div>
    }
    .into_any()
}
