//! End-to-end: the built app in headless Chromium against the reference server.
//! Run by scripts/test.sh after `trunk build --release --offline`.

use storefront_e2e::{with_browser, Device};

/// Cyrillic letters in visible text tell us Russian is on screen.
fn has_cyrillic(text: &str) -> bool {
    text.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn home_shows_categories_and_priced_product_cards() {
    with_browser("home", Device::Desktop, |ctx| async move {
        ctx.goto("/?lang=en").await;
        let tiles = ctx.wait_for_count(".category-grid a.category-tile", 26).await;
        assert!(tiles >= 26, "expected the 26 top categories, saw {tiles}");
        let cards = ctx.wait_for_count("article.product-card", 20).await;
        assert!(cards >= 20, "expected at least 20 product cards, saw {cards}");

        let prices = ctx
            .js("return [...document.querySelectorAll('article.product-card .price')].map(e => e.innerText)")
            .await;
        let prices: Vec<String> = prices
            .as_array()
            .map(|a| a.iter().filter_map(|v| v.as_str().map(String::from)).collect())
            .unwrap_or_default();
        assert!(prices.len() >= 20, "every card shows a price: {prices:?}");
        for price in &prices {
            assert!(
                price.contains('$') && price.chars().any(|c| c.is_ascii_digit()),
                "an English page shows dollar prices, got {price:?}"
            );
        }

        let titles_with_images = ctx
            .js("return [...document.querySelectorAll('article.product-card img')].filter(i => i.alt.trim().length > 0).length")
            .await;
        assert!(titles_with_images.as_u64().unwrap_or(0) >= 20, "card images carry alt text");
        assert_eq!(ctx.js("return document.documentElement.lang").await, "en");
        assert_eq!(ctx.js("return document.documentElement.dir").await, "ltr");

        // The shipping promise counts the ship-to list of /config.
        let countries = ctx.shop.get_json("/api/v1/config").await["ship_to_countries"]
            .as_array()
            .map(Vec::len)
            .unwrap_or(0);
        ctx.wait_until(
            "the ship-to count",
            &format!(
                "[...document.querySelectorAll('.hero-perks li')].some(l => l.innerText.replace(/[\\u2068\\u2069]/g, '') === 'Shipping to {countries} countries')"
            ),
        )
        .await;
        // Daily deals: more than fit; "next" (a button, reachable by Tab) scrolls to the rest
        // and "previous" comes back.
        ctx.wait_for_count(".deals-strip article.product-card", 12).await;
        assert_eq!(
            ctx.js("const s = document.querySelector('.deals-strip'); return s.scrollWidth > s.clientWidth").await,
            true
        );
        assert_eq!(ctx.js("return document.querySelector('.deals-prev').getAttribute('aria-disabled')").await, "true");
        ctx.js("document.querySelector('.deals-next').focus(); return true").await;
        ctx.client
            .active_element()
            .await
            .expect("focused")
            .send_keys("\u{E007}")
            .await
            .expect("Enter");
        ctx.wait_until(
            "the strip scrolled",
            "document.querySelector('.deals-strip').scrollLeft > 100 && document.querySelector('.deals-prev').getAttribute('aria-disabled') === 'false'",
        )
        .await;
        ctx.click(".deals-prev").await;
        ctx.wait_until("back at the start", "document.querySelector('.deals-strip').scrollLeft === 0")
            .await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn switching_to_russian_translates_the_page_and_keeps_it() {
    with_browser("russian", Device::Desktop, |ctx| async move {
        ctx.goto("/?lang=en").await;
        ctx.wait_for_count("article.product-card", 20).await;
        let english_heading = ctx.text_of("main h1, main h2").await;
        assert!(
            !english_heading.is_empty() && !has_cyrillic(&english_heading),
            "English heading: {english_heading:?}"
        );

        // Choose Russian the way a buyer does: with the language select.
        ctx.js(
            "const s = document.querySelector('#language-select'); s.value = 'ru'; \
             s.dispatchEvent(new Event('change', { bubbles: true })); return true;",
        )
        .await;
        ctx.wait_until("<html lang=ru>", "document.documentElement.lang === 'ru'")
            .await;
        ctx.wait_until(
            "Russian interface text",
            "/[А-Яа-яЁё]/.test(document.querySelector('form[role=search] input').placeholder)",
        )
        .await;
        let russian_heading = ctx.text_of("main h1, main h2").await;
        assert!(
            has_cyrillic(&russian_heading),
            "section heading is Russian: {russian_heading:?}"
        );
        assert_eq!(ctx.js("return document.documentElement.dir").await, "ltr");
        // Still on the home page, still showing products.
        assert_eq!(ctx.js("return location.pathname").await, "/");
        ctx.wait_for_count("article.product-card", 20).await;

        // The choice survives a reload.
        ctx.client.refresh().await.expect("reload");
        ctx.wait_until(
            "<html lang=ru> after reload",
            "document.documentElement.lang === 'ru'",
        )
        .await;

        // Arabic turns the whole page right-to-left.
        ctx.goto("/?lang=ar").await;
        ctx.wait_until("<html dir=rtl>", "document.documentElement.dir === 'rtl'")
            .await;
        assert_eq!(ctx.js("return document.documentElement.lang").await, "ar");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn phone_shows_bottom_navigation_without_horizontal_scroll() {
    with_browser("phone", Device::Phone, |ctx| async move {
        ctx.goto("/").await;
        ctx.wait_for_count("article.product-card", 20).await;
        assert_eq!(ctx.js("return window.innerWidth").await, 390);
        ctx.wait_until(
            "visible bottom navigation",
            "(() => { const n = document.querySelector('nav.bottom-nav'); \
               return n && getComputedStyle(n).display !== 'none' && n.getBoundingClientRect().height > 0; })()",
        )
        .await;
        let overflow = ctx
            .js("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
            .await;
        assert_eq!(overflow.as_i64(), Some(0), "the page scrolls sideways at 390 px");
        let small_targets = ctx
            .js("return [...document.querySelectorAll('nav.bottom-nav a')] \
                 .filter(a => { const r = a.getBoundingClientRect(); return r.height < 44 || r.width < 44; }).length")
            .await;
        assert_eq!(small_targets.as_u64(), Some(0), "bottom navigation targets are at least 44 px");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn desktop_hides_bottom_navigation() {
    with_browser("desktop-nav", Device::Desktop, |ctx| async move {
        ctx.goto("/").await;
        ctx.wait_for_count("article.product-card", 20).await;
        let shown = ctx
            .js("const n = document.querySelector('nav.bottom-nav'); return !!n && getComputedStyle(n).display !== 'none';")
            .await;
        assert_eq!(shown, false, "no bottom navigation at 1280 px");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn failing_api_shows_localised_error_and_retry_recovers() {
    with_browser("api-failure", Device::Desktop, |ctx| async move {
        ctx.shop.inject_faults("error", 1000).await;
        ctx.goto("/?lang=ru").await;
        ctx.wait_for_count(".error-state[role=alert]", 1).await;
        let message = ctx.text_of(".error-state").await;
        assert!(
            has_cyrillic(&message),
            "the error is in Russian: {message:?}"
        );
        assert!(
            !message.contains("Internal"),
            "no raw server text: {message:?}"
        );
        // The composed page brought the deals inline; what the app had to ask for failed.
        let before = ctx.count("article.product-card").await;

        ctx.shop.inject_faults("off", 0).await;
        // Every failed section offers its own retry; use them all.
        while ctx.count(".error-state .retry-button").await > 0 {
            ctx.click(".error-state .retry-button").await;
            tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        }
        ctx.wait_for_count("article.product-card", before + 20)
            .await;
        assert_eq!(ctx.count(".error-state").await, 0);
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn malformed_json_shows_error_state_not_a_crash() {
    with_browser("malformed", Device::Desktop, |ctx| async move {
        ctx.shop.inject_faults("malformed", 1000).await;
        ctx.goto("/?lang=en").await;
        ctx.wait_for_count(".error-state[role=alert] .retry-button", 1)
            .await;
        ctx.shop.inject_faults("off", 0).await;
        while ctx.count(".error-state .retry-button").await > 0 {
            ctx.click(".error-state .retry-button").await;
            tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        }
        // The page is still alive: the header works and products arrive.
        ctx.wait_for_count("article.product-card", 20).await;
        ctx.wait_for_count("#language-select", 1).await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unknown_route_shows_the_404_page() {
    with_browser("not-found", Device::Desktop, |ctx| async move {
        ctx.goto("/no/such/page?lang=en").await;
        ctx.wait_for_count("main .not-found h1", 1).await;
        let heading = ctx.text_of("main .not-found h1").await;
        assert!(
            !heading.trim().is_empty(),
            "the 404 page says what happened"
        );
        let home_link = ctx.count("main .not-found a").await;
        assert!(home_link >= 1, "the 404 page links home");
    })
    .await;
}

/// Code splitting: `/` never fetches the product page's wasm chunk; following a product card
/// fetches it and shows the product, and a reload straight on the product URL works too.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn product_page_loads_its_own_wasm_chunk_only_when_needed() {
    with_browser("lazy-product", Device::Desktop, |ctx| async move {
        let is_chunk = |p: &String| p.starts_with("/snippets/wasm-split/");
        ctx.goto("/?lang=en").await;
        ctx.wait_for_count("article.product-card a.product-card-link", 20)
            .await;
        let on_home = ctx.fetched_wasm().await;
        assert!(
            on_home.iter().any(|p| p.ends_with("_bg.wasm")),
            "the main wasm is fetched: {on_home:?}"
        );
        assert!(
            !on_home.iter().any(is_chunk),
            "/ fetched a lazy chunk: {on_home:?}"
        );

        let card_title = ctx
            .text_of("article.product-card .product-card-title")
            .await;
        ctx.click("article.product-card a.product-card-link").await;
        ctx.wait_for_count("main h1.product-title", 1).await;
        ctx.wait_for_count("main .product-price", 1).await;
        let title = ctx.text_of("main h1.product-title").await;
        let price = ctx.text_of("main .product-price").await;
        assert_eq!(
            title.trim(),
            card_title.trim(),
            "the product of the card opened"
        );
        assert!(
            price.contains('$') && price.chars().any(|c| c.is_ascii_digit()),
            "the product page shows a price: {price:?}"
        );
        let after_click = ctx.fetched_wasm().await;
        assert!(
            after_click.iter().any(is_chunk),
            "opening a product fetched its chunk: {after_click:?}"
        );

        // A reload right on the product URL: the chunk loads during start-up.
        let path = ctx
            .js("return location.pathname + location.search")
            .await
            .as_str()
            .map(String::from)
            .unwrap_or_default();
        assert!(path.starts_with("/p/"), "on a product URL: {path:?}");
        ctx.client.refresh().await.expect("reload");
        // The server's preview uses the same classes: wait for the app to take over.
        ctx.wait_until(
            "the app took over",
            "!document.getElementById('sf-preview')",
        )
        .await;
        ctx.wait_for_count("main h1.product-title", 1).await;
        ctx.wait_for_count("main .product-price", 1).await;
        assert_eq!(
            ctx.text_of("main h1.product-title").await.trim(),
            title.trim()
        );
        assert!(ctx.fetched_wasm().await.iter().any(is_chunk));
    })
    .await;
}

/// A product chunk that fails to download shows the localised error state (the app keeps
/// running), and its retry fetches the chunk again and shows the product.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn failed_product_chunk_shows_localised_error_and_retry_loads_it() {
    with_browser("lazy-product-failure", Device::Desktop, |ctx| async move {
        ctx.goto("/?lang=ru").await;
        ctx.wait_for_count("article.product-card a.product-card-link", 20)
            .await;
        // The split loader fetches chunks with `fetch`: make exactly those fail for now.
        ctx.js("window.__realFetch = window.fetch; \
             window.fetch = (input, init) => String(input).includes('/snippets/wasm-split/') \
               ? Promise.reject(new TypeError('chunk blocked by the test')) \
               : window.__realFetch(input, init); \
             return true;")
            .await;
        ctx.click("article.product-card a.product-card-link").await;
        ctx.wait_for_count("main .error-state[role=alert] .retry-button", 1)
            .await;
        let message = ctx.text_of("main .error-state").await;
        assert!(
            has_cyrillic(&message),
            "the error is in Russian: {message:?}"
        );
        assert_eq!(ctx.count("main h1.product-title").await, 0);

        ctx.js("window.fetch = window.__realFetch; return true;")
            .await;
        ctx.click("main .error-state .retry-button").await;
        ctx.wait_for_count("main h1.product-title", 1).await;
        ctx.wait_for_count("main .product-price", 1).await;
        assert_eq!(ctx.count("main .error-state").await, 0);
        // The header still works: the app did not abort.
        ctx.wait_for_count("#language-select", 1).await;
    })
    .await;
}
