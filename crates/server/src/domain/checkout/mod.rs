//! Checkout's rules that orders and payments share.

pub mod stock;
