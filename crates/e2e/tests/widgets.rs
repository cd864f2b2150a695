//! End-to-end: widgets on a partner site (issue 8). A partner page is served from a second
//! origin (another port on 127.0.0.1) with the loader script from the shop's origin and three
//! widgets; the test checks what the partner's visitor sees and what the shop records.

use fantoccini::elements::{Element, ElementRef};
use fantoccini::Locator;
use serde_json::{json, Value};
use std::io::{Read, Write};
use std::net::TcpListener;
use std::time::{Duration, Instant};
use storefront_e2e::{with_browser, Ctx, Device, WAIT};

const PARTNER: &str = "blog-42";

/// Serves `html` for every request on a new 127.0.0.1 port (the partner's site); its origin.
fn partner_site(html: String) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("partner port");
    let origin = format!("http://{}", listener.local_addr().expect("partner address"));
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let mut request = Vec::new();
            let mut buf = [0u8; 1024];
            while !request.windows(4).any(|w| w == b"\r\n\r\n") {
                match stream.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => request.extend_from_slice(&buf[..n]),
                }
            }
            let head = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n",
                html.len()
            );
            let _ = stream.write_all(head.as_bytes());
            let _ = stream.write_all(html.as_bytes());
        }
    });
    origin
}

/// Products with a SKU in stock that ship to the US; the first has options and a second SKU in
/// stock (returned with it: the variant the widget test chooses).
async fn shippable(ctx: &Ctx, n: usize) -> (Vec<i64>, i64) {
    let page = ctx.shop.get_json("/api/v1/products?limit=40").await;
    let client = reqwest::Client::new();
    let mut out = Vec::new();
    let mut variant = None;
    for item in page["items"].as_array().cloned().unwrap_or_default() {
        let Some(id) = item["id"].as_i64() else {
            continue;
        };
        let detail = ctx.shop.get_json(&format!("/api/v1/products/{id}")).await;
        let in_stock: Vec<i64> = detail["skus"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|s| s["stock"].as_i64().unwrap_or(0) >= 1)
            .filter_map(|s| s["id"].as_i64())
            .collect();
        let has_options = detail["options"].as_array().is_some_and(|o| !o.is_empty());
        // The first product is one to choose a variant of (its second SKU in stock).
        let sku = match (variant, has_options, in_stock.get(1)) {
            (None, true, Some(second)) => *second,
            (None, _, _) => continue,
            (Some(_), _, _) => match in_stock.first() {
                Some(s) => *s,
                None => continue,
            },
        };
        let quote: Value = client
            .post(ctx.shop.url("/api/v1/cart/quote"))
            .json(&json!({"lines": [{"product_id": id, "sku_id": sku, "quantity": 1}], "ship_to": "US"}))
            .send()
            .await
            .expect("quote")
            .json()
            .await
            .unwrap_or(Value::Null);
        if quote["ready"].as_bool() == Some(true) {
            if variant.is_none() {
                variant = Some(sku);
            }
            out.push(id);
        }
        if let (true, Some(v)) = (out.len() == n, variant) {
            return (out, v);
        }
    }
    panic!("{n} products that ship to the US, the first with variants");
}

/// The iframe the loader put into `host`'s shadow root.
async fn frame_of(ctx: &Ctx, host: &str) -> Element {
    let script = format!(
        "const h = document.querySelector({}); return h && h.shadowRoot ? h.shadowRoot.querySelector('iframe') : null;",
        json!(host)
    );
    let deadline = Instant::now() + WAIT;
    loop {
        let value = ctx.js(&script).await;
        if let Some(id) = value
            .as_object()
            .and_then(|o| o.values().next())
            .and_then(|v| v.as_str())
        {
            return Element::from_element_id(ctx.client.clone(), ElementRef::from(id.to_string()));
        }
        assert!(Instant::now() < deadline, "no widget iframe in {host}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Runs `check` inside the widget frame of `host`, then returns to the partner page.
async fn in_frame<T>(ctx: &Ctx, host: &str, check: impl AsyncFnOnce(&Ctx) -> T) -> T {
    let frame = frame_of(ctx, host).await;
    frame.enter_frame().await.expect("enter the widget frame");
    let out = check(ctx).await;
    ctx.client
        .enter_parent_frame()
        .await
        .expect("back to the partner page");
    out
}

/// The frame is as tall as its content (no inner scrollbar), once the height reports settled.
async fn sized_to_content(ctx: &Ctx, host: &str) -> f64 {
    // As a visitor scrolls to it (browsers pause rendering in frames far off screen).
    ctx.js(&format!(
        "document.querySelector({}).scrollIntoView({{block: 'center'}}); return true;",
        json!(host)
    ))
    .await;
    in_frame(ctx, host, async |ctx: &Ctx| {
        let deadline = Instant::now() + WAIT;
        loop {
            let m = ctx
                .js("const r = document.querySelector('.embed-root'); const d = document.documentElement; \
                     return [!!(r && r.querySelector('.embed-card, .embed-collection, .embed-buy-only')), \
                     r ? r.getBoundingClientRect().height : -1, window.innerHeight, d.scrollHeight, d.clientHeight, d.scrollWidth, d.clientWidth];")
                .await;
            let v: Vec<f64> = m
                .as_array()
                .into_iter()
                .flatten()
                .skip(1)
                .filter_map(Value::as_f64)
                .collect();
            let settled = m[0] == json!(true) && (v[1] - v[0].ceil()).abs() <= 1.0;
            if settled {
                assert!(v[2] <= v[3], "{host}: no vertical scrollbar inside the frame: {m}");
                assert!(v[4] <= v[5], "{host}: no horizontal overflow inside the frame: {m}");
                return v[1];
            }
            assert!(
                Instant::now() < deadline,
                "{host}: the frame's height never matched its content: [content?, root, innerHeight, scrollHeight, clientHeight, scrollWidth, clientWidth] = {m}"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    })
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn partner_page_widgets_render_size_themselves_and_buying_credits_the_partner() {
    with_browser("widgets-partner", Device::Desktop, |ctx| async move {
        let (ids, variant) = shippable(&ctx, 3).await;
        let shop = ctx.shop.base.clone();
        let html = format!(
            r#"<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Partner blog</title>
<style>iframe {{ height: 5px !important; border: 9px solid red !important; }} .embed-card {{ display: none !important; }}</style>
<script>window.__warns = []; const w = console.warn; console.warn = function () {{ window.__warns.push([...arguments].join(' ')); w.apply(console, arguments); }};</script>
</head><body>
<h1>Deals of the week</h1>
<div id="w-en" data-storefront="product" data-product="{a}" data-partner="{PARTNER}"></div>
<div id="w-ru" data-storefront="product" data-product="{b}" data-locale="ru" data-currency="RUB" data-theme="dark" data-partner="{PARTNER}"></div>
<div id="w-col" data-storefront="collection" data-ids="{a},{b},{c}" data-limit="3" data-layout="grid" data-theme="neon" data-partner="{PARTNER}"></div>
<script async src="{shop}/embed.js"></script>
</body></html>"#,
            a = ids[0],
            b = ids[1],
            c = ids[2],
        );
        let partner = partner_site(html);
        assert_ne!(partner, shop, "two origins");
        ctx.client.goto(&partner).await.expect("open the partner page");

        // They render: the English/USD card, the Russian/RUB card, the collection.
        let en = in_frame(&ctx, "#w-en", async |ctx: &Ctx| {
            ctx.wait_for_count(".embed-card .embed-buy", 1).await;
            ctx.text_of(".embed-card").await
        })
        .await;
        assert!(en.contains('$') && en.contains("Buy now"), "English card: {en}");
        let ru = in_frame(&ctx, "#w-ru", async |ctx: &Ctx| {
            ctx.wait_for_count(".embed-card .embed-buy", 1).await;
            let theme = ctx.js("return document.documentElement.className").await;
            assert_eq!(theme, json!("embed theme-dark"));
            ctx.text_of(".embed-card").await
        })
        .await;
        assert!(ru.contains('₽'), "roubles: {ru}");
        assert!(ru.contains("Купить"), "Russian: {ru}");
        assert!(!ru.contains('$'), "no dollars in the RUB widget: {ru}");
        let items = in_frame(&ctx, "#w-col", async |ctx: &Ctx| {
            ctx.wait_for_count(".embed-collection .embed-item", 3).await;
            ctx.js("return document.documentElement.className").await
        })
        .await;
        // `data-theme="neon"` is malformed: the default theme and a console warning.
        assert_eq!(items, json!("embed theme-light"));
        let warns = ctx.js("return window.__warns").await.to_string();
        assert!(warns.contains("theme"), "a warning about the theme: {warns}");

        // Each frame takes its content's height; the partner's CSS does not reach in.
        for host in ["#w-en", "#w-ru", "#w-col"] {
            let inner = sized_to_content(&ctx, host).await;
            let outer = ctx
                .js(&format!(
                    "const f = document.querySelector('{host}').shadowRoot.querySelector('iframe'); const r = f.getBoundingClientRect(); return [r.height, getComputedStyle(f).borderTopWidth, f.title];"
                ))
                .await;
            assert_eq!(outer[0].as_f64(), Some(inner), "{host}: {outer}");
            assert!(inner > 50.0, "{host}: {outer}");
            assert_eq!(outer[1], json!("0px"), "{host}: {outer}");
            assert!(!outer[2].as_str().unwrap_or("").is_empty(), "{host}: a title");
        }
        let ru_title = ctx
            .js("return document.querySelector('#w-ru').shadowRoot.querySelector('iframe').title")
            .await;
        assert_eq!(ru_title, json!("Товар из Storefront"));

        // A widget added after load (a custom element, and a data element) renders too.
        ctx.js(&format!(
            "const e = document.createElement('storefront-buy'); e.id = 'w-late'; e.setAttribute('product', '{}'); e.setAttribute('locale', 'de'); document.body.append(e); \
             const d = document.createElement('div'); d.id = 'w-late-div'; d.dataset.storefront = 'product'; d.dataset.product = '999999999'; document.body.append(d); return true;",
            ids[2]
        ))
        .await;
        let late = in_frame(&ctx, "#w-late", async |ctx: &Ctx| {
            ctx.wait_for_count(".embed-buy-only .embed-buy", 1).await;
            ctx.text_of(".embed-buy").await
        })
        .await;
        assert!(late.contains("kaufen"), "German buy button: {late}");
        sized_to_content(&ctx, "#w-late").await;
        // An unknown product: a small "not available" note, not a broken frame.
        let gone = in_frame(&ctx, "#w-late-div", async |ctx: &Ctx| {
            ctx.wait_for_count(".embed-unavailable", 1).await;
            ctx.text_of(".embed-unavailable").await
        })
        .await;
        assert!(gone.contains("not available"), "{gone}");

        // Buy opens the shop in a new tab with the item in the cart.
        let partner_window = ctx.client.window().await.expect("window");
        let before = ctx.client.windows().await.expect("windows").len();
        let frame = frame_of(&ctx, "#w-en").await;
        frame.enter_frame().await.expect("enter the frame");
        let rel = ctx.js("return document.querySelector('.embed-buy').rel").await;
        assert_eq!(rel, json!("noopener"));
        // The product has options: the buyer chooses a variant (not the first) in the widget.
        ctx.wait_for_count(".embed-variant-select", 1).await;
        ctx.js(&format!(
            "const s = document.querySelector('.embed-variant-select'); s.value = '{variant}'; s.dispatchEvent(new Event('change', {{bubbles: true}})); return true;"
        ))
        .await;
        ctx.wait_until(
            "the buy link carries the variant",
            &format!("document.querySelector('.embed-card .embed-buy').href.includes('sku={variant}')"),
        )
        .await;
        ctx.click(".embed-card .embed-buy").await;
        ctx.client.enter_parent_frame().await.expect("back");
        let deadline = Instant::now() + WAIT;
        let shop_window = loop {
            let all = ctx.client.windows().await.expect("windows");
            if all.len() > before {
                break all
                    .into_iter()
                    .find(|w| *w != partner_window)
                    .expect("the new window");
            }
            assert!(Instant::now() < deadline, "no new window after buy");
            tokio::time::sleep(Duration::from_millis(100)).await;
        };
        ctx.client
            .switch_to_window(shop_window)
            .await
            .expect("switch to the shop");
        ctx.wait_until("the cart", "location.pathname === '/cart'").await;
        assert!(ctx
            .js("return location.origin")
            .await
            .as_str()
            .is_some_and(|o| o == shop));
        ctx.wait_until(
            "one item in the cart",
            "document.querySelector('.cart-count')?.innerText.trim() === '1'",
        )
        .await;
        let remembered = ctx
            .js("return localStorage.getItem('storefront.partner')")
            .await;
        assert_eq!(remembered, json!(PARTNER));
        // The variant chosen in the widget is the one in the cart.
        let lines = ctx
            .js("return JSON.parse(localStorage.getItem('storefront.cart') || '[]')")
            .await;
        assert_eq!(lines[0]["sku_id"], json!(variant), "{lines}");

        // Placing the order from there records the partner on it.
        ctx.wait_for_count(".checkout-button[aria-disabled=false]", 1)
            .await;
        ctx.click(".checkout-button").await;
        ctx.wait_until("checkout", "location.pathname === '/checkout'")
            .await;
        ctx.register_inline("widget.buyer@example.com").await;
        ctx.fill_address_form().await;
        // Saving the address is the step's way on to shipping.
        ctx.click(".address-new button[type=submit]").await;
        ctx.wait_until("shipping step", "location.search.includes('step=shipping')")
            .await;
        ctx.wait_for_count(".shipping-select", 1).await;
        ctx.click(".checkout-step .button-primary").await;
        ctx.wait_until("payment step", "location.search.includes('step=payment')")
            .await;
        ctx.wait_for_count("#card-number", 1).await;
        ctx.fill("#card-number", "4242 4242 4242 4242").await;
        ctx.fill("#card-exp-month", "12").await;
        ctx.fill("#card-exp-year", "39").await;
        ctx.fill("#card-cvc", "123").await;
        ctx.fill("#card-holder", "ANN BUYER").await;
        ctx.click(".checkout-step .button-primary").await;
        ctx.wait_until("review step", "location.search.includes('step=review')")
            .await;
        ctx.wait_for_count("#place-order:not([disabled])", 1).await;
        ctx.click("#place-order").await;
        ctx.wait_until("confirmation", "location.pathname === '/checkout/complete'")
            .await;
        ctx.wait_for_count(".confirmation-order", 1).await;

        let report = ctx
            .shop
            .operator_json(&format!("/partners/{PARTNER}/orders"))
            .await;
        let orders = report.as_array().cloned().unwrap_or_default();
        assert_eq!(orders.len(), 1, "one order credited to the partner: {report}");
        assert_eq!(orders[0]["state"], "paid_held", "{report}");
        assert_eq!(orders[0]["item_count"], 1, "{report}");
        // The partner is forgotten once credited.
        let after = ctx
            .js("return localStorage.getItem('storefront.partner')")
            .await;
        assert_eq!(after, Value::Null);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn only_embed_routes_may_be_framed() {
    with_browser("widgets-framing", Device::Phone, |ctx| async move {
        let client = reqwest::Client::new();
        let get = |path: &str| client.get(ctx.shop.url(path)).send();
        let page = get("/p/1").await.expect("product page");
        let csp = page
            .headers()
            .get("content-security-policy")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_string();
        assert!(csp.contains("frame-ancestors 'none'"), "{csp}");
        assert_eq!(
            page.headers()
                .get("x-frame-options")
                .and_then(|v| v.to_str().ok()),
            Some("DENY")
        );
        let embed = get("/embed/product/1").await.expect("embed page");
        let csp = embed
            .headers()
            .get("content-security-policy")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_string();
        assert!(csp.contains("frame-ancestors *"), "{csp}");
        assert!(embed.headers().get("x-frame-options").is_none());

        // In the browser: a partner page framing the product page gets nothing from it, while
        // a widget frame next to it loads.
        let shop = ctx.shop.base.clone();
        let partner = partner_site(format!(
            r#"<!DOCTYPE html><html><head><meta charset="utf-8"><title>Partner</title></head><body>
<iframe id="shop-page" src="{shop}/p/1" title="shop page" style="width:100%;height:300px"></iframe>
<div id="w" data-storefront="buy" data-product="1"></div>
<script async src="{shop}/embed.js"></script></body></html>"#
        ));
        ctx.client.goto(&partner).await.expect("partner page");
        in_frame(&ctx, "#w", async |ctx: &Ctx| {
            ctx.wait_for_count(".embed-buy-only .embed-buy, .embed-unavailable", 1)
                .await;
        })
        .await;
        let page_frame = ctx
            .client
            .find(Locator::Css("#shop-page"))
            .await
            .expect("the framed product page");
        // A blocked frame shows the browser's error page (or cannot be scripted at all): none
        // of the shop's app is in it.
        tokio::time::sleep(Duration::from_secs(2)).await;
        if page_frame.enter_frame().await.is_ok() {
            let inside = ctx
                .client
                .execute(
                    "return !!document.querySelector('#main, .page-product, header')",
                    vec![],
                )
                .await
                .unwrap_or(Value::Bool(false));
            assert_ne!(
                inside,
                json!(true),
                "the product page rendered inside a frame"
            );
            ctx.client.enter_parent_frame().await.expect("back");
        }
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn partners_build_a_widget_see_it_live_and_copy_the_snippet() {
    with_browser("widgets-builder", Device::Phone, |ctx| async move {
        ctx.goto("/partners/widgets").await;
        ctx.wait_for_count(".partners-frame", 1).await;
        // The live preview is the real widget, sized by its height messages.
        let frame = ctx
            .client
            .find(Locator::Css(".partners-frame"))
            .await
            .expect("preview frame");
        frame.enter_frame().await.expect("enter the preview");
        ctx.wait_for_count(".embed-card .embed-buy", 1).await;
        ctx.client.enter_parent_frame().await.expect("back");
        ctx.wait_until(
            "the preview to take its content's height",
            "(() => { const f = document.querySelector('.partners-frame'); return f.style.height !== '' && Math.abs(f.getBoundingClientRect().height - parseFloat(f.style.height)) < 1; })()",
        )
        .await;

        // Options change the snippet.
        ctx.js("const s = document.querySelector('#w-theme'); s.value = 'dark'; s.dispatchEvent(new Event('change', {bubbles: true})); \
                const l = document.querySelector('#w-locale'); l.value = 'ru'; l.dispatchEvent(new Event('change', {bubbles: true})); return true;")
            .await;
        ctx.fill("#w-partner", "blog-42").await;
        let snippet = ctx
            .wait_until(
                "the snippet to follow the options",
                "(() => { const v = document.querySelector('#w-snippet').value; return v.includes('data-partner=\"blog-42\"') && v.includes('data-theme=\"dark\"') ? v : ''; })()",
            )
            .await;
        let snippet = snippet.as_str().unwrap_or("").to_string();
        assert!(snippet.contains("/embed.js\"></script>"), "{snippet}");
        assert!(snippet.contains("data-storefront=\"product\""), "{snippet}");
        assert!(snippet.contains("data-locale=\"ru\""), "{snippet}");
        let src = ctx
            .js("return document.querySelector('.partners-frame').getAttribute('src')")
            .await;
        assert!(
            src.as_str().is_some_and(|s| s.contains("theme=dark") && s.contains("partner=blog-42")),
            "{src}"
        );
        // A malformed partner id is told, and left out of the snippet.
        ctx.fill("#w-partner", "no spaces please").await;
        ctx.wait_until(
            "the partner id error",
            "document.querySelector('#w-partner').getAttribute('aria-invalid') === 'true' && document.querySelector('#w-partner-error').innerText.trim() !== ''",
        )
        .await;
        let snippet = ctx.js("return document.querySelector('#w-snippet').value").await;
        assert!(!snippet.as_str().unwrap_or("").contains("data-partner"), "{snippet}");

        // Copy: the clipboard, or the snippet selected with a note when copying is refused.
        ctx.js("document.querySelector('.partners-copy button').scrollIntoView({block: 'center'}); return true;")
            .await;
        ctx.click(".partners-copy button").await;
        ctx.wait_until(
            "the copy status",
            "document.querySelector('.partners-copy-status').innerText.trim() !== ''",
        )
        .await;
        // Touch-sized controls at 390 px.
        let small = ctx
            .js("return [...document.querySelectorAll('.partners-form select, .partners-form input, .partners-copy button')].filter(e => e.getBoundingClientRect().height < 44).map(e => e.id || e.className)")
            .await;
        assert_eq!(small, json!([]), "controls under 44 px");
        let overflow = ctx
            .js("return document.documentElement.scrollWidth <= window.innerWidth")
            .await;
        assert_eq!(overflow, json!(true), "no sideways scrolling at 390 px");
    })
    .await;
}

/// The first `n` products of the catalogue: (id, title).
async fn some_products(ctx: &Ctx, n: usize) -> Vec<(i64, String)> {
    let page = ctx
        .shop
        .get_json(&format!("/api/v1/products?limit={n}&lang=en"))
        .await;
    let out: Vec<(i64, String)> = page["items"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|p| Some((p["id"].as_i64()?, p["title"].as_str()?.to_string())))
        .collect();
    assert_eq!(out.len(), n, "{page}");
    out
}

/// A partner page on `host` (`127.0.0.1`, the shop's own site, or `localhost`, another site)
/// with the given widget elements and the shop's loader.
fn partner_page(ctx: &Ctx, host: &str, widgets: &str) -> String {
    let shop = ctx.shop.base.clone();
    let origin = partner_site(format!(
        r#"<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Partner blog</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head><body>
<h1>Deals</h1>{widgets}<script async src="{shop}/embed.js"></script></body></html>"#
    ));
    origin.replacen("127.0.0.1", host, 1)
}

/// The heart of a widget frame once it knows whether the buyer's session reached the frame:
/// `[data-account, aria-pressed, aria-label, tag]`.
async fn heart_state(ctx: &Ctx, account: &str) -> Value {
    let css = format!(".embed-heart[data-account='{account}']");
    ctx.wait_for_count(&css, 1).await;
    ctx.js(&format!(
        "const b = document.querySelector({}); return [b.dataset.account, b.getAttribute('aria-pressed'), b.getAttribute('aria-label'), b.tagName];",
        json!(css)
    ))
    .await
}

/// Clicks the heart inside the widget frame of `host` and returns the new window it opened.
async fn heart_opens_a_window(ctx: &Ctx, host: &str) -> fantoccini::wd::WindowHandle {
    let partner_window = ctx.client.window().await.expect("window");
    let before = ctx.client.windows().await.expect("windows");
    in_frame(ctx, host, async |ctx: &Ctx| ctx.click(".embed-heart").await).await;
    let deadline = Instant::now() + WAIT;
    loop {
        let all = ctx.client.windows().await.expect("windows");
        if let Some(w) = all
            .into_iter()
            .find(|w| *w != partner_window && !before.contains(w))
        {
            return w;
        }
        assert!(Instant::now() < deadline, "no new window after the heart");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// In the shop tab the heart opened: the product page of `id`, asked for with the wish list
/// intent and the partner, which keeps the product (the page's heart pressed) and takes the
/// intent out of the address.
async fn shop_keeps_the_wish(ctx: &Ctx, id: i64) {
    ctx.wait_until(
        "the product page",
        &format!("location.pathname === '/p/{id}'"),
    )
    .await;
    let asked = ctx
        .js("return performance.getEntriesByType('navigation')[0].name")
        .await;
    let asked = asked.as_str().unwrap_or("");
    assert!(
        asked.contains("wish=1") && asked.contains(&format!("partner={PARTNER}")),
        "the heart's link: {asked}"
    );
    ctx.wait_until(
        "the product page's heart pressed",
        "document.querySelector('.product-heart')?.getAttribute('aria-pressed') === 'true'",
    )
    .await;
    ctx.wait_until(
        "the intent out of the address",
        "!location.search.includes('wish') && !location.search.includes('partner')",
    )
    .await;
    let remembered = ctx
        .js("return localStorage.getItem('storefront.partner')")
        .await;
    assert_eq!(
        remembered,
        json!(PARTNER),
        "the partner is kept for the order"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn widget_heart_signed_out_opens_the_shop_which_keeps_it() {
    with_browser("widgets-heart-out", Device::Phone, |ctx| async move {
        let products = some_products(&ctx, 2).await;
        let ((a, title_a), (b, _)) = (products[0].clone(), products[1].clone());
        let partner = partner_page(
            &ctx,
            "127.0.0.1",
            &format!(
                r#"<div id="w-en" data-storefront="product" data-product="{a}" data-partner="{PARTNER}"></div>
<div id="w-ar" data-storefront="product" data-product="{b}" data-locale="ar" data-partner="{PARTNER}"></div>"#
            ),
        );
        ctx.client.goto(&partner).await.expect("open the partner page");

        // Signed out: a real toggle button, not pressed, saying what it does and where.
        for (host, label) in [
            ("#w-en", "Add to wish list (opens the shop in a new tab)"),
            ("#w-ar", "أضف إلى المفضلة (يفتح المتجر في علامة تبويب جديدة)"),
        ] {
            sized_to_content(&ctx, host).await;
            let (state, geometry) = in_frame(&ctx, host, async |ctx: &Ctx| {
                let state = heart_state(ctx, "signed-out").await;
                // At 390 px: a 44 px target inside the card's image corner (the end side: the
                // left in Arabic), nothing wider than the frame.
                let geometry = ctx
                    .js("const h = document.querySelector('.embed-heart').getBoundingClientRect(); \
                         const c = document.querySelector('.embed-card').getBoundingClientRect(); \
                         const m = document.querySelector('.embed-media').getBoundingClientRect(); \
                         const d = document.documentElement; \
                         return {w: h.width, h: h.height, inCard: h.left >= c.left && h.right <= c.right && h.top >= c.top && h.bottom <= c.bottom, \
                                 onImage: h.left >= m.left && h.right <= m.right && h.top >= m.top && h.bottom <= m.bottom, \
                                 endSide: d.dir === 'rtl' ? h.left - m.left < m.right - h.right : m.right - h.right < h.left - m.left, \
                                 dir: d.dir, fits: d.scrollWidth <= d.clientWidth, frame: window.innerWidth};")
                    .await;
                (state, geometry)
            })
            .await;
            assert_eq!(state, json!(["signed-out", "false", label, "BUTTON"]), "{host}");
            assert!(
                geometry["w"].as_f64() >= Some(44.0) && geometry["h"].as_f64() >= Some(44.0),
                "{host}: a 44 px target: {geometry}"
            );
            for k in ["inCard", "onImage", "endSide", "fits"] {
                assert_eq!(geometry[k], json!(true), "{host}: {k}: {geometry}");
            }
            assert!(geometry["frame"].as_f64() <= Some(390.0), "{geometry}");
        }
        let dir = in_frame(&ctx, "#w-ar", async |ctx: &Ctx| {
            ctx.js("return document.documentElement.dir").await
        })
        .await;
        assert_eq!(dir, json!("rtl"));

        // Pressing it opens the shop's product page, which keeps the product on the (local)
        // wish list.
        let shop_window = heart_opens_a_window(&ctx, "#w-en").await;
        ctx.client
            .switch_to_window(shop_window)
            .await
            .expect("switch to the shop");
        shop_keeps_the_wish(&ctx, a).await;
        ctx.goto("/wishlist?lang=en").await;
        ctx.wait_for_count(&format!(".wishlist-item[data-product='{a}']"), 1)
            .await;
        let shown = ctx
            .text_of(&format!(".wishlist-item[data-product='{a}']"))
            .await;
        assert!(shown.contains(&title_a), "{shown}");
        // Once: the page again (a reload of the cleaned address) keeps it on the list.
        ctx.goto(&format!("/p/{a}?lang=en")).await;
        ctx.wait_until(
            "the heart still pressed",
            "document.querySelector('.product-heart')?.getAttribute('aria-pressed') === 'true'",
        )
        .await;
        let stored = ctx
            .js("return JSON.parse(localStorage.getItem('storefront.wishlist') || '[]').map(w => w.product_id)")
            .await;
        assert_eq!(stored, json!([a]));
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn widget_heart_signed_in_toggles_the_account_list_where_the_cookie_reaches() {
    with_browser("widgets-heart-in", Device::Desktop, |ctx| async move {
        let products = some_products(&ctx, 2).await;
        let ((a, title_a), (b, title_b)) = (products[0].clone(), products[1].clone());
        ctx.goto("/?lang=en").await;
        let registered = ctx
            .js("return fetch('/api/v1/account/register', {method: 'POST', headers: {'Content-Type': 'application/json'}, \
                 body: JSON.stringify({email: 'hearts.widget@example.com', password: 'correct horse battery', name: 'Ann Lee'})}).then(r => r.status)")
            .await;
        assert_eq!(registered.as_i64().map(|s| s / 100), Some(2), "{registered}");

        // A partner page on the shop's own site (another port of 127.0.0.1): the session
        // cookie (SameSite=Lax) reaches the widget frame, so the heart toggles the account's list.
        let same_site = partner_page(
            &ctx,
            "127.0.0.1",
            &format!(r#"<div id="w" data-storefront="product" data-product="{a}" data-partner="{PARTNER}"></div>"#),
        );
        ctx.client.goto(&same_site).await.expect("partner page");
        let state = in_frame(&ctx, "#w", async |ctx: &Ctx| {
            let state = heart_state(ctx, "signed-in").await;
            ctx.click(".embed-heart").await;
            ctx.wait_until(
                "the heart pressed and saved",
                "(() => { const b = document.querySelector('.embed-heart'); return b.getAttribute('aria-pressed') === 'true' && !b.hasAttribute('aria-busy') && b.getAttribute('aria-label') === 'Remove from wish list'; })()",
            )
            .await;
            state
        })
        .await;
        assert_eq!(state, json!(["signed-in", "false", "Add to wish list", "BUTTON"]));
        ctx.goto("/wishlist?lang=en").await;
        ctx.wait_for_count(&format!(".wishlist-item[data-product='{a}']"), 1)
            .await;
        let shown = ctx
            .text_of(&format!(".wishlist-item[data-product='{a}']"))
            .await;
        assert!(shown.contains(&title_a), "{shown}");

        // Again in the widget: shown pressed (the account's list), and pressing takes it off.
        ctx.client.goto(&same_site).await.expect("partner page");
        in_frame(&ctx, "#w", async |ctx: &Ctx| {
            let state = heart_state(ctx, "signed-in").await;
            assert_eq!(state[1], json!("true"), "{state}");
            ctx.click(".embed-heart").await;
            ctx.wait_until(
                "the heart released and saved",
                "(() => { const b = document.querySelector('.embed-heart'); return b.getAttribute('aria-pressed') === 'false' && !b.hasAttribute('aria-busy'); })()",
            )
            .await;
        })
        .await;
        ctx.goto("/wishlist?lang=en").await;
        ctx.wait_for_count(".empty-panel", 1).await;

        // A partner on another site (localhost): the Lax cookie stays out of the frame, so the
        // widget counts the buyer as signed out and the heart goes through the shop, where the
        // buyer is signed in: the product lands on the account's list.
        let other_site = partner_page(
            &ctx,
            "localhost",
            &format!(r#"<div id="w" data-storefront="product" data-product="{b}" data-partner="{PARTNER}"></div>"#),
        );
        ctx.client.goto(&other_site).await.expect("partner page on another site");
        let state = in_frame(&ctx, "#w", async |ctx: &Ctx| heart_state(ctx, "signed-out").await).await;
        assert_eq!(state[1], json!("false"), "{state}");
        let shop_window = heart_opens_a_window(&ctx, "#w").await;
        ctx.client
            .switch_to_window(shop_window)
            .await
            .expect("switch to the shop");
        shop_keeps_the_wish(&ctx, b).await;
        ctx.goto("/wishlist?lang=en").await;
        ctx.wait_for_count(&format!(".wishlist-item[data-product='{b}']"), 1)
            .await;
        let shown = ctx
            .text_of(&format!(".wishlist-item[data-product='{b}']"))
            .await;
        assert!(shown.contains(&title_b), "{shown}");
        // On the account's list, not only in this browser.
        let ids = ctx
            .js("return fetch('/api/v1/wishlist/ids').then(r => r.json()).then(j => j.product_ids)")
            .await;
        assert_eq!(ids, json!([b]));
        assert_eq!(
            ctx.js("return localStorage.getItem('storefront.wishlist')").await,
            Value::Null
        );
    })
    .await;
}
