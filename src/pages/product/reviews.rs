//! Reviews: average, star histogram (a small accessible chart), filters (with photos, by stars)
//! and the list with photos, paged with a cursor. Review text is always rendered as text.

use crate::api::{urls, ApiError, ViewTasks};
use crate::components::icon::Icon;
use crate::components::rf;
use crate::components::states::ErrorState;
use crate::i18n::{intl, use_i18n};
use leptos::html;
use leptos::prelude::*;
use storefront_api::{Review, ReviewQuery, ReviewSummary};

const PAGE: u32 = 10;

/// The active filter: with photos, and/or exactly `stars` stars.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Filter {
    with_photos: bool,
    stars: Option<u8>,
}

#[component]
pub fn Reviews(product_id: i64, rating_x10: u8, reviews_count: i64) -> impl IntoView {
    let i18n = use_i18n();
    let summary = RwSignal::new(None::<ReviewSummary>);
    let filter = RwSignal::new(Filter::default());
    let items = RwSignal::new(Vec::<Review>::new());
    let next = RwSignal::new(None::<String>);
    let loading = RwSignal::new(false);
    let error = RwSignal::new(None::<ApiError>);
    let generation = StoredValue::new(0_u64);
    // Requests run under this component: leaving the page aborts them.
    let tasks = ViewTasks::new();

    let load = move |cursor: Option<String>| {
        let f = filter.get_untracked();
        let query = ReviewQuery {
            with_photos: f.with_photos.then_some(true),
            stars: f.stars,
            cursor: cursor.clone(),
            limit: Some(PAGE),
            lang: Some(i18n.locale_untracked().code().to_string()),
        };
        generation.update_value(|g| *g += 1);
        let mine = generation.get_value();
        loading.set(true);
        error.set(None);
        if cursor.is_none() {
            items.set(Vec::new());
            next.set(None);
        }
        let task = async move {
            let result = crate::api::reviews::list(product_id, &query).await;
            // A newer request (another filter) owns the list now.
            if generation.try_get_value() != Some(mine) {
                return;
            }
            match result {
                Ok(page) => {
                    items.update(|list| list.extend(page.items));
                    next.set(page.next_cursor);
                }
                Err(ApiError::Aborted) => {}
                Err(e) => error.set(Some(e)),
            }
            loading.set(false);
        };
        tasks.spawn(task);
    };
    // First page, again whenever the filter or the language changes.
    Effect::new(move |_| {
        filter.track();
        i18n.locale();
        load(None);
    });

    let set_filter = move |f: Filter| {
        if filter.get_untracked() != f {
            filter.set(f);
        }
    };
    // The summary is a nicety: without it the product's own figures show and no counts.
    tasks.spawn(async move {
        if let Ok(s) = crate::api::reviews::summary(product_id).await {
            summary.set(Some(s));
        }
    });
    let stats = move || summary.get();

    view! {
        <section class="panel reviews" aria-labelledby="reviews-title">
            <h2 id="reviews-title"><Icon name="star" />{i18n.t("reviews-title")}</h2>
            <div class="reviews-overview">
                {rf(move || {
                    // The summary covers the stored reviews; without any, the product's own figures.
                    let s = stats().filter(|s| s.count > 0);
                    let avg = s.as_ref().map_or(rating_x10, |s| s.average_x10);
                    let count = s.as_ref().map_or(reviews_count, |s| s.count);
                    let value = intl::format_decimal(f64::from(avg) / 10.0, i18n.tag(), 1, 1);
                    view! {
                        <div class="reviews-average">
                            <span class="reviews-average-value" aria-hidden="true">{value.clone()}</span>
                            <Stars stars=avg.div_ceil(10) />
                            <span class="visually-hidden">{i18n.tf("rating-label", [("rating", value.into())])}</span>
                            <span class="reviews-total">{i18n.tf("reviews-count", [("count", count.into())])}</span>
                        </div>
                    }
                })}
                {rf(move || stats().filter(|s| s.count > 0).map(|s| view! { <Histogram summary=s /> }))}
            </div>
            <div class="chips review-filters" role="group" aria-label=i18n.t("reviews-filter-label")>
                <button type="button" class="chip" aria-pressed=rf(move || (filter.get() == Filter::default()).to_string())
                    on:click=move |_| set_filter(Filter::default())>{i18n.t("reviews-filter-all")}</button>
                <button type="button" class="chip review-filter-photos" aria-pressed=rf(move || filter.get().with_photos.to_string())
                    on:click=move |_| { let f = filter.get_untracked(); set_filter(Filter { with_photos: !f.with_photos, ..f }); }>
                    {rf(move || {
                        let n = stats().map(|s| s.with_photos);
                        match n {
                            Some(n) => i18n.tf("reviews-filter-photos-count", [("count", n.into())]),
                            None => i18n.t("reviews-filter-photos"),
                        }
                    })}
                </button>
                {(1..=5u8).rev().map(|stars| view! {
                    <button type="button" class="chip review-filter-stars" data-stars=stars.to_string()
                        aria-pressed=rf(move || (filter.get().stars == Some(stars)).to_string())
                        on:click=move |_| {
                            let f = filter.get_untracked();
                            let stars = if f.stars == Some(stars) { None } else { Some(stars) };
                            set_filter(Filter { stars, ..f });
                        }>
                        {rf(move || i18n.tf("reviews-filter-stars", [("stars", stars.into())]))}
                    </button>
                }).collect_view()}
            </div>
            <ul class="review-list" aria-busy=rf(move || loading.get().to_string())>
                {rf(move || items.get().into_iter().map(|review| view! { <ReviewItem review=review /> }).collect_view())}
            </ul>
            {rf(move || (!loading.get() && error.get().is_none() && items.with(Vec::is_empty)).then(|| {
                let id = if filter.get() == Filter::default() { "reviews-empty" } else { "reviews-filter-empty" };
                view! { <p class="reviews-empty">{move || i18n.t(id)}</p> }
            }))}
            {rf(move || error.get().map(|e| view! { <ErrorState error=e on_retry=move |_| load(next.get_untracked()) /> }))}
            {rf(move || loading.get().then(|| view! { <p class="reviews-loading" role="status">{i18n.t("loading")}</p> }))}
            {rf(move || (next.get().is_some() && !loading.get()).then(|| view! {
                <button type="button" class="button reviews-more" on:click=move |_| load(next.get_untracked())>
                    {i18n.t("reviews-more")}
                </button>
            }))}
        </section>
    }
}

/// Five stars, `stars` of them filled; decorative (the number is said in words nearby).
#[component]
fn Stars(stars: u8) -> impl IntoView {
    let filled = usize::from(stars.min(5));
    view! {
        <span class="stars" aria-hidden="true">
            <span class="stars-on">{"★".repeat(filled)}</span>
            <span class="stars-off">{"★".repeat(5 - filled)}</span>
        </span>
    }
}

/// Bars of the share of each star count, with the counts in words for screen readers.
#[component]
fn Histogram(summary: ReviewSummary) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <ul class="histogram" aria-label=i18n.t("reviews-histogram-label")>
            {(1..=5u8).rev().map(|stars| {
                let count = summary.histogram.get(usize::from(stars - 1)).copied().unwrap_or(0);
                let per_mille = summary.share_per_mille(stars);
                let bar = NodeRef::<html::Span>::new();
                // The width is data: set through CSSOM (the CSP forbids inline styles).
                Effect::new(move |_| {
                    if let Some(el) = bar.get() {
                        let _ = web_sys::HtmlElement::style(&el).set_property("--share", &format!("{}%", per_mille / 10));
                    }
                });
                view! {
                    <li class="histogram-row">
                        <span class="histogram-label" aria-hidden="true">{format!("{stars}★")}</span>
                        <span class="histogram-bar" aria-hidden="true"><span class="histogram-fill" node_ref=bar></span></span>
                        <span class="histogram-count" aria-hidden="true">{rf(move || intl::format_number(count as f64, i18n.tag()))}</span>
                        <span class="visually-hidden">{rf(move || i18n.tf("reviews-histogram-row", [("stars", stars.into()), ("count", count.into())]))}</span>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}

#[component]
fn ReviewItem(review: Review) -> impl IntoView {
    let i18n = use_i18n();
    let Review {
        author,
        country,
        stars,
        text,
        created_at,
        photos,
        ..
    } = review;
    let base = urls::base();
    let stamp = created_at.clone();
    let has_photos = !photos.is_empty();
    view! {
        <li class="review" class:review-with-photos=has_photos>
            <div class="review-head">
                <span class="review-author" dir="auto" data-l10n="data">{author.clone()}</span>
                <span class="review-country">{rf(move || intl::country_name(&country, i18n.tag()))}</span>
                <Stars stars=stars />
                <span class="visually-hidden">{rf(move || i18n.tf("rating-label", [("rating", stars.into())]))}</span>
                <time class="review-date" datetime=stamp>{rf(move || intl::format_date(&created_at, i18n.tag()))}</time>
            </div>
            // Plain text node: markup in a review is shown, never run.
            {(!text.trim().is_empty()).then(|| view! { <p class="review-text" dir="auto" data-l10n="data">{text}</p> })}
            {has_photos.then(|| {
                let total = photos.len();
                view! {
                    <ul class="review-photos">
                        {photos.into_iter().enumerate().map(|(i, p)| {
                            let src = urls::asset(&base, &p);
                            let href = src.clone();
                            let author = author.clone();
                            view! {
                                <li>
                                    <a class="review-photo" href=href target="_blank" rel="noopener">
                                        <img src=src width="96" height="96" loading="lazy" decoding="async"
                                            alt=rf(move || i18n.tf("review-photo", [("author", author.clone().into()), ("index", (i + 1).into()), ("total", total.into())])) />
                                    </a>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }
            })}
        </li>
    }
}
