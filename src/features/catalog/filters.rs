//! Faceted filters with the server's counts: categories, price range (validated inline),
//! free shipping, delivery time, ships-from, rating, seller feedback, stock, attributes.
//! A sidebar on wide screens and a drawer on phones.

use super::results::{active_filters, ResultsCtx, Scope};
use crate::api::urls;
use crate::components::rf;
use crate::i18n::{intl, tr, use_i18n};
use crate::state::Prefs;
use leptos::ev::{KeyboardEvent, SubmitEvent};
use leptos::html;
use leptos::prelude::*;
use storefront_api::{AttrFilter, CurrencyRate, Money, SearchQuery};

/// A typed price that is not a number of dollars and cents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BadPrice;

/// A price typed by the buyer ("12", "12.5", "12,50") in minor units of a currency with
/// `digits` decimals; `Ok(None)` when blank.
/// Spaces (grouping: "1 500", "1 500") are ignored; `,`, `.` and the Arabic `٫` mark decimals.
pub fn parse_price(text: &str, digits: u32) -> Result<Option<i64>, BadPrice> {
    let t: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '\u{a0}' | '\u{202f}'))
        .map(|c| if matches!(c, ',' | '٫') { '.' } else { c })
        .collect();
    if t.is_empty() {
        return Ok(None);
    }
    let (whole, frac) = t.split_once('.').unwrap_or((t.as_str(), ""));
    let digit_only = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if (whole.is_empty() && frac.is_empty())
        || !digit_only(whole)
        || !digit_only(frac)
        || frac.len() > digits as usize
    {
        return Err(BadPrice);
    }
    let scale = 10_i64.pow(digits);
    let w: i64 = if whole.is_empty() {
        0
    } else {
        whole.parse().map_err(|_| BadPrice)?
    };
    let f: i64 = if frac.is_empty() {
        0
    } else {
        frac.parse::<i64>().map_err(|_| BadPrice)? * 10_i64.pow(digits - frac.len() as u32)
    };
    w.checked_mul(scale)
        .and_then(|c| c.checked_add(f))
        .map(Some)
        .ok_or(BadPrice)
}

/// What a price pair says is wrong, as a message id.
pub fn price_problem(min: &str, max: &str, digits: u32) -> Option<&'static str> {
    match (parse_price(min, digits), parse_price(max, digits)) {
        (Err(BadPrice), _) | (_, Err(BadPrice)) => Some("price-invalid"),
        (Ok(Some(a)), Ok(Some(b))) if a > b => Some("price-inverted"),
        _ => None,
    }
}

/// USD cents shown in the display currency (`rate` `None`: USD).
pub fn shown(cents: i64, rate: Option<&CurrencyRate>) -> Money {
    let usd = Money::usd(cents);
    rate.and_then(|r| usd.convert(r)).unwrap_or(usd)
}

/// The text a price field shows for a USD-cent bound from the URL (a link, back/forward):
/// whole units when they mean the same bound (the filter to "500" in RUB keeps the cents it
/// had, so it shows "500", not the "500,43" those cents are worth), else the exact amount with
/// the locale's decimal separator `sep`. No grouping: the buyer edits it.
pub fn bound_text(cents: i64, rate: Option<&CurrencyRate>, is_max: bool, sep: char) -> String {
    let money = shown(cents, rate);
    let digits = money.currency.minor_digits();
    let scale = 10_i64.pow(digits);
    let at = |c: i64| shown(c, rate).amount;
    // The amounts that give this bound: a minimum, (shown(c − 1), shown(c)]; a maximum,
    // [shown(c), shown(c + 1)). The whole number typed most likely: the lowest of a minimum's
    // range, the highest of a maximum's.
    let whole = if is_max {
        (at(cents.saturating_add(1)) - 1).div_euclid(scale)
    } else if cents > 0 {
        (at(cents - 1) + scale).div_euclid(scale)
    } else {
        0
    };
    if whole >= 0 && to_usd_bound(whole * scale, rate, is_max) == cents {
        return whole.to_string();
    }
    let text = money.major_decimal();
    if sep == '.' {
        text
    } else {
        text.replace('.', &sep.to_string())
    }
}

/// What the buyer typed into the price fields last, and the bounds it became: while the URL
/// holds those bounds in that currency, the fields keep the typed text.
#[derive(Debug, Clone, PartialEq)]
struct Typed {
    min: String,
    max: String,
    bounds: (Option<i64>, Option<i64>),
    currency: Option<storefront_api::Currency>,
}

/// The USD-cent bound for a typed display-currency bound: for a minimum the smallest amount
/// shown as at least `minor`, for a maximum the largest shown as at most `minor`, so the filter
/// keeps exactly the prices the buyer sees in range. Without a rate the amount is USD already.
pub fn to_usd_bound(minor: i64, rate: Option<&CurrencyRate>, is_max: bool) -> i64 {
    let Some(r) = rate.filter(|r| r.per_usd_micros > 0) else {
        return minor;
    };
    let at = |c: i64| shown(c, Some(r)).amount;
    let scale = 10_i128.pow(r.currency.minor_digits());
    let guess = (minor as i128 * 100_000_000 / (r.per_usd_micros as i128 * scale)).max(0);
    let mut c = i64::try_from(guess).unwrap_or(i64::MAX / 2);
    // The guess is off by a rounding step or so; a few steps settle it.
    for _ in 0..10_000 {
        let step = if is_max {
            if at(c + 1) <= minor {
                1
            } else if c > 0 && at(c) > minor {
                -1
            } else {
                0
            }
        } else if c > 0 && at(c - 1) >= minor {
            -1
        } else if at(c) < minor {
            1
        } else {
            0
        };
        if step == 0 {
            break;
        }
        c += step;
    }
    c
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
    // Opening moves focus into the drawer; closing returns it to the button that opened it.
    Effect::new(move |was_open: Option<bool>| {
        let now = open.get();
        if now {
            if let Some(b) = close_button.get() {
                let _ = b.focus();
            }
        } else if was_open == Some(true) {
            crate::browser::focus_id("filters-toggle");
        }
        now
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
                        <legend dir="auto" data-l10n="data">{legend}</legend>
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
    // A caption from the catalogue (attribute values, countries), not from Fluent.
    let data = text.is_some().then_some("data");
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
            <span dir="auto" data-l10n=data>{caption}</span>
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
                            <li><a href=href(c.id, &c.slug)><span data-l10n="data">{c.name}</span><span class="facet-count">{c.count}</span></a></li>
                        }).collect_view()}
                    </ul>
                </nav>
            }
        })
    }
}

/// Min/max price in the header's display currency; the URL keeps USD cents (links stay
/// currency-independent).
#[component]
fn PriceFilter() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = expect_context::<ResultsCtx>();
    let prefs = expect_context::<Prefs>();
    // `None`: USD (chosen, or no rate known for the chosen currency).
    let rate = Memo::new(move |_| {
        let c = prefs.currency.get();
        prefs
            .rates
            .with(|r| r.iter().find(|x| x.currency == c).copied())
    });
    let digits = move || rate.with(|r| r.map_or(2, |r| r.currency.minor_digits()));
    // The locale's decimal separator ("," in ru/de/es/pt-BR), from Intl.
    let sep = move || {
        intl::format_decimal(1.5, i18n.tag(), 1, 1)
            .chars()
            .find(|c| !c.is_ascii_digit())
            .unwrap_or('.')
    };
    let text_of = move |cents: Option<i64>, is_max: bool| {
        cents
            .map(|c| rate.with(|r| bound_text(c, r.as_ref(), is_max, sep())))
            .unwrap_or_default()
    };
    let min = RwSignal::new(String::new());
    let max = RwSignal::new(String::new());
    let typed = StoredValue::new(None::<Typed>);
    // The fields follow the URL (back/forward, clear) and the display currency, but keep what
    // the buyer typed while the URL holds the bounds it became.
    Effect::new(move |_| {
        let bounds = ctx.query.with(|q| (q.price_min, q.price_max));
        let currency = rate.with(|r| r.map(|r| r.currency));
        let kept = typed.with_value(|t| {
            t.as_ref()
                .filter(|t| t.bounds == bounds && t.currency == currency)
                .map(|t| (t.min.clone(), t.max.clone()))
        });
        match kept {
            Some((a, b)) => {
                min.set(a);
                max.set(b);
            }
            None => {
                min.set(text_of(bounds.0, false));
                max.set(text_of(bounds.1, true));
            }
        }
    });
    let problem = move || price_problem(&min.get(), &max.get(), digits());
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if problem().is_some() {
            return;
        }
        let d = digits();
        let (Ok(a), Ok(b)) = (
            parse_price(&min.get_untracked(), d),
            parse_price(&max.get_untracked(), d),
        ) else {
            return;
        };
        let r = rate.get_untracked();
        let mut q = ctx.query.get_untracked();
        q.price_min = a.map(|a| to_usd_bound(a, r.as_ref(), false));
        q.price_max = b.map(|b| to_usd_bound(b, r.as_ref(), true));
        typed.set_value(Some(Typed {
            min: min.get_untracked().trim().to_string(),
            max: max.get_untracked().trim().to_string(),
            bounds: (q.price_min, q.price_max),
            currency: r.map(|r| r.currency),
        }));
        ctx.go.run(q);
    };
    // The range of the results, in the locale's digits and grouping ("27 591,83").
    let hint = move || {
        let f = ctx.facets.get();
        let number = |cents: i64| {
            let m = rate.with(|r| shown(cents, r.as_ref()));
            let d = m.currency.minor_digits();
            let major = m.amount as f64 / 10_f64.powi(d as i32);
            intl::format_decimal(major, i18n.tag(), d as u8, d as u8)
        };
        match (f.price.min_cents, f.price.max_cents) {
            (Some(a), Some(b)) => i18n.tf(
                "price-hint",
                [("min", number(a).into()), ("max", number(b).into())],
            ),
            _ => String::new(),
        }
    };
    let legend = move || {
        let code = rate.with(|r| r.map_or("USD", |r| r.currency.code()));
        i18n.tf("filters-price", [("currency", code.into())])
    };
    view! {
        <form class="facet price-filter" on:submit=on_submit novalidate>
            <fieldset>
                <legend>{rf(legend)}</legend>
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
        assert_eq!(parse_price("", 2), Ok(None));
        assert_eq!(parse_price(" 12 ", 2), Ok(Some(1200)));
        assert_eq!(parse_price("12.5", 2), Ok(Some(1250)));
        assert_eq!(parse_price("12,05", 2), Ok(Some(1205)));
        assert_eq!(parse_price(".5", 2), Ok(Some(50)));
        assert_eq!(parse_price("1500", 0), Ok(Some(1500)));
        assert_eq!(parse_price("1500.5", 0), Err(BadPrice));
        assert_eq!(parse_price("1.234", 2), Err(BadPrice));
        assert_eq!(parse_price("-3", 2), Err(BadPrice));
        assert_eq!(parse_price("abc", 2), Err(BadPrice));
        assert_eq!(parse_price(".", 2), Err(BadPrice));
        assert_eq!(parse_price("99999999999999999999", 2), Err(BadPrice));
        assert_eq!(parse_price("1 500,5", 2), Ok(Some(150_050)));
        assert_eq!(parse_price("1\u{a0}500", 2), Ok(Some(150_000)));
        assert_eq!(parse_price("12٫5", 2), Ok(Some(1250)));
    }

    /// Issue 19 #7: 500 and 2000 typed in roubles came back as "500.43" and "1999.85".
    #[test]
    fn url_bounds_read_back_as_the_whole_numbers_typed() {
        use storefront_api::Currency;
        let rub = CurrencyRate {
            currency: Currency::RUB,
            per_usd_micros: 92_150_000,
        };
        let min = to_usd_bound(50_000, Some(&rub), false);
        let max = to_usd_bound(200_000, Some(&rub), true);
        assert_ne!(
            shown(min, Some(&rub)).amount,
            50_000,
            "cents are not exact roubles"
        );
        assert_eq!(bound_text(min, Some(&rub), false, ','), "500");
        assert_eq!(bound_text(max, Some(&rub), true, ','), "2000");
        // Any bound reads back as a text that means the same bound; some need the kopecks,
        // written with the locale's separator.
        let eur = CurrencyRate {
            currency: Currency::EUR,
            per_usd_micros: 920_000,
        };
        let mut with_fraction = 0;
        for r in [&rub, &eur] {
            for amount in (0..300_000).step_by(37) {
                for is_max in [false, true] {
                    let c = to_usd_bound(amount, Some(r), is_max);
                    let text = bound_text(c, Some(r), is_max, ',');
                    with_fraction += usize::from(text.contains(','));
                    let back = parse_price(&text, 2).ok().flatten();
                    assert_eq!(
                        back.map(|b| to_usd_bound(b, Some(r), is_max)),
                        Some(c),
                        "{amount} → {c} → {text:?}"
                    );
                }
            }
        }
        assert!(with_fraction > 0, "some bounds need a fraction");
        // USD: cents are the amount.
        assert_eq!(bound_text(1000, None, false, '.'), "10");
        assert_eq!(bound_text(1050, None, true, '.'), "10.50");
        // JPY has no minor units.
        let jpy = CurrencyRate {
            currency: Currency::JPY,
            per_usd_micros: 150_250_000,
        };
        let c = to_usd_bound(1500, Some(&jpy), false);
        assert_eq!(bound_text(c, Some(&jpy), false, '.'), "1500");
        let c = to_usd_bound(2000, Some(&jpy), true);
        assert_eq!(bound_text(c, Some(&jpy), true, '.'), "2000");
    }

    #[test]
    fn inverted_and_malformed_ranges_are_explained() {
        assert_eq!(price_problem("50", "10", 2), Some("price-inverted"));
        assert_eq!(price_problem("x", "10", 2), Some("price-invalid"));
        assert_eq!(price_problem("10", "50", 2), None);
        assert_eq!(price_problem("", "50", 2), None);
    }

    #[test]
    fn display_bounds_become_usd_cents_that_keep_what_the_buyer_sees() {
        use storefront_api::Currency;
        let eur = CurrencyRate {
            currency: Currency::EUR,
            per_usd_micros: 920_000,
        };
        // 10.00 EUR: 1087 cents shows as 10.00, 1086 as 9.99.
        assert_eq!(to_usd_bound(1000, Some(&eur), false), 1087);
        assert_eq!(shown(1087, Some(&eur)).amount, 1000);
        assert_eq!(shown(1086, Some(&eur)).amount, 999);
        // At most 20.00 EUR: 2174 cents shows as 20.00, 2175 as 20.01.
        assert_eq!(to_usd_bound(2000, Some(&eur), true), 2174);
        assert_eq!(to_usd_bound(0, Some(&eur), false), 0);
        assert_eq!(to_usd_bound(1234, None, true), 1234);
        let jpy = CurrencyRate {
            currency: Currency::JPY,
            per_usd_micros: 150_250_000,
        };
        let c = to_usd_bound(1500, Some(&jpy), false);
        assert!(shown(c, Some(&jpy)).amount >= 1500 && shown(c - 1, Some(&jpy)).amount < 1500);
        let c = to_usd_bound(1500, Some(&jpy), true);
        assert!(shown(c, Some(&jpy)).amount <= 1500 && shown(c + 1, Some(&jpy)).amount > 1500);
    }
}
