//! End-to-end: search filters in the URL, the product page's variants, tiers, shipping and
//! reviews, and not-found pages. Each test runs its own server and browser.

use serde_json::{json, Value};
use storefront_e2e::{with_browser, Ctx, Device};

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
    ctx.js_strings("return [...document.querySelectorAll('.results-grid article.product-card a')].map(a => a.getAttribute('href'))")
        .await
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
        // The server's preview uses the same classes: wait for the app to take over.
        ctx.wait_until("the app took over", "!document.getElementById('sf-preview')")
            .await;
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

        // "phone case" finds the whole Phone Cases category, "… Flip Wallet Case …" included.
        let total = ctx
            .shop
            .get_json("/api/v1/search?q=phone%20case&limit=1")
            .await["total"]
            .as_i64()
            .unwrap_or(0);
        ctx.goto("/search?q=phone%20case&lang=en").await;
        settled_results(&ctx).await;
        ctx.wait_until(
            "a flip wallet case among the results",
            "[...document.querySelectorAll('.results-grid .product-card')].some(c => c.innerText.includes('Flip Wallet Case'))",
        )
        .await;
        assert!(
            ctx.text_of(".results-count").await.contains(&total.to_string()),
            "{total} results"
        );

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

        // Adding before choosing: the request reads as a problem (not in the success colour)
        // and every group still without a choice is marked (issue 19 #14).
        ctx.click(".add-to-cart").await;
        ctx.wait_for_count(".buy-message.buy-message-problem", 1).await;
        assert_eq!(
            ctx.text_of(".buy-message").await,
            "Choose an option in each group first."
        );
        let marked = ctx
            .js("const gs = [...document.querySelectorAll('.option-group')]; \
                 return gs.some(g => g.classList.contains('option-missing')) && \
                 gs.every(g => g.classList.contains('option-missing') === !g.querySelector('[aria-pressed=true]')) && \
                 getComputedStyle(document.querySelector('.buy-message')).color !== 'rgb(10, 122, 59)'")
            .await;
        assert_eq!(marked, true, "unchosen groups marked, message not green");

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
            "no group marked, the request gone",
            "!document.querySelector('.option-missing') && !document.querySelector('.buy-message-problem')",
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
        // The header above the page and the reviews section count the same reviews, and the
        // list holds exactly that many.
        ctx.wait_until(
                "the section's summary",
                "document.querySelector('.histogram') && document.querySelector('.reviews-total').innerText",
            )
            .await;
        let header = ctx.text_of(".product-stats .rating-reviews").await;
        assert_eq!(header, ctx.text_of(".reviews-total").await, "same review count");
        assert_eq!(
            ctx.text_of(".product-stats .rating-value").await,
            ctx.text_of(".reviews-average-value").await,
            "same average"
        );
        let histogram: i64 = ctx
            .js("return [...document.querySelectorAll('.histogram-count')].reduce((n, e) => n + Number(e.innerText.replace(/\\D/g, '')), 0)")
            .await
            .as_i64()
            .unwrap_or(-1);
        let count: i64 = header
            .chars()
            .filter(char::is_ascii_digit)
            .collect::<String>()
            .parse()
            .unwrap_or(-1);
        assert_eq!(histogram, count, "the histogram sums to the header's count: {header}");
        while ctx.count(".reviews-more").await > 0 {
            ctx.click(".reviews-more").await;
            ctx.wait_until("the next page", "document.querySelector('.review-list[aria-busy=false]')")
                .await;
        }
        assert_eq!(ctx.count(".review-list .review").await as i64, count, "the list has them all");
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

/// Layout shifts so far (a buffered `PerformanceObserver`, as CLS counts them: not those
/// right after input).
const LAYOUT_SHIFT: &str = "return new Promise(done => { let sum = 0; \
    new PerformanceObserver(list => { for (const e of list.getEntries()) if (!e.hadRecentInput) sum += e.value; }) \
    .observe({ type: 'layout-shift', buffered: true }); setTimeout(() => done(sum), 300); });";

/// The server sends `/p/:id` with its first screen and its data: without JavaScript the title,
/// price and image are there; with it the app takes over in place (no second copy, no product
/// request at start, layout shift ≤ 0.02) at 390 px and 1280 px.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn product_page_arrives_composed_and_the_app_takes_over() {
    for device in [Device::Phone, Device::Desktop] {
        with_browser("product-composed", device, |ctx| async move {
            let id = 12;
            let detail = ctx.shop.get_json(&format!("/api/v1/products/{id}?lang=en")).await;
            let title = detail["summary"]["title"].as_str().unwrap_or("?").to_string();
            ctx.goto(&format!("/p/{id}?lang=en")).await;
            ctx.wait_until("the app's product view", "document.querySelector('#main .product-layout .product-title')").await;
            ctx.wait_until("the preview is gone", "!document.getElementById('sf-preview')").await;
            assert_eq!(ctx.count(".product-title").await, 1, "the title shows once");
            assert_eq!(ctx.text_of("#main .product-title").await, title);
            let requests = ctx
                .js(&format!("return performance.getEntriesByType('resource').map(e => e.name).filter(n => n.includes('/api/v1/products/{id}?') || n.endsWith('/api/v1/products/{id}') || n.endsWith('/api/v1/config') || n.includes('shell.ftl'))"))
                .await;
            assert_eq!(requests, json!([]), "first data came inline");
            let shift = ctx.js(LAYOUT_SHIFT).await.as_f64().unwrap_or(1.0);
            assert!(shift <= 0.02, "{device:?}: layout shift {shift}");
            // The home page too.
            ctx.goto("/?lang=en").await;
            ctx.wait_until("the app's deals", "document.querySelector('#main .deals-strip .product-card') && !document.getElementById('sf-preview')").await;
            assert_eq!(ctx.count(".hero").await, 1);
            let shift = ctx.js(LAYOUT_SHIFT).await.as_f64().unwrap_or(1.0);
            assert!(shift <= 0.02, "{device:?}: home layout shift {shift}");
        })
        .await;
    }
    storefront_e2e::with_browser_without_js("product-no-js", Device::Phone, |ctx| async move {
        let detail = ctx.shop.get_json("/api/v1/products/12?lang=en").await;
        ctx.goto("/p/12?lang=en").await;
        let html = ctx.client.source().await.expect("page source");
        let title = detail["summary"]["title"].as_str().unwrap_or("?");
        let cents = detail["summary"]["price"]["amount"].as_i64().unwrap_or(0);
        assert!(
            html.contains(&format!(
                "<h1 class=\"product-title\" dir=\"auto\">{}</h1>",
                title.replace('&', "&amp;")
            )),
            "title without JS"
        );
        assert!(
            html.contains(&format!("{}</span>", usd(cents))),
            "price {} without JS",
            usd(cents)
        );
        let image = detail["images"][0].as_str().unwrap_or("?");
        assert!(
            html.contains(&format!("<img src=\"{image}\"")),
            "image without JS"
        );
        let img = ctx
            .client
            .find(fantoccini::Locator::Css("#sf-preview .gallery-main img"))
            .await
            .expect("image shown");
        assert!(img.is_displayed().await.unwrap_or(false));
        let h1 = ctx
            .client
            .find(fantoccini::Locator::Css("#sf-preview h1"))
            .await
            .expect("title shown");
        assert_eq!(h1.text().await.unwrap_or_default(), title);
    })
    .await;
}

/// WebDriver key codes.
const ARROW_DOWN: &str = "\u{E015}";
const ENTER: &str = "\u{E007}";
const ESCAPE: &str = "\u{E00C}";

/// A 4×4 red PNG, small enough for any limit.
const TINY_PNG: [u8; 73] = [
    137, 80, 78, 71, 13, 10, 26, 10, 0, 0, 0, 13, 73, 72, 68, 82, 0, 0, 0, 4, 0, 0, 0, 4, 8, 2, 0,
    0, 0, 38, 147, 9, 41, 0, 0, 0, 16, 73, 68, 65, 84, 120, 156, 99, 56, 33, 39, 7, 71, 12, 196,
    113, 0, 177, 99, 16, 65, 59, 75, 99, 130, 0, 0, 0, 0, 73, 69, 78, 68, 174, 66, 96, 130,
];

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn autocomplete_suggestions_are_keyboard_navigable() {
    with_browser("autocomplete", Device::Desktop, |ctx| async move {
        let suggestions = ctx.shop.get_json("/api/v1/suggest?q=phon&lang=en").await;
        let first = suggestions[0].clone();
        let text = first["text"].as_str().expect("a suggestion for `phon`").to_string();
        ctx.goto("/?lang=en").await;
        ctx.wait_for_count("#search-input", 1).await;
        ctx.type_into("#search-input", "phon").await;
        ctx.wait_until(
            "suggestions shown",
            "!document.querySelector('#search-suggestions').hidden && \
             document.querySelectorAll('#search-suggestions [role=option]').length > 0",
        )
        .await;
        assert_eq!(
            ctx.text_of("#search-suggestions [role=option] .suggestion-text").await,
            text,
            "the server's first suggestion is listed first"
        );
        ctx.type_into("#search-input", ARROW_DOWN).await;
        ctx.wait_until(
            "first option active",
            "document.querySelector('#search-input').getAttribute('aria-activedescendant') === 'search-option-0' && \
             document.querySelector('#search-option-0').getAttribute('aria-selected') === 'true'",
        )
        .await;
        ctx.type_into("#search-input", ENTER).await;
        // A category suggestion opens the category; a title suggestion searches for the title.
        let expected_path = match first["category"]["slug"].as_str() {
            Some(slug) => format!("/c/{slug}"),
            None => "/search".to_string(),
        };
        ctx.wait_until(
            "the suggestion's page",
            &format!("location.pathname === {}", json!(expected_path)),
        )
        .await;
        if first["category"].is_null() {
            assert_eq!(
                ctx.js("return new URLSearchParams(location.search).get('q')").await,
                json!(text)
            );
        }
        assert_eq!(
            ctx.js("return document.querySelector('#search-suggestions').hidden").await,
            true,
            "the list closes after choosing"
        );
        ctx.wait_until(
            "the page names the suggestion",
            &format!(
                "document.querySelector('main h1') && document.querySelector('main h1').innerText.includes({})",
                json!(text)
            ),
        )
        .await;
        ctx.wait_until(
            "the chosen suggestion shows products",
            "document.querySelectorAll('main article.product-card').length > 0",
        )
        .await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn phone_filter_drawer_applies_filters_and_returns_focus() {
    with_browser("filter-drawer", Device::Phone, |ctx| async move {
        ctx.goto("/search?q=phone&lang=en").await;
        settled_results(&ctx).await;
        let before = ctx.text_of(".results-count").await;
        assert_eq!(
            ctx.js("return getComputedStyle(document.querySelector('#filters-toggle')).display !== 'none'").await,
            true,
            "the filters button is shown on a phone"
        );
        ctx.click("#filters-toggle").await;
        ctx.wait_until(
            "drawer open with focus inside",
            "document.querySelector('.filters.open') && document.activeElement.classList.contains('filters-close')",
        )
        .await;
        assert_eq!(
            ctx.js("return document.querySelector('#filters-toggle').getAttribute('aria-expanded')").await,
            "true"
        );
        ctx.click("#f-free-shipping").await;
        ctx.wait_until(
            "free_shipping in the URL",
            "location.search.includes('free_shipping=true')",
        )
        .await;
        ctx.wait_until(
            "the count follows the filter",
            &format!(
                "document.querySelector('.results-grid[aria-busy=false]') && \
                 document.querySelector('.results-count').innerText.replace(/[\\u2068\\u2069]/g, '') !== {}",
                json!(before)
            ),
        )
        .await;
        assert_eq!(
            ctx.js("return document.querySelector('#f-free-shipping').checked").await,
            true
        );
        // Escape closes the drawer and returns focus to the button.
        let focused = ctx.client.active_element().await.expect("focused element");
        focused.send_keys(ESCAPE).await.expect("press Escape");
        ctx.wait_until(
            "drawer closed by Escape",
            "!document.querySelector('.filters.open')",
        )
        .await;
        assert_eq!(ctx.active_id().await, "filters-toggle");
        // So does the close button.
        ctx.click("#filters-toggle").await;
        ctx.wait_for_count(".filters.open", 1).await;
        ctx.click(".filters.open .filters-close").await;
        ctx.wait_until("drawer closed by its button", "!document.querySelector('.filters.open')")
            .await;
        assert_eq!(ctx.active_id().await, "filters-toggle");
        assert_eq!(
            ctx.js("return document.querySelector('#filters-toggle').getAttribute('aria-expanded')").await,
            "false"
        );
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn report_form_validates_inline_then_stores_a_report_with_a_photo() {
    with_browser("report", Device::Desktop, |ctx| async move {
        let id = 3;
        ctx.goto(&format!("/p/{id}?lang=en")).await;
        ctx.wait_for_count("#report-toggle", 1).await;
        ctx.click("#report-toggle").await;
        ctx.wait_until(
            "the form open with focus in it",
            "document.querySelector('#report-panel') && document.activeElement.id === 'report-title'",
        )
        .await;

        // An empty form: inline messages, focus on the first field in error.
        ctx.click(".report-form button[type=submit]").await;
        ctx.wait_for_count(".report-form [aria-invalid=true]", 2).await;
        assert_eq!(ctx.text_of("#report-reason-error").await, "Choose a reason.");
        assert_eq!(ctx.text_of("#report-details-error").await, "Describe the problem.");
        assert_eq!(ctx.active_id().await, "report-reason");

        // Too short, then the draft survives a reload.
        ctx.type_into("#report-details", "Fake logo").await;
        ctx.click(".report-form button[type=submit]").await;
        ctx.wait_until(
            "too-short message",
            "document.querySelector('#report-details-error').innerText.replace(/[\\u2068\\u2069]/g, '').includes('at least 20 characters')",
        )
        .await;
        let details = "Fake logo: the brand never made this model, the box print is blurred.";
        ctx.type_into("#report-details", &details["Fake logo".len()..]).await;
        assert_eq!(
            ctx.text_of("#report-details-count").await,
            format!("{} of 2,000 characters", details.chars().count())
        );
        ctx.client.refresh().await.expect("reload");
        ctx.wait_for_count("#report-toggle", 1).await;
        ctx.click("#report-toggle").await;
        ctx.wait_for_count("#report-details", 1).await;
        assert_eq!(
            ctx.js("return document.querySelector('#report-details').value").await,
            json!(details),
            "the draft survives a reload"
        );

        // A valid report with one small photo.
        ctx.js(
            "const s = document.querySelector('#report-reason'); s.value = 'counterfeit'; \
             s.dispatchEvent(new Event('change', { bubbles: true })); return true;",
        )
        .await;
        let dir = tempfile::tempdir().expect("temp dir");
        let photo = dir.path().join("logo.png");
        std::fs::write(&photo, TINY_PNG).expect("write the photo");
        ctx.type_into("#report-evidence", &photo.to_string_lossy()).await;
        ctx.wait_for_count(".report-file", 1).await;
        assert_eq!(ctx.text_of(".report-file-name").await, "logo.png");
        ctx.click(".report-form button[type=submit]").await;
        let done = ctx
            .wait_until(
                "the confirmation",
                "document.querySelector('#report-done') && document.querySelector('#report-done').innerText",
            )
            .await;
        let done = storefront_e2e::strip_isolation_marks(done.as_str().unwrap_or_default());
        let stored = ctx
            .shop
            .operator_json(&format!("/reports?product={id}"))
            .await;
        let stored = stored.as_array().cloned().unwrap_or_default();
        assert_eq!(stored.len(), 1, "one report stored: {stored:?}");
        let report = &stored[0];
        assert_eq!(report["reason"], "counterfeit");
        assert_eq!(report["details"], details);
        assert_eq!(report["evidence"].as_array().map(Vec::len), Some(1));
        assert_eq!(report["evidence"][0]["content_type"], "image/png");
        let reference = format!("R-{}", report["id"]);
        assert!(
            done.contains("we received your report") && done.contains(&reference),
            "confirmation names {reference}: {done:?}"
        );
        assert_eq!(ctx.active_id().await, "report-done");
        // The draft is gone once sent.
        ctx.client.refresh().await.expect("reload");
        ctx.wait_for_count("#report-toggle", 1).await;
        ctx.click("#report-toggle").await;
        ctx.wait_for_count("#report-details", 1).await;
        assert_eq!(
            ctx.js("return document.querySelector('#report-details').value").await,
            ""
        );
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn price_filter_in_euros_puts_usd_cents_in_the_url() {
    with_browser("price-eur", Device::Desktop, |ctx| async move {
        let config = ctx.shop.get_json("/api/v1/config").await;
        let rate = config["rates"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|r| r["currency"] == "EUR")
            .and_then(|r| r["per_usd_micros"].as_i64())
            .expect("a EUR rate");
        // Euro cents a buyer sees for a USD-cent price (half away from zero).
        let eur = |cents: i64| (cents * rate + 500_000) / 1_000_000;
        let min = (0..).find(|c| eur(*c) >= 1000).unwrap_or(0);
        let max = (0..).take_while(|c| eur(*c) <= 2000).last().unwrap_or(0);

        filter_search_by_price(&ctx, "en", "EUR", "10", "20").await;
        let params = ctx
            .js("const p = new URLSearchParams(location.search); return [p.get('price_min'), p.get('price_max')]")
            .await;
        assert_eq!(params, json!([min.to_string(), max.to_string()]));
        // The fields keep what the buyer typed.
        ctx.wait_until(
            "fields in EUR",
            "document.querySelector('input[name=price_min]').value === '10' && \
             document.querySelector('input[name=price_max]').value === '20'",
        )
        .await;
        settled_results(&ctx).await;
        // Inverted bounds are explained inline.
        ctx.js("document.querySelector('input[name=price_min]').value = ''; return true;").await;
        ctx.type_into("input[name=price_min]", "50").await;
        ctx.wait_until(
            "inline inverted message",
            "document.querySelector('.price-message.price-error') && \
             document.querySelector('.price-message').innerText.includes('higher than the maximum')",
        )
        .await;

        // Issue 19 #7: in Russian and roubles, 500 and 2000 stay 500 and 2000 (they came back
        // as "500.43" and "1999.85"), the boxes show them whole, and the range hint groups
        // digits the Russian way ("27 591,83").
        filter_search_by_price(&ctx, "ru", "RUB", "500", "2000").await;
        settled_results(&ctx).await;
        let fields = ctx
            .wait_until(
                "the typed roubles kept",
                "(() => { const a = document.querySelector('input[name=price_min]'), b = document.querySelector('input[name=price_max]'); \
                 return a.value === '500' && b.value === '2000' ? [a.value, b.value] : null })()",
            )
            .await;
        assert_eq!(fields, json!(["500", "2000"]));
        let hint = ctx
            .wait_until(
                "a hint in Russian digits",
                "(() => { const t = document.querySelector('.price-message')?.innerText || ''; \
                 return /^Здесь от \\d[\\d\\s]*,\\d\\d до \\d[\\d\\s]*,\\d\\d$/.test(t.trim()) ? t : null })()",
            )
            .await;
        assert!(!hint.as_str().unwrap_or_default().contains('.'), "{hint}");
        // A longer bound fits its box.
        ctx.js("document.querySelector('input[name=price_max]').value = ''; return true;").await;
        ctx.type_into("input[name=price_max]", "27591,83").await;
        let fits = ctx
            .js("const i = document.querySelector('input[name=price_max]'); return i.scrollWidth <= i.clientWidth")
            .await;
        assert_eq!(fits, json!(true), "27591,83 fits the field");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn loaded_pages_survive_a_reload() {
    with_browser("pages-url", Device::Desktop, |ctx| async move {
        ctx.goto("/search?lang=en").await;
        let first = settled_results(&ctx).await;
        assert_eq!(first.len(), 24, "one page of cards");
        ctx.click(".load-more").await;
        ctx.wait_until(
            "two pages loaded",
            "document.querySelector('.results-grid[aria-busy=false]') && \
             document.querySelectorAll('.results-grid article.product-card').length === 48",
        )
        .await;
        ctx.wait_until("page=2 in the URL", "location.search.includes('page=2')")
            .await;
        let before = settled_results(&ctx).await;
        ctx.client.refresh().await.expect("reload");
        ctx.wait_until(
            "two pages again",
            "document.querySelector('.results-grid[aria-busy=false]') && \
             document.querySelectorAll('.results-grid article.product-card').length === 48",
        )
        .await;
        assert_eq!(
            settled_results(&ctx).await,
            before,
            "the same cards after reload"
        );
        // A malformed page is the first page, never an error.
        ctx.goto("/search?lang=en&page=abc").await;
        assert_eq!(settled_results(&ctx).await.len(), 24);
        assert_eq!(ctx.count(".error-state").await, 0);
    })
    .await;
}

/// On `/search?q=phone` in `lang`: picks `currency`, types the bounds into the price filter,
/// applies it and waits until the bounds are in the URL.
async fn filter_search_by_price(ctx: &Ctx, lang: &str, currency: &str, min: &str, max: &str) {
    ctx.goto(&format!("/search?q=phone&lang={lang}")).await;
    settled_results(ctx).await;
    ctx.wait_for_count(&format!("#currency-select option[value={currency}]"), 1)
        .await;
    ctx.choose("#currency-select", currency).await;
    ctx.wait_until(
        &format!("the price legend names {currency}"),
        &format!("document.querySelector('.price-filter legend').innerText.includes('{currency}')"),
    )
    .await;
    ctx.type_into("input[name=price_min]", min).await;
    ctx.type_into("input[name=price_max]", max).await;
    ctx.click(".price-apply").await;
    ctx.wait_until(
        "price bounds in the URL",
        "location.search.includes('price_min=') && location.search.includes('price_max=')",
    )
    .await;
}
