//! The route table. `/` (the home page) is in the first load; every other route is a lazy page:
//! one line each, `[paths] => split_fn(chunk): Page, skeleton[, [css bundles]]`. The split
//! function builds the page and names the wasm chunk everything only it reaches goes into
//! (CONTRIBUTING.md, "Code splitting"; chunks are grouped by `scripts/wasm-split/groups.txt`). A
//! failed chunk download shows an error with a retry ([`LazyPage`](super::lazy::LazyPage)).

use super::lazy::{lazy_page, lines, product, results, tiles, ChunkLoadFailed};
use crate::components::not_found::NotFoundPage;
use crate::pages::home::HomePage;
use leptos::prelude::*;
use leptos_router::components::{Route, Routes};
use leptos_router::path;

/// Writes, for each line, a `fallible` split function (a failed chunk download is an `Err`,
/// not a panic that would abort the app) and a `<Route>` per path showing it as a lazy page.
macro_rules! lazy_routes {
    ($( [$($path:tt),+] => $split:ident($chunk:ident): $($page:ident)::+, $skeleton:expr $(, [$($css:tt),*])?; )*) => {
        $(
            #[leptos::wasm_split::wasm_split($chunk, wasm_split_path = ::leptos::wasm_split, fallible)]
            fn $split() -> Result<AnyView, ChunkLoadFailed> {
                Ok(view! { <$($page)::+ /> }.into_any())
            }

            /// The page's own CSS bundles (beside the shop's).
            mod $split {
                pub const STYLES: &[&str] = &[$($($css),*)?];
            }
        )*

        /// The app's `<Routes>`: home, the lazy pages, and "not found" for any other path.
        #[component]
        pub fn AppRoutes() -> impl IntoView {
            view! {
                <Routes fallback=|| view! { <NotFoundPage /> }>
                    <Route path=path!("/") view=HomePage />
                    $($(
                        <Route path=path!($path) view=|| lazy_page(|| Box::pin($split()), $skeleton, $split::STYLES) />
                    )+)*
                </Routes>
            }
        }
    };
}

lazy_routes! {
    ["/c/:slug"] => category_page(category_page): crate::pages::category::CategoryPage, results();
    ["/p/:id"] => product_page(product_page): crate::pages::product::ProductPage, product();
    ["/categories"] => categories_page(categories_page): crate::pages::categories::CategoriesPage, tiles();
    ["/search"] => search_page(search_page): crate::pages::search::SearchPage, results();
    ["/store/:id"] => store_page(store_page): crate::pages::store::StorePage, results();
    ["/cart"] => cart_page(cart_page): crate::pages::cart::CartPage, lines(5);
    // Where a partner widget's buy button lands (its variant chooser uses checkout's choice list,
    // in the shop bundle every lazy page loads).
    ["/cart/add"] => cart_add_page(cart_add_page): crate::pages::cart_add::CartAddPage, lines(2);
    ["/partners/widgets"] => partners_page(partners_page): crate::pages::partners::PartnersPage, lines(6), ["partners"];
    ["/checkout"] => checkout_page(checkout_page): crate::pages::checkout::CheckoutPage, lines(5);
    ["/checkout/complete"] => checkout_complete_page(checkout_complete_page): crate::pages::checkout::complete::CheckoutCompletePage, lines(5);
    ["/account"] => account_page(account_page): crate::pages::account::AccountPage, lines(4);
    ["/signin"] => signin_page(signin_page): crate::pages::signin::SignInPage, lines(4);
    ["/register"] => register_page(register_page): crate::pages::signin::RegisterPage, lines(4);
    ["/orders"] => orders_page(orders_page): crate::pages::orders::OrdersPage, lines(4);
    ["/orders/:id"] => order_page(order_page): crate::pages::orders::detail::OrderPage, lines(6);
    // The translators' review page shares its chunk with the ids overlay of `?l10n=ids`.
    ["/l10n"] => l10n_page(l10n_tools): crate::pages::l10n::L10nPage, lines(8), ["l10n"];
    ["/orders/:id/dispute"] => dispute_form_page(dispute_form_page): crate::pages::disputes::form::DisputeFormPage, lines(6), ["disputes"];
    ["/disputes"] => disputes_page(disputes_page): crate::pages::disputes::list::DisputesPage, lines(4), ["disputes"];
    ["/disputes/:id"] => dispute_page(dispute_page): crate::pages::disputes::page::DisputePage, lines(6), ["disputes"];
    // The wish list and the followed stores share one chunk.
    ["/wishlist"] => wishlist_page(wishlist_pages): crate::pages::wishlist::WishlistPage, lines(4);
    ["/account/following"] => following_page(wishlist_pages): crate::pages::wishlist::FollowingPage, lines(4);
    ["/messages", "/messages/:id", "/notifications"] => inbox_pages(inbox_pages): crate::pages::inbox::InboxPages, lines(5), ["inbox"];
}
