//! `/orders`: the buyer's orders by tab (the tab in `?tab=`), with counts from
//! `/orders/counts` and "show more" cursor paging. Signed out → `/signin?next=/orders`.
//! `/orders/:id` is [`detail::OrderPage`].

mod buy_again;
pub mod detail;
mod dialog;
mod feedback;
mod parts;
mod pay_again;
mod summary;

use crate::api::{orders, ApiError, ViewTasks};
use crate::components::icon::Icon;
use crate::components::price::Price;
use crate::components::rf;
use crate::components::states::{BlockSkeleton, ErrorState};
use crate::components::title::use_page_title;
use crate::hooks::use_require_sign_in;
use crate::i18n::{intl, tr, use_i18n};
use crate::state::Session;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use parts::StateChip;
use storefront_api::orders::{OrderCounts, OrderSummary, OrderTab};

fn tab_label_id(tab: Option<OrderTab>) -> &'static str {
    match tab {
        None => "orders-tab-all",
        Some(OrderTab::AwaitingPayment) => "orders-tab-awaiting-payment",
        Some(OrderTab::AwaitingShipment) => "orders-tab-awaiting-shipment",
        Some(OrderTab::Shipped) => "orders-tab-shipped",
        Some(OrderTab::AwaitingConfirmation) => "orders-tab-awaiting-confirmation",
        Some(OrderTab::Completed) => "orders-tab-completed",
        Some(OrderTab::InDispute) => "orders-tab-in-dispute",
    }
}

fn count_of(c: &OrderCounts, tab: Option<OrderTab>) -> i64 {
    match tab {
        None => c.all,
        Some(OrderTab::AwaitingPayment) => c.awaiting_payment,
        Some(OrderTab::AwaitingShipment) => c.awaiting_shipment,
        Some(OrderTab::Shipped) => c.shipped,
        Some(OrderTab::AwaitingConfirmation) => c.awaiting_confirmation,
        Some(OrderTab::Completed) => c.completed,
        Some(OrderTab::InDispute) => c.in_dispute,
    }
}

fn tab_href(tab: Option<OrderTab>) -> String {
    match tab {
        None => "/orders".into(),
        Some(t) => format!("/orders?tab={}", t.as_str()),
    }
}

#[derive(Clone, PartialEq)]
enum ListState {
    Loading,
    Ready,
    Failed(ApiError),
}

#[component]
pub fn OrdersPage() -> impl IntoView {
    use_page_title(tr("orders-title"));
    let i18n = use_i18n();
    let session = expect_context::<Session>();
    let query = use_query_map();
    let tab = Memo::new(move |_| {
        query
            .with(|q| q.get("tab"))
            .as_deref()
            .and_then(OrderTab::parse)
    });
    use_require_sign_in(move || tab_href(tab.get_untracked()));

    let tasks = ViewTasks::new();
    let counts = RwSignal::new(None::<OrderCounts>);
    let items = RwSignal::new(Vec::<OrderSummary>::new());
    let next = RwSignal::new(None::<String>);
    let state = RwSignal::new(ListState::Loading);
    let more_busy = RwSignal::new(false);
    let more_error = RwSignal::new(None::<ApiError>);
    // Answers of an older tab are dropped.
    let generation = StoredValue::new(0u64);

    let load = move |t: Option<OrderTab>| {
        generation.update_value(|g| *g += 1);
        let ticket = generation.get_value();
        state.set(ListState::Loading);
        items.set(Vec::new());
        next.set(None);
        more_error.set(None);
        tasks.spawn(async move {
            if let Ok(c) = orders::counts().await {
                counts.set(Some(c));
            }
        });
        tasks.spawn(async move {
            let r = orders::list(t, None).await;
            if generation.get_value() != ticket {
                return;
            }
            match r {
                Ok(page) => {
                    items.set(page.items);
                    next.set(page.next_cursor);
                    state.set(ListState::Ready);
                }
                Err(ApiError::Aborted) => {}
                Err(e) => state.set(ListState::Failed(e)),
            }
        });
    };
    Effect::new(move |_| {
        let t = tab.get();
        if session.signed_in() {
            load(t);
        }
    });
    let show_more = move |_| {
        let Some(cursor) = next.get_untracked() else {
            return;
        };
        if more_busy.get_untracked() {
            return;
        }
        more_busy.set(true);
        more_error.set(None);
        let ticket = generation.get_value();
        let t = tab.get_untracked();
        tasks.spawn(async move {
            let r = orders::list(t, Some(cursor)).await;
            more_busy.set(false);
            if generation.get_value() != ticket {
                return;
            }
            match r {
                Ok(page) => {
                    items.update(|v| v.extend(page.items));
                    next.set(page.next_cursor);
                }
                Err(ApiError::Aborted) => {}
                Err(e) => more_error.set(Some(e)),
            }
        });
    };

    let tabs = std::iter::once(None)
        .chain(OrderTab::ALL.into_iter().map(Some))
        .map(|t| {
            let current = move || (tab.get() == t).then_some("page");
            view! {
                <li>
                    <a class="orders-tab" href=tab_href(t) aria-current=current
                        data-tab=t.map_or("all", OrderTab::as_str)>
                        <span>{tr(tab_label_id(t))}</span>
                        {rf(move || counts.get().map(|c| view! {
                            <span class="orders-tab-count">{intl::format_number(count_of(&c, t) as f64, i18n.tag())}</span>
                        }))}
                    </a>
                </li>
            }
        })
        .collect_view();

    view! {
        <div class="page page-orders">
            <h1 class="page-title" id="orders-title" tabindex="-1">{tr("orders-title")}</h1>
            <nav class="orders-tabs" aria-label=tr("orders-tabs-label")>
                <ul>{tabs}</ul>
            </nav>
            {rf(move || match state.get() {
                ListState::Loading => view! { <BlockSkeleton lines=4 /> }.into_any(),
                ListState::Failed(e) => view! {
                    <ErrorState error=e on_retry=move |_| load(tab.get_untracked()) />
                }
                .into_any(),
                ListState::Ready if items.with(Vec::is_empty) => view! {
                    <div class="empty-panel">
                        <Icon name="truck" class="empty-icon" />
                        <p class="empty-title">{tr("orders-empty")}</p>
                        <a class="button button-primary" href="/">{tr("action-start-shopping")}</a>
                    </div>
                }
                .into_any(),
                ListState::Ready => view! {
                    <ul class="order-list">
                        <For each=move || items.get() key=|o| o.id let:o>
                            <OrderRow order=o />
                        </For>
                    </ul>
                    {rf(move || more_error.get().map(|e| view! {
                        <p class="form-failure" role="alert">{i18n.t_or(&e.message_id(), "error-generic")}</p>
                    }))}
                    {rf(move || next.with(Option::is_some).then(|| view! {
                        <button type="button" class="button orders-more" on:click=show_more
                            disabled=rf(move || more_busy.get())>
                            {tr("orders-show-more")}
                        </button>
                    }))}
                }
                .into_any(),
            })}
        </div>
    }
}

#[component]
fn OrderRow(order: OrderSummary) -> impl IntoView {
    let i18n = use_i18n();
    let href = format!("/orders/{}", order.id);
    let placed = order.placed_at.clone();
    let items = order.item_count;
    view! {
        <li class="order-row">
            <a class="order-row-link" href=href>
                <img class="order-row-image" src=order.image.clone() alt="" width="64" height="64"
                    loading="lazy" decoding="async" />
                <span class="order-row-main">
                    <span class="order-number" dir="ltr">{order.number.clone()}</span>
                    <span class="order-row-seller" dir="auto">{order.seller_name.clone()}</span>
                    <span class="order-row-meta">
                        <time datetime=order.placed_at.clone()>{rf(move || intl::format_date(&placed, i18n.tag()))}</time>
                        " · "
                        {rf(move || i18n.tf("cart-items-short", [("count", items.into())]))}
                    </span>
                </span>
                <span class="order-row-side">
                    <Price usd=order.total class="order-row-total" />
                    <StateChip state=order.state dispute=order.dispute_open />
                </span>
            </a>
        </li>
    }
}
