//! Loading skeletons, the error state with retry, and empty states.

use crate::api::ApiError;
use crate::components::rf;
use crate::i18n::{tr, use_i18n};
use leptos::prelude::*;

/// A localised error with a retry button. `role="alert"` so it is announced.
#[component]
pub fn ErrorState(error: ApiError, #[prop(into)] on_retry: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let id = error.message_id();
    // "Does not exist" is rarely cured by retrying: offer the way home as well.
    let not_found = error.is_not_found();
    // Offline: the page tries again by itself when the connection returns.
    if matches!(error, ApiError::Network) {
        let handle = window_event_listener_untyped("online", move |_| on_retry.run(()));
        on_cleanup(move || handle.remove());
    }
    view! {
        <div class="error-state" role="alert">
            <p class="error-title">{tr("error-title")}</p>
            <p class="error-message">{rf(move || i18n.t_or(&id, "error-generic"))}</p>
            <div class="error-actions">
                <button class="retry-button" type="button" on:click=move |_| on_retry.run(())>
                    {tr("action-retry")}
                </button>
                {not_found.then(|| view! { <a class="button" href="/">{tr("action-go-home")}</a> })}
            </div>
        </div>
    }
}

/// Grey placeholders of a product card's size (no layout shift when cards arrive).
#[component]
pub fn CardSkeletons(count: usize) -> impl IntoView {
    (0..count)
        .map(|_| {
            view! {
                <div class="product-card-skeleton" aria-hidden="true">
                    <div class="skeleton skeleton-media"></div>
                    <div class="skeleton skeleton-line"></div>
                    <div class="skeleton skeleton-line skeleton-short"></div>
                </div>
            }
        })
        .collect_view()
}

/// A loading grid: skeleton cards plus a polite status for screen readers.
#[component]
pub fn GridSkeleton(count: usize) -> impl IntoView {
    view! {
        <div class="product-grid" aria-busy="true">
            <span class="visually-hidden" role="status">{tr("loading")}</span>
            <CardSkeletons count=count />
        </div>
    }
}

/// Placeholder tiles while categories load.
#[component]
pub fn TileSkeletons(count: usize) -> impl IntoView {
    view! {
        <div class="category-grid" aria-hidden="true">
            {(0..count).map(|_| view! { <div class="skeleton skeleton-tile"></div> }).collect_view()}
        </div>
    }
}

/// A block of skeleton lines (page headers, detail panes).
#[component]
pub fn BlockSkeleton(#[prop(default = 3)] lines: usize) -> impl IntoView {
    view! {
        <div class="block-skeleton" aria-hidden="true">
            <div class="skeleton skeleton-heading"></div>
            {(0..lines).map(|_| view! { <div class="skeleton skeleton-line"></div> }).collect_view()}
        </div>
    }
}
