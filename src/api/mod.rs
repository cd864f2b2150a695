//! Typed client of the Storefront API: one request builder ([`Request`], on gloo-net), one
//! error type ([`ApiError`]), URL builders, and one module per resource with its functions
//! named after what they do to it (`orders::get`, `orders::list`, `products::get`, …).

pub mod account;
pub mod cart;
pub mod categories;
pub mod checkout;
pub mod config;
pub mod disputes;
mod error;
pub mod first_data;
pub mod home;
pub mod inbox;
pub mod orders;
pub mod products;
pub mod reports;
mod request;
pub mod reviews;
pub mod search;
pub mod sellers;
mod tasks;
pub mod urls;
pub mod wishlist;

pub use error::{refusal, ApiError, Problem, Refusal};
pub use request::{Form, Request};
pub use tasks::ViewTasks;
