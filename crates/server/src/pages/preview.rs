//! The first screen of a composed page, drawn with the app's own class names (src/components,
//! src/pages) so the shop's CSS lays it out as the app will. It is plain HTML: links work and
//! nothing needs a script. Every catalogue text goes through `esc`.

use super::escape::html as esc;
use super::{decimal, price_text, Ctx};
use crate::lang::Lang;
use storefront_api::{Category, Crumb, ProductDetail, ProductSummary, SearchResult};

/// Percent-encodes all but RFC 3986 unreserved characters (the app's `urls::encode`).
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

/// The paths of the app's icons the preview draws (src/components/icon.rs).
const ICON_SHIELD: &str = "M12 2l8 3v6c0 5-3.4 9.3-8 11-4.6-1.7-8-6-8-11V5zm-1 13.6l5.7-5.7-1.4-1.4-4.3 4.3-2.3-2.3-1.4 1.4z";
const ICON_SEARCH: &str = "M10.5 3a7.5 7.5 0 0 1 5.9 12.1l4.8 4.8-1.4 1.4-4.8-4.8A7.5 7.5 0 1 1 10.5 3zm0 2a5.5 5.5 0 1 0 0 11 5.5 5.5 0 0 0 0-11z";
const ICON_CART: &str = "M2 3h3.2l2.4 11.2a2 2 0 0 0 2 1.6h7.9a2 2 0 0 0 1.9-1.5L21 7H6.6l-.4-2H21V3H4.8zM10 18.5a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3zm7 0a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3z";
const ICON_USER: &str =
    "M12 3a4.5 4.5 0 1 1 0 9 4.5 4.5 0 0 1 0-9zm0 11c4.4 0 8 2.2 8 5v2H4v-2c0-2.8 3.6-5 8-5z";
/// The heart's outline (src/components/heart.rs and the header's wish list link).
const HEART: &str = "M12 20.5l-1.4-1.3C5.4 14.6 2 11.5 2 7.8 2 4.8 4.4 2.5 7.3 2.5c1.7 0 3.4.8 4.7 2.1 1.3-1.3 3-2.1 4.7-2.1 2.9 0 5.3 2.3 5.3 5.3 0 3.7-3.4 6.8-8.6 11.4z";

fn icon(path: &str) -> String {
    // The app mirrors these two in right-to-left pages (icon.rs `DIRECTIONAL`).
    let dir = if path == ICON_TRUCK || path == ICON_RETURN {
        " icon-dir"
    } else {
        ""
    };
    format!(
        "<svg class=\"icon{dir}\" viewBox=\"0 0 24 24\" width=\"24\" height=\"24\" aria-hidden=\"true\" focusable=\"false\">\
         <path d=\"{path}\" fill=\"currentColor\"></path></svg>"
    )
}

fn heart_icon(class: &str) -> String {
    format!(
        "<svg class=\"{class}\" viewBox=\"0 0 24 24\" width=\"24\" height=\"24\" aria-hidden=\"true\" focusable=\"false\">\
         <path d=\"{HEART}\"{stroke}></path></svg>",
        stroke = if class == "icon" {
            " fill=\"none\" stroke=\"currentColor\" stroke-width=\"2\""
        } else {
            ""
        }
    )
}

/// A language's own name, as the app's language menu shows it.
fn native_name(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "English",
        Lang::Ru => "Русский",
        Lang::Es => "Español",
        Lang::PtBr => "Português (Brasil)",
        Lang::De => "Deutsch",
        Lang::Ar => "العربية",
    }
}

/// One of the top bar's preferences as the app draws it, with the page's value as its only
/// option (the app fills the menus when it starts). Own ids: the app's copy is in the page too.
fn pref(id: &str, label: &str, value: &str, text: &str) -> String {
    format!(
        "<div class=\"pref\"><label class=\"pref-label\" for=\"sf-preview-{id}\">{label}</label>\
         <select class=\"pref-select\" id=\"sf-preview-{id}\"><option value=\"{value}\" selected>{text}</option></select></div>",
        label = esc(label),
        value = esc(value),
        text = esc(text),
    )
}

/// The header as the app draws it (src/components/header.rs): the top bar's promise and
/// preferences, logo, search, wish list, account and cart, so the page below it starts where
/// the app's will. What the server cannot know (the cart's count, the display currency chosen
/// in this browser) is left out or shown as the default; the app's header replaces it.
pub fn header(ctx: &Ctx<'_>) -> String {
    let ship_to = super::default_ship_to(ctx.headers);
    let signed_in = crate::auth::cookie(ctx.headers, storefront_api::account::SESSION_COOKIE)
        .is_some_and(|c| !c.is_empty());
    // A signed-in buyer's name replaces "Sign in" when the app starts; until then, no words.
    let account = if signed_in {
        String::new()
    } else {
        esc(&ctx.t("account-sign-in-link", &[]))
    };
    format!(
        "<header class=\"site-header\"><div class=\"topbar\"><div class=\"topbar-inner\">\
         <p class=\"topbar-promise\">{shield}<span>{promise}</span></p>\
         <div class=\"prefs\">{ship}{language}{currency}</div></div></div>\
         <div class=\"header-main\"><div class=\"header-inner\">\
         <a class=\"logo\" href=\"/\" aria-label=\"{logo_label}\">\
         <svg class=\"logo-mark\" viewBox=\"0 0 32 32\" width=\"32\" height=\"32\" aria-hidden=\"true\" focusable=\"false\">\
         <rect width=\"32\" height=\"32\" rx=\"8\" fill=\"currentColor\"></rect>\
         <path d=\"M10 12h12l-1 12H11zm3 0a3 3 0 0 1 6 0\" fill=\"none\" stroke=\"#fff\" stroke-width=\"2.2\" stroke-linejoin=\"round\"></path>\
         </svg><span class=\"logo-text\">{site}</span></a>\
         <form class=\"search\" role=\"search\" action=\"/search\" method=\"get\" aria-label=\"{label}\">\
         <label class=\"visually-hidden\" for=\"sf-preview-search\">{label}</label>\
         <input class=\"search-input\" id=\"sf-preview-search\" type=\"search\" name=\"q\" enterkeyhint=\"search\" maxlength=\"200\" placeholder=\"{placeholder}\">\
         <button class=\"search-button\" type=\"submit\" aria-label=\"{submit}\">{search_icon}</button></form>\
         <a class=\"header-account header-wishlist\" href=\"/wishlist\">{heart}<span class=\"header-account-text\">{wishlist}</span></a>\
         <a class=\"header-account\" href=\"/signin\">{user}<span class=\"header-account-text\" dir=\"auto\">{account}</span></a>\
         <a class=\"header-cart\" href=\"/cart\">{cart_icon}<span class=\"header-cart-text\">{cart}</span></a>\
         </div></div></header>",
        shield = icon(ICON_SHIELD),
        promise = esc(&ctx.t("topbar-protection", &[])),
        ship = pref("ship-to", &ctx.t("ship-to-label", &[]), &ship_to, &ship_to),
        language = pref(
            "language",
            &ctx.t("language-label", &[]),
            ctx.lang.code(),
            native_name(ctx.lang)
        ),
        currency = pref("currency", &ctx.t("currency-label", &[]), "USD", "USD"),
        logo_label = esc(&ctx.t("logo-label", &[])),
        site = esc(&ctx.t("site-name", &[])),
        label = esc(&ctx.t("search-label", &[])),
        placeholder = esc(&ctx.t("search-placeholder", &[])),
        submit = esc(&ctx.t("search-submit", &[])),
        search_icon = icon(ICON_SEARCH),
        heart = heart_icon("icon"),
        wishlist = esc(&ctx.t("nav-wishlist", &[])),
        user = icon(ICON_USER),
        cart_icon = icon(ICON_CART),
        cart = esc(&ctx.t("nav-cart", &[])),
    )
}

const ICON_TRUCK: &str = "M2 5h12v3h4l4 4.5V17h-2a2.5 2.5 0 0 1-5 0H9a2.5 2.5 0 0 1-5 0H2zm14 5v2.5h4.2L18 10zM6.5 16a1 1 0 1 0 0 2 1 1 0 0 0 0-2zm11 0a1 1 0 1 0 0 2 1 1 0 0 0 0-2z";
const ICON_RETURN: &str = "M12 4a8 8 0 1 1-7.4 5h2.2A6 6 0 1 0 12 6v3L7 5l5-4z";
const ICON_FLASH: &str = "M13 2L4 14h6l-1 8 9-12h-6z";
const ICON_HOME: &str = "M12 3l9 8h-3v9h-5v-6h-2v6H6v-9H3z";
const ICON_GRID: &str = "M3 3h8v8H3zm10 0h8v8h-8zM3 13h8v8H3zm10 0h8v8h-8z";

/// The phone's bottom navigation as the app draws it (src/components/bottom_nav.rs; CSS shows
/// it below 640 px only), with the page at `path` marked current.
pub fn bottom_nav(ctx: &Ctx<'_>, path: &str) -> String {
    let signed_in = crate::auth::cookie(ctx.headers, storefront_api::account::SESSION_COOKIE)
        .is_some_and(|c| !c.is_empty());
    let item = |href: &str, icon_path: &str, label: String| {
        format!(
            "<a class=\"bottom-nav-item\" href=\"{href}\"{current}>{icon}<span class=\"bottom-nav-label\">{label}</span></a>",
            current = if path == href || (href == "/categories" && path.starts_with("/c/")) {
                " aria-current=\"page\""
            } else {
                ""
            },
            icon = icon(icon_path),
            label = esc(&label),
        )
    };
    format!(
        "<nav class=\"bottom-nav\" aria-label=\"{nav}\">{home}{categories}{cart}\
         <a class=\"bottom-nav-item\" href=\"/account\">{user}<span class=\"bottom-nav-label bottom-nav-name\" dir=\"auto\">{account}</span></a></nav>",
        nav = esc(&ctx.t("bottom-nav-label", &[])),
        home = item("/", ICON_HOME, ctx.t("nav-home", &[])),
        categories = item("/categories", ICON_GRID, ctx.t("nav-categories", &[])),
        cart = item("/cart", ICON_CART, ctx.t("nav-cart", &[])),
        user = icon(ICON_USER),
        // A signed-in buyer's name replaces it when the app starts.
        account = if signed_in {
            String::new()
        } else {
            esc(&ctx.t("nav-account", &[]))
        },
    )
}

/// The stars as the app's `Rating` draws them (src/components/product_card.rs), with the
/// number of reviews when given.
fn rating(ctx: &Ctx<'_>, x10: u8, reviews: Option<i64>) -> String {
    if x10 == 0 {
        return String::new();
    }
    let value = decimal(i64::from(x10), ctx.lang);
    let reviews = reviews
        .map(|n| {
            format!(
                "<span class=\"rating-reviews\">{}</span>",
                esc(&ctx.t("reviews-count", &[("count", &n.max(0).to_string())]))
            )
        })
        .unwrap_or_default();
    format!(
        "<span class=\"rating\"><span class=\"rating-star\" aria-hidden=\"true\">★</span>\
         <span class=\"visually-hidden\">{label}</span>\
         <span class=\"rating-value\" aria-hidden=\"true\">{value}</span>{reviews}</span>",
        label = esc(&ctx.t("rating-label", &[("rating", &value)])),
    )
}

/// "80 sold", or nothing for none (as the app's cards).
fn sold(ctx: &Ctx<'_>, orders: i64) -> String {
    if orders <= 0 {
        return String::new();
    }
    format!(
        "<span class=\"sold\">{}</span>",
        esc(&ctx.t("sold-count", &[("count", &orders.to_string())]))
    )
}

fn card(ctx: &Ctx<'_>, p: &ProductSummary, eager: bool) -> String {
    let original = p
        .original_price
        .filter(|o| o.amount > p.price.amount)
        .map(|o| {
            format!(
                "<s class=\"price-original\">{}</s>",
                esc(&price_text(&o, ctx.lang))
            )
        })
        .unwrap_or_default();
    let free = if p.free_shipping {
        format!(
            "<span class=\"badge badge-shipping\">{}</span>",
            esc(&ctx.t("free-shipping", &[]))
        )
    } else {
        String::new()
    };
    format!(
        "<article class=\"product-card\">\
         <button class=\"heart-button product-card-heart\" type=\"button\" aria-pressed=\"false\" aria-label=\"{wish}\" title=\"{wish}\">{heart}</button>\
         <a class=\"product-card-link\" href=\"/p/{id}\">\
         <div class=\"product-card-media\"><img src=\"{src}\" alt=\"{title}\" width=\"300\" height=\"300\"{loading} decoding=\"async\"></div>\
         <div class=\"product-card-body\"><h3 class=\"product-card-title\" dir=\"auto\">{title}</h3>\
         <div class=\"product-card-prices\"><span class=\"price\">{price}</span>{original}</div>\
         <div class=\"product-card-meta\">{rating}{sold}</div>{free}</div></a></article>",
        id = p.id,
        src = esc(&p.image),
        title = esc(&p.title),
        loading = if eager { "" } else { " loading=\"lazy\"" },
        price = esc(&price_text(&p.price, ctx.lang)),
        rating = rating(ctx, p.rating_x10, None),
        sold = sold(ctx, p.orders_count),
        wish = esc(&ctx.t("wishlist-add", &[])),
        heart = heart_icon("icon heart-icon"),
    )
}

fn breadcrumbs(ctx: &Ctx<'_>, crumbs: &[Crumb], current: Option<&str>) -> String {
    let mut out = format!(
        "<nav class=\"breadcrumbs\" aria-label=\"{}\"><ol><li><a href=\"/\">{}</a></li>",
        esc(&ctx.t("breadcrumbs-label", &[])),
        esc(&ctx.t("nav-home", &[]))
    );
    let last = crumbs.len().saturating_sub(1);
    for (i, c) in crumbs.iter().enumerate() {
        if current.is_none() && i == last {
            out.push_str(&format!(
                "<li><span aria-current=\"page\">{}</span></li>",
                esc(&c.name)
            ));
        } else {
            out.push_str(&format!(
                "<li><a href=\"/c/{}\">{}</a></li>",
                esc(&encode(&c.slug)),
                esc(&c.name)
            ));
        }
    }
    if let Some(c) = current {
        out.push_str(&format!(
            "<li><span aria-current=\"page\">{}</span></li>",
            esc(c)
        ));
    }
    out.push_str("</ol></nav>");
    out
}

fn main(inner: String) -> String {
    format!("<main class=\"preview-main\">{inner}</main>")
}

/// The gallery as the app draws it (src/pages/product/gallery.rs): the first image in its box,
/// and with more than one image the arrows, the counter and the thumbnails, which keep their
/// places when the app's gallery replaces this one. The first image keeps the title as its
/// text (the app's describes it on its box instead).
fn gallery(ctx: &Ctx<'_>, images: &[String], title: &str) -> String {
    let total = images.len();
    let mut out = format!(
        "<div class=\"gallery\"><div class=\"gallery-stage\"><div class=\"gallery-main\">\
         <img src=\"{src}\" alt=\"{title}\" width=\"600\" height=\"600\" fetchpriority=\"high\">\
         </div>",
        src = esc(images.first().map(String::as_str).unwrap_or_default()),
        title = esc(title),
    );
    if total > 1 {
        out.push_str(&format!(
            "<button class=\"gallery-nav gallery-prev\" type=\"button\" aria-label=\"{prev}\"><span aria-hidden=\"true\">‹</span></button>\
             <button class=\"gallery-nav gallery-next\" type=\"button\" aria-label=\"{next}\"><span aria-hidden=\"true\">›</span></button>\
             <span class=\"gallery-counter\" aria-hidden=\"true\">1/{total}</span>",
            prev = esc(&ctx.t("gallery-prev", &[])),
            next = esc(&ctx.t("gallery-next", &[])),
        ));
    }
    out.push_str("</div>");
    if total > 1 {
        out.push_str("<ul class=\"gallery-thumbs\">");
        let total_text = total.to_string();
        for (i, src) in images.iter().enumerate() {
            let index = (i + 1).to_string();
            out.push_str(&format!(
                "<li><button class=\"gallery-thumb\" type=\"button\" aria-pressed=\"{pressed}\" aria-label=\"{label}\">\
                 <img src=\"{src}\" alt=\"\" width=\"64\" height=\"64\" loading=\"lazy\"></button></li>",
                pressed = i == 0,
                label = esc(&ctx.t(
                    "gallery-image",
                    &[("index", &index), ("total", &total_text)]
                )),
                src = esc(src),
            ));
        }
        out.push_str("</ul>");
    }
    out.push_str("</div>");
    out
}

/// The product page's first screen, laid out as the app's (src/pages/product/mod.rs): the
/// title shares its row with the wish list heart, so it wraps where the app's does and the
/// app's title is no larger than this one when it takes over.
pub fn product(ctx: &Ctx<'_>, d: &ProductDetail) -> String {
    let s = &d.summary;
    let images: Vec<String> = if d.images.is_empty() {
        vec![s.image.clone()]
    } else {
        d.images.clone()
    };
    let original = s
        .original_price
        .filter(|o| o.amount > s.price.amount)
        .map(|o| {
            format!(
                "<s class=\"price-original\">{}</s>",
                esc(&price_text(&o, ctx.lang))
            )
        })
        .unwrap_or_default();
    let free = if s.free_shipping {
        format!(
            "<span class=\"badge badge-shipping\">{}</span>",
            esc(&ctx.t("free-shipping", &[]))
        )
    } else {
        String::new()
    };
    let wish = esc(&ctx.t("wishlist-add", &[]));
    main(format!(
        "<div class=\"page page-product\">{crumbs}<div class=\"product-layout\">{gallery}\
         <div class=\"product-info\"><div class=\"product-title-row\">\
         <h1 class=\"product-title\" dir=\"auto\">{title}</h1>\
         <button class=\"heart-button product-heart\" type=\"button\" aria-pressed=\"false\" aria-label=\"{wish}\" title=\"{wish}\">{heart}</button></div>\
         <div class=\"product-stats\">{rating}{sold}</div>\
         <div class=\"price-panel\"><span class=\"price price-large product-price\">{price}</span>{original}{free}</div>\
         <p class=\"product-seller\">{seller_label}: <a href=\"/store/{seller_id}\">{seller}</a></p>\
         </div></div></div>",
        crumbs = breadcrumbs(ctx, &d.breadcrumbs, Some(&s.title)),
        gallery = gallery(ctx, &images, &s.title),
        title = esc(&s.title),
        heart = heart_icon("icon heart-icon"),
        rating = rating(ctx, s.rating_x10, Some(s.reviews_count)),
        sold = sold(ctx, s.orders_count),
        price = esc(&price_text(&s.price, ctx.lang)),
        seller_label = esc(&ctx.t("seller-title", &[])),
        seller_id = d.seller.id,
        seller = esc(&d.seller.name),
    ))
}

/// `countries`: how many countries the shop ships to (the app's `/config` list).
pub fn home(ctx: &Ctx<'_>, deals: &[ProductSummary], countries: usize) -> String {
    let cards: String = deals
        .iter()
        .enumerate()
        .map(|(i, p)| card(ctx, p, i < 6))
        .collect();
    main(format!(
        "<div class=\"page page-home\"><section class=\"hero\" aria-labelledby=\"preview-home-title\">\
         <div class=\"hero-text\"><h1 id=\"preview-home-title\">{title}</h1>\
         <p class=\"hero-subtitle\">{subtitle}</p></div>\
         <ul class=\"hero-perks\"><li>{i1}<span>{p1}</span></li><li>{i2}<span>{p2}</span></li><li>{i3}<span>{p3}</span></li></ul>\
         </section>\
         <section class=\"section deals\"><div class=\"section-head\"><h2>{flash}{deals_title}</h2>\
         <p class=\"section-note\">{deals_note}</p></div><div class=\"deals-strip\">{cards}</div></section></div>",
        title = esc(&ctx.t("home-title", &[])),
        subtitle = esc(&ctx.t("home-subtitle", &[])),
        p1 = esc(&ctx.t("perk-protection", &[])),
        p2 = esc(&if countries == 0 {
            ctx.t("perk-shipping-intl", &[])
        } else {
            ctx.t("perk-shipping", &[("count", &countries.to_string())])
        }),
        i1 = icon(ICON_SHIELD),
        i2 = icon(ICON_TRUCK),
        i3 = icon(ICON_RETURN),
        flash = icon(ICON_FLASH),
        p3 = esc(&ctx.t("perk-refunds", &[])),
        deals_title = esc(&ctx.t("home-deals", &[])),
        deals_note = esc(&ctx.t("home-deals-note", &[])),
    ))
}

/// What a results page shows above its bar (src/pages/category.rs, search.rs, store.rs).
pub enum ResultsHead<'a> {
    /// Breadcrumbs, name, product count and the subcategory chips.
    Category {
        name: &'a str,
        crumbs: &'a [Crumb],
        count: i64,
        children: &'a [Category],
    },
    /// "Results for “q”" (or "All products").
    Search { query: &'a str },
    /// The store's name.
    Store { name: &'a str },
}

/// Category, search and store pages as the app lays them out (src/components/results.rs):
/// the head, the bar (count, filters button, sort), the filter column (empty here: the app
/// fills it; on phones it is a closed drawer) and the first 12 cards.
pub fn results(ctx: &Ctx<'_>, head: ResultsHead<'_>, found: Option<&SearchResult>) -> String {
    let cards: String = found
        .map(|r| {
            r.items
                .iter()
                .take(12)
                .enumerate()
                .map(|(i, p)| card(ctx, p, i < 4))
                .collect()
        })
        .unwrap_or_default();
    let count = |n: i64| esc(&ctx.t("products-count", &[("count", &n.max(0).to_string())]));
    let (class, head) = match head {
        ResultsHead::Category {
            name,
            crumbs,
            count: n,
            children,
        } => {
            let chips: String = children
                .iter()
                .map(|c| {
                    format!(
                        "<li><a class=\"chip\" href=\"/c/{}\">{}</a></li>",
                        esc(&encode(&c.slug)),
                        esc(&c.name)
                    )
                })
                .collect();
            let chips = if chips.is_empty() {
                String::new()
            } else {
                format!(
                    "<nav class=\"subcategories\" aria-label=\"{}\"><ul class=\"chips\">{chips}</ul></nav>",
                    esc(&ctx.t("subcategories-label", &[]))
                )
            };
            (
                " page-category",
                format!(
                    "{crumbs}<div class=\"page-head\"><h1 class=\"page-title\" dir=\"auto\">{name}</h1>\
                     <p class=\"page-subtitle\">{count}</p></div>{chips}",
                    crumbs = breadcrumbs(ctx, crumbs, None),
                    name = esc(name),
                    count = count(n),
                ),
            )
        }
        ResultsHead::Search { query } => {
            let heading = if query.is_empty() {
                ctx.t("search-all-title", &[])
            } else {
                super::or(ctx.t("search-title", &[("query", query)]), query)
            };
            (
                " page-search",
                format!(
                    "<div class=\"page-head\"><h1 class=\"page-title search-title\" dir=\"auto\">{}</h1></div>",
                    esc(&heading)
                ),
            )
        }
        ResultsHead::Store { name } => (
            "",
            format!(
                "<div class=\"page-head\"><h1 class=\"page-title\" dir=\"auto\">{}</h1></div>",
                esc(name)
            ),
        ),
    };
    let sort = ctx
        .params
        .get("sort")
        .and_then(storefront_api::Sort::parse)
        .unwrap_or(storefront_api::Sort::BestMatch);
    let sort_label = match sort {
        storefront_api::Sort::BestMatch => "sort-best-match",
        storefront_api::Sort::Orders => "sort-orders",
        storefront_api::Sort::PriceAsc => "sort-price-asc",
        storefront_api::Sort::PriceDesc => "sort-price-desc",
        storefront_api::Sort::Newest => "sort-newest",
        storefront_api::Sort::Rating => "sort-rating",
    };
    let bar = format!(
        "<div class=\"results-bar\"><p class=\"results-count\">{count}</p>\
         <button class=\"button filters-toggle\" type=\"button\">{filters}</button>\
         <div class=\"sort\"><label class=\"sort-label\" for=\"sf-preview-sort\">{sort_by}</label>\
         <select class=\"pref-select sort-select\" id=\"sf-preview-sort\"><option value=\"{value}\" selected>{label}</option></select></div></div>",
        count = found.map(|r| count(r.total)).unwrap_or_default(),
        filters = esc(&ctx.t("filters-title", &[])),
        sort_by = esc(&ctx.t("sort-label", &[])),
        value = sort.as_str(),
        label = esc(&ctx.t(sort_label, &[])),
    );
    main(format!(
        "<div class=\"page{class}\">{head}<div class=\"results\">{bar}<div class=\"results-body\">\
         <aside class=\"filters\" aria-hidden=\"true\"></aside><div class=\"results-main\">\
         <div class=\"product-grid results-grid\">{cards}</div></div></div></div></div>"
    ))
}

pub fn categories(title: &str, tree: &[Category]) -> String {
    let items: String = tree
        .iter()
        .map(|c| {
            format!(
                "<li class=\"category-entry\"><a class=\"category-entry-link\" href=\"/c/{}\">\
                 <span class=\"category-entry-name\">{}</span></a></li>",
                esc(&encode(&c.slug)),
                esc(&c.name)
            )
        })
        .collect();
    main(format!(
        "<div class=\"page page-categories\"><h1 class=\"page-title\">{}</h1>\
         <ul class=\"category-list\">{items}</ul></div>",
        esc(title)
    ))
}
