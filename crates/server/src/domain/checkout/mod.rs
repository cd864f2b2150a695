//! Checkout's rules: the payment part (methods, card checks, the test provider's outcomes),
//! placing orders from a priced cart, the cart after a purchase, stock, and idempotency.

pub mod cart;
pub mod idempotency;
pub mod payment;
pub mod place;
pub mod pricing;
pub mod stock;
