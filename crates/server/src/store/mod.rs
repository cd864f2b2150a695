//! All SQL of the server's write-side aggregates, one file per aggregate: rows, column lists,
//! inserts, updates and loads. No rules (they are in [`crate::domain`]) and no HTTP: functions
//! answer `sqlx` errors, which the domain and the HTTP edge turn into their own errors.
//!
//! A second database engine replaces this folder and nothing else.

pub mod disputes;
pub mod feedback;
pub mod ledger;
pub mod order_events;
pub mod orders;
pub mod products;

pub type Result<T> = std::result::Result<T, sqlx::Error>;

/// A value stored as a JSON text column.
pub(crate) fn json<T: serde::Serialize>(v: &T) -> Result<String> {
    serde_json::to_string(v).map_err(|e| sqlx::Error::Encode(Box::new(e)))
}
