//! What several pages (or the shell and a page) share, by feature. Pages import features,
//! `components` (the plain UI kit) and `hooks`, never another page; nothing here imports a page.
//!
//! - [`cart`]: the cart view (the `/cart` page, the drawer, checkout's shipping and totals);
//! - [`auth`]: the sign-in / register panel; [`address_form`]: a delivery address;
//! - [`catalog`]: the home feed, the search box, the result pages' results and filters;
//! - [`payment`]: the card form and decline messages (checkout, an order's "Pay again");
//! - [`photos`]: checked, downscaled photos for uploads (disputes, messages);
//! - [`translator`]: the translators' tools (modes banner, ids overlay, the locale catalogue).

pub mod address_form;
pub mod auth;
pub mod cart;
pub mod catalog;
pub mod payment;
pub mod photos;
pub mod translator;
