//! Lean delivery (issue 14) in the browser: a route fetches a few wasm files, not hundreds.

use storefront_e2e::{with_browser, Device};

/// A product and one of its SKUs with stock.
async fn product_in_stock(ctx: &storefront_e2e::Ctx) -> (i64, i64) {
    let page = ctx.shop.get_json("/api/v1/products?limit=20").await;
    for item in page["items"].as_array().cloned().unwrap_or_default() {
        let Some(id) = item["id"].as_i64() else {
            continue;
        };
        let detail = ctx.shop.get_json(&format!("/api/v1/products/{id}")).await;
        let sku = detail["skus"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|s| s["stock"].as_i64().unwrap_or(0) >= 1)
            .and_then(|s| s["id"].as_i64());
        if let Some(sku) = sku {
            return (id, sku);
        }
    }
    panic!("no product with stock among {page}");
}

/// Opening `/p/:id` straight away fetches the main module and at most three more wasm files
/// (the product page's module and its shared chunks: scripts/wasm-split/groups.txt), and the
/// page works: title, price, and "Add to cart" counts in the header (code from those chunks).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn product_page_fetches_at_most_three_wasm_files_after_the_main_module() {
    with_browser("delivery-product", Device::Desktop, |ctx| async move {
        let (id, sku) = product_in_stock(&ctx).await;
        ctx.goto(&format!("/p/{id}?sku={sku}&lang=en")).await;
        // The server's preview uses the same classes: wait for the app to take over.
        ctx.wait_until(
            "the app took over",
            "!document.getElementById('sf-preview')",
        )
        .await;
        ctx.wait_for_count("main h1.product-title", 1).await;
        ctx.wait_for_count("button.add-to-cart:not([disabled])", 1)
            .await;
        ctx.click("button.add-to-cart").await;
        ctx.wait_until(
            "the header counts the added piece",
            "document.querySelector('.cart-count')?.innerText.trim() === '1'",
        )
        .await;

        let wasm = ctx.fetched_wasm().await;
        let main: Vec<&String> = wasm.iter().filter(|p| p.ends_with("_bg.wasm")).collect();
        let lazy: Vec<&String> = wasm
            .iter()
            .filter(|p| p.starts_with("/snippets/wasm-split/"))
            .collect();
        assert_eq!(main.len(), 1, "the main module once: {wasm:?}");
        assert!(
            !lazy.is_empty(),
            "the product page comes from its own module: {wasm:?}"
        );
        assert!(
            lazy.len() <= 3,
            "at most 3 wasm files after the main module, fetched {}: {lazy:?}",
            lazy.len()
        );
        assert_eq!(
            wasm.len(),
            main.len() + lazy.len(),
            "no other wasm: {wasm:?}"
        );
    })
    .await;
}
