//! The request side of a composed page: which route, which language, which origin and URL.

use super::*;
use crate::auth::cookie;

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

pub(super) fn accepted_languages(headers: &HeaderMap) -> Vec<String> {
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
pub(super) fn default_ship_to(headers: &HeaderMap) -> String {
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
