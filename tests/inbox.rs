//! End-to-end: messages with a seller and the notification inbox against the real server in
//! demo mode. On a phone: "Contact seller" on a product page → the message is sent → the
//! simulated seller's answer arrives when the clock moves → the unread badge shows after a page
//! change (no reload) → opening it clears the badge. On a desktop: a delivered order whose
//! clock is moved 12 days on shows "protection ends in 3 days" in the inbox.
#![cfg(not(target_arch = "wasm32"))]

use crate::orders::{advance, page_async, paid_order};
use crate::support::{with_browser, Device};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn asking_a_seller_brings_the_reply_and_a_badge_that_clears_when_read() {
    with_browser("inbox-ask-seller", Device::Phone, |ctx| async move {
        ctx.goto("/?lang=en").await;
        ctx.wait_for_count("main", 1).await;
        let product = page_async(
            &ctx,
            r#"
            const r = await fetch('/api/v1/account/register', {method: 'POST',
              headers: {'Content-Type': 'application/json'},
              body: JSON.stringify({email: 'ask@example.com', password: 'correct horse battery', name: 'Ann Lee'})});
            if (!r.ok) throw new Error('register ' + r.status);
            const list = await (await fetch('/api/v1/products?limit=1')).json();
            return list.items[0].id;
            "#,
        )
        .await
        .as_i64()
        .expect("a product id");
        ctx.goto(&format!("/p/{product}?lang=en")).await;
        ctx.wait_for_count(".contact-seller", 1).await;
        ctx.click(".contact-seller").await;
        ctx.wait_for_count(".composer-text", 1).await;
        ctx.js(
            "const t = document.querySelector('.composer-text'); t.value = 'Is the blue one in stock?';
             t.dispatchEvent(new Event('input', {bubbles: true}));",
        )
        .await;
        ctx.click(".composer-send").await;
        // Sent once the server has it: the bubble is a thread message, no longer "sending…".
        ctx.wait_until(
            "the message in the thread",
            "document.querySelectorAll('.thread .bubble-buyer:not(.bubble-outgoing)').length === 1 && !document.querySelector('.bubble-outgoing')",
        )
        .await;
        assert_eq!(ctx.count(".unread-badge").await, 0);

        advance(&ctx, 0, 3).await;
        // A page change asks for the counts again (no reload).
        ctx.click("a.logo").await;
        let badge = ctx
            .wait_until(
                "the unread badge",
                "(document.querySelector('.bottom-nav-inbox .unread-badge') || {}).textContent",
            )
            .await;
        assert_eq!(badge, "1");
        assert_eq!(ctx.text_of(".header-inbox .unread-badge").await, "1");

        ctx.click(".bottom-nav-inbox").await;
        ctx.wait_for_count(".notification.unread", 1).await;
        let text = ctx.text_of(".notification.unread .notification-text").await;
        assert!(text.contains("replied to your message"), "{text}");
        ctx.click(".notification.unread .notification-link").await;
        let reply = ctx
            .wait_until(
                "the seller's reply",
                "(document.querySelector('.bubble-seller .bubble-text') || {}).textContent",
            )
            .await;
        assert!(reply.as_str().is_some_and(|r| r.contains("in stock")), "{reply}");
        ctx.wait_until(
            "the badge to clear",
            "!document.querySelector('.unread-badge')",
        )
        .await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_delivered_order_tells_protection_ends_in_three_days() {
    with_browser("inbox-protection", Device::Desktop, |ctx| async move {
        let id = paid_order(&ctx, "protect@example.com").await;
        for step in ["ship", "deliver"] {
            let r = ctx
                .shop
                .operator(reqwest::Method::POST, &format!("/orders/{id}/{step}"))
                .send()
                .await
                .expect("operator API reachable");
            assert!(r.status().is_success(), "{step}: {}", r.status());
        }
        // Auto-confirmation is 15 days after delivery.
        advance(&ctx, 12, 1).await;
        ctx.goto("/notifications?lang=en").await;
        let found = ctx
            .wait_until(
                "the protection notice",
                "[...document.querySelectorAll('.notification-text')].map(e => e.innerText).find(t => t.includes('ends in 3 days'))",
            )
            .await;
        let text = found.as_str().unwrap_or_default();
        assert!(text.contains("confirm receipt or open a dispute"), "{text}");
        // It links to the order.
        let href = ctx
            .js("return [...document.querySelectorAll('.notification-link')].find(a => a.innerText.includes('ends in 3 days')).getAttribute('href');")
            .await;
        assert_eq!(href, format!("/orders/{id}"));
        assert!(ctx.count(".header-inbox .unread-badge").await == 1);
    })
    .await;
}
