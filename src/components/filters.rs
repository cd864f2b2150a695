//! Faceted filters with the server's counts: categories, price range (validated inline),
//! free shipping, delivery time, ships-from, rating, seller feedback, stock, attributes.
//! A sidebar on wide screens and a drawer on phones.

use super::results::{active_filters, ResultsCtx, Scope};
use crate::api::urls;
use crate::components::rf;
use crate::i18n::{intl, tr, use_i18n};
use leptos::ev::{KeyboardEvent, SubmitEvent};
use leptos::html;
use leptos::prelude::*;
use storefront_api::{AttrFilter, Money, SearchQuery};

/// A typed price that is not a number of dollars and cents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BadPrice;

/// A price typed by the buyer ("12", "12.5", "12,50") in cents; `Ok(None)` when blank.
pub fn parse_price(text: &str) -> Result<Option<i64>, BadPrice> {
    let t = text.trim().replace(',', ".");
    if t.is_empty() {
        return Ok(None);
    }
    let (whole, frac) = t.split_once('.').unwrap_or((t.as_str(), ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if (whole.is_empty() && frac.is_empty()) || !digits(whole) || !digits(frac) || frac.len() > 2 {
        return Err(BadPrice);
    }
    let w: i64 = if whole.is_empty() {
        0
    } else {
        whole.parse().map_err(|_| BadPrice)?
    };
    let f: i64 = match frac.len() {
        0 => 0,
        1 => frac.parse::<i64>().map_err(|_| BadPrice)? * 10,
        _ => frac.parse().map_err(|_| BadPrice)?,
    };
    w.checked_mul(100)
        .and_then(|c| c.checked_add(f))
        .map(Some)
        .ok_or(BadPrice)
}

fn price_text(cents: Option<i64>) -> String {
    cents
        .map(|c| Money::usd(c).major_decimal())
        .unwrap_or_default()
}

/// What a price pair says is wrong, as a message id.
pub fn price_problem(min: &str, max: &str) -> Option<&'static str> {
    match (parse_price(min), parse_price(max)) {
        (Err(BadPrice), _) | (_, Err(BadPrice)) => Some("price-invalid"),
        (Ok(Some(a)), Ok(Some(b))) if a > b => Some("price-inverted"),
        _ => None,
    }
}

#[component]
pub fn FilterPanel(open: RwSignal<bool>) -> impl IntoView {
    let i18n = use_i18n();
    let ctx = expect_context::<ResultsCtx>();
    let ResultsCtx {
        query, facets, go, ..
    } = ctx;
    let update = move |f: &dyn Fn(&mut SearchQuery)| {
        let mut q = query.get_untracked();
        f(&mut q);
        go.run(q);
    };
    let close_button = NodeRef::<html::Button>::new();
    Effect::new(move |_| {
        if open.get() {
            if let Some(b) = close_button.get() {
                let _ = b.focus();
            }
        }
    });
    let on_key = move |ev: KeyboardEvent| {
        if ev.key() == "Escape" && open.get_untracked() {
            open.set(false);
        }
    };
    let clear = move |_| {
        update(&|q| {
            *q = SearchQuery {
                q: q.q.clone(),
                sort: q.sort,
                category: q.category,
                lang: q.lang.clone(),
                ..Default::default()
            }
        })
    };

    view! {
        <aside id="filters-panel" class="filters" class:open=rf(move || open.get()) aria-labelledby="filters-heading" on:keydown=on_key>
            <div class="filters-head">
                <h2 id="filters-heading">{tr("filters-title")}</h2>
                <button type="button" class="filters-close" node_ref=close_button aria-label=tr("filters-close") on:click=move |_| open.set(false)>
                    <span aria-hidden="true">"×"</span>
                </button>
            </div>
            {rf(move || (query.with(active_filters) > 0).then(|| view! {
                <button type="button" class="button filters-clear" on:click=clear>{tr("filters-clear")}</button>
            }))}
            <CategoryFacet />
            <PriceFilter />
            <fieldset class="facet">
                <legend>{tr("filters-shipping")}</legend>
                <Check id="f-free-shipping" label="filter-free-shipping"
                    count=Signal::derive(move || facets.with(|f| f.free_shipping))
                    checked=Signal::derive(move || query.with(|q| q.free_shipping == Some(true)))
                    on_toggle=move |on: bool| update(&|q| q.free_shipping = on.then_some(true)) />
                <Check id="f-in-stock" label="filter-in-stock"
                    count=Signal::derive(move || facets.with(|f| f.in_stock))
                    checked=Signal::derive(move || query.with(|q| q.in_stock == Some(true)))
                    on_toggle=move |on: bool| update(&|q| q.in_stock = on.then_some(true)) />
            </fieldset>
            <fieldset class="facet">
                <legend>{tr("filters-delivery")}</legend>
                <label class="facet-option">
                    <input type="radio" name="delivery" prop:checked=rf(move || query.with(|q| q.delivery_days.is_none()))
                        on:change=move |_| update(&|q| q.delivery_days = None) />
                    <span>{tr("filter-delivery-any")}</span>
                </label>
                {rf(move || facets.with(|f| f.delivery.clone()).into_iter().map(|d| {
                    let days = d.days;
                    view! {
                        <label class="facet-option">
                            <input type="radio" name="delivery" prop:checked=rf(move || query.with(|q| q.delivery_days == Some(days)))
                                on:change=move |_| update(&|q| q.delivery_days = Some(days)) />
                            <span>{move || i18n.tf("filter-delivery-days", [("days", days.into())])}</span>
                            <span class="facet-count">{d.count}</span>
                        </label>
                    }
                }).collect_view())}
            </fieldset>
            <fieldset class="facet">
                <legend>{tr("filters-quality")}</legend>
                <Check id="f-rating" label="filter-rating-4"
                    count=Signal::derive(move || facets.with(|f| f.rating_4_plus))
                    checked=Signal::derive(move || query.with(|q| q.rating_min.is_some_and(|r| r >= 40)))
                    on_toggle=move |on: bool| update(&|q| q.rating_min = on.then_some(40)) />
                <Check id="f-seller" label="filter-seller-95"
                    count=Signal::derive(move || facets.with(|f| f.seller_95_plus))
                    checked=Signal::derive(move || query.with(|q| q.seller_positive_min.is_some_and(|r| r >= 950)))
                    on_toggle=move |on: bool| update(&|q| q.seller_positive_min = on.then_some(950)) />
            </fieldset>
            {rf(move || {
                let list = facets.with(|f| f.ships_from.clone());
                (!list.is_empty()).then(|| view! {
                    <fieldset class="facet">
                        <legend>{tr("filters-ships-from")}</legend>
                        {list.into_iter().map(|v| {
                            let code = v.value.clone();
                            let code2 = v.value.clone();
                            let name = v.value.clone();
                            view! {
                                <Check id=format!("f-from-{}", v.value) text=Signal::derive(move || intl::country_name(&name, i18n.tag()))
                                    count=Signal::derive(move || v.count)
                                    checked=Signal::derive(move || query.with(|q| q.ships_from_list().contains(&code)))
                                    on_toggle=move |on: bool| update(&|q| {
                                        let mut list = q.ships_from_list();
                                        list.retain(|c| *c != code2);
                                        if on { list.push(code2.clone()); }
                                        q.ships_from = Some(list.join(",")).filter(|s| !s.is_empty());
                                    }) />
                            }
                        }).collect_view()}
                    </fieldset>
                })
            })}
            {rf(move || facets.with(|f| f.attributes.clone()).into_iter().map(|a| {
                let legend = if a.label.is_empty() { a.name.clone() } else { a.label.clone() };
                view! {
                    <fieldset class="facet">
                        <legend dir="auto">{legend}</legend>
                        {a.values.into_iter().take(12).map(|v| {
                            let name = a.name.clone();
                            let name2 = a.name.clone();
                            let value = v.value.clone();
                            let value2 = v.value.clone();
                            let label = if v.label.is_empty() { v.value.clone() } else { v.label.clone() };
                            view! {
                                <Check id=format!("f-attr-{}-{}", a.name, v.value) text=Signal::derive(move || label.clone())
                                    count=Signal::derive(move || v.count)
                                    checked=Signal::derive(move || query.with(|q| q.attr_filters().iter().any(|f| f.name == name && f.values.contains(&value))))
                                    on_toggle=move |_: bool| update(&|q| {
                                        let mut list = q.attr_filters();
                                        AttrFilter::toggle(&mut list, &name2, &value2);
                                        q.set_attr_filters(&list);
                                    }) />
                            }
                        }).collect_view()}
                    </fieldset>
                }
            }).collect_view())}
            <button type="button" class="button button-primary filters-done" on:click=move |_| open.set(false)>
                {rf(move || i18n.tf("filters-show", [("count", ctx.total.get().unwrap_or(0).into())]))}
            </button>
        </aside>
    }
}

/// A checkbox with its count.
#[component]
fn Check(
    #[prop(into)] id: String,
    #[prop(optional)] label: &'static str,
    #[prop(optional, into)] text: Option<Signal<String>>,
    count: Signal<i64>,
    checked: Signal<bool>,
    #[prop(into)] on_toggle: Callback<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let id: String = id
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    let caption = move || match text {
        Some(t) => t.get(),
        None => i18n.t(label),
    };
    let for_id = id.clone();
    view! {
        <label class="facet-option" for=for_id>
            <input
                type="checkbox"
                id=id
                prop:checked=rf(move || checked.get())
                on:change=move |ev| on_toggle.run(event_target_checked(&ev))
            />
            <span dir="auto">{caption}</span>
            <span class="facet-count">{rf(move || intl::format_number(count.get() as f64, i18n.tag()))}</span>
        </label>
    }
}

#[component]
fn CategoryFacet() -> impl IntoView {
    let ctx = expect_context::<ResultsCtx>();
    let href = move |id: i64, slug: &str| -> String {
        match ctx.scope.get_value() {
            Scope::Category { .. } => urls::category_page(slug),
            Scope::Search | Scope::Store { .. } => {
                let mut q = ctx.query.get_untracked().first_page();
                q.category = Some(id);
                let qs = q.to_query_string();
                let path = match ctx.scope.get_value() {
                    Scope::Store { id } => urls::store_page(id),
                    _ => "/search".to_string(),
                };
                format!("{path}?{qs}")
            }
        }
    };
    move || {
        let list = ctx.facets.with(|f| f.categories.clone());
        (!list.is_empty()).then(|| {
            view! {
                <nav class="facet facet-categories" aria-labelledby="facet-categories">
                    <h3 id="facet-categories">{tr("filters-categories")}</h3>
                    <ul>
                        {list.into_iter().map(|c| view! {
                            <li><a href=href(c.id, &c.slug)><span>{c.name}</span><span class="facet-count">{c.count}</span></a></li>
                        }).collect_view()}
                    </ul>
                </nav>
            }
        })
    }
}

#[component]
fn PriceFilter() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = expect_context::<ResultsCtx>();
    let min = RwSignal::new(String::new());
    let max = RwSignal::new(String::new());
    // The fields follow the URL (back/forward, clear).
    Effect::new(move |_| {
        let (a, b) = ctx.query.with(|q| (q.price_min, q.price_max));
        min.set(price_text(a));
        max.set(price_text(b));
    });
    let problem = move || price_problem(&min.get(), &max.get());
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if problem().is_some() {
            return;
        }
        let (Ok(a), Ok(b)) = (
            parse_price(&min.get_untracked()),
            parse_price(&max.get_untracked()),
        ) else {
            return;
        };
        let mut q = ctx.query.get_untracked();
        q.price_min = a;
        q.price_max = b;
        ctx.go.run(q);
    };
    let hint = move || {
        let f = ctx.facets.get();
        match (f.price.min_cents, f.price.max_cents) {
            (Some(a), Some(b)) => i18n.tf(
                "price-hint",
                [
                    ("min", price_text(Some(a)).into()),
                    ("max", price_text(Some(b)).into()),
                ],
            ),
            _ => String::new(),
        }
    };
    view! {
        <form class="facet price-filter" on:submit=on_submit novalidate>
            <fieldset>
                <legend>{tr("filters-price")}</legend>
                <div class="price-inputs">
                    <label class="price-field">
                        <span>{tr("price-min")}</span>
                        <input type="text" inputmode="decimal" name="price_min" autocomplete="off"
                            aria-invalid=rf(move || problem().is_some().to_string())
                            aria-describedby="price-message"
                            prop:value=rf(move || min.get()) on:input=move |ev| min.set(event_target_value(&ev)) />
                    </label>
                    <label class="price-field">
                        <span>{tr("price-max")}</span>
                        <input type="text" inputmode="decimal" name="price_max" autocomplete="off"
                            aria-invalid=rf(move || problem().is_some().to_string())
                            aria-describedby="price-message"
                            prop:value=rf(move || max.get()) on:input=move |ev| max.set(event_target_value(&ev)) />
                    </label>
                    <button type="submit" class="button price-apply">{tr("price-apply")}</button>
                </div>
                <p id="price-message" class="price-message" class:price-error=rf(move || problem().is_some()) aria-live="polite">
                    {rf(move || match problem() {
                        Some(id) => i18n.t(id),
                        None => hint(),
                    })}
                </p>
            </fieldset>
        </form>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prices_parse_without_floats() {
        assert_eq!(parse_price(""), Ok(None));
        assert_eq!(parse_price(" 12 "), Ok(Some(1200)));
        assert_eq!(parse_price("12.5"), Ok(Some(1250)));
        assert_eq!(parse_price("12,05"), Ok(Some(1205)));
        assert_eq!(parse_price(".5"), Ok(Some(50)));
        assert_eq!(parse_price("1.234"), Err(BadPrice));
        assert_eq!(parse_price("-3"), Err(BadPrice));
        assert_eq!(parse_price("abc"), Err(BadPrice));
        assert_eq!(parse_price("."), Err(BadPrice));
        assert_eq!(parse_price("99999999999999999999"), Err(BadPrice));
    }

    #[test]
    fn inverted_and_malformed_ranges_are_explained() {
        assert_eq!(price_problem("50", "10"), Some("price-inverted"));
        assert_eq!(price_problem("x", "10"), Some("price-invalid"));
        assert_eq!(price_problem("10", "50"), None);
        assert_eq!(price_problem("", "50"), None);
    }
}
