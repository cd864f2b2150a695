//! Reusable views.

pub mod bottom_nav;
pub mod breadcrumbs;
pub mod category_grid;
pub mod feed;
pub mod footer;
pub mod header;
pub mod icon;
pub mod price;
pub mod product_card;
pub mod states;
pub mod title;
