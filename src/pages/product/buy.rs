//! Choosing what to buy: variant buttons, the wholesale tier table, the quantity stepper with
//! unit and total price, and Add to cart / Buy now.

use crate::components::price::display_price;
use crate::components::rf;
use crate::i18n::use_i18n;
use crate::state::cart::{start_buy_now, CartLine, MAX_LINE_QUANTITY};
use crate::state::{Cart, Prefs};
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;
use storefront_api::{Money, PriceTier, Sku, VariantOption};

/// One piece's price at a wholesale tier, rounded half up to the minor unit.
pub fn tier_price(base: &Money, tier: &PriceTier) -> Money {
    percent_of(base, tier.percent_of_base)
}

fn percent_of(base: &Money, percent: u8) -> Money {
    let amount = (i128::from(base.amount) * i128::from(percent) + 50) / 100;
    Money::new(i64::try_from(amount).unwrap_or(base.amount), base.currency)
}

/// The percentage of the one-piece price that applies when buying `quantity` pieces.
pub fn percent_for(tiers: &[PriceTier], quantity: i64) -> u8 {
    tiers
        .iter()
        .filter(|t| t.min_quantity <= quantity && t.percent_of_base > 0)
        .max_by_key(|t| t.min_quantity)
        .map_or(100, |t| t.percent_of_base)
}

/// The unit price of one piece when buying `quantity`.
pub fn unit_price(base: &Money, tiers: &[PriceTier], quantity: i64) -> Money {
    percent_of(base, percent_for(tiers, quantity))
}

/// A row of the tier table: `from..=to` pieces (`to` absent on the last, open row).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TierRow {
    pub from: i64,
    pub to: Option<i64>,
    pub percent: u8,
}

/// Table rows from the tiers: sorted, gaps from 1 filled at the full price, bad rows dropped.
pub fn tier_rows(tiers: &[PriceTier]) -> Vec<TierRow> {
    // A handful of rows: an insertion sort keeps std's sort code out of the wasm.
    let mut starts: Vec<(i64, u8)> = Vec::new();
    for t in tiers
        .iter()
        .filter(|t| t.min_quantity >= 1 && t.percent_of_base > 0)
    {
        let at = starts.partition_point(|(q, _)| *q < t.min_quantity);
        if starts.get(at).is_none_or(|(q, _)| *q != t.min_quantity) {
            starts.insert(at, (t.min_quantity, t.percent_of_base));
        }
    }
    if starts.first().is_none_or(|(q, _)| *q > 1) {
        starts.insert(0, (1, 100));
    }
    starts
        .iter()
        .enumerate()
        .map(|(i, (from, percent))| TierRow {
            from: *from,
            to: starts.get(i + 1).map(|(next, _)| next - 1),
            percent: *percent,
        })
        .collect()
}

/// Whether `value` of option `option` can still be bought with the other choices made.
pub fn value_available(
    skus: &[Sku],
    picked: &[Option<String>],
    option: usize,
    value: &str,
) -> bool {
    skus.iter().any(|s| {
        s.stock > 0
            && s.values.get(option).is_some_and(|v| v == value)
            && picked
                .iter()
                .enumerate()
                .all(|(j, p)| j == option || p.as_ref().is_none_or(|p| s.values.get(j) == Some(p)))
    })
}

/// The SKU whose values are exactly the choices, when every option is chosen.
pub fn matching_sku<'a>(skus: &'a [Sku], picked: &[Option<String>]) -> Option<&'a Sku> {
    if picked.iter().any(Option::is_none) {
        return None;
    }
    skus.iter().find(|s| {
        s.values.len() == picked.len()
            && s.values
                .iter()
                .zip(picked)
                .all(|(v, p)| p.as_ref() == Some(v))
    })
}

/// Option buttons: one group per option, impossible values disabled. Once the buyer has tried
/// to buy without a full choice (`asked`), groups still without one are marked "not chosen".
#[component]
pub fn VariantPicker(
    options: Vec<VariantOption>,
    skus: StoredValue<Vec<Sku>>,
    picked: Signal<Vec<Option<String>>>,
    #[prop(into)] on_pick: Callback<(usize, String)>,
    asked: RwSignal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="product-options">
            {options.into_iter().enumerate().map(|(i, o)| {
                let name = o.name.clone();
                let chosen = move || picked.with(|p| p.get(i).cloned().flatten());
                let missing = move || asked.get() && chosen().is_none();
                view! {
                    <fieldset class="option-group" class:option-missing=rf(missing)
                        aria-describedby=rf(move || missing().then_some("buy-message"))>
                        <legend class="option-legend">
                            <span class="option-name" data-l10n="data">{name}</span>
                            <span class="option-chosen" dir="auto">{rf(chosen)}</span>
                            {rf(move || missing().then(|| view! {
                                <span class="option-not-chosen">{i18n.t("variant-not-chosen")}</span>
                            }))}
                        </legend>
                        <div class="chips">
                            {o.values.into_iter().map(|v| {
                                let value = v.clone();
                                let check = v.clone();
                                let pressed = v.clone();
                                view! {
                                    <button
                                        type="button"
                                        class="chip option-value"
                                        dir="auto"
                                        data-l10n="data"
                                        aria-pressed=rf(move || (chosen().as_deref() == Some(pressed.as_str())).to_string())
                                        disabled=rf(move || picked.with(|p| skus.with_value(|s| !value_available(s, p, i, &check))))
                                        on:click=move |_| on_pick.run((i, value.clone()))
                                    >{v}</button>
                                }
                            }).collect_view()}
                        </div>
                    </fieldset>
                }
            }).collect_view()}
        </div>
    }
}

/// "1–9 pcs: $x, 10–99 pcs: $y, 100+ pcs: $z" with the row of the current quantity marked.
#[component]
pub fn TierTable(
    rows: Vec<TierRow>,
    base: Signal<Money>,
    quantity: RwSignal<i64>,
) -> impl IntoView {
    let i18n = use_i18n();
    let prefs = expect_context::<Prefs>();
    view! {
        <section class="tiers" aria-labelledby="tiers-title">
            <h2 id="tiers-title">{i18n.t("tiers-title")}</h2>
            <table class="tiers-table">
                <thead>
                    <tr>
                        <th scope="col">{i18n.t("tiers-quantity")}</th>
                        <th scope="col">{i18n.t("tiers-unit-price")}</th>
                    </tr>
                </thead>
                <tbody>
                    {rows.into_iter().map(|r| {
                        let active = move || {
                            let q = quantity.get();
                            q >= r.from && r.to.is_none_or(|to| q <= to)
                        };
                        let range = move || match r.to {
                            Some(to) => i18n.tf("tiers-range", [("min", r.from.into()), ("max", to.into())]),
                            None => i18n.tf("tiers-open", [("min", r.from.into())]),
                        };
                        view! {
                            <tr class="tier-row" class:tier-active=active aria-current=rf(move || active().then_some("true"))>
                                <th scope="row">{range}</th>
                                <td class="price">{rf(move || display_price(prefs, i18n.tag(), &percent_of(&base.get(), r.percent)))}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </section>
    }
}

/// Quantity stepper with stock, unit and total price, and the buy buttons.
#[component]
pub fn BuyBox(
    /// Set when buying found an option group without a choice (see [`VariantPicker`]).
    choose_asked: RwSignal<bool>,
    product_id: i64,
    selected: Memo<Option<Sku>>,
    has_options: bool,
    max_quantity: Memo<i64>,
    quantity: RwSignal<i64>,
    unit: Memo<Money>,
) -> impl IntoView {
    let i18n = use_i18n();
    let prefs = expect_context::<Prefs>();
    let cart = expect_context::<Cart>();
    let navigate = use_navigate();
    let message = RwSignal::new(None::<&'static str>);
    // The choice made, the request to make it goes.
    Effect::new(move |_| {
        if selected.with(Option::is_some) && message.get_untracked() == Some("variant-choose") {
            message.set(None);
        }
    });
    let set_quantity = move |q: i64| {
        quantity.set(q.clamp(1, max_quantity.get_untracked().max(1)));
        message.set(None);
    };
    let on_input = move |ev| {
        // Anything unreadable keeps the last good value (shown again on change).
        if let Ok(q) = event_target_value(&ev).trim().parse::<i64>() {
            set_quantity(q);
        } else {
            quantity.update(|_| {});
        }
    };
    let total = move || {
        let u = unit.get();
        let q = quantity.get();
        let amount = u.amount.checked_mul(q).unwrap_or(u.amount);
        display_price(prefs, i18n.tag(), &Money::new(amount, u.currency))
    };
    let at_max = move || quantity.get() >= max_quantity.get();
    let in_stock = move || selected.with(|s| s.as_ref().is_none_or(|s| s.stock > 0));
    let add = move || {
        let Some(sku) = selected.get_untracked() else {
            choose_asked.set(true);
            message.set(Some("variant-choose"));
            return;
        };
        if sku.stock <= 0 {
            message.set(Some("stock-out"));
            return;
        }
        cart.add(CartLine {
            product_id,
            sku_id: sku.id,
            quantity: quantity.get_untracked().clamp(1, MAX_LINE_QUANTITY),
        });
        message.set(Some("added-to-cart"));
    };
    // "Buy now": straight to checkout with this item alone; the cart is left as it is.
    let buy_now = move |_| {
        let Some(sku) = selected.get_untracked() else {
            choose_asked.set(true);
            message.set(Some("variant-choose"));
            return;
        };
        if sku.stock <= 0 {
            message.set(Some("stock-out"));
            return;
        }
        start_buy_now(CartLine {
            product_id,
            sku_id: sku.id,
            quantity: quantity.get_untracked().clamp(1, MAX_LINE_QUANTITY),
        });
        message.set(Some("loading"));
        navigate("/checkout", NavigateOptions::default());
    };
    view! {
        <section class="buy-box" aria-label=i18n.t("buy-box-label")>
            <div class="quantity-row">
                <label class="quantity-label" for="quantity-input">{i18n.t("quantity-label")}</label>
                <div class="stepper">
                    <button
                        type="button"
                        class="stepper-button"
                        aria-label=i18n.t("quantity-decrease")
                        aria-controls="quantity-input"
                        disabled=rf(move || quantity.get() <= 1)
                        on:click=move |_| set_quantity(quantity.get_untracked() - 1)
                    >"−"</button>
                    <input
                        id="quantity-input"
                        class="stepper-input"
                        type="number"
                        inputmode="numeric"
                        min="1"
                        max=rf(move || max_quantity.get().to_string())
                        prop:value=rf(move || quantity.get().to_string())
                        on:change=on_input
                    />
                    <button
                        type="button"
                        class="stepper-button"
                        aria-label=i18n.t("quantity-increase")
                        aria-controls="quantity-input"
                        disabled=at_max
                        on:click=move |_| set_quantity(quantity.get_untracked() + 1)
                    >"+"</button>
                </div>
                <span class="stock">
                    {rf(move || match selected.get() {
                        Some(s) if s.stock <= 0 => i18n.t("stock-out"),
                        Some(s) => i18n.tf("stock-available", [("count", s.stock.into())]),
                        None if has_options => String::new(),
                        None => i18n.tf("stock-available", [("count", max_quantity.get().into())]),
                    })}
                </span>
            </div>
            <dl class="price-lines">
                <div class="price-line">
                    <dt>{i18n.t("unit-price-label")}</dt>
                    <dd class="price unit-price">{rf(move || display_price(prefs, i18n.tag(), &unit.get()))}</dd>
                </div>
                <div class="price-line price-line-total">
                    <dt>{rf(move || i18n.tf("total-label", [("count", quantity.get().into())]))}</dt>
                    <dd class="price total-price">{total}</dd>
                </div>
            </dl>
            <div class="buy-actions">
                <button type="button" class="button button-primary buy-now" disabled=rf(move || !in_stock()) on:click=buy_now>
                    {i18n.t("buy-now")}
                </button>
                <button type="button" class="button add-to-cart" disabled=rf(move || !in_stock()) on:click=move |_| add()>
                    {i18n.t("add-to-cart")}
                </button>
            </div>
            // A problem ("choose an option", "sold out") reads as one, not in the success colour.
            <p id="buy-message" class="buy-message" role="status"
                class:buy-message-problem=rf(move || matches!(message.get(), Some("variant-choose" | "stock-out")))>
                {rf(move || message.get().map(|id| {
                    // Offline the line is kept on this device and saved when the shop is back.
                    if id == "added-to-cart" && cart.error.with(Option::is_some) {
                        i18n.t("cart-added-offline")
                    } else {
                        i18n.t(id)
                    }
                }))}
            </p>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tier(min_quantity: i64, percent_of_base: u8) -> PriceTier {
        PriceTier {
            min_quantity,
            percent_of_base,
        }
    }

    fn sku(id: i64, values: &[&str], stock: i64) -> Sku {
        Sku {
            id,
            values: values.iter().map(|v| v.to_string()).collect(),
            price: Money::usd(100),
            stock,
            image_index: 0,
        }
    }

    #[test]
    fn tier_prices_round_half_up() {
        let base = Money::usd(1999);
        assert_eq!(tier_price(&base, &tier(10, 100)), Money::usd(1999));
        assert_eq!(tier_price(&base, &tier(10, 95)), Money::usd(1899)); // 1899.05
        assert_eq!(tier_price(&base, &tier(10, 90)), Money::usd(1799)); // 1799.1
        assert_eq!(tier_price(&Money::usd(10), &tier(2, 85)), Money::usd(9)); // 8.5 → 9
    }

    #[test]
    fn unit_price_follows_the_quantity() {
        let tiers = [tier(1, 100), tier(10, 96), tier(100, 92)];
        let base = Money::usd(689);
        assert_eq!(unit_price(&base, &tiers, 1), Money::usd(689));
        assert_eq!(unit_price(&base, &tiers, 9), Money::usd(689));
        assert_eq!(unit_price(&base, &tiers, 10), Money::usd(661)); // 661.44
        assert_eq!(unit_price(&base, &tiers, 100), Money::usd(634)); // 633.88
        assert_eq!(unit_price(&base, &[], 500), base);
    }

    #[test]
    fn tier_rows_are_ranges_with_an_open_end() {
        let rows = tier_rows(&[tier(100, 92), tier(1, 100), tier(10, 96)]);
        assert_eq!(
            rows,
            vec![
                TierRow {
                    from: 1,
                    to: Some(9),
                    percent: 100
                },
                TierRow {
                    from: 10,
                    to: Some(99),
                    percent: 96
                },
                TierRow {
                    from: 100,
                    to: None,
                    percent: 92
                },
            ]
        );
        // A first tier above one piece gets a full-price row before it; junk is dropped.
        let rows = tier_rows(&[tier(5, 90), tier(0, 50), tier(7, 0)]);
        assert_eq!(
            rows,
            vec![
                TierRow {
                    from: 1,
                    to: Some(4),
                    percent: 100
                },
                TierRow {
                    from: 5,
                    to: None,
                    percent: 90
                },
            ]
        );
    }

    #[test]
    fn impossible_combinations_are_unavailable() {
        let skus = [
            sku(1, &["Red", "S"], 5),
            sku(2, &["Red", "M"], 0),
            sku(3, &["Blue", "M"], 2),
        ];
        let none = [None, None];
        assert!(value_available(&skus, &none, 0, "Red"));
        assert!(value_available(&skus, &none, 1, "M"));
        let red = [Some("Red".to_string()), None];
        assert!(value_available(&skus, &red, 1, "S"));
        assert!(
            !value_available(&skus, &red, 1, "M"),
            "Red/M is out of stock"
        );
        assert!(
            value_available(&skus, &red, 0, "Blue"),
            "own option is not constrained"
        );
        let blue_m = [Some("Blue".to_string()), Some("M".to_string())];
        assert_eq!(matching_sku(&skus, &blue_m).map(|s| s.id), Some(3));
        assert_eq!(matching_sku(&skus, &red), None);
        assert_eq!(matching_sku(&skus[..1], &[]), None);
    }
}
