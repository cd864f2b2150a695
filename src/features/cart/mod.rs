//! The cart view: lines grouped by seller (one order each) with shipping, quantities within
//! stock, save for later, coupons and the summary. It fills the `/cart` page and the desktop
//! cart drawer (its own lazy chunk, `drawer`); checkout shows its shipping choice and totals.

#[cfg(feature = "shop")]
pub mod drawer;

use crate::api::urls;
use crate::components::icon::Icon;
use crate::components::price::{display_price, LinePrice, Price};
use crate::components::rf;
use crate::components::states::ErrorState;
use crate::i18n::{intl, tr, use_i18n};
use crate::state::cart::{unconfirmed, Cart, MAX_LINE_QUANTITY};
use crate::state::Prefs;
use leptos::prelude::*;
use storefront_api::cart::{CartLineInput, CouponResult, LineProblem, Quote, QuotedLine};
use storefront_api::Money;

/// Prices the cart for the header's ship-to country and the UI language while shown.
pub fn price_for_prefs(cart: Cart) {
    let i18n = use_i18n();
    let prefs = expect_context::<Prefs>();
    cart.load_cached_quote();
    Effect::new(move |_| {
        let ship_to = prefs.ship_to.get();
        let lang = i18n.locale().code();
        cart.set_context(&ship_to, lang);
    });
    reprice_on_change(cart);
}

/// Prices the cart again when its document changed without a quote (sign-in merge, an add
/// in another view, sign-out).
pub fn reprice_on_change(cart: Cart) {
    Effect::new(move |prev: Option<u64>| {
        let v = cart.version.get();
        if prev.is_some_and(|p| p != v) {
            cart.refresh();
        }
        v
    });
}

/// The whole cart. `compact`: the drawer (one column, links to the full page).
#[component]
pub fn CartView(compact: bool) -> impl IntoView {
    let cart = expect_context::<Cart>();
    let i18n = use_i18n();
    price_for_prefs(cart);
    let undo = RwSignal::new(None::<(usize, CartLineInput, String)>);
    // Memos: the layout is built once, not again on every change of the cart.
    let empty = Memo::new(move |_| cart.doc.with(|d| d.lines.is_empty()));
    let nothing_active =
        Memo::new(move |_| cart.doc.with(|d| d.lines.iter().all(|l| l.saved_for_later)));
    view! {
        <div class="cart" class:cart-compact=compact aria-busy=rf(move || cart.pending.get().to_string())>
            <UndoBar undo=undo />
            {rf(move || cart.error.get().map(|e| view! {
                <div class="cart-offline">
                    <p class="cart-offline-note">{tr("cart-last-known")}</p>
                    {rf(move || {
                        let added = cart.quote.with(|q| cart.doc.with(|d| {
                            d.lines
                                .iter()
                                .filter(|l| q.as_ref().is_none_or(|q| find_line(q, l.sku_id).is_none()))
                                .map(|l| l.quantity)
                                .sum::<i64>()
                        }));
                        (added > 0).then(|| view! {
                            <p class="cart-offline-added" role="status">{rf(move || i18n.tf("cart-offline-added", [("count", added.into())]))}</p>
                        })
                    })}
                    <ErrorState error=e on_retry=move |_| cart.refresh() />
                </div>
            }))}
            {rf(move || if empty.get() {
                view! {
                    <div class="empty-panel cart-empty">
                        <Icon name="cart" class="empty-icon" />
                        <p class="empty-title">{tr("cart-empty")}</p>
                        <p>{tr("cart-empty-hint")}</p>
                        <a class="button button-primary" href="/">{tr("action-start-shopping")}</a>
                    </div>
                }.into_any()
            } else {
                view! {
                    <div class="cart-layout">
                        <div class="cart-main">
                            {rf(move || nothing_active.get().then(|| view! {
                                <p class="cart-nothing-active">{tr("cart-nothing-active")}</p>
                            }))}
                            <SellerGroups undo=undo />
                            <SavedForLater undo=undo />
                        </div>
                        <aside class="cart-side" aria-label=tr("cart-summary-label")>
                            <Coupons />
                            <Summary compact=compact />
                        </aside>
                    </div>
                }.into_any()
            })}
        </div>
    }
}

/// "Removed … Undo" after a remove.
#[component]
fn UndoBar(undo: RwSignal<Option<(usize, CartLineInput, String)>>) -> impl IntoView {
    let cart = expect_context::<Cart>();
    let i18n = use_i18n();
    view! {
        <div class="cart-undo" role="status">
            {rf(move || undo.get().map(|(at, line, title)| {
                let msg = i18n.tf("cart-removed", [("title", title.into())]);
                view! {
                    <p>{msg}</p>
                    <button type="button" class="button cart-undo-button" on:click=move |_| {
                        cart.restore(at, line.clone());
                        undo.set(None);
                    }>{tr("cart-undo")}</button>
                }
            }))}
        </div>
    }
}

fn find_line(q: &Quote, sku_id: i64) -> Option<QuotedLine> {
    q.sellers
        .iter()
        .flat_map(|s| s.lines.iter())
        .chain(q.saved_for_later.iter())
        .find(|l| l.sku_id == sku_id)
        .cloned()
}

#[component]
fn SellerGroups(undo: RwSignal<Option<(usize, CartLineInput, String)>>) -> impl IntoView {
    let cart = expect_context::<Cart>();
    let sellers = move || {
        cart.quote.with(|q| {
            q.as_ref()
                .map(|q| {
                    q.sellers
                        .iter()
                        .filter(|s| !s.lines.is_empty())
                        .map(|s| s.seller_id)
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    view! {
        <For each=sellers key=|id| *id let:seller_id>
            <SellerGroupView seller_id=seller_id undo=undo />
        </For>
    }
}

#[component]
fn SellerGroupView(
    seller_id: i64,
    undo: RwSignal<Option<(usize, CartLineInput, String)>>,
) -> impl IntoView {
    let cart = expect_context::<Cart>();
    let i18n = use_i18n();
    let prefs = expect_context::<Prefs>();
    let group = Memo::new(move |_| {
        cart.quote.with(|q| {
            q.as_ref()
                .and_then(|q| q.sellers.iter().find(|s| s.seller_id == seller_id).cloned())
        })
    });
    let name = move || {
        group.with(|g| {
            g.as_ref()
                .map(|g| g.seller_name.clone())
                .unwrap_or_default()
        })
    };
    let heading_id = format!("seller-{seller_id}");
    let lines = move || {
        group.with(|g| {
            g.as_ref()
                .map(|g| g.lines.iter().map(|l| l.sku_id).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    };
    let subtotal = move || {
        group.with(|g| {
            g.as_ref()
                .map(|g| display_price(prefs, i18n.tag(), &g.subtotal))
                .unwrap_or_default()
        })
    };
    view! {
        <section class="seller-group" aria-labelledby=heading_id.clone()>
            <h2 class="seller-group-title" id=heading_id.clone()>
                <Icon name="store" />
                <a href=urls::store_page(seller_id) data-l10n="data">{rf(name)}</a>
            </h2>
            <ul class="cart-lines">
                <For each=lines key=|id| *id let:sku_id>
                    <LineView sku_id=sku_id undo=undo />
                </For>
            </ul>
            <ShippingChoice seller_id=seller_id />
            <p class="seller-subtotal">
                <span>{tr("cart-seller-subtotal")}</span>
                <span class="price">{rf(subtotal)}</span>
            </p>
        </section>
    }
}

/// The seller's shipping options (cost and delivery window); also used by checkout.
#[component]
pub fn ShippingChoice(seller_id: i64) -> impl IntoView {
    let cart = expect_context::<Cart>();
    let i18n = use_i18n();
    let prefs = expect_context::<Prefs>();
    let id = format!("shipping-{seller_id}");
    let group = move || {
        cart.quote.with(|q| {
            q.as_ref()
                .and_then(|q| q.sellers.iter().find(|s| s.seller_id == seller_id))
                .map(|s| (s.shipping_options.clone(), s.shipping.clone()))
                .unwrap_or_default()
        })
    };
    // The select is drawn again only when the options change, not when one is chosen.
    let options = Memo::new(move |_| group().0);
    let chosen = Memo::new(move |_| group().1);
    let on_change = move |ev| cart.set_shipping(seller_id, event_target_value(&ev));
    view! {
        <div class="shipping-choice">
            <label class="shipping-label" for=id.clone()>
                <Icon name="truck" />
                {tr("cart-shipping-method")}
            </label>
            {rf(move || {
                let opts = options.get();
                if opts.is_empty() {
                    return view! { <p class="line-problem" role="alert">{tr("cart-no-shipping")}</p> }.into_any();
                }
                let tag = i18n.tag();
                view! {
                    <select id=id.clone() class="shipping-select" on:change=on_change>
                        {opts.into_iter().map(|o| {
                            let cost = if o.cost.amount == 0 {
                                i18n.t("cart-shipping-free")
                            } else {
                                display_price(prefs, tag, &o.cost)
                            };
                            let label = i18n.tf("cart-shipping-option", [
                                ("carrier", o.carrier.clone().into()),
                                ("cost", cost.into()),
                                ("window", intl::delivery_window(o.days_min, o.days_max, tag).into()),
                            ]);
                            let id = o.id.clone();
                            let selected = move || chosen.with(|c| c.as_deref() == Some(id.as_str()));
                            view! { <option value=o.id prop:selected=selected>{label}</option> }
                        }).collect_view()}
                    </select>
                }.into_any()
            })}
        </div>
    }
}

fn problem_id(p: LineProblem) -> &'static str {
    match p {
        LineProblem::OutOfStock => "cart-problem-out-of-stock",
        LineProblem::QuantityOverStock => "cart-problem-over-stock",
        LineProblem::ProductGone => "cart-problem-gone",
        LineProblem::NotShippedTo => "cart-problem-not-shipped",
        LineProblem::Unknown => "cart-problem-unknown",
    }
}

#[component]
fn LineView(sku_id: i64, undo: RwSignal<Option<(usize, CartLineInput, String)>>) -> impl IntoView {
    let cart = expect_context::<Cart>();
    let i18n = use_i18n();
    let prefs = expect_context::<Prefs>();
    let line = Memo::new(move |_| {
        cart.quote
            .with(|q| q.as_ref().and_then(|q| find_line(q, sku_id)))
    });
    // The quantity the buyer asked for (shown at once, before the new quote arrives).
    let quantity = Memo::new(move |_| {
        cart.doc.with(|d| {
            d.lines
                .iter()
                .find(|l| l.sku_id == sku_id)
                .map_or(0, |l| l.quantity)
        })
    });
    let saved = move || line.with(|l| l.as_ref().is_some_and(|l| l.saved_for_later));
    // Changed while the shop could not be reached: kept here, saved when back online.
    let unsaved = move || {
        cart.error.with(Option::is_some)
            && cart.quote.with(|q| {
                cart.doc
                    .with(|d| unconfirmed(d, q.as_ref()).contains(&sku_id))
            })
    };
    let variants = RwSignal::new(None::<Vec<(i64, String, bool)>>);
    let loading_variants = RwSignal::new(false);
    let change_variant = move |_| {
        let Some(product_id) = line.with_untracked(|l| l.as_ref().map(|l| l.product_id)) else {
            return;
        };
        loading_variants.set(true);
        let lang = i18n.locale_untracked().code();
        leptos::task::spawn_local(async move {
            if let Ok(v) = crate::api::products::variants(product_id, lang).await {
                let list = v
                    .skus
                    .iter()
                    .map(|s| (s.id, crate::api::products::sku_label(s), s.stock > 0))
                    .collect();
                variants.set(Some(list));
                request_animation_frame(move || {
                    crate::browser::focus_id(&format!("variant-{sku_id}"))
                });
            }
            loading_variants.set(false);
        });
    };
    let max = move || {
        line.with(|l| {
            l.as_ref()
                .map_or(MAX_LINE_QUANTITY, |l| l.stock.clamp(1, MAX_LINE_QUANTITY))
        })
    };
    let title = move || line.with(|l| l.as_ref().map(|l| l.title.clone()).unwrap_or_default());
    let input_id = format!("qty-{sku_id}");
    let set = move |q: i64| cart.set_quantity(sku_id, q.clamp(1, max()));
    let on_input = move |ev| {
        if let Ok(q) = event_target_value(&ev).trim().parse::<i64>() {
            set(q);
        }
    };
    let remove = move |_| {
        let t = title();
        if let Some((at, l)) = cart.remove(sku_id) {
            undo.set(Some((at, l, t)));
        }
    };
    let price = move |m: &Money| display_price(prefs, i18n.tag(), m);
    view! {
        <li class="cart-line" class:cart-line-unsaved-edit=unsaved class:cart-line-problem=move || line.with(|l| l.as_ref().is_some_and(|l| l.problem.is_some()))>
            {rf(move || line.get().map(|l| {
                let href = format!("{}?sku={}", urls::product_page(l.product_id), l.sku_id);
                let img = urls::asset(&urls::base(), &l.image);
                view! {
                    <a class="cart-line-media" href=href.clone() tabindex="-1" aria-hidden="true">
                        {(!l.image.is_empty()).then(|| view! { <img src=img alt="" width="80" height="80" loading="lazy" /> })}
                    </a>
                    <div class="cart-line-info">
                        <a class="cart-line-title" href=href data-l10n=(!l.title.is_empty()).then_some("data")>{if l.title.is_empty() { i18n.t("cart-problem-gone") } else { l.title.clone() }}</a>
                        {(!l.sku_label.is_empty()).then(|| view! {
                            <p class="cart-line-sku">
                                <span data-l10n="data">{l.sku_label.clone()}</span>
                                " "
                                {rf(move || variants.with(Option::is_none).then(|| view! {
                                    <button type="button" class="link-button cart-change-variant"
                                        aria-busy=move || loading_variants.get().to_string()
                                        disabled=move || loading_variants.get()
                                        on:click=change_variant>{tr("cart-change-variant")}</button>
                                }))}
                            </p>
                        })}
                        {rf(move || variants.get().map(|list| {
                            let id = format!("variant-{sku_id}");
                            view! {
                                <div class="cart-variant">
                                    <label for=id.clone()>{tr("cart-variant-label")}</label>
                                    <select id=id class="cart-variant-select" on:change=move |ev| {
                                        if let Ok(to) = event_target_value(&ev).parse::<i64>() {
                                            cart.change_sku(sku_id, to);
                                        }
                                    }>
                                        {list.into_iter().map(|(id, label, in_stock)| view! {
                                            <option value=id.to_string() selected={id == sku_id}
                                                disabled={!in_stock && id != sku_id} data-l10n="data">{label}</option>
                                        }).collect_view()}
                                    </select>
                                </div>
                            }
                        }))}
                        <p class="cart-line-unit">
                            {i18n.tf("cart-unit-price", [("price", price(&l.unit_price).into())])}
                            {(l.unit_price.amount < l.base_price.amount).then(|| view! {
                                <span class="tier-note">{i18n.t("cart-tier-applied")}</span>
                            })}
                        </p>
                        {l.problem.map(|p| {
                            let msg = if p == LineProblem::QuantityOverStock {
                                i18n.tf("cart-problem-over-stock", [("stock", l.stock.into())])
                            } else {
                                i18n.t(problem_id(p))
                            };
                            view! { <p class="line-problem" role="alert">{msg}</p> }
                        })}
                    </div>
                }
            }))}
            <div class="cart-line-controls">
                <div class="cart-line-quantity" class:hidden=saved>
                    <label class="visually-hidden" for=input_id.clone()>{tr("quantity-label")}</label>
                    <div class="stepper">
                        <button type="button" class="stepper-button" aria-label=tr("quantity-decrease")
                            aria-controls=input_id.clone()
                            disabled=rf(move || quantity.get() <= 1)
                            on:click=move |_| set(quantity.get_untracked() - 1)>"−"</button>
                        <input id=input_id.clone() class="stepper-input" type="number" inputmode="numeric"
                            min="1" max=rf(move || max().to_string())
                            prop:value=rf(move || quantity.get().to_string())
                            on:change=on_input />
                        <button type="button" class="stepper-button" aria-label=tr("quantity-increase")
                            aria-controls=input_id
                            disabled=rf(move || quantity.get() >= max())
                            on:click=move |_| set(quantity.get_untracked() + 1)>"+"</button>
                    </div>
                </div>
                {rf(move || unsaved().then(|| view! {
                    <p class="cart-line-unsaved" role="status">{tr("cart-offline-pending")}</p>
                }))}
                <p class="cart-line-total">
                    {rf(move || line.get().map(|l| view! {
                        <LinePrice unit=l.unit_price quantity=l.quantity />
                        {(l.discount.amount > 0).then(|| view! {
                            <span class="line-discount">{i18n.tf("cart-line-discount", [("amount", price(&l.discount).into())])}</span>
                        })}
                    }))}
                </p>
                <div class="cart-line-actions">
                    <button type="button" class="link-button" on:click=move |_| cart.set_saved(sku_id, !saved())>
                        {rf(move || if saved() { i18n.t("cart-move-to-cart") } else { i18n.t("cart-save-for-later") })}
                    </button>
                    <button type="button" class="link-button" on:click=remove>{tr("cart-remove")}</button>
                </div>
            </div>
        </li>
    }
}

#[component]
fn SavedForLater(undo: RwSignal<Option<(usize, CartLineInput, String)>>) -> impl IntoView {
    let cart = expect_context::<Cart>();
    let lines = move || {
        cart.quote.with(|q| {
            q.as_ref()
                .map(|q| {
                    q.saved_for_later
                        .iter()
                        .map(|l| l.sku_id)
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    view! {
        <Show when=move || !lines().is_empty()>
            <section class="saved-for-later" aria-labelledby="saved-title">
                <h2 id="saved-title" class="seller-group-title">{tr("cart-saved-title")}</h2>
                <ul class="cart-lines">
                    <For each=lines key=|id| *id let:sku_id>
                        <LineView sku_id=sku_id undo=undo />
                    </For>
                </ul>
            </section>
        </Show>
    }
}

fn coupon_reason_id(c: &CouponResult) -> String {
    match c.reason {
        Some(r) => format!("coupon-{}", r.as_str().replace('_', "-")),
        None => "coupon-unknown".to_string(),
    }
}

#[component]
fn Coupons() -> impl IntoView {
    let cart = expect_context::<Cart>();
    let i18n = use_i18n();
    let prefs = expect_context::<Prefs>();
    let code = RwSignal::new(String::new());
    let note = RwSignal::new(None::<&'static str>);
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let c = code.get_untracked();
        if c.trim().is_empty() {
            note.set(Some("coupon-enter-code"));
        } else if cart.add_coupon(&c) {
            code.set(String::new());
            note.set(None);
        } else {
            note.set(Some("coupon-not-added"));
        }
    };
    let results = move || {
        cart.quote
            .with(|q| q.as_ref().map(|q| q.coupons.clone()).unwrap_or_default())
    };
    view! {
        <section class="coupons" aria-labelledby="coupons-title">
            <h2 id="coupons-title" class="cart-side-title">{tr("coupon-title")}</h2>
            <form class="coupon-form" on:submit=on_submit>
                <label class="visually-hidden" for="coupon-input">{tr("coupon-label")}</label>
                <input id="coupon-input" class="coupon-input" type="text" autocomplete="off"
                    autocapitalize="characters" placeholder=tr("coupon-label")
                    aria-describedby="coupon-order"
                    prop:value=code on:input=move |ev| code.set(event_target_value(&ev)) />
                <button type="submit" class="button">{tr("coupon-apply")}</button>
            </form>
            <p id="coupon-order" class="coupon-order">{tr("coupon-order-note")}</p>
            {rf(move || note.get().map(|id| view! { <p class="field-error" role="alert">{tr(id)}</p> }))}
            {rf(move || cart.lapsed.get().into_iter().map(|code| view! {
                <p class="coupon-lapsed" role="status">{rf(move || i18n.tf("coupon-lapsed", [("code", code.clone().into())]))}</p>
            }).collect_view())}
            <ul class="coupon-list">
                {rf(move || results().into_iter().map(|c| {
                    let code_text = c.code.clone();
                    let remove_code = c.code.clone();
                    let detail = if c.ok {
                        i18n.tf("coupon-applied", [("amount", display_price(prefs, i18n.tag(), &c.discount).into())])
                    } else if c.reason == Some(storefront_api::cart::CouponReason::CouponMinNotMet) {
                        let min = c.min_order.map(|m| display_price(prefs, i18n.tag(), &m)).unwrap_or_default();
                        i18n.tf("coupon-coupon-min-not-met", [("min", min.into())])
                    } else {
                        i18n.t_or(&coupon_reason_id(&c), "coupon-unknown")
                    };
                    let label = i18n.tf("coupon-remove", [("code", code_text.clone().into())]);
                    view! {
                        <li class="coupon" class:coupon-bad=!c.ok>
                            <span class="coupon-code" dir="ltr" translate="no">{code_text}</span>
                            <span class="coupon-detail" role=(!c.ok).then_some("alert")>{detail}</span>
                            <button type="button" class="link-button" aria-label=label
                                on:click=move |_| cart.remove_coupon(&remove_code)>{tr("cart-remove")}</button>
                        </li>
                    }
                }).collect_view())}
            </ul>
        </section>
    }
}

/// Totals of the cart (or of checkout's review).
#[component]
pub fn Totals() -> impl IntoView {
    let cart = expect_context::<Cart>();
    let i18n = use_i18n();
    view! {
        {rf(move || cart.quote.get().map(|q| {
            let s = q.summary;
            view! {
                <dl class="summary-rows">
                    <div><dt>{i18n.tf("cart-summary-items", [("count", s.item_count.into())])}</dt><dd><Price usd=s.items_total /></dd></div>
                    <div><dt>{i18n.t("cart-summary-shipping")}</dt><dd><Price usd=s.shipping_total /></dd></div>
                    {(s.seller_discounts.amount > 0).then(|| view! {
                        <div><dt>{i18n.t("cart-summary-seller-discounts")}</dt><dd class="discount">"−"<Price usd=s.seller_discounts /></dd></div>
                    })}
                    {(s.platform_discount.amount > 0).then(|| view! {
                        <div><dt>{i18n.t("cart-summary-platform-discount")}</dt><dd class="discount">"−"<Price usd=s.platform_discount /></dd></div>
                    })}
                    <div class="summary-total"><dt>{i18n.t("cart-summary-total")}</dt><dd><Price usd=s.grand_total /></dd></div>
                </dl>
            }
        }))}
        <p class="charge-note">{tr("cart-charge-note")}</p>
    }
}

#[component]
fn Summary(compact: bool) -> impl IntoView {
    let cart = expect_context::<Cart>();
    let blocked = move || !cart.ready();
    view! {
        <section class="cart-summary" aria-labelledby="summary-title">
            <h2 id="summary-title" class="cart-side-title">{tr("cart-summary-title")}</h2>
            <Totals />
            {rf(move || (cart.error.get().is_some()).then(|| view! {
                <p class="cart-blocked">{tr("cart-offline-blocked")}</p>
            }))}
            {rf(move || cart.quote.with(|q| q.as_ref().is_some_and(|q| !q.ready && q.summary.item_count > 0)).then(|| view! {
                <p class="cart-blocked">{tr("cart-not-ready")}</p>
            }))}
            <a class="button button-primary checkout-button" href="/checkout"
                aria-disabled=rf(move || blocked().to_string())
                on:click=move |ev| if blocked() {
                    ev.prevent_default();
                } else {
                    // The cart is bought, not an earlier "Buy now" item.
                    crate::state::cart::clear_buy_now();
                }>
                {tr("cart-checkout")}
            </a>
            {compact.then(|| view! { <a class="button view-cart-button" href="/cart">{tr("cart-view")}</a> })}
        </section>
    }
}
