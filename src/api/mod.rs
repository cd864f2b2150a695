//! Typed client of the Storefront API: one generic fetch helper, URL builders, and one module
//! per resource. Every failure becomes an [`ApiError`] the views localise.

pub mod account;
pub mod cart;
pub mod categories;
pub mod checkout;
pub mod config;
pub mod disputes;
mod fetch;
pub mod first_data;
pub mod home;
pub mod inbox;
pub mod orders;
pub mod products;
pub mod reports;
pub mod reviews;
pub mod search;
mod tasks;
pub mod urls;
pub mod wishlist;

pub use fetch::{
    decode_failure, decode_response, get_json, get_text, post_form, send_empty, send_json,
    send_json_for, send_json_with, ApiError, Failure, Form,
};
pub use tasks::ViewTasks;
