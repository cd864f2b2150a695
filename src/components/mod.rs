//! The plain UI kit: reusable views that know no page or feature (see `features` for those).
//! Those that reach the shop's pages (and their split points) are left out of
//! the widget build (no `shop` feature).

#[cfg(feature = "shop")]
pub mod bottom_nav;
pub mod breadcrumbs;
pub mod category_grid;
#[cfg(feature = "shop")]
pub mod contact_seller;
pub mod countdown;
pub mod follow;
pub mod footer;
#[cfg(feature = "shop")]
pub mod header;
pub mod heart;
pub mod icon;
pub mod not_found;
#[cfg(feature = "shop")]
pub mod outcome;
pub mod price;
pub mod product_card;
pub mod states;
pub mod title;

use std::sync::{Arc, Mutex};

/// Type-erases a reactive view closure (`{rf(move || …)}`): every site then shares one
/// `Render` implementation per output type instead of one per closure, which keeps the wasm
/// small (what `--cfg erase_components` does for the whole app).
pub fn rf<T: 'static>(
    f: impl FnMut() -> T + Send + 'static,
) -> Arc<Mutex<dyn FnMut() -> T + Send>> {
    Arc::new(Mutex::new(f))
}
