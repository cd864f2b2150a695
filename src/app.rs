//! The app: providers, layout (header, main, footer, bottom nav) and the routes.

use crate::api::ApiError;
use crate::browser;
use crate::components::bottom_nav::BottomNav;
use crate::components::footer::Footer;
use crate::components::header::Header;
use crate::components::not_found::NotFoundPage;
use crate::components::rf;
use crate::components::states::{BlockSkeleton, ErrorState, GridSkeleton, TileSkeletons};
use crate::i18n::{provide_i18n, tr, use_i18n, I18n, Locale, Localizer};
use crate::pages::home::HomePage;
use crate::state::{storage, Cart, Prefs};
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::hooks::{use_location, use_query_map};
use leptos_router::path;
use std::future::Future;
use std::pin::Pin;

#[component]
pub fn App(localizer: Localizer) -> impl IntoView {
    provide_i18n(I18n::new(localizer));
    let prefs = Prefs::load();
    provide_context(prefs);
    provide_context(Cart::load());
    provide_context(crate::state::Wishlist::load());
    let session = crate::state::Session::start();
    provide_context(session);
    provide_context(crate::state::Inbox::start(session));
    prefs.fetch_config();
    view! {
        <Router>
            <Layout />
        </Router>
    }
}

#[component]
fn Layout() -> impl IntoView {
    let i18n = use_i18n();
    let prefs = expect_context::<Prefs>();
    let location = use_location();
    let query = use_query_map();

    // A `?lang=` arriving by navigation switches the language (and becomes the saved choice).
    Effect::new(move |_| {
        if let Some(l) = query
            .with(|q| q.get("lang"))
            .as_deref()
            .and_then(Locale::parse)
        {
            storage::set(storage::KEY_LANG, l.code());
            i18n.switch(l);
        }
    });

    // Focus the main region when the page changes (not on first load, not for `lang`).
    Effect::new(move |prev: Option<String>| {
        let key = format!(
            "{}|{}",
            location.pathname.get(),
            query.with(|q| q.get("q").unwrap_or_default())
        );
        if prev.is_some_and(|p| p != key) {
            crate::api::first_data::release_preview();
            browser::focus_main();
            crate::pwa::check_for_update();
        }
        key
    });

    view! {
        <a class="skip-link" href="#main" on:click=|ev| {
            ev.prevent_default();
            browser::focus_main();
        }>{tr("skip-link")}</a>
        <Header />
        {rf(move || prefs.config_error.get().map(|e| view! {
            <div class="config-notice">
                <ErrorState error=e on_retry=move |_| prefs.fetch_config() />
            </div>
        }))}
        <main id="main" tabindex="-1">
            <Routes fallback=|| view! { <NotFoundPage /> }>
                <Route path=path!("/") view=HomePage />
                <Route path=path!("/c/:slug") view=LazyCategoryPage />
                <Route path=path!("/p/:id") view=LazyProductPage />
                <Route path=path!("/categories") view=LazyCategoriesPage />
                <Route path=path!("/search") view=LazySearchPage />
                <Route path=path!("/store/:id") view=LazyStorePage />
                <Route path=path!("/cart") view=LazyCartPage />
                <Route path=path!("/cart/add") view=LazyCartAddPage />
                <Route path=path!("/partners/widgets") view=LazyPartnersPage />
                <Route path=path!("/checkout") view=LazyCheckoutPage />
                <Route path=path!("/checkout/complete") view=LazyCheckoutCompletePage />
                <Route path=path!("/account") view=LazyAccountPage />
                <Route path=path!("/signin") view=LazySignInPage />
                <Route path=path!("/register") view=LazyRegisterPage />
                <Route path=path!("/orders") view=LazyOrdersPage />
                <Route path=path!("/orders/:id") view=LazyOrderPage />
                <Route path=path!("/l10n") view=LazyL10nPage />
                <Route path=path!("/orders/:id/dispute") view=LazyDisputeFormPage />
                <Route path=path!("/disputes") view=LazyDisputesPage />
                <Route path=path!("/disputes/:id") view=LazyDisputePage />
                <Route path=path!("/wishlist") view=|| view! { <LazyPage load=|| Box::pin(wishlist_page()) skeleton=|| view! { <div class="page"><BlockSkeleton lines=4 /></div> } /> } />
                <Route path=path!("/account/following") view=|| view! { <LazyPage load=|| Box::pin(following_page()) skeleton=|| view! { <div class="page"><BlockSkeleton lines=4 /></div> } /> } />
                <Route path=path!("/messages") view=LazyInboxPages />
                <Route path=path!("/messages/:id") view=LazyInboxPages />
                <Route path=path!("/notifications") view=LazyInboxPages />
            </Routes>
        </main>
        <Footer />
        <BottomNav />
        <crate::features::translator::IdsMode />
        <crate::pwa::PwaNotices />
    }
}

/// A page that lives in its own wasm chunk (README.md, "Code splitting"). `load` is a
/// `fallible` split function: until its chunk has arrived the route shows `skeleton`; a failed
/// download shows the error state, whose retry fetches the chunk again.
///
/// The page's CSS and the locale's whole file are fetched before its chunk: the shop's page
/// bundle (`styles::SHOP`) plus the page's own `styles` bundle, as one stylesheet
/// (`styles::load`), and the messages the shell (`shell.ftl`) lacks; once loaded they stay, so
/// only the first lazy page waits for them.
#[component]
fn LazyPage(
    load: fn() -> PageLoad,
    #[prop(into)] skeleton: ViewFn,
    #[prop(optional)] styles: &'static [&'static str],
) -> impl IntoView {
    let attempt = RwSignal::new(0u32);
    let i18n = use_i18n();
    view! {
        <Suspense fallback=move || skeleton.run()>
            {rf(move || {
                attempt.track();
                let parts: Vec<&str> = [crate::styles::SHOP].into_iter().chain(styles.iter().copied()).collect();
                let css = crate::styles::load(&parts);
                let strings = i18n.ensure_complete();
                Suspend::new(async move {
                    // CSS first: the split function builds the page as its chunk arrives, and a
                    // page built before an await would run its effects before it is mounted.
                    css.await;
                    strings.await;
                    match load().await {
                        Ok(page) => page,
                        Err(ChunkLoadFailed) => {
                            // A new build may have replaced this one's chunks: its prompt.
                            crate::pwa::check_for_update();
                            view! {
                            <div class="page">
                                <ErrorState
                                    error=ApiError::Network
                                    on_retry=move |_| attempt.update(|n| *n += 1)
                                />
                            </div>
                            }
                            .into_any()
                        }
                    }
                })
            })}
        </Suspense>
    }
}

/// A split function's call: the page once its chunk is loaded.
type PageLoad = Pin<Box<dyn Future<Output = Result<AnyView, ChunkLoadFailed>> + Send>>;

/// `/p/:id`: the product page, from the `product_page` chunk.
#[component]
fn LazyProductPage() -> impl IntoView {
    view! { <LazyPage load=|| Box::pin(product_page()) skeleton=|| view! { <ProductSkeleton /> } /> }
}

/// The product page's own loading skeleton (its `Transition` fallback), shown while the chunk loads.
#[component]
fn ProductSkeleton() -> impl IntoView {
    view! {
        <div class="page page-product">
            <div class="product-layout">
                <div class="skeleton gallery-skeleton"></div>
                <BlockSkeleton lines=5 />
            </div>
        </div>
    }
}

/// A page's wasm chunk could not be fetched or instantiated (the browser console says why).
struct ChunkLoadFailed;

impl From<leptos::wasm_split::SplitLoaderError> for ChunkLoadFailed {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        ChunkLoadFailed
    }
}

/// The split point: everything only this function reaches (the product page) goes into the
/// `product_page` chunk. `fallible` turns a failed load into `Err` instead of a panic (which
/// would abort the whole app), unlike `#[lazy]`.
#[leptos::wasm_split::wasm_split(product_page, wasm_split_path = ::leptos::wasm_split, fallible)]
fn product_page() -> Result<AnyView, ChunkLoadFailed> {
    Ok(view! { <crate::pages::product::ProductPage /> }.into_any())
}

/// `/cart`, `/checkout` and `/checkout/complete` from their own chunks (the cart view is
/// shared with the desktop drawer's chunk).
#[component]
fn LazyCartPage() -> impl IntoView {
    view! { <LazyPage load=|| Box::pin(cart_page()) skeleton=|| view! { <div class="page"><BlockSkeleton lines=5 /></div> } /> }
}

#[component]
fn LazyCheckoutPage() -> impl IntoView {
    view! { <LazyPage load=|| Box::pin(checkout_page()) skeleton=|| view! { <div class="page"><BlockSkeleton lines=5 /></div> } /> }
}

#[component]
fn LazyCheckoutCompletePage() -> impl IntoView {
    view! { <LazyPage load=|| Box::pin(checkout_complete_page()) skeleton=|| view! { <div class="page"><BlockSkeleton lines=5 /></div> } /> }
}

#[leptos::wasm_split::wasm_split(cart_page, wasm_split_path = ::leptos::wasm_split, fallible)]
fn cart_page() -> Result<AnyView, ChunkLoadFailed> {
    Ok(view! { <crate::pages::cart::CartPage /> }.into_any())
}

#[leptos::wasm_split::wasm_split(checkout_page, wasm_split_path = ::leptos::wasm_split, fallible)]
fn checkout_page() -> Result<AnyView, ChunkLoadFailed> {
    Ok(view! { <crate::pages::checkout::CheckoutPage /> }.into_any())
}

#[leptos::wasm_split::wasm_split(checkout_complete_page, wasm_split_path = ::leptos::wasm_split, fallible)]
fn checkout_complete_page() -> Result<AnyView, ChunkLoadFailed> {
    Ok(view! { <crate::pages::checkout::complete::CheckoutCompletePage /> }.into_any())
}

/// `/account`, `/signin` and `/register` from their own chunks.
#[component]
fn LazyAccountPage() -> impl IntoView {
    view! { <LazyPage load=|| Box::pin(account_page()) skeleton=|| view! { <div class="page"><BlockSkeleton lines=4 /></div> } /> }
}

#[component]
fn LazySignInPage() -> impl IntoView {
    view! { <LazyPage load=|| Box::pin(signin_page()) skeleton=|| view! { <div class="page"><BlockSkeleton lines=4 /></div> } /> }
}

#[component]
fn LazyRegisterPage() -> impl IntoView {
    view! { <LazyPage load=|| Box::pin(register_page()) skeleton=|| view! { <div class="page"><BlockSkeleton lines=4 /></div> } /> }
}

#[leptos::wasm_split::wasm_split(account_page, wasm_split_path = ::leptos::wasm_split, fallible)]
fn account_page() -> Result<AnyView, ChunkLoadFailed> {
    Ok(view! { <crate::pages::account::AccountPage /> }.into_any())
}

#[leptos::wasm_split::wasm_split(signin_page, wasm_split_path = ::leptos::wasm_split, fallible)]
fn signin_page() -> Result<AnyView, ChunkLoadFailed> {
    Ok(view! { <crate::pages::signin::SignInPage /> }.into_any())
}

#[leptos::wasm_split::wasm_split(register_page, wasm_split_path = ::leptos::wasm_split, fallible)]
fn register_page() -> Result<AnyView, ChunkLoadFailed> {
    Ok(view! { <crate::pages::signin::RegisterPage /> }.into_any())
}

/// `/orders` and `/orders/:id` from their own chunks.
#[component]
fn LazyOrdersPage() -> impl IntoView {
    view! { <LazyPage load=|| Box::pin(orders_page()) skeleton=|| view! { <div class="page"><BlockSkeleton lines=4 /></div> } /> }
}

#[component]
fn LazyOrderPage() -> impl IntoView {
    view! { <LazyPage load=|| Box::pin(order_page()) skeleton=|| view! { <div class="page"><BlockSkeleton lines=6 /></div> } /> }
}

#[leptos::wasm_split::wasm_split(orders_page, wasm_split_path = ::leptos::wasm_split, fallible)]
fn orders_page() -> Result<AnyView, ChunkLoadFailed> {
    Ok(view! { <crate::pages::orders::OrdersPage /> }.into_any())
}

#[leptos::wasm_split::wasm_split(order_page, wasm_split_path = ::leptos::wasm_split, fallible)]
fn order_page() -> Result<AnyView, ChunkLoadFailed> {
    Ok(view! { <crate::pages::orders::detail::OrderPage /> }.into_any())
}

/// The catalogue's result pages (category, search, store: one shared results view with its
/// filters) and the category list, from their own chunks; the home page stays in the first load.
#[component]
fn LazyCategoryPage() -> impl IntoView {
    view! { <LazyPage load=|| Box::pin(category_page()) skeleton=results_skeleton /> }
}

#[component]
fn LazySearchPage() -> impl IntoView {
    view! { <LazyPage load=|| Box::pin(search_page()) skeleton=results_skeleton /> }
}

#[component]
fn LazyStorePage() -> impl IntoView {
    view! { <LazyPage load=|| Box::pin(store_page()) skeleton=results_skeleton /> }
}

#[component]
fn LazyCategoriesPage() -> impl IntoView {
    view! { <LazyPage load=|| Box::pin(categories_page()) skeleton=|| view! { <div class="page"><TileSkeletons count=12 /></div> } /> }
}

fn results_skeleton() -> impl IntoView {
    view! { <div class="page"><GridSkeleton count=8 /></div> }
}

#[leptos::wasm_split::wasm_split(category_page, wasm_split_path = ::leptos::wasm_split, fallible)]
fn category_page() -> Result<AnyView, ChunkLoadFailed> {
    Ok(view! { <crate::pages::category::CategoryPage /> }.into_any())
}

#[leptos::wasm_split::wasm_split(search_page, wasm_split_path = ::leptos::wasm_split, fallible)]
fn search_page() -> Result<AnyView, ChunkLoadFailed> {
    Ok(view! { <crate::pages::search::SearchPage /> }.into_any())
}

#[leptos::wasm_split::wasm_split(store_page, wasm_split_path = ::leptos::wasm_split, fallible)]
fn store_page() -> Result<AnyView, ChunkLoadFailed> {
    Ok(view! { <crate::pages::store::StorePage /> }.into_any())
}

#[leptos::wasm_split::wasm_split(categories_page, wasm_split_path = ::leptos::wasm_split, fallible)]
fn categories_page() -> Result<AnyView, ChunkLoadFailed> {
    Ok(view! { <crate::pages::categories::CategoriesPage /> }.into_any())
}

/// `/orders/:id/dispute` (the open-dispute form) and `/disputes/:id` from their own chunks.
#[component]
fn LazyDisputeFormPage() -> impl IntoView {
    view! { <LazyPage load=|| Box::pin(dispute_form_page()) skeleton=|| view! { <div class="page"><BlockSkeleton lines=6 /></div> } styles=&["disputes"] /> }
}

#[component]
fn LazyDisputePage() -> impl IntoView {
    view! { <LazyPage load=|| Box::pin(dispute_page()) skeleton=|| view! { <div class="page"><BlockSkeleton lines=6 /></div> } styles=&["disputes"] /> }
}

/// `/disputes`: the buyer's disputes, from its own chunk.
#[component]
fn LazyDisputesPage() -> impl IntoView {
    view! { <LazyPage load=|| Box::pin(disputes_page()) skeleton=|| view! { <div class="page"><BlockSkeleton lines=4 /></div> } styles=&["disputes"] /> }
}

#[leptos::wasm_split::wasm_split(disputes_page, wasm_split_path = ::leptos::wasm_split, fallible)]
fn disputes_page() -> Result<AnyView, ChunkLoadFailed> {
    Ok(view! { <crate::pages::disputes::list::DisputesPage /> }.into_any())
}

#[leptos::wasm_split::wasm_split(dispute_form_page, wasm_split_path = ::leptos::wasm_split, fallible)]
fn dispute_form_page() -> Result<AnyView, ChunkLoadFailed> {
    Ok(view! { <crate::pages::disputes::form::DisputeFormPage /> }.into_any())
}

#[leptos::wasm_split::wasm_split(dispute_page, wasm_split_path = ::leptos::wasm_split, fallible)]
fn dispute_page() -> Result<AnyView, ChunkLoadFailed> {
    Ok(view! { <crate::pages::disputes::page::DisputePage /> }.into_any())
}

/// `/messages`, `/messages/:id` and `/notifications`: the inbox, from one chunk.
#[component]
fn LazyInboxPages() -> impl IntoView {
    view! { <LazyPage load=|| Box::pin(inbox_pages()) skeleton=|| view! { <div class="page"><BlockSkeleton lines=5 /></div> } styles=&["inbox"] /> }
}

#[leptos::wasm_split::wasm_split(inbox_pages, wasm_split_path = ::leptos::wasm_split, fallible)]
fn inbox_pages() -> Result<AnyView, ChunkLoadFailed> {
    Ok(view! { <crate::pages::inbox::InboxPages /> }.into_any())
}

/// `/l10n`: the translators' review page, from the `l10n_tools` chunk (shared with the ids
/// overlay of `?l10n=ids`).
#[component]
fn LazyL10nPage() -> impl IntoView {
    view! { <LazyPage load=|| Box::pin(l10n_page()) skeleton=|| view! { <div class="page"><BlockSkeleton lines=8 /></div> } styles=&["l10n"] /> }
}

#[leptos::wasm_split::wasm_split(l10n_tools, wasm_split_path = ::leptos::wasm_split, fallible)]
fn l10n_page() -> Result<AnyView, ChunkLoadFailed> {
    Ok(view! { <crate::pages::l10n::L10nPage /> }.into_any())
}

/// `/cart/add` (where a partner widget's buy button lands) and `/partners/widgets` (the
/// widget builder) from their own chunks.
#[component]
fn LazyCartAddPage() -> impl IntoView {
    // The variant chooser uses checkout's choice list (in the shop bundle every lazy page loads).
    view! { <LazyPage load=|| Box::pin(cart_add_page()) skeleton=|| view! { <div class="page"><BlockSkeleton lines=2 /></div> } /> }
}

#[component]
fn LazyPartnersPage() -> impl IntoView {
    view! { <LazyPage load=|| Box::pin(partners_page()) skeleton=|| view! { <div class="page"><BlockSkeleton lines=6 /></div> } styles=&["partners"] /> }
}

#[leptos::wasm_split::wasm_split(cart_add_page, wasm_split_path = ::leptos::wasm_split, fallible)]
fn cart_add_page() -> Result<AnyView, ChunkLoadFailed> {
    Ok(view! { <crate::pages::cart_add::CartAddPage /> }.into_any())
}

#[leptos::wasm_split::wasm_split(partners_page, wasm_split_path = ::leptos::wasm_split, fallible)]
fn partners_page() -> Result<AnyView, ChunkLoadFailed> {
    Ok(view! { <crate::pages::partners::PartnersPage /> }.into_any())
}

/// `/wishlist` and `/account/following`: one chunk (`wishlist_pages`) for both.
#[leptos::wasm_split::wasm_split(wishlist_pages, wasm_split_path = ::leptos::wasm_split, fallible)]
fn wishlist_page() -> Result<AnyView, ChunkLoadFailed> {
    Ok(view! { <crate::pages::wishlist::WishlistPage /> }.into_any())
}

#[leptos::wasm_split::wasm_split(wishlist_pages, wasm_split_path = ::leptos::wasm_split, fallible)]
fn following_page() -> Result<AnyView, ChunkLoadFailed> {
    Ok(view! { <crate::pages::wishlist::FollowingPage /> }.into_any())
}
