//! Search, facets, suggestions and review filters over real HTTP.

mod common;

use common::{start, Server};
use serde_json::Value;
use std::collections::HashSet;
use storefront_api::{encode_component, Review, ReviewSummary, SearchResult, Suggestion};

async fn search(s: &Server, query: &str) -> SearchResult {
    let v = s.json(&format!("/api/v1/search?{query}")).await;
    serde_json::from_value(v).expect("SearchResult")
}

/// Every page of a search; asserts no duplicates and that `total` is right.
async fn walk(s: &Server, query: &str, limit: u32) -> Vec<Value> {
    let mut items = Vec::new();
    let mut cursor: Option<String> = None;
    let mut total = None;
    for _ in 0..1000 {
        let path = match &cursor {
            Some(c) => format!("/api/v1/search?{query}&limit={limit}&cursor={c}"),
            None => format!("/api/v1/search?{query}&limit={limit}"),
        };
        let page = s.json(&path).await;
        total = page["total"].as_i64();
        items.extend(page["items"].as_array().cloned().unwrap_or_default());
        match page.get("next_cursor").and_then(Value::as_str) {
            Some(c) => cursor = Some(c.to_string()),
            None => break,
        }
    }
    let ids: HashSet<i64> = items.iter().filter_map(|i| i["id"].as_i64()).collect();
    assert_eq!(ids.len(), items.len(), "duplicates in {query}");
    assert_eq!(Some(items.len() as i64), total, "{query}");
    items
}

/// Id of a category by slug.
async fn category(s: &Server, slug: &str) -> i64 {
    let tree = s.json("/api/v1/categories").await;
    let all: Vec<&Value> = tree
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|t| std::iter::once(t).chain(t["children"].as_array().into_iter().flatten()))
        .collect();
    all.iter()
        .find(|c| c["slug"] == slug)
        .and_then(|c| c["id"].as_i64())
        .unwrap_or_else(|| panic!("no category {slug}"))
}

fn id_set(items: &[Value]) -> HashSet<i64> {
    items.iter().filter_map(|p| p["id"].as_i64()).collect()
}

fn ids(r: &SearchResult) -> Vec<i64> {
    r.items.iter().map(|p| p.id).collect()
}

#[tokio::test]
async fn morphology_in_russian_and_english() {
    let s = start().await;
    let base = search(&s, "q=телефон&lang=ru&limit=100").await;
    assert!(base.total > 0, "no телефон");
    // Titles with телефон, smartphones (a synonym), and the rest of the phone categories.
    let phones_top = category(&s, "phones-telecom").await;
    let in_top: HashSet<i64> = walk(&s, &format!("category={phones_top}"), 100)
        .await
        .iter()
        .filter_map(|p| p["id"].as_i64())
        .collect();
    for p in &base.items {
        let t = p.title.to_lowercase();
        assert!(
            t.contains("телефон") || t.contains("смартфон") || in_top.contains(&p.id),
            "{}",
            p.title
        );
    }
    for form in ["телефона", "телефоны", "ТЕЛЕФОНОВ"] {
        let r = search(
            &s,
            &format!("q={}&lang=ru&limit=100", encode_component(form)),
        )
        .await;
        assert_eq!(ids(&r), ids(&base), "{form}");
    }
    let phone = search(&s, "q=phone&limit=100").await;
    let phones = search(&s, "q=phones&limit=100").await;
    assert!(phone.total > 0);
    assert_eq!(ids(&phone), ids(&phones));
    // The Russian query finds the same products as the English one when the title says both.
    let en_ids: HashSet<i64> = ids(&phone).into_iter().collect();
    assert!(ids(&base).iter().any(|id| en_ids.contains(id)));
}

#[tokio::test]
async fn syntax_characters_are_plain_text() {
    let s = start().await;
    for q in [
        "\"",
        "\"phone",
        "*",
        "phone*",
        "NEAR",
        "phone NEAR case",
        "-",
        "-phone",
        "'",
        "(",
        ")",
        "phone OR case",
        "OR",
        "AND",
        "NOT phone",
        ";DROP TABLE products;--",
        "a:b",
        "^phone",
        "phone\"case",
        "{}[]",
        "%",
        "\\",
        "телефон\"",
    ] {
        let res = s
            .get(&format!("/api/v1/search?q={}", encode_component(q)))
            .await;
        assert_eq!(res.status().as_u16(), 200, "{q}");
        let res = s
            .get(&format!("/api/v1/suggest?q={}", encode_component(q)))
            .await;
        assert_eq!(res.status().as_u16(), 200, "suggest {q}");
    }
    // Still there afterwards, and an all-punctuation query matches nothing rather than all.
    assert!(search(&s, "q=phone").await.total > 0);
    let none = search(&s, "q=%2A%22").await;
    assert_eq!(none.total, 0);
    assert!(!none.related.categories.is_empty());
}

#[tokio::test]
async fn filters_narrow_and_facet_counts_match() {
    let s = start().await;
    let all = search(&s, "limit=1").await;
    assert_eq!(all.total, 600);
    let f = &all.facets;
    let checks: Vec<(String, i64)> = vec![
        ("free_shipping=true".into(), f.free_shipping),
        ("rating_min=40".into(), f.rating_4_plus),
        ("seller_positive_min=950".into(), f.seller_95_plus),
        ("in_stock=true".into(), f.in_stock),
    ]
    .into_iter()
    .chain(
        f.delivery
            .iter()
            .map(|d| (format!("delivery_days={}", d.days), d.count)),
    )
    .chain(
        f.ships_from
            .iter()
            .map(|v| (format!("ships_from={}", v.value), v.count)),
    )
    .chain(
        f.categories
            .iter()
            .map(|c| (format!("category={}", c.id), c.count)),
    )
    .chain(f.price.buckets.iter().map(|b| {
        let max = b
            .max_cents
            .map(|m| format!("&price_max={m}"))
            .unwrap_or_default();
        (format!("price_min={}{max}", b.min_cents), b.count)
    }))
    .chain(f.attributes.iter().flat_map(|a| {
        a.values.iter().map(move |v| {
            (
                format!(
                    "attrs={}",
                    encode_component(&format!("{}={}", a.name, v.value))
                ),
                v.count,
            )
        })
    }))
    .collect();
    assert!(checks.len() > 15);
    assert!(f.attributes.iter().any(|a| a.name == "Color"));
    for (q, count) in &checks {
        let r = search(&s, &format!("{q}&limit=1")).await;
        assert_eq!(r.total, *count, "{q}");
        assert!(r.total <= all.total);
    }
    // Combined filters: facets of other groups stay disjunctive.
    let both = search(&s, "free_shipping=true&rating_min=40&limit=1").await;
    let free_only = search(&s, "free_shipping=true&limit=1").await;
    assert_eq!(both.total, free_only.facets.rating_4_plus);
    assert_eq!(both.facets.free_shipping, both.total);
    // Filtered items really satisfy the filter.
    for p in walk(&s, "free_shipping=true&ships_from=CN", 100).await {
        assert_eq!(p["free_shipping"], true);
        assert_eq!(p["ships_from"], "CN");
    }
    // Seller store page: seller filter with facets.
    let sel = search(&s, "seller=3&limit=100").await;
    assert!(sel.total > 0);
    assert!(sel.items.iter().all(|p| p.seller_id == 3));
    assert_eq!(
        sel.facets.categories.iter().map(|c| c.count).sum::<i64>(),
        sel.total
    );
}

#[tokio::test]
async fn sorts_order_across_pages_and_pagination_is_complete() {
    let s = start().await;
    let key = |p: &Value, k: &str| p[k].as_i64().unwrap_or(0);
    let price = |p: &Value| p["price"]["amount"].as_i64().unwrap_or(0);
    for sort in [
        "orders",
        "price_asc",
        "price_desc",
        "newest",
        "rating",
        "best_match",
    ] {
        let items = walk(&s, &format!("sort={sort}"), 37).await;
        assert_eq!(items.len(), 600, "{sort}");
        for w in items.windows(2) {
            let (a, b) = (&w[0], &w[1]);
            let ok = match sort {
                "orders" | "best_match" => key(a, "orders_count") >= key(b, "orders_count"),
                "price_asc" => price(a) <= price(b),
                "price_desc" => price(a) >= price(b),
                "newest" => key(a, "id") > key(b, "id"),
                _ => key(a, "rating_x10") >= key(b, "rating_x10"),
            };
            assert!(ok, "{sort}: {a} then {b}");
        }
    }
    let items = walk(&s, "q=phone&sort=price_asc", 5).await;
    assert!(!items.is_empty());
}

#[tokio::test]
async fn bad_search_parameters() {
    let s = start().await;
    let res = s.get("/api/v1/search?price_min=500&price_max=100").await;
    let p = s.problem(res, 400, "invalid_parameter").await;
    let fields: Vec<&str> = p["errors"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|e| e["field"].as_str())
        .collect();
    assert!(fields.contains(&"price_min") && fields.contains(&"price_max"));
    for q in ["limit=0", "limit=101", "sort=cheapest", "rating_min=x"] {
        let res = s.get(&format!("/api/v1/search?{q}")).await;
        s.problem(res, 400, "invalid_parameter").await;
    }
    let res = s.get("/api/v1/search?cursor=zz").await;
    s.problem(res, 400, "invalid_cursor").await;
    // A cursor of another query is refused.
    let next = search(&s, "q=phone&limit=1")
        .await
        .next_cursor
        .unwrap_or_default();
    let res = s
        .get(&format!("/api/v1/search?q=case&limit=1&cursor={next}"))
        .await;
    s.problem(res, 400, "invalid_cursor").await;
    let res = s.get("/api/v1/search?category=99999").await;
    s.problem(res, 404, "category_not_found").await;
    let res = s.get("/api/v1/search?seller=99999").await;
    s.problem(res, 404, "seller_not_found").await;
}

#[tokio::test]
async fn suggestions_are_prefix_matches() {
    let s = start().await;
    let v = s.json("/api/v1/suggest?q=pho").await;
    let list: Vec<Suggestion> = serde_json::from_value(v).expect("suggestions");
    assert!(!list.is_empty() && list.len() <= 8);
    for sug in &list {
        let t = sug.text.to_lowercase();
        assert!(
            t.starts_with("pho") || t.split(' ').any(|w| w.starts_with("pho")),
            "{}",
            sug.text
        );
    }
    let v = s.json("/api/v1/suggest?q=%D1%87%D0%B5%D1%85&lang=ru").await;
    let list: Vec<Suggestion> = serde_json::from_value(v).expect("suggestions");
    assert!(list
        .iter()
        .any(|x| x.text.to_lowercase().starts_with("чех")));
    let v = s.json("/api/v1/suggest?q=").await;
    assert_eq!(v.as_array().map(Vec::len), Some(0));
}

/// Issue 19 #13: a query is cut to its first 200 characters, the same way by `/search` (its
/// results, related queries and cursor) and `/suggest`; nothing longer is offered back.
#[tokio::test]
async fn long_queries_count_by_their_first_200_characters() {
    use storefront_api::{cap_query, MAX_QUERY_CHARS};
    let s = start().await;
    // Matches nothing as a whole (the first word is nonsense), so related queries are built
    // from the words: before the cap, the 2,000-character query came back as one of them.
    let long = format!("qqzzxq {}", "phone ".repeat(400));
    let capped = cap_query(&long);
    assert!(capped.chars().count() <= MAX_QUERY_CHARS);
    let full = search(&s, &format!("q={}", encode_component(&long))).await;
    let cut = search(&s, &format!("q={}", encode_component(capped))).await;
    assert_eq!(ids(&full), ids(&cut));
    assert_eq!(full.total, cut.total);
    assert_eq!(full.related, cut.related);
    for q in &full.related.queries {
        assert!(
            q.chars().count() <= MAX_QUERY_CHARS,
            "{} characters",
            q.chars().count()
        );
    }
    // Results past the cap are the capped query's, pages included: the cursor is bound to it.
    // (Past the cap: spaces, then a word that would match nothing.)
    let long = format!("phone{}{}", " ".repeat(300), "x".repeat(2000));
    let page = search(&s, &format!("q={}&limit=2", encode_component(&long))).await;
    let same = search(&s, "q=phone&limit=2").await;
    assert!(page.total > 2, "{}", page.total);
    assert_eq!(ids(&page), ids(&same));
    let cursor = page.next_cursor.expect("a next page");
    let next = search(
        &s,
        &format!("q={}&limit=2&cursor={cursor}", encode_component(&long)),
    )
    .await;
    let same_next = search(
        &s,
        &format!(
            "q=phone&limit=2&cursor={}",
            same.next_cursor.unwrap_or_default()
        ),
    )
    .await;
    assert_eq!(ids(&next), ids(&same_next));
    // Suggestions for a long text are those of its first 200 characters.
    let typed = format!("pho{}", " ".repeat(300));
    let v = s
        .json(&format!("/api/v1/suggest?q={}", encode_component(&typed)))
        .await;
    let w = s.json("/api/v1/suggest?q=pho").await;
    assert_eq!(v, w);
    let v = s
        .json(&format!(
            "/api/v1/suggest?q={}",
            encode_component(&"phone ".repeat(400))
        ))
        .await;
    for sug in v.as_array().into_iter().flatten() {
        let text = sug["text"].as_str().unwrap_or_default();
        assert!(text.chars().count() <= MAX_QUERY_CHARS, "{text}");
    }
}

#[tokio::test]
async fn review_filters_and_summary() {
    let s = start().await;
    // Products with several stored reviews, most first.
    let mut checked = 0;
    let mut photos_seen = 0;
    for p in walk(&s, "sort=orders", 100).await.iter().take(40) {
        let id = p["id"].as_i64().unwrap_or(0);
        let sum: ReviewSummary = serde_json::from_value(
            s.json(&format!("/api/v1/products/{id}/reviews/summary"))
                .await,
        )
        .expect("summary");
        assert_eq!(sum.histogram.iter().sum::<i64>(), sum.count);
        let all = s
            .json(&format!("/api/v1/products/{id}/reviews?limit=100"))
            .await;
        let all: Vec<Review> = serde_json::from_value(all["items"].clone()).expect("reviews");
        assert_eq!(all.len() as i64, sum.count);
        let with: Vec<Review> = serde_json::from_value(
            s.json(&format!(
                "/api/v1/products/{id}/reviews?with_photos=true&limit=100"
            ))
            .await["items"]
                .clone(),
        )
        .expect("reviews");
        assert_eq!(with.len() as i64, sum.with_photos);
        assert!(with.iter().all(|r| !r.photos.is_empty()));
        for r in &with {
            let res = s.get(&r.photos[0]).await;
            assert_eq!(res.status().as_u16(), 200);
            photos_seen += 1;
        }
        let fives: Vec<Review> = serde_json::from_value(
            s.json(&format!("/api/v1/products/{id}/reviews?stars=5&limit=100"))
                .await["items"]
                .clone(),
        )
        .expect("reviews");
        assert_eq!(fives.len() as i64, sum.histogram[4]);
        assert!(fives.iter().all(|r| r.stars == 5));
        checked += 1;
    }
    assert!(checked > 0 && photos_seen > 0);
    let res = s.get("/api/v1/products/1/reviews?stars=6").await;
    s.problem(res, 400, "invalid_parameter").await;
}

#[tokio::test]
async fn a_review_holds_literal_markup() {
    let s = start().await;
    // The product with the smallest id that has stored reviews: its first review.
    let mut found = false;
    for id in 1..=50 {
        let page = s
            .json(&format!("/api/v1/products/{id}/reviews?limit=1"))
            .await;
        if let Some(first) = page["items"].get(0) {
            assert!(
                first["text"]
                    .as_str()
                    .is_some_and(|t| t.contains("<script>alert(1)</script>")),
                "{first}"
            );
            found = true;
            break;
        }
    }
    assert!(found);
}

/// A store listing (its own posting list, a bitset pass, the precomputed order) is exactly the
/// whole listing filtered to the store, for every sort, across pages; text results are the same
/// from FTS and from the memo of scored matches.
#[tokio::test]
async fn scoped_listings_equal_the_filtered_whole_and_memo_is_transparent() {
    let s = start().await;
    let id = |p: &Value| p["id"].as_i64().unwrap_or(0);
    let mut seen = 0;
    for sort in ["orders", "price_asc", "price_desc", "newest", "rating"] {
        let whole = walk(&s, &format!("sort={sort}&free_shipping=true"), 50).await;
        for seller in [1, 7] {
            let expected: Vec<i64> = whole
                .iter()
                .filter(|p| p["seller_id"].as_i64() == Some(seller))
                .map(id)
                .collect();
            let got: Vec<i64> = walk(
                &s,
                &format!("seller={seller}&sort={sort}&free_shipping=true"),
                4,
            )
            .await
            .iter()
            .map(id)
            .collect();
            assert_eq!(got, expected, "seller {seller}, {sort}");
            seen += got.len();
        }
    }
    assert!(seen > 0, "the stores have free-shipping products");
    let first = walk(&s, "q=phone&sort=best_match", 7).await;
    let again = walk(&s, "q=phone&sort=best_match", 7).await;
    assert_eq!(first, again);
    let scoped: Vec<i64> = walk(&s, "q=phone&seller=3", 5)
        .await
        .iter()
        .map(id)
        .collect();
    let filtered: Vec<i64> = first
        .iter()
        .filter(|p| p["seller_id"].as_i64() == Some(3))
        .map(id)
        .collect();
    assert_eq!(scoped, filtered);
}

/// Category names are searched in every stored language and rank first; a few synonyms widen a
/// query word one way.
#[tokio::test]
async fn category_paths_and_synonyms_are_searched() {
    let s = common::start_with(|c| c.products = 3000).await;
    let cases_id = category(&s, "phone-cases").await;
    let cases = walk(&s, &format!("category={cases_id}"), 100).await;
    let case_ids = id_set(&cases);
    assert!(
        cases.iter().any(|p| p["title"]
            .as_str()
            .is_some_and(|t| t.contains("Flip Wallet Case"))),
        "the seed has flip wallet cases"
    );
    // "phone case" finds the whole category, the "… Flip Wallet Case …" titles included, and
    // ranks it first.
    let found = walk(&s, "q=phone%20case&sort=best_match", 100).await;
    let found_ids = id_set(&found);
    assert!(case_ids.is_subset(&found_ids), "every Phone Case is found");
    assert!(found
        .iter()
        .take(case_ids.len())
        .all(|p| p["id"].as_i64().is_some_and(|id| case_ids.contains(&id))));
    // The same in Russian and in German (category names in every stored language).
    for q in ["чехлы%20для%20телефонов&lang=ru", "handys&lang=de"] {
        let r = id_set(&walk(&s, &format!("q={q}"), 100).await);
        assert!(case_ids.is_subset(&r), "{q}");
    }
    // телефон finds the smartphones; smartphone (narrower) does not find phone cases.
    let mobiles = id_set(
        &walk(
            &s,
            &format!("category={}", category(&s, "mobile-phones").await),
            100,
        )
        .await,
    );
    assert!(!mobiles.is_empty());
    let ru = id_set(
        &walk(
            &s,
            "q=%D1%82%D0%B5%D0%BB%D0%B5%D1%84%D0%BE%D0%BD&lang=ru",
            100,
        )
        .await,
    );
    assert!(mobiles.is_subset(&ru), "телефон finds the smartphones");
    let smart = id_set(&walk(&s, "q=smartphone", 100).await);
    assert!(
        smart.is_disjoint(&case_ids),
        "smartphone does not widen to phone"
    );
    // case ~ cover both ways.
    let cover = id_set(&walk(&s, "q=cover", 100).await);
    assert!(case_ids.is_subset(&cover), "cover finds cases");
    let cushion = id_set(&walk(&s, "q=cushion%20case", 100).await);
    assert!(!cushion.is_empty(), "case finds cushion covers");
}
