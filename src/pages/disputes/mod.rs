//! The buyer's dispute pages: `/orders/:id/dispute` (the open-dispute form), `/disputes` (the
//! buyer's disputes) and `/disputes/:id` (one dispute). Each lives in a lazy wasm chunk.

pub mod draft;
pub mod form;
pub mod list;
pub mod page;
mod parts;
