//! The Storefront API contract: every type that crosses the wire between the app and a backend.
//!
//! The app and the reference server both depend on this crate and nothing else of each other,
//! so another backend only has to speak these shapes under `/api/v1`.

pub mod account;
pub mod cart;
pub mod catalog;
pub mod checkout;
pub mod disputes;
pub mod error;
pub mod inbox;
pub mod money;
pub mod operator;
pub mod orders;
pub mod paging;
pub mod reports;
pub mod reviews;
pub mod search;
pub mod text;
pub mod wishlist;

pub use catalog::*;
pub use error::{ErrorCode, FieldError, Problem, ProblemExt, PROBLEM_CONTENT_TYPE};
pub use money::{Currency, CurrencyRate, Money};
pub use operator::{
    ClockAdvance, ClockState, FaultMode, FaultRequest, FaultState, PriceChange, PriceChanged,
};
pub use paging::{Cursor, Page, PageQuery, DEFAULT_PAGE_LIMIT, MAX_PAGE_LIMIT};
pub use reports::{OperatorReport, ReportCreated, ReportReason, ReportStatus, StoredEvidence};
pub use reviews::{ReviewQuery, ReviewSummary};
pub use search::*;

/// Path prefix of every API route.
pub const API_PREFIX: &str = "/api/v1";

/// Languages the catalogue data (category names, product titles) may be requested in.
/// Data missing in a language falls back to English.
pub const DATA_LANGUAGES: [&str; 6] = ["en", "ru", "es", "pt-BR", "de", "ar"];
