//! The first screen of a composed page, drawn with the app's own class names (src/components,
//! src/pages) so the shop's CSS lays it out as the app will. It is plain HTML: links work and
//! nothing needs a script. Every catalogue text goes through `esc`.

use super::escape::html as esc;
use super::{decimal, price_text, Ctx};
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

/// The header's fixed parts (promise, logo, search form); the app's header replaces it.
pub fn header(ctx: &Ctx<'_>) -> String {
    format!(
        "<header class=\"site-header\"><div class=\"topbar\"><div class=\"topbar-inner\">\
         <p class=\"topbar-promise\">{promise}</p></div></div>\
         <div class=\"header-main\"><div class=\"header-inner\">\
         <a class=\"logo\" href=\"/\" aria-label=\"{logo_label}\">\
         <svg class=\"logo-mark\" viewBox=\"0 0 32 32\" width=\"32\" height=\"32\" aria-hidden=\"true\" focusable=\"false\">\
         <rect width=\"32\" height=\"32\" rx=\"8\" fill=\"currentColor\"></rect>\
         <path d=\"M10 12h12l-1 12H11zm3 0a3 3 0 0 1 6 0\" fill=\"none\" stroke=\"#fff\" stroke-width=\"2.2\" stroke-linejoin=\"round\"></path>\
         </svg><span class=\"logo-text\">{site}</span></a>\
         <form class=\"search\" role=\"search\" action=\"/search\" method=\"get\">\
         <input class=\"search-input\" type=\"search\" name=\"q\" aria-label=\"{label}\" placeholder=\"{placeholder}\">\
         <button class=\"search-button\" type=\"submit\">{submit}</button></form>\
         </div></div></header>",
        promise = esc(&ctx.t("topbar-protection", &[])),
        logo_label = esc(&ctx.t("logo-label", &[])),
        site = esc(&ctx.t("site-name", &[])),
        label = esc(&ctx.t("search-label", &[])),
        placeholder = esc(&ctx.t("search-placeholder", &[])),
        submit = esc(&ctx.t("search-submit", &[])),
    )
}

fn rating(ctx: &Ctx<'_>, x10: u8) -> String {
    if x10 == 0 {
        return String::new();
    }
    format!(
        "<span class=\"rating\"><span class=\"rating-star\" aria-hidden=\"true\">★</span>\
         <span class=\"rating-value\">{}</span></span>",
        decimal(i64::from(x10), ctx.lang)
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
        "<article class=\"product-card\"><a class=\"product-card-link\" href=\"/p/{id}\">\
         <div class=\"product-card-media\"><img src=\"{src}\" alt=\"{title}\" width=\"300\" height=\"300\"{loading} decoding=\"async\"></div>\
         <div class=\"product-card-body\"><h3 class=\"product-card-title\" dir=\"auto\">{title}</h3>\
         <div class=\"product-card-prices\"><span class=\"price\">{price}</span>{original}</div>\
         <div class=\"product-card-meta\">{rating}</div>{free}</div></a></article>",
        id = p.id,
        src = esc(&p.image),
        title = esc(&p.title),
        loading = if eager { "" } else { " loading=\"lazy\"" },
        price = esc(&price_text(&p.price, ctx.lang)),
        rating = rating(ctx, p.rating_x10),
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

pub fn product(ctx: &Ctx<'_>, d: &ProductDetail) -> String {
    let s = &d.summary;
    let image = d.images.first().unwrap_or(&s.image);
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
    main(format!(
        "<div class=\"page page-product\">{crumbs}<div class=\"product-layout\">\
         <div class=\"gallery\"><div class=\"gallery-stage\"><div class=\"gallery-main\">\
         <img src=\"{src}\" alt=\"{title}\" width=\"600\" height=\"600\" fetchpriority=\"high\">\
         </div></div></div>\
         <div class=\"product-info\"><h1 class=\"product-title\" dir=\"auto\">{title}</h1>\
         <div class=\"product-stats\">{rating}</div>\
         <div class=\"price-panel\"><span class=\"price price-large product-price\">{price}</span>{original}</div>\
         <p class=\"product-seller\">{seller_label}: <a href=\"/store/{seller_id}\">{seller}</a></p>\
         </div></div></div>",
        crumbs = breadcrumbs(ctx, &d.breadcrumbs, Some(&s.title)),
        src = esc(image),
        title = esc(&s.title),
        rating = rating(ctx, s.rating_x10),
        price = esc(&price_text(&s.price, ctx.lang)),
        seller_label = esc(&ctx.t("seller-title", &[])),
        seller_id = d.seller.id,
        seller = esc(&d.seller.name),
    ))
}

pub fn home(ctx: &Ctx<'_>, deals: &[ProductSummary]) -> String {
    let cards: String = deals
        .iter()
        .enumerate()
        .map(|(i, p)| card(ctx, p, i < 6))
        .collect();
    main(format!(
        "<div class=\"page page-home\"><section class=\"hero\" aria-labelledby=\"preview-home-title\">\
         <div class=\"hero-text\"><h1 id=\"preview-home-title\">{title}</h1>\
         <p class=\"hero-subtitle\">{subtitle}</p></div>\
         <ul class=\"hero-perks\"><li><span>{p1}</span></li><li><span>{p2}</span></li><li><span>{p3}</span></li></ul>\
         </section>\
         <section class=\"section deals\"><div class=\"section-head\"><h2>{deals_title}</h2>\
         <p class=\"section-note\">{deals_note}</p></div><div class=\"deals-strip\">{cards}</div></section></div>",
        title = esc(&ctx.t("home-title", &[])),
        subtitle = esc(&ctx.t("home-subtitle", &[])),
        p1 = esc(&ctx.t("perk-protection", &[])),
        p2 = esc(&ctx.t("perk-shipping", &[])),
        p3 = esc(&ctx.t("perk-refunds", &[])),
        deals_title = esc(&ctx.t("home-deals", &[])),
        deals_note = esc(&ctx.t("home-deals-note", &[])),
    ))
}

/// Category, search and store pages: heading and the first 12 cards.
pub fn results(
    ctx: &Ctx<'_>,
    heading: &str,
    crumbs: &[Crumb],
    found: Option<&SearchResult>,
) -> String {
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
    let crumbs = if crumbs.is_empty() {
        String::new()
    } else {
        breadcrumbs(ctx, crumbs, None)
    };
    main(format!(
        "<div class=\"page\">{crumbs}<div class=\"page-head\"><h1 class=\"page-title\" dir=\"auto\">{heading}</h1></div>\
         <div class=\"results\"><div class=\"results-body\"><div class=\"results-main\">\
         <div class=\"product-grid results-grid\">{cards}</div></div></div></div></div>",
        heading = esc(heading),
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
