//! URL builders. The API base comes from `<meta name="storefront-api-base">` so a built app can
//! talk to another backend without a rebuild.

use std::cell::OnceCell;
use storefront_api::{ProductListQuery, ReviewQuery, SearchQuery, API_PREFIX};

thread_local! {
    static BASE: OnceCell<String> = const { OnceCell::new() };
}

/// The API base without a trailing slash, e.g. `/api/v1` or `https://api.example.com/v1`.
pub fn base() -> String {
    BASE.with(|b| b.get_or_init(read_meta_base).clone())
}

fn read_meta_base() -> String {
    #[cfg(target_arch = "wasm32")]
    {
        let content = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| {
                d.query_selector("meta[name='storefront-api-base']")
                    .ok()
                    .flatten()
            })
            .and_then(|m| m.get_attribute("content"));
        normalize_base(content.as_deref())
    }
    #[cfg(not(target_arch = "wasm32"))]
    normalize_base(None)
}

/// Trims whitespace and trailing slashes; empty or missing → `/api/v1`.
pub fn normalize_base(raw: Option<&str>) -> String {
    let trimmed = raw.unwrap_or_default().trim().trim_end_matches('/');
    if trimmed.is_empty() {
        API_PREFIX.to_string()
    } else {
        trimmed.to_string()
    }
}

/// Percent-encodes everything but RFC 3986 unreserved characters.
pub fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// `?a=1&b=x` from the present pairs; empty string when none.
pub fn query(pairs: &[(&str, Option<String>)]) -> String {
    let parts: Vec<String> = pairs
        .iter()
        .filter_map(|(k, v)| v.as_ref().map(|v| format!("{}={}", encode(k), encode(v))))
        .collect();
    if parts.is_empty() {
        String::new()
    } else {
        format!("?{}", parts.join("&"))
    }
}

fn lang_only(lang: &str) -> String {
    query(&[("lang", Some(lang.to_string()))])
}

pub fn config(base: &str) -> String {
    format!("{base}/config")
}

pub fn home(base: &str, lang: &str) -> String {
    format!("{base}/home{}", lang_only(lang))
}

pub fn categories(base: &str, lang: &str) -> String {
    format!("{base}/categories{}", lang_only(lang))
}

pub fn category(base: &str, slug: &str, lang: &str) -> String {
    format!("{base}/categories/{}{}", encode(slug), lang_only(lang))
}

pub fn products(base: &str, q: &ProductListQuery) -> String {
    format!(
        "{base}/products{}",
        query(&[
            ("category", q.category.map(|c| c.to_string())),
            ("seller", q.seller.map(|s| s.to_string())),
            ("cursor", q.cursor.clone()),
            ("limit", q.limit.map(|l| l.to_string())),
            ("lang", q.lang.clone()),
        ])
    )
}

pub fn product(base: &str, id: i64, lang: &str) -> String {
    format!("{base}/products/{id}{}", lang_only(lang))
}

/// `POST` target of a report about a product.
pub fn reports(base: &str, product_id: i64) -> String {
    format!("{base}/products/{product_id}/reports")
}

fn with_qs(path: String, qs: String) -> String {
    if qs.is_empty() {
        path
    } else {
        format!("{path}?{qs}")
    }
}

pub fn reviews(base: &str, product_id: i64, q: &ReviewQuery) -> String {
    with_qs(
        format!("{base}/products/{product_id}/reviews"),
        q.to_query_string(),
    )
}

pub fn seller(base: &str, id: i64) -> String {
    format!("{base}/sellers/{id}")
}

pub fn review_summary(base: &str, product_id: i64) -> String {
    format!("{base}/products/{product_id}/reviews/summary")
}

pub fn search(base: &str, q: &SearchQuery) -> String {
    with_qs(format!("{base}/search"), q.to_query_string())
}

pub fn suggest(base: &str, q: &str, lang: &str) -> String {
    format!(
        "{base}/suggest{}",
        query(&[("q", Some(q.to_string())), ("lang", Some(lang.to_string()))])
    )
}

/// The Fluent file of a locale, served beside the app.
pub fn locale_file(code: &str) -> String {
    format!("/locales/{}/main.ftl", encode(code))
}

/// The first load's part of a locale (`locales/shell.txt`), written by the build.
pub fn locale_shell_file(code: &str) -> String {
    format!("/locales/{}/shell.ftl", encode(code))
}

/// The partner widgets' part of a locale (`locales/widget.txt`), in the widget build.
pub fn locale_widget_file(code: &str) -> String {
    format!("/embed/locales/{}/widget.ftl", encode(code))
}

/// An asset URL the API returned (e.g. a product image). Paths under the default prefix are
/// re-rooted onto the configured base, so a remote backend's images load from it.
pub fn asset(base: &str, url: &str) -> String {
    if url.starts_with("http://") || url.starts_with("https://") || url.starts_with("//") {
        return url.to_string();
    }
    match url.strip_prefix(API_PREFIX) {
        Some(rest) if base != API_PREFIX && (rest.is_empty() || rest.starts_with('/')) => {
            format!("{base}{rest}")
        }
        _ => url.to_string(),
    }
}

/// App route of a product page.
pub fn product_page(id: i64) -> String {
    format!("/p/{id}")
}

/// App route of a category page.
pub fn category_page(slug: &str) -> String {
    format!("/c/{}", encode(slug))
}

/// App route of a seller's store page.
pub fn store_page(id: i64) -> String {
    format!("/store/{id}")
}

/// App route of the search page.
pub fn search_page(q: &str) -> String {
    format!("/search{}", query(&[("q", Some(q.to_string()))]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_is_normalised() {
        assert_eq!(normalize_base(None), "/api/v1");
        assert_eq!(normalize_base(Some("  ")), "/api/v1");
        assert_eq!(
            normalize_base(Some("https://x.test/api/v1/")),
            "https://x.test/api/v1"
        );
    }

    #[test]
    fn product_list_query_is_encoded() {
        let q = ProductListQuery {
            category: Some(7),
            cursor: Some("76312e352e39".into()),
            limit: Some(24),
            lang: Some("pt-BR".into()),
            ..Default::default()
        };
        assert_eq!(
            products("/api/v1", &q),
            "/api/v1/products?category=7&cursor=76312e352e39&limit=24&lang=pt-BR"
        );
        assert_eq!(
            products("/api/v1", &ProductListQuery::default()),
            "/api/v1/products"
        );
    }

    #[test]
    fn hostile_values_are_escaped() {
        let q = ProductListQuery {
            cursor: Some("a&b=c d/é".into()),
            ..Default::default()
        };
        assert_eq!(
            products("/b", &q),
            "/b/products?cursor=a%26b%3Dc%20d%2F%C3%A9"
        );
        assert_eq!(
            category("/b", "../x?y", "en"),
            "/b/categories/..%2Fx%3Fy?lang=en"
        );
        assert_eq!(search_page("red shoes&"), "/search?q=red%20shoes%26");
    }

    #[test]
    fn resource_urls() {
        assert_eq!(home("/api/v1", "ru"), "/api/v1/home?lang=ru");
        assert_eq!(product("/api/v1", 42, "ar"), "/api/v1/products/42?lang=ar");
        assert_eq!(config("/api/v1"), "/api/v1/config");
        assert_eq!(locale_file("pt-BR"), "/locales/pt-BR/main.ftl");
    }

    #[test]
    fn assets_follow_the_base() {
        let img = "/api/v1/images/products/5/0.svg";
        assert_eq!(asset("/api/v1", img), img);
        assert_eq!(
            asset("https://b.test/api/v1", img),
            "https://b.test/api/v1/images/products/5/0.svg"
        );
        assert_eq!(
            asset("/x", "https://cdn.test/a.svg"),
            "https://cdn.test/a.svg"
        );
        assert_eq!(asset("/x", "/api/v10/a"), "/api/v10/a");
    }
}

/// `search` (`?a=1&lang=ru`) with `key` set to `value`, other pairs kept as they were.
pub fn with_query_param(search: &str, key: &str, value: &str) -> String {
    let mut pairs: Vec<String> = search
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .map(str::to_string)
        .collect();
    let new_pair = format!("{}={}", encode(key), encode(value));
    match pairs.iter_mut().find(|p| p.split('=').next() == Some(key)) {
        Some(p) => *p = new_pair,
        None => pairs.push(new_pair),
    }
    format!("?{}", pairs.join("&"))
}

/// `search` without `key` (`?` dropped when nothing is left).
pub fn without_query_param(search: &str, key: &str) -> String {
    let pairs: Vec<&str> = search
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty() && p.split('=').next() != Some(key))
        .collect();
    if pairs.is_empty() {
        String::new()
    } else {
        format!("?{}", pairs.join("&"))
    }
}

#[cfg(test)]
mod query_param_tests {
    use super::{with_query_param, without_query_param};

    #[test]
    fn removes_one_param() {
        assert_eq!(without_query_param("?sku=5&lang=ru", "sku"), "?lang=ru");
        assert_eq!(without_query_param("?sku=5", "sku"), "");
        assert_eq!(without_query_param("", "sku"), "");
    }

    #[test]
    fn replaces_or_appends_one_param() {
        assert_eq!(
            with_query_param("?q=a%20b&lang=ru", "lang", "de"),
            "?q=a%20b&lang=de"
        );
        assert_eq!(with_query_param("", "lang", "pt-BR"), "?lang=pt-BR");
        assert_eq!(with_query_param("?q=x", "lang", "ar"), "?q=x&lang=ar");
    }
}
