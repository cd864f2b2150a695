//! Server-composed shop pages (DESIGN.md §6, crates/server/README.md "Composed pages").
//!
//! For `/`, `/p/:id`, `/c/:slug`, `/search`, `/store/:id` and `/categories` the server answers
//! the built `index.html` with, added:
//! - the head: localised `<title>` and description, canonical and hreflang alternates (six
//!   languages and `x-default`), Open Graph / Twitter tags, `<html lang dir>`, JSON-LD;
//! - a first screen (`<div id="sf-preview">`) drawn with the app's class names, which the app
//!   removes when its own page is on screen;
//! - the route's first API answers inline (`<script type="application/json" id="sf-data">`),
//!   keyed by the exact URL the app would request, so its first render asks nothing;
//! - the preloads (trunk's of the JS glue, wasm and split loader, and the route's chunks,
//!   stylesheet and locale file) inside `<template id="sf-preload">`, which the app's start
//!   script moves into the head once the first screen has painted.
//!
//! Unknown products, categories and stores answer 404 with the same document (the app shows
//! its not-found page). Everything taken from the catalogue is escaped (`escape`).

pub mod escape;
mod head;
pub mod messages;
pub mod preload;
mod preview;
mod request;
mod routes;
pub mod sitemap;
mod text;

use head::*;
pub use request::*;
use routes::*;
pub use text::*;

use crate::http::Captures;
use crate::lang::Lang;
use crate::params::Params;
use crate::AppState;
use axum::body::Body;
use axum::extract::State;
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use escape::html as esc;
use serde_json::{json, Value};
use std::io::Write;
use storefront_api::{
    CategoryDetail, Crumb, Home, Money, ProductDetail, SearchQuery, SearchResult, Seller,
};

/// `id` of the inline data element.
pub const DATA_ID: &str = "sf-data";
/// `id` of the first-screen preview.
pub const PREVIEW_ID: &str = "sf-preview";
/// `id` of the `<template>` in the head that holds a page's preloads until the app starts
/// (`head::compose`; the start script is Trunk.toml's `pattern_script`).
pub const PRELOAD_ID: &str = "sf-preload";
/// Where the reference server's API lives (the app's default `storefront-api-base`).
const API: &str = "/api/v1";

/// What a composed page adds to `index.html`.
struct Page {
    status: StatusCode,
    title: String,
    description: String,
    path: String,
    /// Query parameters that name the page (besides `lang`), kept in canonical and alternates.
    query: Vec<(String, String)>,
    og_type: &'static str,
    image: Option<String>,
    /// Extra `<meta property=…>` pairs (product price).
    meta: Vec<(&'static str, String)>,
    json_ld: Vec<Value>,
    preview: String,
    /// Inline answers: request URL → `{"status", "body"}` or `{"status", "text"}`.
    data: serde_json::Map<String, Value>,
    /// Lazy page stylesheets (`/lazy/<name>.css`) the preview needs.
    styles: &'static [&'static str],
    /// `<link rel=preload>`s of the route (`preload`).
    preloads: String,
    indexable: bool,
}

impl Page {
    fn new(path: &str) -> Self {
        Page {
            status: StatusCode::OK,
            title: String::new(),
            description: String::new(),
            path: path.to_string(),
            query: Vec::new(),
            og_type: "website",
            image: None,
            meta: Vec::new(),
            json_ld: Vec::new(),
            preview: String::new(),
            data: serde_json::Map::new(),
            styles: &[],
            preloads: String::new(),
            indexable: true,
        }
    }

    fn answer(&mut self, url: String, status: u16, body: Value) {
        self.data
            .insert(url, json!({ "status": status, "body": body }));
    }
}

/// The context every builder shares.
struct Ctx<'a> {
    state: &'a AppState,
    lang: Lang,
    origin: String,
    headers: &'a HeaderMap,
    params: Params,
    /// The page's raw query string (what the app's results view parses).
    query: &'a str,
}

impl Ctx<'_> {
    fn t(&self, id: &str, args: &[(&str, &str)]) -> String {
        self.state
            .pages
            .format(self.lang, id, args)
            .unwrap_or_default()
    }

    fn abs(&self, url: &str) -> String {
        if url.starts_with("http://") || url.starts_with("https://") {
            url.to_string()
        } else {
            format!("{}{url}", self.origin)
        }
    }

    fn lang_q(&self) -> Params {
        Params::parse(&format!("lang={}", self.lang.code()))
    }
}

/// Answers a composed route, or `None` when the app is not built (the caller serves as usual).
pub async fn respond(
    state: &AppState,
    method: &Method,
    uri: &Uri,
    headers: &HeaderMap,
) -> Option<Response> {
    if method != Method::GET && method != Method::HEAD {
        return None;
    }
    let route = route(uri.path())?;
    let template = state.files.index_html()?;
    let params = Params::parse(uri.query().unwrap_or(""));
    let ctx = Ctx {
        state,
        lang: page_lang(&params, headers),
        origin: origin(headers),
        headers,
        params,
        query: uri.query().unwrap_or(""),
    };
    let page = match build(&ctx, &route).await {
        Ok(page) => page,
        Err(e) => {
            tracing::warn!(error = ?e.0, path = uri.path(), "composing a page failed; serving the plain app");
            return None;
        }
    };
    let html = compose(template, &ctx, &page);
    Some(finish(page.status, html, headers))
}

async fn build(ctx: &Ctx<'_>, route: &Route) -> Result<Page, crate::error::ApiError> {
    let mut page = match route {
        Route::Home => home(ctx).await?,
        Route::Product(id) => product(ctx, id).await?,
        Route::Category(slug) => category(ctx, slug).await?,
        Route::Search => search(ctx).await?,
        Route::Store(id) => store(ctx, id).await?,
        Route::Categories => categories(ctx),
    };
    // A not-found answer shows the app's not-found page, not the route's: nothing to preload.
    if page.status == StatusCode::OK {
        page.preloads = preload::links(
            &ctx.state.preloads,
            &ctx.state.files,
            route,
            ctx.lang,
            page.styles.contains(&"shop"),
        );
    }
    // What every first render needs: the shop configuration and the shell's messages.
    let config = crate::http::meta::config(State(ctx.state.clone())).await.0;
    page.answer(
        format!("{API}/config"),
        200,
        serde_json::to_value(config).unwrap_or(Value::Null),
    );
    let shell = format!("/locales/{}/shell.ftl", ctx.lang.code());
    if let Some(text) = ctx
        .state
        .files
        .files
        .get(&shell)
        .and_then(|a| std::str::from_utf8(&a.identity).ok())
    {
        page.data
            .insert(shell, json!({ "status": 200, "text": text }));
    }
    Ok(page)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routes() {
        assert_eq!(route("/"), Some(Route::Home));
        assert_eq!(route("/p/12"), Some(Route::Product("12".into())));
        assert_eq!(route("/p/12/"), Some(Route::Product("12".into())));
        assert_eq!(
            route("/c/phones%20x"),
            Some(Route::Category("phones x".into()))
        );
        assert_eq!(route("/store/3"), Some(Route::Store("3".into())));
        assert_eq!(route("/search"), Some(Route::Search));
        assert_eq!(route("/categories"), Some(Route::Categories));
        assert_eq!(route("/p/"), None);
        assert_eq!(route("/p/1/x"), None);
        assert_eq!(route("/cart"), None);
    }

    #[test]
    fn language_order() {
        let mut h = HeaderMap::new();
        h.insert(
            header::ACCEPT_LANGUAGE,
            HeaderValue::from_static("fr;q=0.9, de-AT;q=0.8, ru;q=0.95"),
        );
        assert_eq!(page_lang(&Params::parse(""), &h), Lang::Ru);
        assert_eq!(default_ship_to(&h), "AT");
        h.insert(header::COOKIE, HeaderValue::from_static("a=1; lang=es"));
        assert_eq!(page_lang(&Params::parse(""), &h), Lang::Es);
        assert_eq!(page_lang(&Params::parse("lang=pt-BR"), &h), Lang::PtBr);
        assert_eq!(page_lang(&Params::parse("lang=xx"), &h), Lang::Es);
        assert_eq!(page_lang(&Params::parse(""), &HeaderMap::new()), Lang::En);
    }

    #[test]
    fn urls_and_prices() {
        let o = "http://shop";
        assert_eq!(page_url(o, "/p/1", &[], Some(Lang::En)), "http://shop/p/1");
        assert_eq!(
            page_url(
                o,
                "/search",
                &[("q".into(), "a b&c".into())],
                Some(Lang::PtBr)
            ),
            "http://shop/search?q=a+b%26c&lang=pt-BR"
        );
        assert_eq!(price_text(&Money::usd(1234), Lang::En), "$12.34");
        assert_eq!(
            price_text(&Money::usd(123456789), Lang::En),
            "$1,234,567.89"
        );
        assert_eq!(price_text(&Money::usd(1205), Lang::De), "12,05 US$");
        let mut s = "<HTML lang=\"en\" dir=\"ltr\"><html2>".to_string();
        assert!(replace_open_tag(&mut s, "html", " lang=\"ar\" dir=\"rtl\""));
        assert_eq!(s, "<html lang=\"ar\" dir=\"rtl\"><html2>");
    }
}
