//! Every test of the e2e crate as one test binary: the browser tests share the cores as one
//! pool (instead of each file waiting for its own slowest test) and the harness links once.
//! A new test file is a new `mod` line here (`autotests = false` in Cargo.toml).

#[path = "accounts.rs"]
mod accounts;
#[path = "browser.rs"]
mod browser;
#[path = "catalog.rs"]
mod catalog;
#[path = "checkout.rs"]
mod checkout;
#[path = "delivery.rs"]
mod delivery;
#[path = "disputes.rs"]
mod disputes;
#[path = "first_load.rs"]
mod first_load;
#[path = "first_load_messages.rs"]
mod first_load_messages;
#[path = "inbox.rs"]
mod inbox;
#[path = "l10n.rs"]
mod l10n;
#[path = "offline.rs"]
mod offline;
#[path = "orders.rs"]
mod orders;
#[path = "size_budget.rs"]
mod size_budget;
#[path = "widgets.rs"]
mod widgets;
#[path = "wishlist.rs"]
mod wishlist;
