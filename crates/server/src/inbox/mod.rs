//! Messages with sellers and the notification inbox (issue 17): `http` (routes), `store` (SQL),
//! `domain` (rules), `notify` (writes notifications from what the shop records).

pub mod domain;
pub mod http;
pub mod notify;
pub mod store;
