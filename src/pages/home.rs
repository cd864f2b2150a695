//! `/`: hero, daily deals, categories, recommendations, and an endless "More to love".

use crate::components::category_grid::CategoryGrid;
use crate::components::icon::Icon;
use crate::components::product_card::{ProductCard, ProductGrid};
use crate::components::rf;
use crate::components::states::{CardSkeletons, ErrorState, GridSkeleton, TileSkeletons};
use crate::components::title::use_page_title;
use crate::features::catalog::feed::ProductFeed;
use crate::i18n::{tr, use_i18n, Dir};
use crate::state::Prefs;
use leptos::html;
use leptos::prelude::*;
use storefront_api::ProductSummary;

#[component]
pub fn HomePage() -> impl IntoView {
    let i18n = use_i18n();
    let prefs = expect_context::<Prefs>();
    use_page_title(String::new);
    let home = LocalResource::new(move || {
        let lang = i18n.locale();
        async move { crate::api::home::get(lang.code()).await }
    });
    let categories = LocalResource::new(move || {
        let lang = i18n.locale();
        async move { crate::api::categories::list(lang.code()).await }
    });

    view! {
        <div class="page page-home">
            <section class="hero" aria-labelledby="home-title">
                <div class="hero-text">
                    <h1 id="home-title">{tr("home-title")}</h1>
                    <p class="hero-subtitle">{tr("home-subtitle")}</p>
                </div>
                <ul class="hero-perks">
                    <li><Icon name="shield" /><span>{tr("perk-protection")}</span></li>
                    // The ship-to list of `/config`, so the claim stays true when it changes.
                    <li><Icon name="truck" /><span>{rf(move || match prefs.countries.with(Vec::len) {
                        0 => i18n.t("perk-shipping-intl"),
                        n => i18n.tf("perk-shipping", [("count", n.into())]),
                    })}</span></li>
                    <li><Icon name="return" /><span>{tr("perk-refunds")}</span></li>
                </ul>
            </section>

            <section class="section deals" aria-labelledby="deals-title">
                <div class="section-head">
                    <h2 id="deals-title"><Icon name="flash" />{tr("home-deals")}</h2>
                    <p class="section-note">{tr("home-deals-note")}</p>
                </div>
                <Transition fallback=|| view! { <div class="deals-strip"><CardSkeletons count=6 /></div> }>
                    {rf(move || Suspend::new(async move {
                        match home.await {
                            Ok(h) => {
                                // The deals were the server preview's last part: swap it out
                                // once they are on screen (the feed below loads later).
                                request_animation_frame(crate::api::first_data::release_preview);
                                view! { <DealsStrip deals=h.deals /> }.into_any()
                            }
                            Err(e) => view! { <ErrorState error=e on_retry=move |_| home.refetch() /> }.into_any(),
                        }
                    }))}
                </Transition>
            </section>

            <section class="section" aria-labelledby="categories-title">
                <div class="section-head">
                    <h2 id="categories-title">{tr("home-categories")}</h2>
                    <a class="section-link" href="/categories">{tr("action-see-all")}</a>
                </div>
                <Transition fallback=|| view! { <TileSkeletons count=12 /> }>
                    {rf(move || Suspend::new(async move {
                        match categories.await {
                            Ok(list) => view! { <CategoryGrid categories=list /> }.into_any(),
                            Err(e) => view! { <ErrorState error=e on_retry=move |_| categories.refetch() /> }.into_any(),
                        }
                    }))}
                </Transition>
            </section>

            <section class="section" aria-labelledby="recommended-title">
                <div class="section-head">
                    <h2 id="recommended-title">{tr("home-recommended")}</h2>
                </div>
                <Transition fallback=|| view! { <GridSkeleton count=12 /> }>
                    {rf(move || Suspend::new(async move {
                        match home.await {
                            Ok(h) => view! { <ProductGrid products=h.recommended /> }.into_any(),
                            Err(e) => view! { <ErrorState error=e on_retry=move |_| home.refetch() /> }.into_any(),
                        }
                    }))}
                </Transition>
            </section>

            {recently_viewed()}

            <section class="section" aria-labelledby="more-title">
                <div class="section-head">
                    <h2 id="more-title">{tr("home-more")}</h2>
                </div>
                <ProductFeed />
            </section>
        </div>
    }
}

/// The products viewed last on this device (kept locally), when there are any.
fn recently_viewed() -> Option<impl IntoView> {
    let viewed = crate::state::wishlist::recent();
    (!viewed.is_empty()).then(|| {
        view! {
            <section class="section" aria-labelledby="recent-title" data-related="recent">
                <div class="section-head">
                    <h2 id="recent-title">{tr("recent-title")}</h2>
                </div>
                <ProductGrid products=viewed />
            </section>
        }
    })
}

/// The daily deals in one row that scrolls sideways: touch-scroll on phones; on wider screens
/// also previous/next buttons (a page of cards each), marked unavailable at either end.
#[component]
fn DealsStrip(deals: Vec<ProductSummary>) -> impl IntoView {
    let i18n = use_i18n();
    let strip = NodeRef::<html::Div>::new();
    let at_start = RwSignal::new(true);
    let at_end = RwSignal::new(false);
    // scrollLeft runs negative from 0 in right-to-left pages: only its size counts.
    let measure = move || {
        if let Some(el) = strip.get_untracked() {
            let left = f64::from(el.scroll_left()).abs();
            let room = f64::from(el.scroll_width() - el.client_width());
            at_start.set(left <= 1.0);
            at_end.set(left >= room - 1.0);
        }
    };
    Effect::new(move |_| {
        if strip.get().is_some() {
            measure();
        }
    });
    let resize = window_event_listener(leptos::ev::resize, move |_| measure());
    on_cleanup(move || resize.remove());
    let go = move |step: f64| {
        let Some(el) = strip.get_untracked() else {
            return;
        };
        // The page's direction (the locale's, or the translators' pseudo-RTL mode).
        let rtl = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
            .and_then(|h| h.get_attribute("dir"))
            .is_some_and(|d| d == Dir::Rtl.as_str());
        let page = f64::from(el.client_width()) * 0.9;
        let opts = web_sys::ScrollToOptions::new();
        opts.set_left(if rtl { -step * page } else { step * page });
        opts.set_behavior(web_sys::ScrollBehavior::Smooth);
        el.scroll_by_with_scroll_to_options(&opts);
    };
    view! {
        <div class="deals-scroller">
            <button type="button" class="deals-nav deals-prev" aria-controls="deals-strip"
                aria-label=rf(move || i18n.t("deals-prev"))
                aria-disabled=rf(move || at_start.get().to_string())
                on:click=move |_| go(-1.0)>
                <span aria-hidden="true">"‹"</span>
            </button>
            <div class="deals-strip" id="deals-strip" node_ref=strip on:scroll=move |_| measure()>
                {deals.into_iter().map(|p| view! { <ProductCard product=p /> }).collect_view()}
            </div>
            <button type="button" class="deals-nav deals-next" aria-controls="deals-strip"
                aria-label=rf(move || i18n.t("deals-next"))
                aria-disabled=rf(move || at_end.get().to_string())
                on:click=move |_| go(1.0)>
                <span aria-hidden="true">"›"</span>
            </button>
        </div>
    }
}
