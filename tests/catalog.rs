//! End-to-end: search filters in the URL, the product page's variants, tiers, shipping and
//! reviews, and not-found pages. Each test runs its own server and browser.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use serde_json::{json, Value};
use support::{with_browser, Ctx, Device};

/// "$1,234.56" from cents, as `Intl.NumberFormat('en-US', {style: 'currency'})` writes it.
fn usd(cents: i64) -> String {
    let dollars = (cents / 100).to_string();
    let mut grouped = String::new();
    for (i, c) in dollars.chars().enumerate() {
        if i > 0 && (dollars.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(c);
    }
    format!("${grouped}.{:02}", cents % 100)
}

fn tier_cents(base: i64, percent: i64) -> i64 {
    (base * percent + 50) / 100
}

/// Waits until the results grid is not loading and returns the shown product links.
async fn settled_results(ctx: &Ctx) -> Vec<String> {
    ctx.wait_until(
        "results loaded",
        "document.querySelector('.results-grid[aria-busy=false]') && document.querySelectorAll('.results-grid article.product-card').length > 0",
    )
    .await;
    let links = ctx
        .js("return [...document.querySelectorAll('.results-grid article.product-card a')].map(a => a.getAttribute('href'))")
        .await;
    links
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default()
}

/// A product with a SKU that has stock for 10+ pieces and a cheaper tier from 10 pieces.
async fn product_with_tiers(ctx: &Ctx) -> (i64, Value, i64) {
    let page = ctx.shop.get_json("/api/v1/products?limit=60").await;
    for item in page["items"].as_array().cloned().unwrap_or_default() {
        let id = item["id"].as_i64().unwrap_or(0);
        let detail = ctx.shop.get_json(&format!("/api/v1/products/{id}")).await;
        let tier10 = detail["price_tiers"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|t| t["min_quantity"].as_i64().is_some_and(|m| m <= 10))
            .max_by_key(|t| t["min_quantity"].as_i64())
            .and_then(|t| t["percent_of_base"].as_i64())
            .unwrap_or(100);
        let has_options = detail["options"].as_array().is_some_and(|o| !o.is_empty());
        let sku = detail["skus"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|s| s["stock"].as_i64().is_some_and(|n| n >= 20))
            .cloned();
        if let (true, true, Some(sku)) = (tier10 < 100, has_options, sku) {
            return (id, sku, tier10);
        }
    }
    panic!("no product with options, stock and a 10-piece tier in the seed");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn filters_live_in_the_url_and_survive_reload() {
    with_browser("filters-url", Device::Desktop, |ctx| async move {
        ctx.goto("/search?q=phone&lang=en").await;
        let all = settled_results(&ctx).await;
        assert!(!all.is_empty(), "a search for phone finds products");

        ctx.click("#f-free-shipping").await;
        ctx.wait_until(
            "free_shipping in the URL",
            "location.search.includes('free_shipping=true')",
        )
        .await;
        ctx.js(
            "const s = document.querySelector('#sort-select'); s.value = 'price_asc'; \
             s.dispatchEvent(new Event('change', { bubbles: true })); return true;",
        )
        .await;
        ctx.wait_until("sort in the URL", "location.search.includes('sort=price_asc')")
            .await;
        let filtered = settled_results(&ctx).await;
        let count = ctx.text_of(".results-count").await;
        let url = ctx.js("return location.pathname + location.search").await;

        ctx.client.refresh().await.expect("reload");
        let reloaded = settled_results(&ctx).await;
        assert_eq!(
            ctx.js("return location.pathname + location.search").await,
            url
        );
        assert_eq!(reloaded, filtered, "the same results after reload");
        ctx.wait_until(
            "the same count",
            &format!(
                "document.querySelector('.results-count').innerText.replace(/[\\u2068\\u2069]/g, '') === {}",
                json!(count)
            ),
        )
        .await;
        assert_eq!(
            ctx.js("return document.querySelector('#f-free-shipping').checked").await,
            true,
            "the checkbox reflects the URL"
        );
        assert_eq!(
            ctx.js("return document.querySelector('#sort-select').value").await,
            "price_asc"
        );

        // Back returns to the unfiltered view.
        ctx.client.back().await.expect("back");
        ctx.wait_until(
            "sort gone after back",
            "!location.search.includes('sort=')",
        )
        .await;

        // An inverted price range is explained inline and asks nothing.
        ctx.goto("/search?q=phone&price_min=5000&price_max=100&lang=en")
            .await;
        ctx.wait_for_count(".price-message.price-error", 1).await;
        assert_eq!(ctx.count(".results-grid article.product-card").await, 0);
        // Malformed parameters are ignored, never an error page.
        ctx.goto("/search?q=phone&sort=bogus&limit=0&price_min=abc&in_stock=maybe&lang=en")
            .await;
        assert!(!settled_results(&ctx).await.is_empty());
        assert_eq!(ctx.count(".error-state").await, 0);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn variant_and_quantity_ten_give_the_tier_unit_price() {
    with_browser("tier-price", Device::Desktop, |ctx| async move {
        let (id, sku, percent) = product_with_tiers(&ctx).await;
        let sku_id = sku["id"].as_i64().unwrap_or(0);
        let base = sku["price"]["amount"].as_i64().unwrap_or(0);
        ctx.goto(&format!("/p/{id}?lang=en")).await;
        ctx.wait_for_count(".option-group", 1).await;

        // Choose the SKU's value in every option group, like a buyer clicking.
        for (i, value) in sku["values"].as_array().cloned().unwrap_or_default().iter().enumerate() {
            let script = format!(
                "const g = document.querySelectorAll('.option-group')[{i}]; \
                 const b = [...g.querySelectorAll('button.option-value')].find(b => b.innerText.trim() === {}); \
                 if (!b || b.disabled) return false; \
                 if (b.getAttribute('aria-pressed') !== 'true') b.click(); return true;",
                json!(value)
            );
            assert_eq!(ctx.js(&script).await, true, "value {value} is selectable");
        }
        ctx.wait_until(
            "the SKU in the URL",
            &format!("location.search.includes('sku={sku_id}')"),
        )
        .await;
        ctx.wait_until(
            "unit price of one piece",
            &format!("document.querySelector('.unit-price').innerText === {}", json!(usd(base))),
        )
        .await;

        ctx.js(
            "const q = document.querySelector('#quantity-input'); q.value = '10'; \
             q.dispatchEvent(new Event('change', { bubbles: true })); return true;",
        )
        .await;
        let unit = usd(tier_cents(base, percent));
        ctx.wait_until(
            "tier unit price at 10 pieces",
            &format!("document.querySelector('.unit-price').innerText === {}", json!(unit)),
        )
        .await;
        assert_eq!(
            ctx.text_of(".total-price").await,
            usd(tier_cents(base, percent) * 10)
        );
        assert_eq!(ctx.count(".tier-row.tier-active").await, 1);

        // Reload keeps the chosen SKU.
        ctx.client.refresh().await.expect("reload");
        ctx.wait_until(
            "SKU chosen again after reload",
            "document.querySelectorAll('.option-value[aria-pressed=true]').length > 0",
        )
        .await;
        ctx.wait_until(
            "SKU price after reload",
            &format!("document.querySelector('.unit-price').innerText === {}", json!(usd(base))),
        )
        .await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn changing_ship_to_changes_the_shipping_estimate() {
    with_browser("ship-to", Device::Desktop, |ctx| async move {
        let (id, _, _) = product_with_tiers(&ctx).await;
        let detail = ctx.shop.get_json(&format!("/api/v1/products/{id}")).await;
        let config = ctx.shop.get_json("/api/v1/config").await;
        let shipping = detail["shipping"].as_array().cloned().unwrap_or_default();
        let summary = |country: &str| -> Vec<String> {
            shipping
                .iter()
                .filter(|s| s["to_country"] == country)
                .map(|s| format!("{}|{}|{}", s["carrier"], s["days_min"], s["days_max"]))
                .collect()
        };
        let current = "US";
        let other = config["ship_to_countries"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .find(|c| *c != current && summary(c) != summary(current))
            .unwrap_or("DE")
            .to_string();

        ctx.goto(&format!("/p/{id}?lang=en")).await;
        ctx.wait_for_count("#ship-to-select option", 2).await;
        ctx.js(&format!(
            "const s = document.querySelector('#ship-to-select'); s.value = {}; \
             s.dispatchEvent(new Event('change', {{ bubbles: true }})); return true;",
            json!(current)
        ))
        .await;
        ctx.wait_for_count(".shipping", 1).await;
        let before = ctx.text_of(".shipping").await;
        ctx.js(&format!(
            "const s = document.querySelector('#ship-to-select'); s.value = {}; \
             s.dispatchEvent(new Event('change', {{ bubbles: true }})); return true;",
            json!(other)
        ))
        .await;
        ctx.wait_until(
            "shipping text changes",
            &format!(
                "document.querySelector('.shipping').innerText.replace(/[\\u2068\\u2069]/g, '') !== {}",
                json!(before)
            ),
        )
        .await;
        if summary(&other).is_empty() {
            ctx.wait_for_count(".shipping-none", 1).await;
        } else {
            let eta = ctx.count(".shipping-option .shipping-eta").await;
            assert_eq!(eta, summary(&other).len(), "one estimate per option to {other}");
        }
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reviews_filter_with_photos_shows_only_reviews_with_photos() {
    with_browser("reviews-photos", Device::Desktop, |ctx| async move {
        let mut found = None;
        for id in 1..400 {
            let s = ctx
                .shop
                .get_json(&format!("/api/v1/products/{id}/reviews/summary"))
                .await;
            let (count, photos) = (s["count"].as_i64().unwrap_or(0), s["with_photos"].as_i64().unwrap_or(0));
            if photos > 0 && count > photos {
                found = Some((id, photos));
                break;
            }
        }
        let (id, photos) = found.expect("a product with reviews with and without photos");
        ctx.goto(&format!("/p/{id}?lang=en")).await;
        ctx.wait_for_count(".review-list .review", 1).await;
        ctx.click(".review-filter-photos").await;
        ctx.wait_until(
            "only reviews with photos",
            "document.querySelector('.review-list[aria-busy=false]') && \
             document.querySelectorAll('.review-list .review').length > 0 && \
             [...document.querySelectorAll('.review-list .review')].every(r => r.querySelector('.review-photos img'))",
        )
        .await;
        let shown = ctx.count(".review-list .review").await as i64;
        assert_eq!(shown, photos.min(10), "every review with photos, one page");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_review_with_markup_renders_as_text() {
    with_browser("review-script", Device::Desktop, |ctx| async move {
        // The seed puts `<script>` in the first review of the lowest product id with reviews.
        let mut product = None;
        for id in 1..400 {
            let s = ctx
                .shop
                .get_json(&format!("/api/v1/products/{id}/reviews/summary"))
                .await;
            if s["count"].as_i64().unwrap_or(0) > 0 {
                product = Some(id);
                break;
            }
        }
        let id = product.expect("a product with stored reviews");
        ctx.goto(&format!("/p/{id}?lang=en")).await;
        let text = ctx
            .wait_until(
                "the review with markup",
                "[...document.querySelectorAll('.review-text')].map(e => e.innerText).find(t => t.includes('<script>'))",
            )
            .await;
        assert!(
            text.as_str().is_some_and(|t| t.contains("<script>alert(1)</script>")),
            "markup shown as text: {text}"
        );
        assert_eq!(ctx.count(".review-list script").await, 0, "no script element");
        assert!(
            ctx.client.get_alert_text().await.is_err(),
            "no alert was opened"
        );
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unknown_products_show_the_not_found_page() {
    with_browser("product-404", Device::Phone, |ctx| async move {
        for path in [
            "/p/987654321?lang=en",
            "/p/abc?lang=en",
            "/store/987654321?lang=en",
        ] {
            ctx.goto(path).await;
            ctx.wait_for_count(".not-found", 1).await;
            assert_eq!(ctx.text_of("main h1").await, "Page not found", "{path}");
        }
    })
    .await;
}
