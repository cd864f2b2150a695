//! One module per route.

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
pub mod not_found;
pub mod orders;
pub mod partners;
pub mod product;
pub mod search;
pub mod signin;
pub mod store;
pub mod wishlist;
