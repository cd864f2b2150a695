//! An endless product list paged by cursor with a "Load more" button.

use crate::api::{ApiError, ViewTasks};
use crate::components::product_card::ProductCard;
use crate::components::rf;
use crate::components::states::{CardSkeletons, ErrorState};
use crate::i18n::{tr, use_i18n, Locale};
use leptos::prelude::*;
use storefront_api::{ProductListQuery, ProductSummary, DEFAULT_PAGE_LIMIT};

#[derive(Debug, Clone, PartialEq)]
enum Status {
    Loading,
    More,
    End,
    Failed(ApiError),
}

/// Products of a category (or the whole catalogue), 24 at a time.
#[component]
pub fn ProductFeed(#[prop(optional)] category: Option<i64>) -> impl IntoView {
    let i18n = use_i18n();
    let items = RwSignal::new(Vec::<ProductSummary>::new());
    let cursor = RwSignal::new(None::<String>);
    let status = RwSignal::new(Status::Loading);
    // Answers for an older language (or a reset list) are dropped.
    let generation = StoredValue::new(0_u32);
    let tasks = ViewTasks::new();

    let load = move |lang: Locale| {
        status.set(Status::Loading);
        let gen = generation.get_value();
        let query = ProductListQuery {
            category,
            cursor: cursor.get_untracked(),
            limit: Some(DEFAULT_PAGE_LIMIT),
            lang: Some(lang.code().to_string()),
            ..Default::default()
        };
        // Runs under the component's owner: leaving the page aborts the request.
        let task = async move {
            let result = crate::api::products::list(&query).await;
            if generation.try_get_value() != Some(gen) {
                return;
            }
            match result {
                Ok(page) => {
                    items.update(|v| v.extend(page.items));
                    let more = page.next_cursor.is_some();
                    cursor.set(page.next_cursor);
                    status.set(if more { Status::More } else { Status::End });
                }
                Err(ApiError::Aborted) => {}
                Err(e) => status.set(Status::Failed(e)),
            }
        };
        tasks.spawn(task);
    };

    // First page, and a fresh list whenever the language changes (titles are localised).
    Effect::new(move |_| {
        let lang = i18n.locale();
        generation.update_value(|g| *g = g.wrapping_add(1));
        items.set(Vec::new());
        cursor.set(None);
        untrack(|| load(lang));
    });

    let more = move || load(i18n.locale_untracked());

    view! {
        <div class="product-feed">
            <div class="product-grid" aria-busy=rf(move || (status.get() == Status::Loading).to_string())>
                <For each=move || items.get() key=|p| p.id let:p>
                    <ProductCard product=p />
                </For>
                {rf(move || (status.get() == Status::Loading).then(|| {
                    let n = if items.with(Vec::is_empty) { 12 } else { 6 };
                    view! { <CardSkeletons count=n /> }
                }))}
            </div>
            {rf(move || match status.get() {
                Status::Failed(e) => view! { <ErrorState error=e on_retry=move |_| more() /> }.into_any(),
                Status::More => view! {
                    <div class="feed-more">
                        <button class="load-more" type="button" on:click=move |_| more()>
                            {tr("action-load-more")}
                        </button>
                    </div>
                }.into_any(),
                Status::End if items.with(Vec::is_empty) => view! {
                    <p class="empty-state">{tr("feed-empty")}</p>
                }.into_any(),
                Status::End => view! {
                    <p class="feed-end">{tr("feed-end")}</p>
                }.into_any(),
                Status::Loading => ().into_any(),
            })}
        </div>
    }
}
