//! App state that outlives a page: preferences (language, currency, ship-to), the cart and
//! the session.

pub mod cart;
pub mod idempotency;
pub mod inbox;
pub mod prefs;
pub mod session;
pub mod storage;
pub mod wishlist;

pub use cart::Cart;
pub use inbox::Inbox;
pub use prefs::Prefs;
pub use session::Session;
pub use wishlist::Wishlist;
