//! Putting a page into `index.html`: the head (title, meta, canonical and hreflang links,
//! Open Graph, JSON-LD), the `<html lang dir>` tag, the preview and the inline data; and the
//! response headers.

use super::*;

/// The head's additions.
pub(super) fn head(ctx: &Ctx<'_>, page: &Page) -> String {
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

/// Cuts the preload links (`rel="preload"`, `rel="modulepreload"`: trunk's for the JS glue, the
/// wasm and the split loader) out of the template's head and returns them.
pub(super) fn take_preloads(html: &mut String) -> String {
    let mut taken = String::new();
    let mut from = 0;
    loop {
        let lower = html.to_ascii_lowercase();
        let Some(head_end) = lower.find("</head>") else {
            break;
        };
        let Some(start) = lower[from..head_end].find("<link").map(|i| i + from) else {
            break;
        };
        let Some(end) = lower[start..head_end].find('>').map(|i| i + start) else {
            break;
        };
        let tag = &lower[start..=end];
        let preload = [
            "rel=\"preload\"",
            "rel=\"modulepreload\"",
            "rel=preload",
            "rel=modulepreload",
        ]
        .iter()
        .any(|r| tag.contains(r));
        if preload {
            taken.push_str(&html[start..=end]);
            taken.push('\n');
            html.replace_range(start..=end, "");
            from = start;
        } else {
            from = end + 1;
        }
    }
    taken
}

/// Replaces the attribute list of the first `<tag …>` (case-insensitive) with `attrs`.
pub(super) fn replace_open_tag(html: &mut String, tag: &str, attrs: &str) -> bool {
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

pub(super) fn find_ci(html: &str, needle: &str) -> Option<usize> {
    html.to_ascii_lowercase().find(needle)
}

/// `index.html` with the page's additions.
pub(super) fn compose(template: &str, ctx: &Ctx<'_>, page: &Page) -> String {
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
    // What the app will need, held back in a `<template>` (inert: nothing downloads) until its
    // start script (Trunk.toml `pattern_script`) moves it into the head, once the first screen
    // has painted: preloads that start with the page share the first screen's bandwidth.
    let preloads = take_preloads(&mut html);
    if let Some(h) = find_ci(&html, "</head>") {
        let mut add = head(ctx, page);
        if !preloads.is_empty() || !page.preloads.is_empty() {
            add.push_str(&format!(
                "<template id=\"{PRELOAD_ID}\">\n{preloads}{}</template>\n",
                page.preloads
            ));
        }
        html.insert_str(h, &add);
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
                        "\n<div id=\"{PREVIEW_ID}\">{}{}{}</div>",
                        preview::header(ctx),
                        page.preview,
                        preview::bottom_nav(ctx, &page.path)
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

pub(super) fn finish(status: StatusCode, html: String, headers: &HeaderMap) -> Response {
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
