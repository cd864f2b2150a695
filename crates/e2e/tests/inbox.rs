//! End-to-end: messages with a seller and the notification inbox against the real server in
//! demo mode. On a phone: "Contact seller" on a product page → the message is sent → the
//! simulated seller's answer arrives when the clock moves → the unread badge shows after a page
//! change (no reload) → opening it clears the badge. On a desktop: a delivered order whose
//! clock is moved 12 days on shows "protection ends in 3 days" in the inbox, and a wish-listed
//! product whose seller lowers its price shows "Price dropped" with both prices, once.

use storefront_e2e::{paid_order, signed_in_buyer, with_browser, Device};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn asking_a_seller_brings_the_reply_and_a_badge_that_clears_when_read() {
    with_browser("inbox-ask-seller", Device::Phone, |ctx| async move {
        signed_in_buyer(&ctx, "ask@example.com").await;
        let product = ctx.page_async(r#"
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

        ctx.shop.advance_clock(0, 3).await;
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
        ctx.shop.ship(id).await;
        ctx.shop.deliver(id).await;
        // Auto-confirmation is 15 days after delivery.
        ctx.shop.advance_clock(12, 1).await;
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

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_wish_listed_product_that_gets_cheaper_shows_price_dropped_once() {
    with_browser("inbox-price-drop", Device::Desktop, |ctx| async move {
        signed_in_buyer(&ctx, "drop@example.com").await;
        let found = ctx.page_async(r#"
            const list = await (await fetch('/api/v1/products?limit=5')).json();
            const p = list.items.find(i => i.price.amount > 1000) || list.items[0];
            const h = await fetch('/api/v1/wishlist/' + p.id, {method: 'PUT',
              headers: {'Content-Type': 'application/json'}, body: '{}'});
            if (!h.ok) throw new Error('heart ' + h.status);
            return [p.id, p.price.amount];
            "#,
        )
        .await;
        let (product, was) = (
            found[0].as_i64().expect("a product id"),
            found[1].as_i64().expect("its price"),
        );
        let now = was - 500;
        for _ in 0..2 {
            let r = ctx
                .shop
                .operator(reqwest::Method::POST, &format!("/products/{product}/price"))
                .header("content-type", "application/json")
                .body(format!("{{\"price_cents\": {now}}}"))
                .send()
                .await
                .expect("operator API reachable");
            assert!(r.status().is_success(), "reprice: {}", r.status());
        }
        ctx.goto("/notifications?lang=en").await;
        let text = ctx
            .wait_until(
                "the price-drop notice",
                "[...document.querySelectorAll('.notification-text')].map(e => e.innerText).find(t => t.startsWith('Price dropped'))",
            )
            .await;
        let text = text.as_str().unwrap_or_default().to_string();
        // en-US: "$1,234.50".
        let dollars = |c: i64| {
            let whole = (c / 100).to_string();
            let mut grouped = String::new();
            for (i, ch) in whole.chars().enumerate() {
                if i > 0 && (whole.len() - i).is_multiple_of(3) {
                    grouped.push(',');
                }
                grouped.push(ch);
            }
            format!("${grouped}.{:02}", c % 100)
        };
        assert!(text.contains(&dollars(now)), "{text}");
        assert!(text.contains(&format!("(was {})", dollars(was))), "{text}");
        // Told once although the price was set twice; it links to the product.
        let links = ctx
            .js("return [...document.querySelectorAll('.notification-link')].filter(a => a.innerText.startsWith('Price dropped')).map(a => a.getAttribute('href'));")
            .await;
        assert_eq!(links, serde_json::json!([format!("/p/{product}")]));
    })
    .await;
}
