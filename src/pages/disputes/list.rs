//! `/disputes`: the buyer's disputes, newest first, with "show more" cursor paging (like
//! `/orders`). Each row names the item, the order, the state, who must act and the next
//! deadline, and opens the dispute. Signed out → `/signin?next=/disputes`.

use super::parts::{banner_id, deadline_kind_id, state_id};
use crate::api::{disputes as api, ApiError, ViewTasks};
use crate::components::icon::Icon;
use crate::components::rf;
use crate::components::states::{BlockSkeleton, ErrorState};
use crate::components::title::use_page_title;
use crate::i18n::{intl, tr, use_i18n};
use crate::state::Session;
use leptos::prelude::*;
use storefront_api::disputes::DisputeSummary;

#[derive(Clone, PartialEq)]
enum ListState {
    Loading,
    Ready,
    Failed(ApiError),
}

#[component]
pub fn DisputesPage() -> impl IntoView {
    use_page_title(tr("disputes-title"));
    let i18n = use_i18n();
    let session = expect_context::<Session>();
    crate::hooks::use_require_sign_in(|| "/disputes".to_string());
    let tasks = ViewTasks::new();
    let items = RwSignal::new(Vec::<DisputeSummary>::new());
    let next = RwSignal::new(None::<String>);
    let state = RwSignal::new(ListState::Loading);
    let more_busy = RwSignal::new(false);
    let more_error = RwSignal::new(None::<ApiError>);

    let load = move || {
        state.set(ListState::Loading);
        items.set(Vec::new());
        next.set(None);
        more_error.set(None);
        tasks.spawn(async move {
            match api::list(None).await {
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
        if session.signed_in() {
            load();
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
        tasks.spawn(async move {
            let r = api::list(Some(cursor)).await;
            more_busy.set(false);
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

    view! {
        <div class="page page-disputes">
            <h1 class="page-title" id="disputes-title" tabindex="-1">{tr("disputes-title")}</h1>
            {rf(move || match state.get() {
                ListState::Loading => view! { <BlockSkeleton lines=4 /> }.into_any(),
                ListState::Failed(e) => view! { <ErrorState error=e on_retry=move |_| load() /> }.into_any(),
                ListState::Ready if items.with(Vec::is_empty) => view! {
                    <div class="empty-panel">
                        <Icon name="truck" class="empty-icon" />
                        <p class="empty-title">{tr("disputes-empty")}</p>
                        <a class="button button-primary" href="/orders">{tr("disputes-to-orders")}</a>
                    </div>
                }
                .into_any(),
                ListState::Ready => view! {
                    <ul class="order-list dispute-list">
                        <For each=move || items.get() key=|d| d.id let:d>
                            <DisputeRow d=d />
                        </For>
                    </ul>
                    {rf(move || more_error.get().map(|e| view! {
                        <p class="form-failure" role="alert">{i18n.t_or(&e.message_id(), "error-generic")}</p>
                    }))}
                    {rf(move || next.with(Option::is_some).then(|| view! {
                        <button type="button" class="button orders-more disputes-more" on:click=show_more
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
fn DisputeRow(d: DisputeSummary) -> impl IntoView {
    let i18n = use_i18n();
    let opened = d.opened_at.clone();
    let number = d.order_number.clone();
    let deadline = d.deadline.clone();
    view! {
        <li class="order-row dispute-row" data-dispute=d.id.to_string()>
            <a class="order-row-link" href=format!("/disputes/{}", d.id)>
                <img class="order-row-image" src=d.image.clone() alt="" width="64" height="64"
                    loading="lazy" decoding="async" />
                <span class="order-row-main">
                    <span class="dispute-row-title" dir="auto" data-l10n="data">{d.title.clone()}</span>
                    <span class="order-row-meta">
                        {rf(move || i18n.tf("dispute-order-ref", [("reference", number.clone().into())]))}
                        " · "
                        <time datetime=d.opened_at.clone()>{rf(move || i18n.tf("disputes-opened-on", [("dates", intl::format_date(&opened, i18n.tag()).into())]))}</time>
                    </span>
                    <span class="dispute-row-banner">{tr(banner_id(d.banner, d.state))}</span>
                    {deadline.map(|dl| {
                        let at = dl.at.clone();
                        view! {
                            <span class="order-row-meta dispute-row-deadline">
                                {rf(move || i18n.tf(deadline_kind_id(dl.kind), [("dates", intl::format_date_time(&at, i18n.tag()).into())]))}
                            </span>
                        }
                    })}
                </span>
                <span class="order-row-side">
                    <span class="state-chip" data-dispute-state=d.state.as_str()>{tr(state_id(d.state))}</span>
                </span>
            </a>
        </li>
    }
}
