//! The wish list's hearts and the recently viewed products.
//!
//! Signed out, the wish list lives in `localStorage` (with the price seen when hearted); signed
//! in, on the server, and the signed-out list is merged into it at sign-in like the cart. Only
//! the product ids are kept in memory: that is all a heart needs.

use super::storage;
use crate::api::wishlist as api;
use leptos::prelude::*;
use storefront_api::wishlist::LocalWish;
use storefront_api::{Money, ProductSummary};

pub const KEY_WISHLIST: &str = "storefront.wishlist";
pub const KEY_RECENT: &str = "storefront.recent";
/// Recently viewed products kept.
pub const RECENT_MAX: usize = 20;

#[derive(Clone, Copy)]
pub struct Wishlist {
    /// Product ids on the list, newest first.
    pub ids: RwSignal<Vec<i64>>,
    /// The list is the server's (signed in).
    pub server: RwSignal<bool>,
}

/// Unix seconds now.
pub fn now_secs() -> i64 {
    #[cfg(target_arch = "wasm32")]
    return (js_sys::Date::now() / 1000.0) as i64;
    #[cfg(not(target_arch = "wasm32"))]
    0
}

/// The signed-out list; unreadable stored data reads as empty.
pub fn local_items() -> Vec<LocalWish> {
    storage::get(KEY_WISHLIST)
        .and_then(|raw| serde_json::from_str(&raw).ok())
        .unwrap_or_default()
}

fn save_local(items: &[LocalWish]) {
    if let Ok(json) = serde_json::to_string(items) {
        storage::set(KEY_WISHLIST, &json);
    }
}

/// `items` with `product_id` hearted (at `price`, newest first) or taken off.
pub fn toggled(
    mut items: Vec<LocalWish>,
    product_id: i64,
    price: Money,
    at: i64,
) -> Vec<LocalWish> {
    if let Some(i) = items.iter().position(|w| w.product_id == product_id) {
        items.remove(i);
    } else {
        items.insert(
            0,
            LocalWish {
                product_id,
                price: Some(price).filter(|p| p.amount > 0),
                added_at: Some(at),
            },
        );
        items.truncate(storefront_api::wishlist::MAX_WISHLIST_ITEMS);
    }
    items
}

thread_local! {
    /// The app's wish list, for the session (which changes outside any reactive owner).
    static CURRENT: std::cell::Cell<Option<Wishlist>> = const { std::cell::Cell::new(None) };
}

impl Wishlist {
    pub fn load() -> Self {
        let ids = local_items().iter().map(|w| w.product_id).collect();
        let w = Wishlist {
            ids: RwSignal::new(ids),
            server: RwSignal::new(false),
        };
        CURRENT.with(|c| c.set(Some(w)));
        w
    }

    pub fn current() -> Option<Self> {
        CURRENT.with(|c| c.get())
    }

    /// Whether the product is on the list (tracked).
    pub fn has(&self, product_id: i64) -> bool {
        self.ids.with(|ids| ids.contains(&product_id))
    }

    /// Hearts or un-hearts a product; `price` is what the buyer sees now (USD).
    pub fn toggle(&self, product_id: i64, price: Money) {
        let on = !self.ids.with_untracked(|ids| ids.contains(&product_id));
        let before = self.ids.get_untracked();
        self.ids.update(|ids| {
            if on {
                ids.insert(0, product_id);
            } else {
                ids.retain(|i| *i != product_id);
            }
        });
        if !self.server.get_untracked() {
            save_local(&toggled(local_items(), product_id, price, now_secs()));
            return;
        }
        let me = *self;
        leptos::task::spawn_local(async move {
            match api::set(product_id, on).await {
                Ok(r) => me.ids.set(r.product_ids),
                // Not saved: the heart shows what the server has.
                Err(_) => me.ids.set(before),
            }
        });
    }

    /// Follows the session: signed in → merge the signed-out list into the server's, which
    /// then is the list (the local one is cleared only after the merge succeeded); signed
    /// out → the local list.
    pub fn follow_session(&self, signed_in: bool) {
        if !signed_in {
            self.server.set(false);
            self.ids
                .set(local_items().iter().map(|w| w.product_id).collect());
            return;
        }
        let me = *self;
        leptos::task::spawn_local(async move {
            let local = local_items();
            let r = if local.is_empty() {
                api::ids().await
            } else {
                api::merge(local).await
            };
            if let Ok(r) = r {
                storage::remove(KEY_WISHLIST);
                me.server.set(true);
                me.ids.set(r.product_ids);
            }
        });
    }
}

/// Recently viewed products (newest first), kept in `localStorage`.
pub fn recent() -> Vec<ProductSummary> {
    storage::get(KEY_RECENT)
        .and_then(|raw| serde_json::from_str(&raw).ok())
        .unwrap_or_default()
}

/// `list` with `p` moved to the front, at most [`RECENT_MAX`].
pub fn with_viewed(mut list: Vec<ProductSummary>, p: ProductSummary) -> Vec<ProductSummary> {
    list.retain(|q| q.id != p.id);
    list.insert(0, p);
    list.truncate(RECENT_MAX);
    list
}

/// Remembers a product page view.
pub fn remember_view(p: ProductSummary) {
    if let Ok(json) = serde_json::to_string(&with_viewed(recent(), p)) {
        storage::set(KEY_RECENT, &json);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn summary(id: i64) -> ProductSummary {
        ProductSummary {
            id,
            title: format!("P{id}"),
            price: Money::usd(100),
            original_price: None,
            image: String::new(),
            rating_x10: 0,
            reviews_count: 0,
            orders_count: 0,
            seller_id: 1,
            free_shipping: false,
            ships_from: "CN".into(),
        }
    }

    #[test]
    fn recent_keeps_the_last_twenty_without_repeats() {
        let mut list = Vec::new();
        for id in 1..=25 {
            list = with_viewed(list, summary(id));
        }
        list = with_viewed(list, summary(10));
        assert_eq!(list.len(), RECENT_MAX);
        assert_eq!(list[0].id, 10);
        assert_eq!(list.iter().filter(|p| p.id == 10).count(), 1);
        assert!(list.iter().all(|p| p.id > 5 || p.id == 10));
    }

    #[test]
    fn toggling_adds_newest_first_and_removes() {
        let items = toggled(Vec::new(), 1, Money::usd(500), 10);
        let items = toggled(items, 2, Money::usd(700), 20);
        assert_eq!(items[0].product_id, 2);
        assert_eq!(items[1].price, Some(Money::usd(500)));
        let items = toggled(items, 1, Money::usd(1), 30);
        assert_eq!(items.len(), 1);
        assert_eq!(items[0].product_id, 2);
    }
}
