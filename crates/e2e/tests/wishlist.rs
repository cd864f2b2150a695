//! End-to-end: the wish list heart kept signed out and merged into the server's list at sign-in,
//! following a store on a phone (the count moves, the store is listed), and buy again putting a
//! completed order's items in the cart.

use crate::orders::open_order;

use serde_json::json;
use storefront_e2e::{paid_order, signed_in_buyer, with_browser, Device};

/// The digits of a text as a number ("1,234 followers" → 1234).
fn number_in(text: &str) -> i64 {
    text.chars()
        .filter(char::is_ascii_digit)
        .collect::<String>()
        .parse()
        .unwrap_or_else(|_| panic!("no number in {text:?}"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_heart_given_signed_out_is_on_the_server_wish_list_after_sign_in() {
    with_browser("wishlist-heart-merge", Device::Desktop, |ctx| async move {
        ctx.goto("/?lang=en").await;
        ctx.wait_for_count(".product-grid .product-card .product-card-heart", 1)
            .await;
        let heart = ".product-grid .product-card .product-card-heart";
        let id = ctx
            .js(&format!(
                "return Number(document.querySelector({}).dataset.product);",
                json!(heart)
            ))
            .await
            .as_i64()
            .expect("the card's product id");
        assert_eq!(
            ctx.js(&format!(
                "return document.querySelector({}).getAttribute('aria-pressed');",
                json!(heart)
            ))
            .await,
            "false"
        );
        ctx.click(heart).await;
        ctx.wait_until(
            "the heart pressed",
            &format!(
                "document.querySelector({}).getAttribute('aria-pressed') === 'true'",
                json!(heart)
            ),
        )
        .await;
        // Signed out it is kept in the browser.
        let stored = ctx
            .js("return localStorage.getItem('storefront.wishlist');")
            .await;
        assert!(
            stored
                .as_str()
                .unwrap_or("")
                .contains(&format!("\"product_id\":{id}")),
            "{stored}"
        );

        // Sign in (the session cookie), then the app merges the list into the server's.
        signed_in_buyer(&ctx, "hearts@example.com").await;
        ctx.goto("/wishlist?lang=en").await;
        ctx.wait_for_count(&format!(".wishlist-item[data-product='{id}']"), 1)
            .await;
        let ids = ctx.api_get("/api/v1/wishlist/ids").await;
        assert_eq!(ids["product_ids"], json!([id]));
        ctx.wait_until(
            "the local list cleared after the merge",
            "localStorage.getItem('storefront.wishlist') === null",
        )
        .await;
        // Removing it from the page removes it on the server.
        ctx.click(&format!(
            ".wishlist-item[data-product='{id}'] .wishlist-remove"
        ))
        .await;
        ctx.wait_for_count(".empty-panel", 1).await;
        assert_eq!(
            ctx.api_get("/api/v1/wishlist/ids").await["product_ids"],
            json!([])
        );
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn following_a_store_on_a_phone_counts_and_lists_it() {
    with_browser("wishlist-follow-phone", Device::Phone, |ctx| async move {
        ctx.goto("/?lang=en").await;
        signed_in_buyer(&ctx, "follower@example.com").await;
        ctx.goto("/store/3?lang=en").await;
        ctx.wait_until(
            "the follow state loaded",
            "document.querySelector('.follow-button') && document.querySelector('.follow-button').getAttribute('aria-pressed') === 'false'",
        )
        .await;
        let before = number_in(&ctx.text_of(".store-head .follow-count").await);
        ctx.click(".store-head .follow-button").await;
        ctx.wait_until(
            "following",
            "document.querySelector('.store-head .follow-button').getAttribute('aria-pressed') === 'true'",
        )
        .await;
        let after = number_in(&ctx.text_of(".store-head .follow-count").await);
        assert_eq!(after, before + 1);
        // The seller card of a product of this store shows the same count.
        let seller = ctx.api_get("/api/v1/sellers/3").await;
        assert_eq!(seller["followers"], after);

        ctx.goto("/account/following?lang=en").await;
        ctx.wait_for_count(".following-store[data-seller='3']", 1).await;
        assert_eq!(ctx.count(".following-store").await, 1);
        // Big enough to tap on a phone.
        let h = ctx
            .js("return document.querySelector('.following-store .button').getBoundingClientRect().height;")
            .await;
        assert!(h.as_f64().unwrap_or(0.0) >= 44.0, "{h}");
        let overflow = ctx
            .js("return document.documentElement.scrollWidth > window.innerWidth;")
            .await;
        assert_eq!(overflow, false, "no sideways scrolling at 390 px");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn buy_again_puts_a_completed_orders_items_in_the_cart() {
    with_browser("wishlist-buy-again", Device::Desktop, |ctx| async move {
        let id = paid_order(&ctx, "again@example.com").await;
        // Shipped, delivered, auto-confirmed: completed.
        ctx.shop.advance_clock(2, 0).await;
        ctx.shop.advance_clock(40, 0).await;
        let order = ctx.api_get(&format!("/api/v1/orders/{id}")).await;
        assert_eq!(order["state"], "completed");
        let sku = order["lines"][0]["sku_id"].as_i64().expect("sku");
        // An empty cart to start with.
        ctx.page_async("const r = await fetch('/api/v1/cart', {method: 'PUT', headers: {'Content-Type': 'application/json'}, body: JSON.stringify({lines: [], coupons: []})}); if (!r.ok) throw new Error('PUT ' + r.status);",
        )
        .await;
        open_order(&ctx, id).await;
        ctx.click(".buy-again-button").await;
        ctx.wait_for_count(".buy-again-added", 1).await;
        assert_eq!(
            ctx.text_of(".buy-again-added").await.trim(),
            "1 item added to the cart. View cart"
        );
        ctx.wait_until(
            "the header counts the piece",
            "document.querySelector('.cart-count').innerText.trim() === '1'",
        )
        .await;
        let cart = ctx.api_get("/api/v1/cart").await;
        let lines = &cart["request"]["lines"];
        assert_eq!(lines.as_array().map(Vec::len), Some(1), "{lines}");
        assert_eq!(lines[0]["sku_id"], sku);
        assert_eq!(lines[0]["quantity"], 1);
    })
    .await;
}
