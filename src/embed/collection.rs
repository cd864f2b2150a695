//! `/embed/collection`: N products of a category, a search or a list of ids, as a grid or a
//! carousel (a horizontally scrolling row, snapping to cards).

use super::common::{ensure_rates, fetch_summary, remote, BuyLink, ProductBody};
use super::{Layout, Params, Source};
use crate::api::{get_json, urls, ApiError};
use crate::i18n::{tr, use_i18n};
use crate::state::Prefs;
use leptos::prelude::*;
use serde::Deserialize;
use storefront_api::ProductSummary;

/// The part of `GET /search` a collection shows.
#[derive(Deserialize)]
struct Items {
    items: Vec<ProductSummary>,
}

/// `GET /categories/{slug}`: just the id.
#[derive(Deserialize)]
struct CategoryId {
    category: IdOnly,
}

#[derive(Deserialize)]
struct IdOnly {
    id: i64,
}

async fn search(
    category: Option<i64>,
    q: Option<String>,
    limit: u32,
    lang: &str,
) -> Result<Vec<ProductSummary>, ApiError> {
    let url = format!(
        "{}/search{}",
        urls::base(),
        urls::query(&[
            ("q", q),
            ("category", category.map(|c| c.to_string())),
            ("limit", Some(limit.to_string())),
            ("lang", Some(lang.to_string())),
        ])
    );
    let found: Items = get_json(&url).await?;
    Ok(found.items)
}

async fn fetch_items(
    prefs: Prefs,
    params: Params,
    lang: &'static str,
) -> Result<Vec<ProductSummary>, ApiError> {
    ensure_rates(prefs).await?;
    let limit = params.limit;
    let mut items = match params.source {
        Source::Ids(ids) => {
            let mut out = Vec::new();
            for id in ids.into_iter().take(limit as usize) {
                match fetch_summary(id, lang).await {
                    Ok(p) => out.push(p),
                    // A listed product that is gone is left out; the shop down is an error.
                    Err(ApiError::Status { status: 404, .. }) => {}
                    Err(e) => return Err(e),
                }
            }
            out
        }
        Source::Category(c) => {
            let id = match c.parse::<i64>() {
                Ok(id) => id,
                Err(_) => {
                    let found: CategoryId =
                        get_json(&urls::category(&urls::base(), &c, lang)).await?;
                    found.category.id
                }
            };
            search(Some(id), None, limit, lang).await?
        }
        Source::Query(q) => search(None, Some(q), limit, lang).await?,
        Source::Catalogue => search(None, None, limit, lang).await?,
    };
    items.truncate(limit as usize);
    Ok(items)
}

#[component]
pub fn CollectionWidget() -> impl IntoView {
    let i18n = use_i18n();
    let prefs = expect_context::<Prefs>();
    let params = expect_context::<Params>();
    let layout = params.layout;
    remote(
        move || fetch_items(prefs, params.clone(), i18n.locale_untracked().code()),
        move |items| {
            if items.is_empty() {
                return view! {
                    <p class="embed-state" role="status">{tr("widget-collection-empty")}</p>
                }
                .into_any();
            }
            let class = match layout {
                Layout::Grid => "embed-collection embed-grid",
                Layout::Carousel => "embed-collection embed-carousel",
            };
            let scrolls = layout == Layout::Carousel;
            view! {
                <section class=class aria-label=tr("widget-collection-label")>
                    <ul class="embed-list" tabindex=scrolls.then_some("0")>
                        {items.into_iter().map(|p| {
                            let pid = p.id;
                            view! {
                                <li class="embed-item">
                                    <ProductBody product=p compact=true />
                                    <div class="embed-actions">
                                        <BuyLink product_id=pid />
                                    </div>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                </section>
            }
            .into_any()
        },
        super::common::card_skeleton,
    )
}
