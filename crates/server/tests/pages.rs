//! Server-composed shop pages over real HTTP: head, canonical and hreflang, JSON-LD, the
//! first screen and inline data, hostile catalogue text, 404s, robots.txt and the sitemaps.

mod common;

use common::{header, start_with, Server, INLINE_SCRIPT};
use serde_json::Value;

const LANGS: [&str; 6] = ["en", "ru", "es", "pt-BR", "de", "ar"];

/// A built app like trunk's: the real index.html's shape and the repository's locale files.
fn index_html() -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"description\" content=\"Storefront: millions of items.\">\n\
         <meta name=\"storefront-api-base\" content=\"/api/v1\">\n<title>Storefront</title>\n\
         <link rel=\"stylesheet\" href=\"/style-0123456789abcdef.css\">\n\
         <script type=\"module\">{INLINE_SCRIPT}</script>\n{TRUNK_PRELOADS}</head>\n<body>\n\
         <div id=\"boot\" class=\"boot\" aria-hidden=\"true\"><span class=\"boot-spinner\"></span></div>\n\
         <noscript><p class=\"noscript\">Storefront needs JavaScript.</p></noscript>\n</body>\n</html>\n"
    )
}

/// The preloads trunk appends to the head: the JS glue, the split loader and the main wasm.
const TRUNK_PRELOADS: &str = "<link rel=\"modulepreload\" href=\"/storefront-0123456789abcdef.js\" \
     crossorigin=\"anonymous\" integrity=\"sha384-js\"><link rel=\"modulepreload\" \
     href=\"/snippets/wasm-split/__wasm_split-0123456789abcdef.js\" crossorigin=\"anonymous\" \
     integrity=\"sha384-loader\"><link rel=\"preload\" href=\"/storefront-0123456789abcdef_bg.wasm\" \
     crossorigin=\"anonymous\" integrity=\"sha384-wasm\" as=\"fetch\" type=\"application/wasm\">";

async fn start() -> Server {
    start_built(true).await
}

/// Chunk files of the fixture build (`snippets/wasm-split/`); the manifest also names one the
/// build lacks.
const CHUNKS: [&str; 3] = [
    "split_product_page-0123456789abcdef.wasm",
    "chunk_7-fedcba9876543210.wasm",
    "split_search_page-00112233445566ff.wasm",
];

async fn start_built(split: bool) -> Server {
    start_with(|cfg| {
        std::fs::write(cfg.dist.join("index.html"), index_html()).expect("index");
        std::fs::create_dir_all(cfg.dist.join("lazy")).expect("lazy dir");
        std::fs::write(cfg.dist.join("lazy/shop.css"), ".page{margin:0}").expect("css");
        if split {
            let dir = cfg.dist.join("snippets/wasm-split");
            std::fs::create_dir_all(&dir).expect("split dir");
            for c in CHUNKS {
                std::fs::write(dir.join(c), b"\0asm\x01\0\0\0").expect("chunk");
            }
            let manifest = serde_json::json!({
                "loader": "__wasm_split-0123456789abcdef.js",
                "modules": {
                    "product_page": [CHUNKS[0], CHUNKS[1]],
                    "search_page": [CHUNKS[2], "chunk_9-not-built.wasm"],
                    "category_page": ["../../index.html"],
                },
            });
            std::fs::write(dir.join("manifest.json"), manifest.to_string()).expect("manifest");
        }
        let repo = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
        for l in LANGS {
            let dir = cfg.dist.join("locales").join(l);
            std::fs::create_dir_all(&dir).expect("locale dir");
            let main = std::fs::read_to_string(repo.join(l).join("main.ftl")).expect("ftl");
            std::fs::write(dir.join("shell.ftl"), &main[..main.len().min(2000)]).expect("shell");
            std::fs::write(dir.join("main.ftl"), main).expect("main");
        }
    })
    .await
}

struct Doc {
    status: u16,
    html: String,
}

async fn page(s: &Server, path: &str, headers: &[(&str, &str)]) -> Doc {
    let res = s.get_with(path, headers).await;
    let status = res.status().as_u16();
    assert_eq!(
        header(&res, "content-type"),
        "text/html; charset=utf-8",
        "{path}"
    );
    Doc {
        status,
        html: res.text().await.expect("body"),
    }
}

/// Text between `start` and the next `end` after it.
fn between<'a>(html: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let s = html.find(start)? + start.len();
    let e = html[s..].find(end)? + s;
    Some(&html[s..e])
}

fn all_between<'a>(html: &'a str, start: &str, end: &str) -> Vec<&'a str> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(s) = rest.find(start) {
        let from = s + start.len();
        let Some(e) = rest[from..].find(end) else {
            break;
        };
        out.push(&rest[from..from + e]);
        rest = &rest[from + e..];
    }
    out
}

/// HTML escaping as the server does it.
fn esc(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

fn json_ld(html: &str) -> Vec<Value> {
    all_between(html, "<script type=\"application/ld+json\">", "</script>")
        .into_iter()
        .map(|t| serde_json::from_str(t).expect("JSON-LD parses"))
        .collect()
}

fn ld_of<'a>(lds: &'a [Value], kind: &str) -> &'a Value {
    lds.iter()
        .find(|v| v["@type"] == kind)
        .unwrap_or_else(|| panic!("no {kind} in {lds:?}"))
}

fn data(html: &str) -> Value {
    let raw = between(
        html,
        "<script type=\"application/json\" id=\"sf-data\">",
        "</script>",
    )
    .expect("inline data");
    serde_json::from_str(raw).expect("inline data parses")
}

fn meta(html: &str, attr: &str, name: &str) -> Option<String> {
    between(html, &format!("<meta {attr}=\"{name}\" content=\""), "\"").map(str::to_string)
}

fn title(html: &str) -> &str {
    between(html, "<title>", "</title>").unwrap_or("")
}

/// Canonical and the seven alternates for `path` (+ `query`, already encoded).
fn check_links(s: &Server, html: &str, path: &str, query: &str, lang: &str) {
    let url = |l: Option<&str>| {
        let mut qs = query.to_string();
        if let Some(l) = l.filter(|l| *l != "en") {
            if !qs.is_empty() {
                qs.push('&');
            }
            qs.push_str(&format!("lang={l}"));
        }
        if qs.is_empty() {
            format!("{}{path}", s.base)
        } else {
            format!("{}{path}?{}", s.base, qs.replace('&', "&amp;"))
        }
    };
    assert!(
        html.contains(&format!(
            "<link rel=\"canonical\" href=\"{}\">",
            url(Some(lang))
        )),
        "canonical of {path} in {lang}:\n{html}"
    );
    for l in LANGS {
        assert!(
            html.contains(&format!(
                "<link rel=\"alternate\" hreflang=\"{l}\" href=\"{}\">",
                url(Some(l))
            )),
            "hreflang {l} of {path}"
        );
    }
    assert!(html.contains(&format!(
        "<link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\">",
        url(None)
    )));
}

#[tokio::test]
async fn product_page_head_json_ld_preview_and_data() {
    let s = start().await;
    let api = s.json("/api/v1/products/5?lang=en").await;
    let title_en = api["summary"]["title"].as_str().expect("title").to_string();
    let doc = page(&s, "/p/5", &[]).await;
    assert_eq!(doc.status, 200);
    let html = &doc.html;
    assert!(html.contains("<html lang=\"en\" dir=\"ltr\">"));
    assert!(
        title(html).starts_with(&esc(&title_en)) && title(html).contains('$'),
        "title {:?}",
        title(html)
    );
    let desc = meta(html, "name", "description").expect("description");
    assert!(
        desc.contains(api["seller"]["name"].as_str().unwrap_or("?")),
        "{desc}"
    );
    check_links(&s, html, "/p/5", "", "en");
    assert_eq!(
        meta(html, "property", "og:type").as_deref(),
        Some("product")
    );
    let image = format!("{}{}", s.base, api["images"][0].as_str().unwrap_or(""));
    assert_eq!(meta(html, "property", "og:image"), Some(image.clone()));
    assert_eq!(
        meta(html, "name", "twitter:card").as_deref(),
        Some("summary_large_image")
    );
    let cents = api["summary"]["price"]["amount"].as_i64().expect("price");
    let amount = format!("{}.{:02}", cents / 100, cents % 100);
    assert_eq!(
        meta(html, "property", "product:price:amount"),
        Some(amount.clone())
    );

    let lds = json_ld(html);
    let product = ld_of(&lds, "Product");
    assert_eq!(product["name"], title_en.as_str());
    assert_eq!(product["sku"], "5");
    assert_eq!(product["image"][0], image.as_str());
    assert_eq!(product["offers"]["price"], amount.as_str());
    assert_eq!(product["offers"]["priceCurrency"], "USD");
    assert!(product["offers"]["availability"]
        .as_str()
        .is_some_and(|a| a.starts_with("https://schema.org/")));
    assert_eq!(product["offers"]["seller"]["name"], api["seller"]["name"]);
    if api["summary"]["reviews_count"].as_i64() > Some(0) {
        assert_eq!(
            product["aggregateRating"]["reviewCount"],
            api["summary"]["reviews_count"]
        );
        assert!(product["aggregateRating"]["ratingValue"].is_string());
    }
    let crumbs = ld_of(&lds, "BreadcrumbList")["itemListElement"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert!(crumbs.len() >= 3, "home, category…, product: {crumbs:?}");
    assert_eq!(
        crumbs.last().map(|c| &c["name"]),
        Some(&Value::from(title_en.as_str()))
    );

    // The first screen: app class names, the image in its box, title, price, seller.
    let preview = between(
        html,
        "<div id=\"sf-preview\">",
        "<script type=\"application/json\"",
    )
    .expect("preview");
    assert!(preview.contains("class=\"product-title\""));
    assert!(preview.contains(&format!(
        "<img src=\"{}\"",
        api["images"][0].as_str().unwrap_or("")
    )));
    assert!(preview.contains("class=\"price price-large product-price\""));
    assert!(preview.contains(&format!("/store/{}", api["seller"]["id"])));
    assert!(
        !html.contains("id=\"boot\""),
        "the spinner gives way to the preview"
    );
    // The first data: exactly the API's answer, the config and the shell messages.
    let d = data(html);
    assert_eq!(d["lang"], "en");
    assert_eq!(d["answers"]["/api/v1/products/5?lang=en"]["status"], 200);
    assert_eq!(d["answers"]["/api/v1/products/5?lang=en"]["body"], api);
    assert_eq!(
        d["answers"]["/api/v1/config"]["body"],
        s.json("/api/v1/config").await
    );
    assert!(d["answers"]["/locales/en/shell.ftl"]["text"]
        .as_str()
        .is_some_and(|t| t.contains("-brand")));
}

#[tokio::test]
async fn language_from_query_cookie_then_accept_language() {
    let s = start().await;
    let ru = s.json("/api/v1/products/5?lang=ru").await;
    let doc = page(&s, "/p/5?lang=ru", &[("accept-language", "de")]).await;
    assert!(doc.html.contains("<html lang=\"ru\" dir=\"ltr\">"));
    assert!(title(&doc.html).starts_with(ru["summary"]["title"].as_str().unwrap_or("?")));
    check_links(&s, &doc.html, "/p/5", "", "ru");
    assert!(data(&doc.html)["answers"]["/api/v1/products/5?lang=ru"].is_object());

    let doc = page(
        &s,
        "/p/5",
        &[("cookie", "x=1; lang=ar"), ("accept-language", "de")],
    )
    .await;
    assert!(doc.html.contains("<html lang=\"ar\" dir=\"rtl\">"));
    let doc = page(
        &s,
        "/categories",
        &[("accept-language", "fr;q=1, de-DE;q=0.8")],
    )
    .await;
    assert!(doc.html.contains("<html lang=\"de\" dir=\"ltr\">"));
    assert!(
        title(&doc.html).starts_with("Alle Kategorien"),
        "{}",
        title(&doc.html)
    );
    check_links(&s, &doc.html, "/categories", "", "de");
    let doc = page(&s, "/", &[("accept-language", "xx")]).await;
    assert!(doc.html.contains("<html lang=\"en\" dir=\"ltr\">"));
}

#[tokio::test]
async fn home_category_search_store_and_categories() {
    let s = start().await;
    // Home: WebSite with a SearchAction, Organization, the deals and inline home feed.
    let doc = page(&s, "/", &[]).await;
    assert_eq!(doc.status, 200);
    check_links(&s, &doc.html, "/", "", "en");
    let lds = json_ld(&doc.html);
    let site = ld_of(&lds, "WebSite");
    assert_eq!(site["potentialAction"]["@type"], "SearchAction");
    assert_eq!(
        site["potentialAction"]["target"]["urlTemplate"],
        format!("{}/search?q={{search_term_string}}", s.base)
    );
    assert_eq!(ld_of(&lds, "Organization")["name"], "Storefront");
    let home = &data(&doc.html)["answers"]["/api/v1/home?lang=en"]["body"];
    let first = home["deals"][0]["title"].as_str().expect("a deal");
    assert!(doc.html.contains("class=\"hero\"") && doc.html.contains("class=\"deals-strip\""));
    assert!(doc.html.contains(&esc(first)));

    // Category: name and count in the head, breadcrumbs, first results inline and shown.
    let cats = s.json("/api/v1/categories?lang=en").await;
    let slug = cats[0]["slug"].as_str().expect("slug").to_string();
    let name = cats[0]["name"].as_str().expect("name").to_string();
    let doc = page(&s, &format!("/c/{slug}"), &[]).await;
    assert_eq!(doc.status, 200);
    assert!(
        title(&doc.html).starts_with(&esc(&name)),
        "{} / {name}",
        title(&doc.html)
    );
    assert!(meta(&doc.html, "name", "description")
        .is_some_and(|d| d.contains(&cats[0]["product_count"].to_string())));
    check_links(&s, &doc.html, &format!("/c/{slug}"), "", "en");
    let lds = json_ld(&doc.html);
    assert!(ld_of(&lds, "BreadcrumbList")["itemListElement"]
        .as_array()
        .is_some_and(|l| l.len() >= 2));
    let id = cats[0]["id"].as_i64().expect("id");
    let key = format!("/api/v1/search?category={id}&ship_to=US&lang=en");
    let found = &data(&doc.html)["answers"][&key]["body"];
    assert_eq!(found, &s.json(&key).await, "inline answer is the API's");
    let cards = doc.html.matches("class=\"product-card\"").count();
    assert_eq!(
        cards,
        found["items"].as_array().map_or(0, |a| a.len().min(12))
    );
    assert!(cards > 0);

    // Search: the query is part of the canonical URL and the title; first page inline.
    let doc = page(&s, "/search?q=phone%20case&sort=price_asc", &[]).await;
    assert_eq!(doc.status, 200);
    check_links(&s, &doc.html, "/search", "q=phone+case", "en");
    assert!(title(&doc.html).contains("phone case"));
    let key = "/api/v1/search?q=phone%20case&sort=price_asc&ship_to=US&lang=en";
    assert!(
        data(&doc.html)["answers"][key].is_object(),
        "{}",
        data(&doc.html)["answers"]
    );

    // Store: the seller's name; categories: the tree.
    let seller = s.json("/api/v1/sellers/3").await;
    let doc = page(&s, "/store/3", &[]).await;
    assert_eq!(doc.status, 200);
    assert!(title(&doc.html).starts_with(seller["name"].as_str().unwrap_or("?")));
    check_links(&s, &doc.html, "/store/3", "", "en");
    let doc = page(&s, "/categories", &[]).await;
    assert_eq!(
        data(&doc.html)["answers"]["/api/v1/categories?lang=en"]["body"],
        cats
    );
    assert!(doc.html.contains(&esc(&name)));
}

#[tokio::test]
async fn unknown_ids_answer_404_with_the_app() {
    let s = start().await;
    for p in [
        "/p/999999999",
        "/p/abc",
        "/p/0",
        "/c/no-such-category",
        "/store/999999",
        "/store/x",
    ] {
        let doc = page(&s, p, &[]).await;
        assert_eq!(doc.status, 404, "{p}");
        assert!(
            doc.html.contains(INLINE_SCRIPT),
            "{p}: the app still starts"
        );
        assert!(
            doc.html
                .contains("<meta name=\"robots\" content=\"noindex\">"),
            "{p}"
        );
        assert!(!doc.html.contains("rel=\"canonical\""), "{p}");
        assert!(title(&doc.html).contains("Page not found"), "{p}");
    }
    // The app's own answer for the product comes inline, so it shows not-found at once.
    let doc = page(&s, "/p/999999999", &[]).await;
    assert_eq!(
        data(&doc.html)["answers"]["/api/v1/products/999999999?lang=en"]["status"],
        404
    );
    // Other routes stay the plain app.
    let res = s.get("/cart").await;
    assert_eq!(res.status(), 200);
    assert_eq!(res.text().await.unwrap_or_default(), index_html());
}

#[tokio::test]
async fn hostile_catalogue_text_stays_text() {
    let s = start().await;
    let hostile = "</script><script>alert(1)</script> \"><img src=x onerror=alert(2)> & 'q' <!--";
    let pool = sqlx::SqlitePool::connect(&format!(
        "sqlite://{}",
        s.dir.path().join("data").join("test.db").display()
    ))
    .await
    .expect("db");
    let seller: i64 = sqlx::query_scalar("SELECT seller_id FROM products WHERE id = 7")
        .fetch_one(&pool)
        .await
        .expect("seller");
    sqlx::query("UPDATE products SET title_en = ? WHERE id = 7")
        .bind(hostile)
        .execute(&pool)
        .await
        .expect("title");
    sqlx::query("UPDATE sellers SET name = ? WHERE id = ?")
        .bind(hostile)
        .bind(seller)
        .execute(&pool)
        .await
        .expect("seller name");
    for path in [
        "/p/7",
        &format!("/store/{seller}"),
        "/search?q=%3C%2Fscript%3E%22%3E%3Cimg",
    ] {
        let doc = page(&s, path, &[]).await;
        let html = &doc.html;
        assert!(!html.contains("<script>alert"), "{path}");
        assert!(!html.contains("<img src=x"), "{path}");
        // No tag anywhere carries the hostile attribute: it stayed inside escaped text.
        let tags: Vec<&str> = html
            .split('<')
            .skip(1)
            .filter_map(|t| t.split('>').next())
            .collect();
        let unquoted = |t: &str| -> String { t.split('"').step_by(2).collect() };
        assert!(
            !tags.iter().any(|t| unquoted(t).contains("onerror")),
            "{path}"
        );
        assert!(
            !html.contains("<!--"),
            "{path}: {}",
            &html[html.find("<!--").unwrap_or(0).saturating_sub(200)..][..400]
        );
        // Only the template's script, the JSON-LD blocks and the data: none was broken out of.
        let scripts = html.matches("<script").count();
        let closes = html.matches("</script>").count();
        assert_eq!(scripts, closes, "{path}");
        assert_eq!(
            scripts,
            1 + json_ld(html).len() + 1,
            "{path}: template, JSON-LD, data"
        );
        assert!(data(html)["answers"].is_object(), "{path}");
    }
    let doc = page(&s, "/p/7", &[]).await;
    let html = &doc.html;
    assert!(title(html)
        .starts_with("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &quot;&gt;&lt;img"));
    assert!(html.contains("<meta property=\"og:title\" content=\"&lt;/script&gt;"));
    let lds = json_ld(html);
    assert_eq!(ld_of(&lds, "Product")["name"], hostile);
    assert_eq!(ld_of(&lds, "Product")["offers"]["seller"]["name"], hostile);
    assert_eq!(
        data(html)["answers"]["/api/v1/products/7?lang=en"]["body"]["summary"]["title"],
        hostile
    );
    assert!(html.contains("\\u003c/script\\u003e"));
}

/// Checks that `xml` is a well-formed tree of elements (no DTD, no CDATA in our output) and
/// returns the number of `<name>` elements.
fn well_formed(xml: &str, count: &str) -> usize {
    let body = xml
        .strip_prefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .expect("XML declaration");
    let mut stack: Vec<String> = Vec::new();
    let mut n = 0;
    let mut rest = body;
    while let Some(open) = rest.find('<') {
        let text = &rest[..open];
        assert!(!text.contains('>'), "stray > in text: {text}");
        for ent in text.split('&').skip(1) {
            assert!(
                ["amp;", "lt;", "gt;", "quot;", "apos;"]
                    .iter()
                    .any(|e| ent.starts_with(e)),
                "bad entity in {text}"
            );
        }
        let close = rest[open..].find('>').expect("tag ends") + open;
        let tag = &rest[open + 1..close];
        if let Some(name) = tag.strip_prefix('/') {
            assert_eq!(stack.pop().as_deref(), Some(name), "balanced </{name}>");
        } else {
            let name = tag
                .split_whitespace()
                .next()
                .unwrap_or("")
                .trim_end_matches('/');
            assert_eq!(tag.matches('"').count() % 2, 0, "quoted attributes: {tag}");
            if name == count {
                n += 1;
            }
            if !tag.ends_with('/') {
                stack.push(name.to_string());
            }
        }
        rest = &rest[close + 1..];
    }
    assert!(stack.is_empty(), "unclosed {stack:?}");
    assert!(rest.trim().is_empty());
    n
}

#[tokio::test]
async fn robots_and_sitemaps_list_real_urls() {
    let s = start().await;
    let res = s.get("/robots.txt").await;
    assert_eq!(res.status(), 200);
    let robots = res.text().await.unwrap_or_default();
    assert!(
        robots.contains(&format!("Sitemap: {}/sitemap.xml", s.base)),
        "{robots}"
    );

    let res = s.get("/sitemap.xml").await;
    assert_eq!(res.status(), 200);
    assert!(header(&res, "content-type").starts_with("application/xml"));
    let index = res.text().await.unwrap_or_default();
    assert_eq!(well_formed(&index, "sitemap"), 2, "{index}");
    let locs: Vec<String> = all_between(&index, "<loc>", "</loc>")
        .into_iter()
        .map(str::to_string)
        .collect();
    assert_eq!(
        locs,
        [
            format!("{}/sitemaps/categories.xml", s.base),
            format!("{}/sitemaps/products-1.xml", s.base)
        ]
    );
    assert_eq!(index.matches("<lastmod>").count(), 2);

    let mut urls = Vec::new();
    for loc in &locs {
        let path = loc.strip_prefix(&s.base).unwrap_or(loc);
        let res = s.get(path).await;
        assert_eq!(res.status(), 200, "{path}");
        let xml = res.text().await.unwrap_or_default();
        let n = well_formed(&xml, "url");
        assert!(
            n <= 50_000 && xml.len() < 50_000_000,
            "{path}: protocol limits"
        );
        assert_eq!(xml.matches("<lastmod>").count(), n);
        assert_eq!(
            xml.matches("hreflang=").count(),
            n * 7,
            "{path}: alternates"
        );
        urls.extend(
            all_between(&xml, "<loc>", "</loc>")
                .into_iter()
                .map(str::to_string),
        );
    }
    let products = urls.iter().filter(|u| u.contains("/p/")).count();
    assert_eq!(products, 600, "every product once");
    let cats = s.json("/api/v1/categories").await;
    assert!(urls.contains(&format!(
        "{}/c/{}",
        s.base,
        cats[0]["slug"].as_str().unwrap_or("")
    )));
    assert!(urls.contains(&format!("{}/", s.base)));
    // The listed URLs are real pages.
    for u in [&urls[0], &urls[3], urls.last().expect("urls")] {
        let path = u.strip_prefix(&s.base).unwrap_or(u);
        assert_eq!(s.get(path).await.status(), 200, "{u}");
    }
    assert_eq!(s.get("/sitemaps/products-2.xml").await.status(), 404);
    assert_eq!(s.get("/sitemaps/products-0.xml").await.status(), 404);
}

/// The preloads a page holds back until the app starts: the tags inside
/// `<template id="sf-preload">`, which must be in the head; trunk's three come first and are
/// left out here. No preload may be outside the template (it would download with the page).
fn preloads(html: &str) -> Vec<String> {
    let open = "<template id=\"sf-preload\">";
    let head_end = html.find("</head>").expect("head");
    let Some(start) = html.find(open) else {
        assert!(
            !html.contains("preload\""),
            "a preload outside the template"
        );
        return Vec::new();
    };
    assert!(start < head_end, "the template is in the head");
    let inner_start = start + open.len();
    let inner_end = inner_start
        + html[inner_start..]
            .find("</template>")
            .expect("template end");
    let inner = &html[inner_start..inner_end];
    let outside = format!("{}{}", &html[..start], &html[inner_end..]);
    assert!(
        !outside.contains("rel=\"preload\"") && !outside.contains("rel=\"modulepreload\""),
        "a preload outside the template"
    );
    let trunk = TRUNK_PRELOADS.replace("><", ">\n<");
    let rest = inner
        .trim_start()
        .strip_prefix(trunk.as_str())
        .expect("trunk's preloads first, as built");
    all_between(rest, "<link rel=\"preload\" ", ">")
        .into_iter()
        .map(str::to_string)
        .collect()
}

#[tokio::test]
async fn routes_hold_back_their_chunks_stylesheet_and_locale_preloads() {
    let s = start().await;
    let id = s.json("/api/v1/products?limit=1").await["items"][0]["id"].clone();
    let chunk = |name: &str| {
        format!(
            "href=\"/snippets/wasm-split/{name}\" as=\"fetch\" type=\"application/wasm\" crossorigin"
        )
    };
    let locale = |lang: &str| format!("href=\"/locales/{lang}/main.ftl\" as=\"fetch\" crossorigin");

    // The product page: its module's chunks, in the manifest's order, and the locale's whole
    // file; its stylesheet is linked (the preview needs it), so it is not preloaded as well.
    // All of it, and trunk's preloads of the JS and wasm, wait in the head's template for the
    // start script (Trunk.toml), so nothing competes with the first screen.
    let doc = page(&s, &format!("/p/{id}?lang=de"), &[]).await;
    assert_eq!(doc.status, 200);
    assert_eq!(
        preloads(&doc.html),
        [chunk(CHUNKS[0]), chunk(CHUNKS[1]), locale("de")]
    );
    assert!(doc.html.contains(
        "<link rel=\"stylesheet\" href=\"/lazy/shop.css\" data-lazy-style=\"shop\" data-done>"
    ));
    // The start script is still there, unchanged (its CSP hash is the built page's).
    assert!(doc
        .html
        .contains(&format!("<script type=\"module\">{INLINE_SCRIPT}</script>")));

    // A file the build lacks, or a name that is not a plain file, is never preloaded.
    let doc = page(&s, "/search?q=lamp", &[]).await;
    assert_eq!(preloads(&doc.html), [chunk(CHUNKS[2]), locale("en")]);
    let slug = s.json("/api/v1/categories").await[0]["slug"].clone();
    let slug = slug.as_str().expect("slug");
    let doc = page(&s, &format!("/c/{slug}"), &[("accept-language", "ru")]).await;
    assert_eq!(doc.status, 200);
    assert_eq!(preloads(&doc.html), [locale("ru")]);

    // `/categories` has no preview stylesheet: the page bundle is preloaded for the app.
    let doc = page(&s, "/categories", &[]).await;
    assert_eq!(
        preloads(&doc.html),
        [
            "href=\"/lazy/shop.css\" as=\"style\"".to_string(),
            locale("en")
        ]
    );
    // `/` is in the main module and has its messages inline: only trunk's preloads.
    assert!(preloads(&page(&s, "/", &[]).await.html).is_empty());
    // An unknown product (404) shows the app's not-found page: none of the route's preloads.
    let doc = page(&s, "/p/999999999", &[]).await;
    assert_eq!(doc.status, 404);
    assert!(preloads(&doc.html).is_empty());

    // Without a manifest (a build without split points) there are no wasm preloads.
    let plain = start_built(false).await;
    let doc = page(&plain, &format!("/p/{id}"), &[]).await;
    assert_eq!(preloads(&doc.html), [locale("en")]);

    // A route the server does not compose gets the built page as it is, preloads in place.
    let res = s.get("/cart").await;
    assert_eq!(res.text().await.unwrap_or_default(), index_html());
}
