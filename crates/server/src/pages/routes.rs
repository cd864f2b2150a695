//! Per-route composition: what each shop route adds (title, description, JSON-LD, preview,
//! inline API answers).

use super::*;

pub(super) fn not_found(ctx: &Ctx<'_>, path: &str) -> Page {
    let mut page = Page::new(path);
    page.status = StatusCode::NOT_FOUND;
    page.indexable = false;
    let t = ctx.t("not-found-title", &[]);
    page.title = ctx.t("page-title", &[("page", &t)]);
    page.description = ctx.t("not-found-text", &[]);
    page
}

pub(super) fn problem_body(e: &crate::error::ApiError) -> Value {
    serde_json::to_value(&e.0).unwrap_or(Value::Null)
}

pub(super) fn breadcrumbs_ld(ctx: &Ctx<'_>, crumbs: &[Crumb], last: Option<(&str, &str)>) -> Value {
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

pub(super) async fn home(ctx: &Ctx<'_>) -> Result<Page, crate::error::ApiError> {
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
    page.preview = preview::home(ctx, &deals, crate::vocabulary::SHIP_TO.len());
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

pub(super) async fn product(ctx: &Ctx<'_>, raw: &str) -> Result<Page, crate::error::ApiError> {
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
pub(super) async fn results(
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

pub(super) async fn category(ctx: &Ctx<'_>, slug: &str) -> Result<Page, crate::error::ApiError> {
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
    page.preview = preview::results(
        ctx,
        preview::ResultsHead::Category {
            name: &category.name,
            crumbs: &breadcrumbs,
            count: category.product_count,
            children: &category.children,
        },
        found.as_ref(),
    );
    Ok(page)
}

pub(super) async fn search(ctx: &Ctx<'_>) -> Result<Page, crate::error::ApiError> {
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
    page.preview = preview::results(
        ctx,
        preview::ResultsHead::Search { query: &q },
        found.as_ref(),
    );
    Ok(page)
}

pub(super) async fn store(ctx: &Ctx<'_>, raw: &str) -> Result<Page, crate::error::ApiError> {
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
    page.preview = preview::results(
        ctx,
        preview::ResultsHead::Store { name: &seller.name },
        found.as_ref(),
    );
    Ok(page)
}

pub(super) fn categories(ctx: &Ctx<'_>) -> Page {
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
