//! The rules of orders, disputes and checkout: state machines, allowed actions, deadlines,
//! settlement against the hold ledger, the wire views and the demo simulation. No SQL (that
//! is [`crate::store`]) and no HTTP (that is the `http/` folder): functions answer a domain
//! [`Error`], which the HTTP edge turns into `application/problem+json`.

pub mod checkout;
pub mod codes;
pub mod disputes;
pub mod engine;
pub mod hold;
pub mod inbox;
pub mod orders;
pub mod prices;
pub mod ticker;
pub mod wishlist;

use storefront_api::{ErrorCode, Problem};

/// Why a domain operation did not happen.
#[derive(Debug)]
pub enum Error {
    /// The request is refused by a rule (not found, precondition, illegal transition,
    /// validation): the problem the client gets.
    Refused(Problem),
    /// Something broke on the server side (storage, stored data): logged, never sent.
    Internal(String),
}

pub type Result<T> = std::result::Result<T, Error>;

impl Error {
    pub fn refused(code: ErrorCode, title: &str) -> Self {
        Error::Refused(Problem::new(code, title))
    }

    pub fn internal(detail: impl std::fmt::Display) -> Self {
        Error::Internal(detail.to_string())
    }
}

impl From<Problem> for Error {
    fn from(p: Problem) -> Self {
        Error::Refused(p)
    }
}

impl From<sqlx::Error> for Error {
    fn from(e: sqlx::Error) -> Self {
        Error::Internal(format!("database: {e}"))
    }
}

impl From<serde_json::Error> for Error {
    fn from(e: serde_json::Error) -> Self {
        Error::Internal(format!("stored JSON: {e}"))
    }
}
