//! Checkout's rules that orders and payments share.

pub mod idempotency;
pub mod stock;
