//! `robots.txt` and the sitemaps: `/sitemap.xml` is an index over `/sitemaps/categories.xml`
//! (home, the category list, every category) and `/sitemaps/products-<n>.xml`, each product
//! sitemap covering the ids `(n-1)·PER+1 ..= n·PER` (so at most [`PRODUCTS_PER_SITEMAP`] URLs,
//! far under the protocol's 50,000 URLs and 50 MB). Each URL lists its hreflang alternates.
//! Product sitemaps are streamed row by row from SQLite: memory stays flat for any catalogue.

use super::escape::xml;
use super::{origin, page_url};
use crate::lang::Lang;
use crate::AppState;
use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use futures_util::TryStreamExt;

/// URLs per product sitemap (with 7 alternates each, about 20 MB of XML).
pub const PRODUCTS_PER_SITEMAP: i64 = 25_000;

const URLSET_OPEN: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n";

/// The catalogue's date for `lastmod`: the UTC day the server loaded it (the reference
/// catalogue changes only when it is reseeded, which needs a restart).
fn lastmod(state: &AppState) -> String {
    state.catalog_date.clone()
}

fn xml_response(body: Body) -> Response {
    let mut res = (StatusCode::OK, body).into_response();
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/xml; charset=utf-8"),
    );
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=3600"),
    );
    res
}

pub async fn robots(headers: HeaderMap) -> Response {
    let body = format!(
        "User-agent: *\nAllow: /\nAllow: /api/v1/images/\nDisallow: /api/\nDisallow: /cart\n\
         Disallow: /checkout\nDisallow: /account\nDisallow: /orders\nDisallow: /disputes\n\n\
         Sitemap: {}/sitemap.xml\n",
        origin(&headers)
    );
    let mut res = (StatusCode::OK, body).into_response();
    res.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    res
}

/// Number of product sitemaps.
pub fn product_sitemaps(max_product_id: i64) -> i64 {
    (max_product_id.max(0) + PRODUCTS_PER_SITEMAP - 1) / PRODUCTS_PER_SITEMAP
}

pub async fn index(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let o = origin(&headers);
    let date = lastmod(&state);
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    let mut entry = |loc: String| {
        out.push_str(&format!(
            "<sitemap><loc>{}</loc><lastmod>{date}</lastmod></sitemap>\n",
            xml(&loc)
        ));
    };
    entry(format!("{o}/sitemaps/categories.xml"));
    for n in 1..=product_sitemaps(state.max_product_id) {
        entry(format!("{o}/sitemaps/products-{n}.xml"));
    }
    out.push_str("</sitemapindex>\n");
    xml_response(Body::from(out))
}

/// One `<url>` with its alternates in the six languages and `x-default`.
fn url_entry(out: &mut String, origin: &str, path: &str, date: &str) {
    out.push_str("<url><loc>");
    out.push_str(&xml(&page_url(origin, path, &[], None)));
    out.push_str("</loc><lastmod>");
    out.push_str(date);
    out.push_str("</lastmod>");
    for l in Lang::ALL {
        out.push_str("<xhtml:link rel=\"alternate\" hreflang=\"");
        out.push_str(l.code());
        out.push_str("\" href=\"");
        out.push_str(&xml(&page_url(origin, path, &[], Some(l))));
        out.push_str("\"/>");
    }
    out.push_str("<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"");
    out.push_str(&xml(&page_url(origin, path, &[], None)));
    out.push_str("\"/></url>\n");
}

/// `categories.xml` or `products-<n>.xml`.
pub async fn part(
    State(state): State<AppState>,
    Path(file): Path<String>,
    headers: HeaderMap,
) -> Response {
    let o = origin(&headers);
    let date = lastmod(&state);
    if file == "categories.xml" {
        let mut out = String::from(URLSET_OPEN);
        url_entry(&mut out, &o, "/", &date);
        url_entry(&mut out, &o, "/categories", &date);
        for c in state.categories.rows() {
            url_entry(
                &mut out,
                &o,
                &format!("/c/{}", super::preview::encode(&c.slug)),
                &date,
            );
        }
        out.push_str("</urlset>\n");
        return xml_response(Body::from(out));
    }
    let n = file
        .strip_prefix("products-")
        .and_then(|r| r.strip_suffix(".xml"))
        .and_then(|n| n.parse::<i64>().ok())
        .filter(|n| *n >= 1 && *n <= product_sitemaps(state.max_product_id));
    let Some(n) = n else {
        return (
            StatusCode::NOT_FOUND,
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            "not found\n",
        )
            .into_response();
    };
    let (first, last) = ((n - 1) * PRODUCTS_PER_SITEMAP + 1, n * PRODUCTS_PER_SITEMAP);
    let (tx, rx) = tokio::sync::mpsc::channel::<Result<axum::body::Bytes, std::io::Error>>(4);
    let pool = state.pool.clone();
    tokio::spawn(async move {
        let mut buf = String::with_capacity(96 * 1024);
        buf.push_str(URLSET_OPEN);
        let mut rows = crate::store::catalogue::product_ids(&pool, first, last);
        loop {
            match rows.try_next().await {
                Ok(Some(id)) => {
                    url_entry(&mut buf, &o, &format!("/p/{id}"), &date);
                    if buf.len() >= 64 * 1024 {
                        let chunk = std::mem::replace(&mut buf, String::with_capacity(96 * 1024));
                        if tx.send(Ok(chunk.into())).await.is_err() {
                            return;
                        }
                    }
                }
                Ok(None) => break,
                Err(e) => {
                    tracing::warn!(error = %e, "sitemap query failed");
                    let _ = tx.send(Err(std::io::Error::other(e))).await;
                    return;
                }
            }
        }
        buf.push_str("</urlset>\n");
        let _ = tx.send(Ok(buf.into())).await;
    });
    let stream = futures_util::stream::unfold(rx, |mut rx| async move {
        rx.recv().await.map(|item| (item, rx))
    });
    xml_response(Body::from_stream(stream))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn product_sitemaps_stay_within_the_protocol_limit() {
        assert_eq!(product_sitemaps(0), 0);
        assert_eq!(product_sitemaps(600), 1);
        assert_eq!(product_sitemaps(25_000), 1);
        assert_eq!(product_sitemaps(25_001), 2);
        assert_eq!(product_sitemaps(1_000_000), 40);
        const { assert!(PRODUCTS_PER_SITEMAP <= 50_000) };
        let mut one = String::new();
        url_entry(&mut one, "https://shop.example", "/p/1000000", "2026-12-04");
        // 50 MB uncompressed at most per sitemap, with room to spare.
        assert!(one.len() as i64 * PRODUCTS_PER_SITEMAP < 50_000_000 / 2);
    }
}
