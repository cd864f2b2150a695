//! The catalogue API over real HTTP: what `storefront-api` promises.

mod common;

use common::{start, start_with, Server};
use serde_json::{json, Value};
use std::collections::HashSet;
use storefront_api::Currency;

async fn walk(s: &Server, query: &str, limit: u32) -> Vec<Value> {
    let mut items = Vec::new();
    let mut cursor: Option<String> = None;
    for _ in 0..1000 {
        let path = match &cursor {
            Some(c) => format!("/api/v1/products?{query}&limit={limit}&cursor={c}"),
            None => format!("/api/v1/products?{query}&limit={limit}"),
        };
        let page = s.json(&path).await;
        let batch = page["items"].as_array().cloned().unwrap_or_default();
        assert!(batch.len() <= limit as usize);
        items.extend(batch);
        match page.get("next_cursor").and_then(Value::as_str) {
            Some(c) => cursor = Some(c.to_string()),
            None => return items,
        }
    }
    panic!("pagination did not end");
}

fn assert_ordered(items: &[Value]) {
    for w in items.windows(2) {
        let (a, b) = (&w[0], &w[1]);
        let (ao, bo) = (a["orders_count"].as_i64(), b["orders_count"].as_i64());
        assert!(
            ao > bo || (ao == bo && a["id"].as_i64() < b["id"].as_i64()),
            "order broken: {a} then {b}"
        );
    }
}

#[tokio::test]
async fn health_and_config() {
    let s = start().await;
    let h = s.json("/api/v1/health").await;
    assert_eq!(h["status"], "ok");
    assert_eq!(h["products"], 600);
    assert!(h["version"].as_str().is_some_and(|v| !v.is_empty()));
    let c = s.json("/api/v1/config").await;
    assert_eq!(
        c["rates"].as_array().map(Vec::len),
        Some(Currency::ALL.len())
    );
    assert_eq!(c["demo_mode"], false);
    let countries: Vec<&str> = c["ship_to_countries"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect();
    for cc in [
        "US", "RU", "BR", "ES", "DE", "FR", "GB", "UA", "KZ", "SA", "AE", "TR", "IL", "PL",
    ] {
        assert!(countries.contains(&cc), "{cc}");
    }
}

#[tokio::test]
async fn category_tree_in_languages() {
    let s = start().await;
    let en = s.json("/api/v1/categories").await;
    let tops = en.as_array().cloned().unwrap_or_default();
    assert_eq!(tops.len(), 26);
    let mut total = 0;
    for t in &tops {
        let children = t["children"].as_array().cloned().unwrap_or_default();
        assert!((3..=6).contains(&children.len()), "{}", t["slug"]);
        let sum: i64 = children
            .iter()
            .filter_map(|c| c["product_count"].as_i64())
            .sum();
        assert_eq!(t["product_count"].as_i64(), Some(sum));
        assert!(t["icon"].as_str().is_some_and(|i| !i.is_empty()));
        for c in &children {
            assert_eq!(c["parent_id"], t["id"]);
            assert!(c["icon"].as_str().is_some_and(|i| !i.is_empty()));
        }
        total += sum;
    }
    assert_eq!(total, 600);

    let ru = s.json("/api/v1/categories?lang=ru").await;
    let is_cyrillic = |v: &Value| {
        v.as_str().is_some_and(|s| {
            s.chars()
                .any(|c| ('а'..='я').contains(&c.to_lowercase().next().unwrap_or(c)))
        })
    };
    assert!(is_cyrillic(&ru[0]["name"]), "{}", ru[0]["name"]);
    assert!(is_cyrillic(&ru[0]["children"][0]["name"]));
    assert_ne!(ru[0]["name"], en[0]["name"]);
    // Portuguese via the short tag, Spanish, German and Arabic: top and subcategory names.
    let pt = s.json("/api/v1/categories?lang=pt").await;
    assert_ne!(pt[0]["name"], en[0]["name"]);
    assert_eq!(pt[0]["children"][0]["name"], "Vestidos");
    let de = s.json("/api/v1/categories?lang=de").await;
    assert_eq!(de[0]["children"][3]["name"], "Hosen & Röcke");
    let ar = s.json("/api/v1/categories?lang=ar").await;
    let arabic = |v: &Value| {
        v.as_str()
            .is_some_and(|n| n.chars().any(|c| ('\u{600}'..='\u{6ff}').contains(&c)))
    };
    assert!(arabic(&ar[0]["name"]));
    for (i, t) in en.as_array().unwrap().iter().enumerate() {
        for (j, c) in t["children"].as_array().unwrap().iter().enumerate() {
            let (name_ar, name_es) = (&ar[i]["children"][j]["name"], &pt[i]["children"][j]["name"]);
            assert!(arabic(name_ar), "{}: {name_ar}", c["slug"]);
            assert!(
                name_es.as_str().is_some_and(|n| !n.is_empty()),
                "{}",
                c["slug"]
            );
        }
    }
    let unknown = s.json("/api/v1/categories?lang=xx").await;
    assert_eq!(unknown, en);
}

#[tokio::test]
async fn category_detail_by_id_and_slug() {
    let s = start().await;
    let by_slug = s.json("/api/v1/categories/phones-telecom?lang=ru").await;
    let id = by_slug["category"]["id"].as_i64().unwrap_or(0);
    let by_id = s.json(&format!("/api/v1/categories/{id}?lang=ru")).await;
    assert_eq!(by_slug, by_id);
    assert_eq!(by_slug["breadcrumbs"].as_array().map(Vec::len), Some(1));
    let child = by_slug["category"]["children"][0]["slug"]
        .as_str()
        .unwrap_or("")
        .to_string();
    let sub = s.json(&format!("/api/v1/categories/{child}")).await;
    let crumbs = sub["breadcrumbs"].as_array().cloned().unwrap_or_default();
    assert_eq!(crumbs.len(), 2);
    assert_eq!(crumbs[0]["slug"], "phones-telecom");
    assert_eq!(crumbs[1]["slug"], child.as_str());
    for bad in [
        "/api/v1/categories/no-such-thing",
        "/api/v1/categories/99999",
        "/api/v1/categories/%FF",
    ] {
        s.problem(s.get(bad).await, 404, "category_not_found").await;
    }
}

#[tokio::test]
async fn product_pages_walk_everything_once_in_order() {
    let s = start().await;
    let all = walk(&s, "lang=en", 47).await;
    assert_eq!(all.len(), 600);
    let ids: HashSet<i64> = all.iter().filter_map(|p| p["id"].as_i64()).collect();
    assert_eq!(ids.len(), 600, "duplicates across pages");
    assert_ordered(&all);
    // Same order with another page size.
    let again = walk(&s, "", 100).await;
    assert_eq!(
        all.iter().map(|p| p["id"].as_i64()).collect::<Vec<_>>(),
        again.iter().map(|p| p["id"].as_i64()).collect::<Vec<_>>()
    );
    // Default limit is 24, last page has no cursor.
    let first = s.json("/api/v1/products").await;
    assert_eq!(first["items"].as_array().map(Vec::len), Some(24));
    assert!(first["next_cursor"].is_string());
    let p = &first["items"][0];
    assert_eq!(p["price"]["currency"], "USD");
    assert!(p["image"]
        .as_str()
        .is_some_and(|i| i.starts_with("/api/v1/images/products/")));
}

#[tokio::test]
async fn category_and_seller_filters() {
    let s = start().await;
    let tree = s.json("/api/v1/categories").await;
    let top = &tree[2];
    let top_items = walk(&s, &format!("category={}", top["id"]), 30).await;
    assert_eq!(Some(top_items.len() as i64), top["product_count"].as_i64());
    assert_ordered(&top_items);
    let sub = &top["children"][0];
    let sub_items = walk(&s, &format!("category={}", sub["id"]), 30).await;
    assert_eq!(Some(sub_items.len() as i64), sub["product_count"].as_i64());
    let top_ids: HashSet<i64> = top_items.iter().filter_map(|p| p["id"].as_i64()).collect();
    assert!(sub_items
        .iter()
        .all(|p| p["id"].as_i64().is_some_and(|id| top_ids.contains(&id))));

    let seller = top_items[0]["seller_id"].as_i64().unwrap_or(0);
    let by_seller = walk(&s, &format!("seller={seller}"), 50).await;
    assert!(!by_seller.is_empty());
    assert!(by_seller
        .iter()
        .all(|p| p["seller_id"].as_i64() == Some(seller)));
    let seller_json = s.json(&format!("/api/v1/sellers/{seller}")).await;
    assert_eq!(seller_json["id"], seller);
    assert!(seller_json["positive_feedback_x10"]
        .as_i64()
        .is_some_and(|v| (800..=1000).contains(&v)));
    s.problem(
        s.get("/api/v1/sellers/99999").await,
        404,
        "seller_not_found",
    )
    .await;
    s.problem(s.get("/api/v1/sellers/abc").await, 404, "seller_not_found")
        .await;
}

#[tokio::test]
async fn bad_parameters_are_problems() {
    let s = start().await;
    let body = s
        .problem(
            s.get("/api/v1/products?cursor=not-a-cursor").await,
            400,
            "invalid_cursor",
        )
        .await;
    assert_eq!(body["errors"][0]["field"], "cursor");
    // Hex of text that is not a cursor.
    s.problem(
        s.get("/api/v1/products?cursor=763100").await,
        400,
        "invalid_cursor",
    )
    .await;
    for (q, field, code) in [
        ("limit=0", "limit", "out_of_range"),
        ("limit=101", "limit", "out_of_range"),
        ("limit=abc", "limit", "malformed"),
        ("category=abc", "category", "malformed"),
        ("seller=1.5", "seller", "malformed"),
    ] {
        let body = s
            .problem(
                s.get(&format!("/api/v1/products?{q}")).await,
                400,
                "invalid_parameter",
            )
            .await;
        assert_eq!(body["errors"][0]["field"], field, "{q}");
        assert_eq!(body["errors"][0]["code"], code, "{q}");
    }
    let body = s
        .problem(
            s.get("/api/v1/products?limit=0&cursor=zz").await,
            400,
            "invalid_parameter",
        )
        .await;
    assert_eq!(body["errors"].as_array().map(Vec::len), Some(2));
    s.problem(
        s.get("/api/v1/products?category=99999").await,
        404,
        "category_not_found",
    )
    .await;
    s.problem(
        s.get("/api/v1/products/1/reviews?limit=-1").await,
        400,
        "invalid_parameter",
    )
    .await;
}

#[tokio::test]
async fn product_detail_and_languages() {
    let s = start().await;
    let first = s.json("/api/v1/products?limit=5").await;
    let id = first["items"][0]["id"].as_i64().unwrap_or(0);
    let en = s.json(&format!("/api/v1/products/{id}")).await;
    let ru = s.json(&format!("/api/v1/products/{id}?lang=ru")).await;
    assert_eq!(en["summary"], first["items"][0]);
    assert_ne!(en["summary"]["title"], ru["summary"]["title"]);
    assert_ne!(en["description"], ru["description"]);
    assert_eq!(en["summary"]["price"], ru["summary"]["price"]);
    let skus = en["skus"].as_array().cloned().unwrap_or_default();
    assert!(!skus.is_empty());
    let options = en["options"].as_array().map(Vec::len).unwrap_or(0);
    let min_price = skus
        .iter()
        .filter_map(|k| k["price"]["amount"].as_i64())
        .min();
    assert_eq!(min_price, en["summary"]["price"]["amount"].as_i64());
    let images = en["images"].as_array().map(Vec::len).unwrap_or(0);
    for k in &skus {
        assert_eq!(k["values"].as_array().map(Vec::len), Some(options));
        assert!(k["image_index"]
            .as_u64()
            .is_some_and(|i| (i as usize) < images));
    }
    let tiers = en["price_tiers"].as_array().cloned().unwrap_or_default();
    assert_eq!(tiers[0]["min_quantity"], 1);
    assert_eq!(tiers[0]["percent_of_base"], 100);
    assert!(
        tiers.len() >= 3
            && tiers[2]["percent_of_base"].as_i64() < tiers[1]["percent_of_base"].as_i64()
    );
    let shipping = en["shipping"].as_array().cloned().unwrap_or_default();
    assert!(!shipping.is_empty());
    assert!(shipping
        .iter()
        .all(|o| o["days_min"].as_i64() <= o["days_max"].as_i64() && o["carrier"].is_string()));
    assert_eq!(en["seller"]["id"], en["summary"]["seller_id"]);
    assert_eq!(en["breadcrumbs"].as_array().map(Vec::len), Some(2));
    assert!(!en["attributes"]
        .as_array()
        .map(Vec::is_empty)
        .unwrap_or(true));
    // Titles differ between the languages across the catalogue, not just once.
    let page_en = s.json("/api/v1/products?limit=20").await;
    let page_ru = s.json("/api/v1/products?limit=20&lang=ru").await;
    for i in 0..20 {
        assert_eq!(page_en["items"][i]["id"], page_ru["items"][i]["id"]);
        assert_ne!(page_en["items"][i]["title"], page_ru["items"][i]["title"]);
    }
    for bad in [
        "/api/v1/products/999999",
        "/api/v1/products/abc",
        "/api/v1/products/0",
        "/api/v1/products/%FF",
    ] {
        s.problem(s.get(bad).await, 404, "product_not_found").await;
    }
}

#[tokio::test]
async fn reviews_are_paged_per_product() {
    let s = start().await;
    let top = s.json("/api/v1/products?limit=10").await;
    let id = top["items"][0]["id"].as_i64().unwrap_or(0);
    let all = s
        .json(&format!("/api/v1/products/{id}/reviews?limit=100&lang=ru"))
        .await;
    let reviews = all["items"].as_array().cloned().unwrap_or_default();
    assert!(!reviews.is_empty(), "best seller has stored reviews");
    assert!(all.get("next_cursor").is_none());
    for r in &reviews {
        assert!(r["stars"].as_i64().is_some_and(|v| (1..=5).contains(&v)));
        assert!(r["created_at"].as_str().is_some_and(|t| t.ends_with('Z')));
    }
    let mut seen = Vec::new();
    let mut path = format!("/api/v1/products/{id}/reviews?limit=1&lang=ru");
    loop {
        let page = s.json(&path).await;
        seen.extend(page["items"].as_array().cloned().unwrap_or_default());
        match page["next_cursor"].as_str() {
            Some(c) => path = format!("/api/v1/products/{id}/reviews?limit=1&lang=ru&cursor={c}"),
            None => break,
        }
    }
    assert_eq!(seen, reviews);
    s.problem(
        s.get("/api/v1/products/999999/reviews").await,
        404,
        "product_not_found",
    )
    .await;
    s.problem(
        s.get(&format!("/api/v1/products/{id}/reviews?cursor=xyz"))
            .await,
        400,
        "invalid_cursor",
    )
    .await;
}

#[tokio::test]
async fn home_is_stable_for_the_day() {
    let s = start().await;
    let a = s.json("/api/v1/home").await;
    let b = s.json("/api/v1/home").await;
    assert_eq!(a, b);
    assert_eq!(a["deals"].as_array().map(Vec::len), Some(12));
    assert_eq!(a["recommended"].as_array().map(Vec::len), Some(24));
    assert!(a["deals"]
        .as_array()
        .into_iter()
        .flatten()
        .all(|p| p["original_price"]["amount"].as_i64() > p["price"]["amount"].as_i64()));
    assert!(a["day"].as_str().is_some_and(|d| d.len() == 10));
    let ru = s.json("/api/v1/home?lang=ru").await;
    assert_eq!(ru["deals"][0]["id"], a["deals"][0]["id"]);
}

#[tokio::test]
async fn seeding_is_deterministic() {
    let a = start_with(|c| c.seed = 7).await;
    let b = start_with(|c| c.seed = 7).await;
    let c = start_with(|c| c.seed = 8).await;
    let page = "/api/v1/products?limit=30&lang=ru";
    let (pa, pb, pc) = (a.json(page).await, b.json(page).await, c.json(page).await);
    assert_eq!(pa, pb);
    assert_ne!(pa, pc);
    let id = pa["items"][0]["id"].as_i64().unwrap_or(0);
    let detail = format!("/api/v1/products/{id}");
    assert_eq!(a.json(&detail).await, b.json(&detail).await);
}

#[tokio::test]
async fn restart_keeps_the_catalogue() {
    let dir = tempfile::tempdir().expect("tempdir");
    let cfg = common::config(dir.path());
    let first = storefront_server::prepare(&cfg).await.expect("first start");
    assert!(first.seeded.is_some());
    let mut again = cfg.clone();
    again.products = 900;
    again.seed = 1;
    let second = storefront_server::prepare(&again).await.expect("restart");
    assert!(
        second.seeded.is_none(),
        "an existing catalogue is not reseeded"
    );
    let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM products")
        .fetch_one(&second.pool)
        .await
        .expect("count");
    assert_eq!(count, 600);
    let reviews: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM reviews")
        .fetch_one(&second.pool)
        .await
        .expect("count");
    let first_reviews: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM reviews")
        .fetch_one(&first.pool)
        .await
        .expect("count");
    assert_eq!(reviews, first_reviews);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_first_starts_seed_once() {
    let dir = tempfile::tempdir().expect("tempdir");
    let cfg = common::config(dir.path());
    let (a, b) = tokio::join!(
        storefront_server::prepare(&cfg),
        storefront_server::prepare(&cfg)
    );
    let (a, b) = (a.expect("first"), b.expect("second"));
    assert_eq!(
        [a.seeded.is_some(), b.seeded.is_some()]
            .iter()
            .filter(|s| **s)
            .count(),
        1
    );
    let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM products")
        .fetch_one(&a.pool)
        .await
        .expect("count");
    assert_eq!(count, 600);
}

#[tokio::test]
async fn product_images_are_svg() {
    let s = start().await;
    let p = s.json("/api/v1/products/1").await;
    let images = p["images"].as_array().cloned().unwrap_or_default();
    assert!(!images.is_empty());
    for url in &images {
        let res = s.get(url.as_str().unwrap_or("")).await;
        assert_eq!(res.status(), 200);
        assert_eq!(common::header(&res, "content-type"), "image/svg+xml");
        assert_eq!(
            common::header(&res, "cache-control"),
            "public, max-age=31536000, immutable"
        );
        let body = res.text().await.unwrap_or_default();
        assert!(body.starts_with("<svg") && body.len() < 2048);
        assert!(!body.to_lowercase().contains("script"));
    }
    let n = images.len();
    for bad in [
        format!("/api/v1/images/products/1/{n}.svg"),
        "/api/v1/images/products/999999/0.svg".into(),
        "/api/v1/images/products/1/x.svg".into(),
        "/api/v1/images/products/1/0.png".into(),
        "/api/v1/images/products/%FF/0.svg".into(),
    ] {
        s.problem(s.get(&bad).await, 404, "image_not_found").await;
    }
}

#[tokio::test]
async fn openapi_describes_every_route() {
    let s = start().await;
    let doc = s.json("/api/v1/openapi.json").await;
    assert!(
        doc["openapi"]
            .as_str()
            .is_some_and(|v| v.starts_with("3.1")),
        "{}",
        doc["openapi"]
    );
    let paths = doc["paths"].as_object().cloned().unwrap_or_default();
    for p in [
        "/api/v1/health",
        "/api/v1/config",
        "/api/v1/openapi.json",
        "/api/v1/categories",
        "/api/v1/categories/{id_or_slug}",
        "/api/v1/products",
        "/api/v1/products/{id}",
        "/api/v1/products/{id}/reviews",
        "/api/v1/sellers/{id}",
        "/api/v1/home",
        "/api/v1/images/products/{id}/{n}.svg",
        "/api/v1/operator/faults",
        "/api/v1/search",
        "/api/v1/suggest",
        "/api/v1/products/{id}/reviews/summary",
        "/api/v1/images/reviews/{id}/{n}.svg",
        "/api/v1/products/{id}/reports",
        "/api/v1/operator/reports",
        "/api/v1/account/register",
        "/api/v1/session",
        "/api/v1/account/me",
        "/api/v1/account/addresses",
        "/api/v1/account/addresses/{id}",
        "/api/v1/account/addresses/{id}/default",
        "/api/v1/cart/quote",
        "/api/v1/cart",
        "/api/v1/cart/merge",
        "/api/v1/payment-methods",
        "/api/v1/checkout",
        "/api/v1/checkout/payments/{id}",
        "/api/v1/test-provider/payments/{id}",
        "/api/v1/test-provider/payments/{id}/confirm",
        "/api/v1/test-provider/payments/{id}/decline",
        "/api/v1/orders",
        "/api/v1/orders/{id}",
        "/api/v1/orders/counts",
        "/api/v1/orders/{id}/confirm-receipt",
        "/api/v1/orders/{id}/cancel",
        "/api/v1/orders/{id}/extension-requests",
        "/api/v1/orders/{id}/feedback",
        "/api/v1/orders/{id}/pay-again",
        "/api/v1/operator/clock",
        "/api/v1/operator/clock/advance",
        "/api/v1/operator/orders/{id}/ship",
        "/api/v1/operator/orders/{id}/deliver",
        "/api/v1/operator/products/{id}/price",
        "/api/v1/orders/{id}/disputes",
        "/api/v1/disputes",
        "/api/v1/disputes/{id}",
        "/api/v1/disputes/{id}/evidence/{file}",
        "/api/v1/disputes/{id}/accept",
        "/api/v1/disputes/{id}/counter",
        "/api/v1/disputes/{id}/escalate",
        "/api/v1/disputes/{id}/cancel",
        "/api/v1/disputes/{id}/messages",
        "/api/v1/disputes/{id}/return-shipment",
        "/api/v1/operator/disputes/{id}/seller-reply",
        "/api/v1/operator/disputes/{id}/arbitrate",
        "/api/v1/operator/partners/{id}/orders",
        "/api/v1/wishlist",
        "/api/v1/wishlist/ids",
        "/api/v1/wishlist/merge",
        "/api/v1/wishlist/priced",
        "/api/v1/wishlist/{product_id}",
        "/api/v1/sellers/{id}/follow",
        "/api/v1/account/following",
        "/api/v1/products/{id}/similar",
        "/api/v1/products/{id}/more-from-store",
        "/api/v1/orders/{id}/buy-again",
        "/api/v1/conversations",
        "/api/v1/conversations/{id}",
        "/api/v1/conversations/{id}/messages",
        "/api/v1/conversations/{id}/read",
        "/api/v1/conversations/{id}/photos/{message}/{file}",
        "/api/v1/notifications",
        "/api/v1/notifications/read-all",
        "/api/v1/notifications/{id}/read",
        "/api/v1/inbox/counts",
    ] {
        assert!(paths.contains_key(p), "missing {p}");
    }
    assert_eq!(
        paths.len(),
        78,
        "undocumented or stale paths: {:?}",
        paths.keys().collect::<Vec<_>>()
    );
    let list = &paths["/api/v1/products"]["get"];
    let params: Vec<&str> = list["parameters"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|p| p["name"].as_str())
        .collect();
    for name in ["category", "seller", "cursor", "limit", "lang"] {
        assert!(params.contains(&name), "{name}");
    }
    assert!(list["responses"]["400"]["content"]["application/problem+json"].is_object());
    assert!(doc["components"]["schemas"]["Problem"].is_object());
    assert!(doc["components"]["schemas"]["ProductSummary"].is_object());
}

#[tokio::test]
async fn unknown_routes_and_methods() {
    let s = start().await;
    for p in [
        "/api/v1/nope",
        "/api/v2/products",
        "/api",
        "/api/v1/operator/faults",
    ] {
        s.problem(s.get(p).await, 404, "route_not_found").await;
    }
    let res = s
        .client
        .post(format!("{}/api/v1/products", s.base))
        .send()
        .await
        .expect("post");
    s.problem(res, 405, "method_not_allowed").await;
    let res = s
        .client
        .post(format!("{}/api/v1/operator/faults", s.base))
        .body(r#"{"mode":"error","count":1}"#)
        .send()
        .await
        .expect("post");
    s.problem(res, 404, "route_not_found").await;
}

#[tokio::test]
async fn titles_descriptions_and_breadcrumbs_in_all_six_languages() {
    let s = start().await;
    let page_en = s.json("/api/v1/products?limit=20").await;
    let id = page_en["items"][0]["id"].as_i64().unwrap();
    let en = s.json(&format!("/api/v1/products/{id}")).await;
    let mut titles = vec![en["summary"]["title"].clone()];
    for lang in ["ru", "es", "pt-BR", "de", "ar"] {
        let d = s.json(&format!("/api/v1/products/{id}?lang={lang}")).await;
        assert_ne!(d["summary"]["title"], en["summary"]["title"], "{lang}");
        assert_ne!(d["description"], en["description"], "{lang}");
        for (i, crumb) in d["breadcrumbs"].as_array().unwrap().iter().enumerate() {
            assert_ne!(
                crumb["name"], en["breadcrumbs"][i]["name"],
                "{lang}: {crumb}"
            );
        }
        // Lists, product pages and the cart agree on the title.
        let page = s
            .json(&format!("/api/v1/products?limit=20&lang={lang}"))
            .await;
        assert_eq!(page["items"][0]["title"], d["summary"]["title"]);
        let sku = d["skus"][0]["id"].as_i64().unwrap();
        let q = s
            .client
            .post(format!("{}/api/v1/cart/quote?lang={lang}", s.base))
            .json(&json!({"lines": [{"product_id": id, "sku_id": sku, "quantity": 1}]}))
            .send()
            .await
            .unwrap();
        let q: Value = q.json().await.unwrap();
        assert_eq!(q["sellers"][0]["lines"][0]["title"], d["summary"]["title"]);
        titles.push(d["summary"]["title"].clone());
    }
    let ar = titles[5].as_str().unwrap();
    assert!(
        ar.chars().any(|c| ('\u{600}'..='\u{6ff}').contains(&c)),
        "{ar}"
    );
    // Across the page every language has its own titles (a title of a brand and a word that
    // reads the same in two languages may repeat, not most of them).
    for lang in ["es", "pt-BR", "de", "ar"] {
        let page = s
            .json(&format!("/api/v1/products?limit=20&lang={lang}"))
            .await;
        let same = (0..20)
            .filter(|&i| page["items"][i]["title"] == page_en["items"][i]["title"])
            .count();
        assert!(same <= 2, "{lang}: {same} of 20 titles are English");
    }

    // The search index holds the four new languages too, and the suggestions follow the lang.
    let pleated = s
        .json("/api/v1/search?q=falda%20plisada&lang=es&limit=5")
        .await;
    assert!(pleated["total"].as_i64().unwrap() > 0, "{pleated}");
    for item in pleated["items"].as_array().unwrap() {
        let t = item["title"].as_str().unwrap();
        assert!(t.contains("Falda plisada"), "{t}");
    }
    let same_en = s.json("/api/v1/search?q=pleated%20skirt&limit=5").await;
    assert_eq!(same_en["total"], pleated["total"]);
    let suggest = s.json("/api/v1/suggest?q=plisseer&lang=de").await;
    assert!(
        suggest.as_array().unwrap().iter().any(|x| x["text"]
            .as_str()
            .is_some_and(|t| t.contains("Plisseerock"))),
        "{suggest}"
    );
}

#[tokio::test]
async fn a_pleated_skirt_is_drawn_as_a_skirt_not_trousers() {
    let s = start().await;
    let find = |q: &'static str| {
        let s = &s;
        async move {
            let r = s.json(&format!("/api/v1/search?q={q}&limit=1")).await;
            r["items"][0]["id"].as_i64().expect(q)
        }
    };
    let skirt = find("pleated%20skirt").await;
    let trousers = find("wide%20leg%20trousers").await;
    let svg = |id: i64| {
        let s = &s;
        async move {
            s.get(&format!("/api/v1/images/products/{id}/0.svg"))
                .await
                .text()
                .await
                .unwrap()
        }
    };
    let (a, b) = (svg(skirt).await, svg(trousers).await);
    // The trousers' two legs (the gap between them) are not in the skirt.
    let legs = "l-12-90-12 90";
    assert!(b.contains(legs), "{b}");
    assert!(!a.contains(legs), "{a}");
}

fn unbrotli(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    brotli::BrotliDecompress(&mut &bytes[..], &mut out).expect("brotli stream");
    out
}

#[tokio::test]
async fn api_answers_are_compressed_by_accept_encoding() {
    let s = start().await;
    let get = |path: &'static str, coding: &'static str| {
        let req = s.client.get(format!("{}{path}", s.base));
        async move {
            let req = if coding.is_empty() {
                req
            } else {
                req.header("accept-encoding", coding)
            };
            req.send().await.expect("request")
        }
    };
    let plain = get("/api/v1/categories", "").await;
    assert!(plain.headers().get("content-encoding").is_none());
    let plain: Value = serde_json::from_slice(&plain.bytes().await.unwrap()).unwrap();
    assert!(plain.as_array().is_some_and(|a| !a.is_empty()));

    let br = get("/api/v1/categories", "gzip, deflate, br").await;
    assert_eq!(br.status(), 200);
    assert_eq!(common::header(&br, "content-encoding"), "br");
    assert!(common::header(&br, "vary").contains("accept-encoding"));
    let raw = br.bytes().await.unwrap();
    let decoded: Value = serde_json::from_slice(&unbrotli(&raw)).unwrap();
    assert_eq!(decoded, plain);
    assert!(raw.len() * 3 < serde_json::to_vec(&plain).unwrap().len());

    let gz = get("/api/v1/categories", "gzip").await;
    assert_eq!(common::header(&gz, "content-encoding"), "gzip");
    let mut text = Vec::new();
    std::io::Read::read_to_end(
        &mut flate2::read::GzDecoder::new(&gz.bytes().await.unwrap()[..]),
        &mut text,
    )
    .unwrap();
    assert_eq!(serde_json::from_slice::<Value>(&text).unwrap(), plain);

    // Problems stay problems: same status and type, compressed like any answer.
    let missing = get("/api/v1/products/999999999", "br").await;
    assert_eq!(missing.status(), 404);
    assert_eq!(
        common::header(&missing, "content-type"),
        "application/problem+json"
    );
    let problem: Value =
        serde_json::from_slice(&unbrotli(&missing.bytes().await.unwrap())).unwrap();
    assert_eq!(problem["code"], "product_not_found");

    // The app's files come precompressed (own ETag per encoding) and are not compressed twice.
    let index = get("/", "").await.text().await.unwrap();
    let page = get("/", "br").await;
    assert_eq!(common::header(&page, "content-encoding"), "br");
    let body = unbrotli(&page.bytes().await.unwrap());
    assert_eq!(String::from_utf8(body).unwrap(), index);
}
