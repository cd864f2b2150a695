//! The buyer's dispute pages: `/orders/:id/dispute` (the open-dispute form) and
//! `/disputes/:id` (one dispute). Both live in lazy wasm chunks.

pub mod draft;
mod evidence;
pub mod form;
pub mod page;
mod parts;
