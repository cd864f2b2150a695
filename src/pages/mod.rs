//! One module per route (or group of routes). A page imports `features`, `components` and
//! `hooks`, never another page.

pub mod account;
pub mod cart;
pub mod cart_add;
pub mod categories;
pub mod category;
pub mod checkout;
pub mod disputes;
pub mod home;
pub mod inbox;
pub mod l10n;
pub mod orders;
pub mod partners;
pub mod product;
pub mod search;
pub mod signin;
pub mod store;
pub mod wishlist;
