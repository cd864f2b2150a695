//! Wish list, followed stores, similar items, more from this store and buy again over real
//! HTTP with a real SQLite file.

mod common;

use common::orders::*;
use common::Server;
use reqwest::Method;
use serde_json::{json, Value};

async fn ids(s: &Server, cookie: &str) -> Vec<i64> {
    let v = ok_json(
        send(s, Method::GET, "/api/v1/wishlist/ids", Some(cookie), None).await,
        200,
    )
    .await;
    v["product_ids"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i.as_i64().unwrap())
        .collect()
}

async fn wishlist(s: &Server, cookie: &str) -> Vec<Value> {
    let v = ok_json(
        send(s, Method::GET, "/api/v1/wishlist", Some(cookie), None).await,
        200,
    )
    .await;
    v["items"].as_array().unwrap().clone()
}

fn item(list: &[Value], product: i64) -> Value {
    list.iter()
        .find(|i| i["product_id"] == product)
        .cloned()
        .unwrap_or_else(|| panic!("{product} not on {list:?}"))
}

async fn price(s: &Server, product: i64) -> i64 {
    s.json(&format!("/api/v1/products/{product}")).await["summary"]["price"]["amount"]
        .as_i64()
        .unwrap()
}

/// Sets the one-piece price (and optionally the stock) of every SKU of a product, and the
/// product's listed (lowest) price, as a seller editing the listing would.
async fn reprice(s: &Server, product: i64, cents: i64, stock: Option<i64>) {
    let raw: String =
        sqlx::query_scalar("SELECT details FROM product_details WHERE product_id = ?")
            .bind(product)
            .fetch_one(&s.state.pool)
            .await
            .unwrap();
    let mut d: Value = serde_json::from_str(&raw).unwrap();
    for sku in d["skus"].as_array_mut().unwrap() {
        sku[0] = json!(cents);
        if let Some(n) = stock {
            sku[1] = json!(n);
        }
    }
    sqlx::query("UPDATE product_details SET details = ? WHERE product_id = ?")
        .bind(d.to_string())
        .bind(product)
        .execute(&s.state.pool)
        .await
        .unwrap();
    sqlx::query("UPDATE products SET price_cents = ? WHERE id = ?")
        .bind(cents)
        .bind(product)
        .execute(&s.state.pool)
        .await
        .unwrap();
}

#[tokio::test]
async fn the_signed_out_wish_list_merges_at_sign_in_and_keeps_the_first_price() {
    let s = common::start().await;
    let (alice, _) = buyer(&s, "alice@example.com", "US").await;
    let (p1, p2) = (3, 7);
    let (price1, price2) = (price(&s, p1).await, price(&s, p2).await);

    // Signed out, the browser's list is priced without storing anything.
    let res = s
        .anonymous()
        .post(format!("{}/api/v1/wishlist/priced", s.base))
        .json(&json!({"items": [{"product_id": 999_999}, {"product_id": p2, "price": {"amount": price2 + 500, "currency": "USD"}}]}))
        .send()
        .await
        .unwrap();
    let priced = ok_json(res, 200).await;
    assert_eq!(priced["items"].as_array().unwrap().len(), 1);
    assert_eq!(priced["items"][0]["product_id"], p2);
    assert_eq!(priced["items"][0]["price_dropped"], true);
    assert_eq!(priced["items"][0]["price_now"]["amount"], price2);

    // Hearted while signed in: the server's price now.
    let put = send(
        &s,
        Method::PUT,
        &format!("/api/v1/wishlist/{p1}"),
        Some(&alice),
        Some(&json!({})),
    )
    .await;
    assert_eq!(ok_json(put, 200).await["product_ids"], json!([p1]));

    // The signed-out list: p1 again (at a price the server must not take over), p2 seen at a
    // higher price, and a product that does not exist.
    let merged = ok_json(
        send(
            &s,
            Method::POST,
            "/api/v1/wishlist/merge",
            Some(&alice),
            Some(&json!({"items": [
                {"product_id": p1, "price": {"amount": 1, "currency": "USD"}},
                {"product_id": p2, "price": {"amount": price2 + 500, "currency": "USD"}, "added_at": 1_000},
                {"product_id": 999_999},
            ]})),
        )
        .await,
        200,
    )
    .await;
    let mut got: Vec<i64> = serde_json::from_value(merged["product_ids"].clone()).unwrap();
    got.sort_unstable();
    assert_eq!(got, [p1, p2]);

    let list = wishlist(&s, &alice).await;
    assert_eq!(list.len(), 2);
    let first = item(&list, p1);
    assert_eq!(
        first["price_when_added"],
        json!({"amount": price1, "currency": "USD"})
    );
    assert_eq!(first["price_now"]["amount"], price1);
    assert_eq!(first["price_dropped"], false);
    let second = item(&list, p2);
    assert_eq!(second["price_when_added"]["amount"], price2 + 500);
    assert_eq!(second["price_dropped"], true);
    assert_eq!(second["added_at"], 1_000);
    assert_eq!(list[0]["product_id"], p1, "newest first");

    // The price drops: the list says so; the product sells out: no SKU to add.
    reprice(&s, p1, price1 - 100, Some(0)).await;
    let first = item(&wishlist(&s, &alice).await, p1);
    assert_eq!(first["price_now"]["amount"], price1 - 100);
    assert_eq!(first["price_dropped"], true);
    assert_eq!(first["in_stock"], false);
    assert!(first.get("sku_id").is_none());
    let second = item(&wishlist(&s, &alice).await, p2);
    assert_eq!(second["in_stock"], true);
    let sku = second["sku_id"].as_i64().unwrap();
    assert_eq!(sku / 100, p2, "a SKU of the product");

    // Merging again changes nothing; removing is idempotent.
    let again = send(
        &s,
        Method::POST,
        "/api/v1/wishlist/merge",
        Some(&alice),
        Some(&json!({"items": [{"product_id": p2}]})),
    )
    .await;
    assert_eq!(
        ok_json(again, 200).await["product_ids"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
    for _ in 0..2 {
        let del = send(
            &s,
            Method::DELETE,
            &format!("/api/v1/wishlist/{p2}"),
            Some(&alice),
            None,
        )
        .await;
        assert_eq!(ok_json(del, 200).await["product_ids"], json!([p1]));
    }

    // Bad prices are refused with the field named.
    let bad = send(
        &s,
        Method::POST,
        "/api/v1/wishlist/merge",
        Some(&alice),
        Some(&json!({"items": [{"product_id": p2, "price": {"amount": -5, "currency": "USD"}}]})),
    )
    .await;
    let p = s.problem(bad, 422, "validation_failed").await;
    assert_eq!(p["errors"][0]["field"], "items/0/price");
    assert_eq!(ids(&s, &alice).await, [p1]);
}

#[tokio::test]
async fn only_the_buyer_reads_and_changes_their_lists() {
    let s = demo().await;
    let (alice, addr) = buyer(&s, "alice@example.com", "US").await;
    let (bob, _) = buyer(&s, "bob@example.com", "US").await;
    let id = place(&s, &alice, addr, pick(&s, "US", 0).await, "k1").await;
    send(
        &s,
        Method::PUT,
        "/api/v1/wishlist/5",
        Some(&alice),
        Some(&json!({})),
    )
    .await;
    send(
        &s,
        Method::PUT,
        "/api/v1/sellers/2/follow",
        Some(&alice),
        Some(&json!({})),
    )
    .await;

    let anon = s.anonymous();
    for (method, path) in [
        (Method::GET, "/api/v1/wishlist".to_string()),
        (Method::GET, "/api/v1/wishlist/ids".to_string()),
        (Method::PUT, "/api/v1/wishlist/5".to_string()),
        (Method::DELETE, "/api/v1/wishlist/5".to_string()),
        (Method::POST, "/api/v1/wishlist/merge".to_string()),
        (Method::GET, "/api/v1/sellers/2/follow".to_string()),
        (Method::PUT, "/api/v1/sellers/2/follow".to_string()),
        (Method::DELETE, "/api/v1/sellers/2/follow".to_string()),
        (Method::GET, "/api/v1/account/following".to_string()),
        (Method::GET, format!("/api/v1/orders/{id}/buy-again")),
    ] {
        let res = anon
            .request(method.clone(), format!("{}{path}", s.base))
            .json(&json!({"items": []}))
            .send()
            .await
            .unwrap();
        s.problem(res, 401, "unauthenticated").await;
    }

    // Bob sees none of Alice's, and cannot buy her order again.
    assert!(ids(&s, &bob).await.is_empty());
    assert!(wishlist(&s, &bob).await.is_empty());
    let f = ok_json(
        send(
            &s,
            Method::GET,
            "/api/v1/account/following",
            Some(&bob),
            None,
        )
        .await,
        200,
    )
    .await;
    assert_eq!(f["stores"], json!([]));
    let res = send(
        &s,
        Method::GET,
        &format!("/api/v1/orders/{id}/buy-again"),
        Some(&bob),
        None,
    )
    .await;
    s.problem(res, 404, "order_not_found").await;
    // Bob removing product 5 leaves Alice's list alone.
    send(&s, Method::DELETE, "/api/v1/wishlist/5", Some(&bob), None).await;
    assert_eq!(ids(&s, &alice).await, [5]);

    // Mutations need JSON; unknown products and sellers are 404.
    let res = s
        .client
        .put(format!("{}/api/v1/wishlist/6", s.base))
        .header("cookie", &alice)
        .send()
        .await
        .unwrap();
    s.problem(res, 415, "unsupported_media_type").await;
    let res = send(
        &s,
        Method::PUT,
        "/api/v1/wishlist/999999",
        Some(&alice),
        Some(&json!({})),
    )
    .await;
    s.problem(res, 404, "product_not_found").await;
    let res = send(
        &s,
        Method::PUT,
        "/api/v1/sellers/999999/follow",
        Some(&alice),
        Some(&json!({})),
    )
    .await;
    s.problem(res, 404, "seller_not_found").await;
}

#[tokio::test]
async fn following_moves_the_follower_count_once_per_buyer() {
    let s = common::start().await;
    let (alice, _) = buyer(&s, "alice@example.com", "US").await;
    let (bob, _) = buyer(&s, "bob@example.com", "US").await;
    let seller = 3;
    let base = s.json(&format!("/api/v1/sellers/{seller}")).await["followers"]
        .as_i64()
        .unwrap();
    let follow = |who: &str, m: Method| {
        let who = who.to_string();
        let s = &s;
        async move {
            ok_json(
                send(
                    s,
                    m,
                    &format!("/api/v1/sellers/{seller}/follow"),
                    Some(&who),
                    Some(&json!({})),
                )
                .await,
                200,
            )
            .await
        }
    };
    let st = follow(&alice, Method::GET).await;
    assert_eq!(
        st,
        json!({"seller_id": seller, "following": false, "followers": base})
    );
    let st = follow(&alice, Method::PUT).await;
    assert_eq!(
        st,
        json!({"seller_id": seller, "following": true, "followers": base + 1})
    );
    // A double click does not count twice.
    assert_eq!(follow(&alice, Method::PUT).await["followers"], base + 1);
    assert_eq!(follow(&bob, Method::PUT).await["followers"], base + 2);
    // The public seller (store page, seller card) shows the same count.
    assert_eq!(
        s.json(&format!("/api/v1/sellers/{seller}")).await["followers"],
        base + 2
    );
    let st = follow(&alice, Method::DELETE).await;
    assert_eq!(
        st,
        json!({"seller_id": seller, "following": false, "followers": base + 1})
    );
    assert_eq!(follow(&alice, Method::DELETE).await["followers"], base + 1);

    let list = |who: String| {
        let s = &s;
        async move {
            ok_json(
                send(
                    s,
                    Method::GET,
                    "/api/v1/account/following",
                    Some(&who),
                    None,
                )
                .await,
                200,
            )
            .await["stores"]
                .clone()
        }
    };
    let bobs = list(bob.clone()).await;
    assert_eq!(bobs.as_array().unwrap().len(), 1);
    assert_eq!(bobs[0]["seller_id"], seller);
    assert_eq!(bobs[0]["followers"], base + 1);
    assert!(!bobs[0]["name"].as_str().unwrap().is_empty());
    assert_eq!(list(alice).await, json!([]));
}

#[tokio::test]
async fn similar_items_stay_in_the_subcategory_and_more_from_the_store_in_the_store() {
    let s = common::start().await;
    for product in [1, 42, 300] {
        let me = s.json(&format!("/api/v1/products/{product}")).await;
        let cat = me["category_id"].as_i64().unwrap();
        let price = me["summary"]["price"]["amount"].as_i64().unwrap();
        let similar = s
            .json(&format!("/api/v1/products/{product}/similar?lang=de"))
            .await;
        let items = similar["items"].as_array().unwrap();
        assert!(!items.is_empty(), "product {product} has similar items");
        assert!(items.len() <= 12);
        let in_category: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM products WHERE category_id = ? AND id <> ?")
                .bind(cat)
                .bind(product)
                .fetch_one(&s.state.pool)
                .await
                .unwrap();
        assert!(items.len() as i64 <= in_category);
        for it in items {
            let id = it["id"].as_i64().unwrap();
            assert_ne!(id, product, "never the product itself");
            let other: i64 = sqlx::query_scalar("SELECT category_id FROM products WHERE id = ?")
                .bind(id)
                .fetch_one(&s.state.pool)
                .await
                .unwrap();
            assert_eq!(other, cat, "{id} is in the same subcategory");
        }
        // Nearby prices come first: the first item is within a factor of two when any is.
        let first = items[0]["price"]["amount"].as_i64().unwrap();
        let any_near = items.iter().any(|i| {
            let p = i["price"]["amount"].as_i64().unwrap();
            p * 2 >= price && p <= price * 2
        });
        if any_near {
            assert!(
                first * 2 >= price && first <= price * 2,
                "{first} vs {price}"
            );
        }

        let more = s
            .json(&format!("/api/v1/products/{product}/more-from-store"))
            .await;
        let seller = me["seller"]["id"].as_i64().unwrap();
        for it in more["items"].as_array().unwrap() {
            assert_ne!(it["id"], product);
            assert_eq!(it["seller_id"], seller);
        }
    }
    s.problem(
        s.get("/api/v1/products/999999/similar").await,
        404,
        "product_not_found",
    )
    .await;
    s.problem(
        s.get("/api/v1/products/999999/more-from-store").await,
        404,
        "product_not_found",
    )
    .await;
}

#[tokio::test]
async fn buy_again_reports_changed_prices_and_sold_out_items() {
    let s = demo().await;
    let (alice, addr) = buyer(&s, "alice@example.com", "US").await;
    let p = pick(&s, "US", 0).await;
    let id = place(&s, &alice, addr, p, "k1").await;
    let path = format!("/api/v1/orders/{id}/buy-again");

    // Not completed yet.
    let res = send(&s, Method::GET, &path, Some(&alice), None).await;
    s.problem(res, 409, "illegal_transition").await;

    for step in ["ship", "deliver"] {
        let res = send(
            &s,
            Method::POST,
            &format!("/api/v1/operator/orders/{id}/{step}"),
            None,
            None,
        )
        .await;
        ok_json(res, 200).await;
    }
    let (_, etag) = order(&s, &alice, id).await;
    ok_json(
        act(&s, &alice, id, "confirm-receipt", Some(&etag), None).await,
        200,
    )
    .await;
    let (o, _) = order(&s, &alice, id).await;
    let paid = o["lines"][0]["unit_price"]["amount"].as_i64().unwrap();

    let again = ok_json(send(&s, Method::GET, &path, Some(&alice), None).await, 200).await;
    let line = &again["lines"][0];
    assert_eq!(line["sku_id"], p.1);
    assert_eq!(line["quantity"], 1);
    assert_eq!(line["status"], "unchanged");
    assert_eq!(line["price_now"]["amount"], paid);

    reprice(&s, p.0, paid + 250, None).await;
    let again = ok_json(send(&s, Method::GET, &path, Some(&alice), None).await, 200).await;
    let line = &again["lines"][0];
    assert_eq!(line["status"], "price_changed");
    assert_eq!(line["price_then"]["amount"], paid);
    assert_eq!(line["price_now"]["amount"], paid + 250);

    reprice(&s, p.0, paid + 250, Some(0)).await;
    let again = ok_json(send(&s, Method::GET, &path, Some(&alice), None).await, 200).await;
    assert_eq!(again["lines"][0]["status"], "out_of_stock");
}
