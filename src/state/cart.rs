//! The cart. Signed out, its lines live in `localStorage` (`storefront.cart`, a JSON array of
//! `{product_id, sku_id, quantity, saved_for_later}`; older entries without `saved_for_later`
//! still read) and shipping choices and coupons in `storefront.cart.choices`; it is priced by
//! `POST /cart/quote`. Signed in, the server cart is the truth (`GET`/`PUT /cart`); its last
//! known document is kept in `storefront.cart.server` so the header count is right at once and
//! the cart shows offline. The last priced quote is kept too (offline: shown, placing disabled).

use super::storage;
use crate::api::{cart as api, ApiError};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use storefront_api::cart::{
    CartLineInput, CouponReason, Quote, QuoteRequest, MAX_CART_LINES, MAX_COUPONS,
};

pub use storefront_api::cart::MAX_LINE_QUANTITY;

/// Signed-out shipping choices and coupons.
const KEY_CHOICES: &str = "storefront.cart.choices";
/// The signed-in buyer's cart document as last known.
const KEY_SERVER: &str = "storefront.cart.server";
/// The last quote (either mode).
const KEY_QUOTE: &str = "storefront.cart.quote";
/// "Buy now": the one line (and its shipping choice) checkout buys instead of the cart.
const KEY_BUY_NOW: &str = "storefront.buy-now";

/// Starts "Buy now" of `line` alone: checkout buys it without touching the cart (no coupons
/// carried over from the cart).
pub fn start_buy_now(line: CartLine) {
    let doc = QuoteRequest {
        lines: merge_line(Vec::new(), line),
        ..QuoteRequest::default()
    };
    if let Ok(json) = serde_json::to_string(&doc) {
        storage::set(KEY_BUY_NOW, &json);
    }
}

/// Checkout buys the cart again (the cart's Checkout button).
pub fn clear_buy_now() {
    storage::remove(KEY_BUY_NOW);
}

/// The partner site whose widget the buyer came from (`/cart/add?partner=`), sent with the
/// next checkout (`CheckoutRequest::partner`) and forgotten once an order is placed.
const KEY_PARTNER: &str = "storefront.partner";

/// Remembers the partner of a widget's buy click (an invalid id is ignored).
pub fn remember_partner(id: &str) {
    if storefront_api::checkout::valid_partner_id(id) {
        storage::set(KEY_PARTNER, id);
    }
}

/// The partner to credit with the next order, if any.
pub fn partner() -> Option<String> {
    storage::get(KEY_PARTNER).filter(|p| storefront_api::checkout::valid_partner_id(p))
}

/// A line to add (the product page's buy box).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CartLine {
    pub product_id: i64,
    pub sku_id: i64,
    pub quantity: i64,
}

/// Shipping choices and coupons of a signed-out cart.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
struct Choices {
    #[serde(default)]
    shipping: BTreeMap<i64, String>,
    #[serde(default)]
    coupons: Vec<String>,
}

/// Stored lines; anything unreadable is an empty cart, nonsense quantities are dropped.
pub fn parse_lines(raw: Option<&str>) -> Vec<CartLineInput> {
    let mut lines: Vec<CartLineInput> = raw
        .and_then(|r| serde_json::from_str(r).ok())
        .unwrap_or_default();
    lines.retain(|l| l.quantity > 0);
    for l in &mut lines {
        l.quantity = l.quantity.min(MAX_LINE_QUANTITY);
    }
    lines.truncate(MAX_CART_LINES);
    lines
}

/// Pieces the header counts: lines not saved for later.
pub fn count_lines(lines: &[CartLineInput]) -> i64 {
    lines
        .iter()
        .filter(|l| !l.saved_for_later)
        .map(|l| l.quantity.clamp(0, MAX_LINE_QUANTITY))
        .sum()
}

/// Pieces in a stored cart; anything unreadable counts as an empty cart.
pub fn count_stored(raw: Option<&str>) -> i64 {
    count_lines(&parse_lines(raw))
}

/// `lines` with `line` merged in (same SKU → quantities add up, capped; a saved-for-later line
/// comes back to the cart).
pub fn merge_line(mut lines: Vec<CartLineInput>, line: CartLine) -> Vec<CartLineInput> {
    if line.quantity <= 0 {
        return lines;
    }
    let full = lines.len() >= MAX_CART_LINES;
    match lines.iter_mut().find(|l| l.sku_id == line.sku_id) {
        Some(l) => {
            l.quantity = (l.quantity + line.quantity).clamp(1, MAX_LINE_QUANTITY);
            l.saved_for_later = false;
        }
        None if !full => lines.push(CartLineInput {
            product_id: line.product_id,
            sku_id: line.sku_id,
            quantity: line.quantity.min(MAX_LINE_QUANTITY),
            saved_for_later: false,
        }),
        None => {}
    }
    lines
}

/// The stored lines with `line` merged in. Unreadable stored data is replaced, not trusted.
pub fn merged(raw: Option<&str>, line: CartLine) -> Vec<CartLineInput> {
    merge_line(parse_lines(raw), line)
}

/// `lines` with the line of `from` switched to the SKU `to` (another variant of the same
/// product). A line of `to` already there takes the pieces (capped); the position is kept.
pub fn change_line_sku(mut lines: Vec<CartLineInput>, from: i64, to: i64) -> Vec<CartLineInput> {
    if from == to {
        return lines;
    }
    let Some(i) = lines.iter().position(|l| l.sku_id == from) else {
        return lines;
    };
    match lines.iter().position(|l| l.sku_id == to) {
        Some(j) => {
            let moved = lines.remove(i);
            let j = if j > i { j - 1 } else { j };
            if let Some(l) = lines.get_mut(j) {
                l.quantity = (l.quantity + moved.quantity).clamp(1, MAX_LINE_QUANTITY);
                l.saved_for_later = l.saved_for_later && moved.saved_for_later;
            }
        }
        None => {
            if let Some(l) = lines.get_mut(i) {
                l.sku_id = to;
            }
        }
    }
    lines
}

/// Coupons of a quote that no longer apply and leave the cart by themselves (expired ones);
/// unknown or not-yet-applicable codes stay with their reason until the buyer removes them.
pub fn lapsed_coupons(q: &Quote) -> Vec<String> {
    q.coupons
        .iter()
        .filter(|c| !c.ok && c.reason == Some(CouponReason::CouponExpired))
        .map(|c| c.code.clone())
        .collect()
}

/// The SKUs whose quantity in the document differs from the priced one, or that the quote
/// does not hold yet: edits not confirmed by a quote (made offline).
pub fn unconfirmed(doc: &QuoteRequest, q: Option<&Quote>) -> Vec<i64> {
    doc.lines
        .iter()
        .filter(|l| {
            q.and_then(|q| {
                q.request
                    .lines
                    .iter()
                    .find(|x| x.sku_id == l.sku_id)
                    .map(|x| x.quantity == l.quantity && x.saved_for_later == l.saved_for_later)
            }) != Some(true)
        })
        .map(|l| l.sku_id)
        .collect()
}

/// A coupon code as the server compares it: trimmed, upper-cased.
pub fn normalise_code(code: &str) -> String {
    code.trim().to_uppercase()
}

/// The cart document with `code` added (once; at most [`MAX_COUPONS`]). `false`: not added.
pub fn add_coupon(doc: &mut QuoteRequest, code: &str) -> bool {
    let code = normalise_code(code);
    if code.is_empty() || doc.coupons.contains(&code) || doc.coupons.len() >= MAX_COUPONS {
        return false;
    }
    doc.coupons.push(code);
    true
}

/// Stable hash (FNV-1a, hex) of a text, e.g. an order body.
pub fn hash_text(text: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

thread_local! {
    static CURRENT: std::cell::Cell<Option<Cart>> = const { std::cell::Cell::new(None) };
}

/// Which cart is the truth.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Signed out: `localStorage`.
    Local,
    /// Signed in: the server cart.
    Server,
    /// "Buy now": one line checkout buys alone, priced by quote; the cart is left as it is.
    BuyNow,
}

#[derive(Clone, Copy)]
pub struct Cart {
    /// Pieces in lines not saved for later (the header count).
    pub count: RwSignal<i64>,
    /// The cart document: lines, shipping choices, coupons.
    pub doc: RwSignal<QuoteRequest>,
    /// The last priced cart (possibly of an older document while a request runs).
    pub quote: RwSignal<Option<Quote>>,
    /// A pricing request is running.
    pub pending: RwSignal<bool>,
    /// The last pricing failed: `quote` is the last known one (offline: do not place orders).
    pub error: RwSignal<Option<ApiError>>,
    pub mode: RwSignal<Mode>,
    /// Bumped when the document changed without a quote (sign-in merge, sign-out, an add):
    /// a shown cart prices it again.
    pub version: RwSignal<u64>,
    /// The sign-in merge is running (a second one would add the local lines twice).
    pub merging: RwSignal<bool>,
    /// Coupons that no longer applied and were taken out of the cart (told once).
    pub lapsed: RwSignal<Vec<String>>,
    /// Ship-to country and language the cart is priced for.
    ship_to: RwSignal<String>,
    lang: StoredValue<String>,
    /// Ticket of the newest pricing request: older answers are dropped.
    ticket: StoredValue<u64>,
}

impl Cart {
    pub fn load() -> Self {
        let server_doc = storage::get(KEY_SERVER)
            .and_then(|raw| serde_json::from_str::<QuoteRequest>(&raw).ok());
        let mode = if server_doc.is_some() {
            Mode::Server
        } else {
            Mode::Local
        };
        let doc = server_doc.unwrap_or_else(local_doc);
        let cart = Cart {
            count: RwSignal::new(count_lines(&doc.lines)),
            doc: RwSignal::new(doc),
            quote: RwSignal::new(None),
            pending: RwSignal::new(false),
            error: RwSignal::new(None),
            mode: RwSignal::new(mode),
            version: RwSignal::new(0),
            merging: RwSignal::new(false),
            lapsed: RwSignal::new(Vec::new()),
            ship_to: RwSignal::new(String::new()),
            lang: StoredValue::new("en".to_string()),
            ticket: StoredValue::new(0),
        };
        CURRENT.with(|c| c.set(Some(cart)));
        // Back online: what was changed offline is sent and the cart priced again.
        #[cfg(target_arch = "wasm32")]
        {
            let handle = window_event_listener_untyped("online", move |_| {
                if cart.error.with_untracked(Option::is_some)
                    || cart.quote.with_untracked(|q| {
                        cart.doc
                            .with_untracked(|d| !unconfirmed(d, q.as_ref()).is_empty())
                    })
                {
                    leptos::task::spawn_local(async {
                        // Offline again before the chunk came: the next `online` tries again.
                        let _ = refresh_lazily().await;
                    });
                }
            });
            // The cart lives as long as the app.
            std::mem::forget(handle);
        }
        cart
    }

    /// The "Buy now" line as a cart of its own (checkout provides it instead of the cart),
    /// when one was started.
    pub fn buy_now() -> Option<Cart> {
        let doc = storage::get(KEY_BUY_NOW)
            .and_then(|raw| serde_json::from_str::<QuoteRequest>(&raw).ok())
            .filter(|d| !d.lines.is_empty())?;
        Some(Cart {
            count: RwSignal::new(count_lines(&doc.lines)),
            doc: RwSignal::new(doc),
            quote: RwSignal::new(None),
            pending: RwSignal::new(false),
            error: RwSignal::new(None),
            mode: RwSignal::new(Mode::BuyNow),
            version: RwSignal::new(0),
            merging: RwSignal::new(false),
            lapsed: RwSignal::new(Vec::new()),
            ship_to: RwSignal::new(String::new()),
            lang: StoredValue::new("en".to_string()),
            ticket: StoredValue::new(0),
        })
    }

    /// The app's cart (set by [`Cart::load`]).
    pub fn current() -> Option<Cart> {
        CURRENT.with(|c| c.get())
    }

    /// Whether checkout may go ahead with the shown quote: priced now, nothing wrong.
    pub fn ready(&self) -> bool {
        self.error.with(Option::is_none)
            && !self.pending.get()
            && self.quote.with(|q| {
                q.as_ref()
                    .is_some_and(|q| q.ready && self.doc.with(|d| d.lines == q.request.lines))
            })
    }

    /// The last quote seen (offline: shown until a new one arrives). Views call it; reading a
    /// whole quote is code the first load does without.
    pub fn load_cached_quote(&self) {
        if self.quote.with_untracked(Option::is_some) || self.mode.get_untracked() == Mode::BuyNow {
            return;
        }
        let doc_lines = self.doc.with_untracked(|d| d.lines.clone());
        if let Some(q) = storage::get(KEY_QUOTE)
            .and_then(|raw| serde_json::from_str::<Quote>(&raw).ok())
            .filter(|q| q.request.lines == doc_lines)
        {
            self.quote.set(Some(q));
        }
    }

    /// Prices the cart for this country and language (a view calls it when they change).
    pub fn set_context(&self, ship_to: &str, lang: &str) {
        let changed = self.ship_to.get_untracked() != ship_to || self.lang.get_value() != lang;
        self.lang.set_value(lang.to_string());
        self.ship_to.set(ship_to.to_string());
        if changed || self.quote.with_untracked(Option::is_none) {
            self.refresh();
        }
    }

    pub fn ship_to(&self) -> String {
        self.ship_to.get_untracked()
    }

    /// Adds a line (the product page). Signed in it goes to the server cart by merge.
    pub fn add(&self, line: CartLine) {
        let input = CartLineInput {
            product_id: line.product_id,
            sku_id: line.sku_id,
            quantity: line.quantity.clamp(1, MAX_LINE_QUANTITY),
            saved_for_later: false,
        };
        self.update_doc(
            |d| d.lines = merge_line(std::mem::take(&mut d.lines), line),
            false,
        );
        self.version.update(|v| *v += 1);
        if self.mode.get_untracked() == Mode::Server {
            // Until a `PUT` confirms it, the local document has a line the server may lack.
            storage::set(KEY_SERVER_DIRTY, "1");
            let cart = *self;
            let ticket = self.next_ticket();
            leptos::task::spawn_local(async move {
                let lang = cart.lang.get_value();
                let r = api::merge_doc(&[input], &lang).await;
                cart.apply_doc(ticket, r);
            });
        }
    }

    /// Adds several lines at once (buy again): one merge request when signed in, so no answer
    /// about a part of them can win over the whole.
    pub fn add_many(&self, lines: Vec<CartLine>) {
        if lines.is_empty() {
            return;
        }
        let inputs: Vec<CartLineInput> = lines
            .iter()
            .map(|l| CartLineInput {
                product_id: l.product_id,
                sku_id: l.sku_id,
                quantity: l.quantity.clamp(1, MAX_LINE_QUANTITY),
                saved_for_later: false,
            })
            .collect();
        self.update_doc(
            |d| {
                for line in lines {
                    d.lines = merge_line(std::mem::take(&mut d.lines), line);
                }
            },
            false,
        );
        self.version.update(|v| *v += 1);
        if self.mode.get_untracked() == Mode::Server {
            storage::set(KEY_SERVER_DIRTY, "1");
            let cart = *self;
            let ticket = self.next_ticket();
            leptos::task::spawn_local(async move {
                let lang = cart.lang.get_value();
                let r = api::merge_doc(&inputs, &lang).await;
                cart.apply_doc(ticket, r);
            });
        }
    }

    /// Switches a line to another variant (SKU) of its product.
    pub fn change_sku(&self, from: i64, to: i64) {
        self.update_doc(
            |d| d.lines = change_line_sku(std::mem::take(&mut d.lines), from, to),
            true,
        );
    }

    pub fn set_quantity(&self, sku_id: i64, quantity: i64) {
        let q = quantity.clamp(1, MAX_LINE_QUANTITY);
        self.update_doc(
            |d| {
                if let Some(l) = d.lines.iter_mut().find(|l| l.sku_id == sku_id) {
                    l.quantity = q;
                }
            },
            true,
        );
    }

    /// Removes a line; returns it with its position for "undo".
    pub fn remove(&self, sku_id: i64) -> Option<(usize, CartLineInput)> {
        let mut removed = None;
        self.update_doc(
            |d| {
                if let Some(i) = d.lines.iter().position(|l| l.sku_id == sku_id) {
                    removed = Some((i, d.lines.remove(i)));
                }
            },
            true,
        );
        removed
    }

    /// Puts a removed line back where it was.
    pub fn restore(&self, at: usize, line: CartLineInput) {
        self.update_doc(
            |d| {
                if !d.lines.iter().any(|l| l.sku_id == line.sku_id) {
                    let at = at.min(d.lines.len());
                    d.lines.insert(at, line);
                }
            },
            true,
        );
    }

    pub fn set_saved(&self, sku_id: i64, saved: bool) {
        self.update_doc(
            |d| {
                if let Some(l) = d.lines.iter_mut().find(|l| l.sku_id == sku_id) {
                    l.saved_for_later = saved;
                }
            },
            true,
        );
    }

    pub fn set_shipping(&self, seller_id: i64, option: String) {
        self.update_doc(
            |d| {
                d.shipping.insert(seller_id, option);
            },
            true,
        );
    }

    /// Adds a coupon code; `false` when it is empty, already there or one too many.
    pub fn add_coupon(&self, code: &str) -> bool {
        let mut added = false;
        self.update_doc(|d| added = add_coupon(d, code), false);
        if added {
            self.save_and_price();
        }
        added
    }

    pub fn remove_coupon(&self, code: &str) {
        self.update_doc(|d| d.coupons.retain(|c| c != code), true);
    }

    /// Takes a quote from elsewhere (checkout's `price_changed`) as the current one.
    pub fn accept_quote(&self, quote: Quote) {
        let ticket = self.next_ticket();
        self.apply(ticket, Ok(quote));
    }

    /// Re-reads the cart: signed in `GET /cart` (unsent changes are `PUT`), else a new quote.
    pub fn refresh(&self) {
        self.price(self.mode.get_untracked() == Mode::Server && !self.dirty());
    }

    /// The server cart after an order: bought lines are gone from it.
    pub fn after_order(&self) {
        storage::remove(KEY_PARTNER);
        match self.mode.get_untracked() {
            Mode::Server => self.price(true),
            Mode::BuyNow => {
                clear_buy_now();
                // The bought pieces left the server cart: the app's cart reads it again.
                if let Some(main) = Cart::current() {
                    main.after_order();
                }
            }
            Mode::Local => {}
        }
    }

    /// Signed out: the local cart again (emptied by the merge at sign-in).
    pub fn signed_out(&self) {
        if self.mode.get_untracked() == Mode::Local {
            return;
        }
        storage::remove(KEY_SERVER);
        storage::remove(KEY_QUOTE);
        self.mode.set(Mode::Local);
        self.quote.set(None);
        let doc = local_doc();
        self.count.set(count_lines(&doc.lines));
        self.doc.set(doc);
        self.version.update(|v| *v += 1);
    }

    /// Signed in at start: the server's document (unsent changes are `PUT` first).
    fn sync(&self) {
        let cart = *self;
        let ticket = self.next_ticket();
        let dirty = self.dirty();
        let doc = self.doc.get_untracked();
        leptos::task::spawn_local(async move {
            let lang = cart.lang.get_value();
            let r = if dirty {
                api::put_doc(&doc, &lang).await
            } else {
                api::get_doc(&lang).await
            };
            if dirty && r.is_ok() {
                storage::remove(KEY_SERVER_DIRTY);
            }
            cart.apply_doc(ticket, r);
        });
    }

    /// A document from the server (no quote): the views price it when shown.
    fn apply_doc(&self, ticket: u64, r: Result<QuoteRequest, ApiError>) {
        if self.ticket.get_value() != ticket {
            return;
        }
        self.pending.set(false);
        match r {
            Ok(mut doc) => {
                doc.ship_to = None;
                self.error.set(None);
                self.count.set(count_lines(&doc.lines));
                self.doc.set(doc);
                self.save();
                self.version.update(|v| *v += 1);
            }
            Err(ApiError::Status { status: 401, .. }) => self.signed_out(),
            Err(e) => self.error.set(Some(e)),
        }
    }

    fn dirty(&self) -> bool {
        storage::get(KEY_SERVER_DIRTY).is_some()
    }

    fn next_ticket(&self) -> u64 {
        let t = self.ticket.get_value().wrapping_add(1);
        self.ticket.set_value(t);
        t
    }

    fn update_doc(&self, f: impl FnOnce(&mut QuoteRequest), then_price: bool) {
        self.doc.update(f);
        self.count
            .set(self.doc.with_untracked(|d| count_lines(&d.lines)));
        if then_price {
            self.save_and_price();
        } else {
            self.save();
        }
    }

    fn save(&self) {
        self.doc
            .with_untracked(|d| match self.mode.get_untracked() {
                Mode::BuyNow => {
                    if let Ok(json) = serde_json::to_string(d) {
                        storage::set(KEY_BUY_NOW, &json);
                    }
                }
                Mode::Local => {
                    if let Ok(json) = serde_json::to_string(&d.lines) {
                        storage::set(storage::KEY_CART, &json);
                    }
                    let choices = Choices {
                        shipping: d.shipping.clone(),
                        coupons: d.coupons.clone(),
                    };
                    if let Ok(json) = serde_json::to_string(&choices) {
                        storage::set(KEY_CHOICES, &json);
                    }
                }
                Mode::Server => {
                    if let Ok(json) = serde_json::to_string(d) {
                        storage::set(KEY_SERVER, &json);
                    }
                }
            });
    }

    fn save_and_price(&self) {
        self.save();
        if self.mode.get_untracked() == Mode::Server {
            storage::set(KEY_SERVER_DIRTY, "1");
        }
        self.price(false);
    }

    /// Prices the document: signed out by quote, signed in by `PUT` (or `GET` when `read`).
    fn price(&self, read: bool) {
        let cart = *self;
        let ticket = self.next_ticket();
        let mut doc = self.doc.get_untracked();
        let ship_to = self.ship_to.get_untracked();
        if !ship_to.is_empty() {
            doc.ship_to = Some(ship_to);
        }
        let lang = self.lang.get_value();
        let mode = self.mode.get_untracked();
        self.pending.set(true);
        leptos::task::spawn_local(async move {
            let r = match mode {
                Mode::Local | Mode::BuyNow => api::quote(&doc, &lang).await,
                Mode::Server if read => match api::get_cart(&lang).await {
                    // The stored cart is for another country: price it for this one.
                    Ok(q) if doc.ship_to.as_ref().is_some_and(|c| *c != q.ship_to) => {
                        let mut stored = q.request;
                        stored.ship_to = doc.ship_to.clone();
                        api::put_cart(&stored, &lang).await
                    }
                    r => r,
                },
                Mode::Server => api::put_cart(&doc, &lang).await,
            };
            if mode == Mode::Server && !read && r.is_ok() && cart.ticket.get_value() == ticket {
                storage::remove(KEY_SERVER_DIRTY);
            }
            // Signed in, the cart shows the server's country until the page sets its own.
            cart.apply(ticket, r);
        });
    }

    fn apply(&self, ticket: u64, r: Result<Quote, ApiError>) {
        if self.ticket.get_value() != ticket {
            return;
        }
        self.pending.set(false);
        match r {
            Ok(mut q) => {
                self.error.set(None);
                // Expired coupons leave the cart (the buyer is told); unknown codes the buyer
                // typed stay with their reason until removed.
                let lapsed = lapsed_coupons(&q);
                if !lapsed.is_empty() {
                    q.coupons.retain(|c| !lapsed.contains(&c.code));
                    q.request.coupons.retain(|c| !lapsed.contains(c));
                    self.lapsed.update(|l| {
                        for c in &lapsed {
                            if !l.contains(c) {
                                l.push(c.clone());
                            }
                        }
                    });
                }
                let mut doc = q.request.clone();
                doc.ship_to = None;
                self.count.set(count_lines(&doc.lines));
                self.doc.set(doc);
                self.save();
                if self.mode.get_untracked() != Mode::BuyNow {
                    if let Ok(json) = serde_json::to_string(&q) {
                        storage::set(KEY_QUOTE, &json);
                    }
                }
                self.quote.set(Some(q));
                if !lapsed.is_empty() && self.mode.get_untracked() == Mode::Server {
                    // The stored cart loses them too.
                    storage::set(KEY_SERVER_DIRTY, "1");
                    self.price(false);
                }
            }
            Err(ApiError::Status { status: 401, .. })
                if self.mode.get_untracked() == Mode::Server =>
            {
                // The session ended: the cart stays on the server; locally it is empty.
                self.signed_out();
            }
            Err(e) => self.error.set(Some(e)),
        }
    }
}

/// Unsent changes of the signed-in cart (to `PUT` before reading the server's again).
const KEY_SERVER_DIRTY: &str = "storefront.cart.server.dirty";

fn local_doc() -> QuoteRequest {
    let choices: Choices = storage::get(KEY_CHOICES)
        .and_then(|raw| serde_json::from_str(&raw).ok())
        .unwrap_or_default();
    QuoteRequest {
        lines: parse_lines(storage::get(storage::KEY_CART).as_deref()),
        ship_to: None,
        shipping: choices.shipping,
        coupons: choices.coupons,
    }
}

/// After sign-in: `POST /cart/merge` with the signed-out lines (quantities summed on the
/// server), then the server cart is the truth. Shipping choices and coupons picked while signed
/// out are carried over. The local lines are cleared only after the merge succeeded; when it
/// fails they stay and the cart stays local (the next sign-in check merges them again).
pub async fn merge_after_sign_in() {
    let Some(cart) = Cart::current() else {
        return;
    };
    if cart.merging.get_untracked() {
        return;
    }
    cart.merging.set(true);
    merge_now(cart).await;
    cart.merging.set(false);
}

async fn merge_now(cart: Cart) {
    let local = local_doc();
    let lang = cart.lang.get_value();
    let ticket = cart.next_ticket();
    cart.pending.set(true);
    let r = if local.lines.is_empty() {
        api::get_doc(&lang).await
    } else {
        api::merge_doc(&local.lines, &lang).await
    };
    let merged = match r {
        Ok(d) => d,
        Err(e) => {
            if cart.ticket.get_value() == ticket {
                cart.pending.set(false);
                cart.error.set(Some(e));
            }
            return;
        }
    };
    storage::remove(storage::KEY_CART);
    storage::remove(KEY_CHOICES);
    storage::remove(KEY_SERVER_DIRTY);
    cart.mode.set(Mode::Server);
    let mut doc = merged.clone();
    let mut changed = false;
    for code in &local.coupons {
        changed |= add_coupon(&mut doc, code);
    }
    for (seller, option) in &local.shipping {
        if doc.shipping.get(seller).is_some_and(|o| o != option) {
            doc.shipping.insert(*seller, option.clone());
            changed = true;
        }
    }
    if changed {
        let ship_to = cart.ship_to.get_untracked();
        if !ship_to.is_empty() {
            doc.ship_to = Some(ship_to);
        }
        let r = api::put_doc(&doc, &lang).await;
        // The merged cart wins over any quote of the local one that ran meanwhile.
        let ticket = cart.next_ticket();
        cart.apply_doc(ticket, r.or(Ok(merged)));
    } else {
        let ticket = cart.next_ticket();
        cart.apply_doc(ticket, Ok(merged));
    }
}

/// Follows the session: signed in → the server cart (merging what was added signed out);
/// signed out → the local cart.
///
/// Pricing and merging carts are code a signed-out visitor's first load does without: they
/// come with the `cart_sync` chunk (also the pages that edit the cart use them), fetched here
/// only once somebody is signed in, or by the `online` listener of [`Cart::load`].
pub fn follow_session(signed_in: bool) {
    let Some(cart) = Cart::current() else {
        return;
    };
    match (signed_in, cart.mode.get_untracked()) {
        (false, Mode::Server) => cart.signed_out(),
        (false, Mode::Local) | (_, Mode::BuyNow) => {}
        (true, _) => leptos::task::spawn_local(async {
            // Not loaded (offline): the cart stays as it is until the next sign-in check.
            let _ = follow_session_lazily(true).await;
        }),
    }
}

#[cfg(feature = "shop")]
#[leptos::wasm_split::wasm_split(cart_sync, wasm_split_path = ::leptos::wasm_split, fallible)]
fn follow_session_lazily(signed_in: bool) -> Result<(), leptos::wasm_split::SplitLoaderError> {
    follow_session_now(signed_in);
    Ok(())
}

#[cfg(feature = "shop")]
#[leptos::wasm_split::wasm_split(cart_sync, wasm_split_path = ::leptos::wasm_split, fallible)]
fn refresh_lazily() -> Result<(), leptos::wasm_split::SplitLoaderError> {
    if let Some(cart) = Cart::current() {
        cart.refresh();
    }
    Ok(())
}

// The widget build (no `shop` feature) must hold no split point: the same calls, in place.
#[cfg(not(feature = "shop"))]
async fn follow_session_lazily(
    signed_in: bool,
) -> Result<(), leptos::wasm_split::SplitLoaderError> {
    follow_session_now(signed_in);
    Ok(())
}

#[cfg(not(feature = "shop"))]
async fn refresh_lazily() -> Result<(), leptos::wasm_split::SplitLoaderError> {
    if let Some(cart) = Cart::current() {
        cart.refresh();
    }
    Ok(())
}

fn follow_session_now(signed_in: bool) {
    let Some(cart) = Cart::current() else {
        return;
    };
    match (signed_in, cart.mode.get_untracked()) {
        (true, Mode::Local) => leptos::task::spawn_local(merge_after_sign_in()),
        (true, Mode::Server) => {
            if !local_doc().lines.is_empty() {
                leptos::task::spawn_local(merge_after_sign_in());
            } else {
                cart.sync();
            }
        }
        (false, Mode::Server) => cart.signed_out(),
        (false, Mode::Local) | (_, Mode::BuyNow) => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use storefront_api::cart::{CouponResult, QuoteSummary};
    use storefront_api::Money;

    fn line(sku: i64, quantity: i64) -> CartLine {
        CartLine {
            product_id: 1,
            sku_id: sku,
            quantity,
        }
    }

    fn input(sku: i64, quantity: i64, saved: bool) -> CartLineInput {
        CartLineInput {
            product_id: 1,
            sku_id: sku,
            quantity,
            saved_for_later: saved,
        }
    }

    #[test]
    fn adding_merges_lines_of_the_same_sku() {
        let once = merged(Some("garbage"), line(2, 3));
        assert_eq!(once, vec![input(2, 3, false)]);
        let json = serde_json::to_string(&once).unwrap_or_default();
        let twice = merged(Some(&json), line(2, 10));
        assert_eq!(twice, vec![input(2, 13, false)]);
        let json = serde_json::to_string(&twice).unwrap_or_default();
        assert_eq!(merged(Some(&json), line(3, 1)).len(), 2);
        assert_eq!(
            merged(Some(&json), line(2, 99_999)),
            vec![input(2, MAX_LINE_QUANTITY, false)]
        );
        // A saved line comes back to the cart when added again.
        let saved = serde_json::to_string(&[input(4, 1, true)]).unwrap_or_default();
        assert_eq!(merged(Some(&saved), line(4, 1)), vec![input(4, 2, false)]);
    }

    #[test]
    fn old_stored_lines_still_read() {
        let lines = parse_lines(Some(
            r#"[{"product_id":1,"sku_id":2,"quantity":3},{"product_id":1,"sku_id":5,"quantity":0}]"#,
        ));
        assert_eq!(lines, vec![input(2, 3, false)]);
    }

    #[test]
    fn counts_active_pieces_and_survives_garbage() {
        assert_eq!(count_stored(None), 0);
        assert_eq!(count_stored(Some("not json")), 0);
        assert_eq!(count_stored(Some(r#"{"lines":1}"#)), 0);
        assert_eq!(
            count_stored(Some(
                r#"[{"product_id":1,"sku_id":2,"quantity":3},{"product_id":4,"sku_id":5,"quantity":-2},{"product_id":4,"sku_id":6,"quantity":7,"saved_for_later":true}]"#
            )),
            3
        );
    }

    #[test]
    fn coupons_are_upper_cased_once_and_capped() {
        let mut doc = QuoteRequest::default();
        assert!(add_coupon(&mut doc, " save10 "));
        assert!(!add_coupon(&mut doc, "SAVE10"));
        assert!(!add_coupon(&mut doc, "  "));
        for i in 1..MAX_COUPONS {
            assert!(add_coupon(&mut doc, &format!("C{i}")));
        }
        assert!(!add_coupon(&mut doc, "ONE-TOO-MANY"));
        assert_eq!(doc.coupons[0], "SAVE10");
    }

    #[test]
    fn a_line_changes_its_variant_in_place_or_joins_the_same_variant() {
        let lines = vec![input(1, 2, false), input(2, 1, false), input(3, 4, false)];
        assert_eq!(
            change_line_sku(lines.clone(), 2, 9),
            vec![input(1, 2, false), input(9, 1, false), input(3, 4, false)]
        );
        // The chosen variant is in the cart already: the pieces join it.
        assert_eq!(
            change_line_sku(lines.clone(), 1, 3),
            vec![input(2, 1, false), input(3, 6, false)]
        );
        assert_eq!(
            change_line_sku(lines.clone(), 3, 1),
            vec![input(1, 6, false), input(2, 1, false)]
        );
        assert_eq!(change_line_sku(lines.clone(), 7, 1), lines);
        assert_eq!(change_line_sku(lines.clone(), 2, 2), lines);
    }

    fn quote_of(lines: Vec<CartLineInput>, coupons: Vec<CouponResult>) -> Quote {
        Quote {
            ship_to: "US".into(),
            sellers: Vec::new(),
            saved_for_later: Vec::new(),
            coupons,
            summary: QuoteSummary {
                item_count: 0,
                items_total: Money::usd(0),
                shipping_total: Money::usd(0),
                seller_discounts: Money::usd(0),
                platform_discount: Money::usd(0),
                grand_total: Money::usd(0),
            },
            ready: true,
            request: QuoteRequest {
                lines,
                ..QuoteRequest::default()
            },
        }
    }

    fn coupon(code: &str, reason: Option<CouponReason>) -> CouponResult {
        CouponResult {
            code: code.into(),
            ok: reason.is_none(),
            scope: None,
            seller_id: None,
            discount: Money::usd(0),
            min_order: None,
            reason,
        }
    }

    #[test]
    fn only_expired_coupons_lapse() {
        let q = quote_of(
            Vec::new(),
            vec![
                coupon("WELCOME5", None),
                coupon("SPRING2024", Some(CouponReason::CouponExpired)),
                coupon("TYPO", Some(CouponReason::CouponNotFound)),
                coupon("SAVE10", Some(CouponReason::CouponMinNotMet)),
            ],
        );
        assert_eq!(lapsed_coupons(&q), vec!["SPRING2024".to_string()]);
    }

    #[test]
    fn edits_not_priced_yet_are_unconfirmed() {
        let q = quote_of(vec![input(1, 1, false), input(2, 3, false)], Vec::new());
        let doc = QuoteRequest {
            lines: vec![input(1, 4, false), input(2, 3, false), input(5, 1, false)],
            ..QuoteRequest::default()
        };
        assert_eq!(unconfirmed(&doc, Some(&q)), vec![1, 5]);
        assert_eq!(unconfirmed(&doc, None), vec![1, 2, 5]);
        assert!(unconfirmed(&q.request, Some(&q)).is_empty());
    }

    #[test]
    fn hashes_are_stable_and_differ() {
        assert_eq!(hash_text("a"), hash_text("a"));
        assert_ne!(hash_text("a"), hash_text("b"));
        assert_eq!(hash_text("").len(), 16);
    }
}
