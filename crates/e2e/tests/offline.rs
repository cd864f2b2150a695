//! End-to-end: the service worker (public/sw.js, src/pwa.rs; issue 14, "Offline-capable
//! shell"). Offline is real: the server process is stopped. A new build is real too: the
//! server comes back at the same address serving a copy of the build with another build id.

use serde_json::{json, Value};
use std::time::{Duration, Instant};
use storefront_e2e::{with_browser, Ctx, Device, WAIT};

/// Waits until the promise `script` returns (a `return …` body) resolves to `true`.
async fn wait_js(ctx: &Ctx, what: &str, script: &str) {
    let deadline = Instant::now() + WAIT;
    while ctx.js(script).await != Value::Bool(true) {
        assert!(Instant::now() < deadline, "waited {WAIT:?} for {what}");
        tokio::time::sleep(Duration::from_millis(150)).await;
    }
}

/// The build id in a dist's sw.js (scripts/pwa/precache.py writes it).
fn build_id(sw: &str) -> String {
    let at = sw.find("\"build\":\"").map(|i| i + 9).unwrap_or(0);
    sw[at..].chars().take_while(|c| *c != '"').collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_visited_product_and_the_cart_open_offline_with_a_banner() {
    with_browser("offline", Device::Desktop, |ctx| async move {
        let page = ctx.shop.get_json("/api/v1/products?limit=20").await;
        let (id, sku, title) = {
            let mut found = None;
            for item in page["items"].as_array().cloned().unwrap_or_default() {
                let id = item["id"].as_i64().unwrap_or(0);
                let detail = ctx.shop.get_json(&format!("/api/v1/products/{id}")).await;
                let sku = detail["skus"].as_array().into_iter().flatten().find(|s| s["stock"].as_i64().unwrap_or(0) >= 2);
                if let Some(sku) = sku.and_then(|s| s["id"].as_i64()) {
                    found = Some((id, sku, detail["summary"]["title"].as_str().unwrap_or("").to_string()));
                    break;
                }
            }
            found.expect("a product in stock")
        };
        let product = format!("/p/{id}?sku={sku}");
        ctx.goto(&product).await;
        ctx.wait_for_count("button.add-to-cart:not([disabled])", 1).await;
        // The first visit: the worker takes over and keeps this page's HTML (with its data).
        wait_js(&ctx, "the worker to keep the page", "return caches.match(location.href).then(r => !!r)").await;
        ctx.click("button.add-to-cart").await;
        ctx.wait_until("the header count", "document.querySelector('.cart-count')?.innerText.trim() === '1'").await;
        ctx.goto("/cart").await;
        ctx.wait_for_count(".cart-line", 1).await;
        assert_eq!(ctx.count(".offline-banner").await, 0, "online: no banner");

        ctx.shop.stop().await;
        ctx.goto(&product).await;
        ctx.wait_until("the product page offline", "document.querySelector('#main .product-title') && !document.getElementById('sf-preview')").await;
        assert_eq!(ctx.text_of("#main .product-title").await, title);
        ctx.wait_for_count(".offline-banner", 1).await;
        assert!(ctx.text_of(".offline-banner").await.contains("offline"));

        ctx.goto("/cart").await;
        ctx.wait_for_count("#main .cart-line", 1).await;
        ctx.wait_for_count(".offline-banner", 1).await;
        let line = ctx.text_of("#main .cart-line").await;
        assert!(line.contains(&title), "the cart line names the product: {line}");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_new_build_while_a_tab_is_open_prompts_for_a_reload() {
    with_browser("new-build", Device::Phone, |ctx| async move {
        let dist = storefront_e2e::dist_dir();
        let sw = std::fs::read_to_string(dist.join("sw.js")).expect("the build has a sw.js");
        let old = build_id(&sw);
        assert_eq!(old.len(), 16, "a build id in sw.js");
        ctx.goto("/").await;
        ctx.wait_for_count("#main .product-card", 1).await;
        wait_js(
            &ctx,
            "the worker to control the page",
            &format!(
                "return navigator.serviceWorker.ready.then(() => caches.has({}))",
                json!(format!("sf-assets-{old}"))
            ),
        )
        .await;
        ctx.wait_until(
            "the worker controls the page",
            "navigator.serviceWorker.controller",
        )
        .await;

        // Deploy: the same files with another build id (a copy of dist, as a new build).
        let next = tempfile::tempdir().expect("temp dir");
        copy_dir(&dist, next.path());
        let new = "0123456789abcdef".to_string();
        std::fs::write(next.path().join("sw.js"), sw.replace(&old, &new)).expect("write sw.js");
        ctx.shop.restart(next.path()).await;

        // A navigation inside the app asks for the worker; the new one waits, the prompt shows.
        ctx.click("#main a[href^='/p/']").await;
        ctx.wait_for_count(".update-prompt", 1).await;
        assert_eq!(
            ctx.text_of(".update-prompt").await.replace('\n', " "),
            "New version available Reload"
        );
        // The open tab still works on its own build meanwhile.
        ctx.wait_for_count("#main .product-title", 1).await;

        ctx.click(".update-prompt-reload").await;
        wait_js(
            &ctx,
            "the new build's caches only",
            &format!(
                "return caches.keys().then(k => k.includes({}) && !k.includes({}))",
                json!(format!("sf-assets-{new}")),
                json!(format!("sf-assets-{old}"))
            ),
        )
        .await;
        ctx.wait_for_count("#main .product-title", 1).await;
        assert_eq!(
            ctx.count(".update-prompt").await,
            0,
            "after the reload: no prompt"
        );
    })
    .await;
}

fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    for entry in std::fs::read_dir(from).expect("read dist").flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            std::fs::create_dir_all(&target).expect("mkdir");
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}
