//! Widgets for partner sites: the `/embed/…` routes, framed by `public/embed.js` on a partner's
//! page. They are their own build, not the shop: `embed.html` with the `storefront-embed`
//! binary (`src/embed_main.rs`), built into `dist/embed/` (scripts/embed/build.sh) and served
//! for every `/embed/…` route. The widget app (`app`) is plain DOM, with no Leptos, serde or
//! Fluent runtime (`messages`): no header, footer, router, session or cart calls and no buyer
//! data; language, currency, theme, partner id and the parent's origin come from the query
//! string
//! (`?locale=ru&currency=RUB&theme=dark&partner=blog-42&origin=https://partner.example`).
//! Its messages are the widget part of each locale (`locales/widget.txt` → `widget.ftl`), its
//! stylesheet `style/embed/widget.css`.
//!
//! Routes: `/embed/product/:id` (card), `/embed/buy/:id` (button alone),
//! `/embed/collection?category=…|q=…|ids=a,b,c&limit=N&layout=grid|carousel`.

#[cfg(target_arch = "wasm32")]
mod app;
pub mod messages;
pub mod resize;

use crate::i18n::Locale;
use storefront_api::checkout::valid_partner_id;
use storefront_api::Currency;

/// Whether `path` is a widget route (the server lets only these be framed).
pub fn is_embed_path(path: &str) -> bool {
    path == "/embed" || path.starts_with("/embed/")
}

/// Widget colour scheme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
    Accent,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::Light, Theme::Dark, Theme::Accent];

    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Accent => "accent",
        }
    }

    pub fn parse(s: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|t| t.as_str() == s)
    }
}

/// Collection layout.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    Grid,
    Carousel,
}

impl Layout {
    pub fn as_str(self) -> &'static str {
        match self {
            Layout::Grid => "grid",
            Layout::Carousel => "carousel",
        }
    }

    pub fn parse(s: &str) -> Option<Layout> {
        [Layout::Grid, Layout::Carousel]
            .into_iter()
            .find(|l| l.as_str() == s)
    }
}

/// Items a collection shows at most, and by default.
pub const MAX_LIMIT: u32 = 12;
pub const DEFAULT_LIMIT: u32 = 4;

/// Where a collection's products come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A category id or slug.
    Category(String),
    /// A search.
    Query(String),
    /// These products, in this order.
    Ids(Vec<i64>),
    /// Nothing usable was given: the whole catalogue's best matches.
    Catalogue,
}

/// A widget's settings from the query string. Anything malformed falls back to its default
/// and is reported on the console (`warnings`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Params {
    pub locale: Option<Locale>,
    pub currency: Currency,
    pub theme: Theme,
    pub partner: Option<String>,
    /// The partner page's origin, for `postMessage` (never `*`).
    pub origin: Option<String>,
    pub source: Source,
    pub limit: u32,
    pub layout: Layout,
    pub warnings: Vec<String>,
}

/// Which widget the path names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Widget {
    /// `None`: the id is not a positive integer (shown as "not available").
    Product(Option<i64>),
    Buy(Option<i64>),
    Collection,
    Unknown,
}

pub fn widget_of(path: &str) -> Widget {
    let rest = path.strip_prefix("/embed/").unwrap_or("");
    let mut parts = rest.trim_end_matches('/').splitn(2, '/');
    let kind = parts.next().unwrap_or("");
    let id = parts
        .next()
        .and_then(|s| s.parse::<i64>().ok())
        .filter(|id| *id > 0);
    match kind {
        "product" => Widget::Product(id),
        "buy" => Widget::Buy(id),
        "collection" => Widget::Collection,
        _ => Widget::Unknown,
    }
}

/// Decodes `%XX` and `+` of a query component (invalid escapes are kept as they are).
fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap_or("");
                match u8::from_str_radix(hex, 16) {
                    Ok(b) => {
                        out.push(b);
                        i += 2;
                    }
                    Err(_) => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// `?a=1&b=x` as decoded pairs.
pub fn query_pairs(search: &str) -> Vec<(String, String)> {
    search
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (percent_decode(k), percent_decode(v))
        })
        .collect()
}

/// `https://partner.example[:port]` exactly (scheme and host, no path, query or credentials),
/// lower-cased; anything else is `None`.
pub fn valid_origin(raw: &str) -> Option<String> {
    let lower = raw.trim().to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))?;
    let ok = !rest.is_empty()
        && rest.len() <= 253
        && !rest.starts_with(':')
        && rest
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b':' | b'[' | b']'));
    if !ok {
        return None;
    }
    if let Some((_, port)) = rest.rsplit_once(':').filter(|_| !rest.ends_with(']')) {
        if !rest.contains('[') || rest.contains("]:") {
            port.parse::<u16>().ok().filter(|p| *p > 0)?;
        }
    }
    Some(lower)
}

impl Params {
    pub fn parse(search: &str) -> Params {
        let mut p = Params {
            locale: None,
            currency: Currency::USD,
            theme: Theme::Light,
            partner: None,
            origin: None,
            source: Source::Catalogue,
            limit: DEFAULT_LIMIT,
            layout: Layout::Grid,
            warnings: Vec::new(),
        };
        let mut category = None;
        let mut query = None;
        let mut ids = None;
        for (k, v) in query_pairs(search) {
            let mut bad = false;
            match k.as_str() {
                "locale" | "lang" => match Locale::parse(&v) {
                    Some(l) => p.locale = Some(l),
                    None => bad = true,
                },
                "currency" => match Currency::parse(&v) {
                    Some(c) => p.currency = c,
                    None => bad = true,
                },
                "theme" => match Theme::parse(&v) {
                    Some(t) => p.theme = t,
                    None => bad = true,
                },
                "partner" if v.is_empty() => {}
                "partner" => match valid_partner_id(&v) {
                    true => p.partner = Some(v.clone()),
                    false => bad = true,
                },
                "origin" => match valid_origin(&v) {
                    Some(o) => p.origin = Some(o),
                    None => bad = true,
                },
                "layout" => match Layout::parse(&v) {
                    Some(l) => p.layout = l,
                    None => bad = true,
                },
                "limit" => match v.parse::<u32>() {
                    Ok(n) if (1..=MAX_LIMIT).contains(&n) => p.limit = n,
                    _ => bad = true,
                },
                "category" if !v.trim().is_empty() => category = Some(v.trim().to_string()),
                "q" if !v.trim().is_empty() => query = Some(v.trim().to_string()),
                "ids" => {
                    let list: Vec<i64> = v
                        .split(',')
                        .filter_map(|s| s.trim().parse::<i64>().ok())
                        .filter(|id| *id > 0)
                        .take(MAX_LIMIT as usize)
                        .collect();
                    if list.len() < v.split(',').filter(|s| !s.trim().is_empty()).count() {
                        bad = true;
                    }
                    if !list.is_empty() {
                        ids = Some(list);
                    }
                }
                _ => {}
            }
            if bad {
                p.warnings.push(format!("ignored {k}={v:?}"));
            }
        }
        p.source = match (ids, category, query) {
            (Some(ids), _, _) => Source::Ids(ids),
            (None, Some(c), _) => Source::Category(c),
            (None, None, Some(q)) => Source::Query(q),
            (None, None, None) => Source::Catalogue,
        };
        p
    }

    /// Query string the buy link carries to the shop: the widget's language and currency and
    /// the partner, so the shop opens as the widget looked and credits the partner.
    pub fn buy_href(&self, product_id: i64, sku: Option<i64>, locale: Locale) -> String {
        crate::api::urls::query(&[
            ("product", Some(product_id.to_string())),
            ("sku", sku.map(|s| s.to_string())),
            ("qty", Some("1".to_string())),
            ("partner", self.partner.clone()),
            ("lang", Some(locale.code().to_string())),
            ("currency", Some(self.currency.code().to_string())),
        ])
        .replacen('?', "/cart/add?", 1)
    }
}

/// Starts the widget app of the widget build (`src/embed_main.rs`): reads the page's path and
/// query, loads the language's widget messages and shows the widget (`app`).
pub fn start() {
    #[cfg(target_arch = "wasm32")]
    if let Some(location) = web_sys::window().map(|w| w.location()) {
        let path = location.pathname().unwrap_or_default();
        let search = location.search().unwrap_or_default();
        wasm_bindgen_futures::spawn_local(app::run(path, search));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routes() {
        assert_eq!(widget_of("/embed/product/42"), Widget::Product(Some(42)));
        assert_eq!(widget_of("/embed/product/x"), Widget::Product(None));
        assert_eq!(widget_of("/embed/buy/7/"), Widget::Buy(Some(7)));
        assert_eq!(widget_of("/embed/collection"), Widget::Collection);
        assert_eq!(widget_of("/embed/nope"), Widget::Unknown);
        assert!(is_embed_path("/embed/x") && !is_embed_path("/embedded"));
    }

    #[test]
    fn params_with_defaults_and_warnings() {
        let p = Params::parse(
            "?locale=ru&currency=RUB&theme=dark&partner=blog-42&origin=https%3A%2F%2Fpartner.example%3A8443",
        );
        assert_eq!(p.locale, Some(Locale::Ru));
        assert_eq!(p.currency, Currency::RUB);
        assert_eq!(p.theme, Theme::Dark);
        assert_eq!(p.partner.as_deref(), Some("blog-42"));
        assert_eq!(p.origin.as_deref(), Some("https://partner.example:8443"));
        assert!(p.warnings.is_empty());

        let bad = Params::parse(
            "?locale=xx&currency=ABC&theme=neon&limit=99&layout=x&partner=%3Cb%3E&origin=*",
        );
        assert_eq!(bad.locale, None);
        assert_eq!(bad.currency, Currency::USD);
        assert_eq!(bad.theme, Theme::Light);
        assert_eq!(bad.limit, DEFAULT_LIMIT);
        assert_eq!(bad.layout, Layout::Grid);
        assert_eq!(bad.partner, None);
        assert_eq!(bad.origin, None);
        assert_eq!(bad.warnings.len(), 7);

        let c = Params::parse("?ids=3,x,5&q=red+shoes&limit=3&layout=carousel");
        assert_eq!(c.source, Source::Ids(vec![3, 5]));
        assert_eq!((c.limit, c.layout), (3, Layout::Carousel));
        assert_eq!(c.warnings.len(), 1);
        assert_eq!(
            Params::parse("?q=red+shoes%21").source,
            Source::Query("red shoes!".into())
        );
        assert_eq!(
            Params::parse("?category=phones&q=x").source,
            Source::Category("phones".into())
        );
    }

    #[test]
    fn origins_are_scheme_and_host_only() {
        assert_eq!(
            valid_origin("https://Partner.example").as_deref(),
            Some("https://partner.example")
        );
        assert_eq!(
            valid_origin("http://127.0.0.1:5000").as_deref(),
            Some("http://127.0.0.1:5000")
        );
        for bad in [
            "*",
            "null",
            "",
            "https://",
            "javascript:alert(1)",
            "https://a.example/path",
            "https://user@a.example",
            "https://a.example:0",
            "https://a.example:99999",
            "ftp://a.example",
        ] {
            assert_eq!(valid_origin(bad), None, "{bad}");
        }
    }

    #[test]
    fn buy_link_carries_partner_language_and_currency() {
        let p = Params::parse("?partner=blog-42&currency=RUB");
        assert_eq!(
            p.buy_href(9, None, Locale::Ru),
            "/cart/add?product=9&qty=1&partner=blog-42&lang=ru&currency=RUB"
        );
        let none = Params::parse("");
        assert_eq!(
            none.buy_href(9, Some(31), Locale::En),
            "/cart/add?product=9&sku=31&qty=1&lang=en&currency=USD"
        );
    }
}
