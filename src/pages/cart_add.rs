//! `/cart/add?product=ID&sku=S&qty=1&partner=P`: where a widget's buy button lands (in a new
//! tab). Puts the SKU chosen in the widget into the cart; without one, a product with options
//! asks which variant (a product without options takes its SKU in stock). Remembers the
//! partner for the next checkout, takes over the widget's currency, and goes on to `/cart`.

use crate::api::products::{sku_label, Variants};
use crate::api::ApiError;
use crate::components::price::Price;
use crate::components::rf;
use crate::components::states::{BlockSkeleton, ErrorState};
use crate::components::title::use_page_title;
use crate::i18n::{tr, use_i18n};
use crate::state::cart::{remember_partner, CartLine, MAX_LINE_QUANTITY};
use crate::state::{Cart, Prefs};
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;
use storefront_api::Currency;

/// What the page does with the product.
#[derive(Debug, Clone, PartialEq)]
enum Plan {
    /// Add this SKU and go on to the cart.
    Add(i64),
    /// The buyer chooses a variant first.
    Choose(Variants),
    SoldOut,
}

/// The SKU asked for when it is the product's and in stock; else, with several variants, the
/// buyer chooses; else the SKU in stock.
fn plan(v: Variants, asked: Option<i64>, qty: i64) -> Plan {
    if let Some(s) = asked.and_then(|a| v.skus.iter().find(|s| s.id == a && s.stock > 0)) {
        return Plan::Add(s.id);
    }
    let in_stock = v.skus.iter().filter(|s| s.stock > 0).count();
    if v.has_choice() && in_stock > 1 {
        return Plan::Choose(v);
    }
    let skus: Vec<(i64, i64)> = v.skus.iter().map(|s| (s.id, s.stock)).collect();
    pick_sku(&skus, qty).map_or(Plan::SoldOut, Plan::Add)
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

    let (request, sku, partner, currency) = query.with_untracked(|q| {
        (
            parse_request(q.get("product").as_deref(), q.get("qty").as_deref()),
            q.get("sku").and_then(|s| s.trim().parse::<i64>().ok()),
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
            let (id, qty) = request.ok_or(ApiError::status(404, None))?;
            let v = crate::api::products::variants(id, lang).await?;
            Ok::<_, ApiError>((id, qty, plan(v, sku, qty)))
        }
    });
    let add = Callback::new(move |(product_id, sku_id, quantity): (i64, i64, i64)| {
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
    });
    Effect::new(move |_| {
        if let Some(Ok((product_id, quantity, Plan::Add(sku_id)))) = result.get() {
            add.run((product_id, sku_id, quantity));
        }
    });

    view! {
        <div class="page page-cart-add">
            <h1 class="visually-hidden">{tr("cart-add-title")}</h1>
            <Transition fallback=|| view! { <BlockSkeleton lines=2 /> }>
                {rf(move || Suspend::new(async move {
                    match result.await {
                        Ok((_, _, Plan::Add(_))) => view! { <BlockSkeleton lines=2 /> }.into_any(),
                        Ok((product_id, quantity, Plan::Choose(v))) => view! {
                            <Chooser product_id=product_id quantity=quantity variants=v on_add=add />
                        }.into_any(),
                        Ok((_, _, Plan::SoldOut)) => view! {
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

/// "Which one would you like?": the product's variants (sold-out ones disabled) and Add.
#[component]
fn Chooser(
    product_id: i64,
    quantity: i64,
    variants: Variants,
    on_add: Callback<(i64, i64, i64)>,
) -> impl IntoView {
    let chosen = RwSignal::new(None::<i64>);
    let title = variants.summary.title.clone();
    view! {
        <form class="cart-add-choose" on:submit=move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            if let Some(sku) = chosen.get_untracked() {
                on_add.run((product_id, sku, quantity));
            }
        }>
            <p class="cart-add-product" dir="auto" data-l10n="data">{title}</p>
            <fieldset class="choice-list">
                <legend>{tr("cart-add-choose")}</legend>
                {variants.skus.into_iter().map(|s| {
                    let id = s.id;
                    let out = s.stock <= 0;
                    view! {
                        <label class="choice cart-add-variant" class:choice-disabled=out>
                            <input type="radio" name="variant" value=id.to_string() disabled=out
                                on:change=move |_| chosen.set(Some(id)) />
                            <span class="choice-text">
                                <strong dir="auto" data-l10n="data">{sku_label(&s)}</strong>
                                {if out {
                                    view! { <span>{tr("stock-out")}</span> }.into_any()
                                } else {
                                    view! { <Price usd=s.price /> }.into_any()
                                }}
                            </span>
                        </label>
                    }
                }).collect_view()}
            </fieldset>
            <button type="submit" class="button button-primary cart-add-confirm"
                disabled=move || chosen.get().is_none()>{tr("add-to-cart")}</button>
        </form>
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

    fn variants(skus: &[(i64, i64)], options: usize) -> Variants {
        let summary: storefront_api::ProductSummary = serde_json::from_value(serde_json::json!({
            "id": 1, "title": "T", "price": {"amount": 100, "currency": "USD"},
            "original_price": null, "image": "", "rating_x10": 0, "reviews_count": 0,
            "orders_count": 0, "seller_id": 1, "free_shipping": false, "ships_from": "CN"
        }))
        .unwrap_or_else(|e| panic!("summary: {e}"));
        Variants {
            summary,
            options: (0..options)
                .map(|i| storefront_api::VariantOption {
                    name: format!("o{i}"),
                    values: vec!["a".into(), "b".into()],
                })
                .collect(),
            skus: skus
                .iter()
                .map(|(id, stock)| storefront_api::Sku {
                    id: *id,
                    values: vec!["a".into()],
                    price: storefront_api::Money::usd(100),
                    stock: *stock,
                    image_index: 0,
                })
                .collect(),
        }
    }

    #[test]
    fn products_with_options_ask_unless_the_widget_chose() {
        let v = variants(&[(1, 5), (2, 5), (3, 0)], 1);
        assert!(matches!(plan(v.clone(), None, 1), Plan::Choose(_)));
        assert_eq!(plan(v.clone(), Some(2), 1), Plan::Add(2));
        // A sold-out or foreign SKU asks again.
        assert!(matches!(plan(v.clone(), Some(3), 1), Plan::Choose(_)));
        assert!(matches!(plan(v, Some(99), 1), Plan::Choose(_)));
        // No options, or one variant left: nothing to ask.
        assert_eq!(plan(variants(&[(7, 2)], 0), None, 1), Plan::Add(7));
        assert_eq!(plan(variants(&[(1, 0), (2, 4)], 1), None, 1), Plan::Add(2));
        assert_eq!(plan(variants(&[(1, 0)], 1), None, 1), Plan::SoldOut);
    }
}
