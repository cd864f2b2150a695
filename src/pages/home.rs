//! `/`: hero, daily deals, categories, recommendations, and an endless "More to love".

use crate::api::{categories::fetch_categories, home::fetch_home};
use crate::components::category_grid::CategoryGrid;
use crate::components::feed::ProductFeed;
use crate::components::icon::Icon;
use crate::components::product_card::{ProductCard, ProductGrid};
use crate::components::rf;
use crate::components::states::{CardSkeletons, ErrorState, GridSkeleton, TileSkeletons};
use crate::components::title::use_page_title;
use crate::i18n::{tr, use_i18n};
use leptos::prelude::*;

#[component]
pub fn HomePage() -> impl IntoView {
    let i18n = use_i18n();
    use_page_title(String::new);
    let home = LocalResource::new(move || {
        let lang = i18n.locale();
        async move { fetch_home(lang.code()).await }
    });
    let categories = LocalResource::new(move || {
        let lang = i18n.locale();
        async move { fetch_categories(lang.code()).await }
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
                    <li><Icon name="truck" /><span>{tr("perk-shipping")}</span></li>
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
                                view! {
                                <div class="deals-strip">
                                    {h.deals.into_iter().map(|p| view! { <ProductCard product=p /> }).collect_view()}
                                </div>
                            }.into_any()
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

            <section class="section" aria-labelledby="more-title">
                <div class="section-head">
                    <h2 id="more-title">{tr("home-more")}</h2>
                </div>
                <ProductFeed />
            </section>
        </div>
    }
}
