//! End-to-end checks of the languages and the translator tools: Arabic is right-to-left
//! (the cart drawer opens from the other side), the bracketed pseudo-locale leaves no text
//! outside Fluent on the main pages, Russian plurals through the UI, and the /l10n review page.
//!
//! What counts as "not ours to translate" in the pseudo-locale check: text inside an element
//! marked `data-l10n="data"` (catalogue and user data the server sends — product titles,
//! category, attribute and seller names, reviews, SKU labels — are marked so in the views;
//! `translate="no"` is honoured too, for codes), `<option>` text (the language switcher lists
//! each language in itself by design), and text without any letter (numbers, symbols). Text
//! the browser's `Intl` makes (country names, dates, prices) goes through the pseudo
//! transform like Fluent's, so it must be bracketed as well.

use serde_json::Value;
use storefront_e2e::{strip_isolation_marks, with_browser, Ctx, Device};

/// Visible text nodes with letters that are not inside `[…]`, with where they are.
const OFFENDERS: &str = r#"
const out = [];
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
let node;
while ((node = walker.nextNode())) {
  const text = node.textContent.replace(/[\u2068\u2069\u202A-\u202E]/g, '').trim();
  if (!/\p{L}/u.test(text)) continue;
  const el = node.parentElement;
  if (!el || el.closest('[data-l10n="data"], [translate="no"], script, style, noscript, option, select, .ids-panel')) continue;
  const rects = el.getClientRects();
  if (!rects.length) continue;
  const style = getComputedStyle(el);
  if (style.visibility === 'hidden' || style.display === 'none') continue;
  if (text.startsWith('[') && text.endsWith(']')) continue;
  const where = el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : '');
  out.push(JSON.stringify(text.slice(0, 60)) + ' in ' + where);
}
return out;
"#;

async fn offenders(ctx: &Ctx) -> Vec<String> {
    ctx.js_strings(OFFENDERS).await
}

/// A product id and one of its SKU ids, and a category slug, from the API.
async fn catalogue(ctx: &Ctx) -> (i64, i64, String) {
    let page = ctx.shop.get_json("/api/v1/products?limit=20").await;
    let id = page["items"][0]["id"].as_i64().expect("a product");
    let detail = ctx.shop.get_json(&format!("/api/v1/products/{id}")).await;
    let sku = detail["skus"][0]["id"].as_i64().expect("a sku");
    let cats = ctx.shop.get_json("/api/v1/categories").await;
    let slug = cats
        .as_array()
        .and_then(|a| a.first())
        .and_then(|c| c["slug"].as_str())
        .or_else(|| cats["items"][0]["slug"].as_str())
        .expect("a category")
        .to_string();
    (id, sku, slug)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn arabic_is_right_to_left_and_the_drawer_opens_from_the_left() {
    with_browser("l10n-rtl", Device::Desktop, |ctx| async move {
        ctx.goto("/?lang=en").await;
        ctx.wait_until("English", "document.documentElement.dir === 'ltr' && document.querySelector('#header-cart')")
            .await;
        // Switch through the header's language select, as a buyer does.
        ctx.js("const s = document.querySelector('#language-select'); s.value = 'ar'; s.dispatchEvent(new Event('change', {bubbles: true})); return true")
            .await;
        ctx.wait_until("Arabic", "document.documentElement.dir === 'rtl' && document.documentElement.lang === 'ar'")
            .await;
        assert_eq!(ctx.js("return location.pathname").await, Value::from("/"), "the page stays");
        ctx.click("#header-cart").await;
        ctx.wait_for_count(".cart-drawer", 1).await;
        // After the slide-in: the drawer hugs the left edge (the inline end in Arabic).
        let rect = ctx
            .wait_until(
                "the drawer at the left edge",
                "(() => { const r = document.querySelector('.cart-drawer').getBoundingClientRect(); const w = document.documentElement.clientWidth; return Math.abs(r.left) <= 1 && r.right < w - 200 ? [r.left, r.right, w] : null })()",
            )
            .await;
        eprintln!("drawer rect in Arabic (left, right, viewport): {rect}");
        // And from the right in English.
        ctx.goto("/?lang=en").await;
        ctx.wait_until("English again", "document.documentElement.dir === 'ltr' && document.querySelector('#header-cart')")
            .await;
        ctx.click("#header-cart").await;
        ctx.wait_for_count(".cart-drawer", 1).await;
        ctx.wait_until(
            "the drawer at the right edge",
            "(() => { const r = document.querySelector('.cart-drawer').getBoundingClientRect(); const w = document.documentElement.clientWidth; return Math.abs(r.right - w) <= 1 && r.left > 200 })()",
        )
        .await;
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pseudo_locale_leaves_no_text_outside_fluent_on_the_main_pages() {
    with_browser("l10n-pseudo", Device::Desktop, |ctx| async move {
        let (product, sku, slug) = catalogue(&ctx).await;
        let pages = [
            ("/?l10n=pseudo", "article.product-card"),
            (&*format!("/c/{slug}?l10n=pseudo"), "article.product-card"),
            (&*format!("/p/{product}?l10n=pseudo"), ".page-product h1"),
            ("/signin?l10n=pseudo", "form input"),
        ];
        let mut report = Vec::new();
        for (path, ready) in pages {
            ctx.goto(path).await;
            // The server's preview of the page is English; the app draws the pseudo text.
            ctx.wait_until("the app took over", "!document.getElementById('sf-preview')")
                .await;
            ctx.wait_for_count(ready, 1).await;
            ctx.wait_until("no skeletons", "!document.querySelector('.skeleton, [aria-busy=\"true\"]')")
                .await;
            for o in offenders(&ctx).await {
                report.push(format!("{path}: {o}"));
            }
        }
        // The cart with a line in it.
        ctx.js(&format!(
            "localStorage.setItem('storefront.cart', JSON.stringify([{{product_id: {product}, sku_id: {sku}, quantity: 2}}])); return true"
        ))
        .await;
        ctx.goto("/cart?l10n=pseudo").await;
        ctx.wait_for_count(".cart-line", 1).await;
        ctx.wait_until("no skeletons", "!document.querySelector('.skeleton, [aria-busy=\"true\"]')")
            .await;
        for o in offenders(&ctx).await {
            report.push(format!("/cart: {o}"));
        }
        // Pseudo text is longer and accented, and the mode left the language English.
        let title = strip_isolation_marks(&ctx.text_of(".cart-title, h1").await);
        assert!(title.starts_with('[') && title.contains('·'), "pseudo title: {title}");
        assert!(
            report.is_empty(),
            "{} visible text node(s) outside the pseudo brackets (hard-coded or unmarked data):\n{}",
            report.len(),
            report.join("\n")
        );
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn russian_plurals_for_1_2_5_21_through_the_header() {
    with_browser("l10n-ru-plurals", Device::Desktop, |ctx| async move {
        let (product, sku, _) = catalogue(&ctx).await;
        let want = [
            (1, "1 товар"),
            (2, "2 товара"),
            (5, "5 товаров"),
            (21, "21 товар"),
        ];
        ctx.goto("/?lang=ru").await;
        for (n, text) in want {
            ctx.js(&format!(
                "localStorage.setItem('storefront.cart', JSON.stringify([{{product_id: {product}, sku_id: {sku}, quantity: {n}}}])); return true"
            ))
            .await;
            ctx.goto("/?lang=ru").await;
            let label = ctx
                .wait_until(
                    "the Russian cart label",
                    &format!("(() => {{ const l = document.querySelector('#header-cart')?.getAttribute('aria-label') || ''; return l.includes('{n}') && /[а-я]/.test(l) ? l : null }})()"),
                )
                .await;
            let label = strip_isolation_marks(label.as_str().unwrap_or_default());
            assert!(label.ends_with(text), "{n}: {label:?} should end with {text:?}");
        }
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn review_page_lists_ids_with_six_locales_and_filters() {
    with_browser("l10n-review", Device::Desktop, |ctx| async move {
        ctx.goto("/l10n?lang=en").await;
        let rows = ctx.wait_for_count("tr.l10n-row", 20).await;
        assert!(rows >= 20, "rows: {rows}");
        // Six cells per id, each in its locale's language and direction.
        let cells = ctx
            .js("return [...document.querySelectorAll('tr.l10n-row')].slice(0, 20).map(r => [...r.querySelectorAll('td.l10n-cell')].map(c => c.lang + ':' + c.dir).join(' '))")
            .await;
        for row in cells.as_array().expect("rows") {
            assert_eq!(
                row.as_str(),
                Some("en:ltr ru:ltr es:ltr pt-BR:ltr de:ltr ar:rtl"),
                "cells of a row"
            );
        }
        // The Russian cell of products-count, with a link to its file and line.
        ctx.js("const i = document.querySelector('#l10n-id'); i.value = 'products-count'; i.dispatchEvent(new Event('input', {bubbles: true})); return true")
            .await;
        ctx.wait_until("filtered by id", "document.querySelectorAll('tr.l10n-row').length === 1")
            .await;
        let place = ctx
            .js("return document.querySelector('tr[data-id=\"products-count\"] td[data-locale=\"ru\"] a.l10n-place').getAttribute('href')")
            .await;
        let place = place.as_str().unwrap_or_default().to_string();
        assert!(
            place.starts_with("/locales/ru/main.ftl#L"),
            "link to file and line: {place}"
        );
        // The plural grid: 21 selects "one" in Russian, "many" 5, "few" 2.
        ctx.click("tr[data-id=\"products-count\"] .l10n-grid-toggle").await;
        ctx.wait_for_count(".l10n-grid", 1).await;
        let grid = strip_isolation_marks(&ctx.text_of(".l10n-grid").await);
        for needle in ["one 21 товар", "many 5 товаров", "few 2 товара"] {
            assert!(grid.contains(needle), "{needle:?} in the grid:\n{grid}");
        }
        // Status filter: "Missing" shows only rows with a missing cell (none when complete).
        ctx.js("const i = document.querySelector('#l10n-id'); i.value = ''; i.dispatchEvent(new Event('input', {bubbles: true})); const s = document.querySelector('#l10n-status'); s.value = 'missing'; s.dispatchEvent(new Event('change', {bubbles: true})); return true")
            .await;
        ctx.wait_until(
            "status filter applied",
            "[...document.querySelectorAll('tr.l10n-row')].every(r => r.querySelector('.l10n-badge-missing'))",
        )
        .await;
        // Page filter: a section keeps only its own ids.
        ctx.js("const s = document.querySelector('#l10n-status'); s.value = 'all'; s.dispatchEvent(new Event('change', {bubbles: true})); const p = document.querySelector('#l10n-section'); p.value = 'Header'; p.dispatchEvent(new Event('change', {bubbles: true})); return true")
            .await;
        let ids = ctx
            .wait_until(
                "section filter applied",
                "(() => { const ids = [...document.querySelectorAll('tr.l10n-row')].map(r => r.dataset.id); return ids.length && !ids.includes('products-count') ? ids : null })()",
            )
            .await;
        assert!(
            ids.as_array().is_some_and(|a| a.iter().any(|v| v == "search-placeholder")),
            "Header section ids: {ids}"
        );
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ids_mode_shows_ids_in_place_and_six_translations_on_focus() {
    with_browser("l10n-ids", Device::Desktop, |ctx| async move {
        ctx.goto("/?l10n=ids").await;
        ctx.wait_until(
            "ids in place",
            "document.querySelector('.header-cart-text')?.textContent.trim() === 'nav-cart'",
        )
        .await;
        // Focus the cart link: the panel lists its label, cart-label, in all six languages.
        // (Focus again while waiting: the six files may still be loading at the first focus.)
        let panel = ctx
            .wait_until(
                "the translations panel",
                "(() => { const p = document.querySelector('.ids-panel'); if (p && p.querySelectorAll('dd').length >= 6) return p.innerText; const c = document.querySelector('#header-cart'); c.blur(); c.focus(); return null })()",
            )
            .await;
        let panel = strip_isolation_marks(panel.as_str().unwrap_or_default());
        for needle in ["cart-label", "Cart", "Корзина", "Carrito", "Warenkorb", "سلة"] {
            assert!(panel.contains(needle), "{needle:?} in the panel:\n{panel}");
        }
        // The panel is placed through the CSSOM (the CSP blocks a `style` attribute set as
        // markup): it sits right under the cart link.
        let placed = ctx
            .js("const p = document.querySelector('.ids-panel').getBoundingClientRect(); const c = document.querySelector('#header-cart').getBoundingClientRect(); return [Math.round(p.top - c.bottom), Math.round(p.left)]")
            .await;
        let gap = placed[0].as_i64().unwrap_or(-1);
        assert!((5..=7).contains(&gap), "the panel sits under the cart link: {placed}");
        // The mode stays for the tab: a link followed without the flag keeps it.
        ctx.goto("/signin").await;
        ctx.wait_until(
            "ids still shown",
            "document.querySelector('.header-cart-text')?.textContent.trim() === 'nav-cart'",
        )
        .await;
        // A banner on every shop page says so, readable, with a way out.
        let banner = ctx.text_of(".tool-banner").await;
        assert!(
            banner.contains("Translator preview") && banner.contains("Back to the usual shop"),
            "{banner}"
        );
        // Opening the cart drawer (ids panel included) breaks no Content-Security-Policy rule.
        ctx.js("window.__csp = []; document.addEventListener('securitypolicyviolation', e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI)); return true")
            .await;
        ctx.click("#header-cart").await;
        ctx.wait_for_count(".cart-drawer", 1).await;
        ctx.wait_until(
            "the panel over the drawer's parts",
            "(() => { const d = document.querySelector('.cart-drawer button, .cart-drawer a'); if (document.querySelector('.ids-panel')) return true; d?.focus(); return null })()",
        )
        .await;
        let violations = ctx.js("return window.__csp").await;
        assert_eq!(violations, serde_json::json!([]), "CSP violations");
        // The exit ends the mode on the same page.
        ctx.goto("/signin").await;
        ctx.wait_for_count(".tool-banner-exit", 1).await;
        ctx.click(".tool-banner-exit").await;
        ctx.wait_until(
            "ids mode ended",
            "location.pathname === '/signin' && document.querySelector('.header-cart-text')?.textContent.trim() === 'Cart' && !document.querySelector('.tool-banner')",
        )
        .await;
        ctx.goto("/").await;
        ctx.wait_until(
            "still off after a reload",
            "document.querySelector('.header-cart-text')?.textContent.trim() === 'Cart'",
        )
        .await;
    })
    .await;
}
