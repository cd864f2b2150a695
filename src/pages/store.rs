//! `/store/:id`: the seller's header (ratings, years, followers) and their products with the
//! same filters as search.

use crate::api::ApiError;
use crate::components::follow::FollowStore;
use crate::components::icon::Icon;
use crate::components::not_found::NotFoundPage;
use crate::components::rf;
use crate::components::states::{BlockSkeleton, ErrorState};
use crate::components::title::use_page_title;
use crate::features::catalog::results::{Results, Scope};
use crate::i18n::{intl, tr, use_i18n};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use storefront_api::{ErrorCode, Seller};

#[component]
pub fn StorePage() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.with(|p| p.get("id").and_then(|s| s.trim().parse::<i64>().ok()));
    let seller = LocalResource::new(move || {
        let id = id();
        async move {
            match id {
                Some(id) if id > 0 => crate::api::sellers::get(id).await,
                _ => Err(ApiError::status(404, Some(ErrorCode::SellerNotFound))),
            }
        }
    });
    use_page_title(move || {
        seller
            .get()
            .and_then(|r| r.ok())
            .map(|s| s.name)
            .unwrap_or_default()
    });
    view! {
        <div class="page page-store">
            <Transition fallback=|| view! { <BlockSkeleton lines=2 /> }>
                {rf(move || Suspend::new(async move {
                    match seller.await {
                        Ok(s) => {
                            let id = s.id;
                            view! { <StoreHeader seller=s /> <Results scope=Scope::Store { id } /> }.into_any()
                        }
                        Err(e) if e.is_not_found() => view! { <NotFoundPage /> }.into_any(),
                        Err(e) => view! { <ErrorState error=e on_retry=move |_| seller.refetch() /> }.into_any(),
                    }
                }))}
            </Transition>
        </div>
    }
}

#[component]
fn StoreHeader(seller: Seller) -> impl IntoView {
    let i18n = use_i18n();
    let one_decimal = move |x10: f64| intl::format_decimal(x10 / 10.0, i18n.tag(), 1, 1);
    let Seller {
        id,
        name,
        country,
        positive_feedback_x10,
        years_open,
        followers,
        item_as_described_x10,
        communication_x10,
        shipping_speed_x10,
        ..
    } = seller;
    let score = move |id: &'static str, x10: u8| {
        view! { <li><span>{rf(move || i18n.t(id))}</span>" "<strong>{rf(move || one_decimal(f64::from(x10)))}</strong></li> }
    };
    view! {
        <header class="store-head panel">
            <h1 class="page-title" dir="auto"><Icon name="store" />{name}</h1>
            <p class="store-meta">
                <span>{rf(move || intl::country_name(&country, i18n.tag()))}</span>
                <span class="seller-positive">{rf(move || i18n.tf("seller-positive", [("percent", one_decimal(f64::from(positive_feedback_x10)).into())]))}</span>
                <span>{rf(move || i18n.tf("seller-years", [("count", years_open.into())]))}</span>
                <FollowStore seller_id=id followers=followers />
            </p>
            <ul class="store-scores" aria-label=tr("seller-title")>
                {score("seller-described", item_as_described_x10)}
                {score("seller-communication", communication_x10)}
                {score("seller-shipping-speed", shipping_speed_x10)}
            </ul>
        </header>
    }
}
