//! What the first load costs the browser (issue 14): one stylesheet on `/`, a clean console for
//! a signed-out visitor, and a product page whose chunks are preloaded by its HTML (held back
//! until its first screen has painted) and fetched once.

use serde_json::{json, Value};
use storefront_e2e::{with_browser, Device};

/// Resource URLs (path and query) the page has fetched, with the HTTP status of each.
const RESOURCES: &str = "return performance.getEntriesByType('resource')\
    .map(e => [new URL(e.name).pathname, e.responseStatus || 0]);";

async fn resources(ctx: &storefront_e2e::Ctx) -> Vec<(String, u64)> {
    let list: Vec<(String, u64)> =
        serde_json::from_value(ctx.js(RESOURCES).await).expect("resource entries");
    list
}

/// Console lines that are errors or say a preload went unused or did not match its request
/// (Chromium: "… was preloaded using link preload but not used …", "A preload for … is found,
/// but is not used because the request credentials mode does not match").
fn complaints(lines: &[(String, String)]) -> Vec<String> {
    lines
        .iter()
        .filter(|(level, message)| {
            level == "SEVERE"
                || message.contains("preloaded using link preload but not used")
                || (message.contains("A preload for") && message.contains("not used"))
        })
        .map(|(level, message)| format!("{level}: {message}"))
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn first_load_one_stylesheet_clean_console_and_preloaded_chunks() {
    with_browser("first-load", Device::Desktop, |ctx| async move {
        // `/` for a new, signed-out visitor.
        ctx.goto("/?lang=en").await;
        ctx.wait_until(
            "the app's deals",
            "document.querySelector('#main .deals-strip .product-card') && !document.getElementById('sf-preview')",
        )
        .await;
        // The session probe has been answered (it is what used to log a 401).
        ctx.wait_until(
            "the session probe",
            "performance.getEntriesByType('resource').some(e => e.name.endsWith('/api/v1/account/me') && e.responseEnd > 0)",
        )
        .await;
        let loaded = resources(&ctx).await;
        let sheets: Vec<&String> = loaded
            .iter()
            .map(|(path, _)| path)
            .filter(|path| path.ends_with(".css"))
            .collect();
        assert_eq!(sheets.len(), 1, "one stylesheet on the first load: {sheets:?}");
        assert_eq!(
            ctx.js("return document.styleSheets.length").await,
            json!(1),
            "one stylesheet in the document"
        );
        let failed: Vec<&(String, u64)> = loaded.iter().filter(|(_, s)| *s >= 400).collect();
        assert!(failed.is_empty(), "failed requests on /: {failed:?}");
        let me = loaded.iter().find(|(p, _)| p == "/api/v1/account/me");
        assert_eq!(me.map(|m| m.1), Some(200), "signed out is an answer, not an error");
        let console = ctx.console().await;
        assert_eq!(complaints(&console), Vec::<String>::new(), "console on /");
        // The log does catch a 401 (what the probe used to answer): account data still needs a
        // session, and the browser reports the refusal as an error.
        let status = ctx
            .js("return fetch('/api/v1/account/addresses').then(r => r.status)")
            .await;
        assert_eq!(status, json!(401));
        let console = ctx.console().await;
        assert!(
            complaints(&console).iter().any(|l| l.contains("401")),
            "a 401 shows in the console: {console:?}"
        );

        // A product page: its HTML holds the preloads of the chunks of its split module (the
        // build's manifest) and of the locale in `<template id="sf-preload">`, which the start
        // script (Trunk.toml) moves into the head once the first screen has painted; then each
        // is fetched once, as is the page bundle the preview links.
        let dist = storefront_e2e::dist_dir();
        let manifest: Value = std::fs::read(dist.join("snippets/wasm-split/manifest.json"))
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok())
            .expect("the build writes snippets/wasm-split/manifest.json");
        let chunks: Vec<String> = manifest["modules"]["product_page"]
            .as_array()
            .expect("product_page in the manifest")
            .iter()
            .filter_map(Value::as_str)
            .map(|f| format!("/snippets/wasm-split/{f}"))
            .collect();
        assert!(!chunks.is_empty());
        let page = reqwest::get(ctx.shop.url("/p/12?lang=en"))
            .await
            .expect("product page")
            .text()
            .await
            .expect("html");
        let held = page
            .split_once("<template id=\"sf-preload\">")
            .and_then(|(head, rest)| {
                (!head.contains("<body")).then(|| rest.split_once("</template>"))?
            })
            .map(|(held, _)| held.to_string())
            .expect("a preload template in the head");
        for chunk in &chunks {
            assert!(
                held.contains(&format!(
                    "<link rel=\"preload\" href=\"{chunk}\" as=\"fetch\" type=\"application/wasm\" crossorigin>"
                )),
                "{chunk} held for preloading"
            );
        }
        ctx.goto("/p/12?lang=en").await;
        ctx.wait_until(
            "the app's product view",
            "document.querySelector('#main .product-layout .product-title') && !document.getElementById('sf-preview')",
        )
        .await;
        assert_eq!(
            ctx.js("const t = document.getElementById('sf-preload'); return !t || t.content.childElementCount === 0")
                .await,
            json!(true),
            "the template's preloads went into the head"
        );
        let in_head: Vec<String> = serde_json::from_value(
            ctx.js("return [...document.head.querySelectorAll('link[rel=preload]')].map(l => new URL(l.href).pathname)")
                .await,
        )
        .expect("preload links");
        for chunk in &chunks {
            assert!(in_head.contains(chunk), "{chunk} preloaded: {in_head:?}");
        }
        let loaded = resources(&ctx).await;
        let times = |path: &str| loaded.iter().filter(|(p, _)| p == path).count();
        for path in chunks
            .iter()
            .map(String::as_str)
            .chain(["/lazy/shop.css", "/locales/en/main.ftl"])
        {
            assert_eq!(times(path), 1, "{path} fetched once: {loaded:?}");
        }
        let console = ctx.console().await;
        assert_eq!(complaints(&console), Vec::<String>::new(), "console on /p/12");
    })
    .await;
}
