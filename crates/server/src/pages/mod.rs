//! Server-composed shop pages (DESIGN.md §6, crates/server/README.md "Composed pages").
//!
//! For `/`, `/p/:id`, `/c/:slug`, `/search`, `/store/:id` and `/categories` the server answers
//! the built `index.html` with, added:
//! - the head: localised `<title>` and description, canonical and hreflang alternates (six
//!   languages and `x-default`), Open Graph / Twitter tags, `<html lang dir>`, JSON-LD;
//! - a first screen (`<div id="sf-preview">`) drawn with the app's class names, which the app
//!   removes when its own page is on screen;
//! - the route's first API answers inline (`<script type="application/json" id="sf-data">`),
//!   keyed by the exact URL the app would request, so its first render asks nothing.
//!
//! Unknown products, categories and stores answer 404 with the same document (the app shows
//! its not-found page). Everything taken from the catalogue is escaped (`escape`).

pub mod escape;
pub mod messages;
pub mod preload;
mod preview;
pub mod sitemap;

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
/// Where the reference server's API lives (the app's default `storefront-api-base`).
const API: &str = "/api/v1";

/// A shop route the server composes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Home,
    Product(String),
    Category(String),
    Search,
    Store(String),
    Categories,
}

/// The composed route of `path`, if any (a trailing slash is ignored).
pub fn route(path: &str) -> Option<Route> {
    let p = if path.len() > 1 {
        path.strip_suffix('/').unwrap_or(path)
    } else {
        path
    };
    match p {
        "/" => return Some(Route::Home),
        "/search" => return Some(Route::Search),
        "/categories" => return Some(Route::Categories),
        _ => {}
    }
    let one = |prefix: &str| {
        p.strip_prefix(prefix)
            .filter(|rest| !rest.is_empty() && !rest.contains('/'))
            .map(|rest| {
                form_urlencoded::parse(format!("x={rest}").as_bytes())
                    .next()
                    .map(|(_, v)| v.into_owned())
                    .unwrap_or_default()
            })
    };
    one("/p/")
        .map(Route::Product)
        .or_else(|| one("/c/").map(Route::Category))
        .or_else(|| one("/store/").map(Route::Store))
}

fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.trim())
}

fn accepted_languages(headers: &HeaderMap) -> Vec<String> {
    let mut tags: Vec<(f32, usize, String)> = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .split(',')
        .enumerate()
        .filter_map(|(i, item)| {
            let mut parts = item.split(';');
            let tag = parts.next()?.trim();
            let q = parts
                .find_map(|p| {
                    p.trim()
                        .strip_prefix("q=")
                        .map(|q| q.parse().unwrap_or(0.0))
                })
                .unwrap_or(1.0);
            (!tag.is_empty() && q > 0.0).then(|| (q, i, tag.to_string()))
        })
        .collect();
    tags.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    tags.into_iter().map(|(_, _, t)| t).collect()
}

/// The page's language: `?lang=`, else the `lang` cookie (the app sets it when the buyer picks
/// a language), else the first supported `Accept-Language` entry, else English.
pub fn page_lang(params: &Params, headers: &HeaderMap) -> Lang {
    params
        .get("lang")
        .and_then(Lang::parse)
        .or_else(|| cookie(headers, "lang").and_then(Lang::parse))
        .or_else(|| {
            accepted_languages(headers)
                .iter()
                .find_map(|t| Lang::parse(t))
        })
        .unwrap_or_default()
}

/// The ship-to country the app assumes before the buyer picks one: the region of the first
/// language tag that has one, else `US` (the app's `Prefs::load`).
fn default_ship_to(headers: &HeaderMap) -> String {
    accepted_languages(headers)
        .iter()
        .find_map(|t| {
            t.split(['-', '_'])
                .skip(1)
                .find(|s| s.len() == 2 && s.chars().all(|c| c.is_ascii_alphabetic()))
                .map(str::to_ascii_uppercase)
        })
        .unwrap_or_else(|| "US".into())
}

/// `scheme://host` of this request (the `Host` header, `X-Forwarded-Proto` for the scheme).
pub fn origin(headers: &HeaderMap) -> String {
    let host = headers
        .get(header::HOST)
        .and_then(|v| v.to_str().ok())
        .filter(|h| {
            !h.is_empty()
                && h.len() <= 255
                && h.chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'))
        })
        .unwrap_or("localhost");
    let https = headers
        .get("x-forwarded-proto")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|p| p.eq_ignore_ascii_case("https"));
    format!("{}://{host}", if https { "https" } else { "http" })
}

/// Page URL in `lang`: English has no `lang` parameter (it is also `x-default`).
pub fn page_url(
    origin: &str,
    path: &str,
    query: &[(String, String)],
    lang: Option<Lang>,
) -> String {
    let mut ser = form_urlencoded::Serializer::new(String::new());
    for (k, v) in query {
        ser.append_pair(k, v);
    }
    if let Some(l) = lang.filter(|l| *l != Lang::En) {
        ser.append_pair("lang", l.code());
    }
    let qs = ser.finish();
    if qs.is_empty() {
        format!("{origin}{path}")
    } else {
        format!("{origin}{path}?{qs}")
    }
}

/// Prices in the words of a page (titles, descriptions, previews): USD with the language's
/// decimal mark. The app formats again with `Intl` in the buyer's currency.
pub fn price_text(m: &Money, lang: Lang) -> String {
    let cents = m.amount.abs();
    let sign = if m.amount < 0 { "-" } else { "" };
    let (whole, frac) = (cents / 100, cents % 100);
    let code = serde_json::to_value(m.currency)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_else(|| "USD".into());
    match (lang, code.as_str()) {
        (Lang::En, "USD") => {
            let digits = whole.to_string();
            let mut grouped = String::new();
            for (i, c) in digits.chars().enumerate() {
                if i > 0 && (digits.len() - i) % 3 == 0 {
                    grouped.push(',');
                }
                grouped.push(c);
            }
            format!("{sign}${grouped}.{frac:02}")
        }
        (Lang::En | Lang::Ar, _) => format!("{sign}{code} {whole}.{frac:02}"),
        (_, "USD") => format!("{sign}{whole},{frac:02} US$"),
        _ => format!("{sign}{whole},{frac:02} {code}"),
    }
}

fn decimal(x10: i64, lang: Lang) -> String {
    let sep = if matches!(lang, Lang::En | Lang::Ar) {
        '.'
    } else {
        ','
    };
    format!("{}{sep}{}", x10 / 10, x10 % 10)
}

fn currency_code(m: &Money) -> String {
    serde_json::to_value(m.currency)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_else(|| "USD".into())
}

/// `text`, or `fallback` when the built app has no such message.
fn or(text: String, fallback: &str) -> String {
    if text.is_empty() {
        fallback.to_string()
    } else {
        text
    }
}

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
    page.preloads = preload::links(
        &ctx.state.preloads,
        &ctx.state.files,
        route,
        ctx.lang,
        page.styles.contains(&"shop"),
    );
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

fn not_found(ctx: &Ctx<'_>, path: &str) -> Page {
    let mut page = Page::new(path);
    page.status = StatusCode::NOT_FOUND;
    page.indexable = false;
    let t = ctx.t("not-found-title", &[]);
    page.title = ctx.t("page-title", &[("page", &t)]);
    page.description = ctx.t("not-found-text", &[]);
    page
}

fn problem_body(e: &crate::error::ApiError) -> Value {
    serde_json::to_value(&e.0).unwrap_or(Value::Null)
}

fn breadcrumbs_ld(ctx: &Ctx<'_>, crumbs: &[Crumb], last: Option<(&str, &str)>) -> Value {
    let mut items: Vec<Value> = vec![json!({
        "@type": "ListItem", "position": 1,
        "name": ctx.t("nav-home", &[]),
        "item": page_url(&ctx.origin, "/", &[], Some(ctx.lang)),
    })];
    for c in crumbs {
        items.push(json!({
            "@type": "ListItem", "position": items.len() + 1, "name": c.name,
            "item": page_url(&ctx.origin, &format!("/c/{}", c.slug), &[], Some(ctx.lang)),
        }));
    }
    if let Some((name, path)) = last {
        items.push(json!({
            "@type": "ListItem", "position": items.len() + 1, "name": name,
            "item": page_url(&ctx.origin, path, &[], Some(ctx.lang)),
        }));
    }
    json!({ "@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": items })
}

async fn home(ctx: &Ctx<'_>) -> Result<Page, crate::error::ApiError> {
    let mut page = Page::new("/");
    let Home {
        day,
        deals,
        recommended,
    } = crate::http::catalog::home(State(ctx.state.clone()), ctx.lang_q())
        .await?
        .0;
    let site = ctx.t("site-name", &[]);
    page.title = ctx.t("site-title", &[]);
    page.description = ctx.t("seo-home-description", &[]);
    page.image = deals.first().map(|p| ctx.abs(&p.image));
    let search_url = format!("{}/search?q={{search_term_string}}", ctx.origin);
    page.json_ld.push(json!({
        "@context": "https://schema.org", "@type": "WebSite",
        "name": site, "url": format!("{}/", ctx.origin), "inLanguage": ctx.lang.code(),
        "potentialAction": {
            "@type": "SearchAction",
            "target": { "@type": "EntryPoint", "urlTemplate": search_url },
            "query-input": "required name=search_term_string",
        },
    }));
    page.json_ld.push(json!({
        "@context": "https://schema.org", "@type": "Organization",
        "name": site, "url": format!("{}/", ctx.origin),
        "logo": format!("{}/favicon.svg", ctx.origin),
    }));
    page.preview = preview::home(ctx, &deals);
    // The home page's category tiles come right below the deals.
    page.answer(
        format!("{API}/categories?lang={}", ctx.lang.code()),
        200,
        serde_json::to_value(ctx.state.categories.tree(ctx.lang)).unwrap_or(Value::Null),
    );
    let feed = Home {
        day,
        deals,
        recommended,
    };
    page.answer(
        format!("{API}/home?lang={}", ctx.lang.code()),
        200,
        serde_json::to_value(feed).unwrap_or(Value::Null),
    );
    Ok(page)
}

async fn product(ctx: &Ctx<'_>, raw: &str) -> Result<Page, crate::error::ApiError> {
    let path = format!("/p/{raw}");
    let id = crate::http::path_id(raw);
    let result = match id {
        Some(id) => {
            crate::http::catalog::product(
                State(ctx.state.clone()),
                Captures(vec![id.to_string()]),
                ctx.lang_q(),
            )
            .await
        }
        None => Err(crate::error::ApiError::not_found(
            storefront_api::ErrorCode::ProductNotFound,
        )),
    };
    let detail: ProductDetail = match result {
        Ok(d) => d.0,
        Err(e) if e.0.status == 404 => {
            let mut page = not_found(ctx, &path);
            if let Some(id) = id {
                page.answer(
                    format!("{API}/products/{id}?lang={}", ctx.lang.code()),
                    404,
                    problem_body(&e),
                );
            }
            return Ok(page);
        }
        Err(e) => return Err(e),
    };
    let s = &detail.summary;
    let mut page = Page::new(&format!("/p/{}", s.id));
    let price = price_text(&s.price, ctx.lang);
    let rating = decimal(i64::from(s.rating_x10), ctx.lang);
    page.title = or(
        ctx.t(
            "seo-product-title",
            &[("title", &s.title), ("price", &price)],
        ),
        &s.title,
    );
    page.description = ctx.t(
        "seo-product-description",
        &[
            ("title", &s.title),
            ("price", &price),
            ("store", &detail.seller.name),
            ("rating", &rating),
        ],
    );
    page.og_type = "product";
    let images: Vec<String> = detail.images.iter().map(|i| ctx.abs(i)).collect();
    page.image = images.first().cloned().or_else(|| Some(ctx.abs(&s.image)));
    let amount = format!("{}.{:02}", s.price.amount / 100, s.price.amount % 100);
    let currency = currency_code(&s.price);
    page.meta.push(("product:price:amount", amount.clone()));
    page.meta.push(("product:price:currency", currency.clone()));
    let in_stock = detail.skus.is_empty() || detail.skus.iter().any(|k| k.stock > 0);
    let url = page_url(&ctx.origin, &page.path, &[], Some(ctx.lang));
    let mut product = json!({
        "@context": "https://schema.org", "@type": "Product",
        "name": s.title, "sku": s.id.to_string(), "productID": s.id.to_string(),
        "image": if images.is_empty() { vec![ctx.abs(&s.image)] } else { images },
        "description": detail.description, "url": url,
        "offers": {
            "@type": "Offer", "url": url, "price": amount, "priceCurrency": currency,
            "availability": if in_stock { "https://schema.org/InStock" } else { "https://schema.org/OutOfStock" },
            "itemCondition": "https://schema.org/NewCondition",
            "seller": { "@type": "Organization", "name": detail.seller.name,
                "url": page_url(&ctx.origin, &format!("/store/{}", detail.seller.id), &[], Some(ctx.lang)) },
        },
    });
    if s.reviews_count > 0 && s.rating_x10 > 0 {
        product["aggregateRating"] = json!({
            "@type": "AggregateRating",
            "ratingValue": format!("{}.{}", s.rating_x10 / 10, s.rating_x10 % 10),
            "bestRating": "5", "worstRating": "1", "reviewCount": s.reviews_count,
        });
    }
    page.json_ld.push(product);
    page.json_ld.push(breadcrumbs_ld(
        ctx,
        &detail.breadcrumbs,
        Some((&s.title, &page.path)),
    ));
    page.styles = &["shop"];
    page.preview = preview::product(ctx, &detail);
    page.answer(
        format!("{API}/products/{}?lang={}", s.id, ctx.lang.code()),
        200,
        serde_json::to_value(&detail).unwrap_or(Value::Null),
    );
    Ok(page)
}

/// The first result page exactly as the app's results view asks for it.
async fn results(
    ctx: &Ctx<'_>,
    page: &mut Page,
    scope: impl FnOnce(&mut SearchQuery),
) -> Result<Option<SearchResult>, crate::error::ApiError> {
    let mut q = SearchQuery::parse(ctx.query).first_page();
    scope(&mut q);
    if q.ship_to.is_none() {
        q.ship_to = Some(default_ship_to(ctx.headers));
    }
    q.lang = Some(ctx.lang.code().to_string());
    let qs = q.to_query_string();
    match crate::http::search::search(State(ctx.state.clone()), Params::parse(&qs)).await {
        Ok(r) => {
            let r = r.0;
            page.answer(
                format!("{API}/search?{qs}"),
                200,
                serde_json::to_value(&r).unwrap_or(Value::Null),
            );
            Ok(Some(r))
        }
        // A query the app would be told is bad: it asks and shows the error itself.
        Err(e) if e.0.status == 400 => Ok(None),
        Err(e) => Err(e),
    }
}

async fn category(ctx: &Ctx<'_>, slug: &str) -> Result<Page, crate::error::ApiError> {
    let Some(CategoryDetail {
        category,
        breadcrumbs,
    }) = ctx.state.categories.detail(slug, ctx.lang)
    else {
        let mut page = not_found(ctx, &format!("/c/{slug}"));
        page.answer(
            format!(
                "{API}/categories/{}?lang={}",
                preview::encode(slug),
                ctx.lang.code()
            ),
            404,
            problem_body(&crate::error::ApiError::not_found(
                storefront_api::ErrorCode::CategoryNotFound,
            )),
        );
        return Ok(page);
    };
    let mut page = Page::new(&format!("/c/{}", category.slug));
    let count = category.product_count.to_string();
    page.title = or(
        ctx.t(
            "seo-category-title",
            &[("name", &category.name), ("count", &count)],
        ),
        &category.name,
    );
    page.description = ctx.t(
        "seo-category-description",
        &[("name", &category.name), ("count", &count)],
    );
    page.json_ld.push(breadcrumbs_ld(ctx, &breadcrumbs, None));
    page.answer(
        format!(
            "{API}/categories/{}?lang={}",
            preview::encode(slug),
            ctx.lang.code()
        ),
        200,
        serde_json::to_value(CategoryDetail {
            category: category.clone(),
            breadcrumbs: breadcrumbs.clone(),
        })
        .unwrap_or(Value::Null),
    );
    let id = category.id;
    let found = results(ctx, &mut page, |q| q.category = Some(id)).await?;
    page.image = found
        .as_ref()
        .and_then(|r| r.items.first())
        .map(|p| ctx.abs(&p.image));
    page.styles = &["shop"];
    page.preview = preview::results(ctx, &category.name, &breadcrumbs, found.as_ref());
    Ok(page)
}

async fn search(ctx: &Ctx<'_>) -> Result<Page, crate::error::ApiError> {
    let mut page = Page::new("/search");
    let q = ctx.params.get("q").unwrap_or("").trim().to_string();
    if !q.is_empty() {
        page.query.push(("q".into(), q.clone()));
        page.title = or(ctx.t("seo-search-title", &[("query", &q)]), &q);
        page.description = ctx.t("seo-search-description", &[("query", &q)]);
    } else {
        page.title = ctx.t("site-title", &[]);
        page.description = ctx.t("seo-home-description", &[]);
    }
    let found = results(ctx, &mut page, |_| {}).await?;
    page.image = found
        .as_ref()
        .and_then(|r| r.items.first())
        .map(|p| ctx.abs(&p.image));
    page.styles = &["shop"];
    page.preview = preview::results(ctx, &q, &[], found.as_ref());
    Ok(page)
}

async fn store(ctx: &Ctx<'_>, raw: &str) -> Result<Page, crate::error::ApiError> {
    let path = format!("/store/{raw}");
    let seller: Option<Seller> = match crate::http::path_id(raw) {
        Some(id) => match crate::http::catalog::seller(
            State(ctx.state.clone()),
            Captures(vec![id.to_string()]),
        )
        .await
        {
            Ok(s) => Some(s.0),
            Err(e) if e.0.status == 404 => None,
            Err(e) => return Err(e),
        },
        None => None,
    };
    let Some(seller) = seller else {
        return Ok(not_found(ctx, &path));
    };
    let mut page = Page::new(&format!("/store/{}", seller.id));
    let positive = decimal(i64::from(seller.positive_feedback_x10), ctx.lang);
    page.title = or(
        ctx.t("seo-store-title", &[("store", &seller.name)]),
        &seller.name,
    );
    page.description = ctx.t(
        "seo-store-description",
        &[("store", &seller.name), ("percent", &positive)],
    );
    page.answer(
        format!("{API}/sellers/{}", seller.id),
        200,
        serde_json::to_value(&seller).unwrap_or(Value::Null),
    );
    let id = seller.id;
    let found = results(ctx, &mut page, |q| q.seller = Some(id)).await?;
    page.image = found
        .as_ref()
        .and_then(|r| r.items.first())
        .map(|p| ctx.abs(&p.image));
    page.json_ld.push(json!({
        "@context": "https://schema.org", "@type": "Organization",
        "name": seller.name, "url": page_url(&ctx.origin, &page.path, &[], Some(ctx.lang)),
    }));
    page.styles = &["shop"];
    page.preview = preview::results(ctx, &seller.name, &[], found.as_ref());
    Ok(page)
}

fn categories(ctx: &Ctx<'_>) -> Page {
    let mut page = Page::new("/categories");
    let tree = ctx.state.categories.tree(ctx.lang);
    let name = ctx.t("categories-title", &[]);
    page.title = ctx.t("page-title", &[("page", &name)]);
    page.description = ctx.t("seo-categories-description", &[]);
    page.preview = preview::categories(&name, &tree);
    page.answer(
        format!("{API}/categories?lang={}", ctx.lang.code()),
        200,
        serde_json::to_value(&tree).unwrap_or(Value::Null),
    );
    page
}

/// The head's additions.
fn head(ctx: &Ctx<'_>, page: &Page) -> String {
    let mut h = String::with_capacity(4096);
    let canonical = page_url(&ctx.origin, &page.path, &page.query, Some(ctx.lang));
    if !page.indexable {
        h.push_str("<meta name=\"robots\" content=\"noindex\">\n");
    } else {
        h.push_str(&format!(
            "<link rel=\"canonical\" href=\"{}\">\n",
            esc(&canonical)
        ));
        for l in Lang::ALL {
            h.push_str(&format!(
                "<link rel=\"alternate\" hreflang=\"{}\" href=\"{}\">\n",
                l.code(),
                esc(&page_url(&ctx.origin, &page.path, &page.query, Some(l)))
            ));
        }
        h.push_str(&format!(
            "<link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\">\n",
            esc(&page_url(&ctx.origin, &page.path, &page.query, None))
        ));
    }
    let site = ctx.t("site-name", &[]);
    let og_locale = match ctx.lang {
        Lang::En => "en_US",
        Lang::Ru => "ru_RU",
        Lang::Es => "es_ES",
        Lang::PtBr => "pt_BR",
        Lang::De => "de_DE",
        Lang::Ar => "ar_AR",
    };
    let mut props: Vec<(&str, String)> = vec![
        ("og:type", page.og_type.to_string()),
        ("og:site_name", site),
        ("og:title", page.title.clone()),
        ("og:description", page.description.clone()),
        ("og:url", canonical),
        ("og:locale", og_locale.to_string()),
    ];
    if let Some(img) = &page.image {
        props.push(("og:image", img.clone()));
    }
    props.extend(page.meta.iter().cloned());
    for (p, v) in props {
        h.push_str(&format!(
            "<meta property=\"{p}\" content=\"{}\">\n",
            esc(&v)
        ));
    }
    let card = if page.image.is_some() {
        "summary_large_image"
    } else {
        "summary"
    };
    h.push_str(&format!(
        "<meta name=\"twitter:card\" content=\"{card}\">\n"
    ));
    h.push_str(&format!(
        "<meta name=\"twitter:title\" content=\"{}\">\n<meta name=\"twitter:description\" content=\"{}\">\n",
        esc(&page.title),
        esc(&page.description)
    ));
    if let Some(img) = &page.image {
        h.push_str(&format!(
            "<meta name=\"twitter:image\" content=\"{}\">\n",
            esc(img)
        ));
    }
    h.push_str(&page.preloads);
    for name in page.styles {
        // `data-done`: the app's style loader (src/styles.rs) sees it as loaded already.
        h.push_str(&format!(
            "<link rel=\"stylesheet\" href=\"/lazy/{name}.css\" data-lazy-style=\"{name}\" data-done>\n"
        ));
    }
    for ld in &page.json_ld {
        h.push_str("<script type=\"application/ld+json\">");
        h.push_str(&escape::json_for_script(ld));
        h.push_str("</script>\n");
    }
    h
}

/// Replaces the attribute list of the first `<tag …>` (case-insensitive) with `attrs`.
fn replace_open_tag(html: &mut String, tag: &str, attrs: &str) -> bool {
    let lower = html.to_ascii_lowercase();
    let needle = format!("<{tag}");
    let mut from = 0;
    while let Some(start) = lower[from..].find(&needle).map(|i| i + from) {
        let after = lower.as_bytes().get(start + needle.len()).copied();
        if matches!(
            after,
            Some(b'>') | Some(b' ') | Some(b'\n') | Some(b'\t') | Some(b'\r')
        ) {
            if let Some(end) = lower[start..].find('>').map(|i| i + start) {
                html.replace_range(start..=end, &format!("<{tag}{attrs}>"));
                return true;
            }
        }
        from = start + needle.len();
    }
    false
}

fn find_ci(html: &str, needle: &str) -> Option<usize> {
    html.to_ascii_lowercase().find(needle)
}

/// `index.html` with the page's additions.
fn compose(template: &str, ctx: &Ctx<'_>, page: &Page) -> String {
    let mut html = String::with_capacity(template.len() + page.preview.len() + 64 * 1024);
    html.push_str(template);
    let dir = if ctx.lang == Lang::Ar { "rtl" } else { "ltr" };
    replace_open_tag(
        &mut html,
        "html",
        &format!(" lang=\"{}\" dir=\"{dir}\"", ctx.lang.code()),
    );
    // Title.
    if let (Some(s), Some(e), false) = (
        find_ci(&html, "<title>"),
        find_ci(&html, "</title>"),
        page.title.is_empty(),
    ) {
        if e > s {
            html.replace_range(s + 7..e, &esc(&page.title));
        }
    }
    // Description: replace the template's, or add one.
    let description = format!(
        "<meta name=\"description\" content=\"{}\">",
        esc(&page.description)
    );
    match find_ci(&html, "<meta name=\"description\"") {
        _ if page.description.is_empty() => {}
        Some(s) => {
            if let Some(e) = html[s..].find('>').map(|i| i + s) {
                html.replace_range(s..=e, &description);
            }
        }
        None => {
            if let Some(h) = find_ci(&html, "</head>") {
                html.insert_str(h, &format!("{description}\n"));
            }
        }
    }
    if let Some(h) = find_ci(&html, "</head>") {
        html.insert_str(h, &head(ctx, page));
    }
    // The boot spinner is for the bare app: a composed page has its first screen instead.
    if let Some(s) = find_ci(&html, "<div id=\"boot\"") {
        if let Some(e) = html[s..].find("</div>").map(|i| i + s + 6) {
            html.replace_range(s..e, "");
        }
    }
    let mut data = serde_json::Map::new();
    data.insert("lang".into(), json!(ctx.lang.code()));
    data.insert("status".into(), json!(page.status.as_u16()));
    data.insert("answers".into(), Value::Object(page.data.clone()));
    let body_end = format!(
        "<script type=\"application/json\" id=\"{DATA_ID}\">{}</script>\n",
        escape::json_for_script(&Value::Object(data))
    );
    if let Some(b) = find_ci(&html, "<body") {
        if let Some(e) = html[b..].find('>').map(|i| i + b + 1) {
            if !page.preview.is_empty() {
                html.insert_str(
                    e,
                    &format!(
                        "\n<div id=\"{PREVIEW_ID}\">{}{}</div>",
                        preview::header(ctx),
                        page.preview
                    ),
                );
            }
        }
    }
    match find_ci(&html, "</body>") {
        Some(e) => html.insert_str(e, &body_end),
        None => html.push_str(&body_end),
    }
    html
}

fn finish(status: StatusCode, html: String, headers: &HeaderMap) -> Response {
    let (body, encoding) = if crate::static_files::accepts(headers, "br") {
        let mut out = Vec::with_capacity(html.len() / 4);
        {
            let mut w = brotli::CompressorWriter::new(&mut out, 16 * 1024, 5, 22);
            let _ = w.write_all(html.as_bytes());
            let _ = w.flush();
        }
        (out, Some("br"))
    } else if crate::static_files::accepts(headers, "gzip") {
        let mut w = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        let _ = w.write_all(html.as_bytes());
        match w.finish() {
            Ok(out) => (out, Some("gzip")),
            Err(_) => (html.into_bytes(), None),
        }
    } else {
        (html.into_bytes(), None)
    };
    let mut res = (status, Body::from(body)).into_response();
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    h.insert(
        header::VARY,
        HeaderValue::from_static("accept-encoding, accept-language, cookie"),
    );
    if let Some(enc) = encoding {
        h.insert(header::CONTENT_ENCODING, HeaderValue::from_static(enc));
    }
    res
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
