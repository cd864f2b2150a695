//! Serving the built app, security headers and the demo operator API over real HTTP.

mod common;

use base64::Engine;
use common::{header, start, start_with, HASHED_JS, HASHED_WASM, INLINE_SCRIPT};
use sha2::{Digest, Sha256};

fn read_dist(s: &common::Server, path: &str) -> Vec<u8> {
    std::fs::read(s.dir.path().join("dist").join(path.trim_start_matches('/'))).expect("dist file")
}

#[tokio::test]
async fn spa_fallback_and_plain_404() {
    let s = start().await;
    let index = common::index_html();
    // Shop routes (`/`, `/p/…`, `/c/…`, …) are composed: tests/pages.rs.
    for p in ["/cart", "/orders/12", "/no/such/page", "/embed/product/5"] {
        let res = s.get(p).await;
        assert_eq!(res.status(), 200, "{p}");
        assert_eq!(
            header(&res, "content-type"),
            "text/html; charset=utf-8",
            "{p}"
        );
        assert_eq!(header(&res, "cache-control"), "no-cache", "{p}");
        assert_eq!(res.text().await.unwrap_or_default(), index, "{p}");
    }
    for p in ["/missing.js", "/locales/xx/main.ftl", "/img/none.png"] {
        let res = s.get(p).await;
        assert_eq!(res.status(), 404, "{p}");
        assert!(
            header(&res, "content-type").starts_with("text/plain"),
            "{p}"
        );
    }
    let res = s
        .client
        .post(format!("{}/c/phones", s.base))
        .send()
        .await
        .expect("post");
    assert_eq!(res.status(), 405);
}

#[tokio::test]
async fn content_types_and_cache_policy() {
    let s = start().await;
    for (path, ct, cache) in [
        (
            HASHED_JS,
            "text/javascript",
            "public, max-age=31536000, immutable",
        ),
        (
            HASHED_WASM,
            "application/wasm",
            "public, max-age=31536000, immutable",
        ),
        (
            "/style-0123456789abcdef.css",
            "text/css",
            "public, max-age=31536000, immutable",
        ),
        ("/index.html", "text/html; charset=utf-8", "no-cache"),
        (
            "/locales/en/main.ftl",
            "text/plain; charset=utf-8",
            "no-cache",
        ),
        ("/embed.js", "text/javascript", "no-cache"),
        (
            "/manifest.webmanifest",
            "application/manifest+json",
            "no-cache",
        ),
        ("/favicon.ico", "image/x-icon", "no-cache"),
    ] {
        let res = s.get(path).await;
        assert_eq!(res.status(), 200, "{path}");
        assert_eq!(header(&res, "content-type"), ct, "{path}");
        assert_eq!(header(&res, "cache-control"), cache, "{path}");
        assert!(
            header(&res, "etag").starts_with('"'),
            "strong etag on {path}"
        );
        assert!(
            res.headers().get("content-encoding").is_none(),
            "identity without accept-encoding"
        );
        assert_eq!(
            res.bytes().await.map(|b| b.to_vec()).unwrap_or_default(),
            read_dist(&s, path),
            "{path}"
        );
    }
}

#[tokio::test]
async fn precompressed_variants() {
    let s = start().await;
    for path in [HASHED_JS, HASHED_WASM, "/index.html"] {
        let original = read_dist(&s, path);

        let res = s
            .get_with(path, &[("accept-encoding", "gzip, deflate, br")])
            .await;
        assert_eq!(header(&res, "content-encoding"), "br", "{path}");
        assert_eq!(header(&res, "vary").to_lowercase(), "accept-encoding");
        let body = res.bytes().await.unwrap_or_default();
        assert!(body.len() < original.len());
        let mut decoded = Vec::new();
        brotli::BrotliDecompress(&mut &body[..], &mut decoded).expect("valid brotli");
        assert_eq!(decoded, original, "{path}");

        let res = s.get_with(path, &[("accept-encoding", "gzip")]).await;
        assert_eq!(header(&res, "content-encoding"), "gzip", "{path}");
        let body = res.bytes().await.unwrap_or_default();
        let mut decoded = Vec::new();
        std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(&body[..]), &mut decoded)
            .expect("valid gzip");
        assert_eq!(decoded, original, "{path}");

        let res = s.get_with(path, &[("accept-encoding", "identity")]).await;
        assert!(res.headers().get("content-encoding").is_none());
        assert_eq!(
            res.bytes().await.map(|b| b.to_vec()).unwrap_or_default(),
            original
        );

        let res = s
            .get_with(path, &[("accept-encoding", "br;q=0, gzip")])
            .await;
        assert_eq!(
            header(&res, "content-encoding"),
            "gzip",
            "br refused with q=0"
        );
    }
}

#[tokio::test]
async fn etags_answer_304() {
    let s = start().await;
    for path in [HASHED_JS, "/index.html", "/cart"] {
        let res = s.get_with(path, &[("accept-encoding", "br")]).await;
        let etag = header(&res, "etag");
        assert!(!etag.is_empty());
        let res = s
            .get_with(path, &[("accept-encoding", "br"), ("if-none-match", &etag)])
            .await;
        assert_eq!(res.status(), 304, "{path}");
        assert_eq!(header(&res, "etag"), etag);
        assert!(res.bytes().await.map(|b| b.is_empty()).unwrap_or(false));
        // The identity representation has its own tag.
        let res = s.get_with(path, &[("if-none-match", &etag)]).await;
        assert_eq!(res.status(), 200, "{path}");
        assert_ne!(header(&res, "etag"), etag);
        let res = s
            .get_with(path, &[("if-none-match", "\"something-else\"")])
            .await;
        assert_eq!(res.status(), 200);
    }
}

#[tokio::test]
async fn security_headers() {
    let s = start().await;
    let digest = Sha256::digest(INLINE_SCRIPT.as_bytes());
    let hash = format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    );
    for path in ["/", "/p/1", HASHED_JS, "/api/v1/health", "/api/v1/nope"] {
        let res = s.get(path).await;
        let csp = header(&res, "content-security-policy");
        assert!(csp.contains(&hash), "{path}: {csp}");
        assert!(
            csp.contains("script-src 'self' 'wasm-unsafe-eval'"),
            "{path}"
        );
        assert!(csp.contains("frame-ancestors 'none'"), "{path}");
        assert!(
            csp.contains("object-src 'none'") && !csp.contains("unsafe-inline"),
            "{path}"
        );
        assert_eq!(header(&res, "x-frame-options"), "DENY", "{path}");
        assert_eq!(header(&res, "x-content-type-options"), "nosniff", "{path}");
        assert_eq!(
            header(&res, "referrer-policy"),
            "strict-origin-when-cross-origin",
            "{path}"
        );
        assert_eq!(
            header(&res, "cross-origin-opener-policy"),
            "same-origin",
            "{path}"
        );
        assert_eq!(
            header(&res, "permissions-policy"),
            "camera=(self), geolocation=()",
            "{path}"
        );
    }
    for path in ["/embed/x", "/embed/product/12"] {
        let res = s.get(path).await;
        assert_eq!(res.status(), 200);
        let csp = header(&res, "content-security-policy");
        assert!(
            csp.contains("frame-ancestors *") && !csp.contains("frame-ancestors 'none'"),
            "{csp}"
        );
        assert!(csp.contains(&hash));
        assert!(res.headers().get("x-frame-options").is_none());
        assert!(res.headers().get("cross-origin-opener-policy").is_none());
        assert_eq!(header(&res, "x-content-type-options"), "nosniff");
    }
}

#[tokio::test]
async fn operator_faults_in_demo_mode() {
    let s = start_with(|c| c.demo = true).await;
    assert_eq!(s.json("/api/v1/config").await["demo_mode"], true);
    let arm = |body: &'static str| {
        let req = s
            .client
            .post(format!("{}/api/v1/operator/faults", s.base))
            .header("content-type", "application/json")
            .body(body);
        async move { req.send().await.expect("post") }
    };
    let res = arm(r#"{"mode":"error","count":2}"#).await;
    assert_eq!(res.status(), 200);
    let state: serde_json::Value = res.json().await.unwrap_or_default();
    assert_eq!(state["mode"], "error");
    assert_eq!(state["remaining"], 2);
    // Health, OpenAPI and images are never faulted and do not consume the count.
    assert_eq!(s.get("/api/v1/health").await.status(), 200);
    assert_eq!(s.get("/api/v1/openapi.json").await.status(), 200);
    assert_eq!(s.get("/api/v1/images/products/1/0.svg").await.status(), 200);
    s.problem(s.get("/api/v1/products").await, 500, "internal")
        .await;
    s.problem(s.get("/api/v1/categories").await, 500, "internal")
        .await;
    assert_eq!(
        s.get("/api/v1/products").await.status(),
        200,
        "count used up"
    );

    arm(r#"{"mode":"malformed","count":1}"#).await;
    let res = s.get("/api/v1/products").await;
    assert_eq!(res.status(), 200);
    assert_eq!(header(&res, "content-type"), "application/json");
    let text = res.text().await.unwrap_or_default();
    assert!(
        serde_json::from_str::<serde_json::Value>(&text).is_err(),
        "{text}"
    );
    assert_eq!(s.get("/api/v1/products").await.status(), 200);

    arm(r#"{"mode":"error","count":5}"#).await;
    let res = arm(r#"{"mode":"off"}"#).await;
    assert_eq!(
        res.json::<serde_json::Value>().await.unwrap_or_default()["remaining"],
        0
    );
    assert_eq!(s.get("/api/v1/products").await.status(), 200);

    let res = arm(r#"{"mode":"explode"}"#).await;
    s.problem(res, 400, "invalid_parameter").await;
    let res = arm("not json").await;
    s.problem(res, 400, "invalid_parameter").await;
}

#[tokio::test]
async fn operator_is_absent_without_demo() {
    let s = start().await;
    let res = s
        .client
        .post(format!("{}/api/v1/operator/faults", s.base))
        .body(r#"{"mode":"error","count":3}"#)
        .send()
        .await
        .expect("post");
    s.problem(res, 404, "route_not_found").await;
    assert_eq!(s.get("/api/v1/products").await.status(), 200);
}

#[tokio::test]
async fn without_dist_the_api_still_works() {
    let s = start_with(|c| c.dist = c.dist.with_file_name("no-such-dist")).await;
    let res = s.get("/").await;
    assert_eq!(res.status(), 200);
    assert!(res.text().await.unwrap_or_default().contains("not built"));
    assert_eq!(s.json("/api/v1/health").await["status"], "ok");
    assert_eq!(s.get("/app.js").await.status(), 404);
}
