//! `/cart/add?product=ID&qty=1&partner=P`: where a widget's buy button lands (in a new tab).
//! Puts the product's first SKU in stock into the cart, remembers the partner for the next
//! checkout, takes over the widget's currency, and goes on to `/cart`.

use crate::api::{get_json, urls, ApiError};
use crate::components::rf;
use crate::components::states::{BlockSkeleton, ErrorState};
use crate::components::title::use_page_title;
use crate::i18n::{tr, use_i18n};
use crate::state::cart::{remember_partner, CartLine, MAX_LINE_QUANTITY};
use crate::state::{Cart, Prefs};
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;
use serde::Deserialize;
use storefront_api::Currency;

/// The part of `GET /products/{id}` needed to pick a SKU.
#[derive(Deserialize)]
struct Skus {
    skus: Vec<SkuStock>,
}

#[derive(Deserialize)]
struct SkuStock {
    id: i64,
    stock: i64,
}

/// The first SKU with enough stock for `qty` (else the first in stock).
fn pick_sku(skus: &[(i64, i64)], qty: i64) -> Option<i64> {
    skus.iter()
        .find(|(_, stock)| *stock >= qty)
        .or_else(|| skus.iter().find(|(_, stock)| *stock > 0))
        .map(|(id, _)| *id)
}

/// A positive product id and a quantity in 1..=MAX (default 1) from the query.
fn parse_request(product: Option<&str>, qty: Option<&str>) -> Option<(i64, i64)> {
    let id = product?.trim().parse::<i64>().ok().filter(|id| *id > 0)?;
    let qty = qty
        .and_then(|q| q.trim().parse::<i64>().ok())
        .unwrap_or(1)
        .clamp(1, MAX_LINE_QUANTITY);
    Some((id, qty))
}

#[component]
pub fn CartAddPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let cart = expect_context::<Cart>();
    let prefs = expect_context::<Prefs>();
    let navigate = use_navigate();
    use_page_title(move || i18n.t("cart-add-title"));

    let (request, partner, currency) = query.with_untracked(|q| {
        (
            parse_request(q.get("product").as_deref(), q.get("qty").as_deref()),
            q.get("partner"),
            q.get("currency").as_deref().and_then(Currency::parse),
        )
    });
    if let Some(p) = partner {
        remember_partner(&p);
    }
    if let Some(c) = currency {
        prefs.set_currency(c);
    }

    let attempt = RwSignal::new(0u32);
    let result = LocalResource::new(move || {
        attempt.track();
        let lang = i18n.locale_untracked().code();
        async move {
            let (id, qty) = request.ok_or(ApiError::Status {
                status: 404,
                code: None,
            })?;
            let d: Skus = get_json(&urls::product(&urls::base(), id, lang)).await?;
            let skus: Vec<(i64, i64)> = d.skus.iter().map(|s| (s.id, s.stock)).collect();
            Ok::<_, ApiError>(pick_sku(&skus, qty).map(|sku| (id, sku, qty)))
        }
    });
    Effect::new(move |_| {
        if let Some(Ok(Some((product_id, sku_id, quantity)))) = result.get() {
            cart.add(CartLine {
                product_id,
                sku_id,
                quantity,
            });
            navigate(
                "/cart",
                NavigateOptions {
                    replace: true,
                    ..Default::default()
                },
            );
        }
    });

    view! {
        <div class="page page-cart-add">
            <h1 class="visually-hidden">{tr("cart-add-title")}</h1>
            <Transition fallback=|| view! { <BlockSkeleton lines=2 /> }>
                {rf(move || Suspend::new(async move {
                    match result.await {
                        Ok(Some(_)) => view! { <BlockSkeleton lines=2 /> }.into_any(),
                        Ok(None) => view! {
                            <div class="error-state" role="alert">
                                <p class="error-message">{tr("cart-add-sold-out")}</p>
                                <div class="error-actions">
                                    <a class="button" href="/">{tr("action-go-home")}</a>
                                </div>
                            </div>
                        }.into_any(),
                        Err(e) if e.is_not_found() => view! {
                            <div class="error-state" role="alert">
                                <p class="error-message">{tr("cart-add-unavailable")}</p>
                                <div class="error-actions">
                                    <a class="button" href="/">{tr("action-go-home")}</a>
                                </div>
                            </div>
                        }.into_any(),
                        Err(e) => view! {
                            <ErrorState error=e on_retry=move |_| attempt.update(|n| *n += 1) />
                        }.into_any(),
                    }
                }))}
            </Transition>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_and_skus() {
        assert_eq!(parse_request(Some("12"), None), Some((12, 1)));
        assert_eq!(parse_request(Some("12"), Some("0")), Some((12, 1)));
        assert_eq!(parse_request(Some("12"), Some("x")), Some((12, 1)));
        assert_eq!(parse_request(Some("-1"), None), None);
        assert_eq!(parse_request(None, Some("2")), None);
        assert_eq!(pick_sku(&[(1, 0), (2, 1), (3, 5)], 2), Some(3));
        assert_eq!(pick_sku(&[(1, 0), (2, 1)], 2), Some(2));
        assert_eq!(pick_sku(&[(1, 0)], 1), None);
    }
}
