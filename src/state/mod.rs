//! App state that outlives a page: preferences (language, currency, ship-to) and the cart.

pub mod cart;
pub mod prefs;
pub mod storage;

pub use cart::Cart;
pub use prefs::Prefs;
