//! Security headers on every response. The CSP allows the inline scripts of `index.html` by
//! their SHA-256 (computed at start), never `'unsafe-inline'`. Only `/embed/` may be framed.
//! Behind a TLS proxy (`--behind-tls-proxy`) every answer carries HSTS; every answer about one
//! buyer (session, account, addresses, cart, checkout payments, orders, disputes, the test
//! provider's payment pages) carries `Cache-Control: private, no-store`.

use axum::extract::{Request, State};
use axum::http::{HeaderName, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;
use base64::Engine;
use sha2::{Digest, Sha256};
use std::sync::Arc;

#[derive(Debug, Clone)]
pub struct Policies {
    pub csp: HeaderValue,
    pub embed_csp: HeaderValue,
    /// Send `Strict-Transport-Security` (the server is reached over https).
    pub hsts: bool,
}

/// API paths whose answers concern one buyer.
pub fn is_personal(path: &str) -> bool {
    let Some(rest) = path.strip_prefix("/api/v1/") else {
        return false;
    };
    [
        "session",
        "account",
        "cart",
        "checkout",
        "orders",
        "disputes",
        "test-provider",
    ]
    .iter()
    .any(|p| rest == *p || rest.starts_with(&format!("{p}/")))
}

/// `'sha256-…'` sources for each inline `<script>` (one without `src`) of the page.
pub fn inline_script_hashes(html: &str) -> Vec<String> {
    let lower = html.to_ascii_lowercase();
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(start) = lower[at..].find("<script").map(|i| i + at) {
        let Some(open_end) = lower[start..].find('>').map(|i| i + start) else {
            break;
        };
        let Some(close) = lower[open_end..].find("</script").map(|i| i + open_end) else {
            break;
        };
        let attrs = &lower[start + 7..open_end];
        let is_tag = attrs.is_empty() || attrs.starts_with(char::is_whitespace);
        let has_src = attrs.split_whitespace().any(|a| a.starts_with("src="));
        if is_tag && !has_src {
            // Offsets are the same in `html`: ASCII lowercasing keeps byte positions.
            let body = &html[open_end + 1..close];
            let digest = Sha256::digest(body.as_bytes());
            let b64 = base64::engine::general_purpose::STANDARD.encode(digest);
            let source = format!("'sha256-{b64}'");
            if !out.contains(&source) {
                out.push(source);
            }
        }
        at = close + 1;
    }
    out
}

impl Policies {
    /// `index_html` is the shop's page, `embed_html` the widget build's (`/embed/…`); each
    /// policy allows the inline scripts of its own page.
    pub fn new(index_html: Option<&str>, embed_html: Option<&str>) -> Self {
        let base = |html: Option<&str>| {
            let mut script = String::from("script-src 'self' 'wasm-unsafe-eval'");
            for h in html.map(inline_script_hashes).unwrap_or_default() {
                script.push(' ');
                script.push_str(&h);
            }
            format!(
                "default-src 'self'; {script}; style-src 'self'; img-src 'self' data:; font-src 'self'; \
                 connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; \
                 base-uri 'self'; form-action 'self'"
            )
        };
        let value = |s: String| {
            HeaderValue::from_str(&s).unwrap_or_else(|_| {
                HeaderValue::from_static("default-src 'self'; frame-ancestors 'none'")
            })
        };
        Policies {
            csp: value(format!("{}; frame-ancestors 'none'", base(index_html))),
            embed_csp: value(format!(
                "{}; frame-ancestors *",
                base(embed_html.or(index_html))
            )),
            hsts: false,
        }
    }
}

pub fn is_embed(path: &str) -> bool {
    path == "/embed" || path.starts_with("/embed/")
}

pub async fn headers(State(p): State<Arc<Policies>>, req: Request, next: Next) -> Response {
    let embed = is_embed(req.uri().path());
    let personal = is_personal(req.uri().path());
    let mut res = next.run(req).await;
    let h = res.headers_mut();
    let set = |h: &mut axum::http::HeaderMap, name: &'static str, value: &'static str| {
        h.insert(
            HeaderName::from_static(name),
            HeaderValue::from_static(value),
        );
    };
    if embed {
        h.insert(
            HeaderName::from_static("content-security-policy"),
            p.embed_csp.clone(),
        );
    } else {
        h.insert(
            HeaderName::from_static("content-security-policy"),
            p.csp.clone(),
        );
        set(h, "x-frame-options", "DENY");
        set(h, "cross-origin-opener-policy", "same-origin");
    }
    set(h, "x-content-type-options", "nosniff");
    set(h, "referrer-policy", "strict-origin-when-cross-origin");
    set(h, "permissions-policy", "camera=(self), geolocation=()");
    if p.hsts {
        set(
            h,
            "strict-transport-security",
            "max-age=31536000; includeSubDomains",
        );
    }
    if personal {
        set(h, "cache-control", "private, no-store");
    }
    res
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_only_inline_scripts() {
        let html = r#"<html><head><script src="/a.js"></script><SCRIPT type="module">import init from '/x.js';init();</SCRIPT><scripty></scripty></head></html>"#;
        let hashes = inline_script_hashes(html);
        assert_eq!(hashes.len(), 1);
        let digest = Sha256::digest(b"import init from '/x.js';init();");
        let expected = base64::engine::general_purpose::STANDARD.encode(digest);
        assert_eq!(hashes[0], format!("'sha256-{expected}'"));
    }

    #[test]
    fn embed_policy_differs() {
        let p = Policies::new(Some("<script>1</script>"), None);
        let csp = p.csp.to_str().unwrap_or("");
        assert!(csp.contains("frame-ancestors 'none'") && csp.contains("'sha256-"));
        // The service worker (/sw.js) and the manifest are the shop's own files.
        assert!(csp.contains("worker-src 'self'") && csp.contains("manifest-src 'self'"));
        assert!(p
            .embed_csp
            .to_str()
            .unwrap_or("")
            .ends_with("frame-ancestors *"));
        assert!(is_embed("/embed/product/1") && !is_embed("/embedded"));
    }

    #[test]
    fn the_widget_build_gets_its_own_script_hashes() {
        let p = Policies::new(Some("<script>1</script>"), Some("<script>2</script>"));
        let one = &inline_script_hashes("<script>1</script>")[0];
        let two = &inline_script_hashes("<script>2</script>")[0];
        let csp = p.csp.to_str().unwrap_or("");
        let embed = p.embed_csp.to_str().unwrap_or("");
        assert!(
            csp.contains(one.as_str()) && !csp.contains(two.as_str()),
            "{csp}"
        );
        assert!(
            embed.contains(two.as_str()) && !embed.contains(one.as_str()),
            "{embed}"
        );
    }

    #[test]
    fn personal_paths() {
        for p in [
            "/api/v1/cart",
            "/api/v1/cart/quote",
            "/api/v1/account/addresses/3",
            "/api/v1/orders/9",
            "/api/v1/disputes",
            "/api/v1/session",
        ] {
            assert!(is_personal(p), "{p}");
        }
        for p in [
            "/api/v1/products/1",
            "/api/v1/cartoon",
            "/cart",
            "/api/v1/search",
        ] {
            assert!(!is_personal(p), "{p}");
        }
    }
}
