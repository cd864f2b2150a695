//! Wish list, followed stores, similar items, more from this store and buy again (issue 17).
//! `http` answers the routes, `domain` holds the plain rules, `store` all SQL.

pub mod domain;
pub mod http;
pub mod store;
