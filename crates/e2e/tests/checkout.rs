//! End-to-end: the cart and checkout (issue 4's acceptance tests). Each test runs its own
//! server (`--demo`) and browser.

use serde_json::{json, Value};
use storefront_e2e::{assert_adds_up, signed_in_buyer, with_browser, Ctx, Device};

/// Two SKUs in stock from two different sellers that can ship to the US together, each at
/// $15 or more (together they reach the `WELCOME5` coupon's $30 minimum).
async fn two_sellers(ctx: &Ctx) -> Vec<(i64, i64)> {
    let page = ctx.shop.get_json("/api/v1/products?limit=60").await;
    let mut picked: Vec<(i64, i64, i64)> = Vec::new(); // (seller, product, sku)
    let client = reqwest::Client::new();
    for item in page["items"].as_array().cloned().unwrap_or_default() {
        let (Some(id), Some(seller)) = (item["id"].as_i64(), item["seller_id"].as_i64()) else {
            continue;
        };
        if picked.iter().any(|p| p.0 == seller) || item["price"]["amount"].as_i64() < Some(1500) {
            continue;
        }
        let detail = ctx.shop.get_json(&format!("/api/v1/products/{id}")).await;
        let Some(sku) = detail["skus"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|s| s["stock"].as_i64().unwrap_or(0) >= 5)
            .and_then(|s| s["id"].as_i64())
        else {
            continue;
        };
        let mut lines: Vec<Value> = picked
            .iter()
            .map(|p| json!({"product_id": p.1, "sku_id": p.2, "quantity": 1}))
            .collect();
        lines.push(json!({"product_id": id, "sku_id": sku, "quantity": 1}));
        let quote: Value = client
            .post(ctx.shop.url("/api/v1/cart/quote"))
            .json(&json!({"lines": lines, "ship_to": "US"}))
            .send()
            .await
            .expect("quote")
            .json()
            .await
            .unwrap_or(Value::Null);
        if quote["ready"].as_bool() == Some(true) {
            picked.push((seller, id, sku));
        }
        if picked.len() == 2 {
            break;
        }
    }
    assert_eq!(
        picked.len(),
        2,
        "two sellers with stock that ship to the US"
    );
    picked.into_iter().map(|p| (p.1, p.2)).collect()
}

/// Adds a SKU on its product page with the buy box, as a buyer does.
async fn add_on_product_page(ctx: &Ctx, product: i64, sku: i64, expected_count: i64) {
    ctx.goto(&format!("/p/{product}?sku={sku}")).await;
    ctx.wait_for_count("button.add-to-cart:not([disabled])", 1)
        .await;
    ctx.click("button.add-to-cart").await;
    ctx.wait_until(
        "the header count",
        &format!("document.querySelector('.cart-count')?.innerText.trim() === '{expected_count}'"),
    )
    .await;
}

/// A fetch from the page (same cookie as the app), as JSON.
async fn page_fetch(ctx: &Ctx, method: &str, path: &str, body: Option<Value>) -> Value {
    let body = body.map(|b| b.to_string()).unwrap_or_default();
    let script = format!(
        "return fetch({path}, {{method: {method}, credentials: 'same-origin', headers: {{'Content-Type': 'application/json'}}{}}}).then(r => r.text()).then(t => {{ try {{ return JSON.parse(t); }} catch (e) {{ return null; }} }});",
        if body.is_empty() { String::new() } else { format!(", body: {}", json!(body)) },
        path = json!(path),
        method = json!(method),
    );
    ctx.js(&script).await
}

/// From the address step with a chosen address to the payment step.
async fn to_payment(ctx: &Ctx) {
    ctx.wait_for_count("input[name=address]:checked", 1).await;
    ctx.click("#checkout-continue").await;
    shipping_to_payment(ctx).await;
}

async fn shipping_to_payment(ctx: &Ctx) {
    ctx.wait_until("shipping step", "location.search.includes('step=shipping')")
        .await;
    ctx.wait_for_count(".shipping-select", 1).await;
    ctx.click(".checkout-step .button-primary").await;
    ctx.wait_until("payment step", "location.search.includes('step=payment')")
        .await;
    ctx.wait_for_count("input[name=payment-method]", 2).await;
}

async fn fill_card(ctx: &Ctx, number: &str) {
    ctx.fill("#card-number", number).await;
    ctx.fill("#card-exp-month", "12").await;
    ctx.fill("#card-exp-year", "39").await;
    ctx.fill("#card-cvc", "123").await;
    ctx.fill("#card-holder", "ANN BUYER").await;
}

async fn pay_to_review(ctx: &Ctx) {
    ctx.click(".checkout-step .button-primary").await;
    ctx.wait_until("review step", "location.search.includes('step=review')")
        .await;
    ctx.wait_for_count("#place-order:not([disabled])", 1).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_sellers_register_in_checkout_pay_by_card_two_paid_held_orders() {
    with_browser("checkout-card", Device::Desktop, |ctx| async move {
        let items = two_sellers(&ctx).await;
        add_on_product_page(&ctx, items[0].0, items[0].1, 1).await;
        add_on_product_page(&ctx, items[1].0, items[1].1, 2).await;
        ctx.goto("/cart").await;
        ctx.wait_for_count(".seller-group", 2).await;
        // A platform coupon: its share shows on each order of the review.
        ctx.fill("#coupon-input", "welcome5").await;
        ctx.click(".coupon-form button[type=submit]").await;
        ctx.wait_for_count(".coupon:not(.coupon-bad)", 1).await;
        ctx.wait_for_count(".checkout-button[aria-disabled=false]", 1).await;
        ctx.click(".checkout-button").await;
        ctx.wait_until("checkout", "location.pathname === '/checkout'").await;

        ctx.register_inline("card.buyer@example.com").await;
        // No address yet: the address form is shown inline.
        ctx.fill_address_form().await;
        // The form's own button is the step's one way on: no dead Continue beside it.
        assert_eq!(
            ctx.count("#checkout-continue").await,
            0,
            "no second Continue while the form is open"
        );
        let save = ctx.text_of(".address-new button[type=submit]").await;
        assert_eq!(save.trim(), "Save address and continue");
        ctx.click(".address-new button[type=submit]").await;
        shipping_to_payment(&ctx).await;
        ctx.wait_for_count("#card-number", 1).await;
        fill_card(&ctx, "4242 4242 4242 4242").await;
        assert!(
            ctx.text_of("#charge-statement").await.contains('$'),
            "the charge is stated before paying"
        );
        pay_to_review(&ctx).await;
        // Each order of the review: its lines + shipping − each coupon = its total.
        let blocks = ctx
            .money_rows(
                ".review-seller",
                "li, .review-shipping, .review-discount, .review-total",
            )
            .await;
        assert_eq!(blocks.len(), 2, "two orders reviewed");
        for rows in &blocks {
            assert_adds_up(rows);
            assert!(
                rows.iter().any(|r| r.0.contains("review-platform-discount") && r.1 < 0),
                "the coupon's share is shown: {rows:?}"
            );
        }
        ctx.click("#place-order").await;

        ctx.wait_until("confirmation", "location.pathname === '/checkout/complete'")
            .await;
        ctx.wait_for_count(".confirmation-order", 2).await;
        let numbers = ctx
            .js("return [...document.querySelectorAll('.confirmation-order .order-number')].map(e => e.innerText)")
            .await;
        let numbers: Vec<String> = numbers
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|v| v.as_str().map(String::from))
            .collect();
        assert_eq!(numbers.len(), 2, "two order numbers: {numbers:?}");
        assert!(numbers.iter().all(|n| n.starts_with("SF-")), "{numbers:?}");
        assert!(!ctx.text_of(".hold-explained").await.is_empty());

        let orders = page_fetch(&ctx, "GET", "/api/v1/orders", None).await;
        let states: Vec<String> = orders["items"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|o| o["state"].as_str().map(String::from))
            .collect();
        assert_eq!(states, vec!["paid_held", "paid_held"], "{orders}");
        // The order page: items + shipping − coupons = what was paid.
        let first = orders["items"][0]["id"].as_i64().expect("an order id");
        ctx.goto(&format!("/orders/{first}?lang=en")).await;
        ctx.wait_for_count(".order-totals-paid", 1).await;
        let rows = ctx
            .money_rows(".order-totals", ".summary-rows > div")
            .await
            .remove(0);
        assert!(
            rows.iter().any(|r| r.0.contains("order-totals-discount") && r.1 < 0),
            "the coupon is a line: {rows:?}"
        );
        assert_adds_up(&rows);
        let paid = ctx.text_of(".hold-ledger-paid dd").await;
        assert_eq!(
            storefront_e2e::shown_cents(&paid),
            rows.last().map(|r| r.1),
            "the hold card's total is the same"
        );
        ctx.wait_for_count(".order-ships-within", 1).await;
        assert!(!ctx.text_of(".order-delivery-estimate").await.is_empty());
        // The bought lines left the cart.
        ctx.wait_until(
            "an empty cart",
            "document.querySelector('.cart-count')?.innerText.trim() === '0'",
        )
        .await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_declined_card_says_why_and_keeps_the_cart() {
    with_browser("checkout-declined", Device::Desktop, |ctx| async move {
        let items = two_sellers(&ctx).await;
        add_on_product_page(&ctx, items[0].0, items[0].1, 1).await;
        signed_in_buyer(&ctx, "declined@example.com").await;
        ctx.goto("/checkout").await;
        to_payment(&ctx).await;
        fill_card(&ctx, "4000 0000 0000 0002").await;
        pay_to_review(&ctx).await;
        ctx.click("#place-order").await;
        ctx.wait_for_count(".place-outcome .notice-error", 1).await;
        let text = ctx.text_of(".place-outcome").await;
        assert!(
            text.contains("declined the card"),
            "localised reason: {text}"
        );
        assert!(text.contains("Nothing was charged"), "{text}");
        // The cart keeps its line (server cart after the sign-in merge) and the count.
        let cart = page_fetch(&ctx, "GET", "/api/v1/cart", None).await;
        assert_eq!(
            cart["request"]["lines"].as_array().map(Vec::len),
            Some(1),
            "{cart}"
        );
        assert_eq!(ctx.text_of(".cart-count").await.trim(), "1");
        // The card form keeps everything but the number.
        ctx.goto("/checkout?step=payment").await;
        ctx.wait_for_count("#card-holder", 1).await;
        let holder = ctx
            .js("return document.querySelector('#card-holder').value")
            .await;
        assert_eq!(
            holder.as_str(),
            Some("ANN BUYER"),
            "the draft keeps the holder"
        );
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_qiwi_payment_goes_through_the_provider_confirm_page() {
    with_browser("checkout-qiwi", Device::Desktop, |ctx| async move {
        let items = two_sellers(&ctx).await;
        add_on_product_page(&ctx, items[0].0, items[0].1, 1).await;
        signed_in_buyer(&ctx, "qiwi@example.com").await;
        ctx.goto("/checkout").await;
        to_payment(&ctx).await;
        ctx.click("input[name=payment-method][value=qiwi]").await;
        ctx.wait_for_count(".wallet-note", 1).await;
        assert!(
            ctx.text_of("#charge-statement").await.contains("RUB")
                || ctx.text_of("#charge-statement").await.contains('₽'),
            "QIWI charges roubles: {}",
            ctx.text_of("#charge-statement").await
        );
        pay_to_review(&ctx).await;
        ctx.click("#place-order").await;
        ctx.wait_until(
            "the provider page",
            "location.pathname.startsWith('/api/v1/test-provider/payments/')",
        )
        .await;
        ctx.click("form[action$='/confirm'] button").await;
        ctx.wait_until(
            "back at the shop",
            "location.pathname === '/checkout/complete'",
        )
        .await;
        ctx.wait_for_count(".confirmation-order", 1).await;
        let orders = page_fetch(&ctx, "GET", "/api/v1/orders", None).await;
        assert_eq!(orders["items"][0]["state"], "paid_held", "{orders}");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_cart_survives_a_reload_and_merges_into_the_server_cart_on_sign_in() {
    with_browser("cart-merge", Device::Desktop, |ctx| async move {
        let items = two_sellers(&ctx).await;
        let (product, sku) = items[0];
        // A buyer with this SKU (1 piece) already in their server cart.
        let api = reqwest::Client::new();
        let reg = api
            .post(ctx.shop.url("/api/v1/account/register"))
            .json(&json!({"email": "merge@example.com", "password": "correct horse battery", "name": "M"}))
            .send()
            .await
            .expect("register");
        let cookie = reg
            .headers()
            .get("set-cookie")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split(';').next())
            .map(String::from)
            .expect("session cookie");
        let put = api
            .put(ctx.shop.url("/api/v1/cart"))
            .header("Cookie", &cookie)
            .json(&json!({"lines": [{"product_id": product, "sku_id": sku, "quantity": 1}]}))
            .send()
            .await
            .expect("put cart");
        assert!(put.status().is_success());

        // Signed out: 2 pieces in the local cart, kept over a reload.
        add_on_product_page(&ctx, product, sku, 1).await;
        add_on_product_page(&ctx, product, sku, 2).await;
        ctx.goto("/cart").await;
        ctx.wait_for_count(".cart-line", 1).await;
        ctx.client.refresh().await.expect("reload");
        ctx.wait_for_count(".cart-line", 1).await;
        assert_eq!(ctx.text_of(".cart-count").await.trim(), "2");
        let qty = ctx.js("return document.querySelector('.cart-line .stepper-input').value").await;
        assert_eq!(qty.as_str(), Some("2"));

        // Sign in (checkout's inline panel): the lines are summed on the server.
        ctx.goto("/checkout").await;
        ctx.wait_for_count(".checkout-sign-in .auth-tab", 2).await;
        ctx.fill("#auth-email", "merge@example.com").await;
        ctx.fill("#auth-password", "correct horse battery").await;
        ctx.click(".auth-submit").await;
        ctx.wait_until(
            "the merged count",
            "document.querySelector('.cart-count')?.innerText.trim() === '3'",
        )
        .await;
        let cart = api
            .get(ctx.shop.url("/api/v1/cart"))
            .header("Cookie", &cookie)
            .send()
            .await
            .expect("get cart")
            .json::<Value>()
            .await
            .unwrap_or(Value::Null);
        assert_eq!(cart["request"]["lines"][0]["quantity"], 3, "{cart}");
        let local = ctx.js("return localStorage.getItem('storefront.cart')").await;
        assert!(local.is_null(), "local lines cleared after the merge: {local}");
        // Still right after a reload (signed in: the server cart).
        ctx.client.refresh().await.expect("reload");
        ctx.wait_until(
            "the count after reload",
            "document.querySelector('.cart-count')?.innerText.trim() === '3'",
        )
        .await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn phone_cart_page_groups_by_seller_with_touch_sized_controls() {
    with_browser("cart-phone", Device::Phone, |ctx| async move {
        let items = two_sellers(&ctx).await;
        ctx.goto("/").await;
        let lines: Vec<Value> = items
            .iter()
            .map(|(p, s)| json!({"product_id": p, "sku_id": s, "quantity": 1}))
            .collect();
        ctx.js(&format!(
            "localStorage.setItem('storefront.cart', {}); return true;",
            json!(Value::Array(lines).to_string())
        ))
        .await;
        ctx.goto("/cart").await;
        ctx.wait_for_count(".seller-group", 2).await;
        let visible = ctx
            .js("return [...document.querySelectorAll('.seller-group')].every(g => g.getBoundingClientRect().width > 300)")
            .await;
        assert_eq!(visible, Value::Bool(true), "seller groups span the phone's width");
        let small = ctx
            .js("return [...document.querySelectorAll('.cart button, .cart select, .cart input, .cart a.button')].filter(e => e.offsetParent !== null).map(e => [e.className || e.tagName, e.getBoundingClientRect().height, e.getBoundingClientRect().width]).filter(([, h, w]) => h < 44 || w < 44)")
            .await;
        assert_eq!(small, json!([]), "controls under 44 px");
        // The header cart button is a link to this page on phones (no drawer).
        assert_eq!(ctx.count(".cart-drawer").await, 0);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn desktop_drawer_traps_focus_and_escape_returns_it() {
    with_browser("cart-drawer", Device::Desktop, |ctx| async move {
        let items = two_sellers(&ctx).await;
        add_on_product_page(&ctx, items[0].0, items[0].1, 1).await;
        ctx.click("#header-cart").await;
        ctx.wait_for_count(".cart-drawer .cart-line", 1).await;
        assert_eq!(
            ctx.js("return location.pathname.startsWith('/p/')").await,
            Value::Bool(true),
            "the drawer opens over the page"
        );
        // Tab many times: focus never leaves the dialog.
        for _ in 0..30 {
            ctx.client
                .active_element()
                .await
                .expect("focused element")
                .send_keys("\u{E004}")
                .await
                .ok();
        }
        let inside = ctx
            .js("return document.querySelector('.cart-drawer').contains(document.activeElement)")
            .await;
        assert_eq!(inside, Value::Bool(true), "focus stays in the drawer");
        ctx.client
            .active_element()
            .await
            .expect("focused element")
            .send_keys("\u{E00C}")
            .await
            .expect("Escape");
        ctx.wait_until("closed", "!document.querySelector('.cart-drawer')")
            .await;
        let back = ctx.js("return document.activeElement?.id").await;
        assert_eq!(back.as_str(), Some("header-cart"));
    })
    .await;
}

/// Fails when the page scrolls sideways or is zoomed out to fit something too wide.
async fn assert_fits_phone(ctx: &Ctx, what: &str) {
    let m = ctx
        .js("return [document.documentElement.scrollWidth, document.documentElement.clientWidth, window.innerWidth, Math.abs(window.scrollX)]")
        .await;
    let n: Vec<i64> = m
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_i64)
        .collect();
    assert!(
        n.len() == 4 && n[0] <= n[1] && n[2] <= 390 && n[3] == 0,
        "{what}: [scrollWidth, clientWidth, innerWidth, scrollX] = {m}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn phone_card_checkout_fits_the_screen_in_english_and_arabic() {
    with_browser("checkout-phone-card", Device::Phone, |ctx| async move {
        let items = two_sellers(&ctx).await;
        ctx.goto("/?lang=en").await;
        let line = json!([{"product_id": items[0].0, "sku_id": items[0].1, "quantity": 1}]);
        ctx.js(&format!(
            "localStorage.setItem('storefront.cart', {}); return true;",
            json!(line.to_string())
        ))
        .await;
        signed_in_buyer(&ctx, "phone.card@example.com").await;
        for lang in ["en", "ar"] {
            ctx.goto(&format!("/checkout?lang={lang}")).await;
            ctx.wait_for_count("input[name=address]:checked", 1).await;
            assert_fits_phone(&ctx, &format!("{lang} address step")).await;
            ctx.click("#checkout-continue").await;
            shipping_to_payment(&ctx).await;
            assert_fits_phone(&ctx, &format!("{lang} shipping step")).await;
            ctx.wait_for_count("#card-number", 1).await;
            assert_fits_phone(&ctx, &format!("{lang} payment step")).await;
            // The three short fields and their labels sit apart, inside the screen.
            let overlaps = ctx
                .js("const ids = ['card-exp-month', 'card-exp-year', 'card-cvc']; \
                     const boxes = ids.flatMap(id => [document.getElementById(id), document.querySelector(`label[for=${id}]`)]) \
                       .map(e => e.getBoundingClientRect()); \
                     const out = []; \
                     boxes.forEach((a, i) => { if (a.left < 0 || a.right > innerWidth) out.push(`box ${i} outside`); \
                       boxes.forEach((b, j) => { if (j > i && a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) out.push(`${i} overlaps ${j}`); }); }); \
                     return out;")
                .await;
            assert_eq!(overlaps, json!([]), "{lang}: card fields overlap or leave the screen");
            fill_card(&ctx, "4242 4242 4242 4242").await;
            ctx.click("#card-cvc").await;
            assert_fits_phone(&ctx, &format!("{lang} with the CVC focused")).await;
            pay_to_review(&ctx).await;
            assert_fits_phone(&ctx, &format!("{lang} review step")).await;
        }
        // Arabic is right-to-left and the order goes through from the phone.
        assert_eq!(ctx.js("return document.documentElement.dir").await, json!("rtl"));
        ctx.click("#place-order").await;
        ctx.wait_until("confirmation", "location.pathname === '/checkout/complete'")
            .await;
        ctx.wait_for_count(".confirmation-order", 1).await;
        assert_fits_phone(&ctx, "ar confirmation").await;
    })
    .await;
}
