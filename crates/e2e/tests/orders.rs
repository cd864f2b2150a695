//! End-to-end: the buyer's order pages against the real server in demo mode. Orders are placed
//! by a [`storefront_e2e::Buyer`] through typed API calls (the browser then gets the buyer's
//! session cookie), the simulated clock is moved through the operator API, and everything the buyer does
//! goes through the UI: ship → tracking → confirm receipt (hold released), auto-confirmation,
//! an extension granted moving the deadline, cancel before shipping with the full refund, a
//! stale page told the order changed, and the order page on a phone.

use serde_json::json;
use storefront_e2e::{
    assert_adds_up, declined_wallet_order, message, paid_order, with_browser, Ctx, Device,
};

pub(crate) async fn open_order(ctx: &Ctx, id: i64) {
    ctx.goto(&format!("/orders/{id}?lang=en")).await;
    ctx.wait_for_count(".hold-card", 1).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn shipped_order_shows_tracking_and_confirming_releases_the_hold_once() {
    with_browser("orders-confirm", Device::Desktop, |ctx| async move {
        let id = paid_order(&ctx, "ship@example.com").await;
        open_order(&ctx, id).await;
        assert_eq!(ctx.attr(".hold-card", "data-hold").await, "held");
        let headline = ctx.text_of(".hold-headline").await;
        assert!(
            headline.contains("held — not paid to the seller yet"),
            "{headline}"
        );
        assert_eq!(
            ctx.count("#action-cancel").await,
            1,
            "cancel before shipping"
        );
        assert_eq!(
            ctx.count("#action-confirm").await,
            0,
            "nothing to confirm yet"
        );
        // Before shipping: when the seller ships and when the parcel should arrive.
        assert_eq!(
            ctx.text_of(".order-ships-within").await,
            "The seller ships within 3 days of payment."
        );
        let estimate = ctx.text_of(".order-delivery-estimate").await;
        assert!(estimate.starts_with("Estimated delivery: "), "{estimate}");
        assert_eq!(ctx.count(".tracking-copy").await, 0, "no tracking yet");
        // The money adds up: items + shipping (− coupons) = paid = the hold card's total.
        let rows = ctx
            .money_rows(".order-totals", ".summary-rows > div")
            .await
            .remove(0);
        assert_adds_up(&rows);
        assert_eq!(
            storefront_e2e::shown_cents(&ctx.text_of(".hold-ledger-paid dd").await),
            rows.last().map(|r| r.1)
        );

        // The simulated seller ships within a day and a few hours; the first scan 4 h later.
        ctx.shop.advance_clock(2, 0).await;
        open_order(&ctx, id).await;
        ctx.wait_for_count(".timeline-event[data-kind='shipped']", 1)
            .await;
        ctx.wait_for_count(".timeline-event[data-kind='tracking']", 1)
            .await;
        let number = ctx
            .text_of(".timeline-event[data-kind='shipped'] .tracking-number")
            .await;
        let order = ctx.api_get(&format!("/api/v1/orders/{id}")).await;
        assert_eq!(Some(number.as_str()), order["tracking"]["number"].as_str());
        assert_eq!(ctx.attr(".tracking-number", "dir").await, "ltr");
        // Newest first: the latest scan on top, the order placed at the bottom.
        assert_eq!(
            ctx.attr(".timeline-event:first-child", "data-kind").await,
            "tracking"
        );
        assert_eq!(
            ctx.attr(".timeline-event:last-child", "data-kind").await,
            "placed"
        );
        // The carrier is named once in the shipped event; the delivery block names it and
        // copies the number.
        let carrier = order["tracking"]["carrier"].as_str().expect("carrier");
        let shipped = ctx
            .text_of(".timeline-event[data-kind='shipped'] .timeline-body")
            .await;
        assert_eq!(shipped.matches(carrier).count(), 1, "{shipped}");
        assert_eq!(
            ctx.text_of(".order-tracking .tracking-number").await,
            number
        );
        assert!(ctx.text_of(".order-carrier").await.contains(carrier));
        ctx.click(".tracking-copy").await;
        ctx.wait_until(
            "the copy outcome",
            "document.querySelector('.tracking-copied')?.innerText.trim()",
        )
        .await;
        let copied = ctx.text_of(".tracking-copied").await;
        assert!(
            copied == message("en", "order-tracking-copied")
                || copied == message("en", "order-tracking-copy-failed"),
            "{copied}"
        );
        let scan = ctx
            .text_of(".timeline-event[data-kind='tracking'] .timeline-text")
            .await;
        assert_eq!(scan, message("en", "tracking-accepted-by-carrier"));
        assert!(!ctx
            .text_of(".timeline-event[data-kind='tracking'] .timeline-location")
            .await
            .is_empty());
        assert_eq!(
            ctx.count(".countdown").await,
            1,
            "the protection deadline is shown"
        );
        assert_eq!(
            ctx.count(".action-dispute").await,
            1,
            "open dispute is allowed now"
        );

        // Confirm receipt through the dialog; a double click sends once.
        ctx.click("#action-confirm").await;
        ctx.wait_for_count("#confirm-dialog", 1).await;
        assert_eq!(
            ctx.js("return document.activeElement.id").await,
            json!("confirm-dialog-cancel"),
            "focus moves into the dialog"
        );
        ctx.js("const b = document.getElementById('confirm-dialog-ok'); b.click(); b.click();")
            .await;
        ctx.wait_until(
            "the released hold",
            "document.querySelector(\".hold-card[data-hold='released']\")",
        )
        .await;
        assert_eq!(
            ctx.attr(".order-header .state-chip", "data-state").await,
            "completed"
        );
        assert_eq!(
            ctx.attr("#order-notice", "data-notice").await,
            "order-done-confirmed"
        );
        ctx.wait_for_count(".timeline-event[data-kind='released']", 1)
            .await;
        let order = ctx.api_get(&format!("/api/v1/orders/{id}")).await;
        let releases = order["ledger"]
            .as_array()
            .expect("ledger")
            .iter()
            .filter(|e| e["kind"] == "release")
            .count();
        assert_eq!(releases, 1, "one release: {}", order["ledger"]);
        assert_eq!(order["hold"]["released"], order["hold"]["amount"]);
        // Feedback is offered now: the stars are radio groups, the text has a counter.
        assert_eq!(ctx.count(".feedback-form").await, 1);
        ctx.click(".action-feedback-submit").await;
        ctx.wait_for_count(".feedback-form .form-failure", 1).await;
        for (field, stars) in [
            ("item_as_described", 5),
            ("communication", 4),
            ("shipping_speed", 5),
        ] {
            ctx.click(&format!("label[for='feedback-{field}-{stars}']"))
                .await;
        }
        assert_eq!(
            ctx.count(".feedback-form .form-failure").await,
            0,
            "the warning goes once all three are rated"
        );
        ctx.client
            .find(fantoccini::Locator::Css("#feedback-text"))
            .await
            .expect("feedback text")
            .send_keys("Arrived well packed.")
            .await
            .expect("type feedback");
        assert!(ctx
            .text_of("#feedback-text-count")
            .await
            .starts_with("20 of"));
        ctx.click(".action-feedback-submit").await;
        ctx.wait_for_count(".feedback-view", 1).await;
        assert_eq!(
            ctx.count(".feedback-form").await,
            0,
            "feedback is left once"
        );
        assert_eq!(
            ctx.text_of(".feedback-view .feedback-text").await,
            "Arrived well packed."
        );
        let order = ctx.api_get(&format!("/api/v1/orders/{id}")).await;
        assert_eq!(order["feedback"]["communication"], 4);
        // The feedback is the product's newest review, and the header counts it.
        let product = order["lines"][0]["product_id"].as_i64().expect("product id");
        let count = ctx.shop.get_json(&format!("/api/v1/products/{product}")).await["summary"]
            ["reviews_count"]
            .as_i64()
            .unwrap_or(0);
        ctx.goto(&format!("/p/{product}?lang=en")).await;
        ctx.wait_until(
            "the feedback as the first review",
            "document.querySelector('.review-list .review .review-text')?.innerText === 'Arrived well packed.'",
        )
        .await;
        assert!(ctx
            .text_of(".product-stats .rating-reviews")
            .await
            .starts_with(&count.to_string()));
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_order_left_alone_is_auto_confirmed_and_released() {
    with_browser("orders-auto-confirm", Device::Desktop, |ctx| async move {
        let id = paid_order(&ctx, "alone@example.com").await;
        ctx.shop.advance_clock(2, 0).await;
        // Transit is at most 20 days; auto-confirmation 15 days after delivery.
        ctx.shop.advance_clock(40, 0).await;
        open_order(&ctx, id).await;
        assert_eq!(
            ctx.attr(".order-header .state-chip", "data-state").await,
            "completed"
        );
        assert_eq!(ctx.attr(".hold-card", "data-hold").await, "released");
        ctx.wait_for_count(".timeline-event[data-kind='delivered']", 1)
            .await;
        ctx.wait_for_count(".timeline-event[data-kind='auto_confirmed']", 1)
            .await;
        assert_eq!(
            ctx.text_of(".timeline-event[data-kind='auto_confirmed'] .timeline-text")
                .await,
            message("en", "event-auto-confirmed")
        );
        assert_eq!(ctx.count("#action-confirm").await, 0);
        assert_eq!(ctx.count(".countdown").await, 0, "no deadline left");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_granted_extension_moves_the_deadline() {
    with_browser("orders-extension", Device::Desktop, |ctx| async move {
        let id = paid_order(&ctx, "extend@example.com").await;
        ctx.shop.advance_clock(2, 0).await;
        open_order(&ctx, id).await;
        ctx.wait_for_count(".countdown time", 1).await;
        let before = ctx.attr(".countdown time", "datetime").await;
        let left = ctx.text_of(".countdown-left").await;
        assert!(left.ends_with("days left"), "{left}");

        ctx.choose("#extension-days", "10").await;
        ctx.click(".action-extension").await;
        ctx.wait_until(
            "the request sent",
            "document.querySelector(\"[data-notice='order-done-extension']\")",
        )
        .await;
        ctx.wait_for_count(".extension-note[data-extension='pending']", 1)
            .await;
        assert_eq!(
            ctx.count(".action-extension").await,
            0,
            "one request at a time"
        );

        // The simulated seller answers 12 h later.
        ctx.shop.advance_clock(1, 0).await;
        open_order(&ctx, id).await;
        ctx.wait_for_count(".extension-note[data-extension='granted']", 1)
            .await;
        ctx.wait_for_count(".timeline-event[data-kind='extension_granted']", 1)
            .await;
        let after = ctx.attr(".countdown time", "datetime").await;
        let b = ctx
            .js(&format!("return Date.parse({})", json!(before)))
            .await;
        let a = ctx
            .js(&format!("return Date.parse({})", json!(after)))
            .await;
        let moved = a.as_f64().unwrap_or(0.0) - b.as_f64().unwrap_or(0.0);
        assert_eq!(moved, 10.0 * 86_400_000.0, "{before} → {after}");
        let order = ctx.api_get(&format!("/api/v1/orders/{id}")).await;
        assert_eq!(order["protection"]["extended_days"], 10);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cancelling_before_shipping_refunds_in_full() {
    with_browser("orders-cancel", Device::Desktop, |ctx| async move {
        let id = paid_order(&ctx, "cancel@example.com").await;
        // The list: the order waits for shipment, with its count.
        ctx.goto("/orders?tab=awaiting_shipment&lang=en").await;
        ctx.wait_for_count(".order-row", 1).await;
        assert_eq!(
            ctx.attr(".orders-tab[aria-current='page']", "data-tab").await,
            "awaiting_shipment"
        );
        ctx.wait_until(
            "the tab count",
            "document.querySelector(\".orders-tab[data-tab='awaiting_shipment'] .orders-tab-count\")?.innerText === '1'",
        )
        .await;
        ctx.click(".order-row-link").await;
        ctx.wait_for_count(".hold-card", 1).await;

        let order = ctx.api_get(&format!("/api/v1/orders/{id}")).await;
        ctx.click("#action-cancel").await;
        ctx.wait_for_count("#cancel-dialog", 1).await;
        let refund = ctx.text_of(".dialog-refund").await;
        let held = ctx.text_of(".hold-ledger-held dd").await;
        assert!(refund.contains(&held), "{refund} names {held}");
        ctx.click("#cancel-dialog-ok").await;
        ctx.wait_until(
            "the refunded hold",
            "document.querySelector(\".hold-card[data-hold='refunded']\")",
        )
        .await;
        assert_eq!(ctx.attr(".order-header .state-chip", "data-state").await, "cancelled");
        assert_eq!(ctx.text_of(".hold-ledger-refunded dd").await, held);
        ctx.wait_for_count(".timeline-event[data-kind='refunded']", 1).await;
        let after = ctx.api_get(&format!("/api/v1/orders/{id}")).await;
        assert_eq!(after["hold"]["refunded"], order["total"]);
        assert_eq!(ctx.count("#action-cancel").await, 0);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stale_page_is_told_the_order_changed_and_shows_the_current_state() {
    with_browser("orders-stale", Device::Desktop, |ctx| async move {
        let id = paid_order(&ctx, "stale@example.com").await;
        ctx.shop.advance_clock(2, 0).await;
        open_order(&ctx, id).await;
        ctx.wait_for_count("#action-confirm", 1).await;
        // Meanwhile (another tab) the buyer asks for an extension: the order's ETag changes.
        ctx.page_async(&format!(
                "const o = await (await fetch('/api/v1/orders/{id}')).json();
                 const r = await fetch('/api/v1/orders/{id}/extension-requests', {{method: 'POST',
                   headers: {{'Content-Type': 'application/json', 'If-Match': '\"' + o.id + '-' + o.version + '\"'}},
                   body: JSON.stringify({{days: 5}})}});
                 if (!r.ok) throw new Error('extension ' + r.status);
                 return null;"
            ),
        )
        .await;
        ctx.click("#action-confirm").await;
        ctx.wait_for_count("#confirm-dialog-ok", 1).await;
        ctx.click("#confirm-dialog-ok").await;
        ctx.wait_until(
            "the order-changed message",
            "document.querySelector(\"[data-notice='order-changed']\")",
        )
        .await;
        assert_eq!(ctx.text_of("#order-notice").await, message("en", "order-changed"));
        ctx.wait_for_count(".extension-note[data-extension='pending']", 1).await;
        assert_eq!(ctx.attr(".order-header .state-chip", "data-state").await, "shipped");
        assert_eq!(ctx.count("#confirm-dialog").await, 0, "the dialog closed");
        assert_eq!(ctx.api_get(&format!("/api/v1/orders/{id}")).await["state"], "shipped", "nothing confirmed");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn order_page_on_a_phone_has_large_enough_actions() {
    with_browser("orders-phone", Device::Phone, |ctx| async move {
        // Signed out, the orders list sends the buyer to sign in and back.
        ctx.goto("/orders?lang=en").await;
        ctx.wait_until(
            "the sign-in page with next=/orders",
            "location.pathname === '/signin' && new URLSearchParams(location.search).get('next') === '/orders'",
        )
        .await;
        let id = paid_order(&ctx, "phone@example.com").await;
        ctx.shop.advance_clock(2, 0).await;
        open_order(&ctx, id).await;
        ctx.wait_for_count("#action-confirm", 1).await;
        let small = ctx
            .js(
                "return [...document.querySelectorAll('.order-actions button, .order-actions a, .order-actions select, .back-link')]
                   .map(e => [e.className || e.tagName, e.getBoundingClientRect().height])
                   .filter(([, h]) => h < 44);",
            )
            .await;
        assert_eq!(small, json!([]), "controls under 44 px");
        let width = ctx.js("return document.documentElement.scrollWidth").await;
        assert!(width.as_f64().unwrap_or(0.0) <= 390.0, "no sideways scroll: {width}");
        // Above the bottom navigation bar, then a real tap.
        ctx.js("document.getElementById('action-confirm').scrollIntoView({block: 'center'})")
            .await;
        ctx.click("#action-confirm").await;
        ctx.wait_for_count("#confirm-dialog", 1).await;
        let small = ctx
            .js(
                "return [...document.querySelectorAll('#confirm-dialog button')]
                   .map(e => e.getBoundingClientRect().height).filter(h => h < 44);",
            )
            .await;
        assert_eq!(small, json!([]), "dialog buttons under 44 px");
        // Escape closes the dialog and focus returns to the button.
        ctx.js("document.getElementById('confirm-dialog').dispatchEvent(new KeyboardEvent('keydown', {key: 'Escape', bubbles: true}))").await;
        ctx.wait_until(
            "focus back on the confirm button",
            "!document.getElementById('confirm-dialog') && document.activeElement.id === 'action-confirm'",
        )
        .await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_declined_wallet_order_is_paid_again_by_card_from_the_order_page() {
    with_browser("orders-pay-again", Device::Desktop, |ctx| async move {
        let id = declined_wallet_order(&ctx, "payagain@example.com").await;
        assert_eq!(
            ctx.api_get(&format!("/api/v1/orders/{id}")).await["state"],
            "cancelled"
        );
        open_order(&ctx, id).await;
        ctx.wait_for_count("#pay-again", 1).await;
        assert_eq!(
            ctx.text_of("#pay-again-title").await,
            message("en", "order-pay-again-title")
        );
        let text = ctx.text_of("#pay-again p").await;
        assert!(text.starts_with("The payment was declined"), "{text}");
        // Nothing chosen yet: nothing to press.
        assert_eq!(ctx.count("#pay-again-submit[disabled]").await, 1);
        ctx.click("input[name=pay-again-method][value=card]").await;
        ctx.wait_for_count("#card-number", 1).await;
        let charge = ctx.text_of("#pay-again-charge").await;
        assert!(charge.starts_with("You will be charged $"), "{charge}");
        for (css, text) in [
            ("#card-number", "4242 4242 4242 4242"),
            ("#card-exp-month", "12"),
            ("#card-exp-year", "39"),
            ("#card-cvc", "123"),
            ("#card-holder", "ANN LEE"),
        ] {
            let el = ctx
                .client
                .find(fantoccini::Locator::Css(css))
                .await
                .unwrap_or_else(|e| panic!("no `{css}`: {e}"));
            el.send_keys(text).await.expect("typing");
        }
        ctx.click("#pay-again-submit").await;
        ctx.wait_for_count("[data-notice=order-done-paid]", 1).await;
        let o = ctx.api_get(&format!("/api/v1/orders/{id}")).await;
        assert_eq!(o["state"], "paid_held");
        assert_eq!(o["hold"]["state"], "held");
        assert_eq!(ctx.count("#pay-again").await, 0);
        assert_eq!(ctx.attr(".hold-card", "data-hold").await, "held");
    })
    .await;
}
