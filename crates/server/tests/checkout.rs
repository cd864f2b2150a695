//! Cart quotes, the server cart, checkout with the test provider, idempotency and order privacy
//! over real HTTP with a real SQLite file.

mod common;

use common::{header, Server};
use reqwest::Method;
use serde_json::{json, Value};

const OK_CARD: &str = "4242 4242 4242 4242";

#[derive(Debug, Clone)]
struct Pick {
    product_id: i64,
    sku_id: i64,
    seller_id: i64,
    price: i64,
    stock: i64,
    /// (min quantity, percent)
    tiers: Vec<(i64, i64)>,
}

/// SKUs of distinct sellers that ship to the US and whose stock fits `stock`.
async fn picks(s: &Server, n: usize, stock: std::ops::RangeInclusive<i64>) -> Vec<Pick> {
    let list = s.json("/api/v1/products?limit=100").await;
    let mut out: Vec<Pick> = Vec::new();
    for item in list["items"].as_array().unwrap() {
        if out.len() == n {
            break;
        }
        let id = item["id"].as_i64().unwrap();
        let seller = item["seller_id"].as_i64().unwrap();
        if out.iter().any(|p| p.seller_id == seller) {
            continue;
        }
        let d = s.json(&format!("/api/v1/products/{id}")).await;
        let ships_us = d["shipping"]
            .as_array()
            .unwrap()
            .iter()
            .any(|o| o["to_country"] == "US");
        if !ships_us {
            continue;
        }
        let tiers: Vec<(i64, i64)> = d["price_tiers"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| {
                (
                    t["min_quantity"].as_i64().unwrap(),
                    t["percent_of_base"].as_i64().unwrap(),
                )
            })
            .collect();
        let sku = d["skus"].as_array().unwrap().iter().find(|k| {
            let st = k["stock"].as_i64().unwrap();
            let price = k["price"]["amount"].as_i64().unwrap();
            stock.contains(&st) && (600..=6000).contains(&price)
        });
        if let Some(k) = sku {
            out.push(Pick {
                product_id: id,
                sku_id: k["id"].as_i64().unwrap(),
                seller_id: seller,
                price: k["price"]["amount"].as_i64().unwrap(),
                stock: k["stock"].as_i64().unwrap(),
                tiers,
            });
        }
    }
    assert_eq!(out.len(), n, "not enough suitable products");
    out
}

fn line(p: &Pick, quantity: i64) -> Value {
    json!({"product_id": p.product_id, "sku_id": p.sku_id, "quantity": quantity})
}

async fn send(
    s: &Server,
    method: Method,
    path: &str,
    cookie: Option<&str>,
    body: Option<&Value>,
) -> reqwest::Response {
    let mut req = s.client.request(method, format!("{}{path}", s.base));
    if let Some(c) = cookie {
        req = req.header("cookie", c);
    }
    if let Some(b) = body {
        req = req.json(b);
    }
    req.send().await.expect("request")
}

async fn ok_json(res: reqwest::Response, status: u16) -> Value {
    let code = res.status().as_u16();
    let url = res.url().to_string();
    let body: Value = res.json().await.expect("json");
    assert_eq!(code, status, "{url}: {body}");
    body
}

/// A registered buyer with a US address: (cookie, address id).
async fn buyer(s: &Server, email: &str) -> (String, i64) {
    let res = send(
        s,
        Method::POST,
        "/api/v1/account/register",
        None,
        Some(&json!({"email": email, "password": "correct horse", "name": "Buyer"})),
    )
    .await;
    assert_eq!(res.status(), 201);
    let cookie = header(&res, "set-cookie")
        .split(';')
        .next()
        .unwrap()
        .to_string();
    let address = ok_json(
        send(
            s,
            Method::POST,
            "/api/v1/account/addresses",
            Some(&cookie),
            Some(&json!({
                "recipient_name": "John Smith", "phone": "+1 555 123 4567", "country": "US",
                "region": "CA", "city": "San Francisco", "street": "1 Market St",
                "postal_code": "94105"
            })),
        )
        .await,
        201,
    )
    .await;
    (cookie, address["id"].as_i64().unwrap())
}

async fn put_cart(s: &Server, cookie: &str, doc: Value) -> Value {
    ok_json(
        send(s, Method::PUT, "/api/v1/cart", Some(cookie), Some(&doc)).await,
        200,
    )
    .await
}

fn card(number: &str) -> Value {
    json!({"method": "card", "card": {
        "number": number, "exp_month": 12, "exp_year": 2099, "cvc": "123", "holder": "JOHN SMITH"
    }})
}

fn checkout_body(address_id: i64, expected: &Value, payment: Value, currency: &str) -> Value {
    json!({
        "address_id": address_id,
        "payment": payment,
        "expected_total": expected,
        "charge_currency": currency,
    })
}

async fn post_checkout(s: &Server, cookie: &str, key: &str, body: &Value) -> reqwest::Response {
    s.client
        .post(format!("{}/api/v1/checkout", s.base))
        .header("cookie", cookie)
        .header("idempotency-key", key)
        .json(body)
        .send()
        .await
        .expect("checkout")
}

async fn sku_stock(s: &Server, p: &Pick) -> i64 {
    let d = s.json(&format!("/api/v1/products/{}", p.product_id)).await;
    d["skus"]
        .as_array()
        .unwrap()
        .iter()
        .find(|k| k["id"] == p.sku_id)
        .unwrap()["stock"]
        .as_i64()
        .unwrap()
}

fn amount(v: &Value) -> i64 {
    v["amount"].as_i64().unwrap()
}

#[tokio::test]
async fn quote_prices_tiers_groups_sellers_and_applies_coupons_in_order() {
    let s = common::start().await;
    let p = picks(&s, 2, 40..=999).await;
    let (a, b) = (&p[0], &p[1]);
    let other_seller = (1..=40)
        .find(|id| *id != a.seller_id && *id != b.seller_id)
        .unwrap();
    let doc = json!({
        "lines": [line(a, 9), line(b, 1), line(a, 1)],
        "ship_to": "us",
        "coupons": [
            "save10", format!("STORE{}", a.seller_id), "WELCOME5", "SPRING2024", "NOPE",
            format!("STORE{other_seller}")
        ],
    });
    let q = ok_json(
        send(&s, Method::POST, "/api/v1/cart/quote", None, Some(&doc)).await,
        200,
    )
    .await;
    assert_eq!(q["ship_to"], "US");
    let sellers = q["sellers"].as_array().unwrap();
    assert_eq!(sellers.len(), 2, "one group per seller");
    assert_eq!(sellers[0]["seller_id"], a.seller_id);
    assert!(!sellers[0]["seller_name"].as_str().unwrap().is_empty());
    // Repeats of a SKU are summed: 10 pieces, at the 10+ tier.
    let la = &sellers[0]["lines"][0];
    assert_eq!(sellers[0]["lines"].as_array().unwrap().len(), 1);
    assert_eq!(la["quantity"], 10);
    let pct = a
        .tiers
        .iter()
        .filter(|t| t.0 <= 10)
        .max_by_key(|t| t.0)
        .unwrap()
        .1;
    assert!(pct < 100, "a wholesale tier applies at 10+");
    let unit = (a.price * pct + 50) / 100;
    assert_eq!(amount(&la["base_price"]), a.price);
    assert_eq!(amount(&la["unit_price"]), unit);
    assert_eq!(amount(&la["line_total"]), unit * 10);
    assert_eq!(la["available"], true);
    assert!(!la["title"].as_str().unwrap().is_empty());
    assert!(la["image"]
        .as_str()
        .unwrap()
        .starts_with("/api/v1/images/products/"));
    // Shipping: cheapest chosen by default.
    for g in sellers {
        let options = g["shipping_options"].as_array().unwrap();
        assert!(!options.is_empty());
        assert_eq!(g["shipping"], options[0]["id"]);
        assert_eq!(g["shipping_cost"], options[0]["cost"]);
    }

    // Coupons: results in request order with reasons.
    let c = q["coupons"].as_array().unwrap();
    let by_code = |code: &str| c.iter().find(|x| x["code"] == code).unwrap().clone();
    let store = by_code(&format!("STORE{}", a.seller_id));
    assert_eq!(store["ok"], true, "{store}");
    assert_eq!(store["scope"], "seller");
    let seller_discount = (unit * 10 * 10 + 50) / 100;
    assert_eq!(amount(&store["discount"]), seller_discount);
    assert_eq!(amount(&sellers[0]["seller_discount"]), seller_discount);
    let save10 = by_code("SAVE10");
    let items_after_seller =
        amount(&q["summary"]["items_total"]) - amount(&q["summary"]["seller_discounts"]);
    if items_after_seller >= 5000 {
        assert_eq!(save10["ok"], true, "{save10}");
        // 10 % of the items after the seller coupon, at most $20.
        assert_eq!(
            amount(&save10["discount"]),
            ((items_after_seller * 10 + 50) / 100).min(2000)
        );
        assert_eq!(by_code("WELCOME5")["reason"], "coupon_one_platform_only");
    } else {
        assert_eq!(save10["reason"], "coupon_min_not_met");
    }
    assert_eq!(by_code("SPRING2024")["reason"], "coupon_expired");
    assert_eq!(by_code("NOPE")["reason"], "coupon_not_found");
    assert_eq!(
        by_code(&format!("STORE{other_seller}"))["reason"],
        "coupon_not_applicable"
    );

    // Line discounts add up to the coupons; the grand total adds up.
    let sum = |f: &dyn Fn(&Value) -> i64| sellers.iter().map(f).sum::<i64>();
    let line_discounts = sum(&|g| {
        g["lines"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| amount(&l["discount"]))
            .sum()
    });
    let summary = &q["summary"];
    assert_eq!(
        line_discounts,
        amount(&summary["seller_discounts"]) + amount(&summary["platform_discount"])
    );
    assert_eq!(
        amount(&summary["grand_total"]),
        amount(&summary["items_total"]) + amount(&summary["shipping_total"])
            - amount(&summary["seller_discounts"])
            - amount(&summary["platform_discount"])
    );
    assert_eq!(
        sum(&|g| amount(&g["total"])),
        amount(&summary["grand_total"])
    );
    assert_eq!(q["ready"], true);

    // WELCOME5 alone on a small cart: minimum not met; an over-stock line is flagged.
    let small = json!({"lines": [line(b, 1)], "coupons": ["WELCOME5"]});
    let q = ok_json(
        send(&s, Method::POST, "/api/v1/cart/quote", None, Some(&small)).await,
        200,
    )
    .await;
    if b.price < 3000 {
        assert_eq!(q["coupons"][0]["reason"], "coupon_min_not_met");
        assert_eq!(amount(&q["coupons"][0]["min_order"]), 3000);
    }
    let over = json!({"lines": [line(b, b.stock + 1)]});
    let q = ok_json(
        send(&s, Method::POST, "/api/v1/cart/quote", None, Some(&over)).await,
        200,
    )
    .await;
    assert_eq!(
        q["sellers"][0]["lines"][0]["problem"],
        "quantity_over_stock"
    );
    assert_eq!(q["ready"], false);
    assert_eq!(amount(&q["summary"]["grand_total"]), 0);
    // Bad documents are 422 with field errors.
    let bad = json!({"lines": [line(b, 0)], "ship_to": "XX"});
    let res = send(&s, Method::POST, "/api/v1/cart/quote", None, Some(&bad)).await;
    let p = s.problem(res, 422, "validation_failed").await;
    let fields: Vec<&str> = p["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    assert!(
        fields.contains(&"ship_to") && fields.contains(&"lines/0/quantity"),
        "{fields:?}"
    );
}

#[tokio::test]
async fn server_cart_merges_sums_caps_by_stock_and_is_private() {
    let s = common::start().await;
    let small = picks(&s, 1, 2..=30).await.remove(0);
    let big = picks(&s, 1, 100..=999).await.remove(0);
    let (alice, _) = buyer(&s, "alice@example.com").await;
    let (bob, _) = buyer(&s, "bob@example.com").await;
    // Signed out: no server cart.
    let res = send(&s, Method::GET, "/api/v1/cart", None, None).await;
    s.problem(res, 401, "unauthenticated").await;

    let mut saved = line(&big, 2);
    saved["saved_for_later"] = json!(true);
    let q = put_cart(
        &s,
        &alice,
        json!({"lines": [line(&small, 1), saved], "coupons": ["WELCOME5"]}),
    )
    .await;
    assert_eq!(q["saved_for_later"].as_array().unwrap().len(), 1);
    assert_eq!(q["summary"]["item_count"], 1, "saved lines are not counted");

    // Merge: same SKU summed and capped by stock; a new SKU added; the saved line revived.
    let merged = ok_json(
        send(
            &s,
            Method::POST,
            "/api/v1/cart/merge",
            Some(&alice),
            Some(&json!({"lines": [line(&small, small.stock + 5), line(&big, 3)]})),
        )
        .await,
        200,
    )
    .await;
    let lines = merged["request"]["lines"].as_array().unwrap();
    let q_small = lines.iter().find(|l| l["sku_id"] == small.sku_id).unwrap();
    assert_eq!(q_small["quantity"], small.stock, "capped by stock");
    let q_big = lines.iter().find(|l| l["sku_id"] == big.sku_id).unwrap();
    assert_eq!(q_big["quantity"], 5, "2 + 3");
    assert_eq!(q_big["saved_for_later"], false);
    assert_eq!(merged["request"]["coupons"], json!(["WELCOME5"]));

    // Stored: GET answers the same document, also from a second server on the same database.
    let got = ok_json(
        send(&s, Method::GET, "/api/v1/cart", Some(&alice), None).await,
        200,
    )
    .await;
    assert_eq!(got["request"]["lines"], merged["request"]["lines"]);
    let again =
        common::start_config(tempfile::tempdir().unwrap(), common::config(s.dir.path())).await;
    let got = ok_json(
        send(&again, Method::GET, "/api/v1/cart", Some(&alice), None).await,
        200,
    )
    .await;
    assert_eq!(got["request"]["lines"], merged["request"]["lines"]);

    // Bob's cart is his own.
    let bobs = ok_json(
        send(&s, Method::GET, "/api/v1/cart", Some(&bob), None).await,
        200,
    )
    .await;
    assert_eq!(bobs["request"]["lines"].as_array().unwrap().len(), 0);
    // A form post cannot change a cart.
    let res = s
        .client
        .put(format!("{}/api/v1/cart", s.base))
        .header("cookie", &alice)
        .header("content-type", "text/plain")
        .body("{}")
        .send()
        .await
        .unwrap();
    s.problem(res, 415, "unsupported_media_type").await;
}

#[tokio::test]
async fn card_checkout_makes_one_held_order_per_seller_and_only_the_buyer_sees_them() {
    let s = common::start().await;
    let p = picks(&s, 2, 40..=999).await;
    let (alice, address) = buyer(&s, "alice@example.com").await;
    let (bob, _) = buyer(&s, "bob@example.com").await;
    let q = put_cart(
        &s,
        &alice,
        json!({"lines": [line(&p[0], 2), line(&p[1], 3)], "coupons": []}),
    )
    .await;
    let stock_before = [sku_stock(&s, &p[0]).await, sku_stock(&s, &p[1]).await];
    let body = checkout_body(address, &q["summary"]["grand_total"], card(OK_CARD), "USD");
    let res = post_checkout(&s, &alice, "key-1", &body).await;
    let pay = ok_json(res, 201).await;
    assert_eq!(pay["status"], "succeeded");
    assert_eq!(pay["card_brand"], "visa");
    assert_eq!(pay["card_last4"], "4242");
    assert!(pay.get("redirect_url").is_none());
    assert_eq!(pay["charge"], q["summary"]["grand_total"]);
    let orders = pay["orders"].as_array().unwrap();
    assert_eq!(orders.len(), 2, "one order per seller");
    for (o, g) in orders.iter().zip(q["sellers"].as_array().unwrap()) {
        assert_eq!(o["state"], "paid_held");
        assert_eq!(o["hold_state"], "held");
        assert_eq!(o["seller_id"], g["seller_id"]);
        assert_eq!(o["total"], g["total"]);
        let number = o["number"].as_str().unwrap();
        assert!(number.starts_with("SF-") && number.len() == 9, "{number}");
    }
    // Stock taken, cart emptied of the bought lines.
    assert_eq!(sku_stock(&s, &p[0]).await, stock_before[0] - 2);
    assert_eq!(sku_stock(&s, &p[1]).await, stock_before[1] - 3);
    let cart = ok_json(
        send(&s, Method::GET, "/api/v1/cart", Some(&alice), None).await,
        200,
    )
    .await;
    assert_eq!(cart["request"]["lines"].as_array().unwrap().len(), 0);

    // The order pages: detail with hold = total, ETag; list newest first.
    let id = orders[0]["id"].as_i64().unwrap();
    let res = send(
        &s,
        Method::GET,
        &format!("/api/v1/orders/{id}"),
        Some(&alice),
        None,
    )
    .await;
    let etag = header(&res, "etag");
    assert!(etag.starts_with('"') && etag.ends_with('"'), "{etag}");
    let order = ok_json(res, 200).await;
    assert_eq!(order["hold"]["state"], "held");
    assert_eq!(order["hold"]["amount"], order["total"]);
    assert_eq!(order["address"]["postal_code"], "94105");
    assert_eq!(order["lines"][0]["quantity"], 2);
    assert!(order["allowed_actions"].is_array());
    let list = ok_json(
        send(
            &s,
            Method::GET,
            "/api/v1/orders?limit=1",
            Some(&alice),
            None,
        )
        .await,
        200,
    )
    .await;
    assert_eq!(list["items"][0]["id"], orders[1]["id"], "newest first");
    let cursor = list["next_cursor"].as_str().unwrap();
    let next = ok_json(
        send(
            &s,
            Method::GET,
            &format!("/api/v1/orders?limit=1&cursor={cursor}"),
            Some(&alice),
            None,
        )
        .await,
        200,
    )
    .await;
    assert_eq!(next["items"][0]["id"], orders[0]["id"]);
    assert!(next.get("next_cursor").is_none());

    // Bob sees none of it.
    let payment = pay["payment_id"].as_str().unwrap();
    let res = send(
        &s,
        Method::GET,
        &format!("/api/v1/orders/{id}"),
        Some(&bob),
        None,
    )
    .await;
    s.problem(res, 404, "order_not_found").await;
    let res = send(
        &s,
        Method::GET,
        &format!("/api/v1/checkout/payments/{payment}"),
        Some(&bob),
        None,
    )
    .await;
    s.problem(res, 404, "payment_not_found").await;
    let bobs = ok_json(
        send(&s, Method::GET, "/api/v1/orders", Some(&bob), None).await,
        200,
    )
    .await;
    assert_eq!(bobs["items"].as_array().unwrap().len(), 0);
    let mine = ok_json(
        send(
            &s,
            Method::GET,
            &format!("/api/v1/checkout/payments/{payment}"),
            Some(&alice),
            None,
        )
        .await,
        200,
    )
    .await;
    assert_eq!(mine["status"], "succeeded");
    // Bob cannot pay with Alice's address.
    let res = post_checkout(
        &s,
        &bob,
        "bob-1",
        &json!({
            "address_id": address, "lines": [line(&p[0], 1)], "payment": card(OK_CARD),
            "expected_total": {"amount": 1, "currency": "USD"}, "charge_currency": "USD"
        }),
    )
    .await;
    s.problem(res, 404, "address_not_found").await;
    // Without a session: 401.
    let res = s
        .client
        .post(format!("{}/api/v1/checkout", s.base))
        .header("idempotency-key", "x")
        .json(&body)
        .send()
        .await
        .unwrap();
    s.problem(res, 401, "unauthenticated").await;
}

#[tokio::test]
async fn declined_cards_charge_nothing_and_keep_the_cart() {
    let s = common::start().await;
    let p = picks(&s, 1, 40..=999).await;
    let (alice, address) = buyer(&s, "alice@example.com").await;
    let q = put_cart(&s, &alice, json!({"lines": [line(&p[0], 2)]})).await;
    let stock = sku_stock(&s, &p[0]).await;
    for (number, reason) in [
        ("4000 0000 0000 0002", "card_declined"),
        ("4000000000009995", "insufficient_funds"),
    ] {
        let body = checkout_body(address, &q["summary"]["grand_total"], card(number), "USD");
        let res = post_checkout(&s, &alice, &format!("decline-{reason}"), &body).await;
        let problem = s.problem(res, 402, "payment_declined").await;
        assert_eq!(problem["decline_reason"], reason);
        let payment = problem["payment_id"].as_str().unwrap();
        let pay = ok_json(
            send(
                &s,
                Method::GET,
                &format!("/api/v1/checkout/payments/{payment}"),
                Some(&alice),
                None,
            )
            .await,
            200,
        )
        .await;
        assert_eq!(pay["status"], "declined");
        assert_eq!(pay["orders"].as_array().unwrap().len(), 0);
    }
    let orders = ok_json(
        send(&s, Method::GET, "/api/v1/orders", Some(&alice), None).await,
        200,
    )
    .await;
    assert_eq!(orders["items"].as_array().unwrap().len(), 0, "no orders");
    assert_eq!(sku_stock(&s, &p[0]).await, stock, "stock untouched");
    let cart = ok_json(
        send(&s, Method::GET, "/api/v1/cart", Some(&alice), None).await,
        200,
    )
    .await;
    assert_eq!(cart["request"]["lines"][0]["quantity"], 2, "cart intact");

    // Card fields are validated before anything happens.
    let bad = checkout_body(
        address,
        &q["summary"]["grand_total"],
        json!({"method": "card", "card": {
            "number": "4242 4242 4242 4241", "exp_month": 13, "exp_year": 2099, "cvc": "12",
            "holder": ""
        }}),
        "EUR",
    );
    let res = post_checkout(&s, &alice, "bad-card", &bad).await;
    let p = s.problem(res, 422, "validation_failed").await;
    let fields: Vec<(&str, &str)> = p["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["field"].as_str().unwrap(), e["code"].as_str().unwrap()))
        .collect();
    for want in [
        ("payment/card/number", "card_number_invalid"),
        ("payment/card/exp_month", "out_of_range"),
        ("payment/card/cvc", "malformed"),
        ("payment/card/holder", "required"),
    ] {
        assert!(fields.contains(&want), "{want:?} in {fields:?}");
    }
    // A card charges euros; QIWI only roubles.
    assert!(
        !fields.iter().any(|(f, _)| *f == "charge_currency"),
        "{fields:?}"
    );
    let res = post_checkout(
        &s,
        &alice,
        "qiwi-usd",
        &checkout_body(
            address,
            &q["summary"]["grand_total"],
            json!({"method": "qiwi"}),
            "USD",
        ),
    )
    .await;
    let p = s.problem(res, 422, "validation_failed").await;
    assert_eq!(p["errors"][0]["field"], "charge_currency");
    assert_eq!(p["errors"][0]["code"], "mismatch");
    let mut expired = card(OK_CARD);
    expired["card"]["exp_year"] = json!(20);
    expired["card"]["exp_month"] = json!(1);
    let res = post_checkout(
        &s,
        &alice,
        "expired",
        &checkout_body(address, &q["summary"]["grand_total"], expired, "USD"),
    )
    .await;
    let p = s.problem(res, 422, "validation_failed").await;
    assert_eq!(p["errors"][0]["field"], "payment/card/exp_year");
    assert_eq!(p["errors"][0]["code"], "card_expired");
}

#[tokio::test]
async fn three_d_secure_and_wallets_go_through_the_provider_page() {
    let s = common::start().await;
    let p = picks(&s, 2, 40..=999).await;
    let (alice, address) = buyer(&s, "alice@example.com").await;
    let methods = s.json("/api/v1/payment-methods").await;
    let ids: Vec<&str> = methods
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["card", "qiwi", "webmoney", "boleto"]);
    assert_eq!(methods[1]["charge_currency"], "RUB");
    assert_eq!(methods[1]["kind"], "wallet");

    // 3-D Secure card: pending until confirmed on the provider page.
    let q = put_cart(&s, &alice, json!({"lines": [line(&p[0], 1)]})).await;
    let body = checkout_body(
        address,
        &q["summary"]["grand_total"],
        card("4000 0000 0000 3220"),
        "USD",
    );
    let pay = ok_json(post_checkout(&s, &alice, "3ds", &body).await, 201).await;
    assert_eq!(pay["status"], "requires_action");
    assert_eq!(pay["orders"][0]["state"], "pending_payment");
    let redirect = pay["redirect_url"].as_str().unwrap();
    let id = pay["payment_id"].as_str().unwrap();
    assert_eq!(redirect, format!("/api/v1/test-provider/payments/{id}"));
    let page = s.get(redirect).await;
    assert_eq!(page.status(), 200);
    assert!(header(&page, "content-type").starts_with("text/html"));
    assert!(header(&page, "content-security-policy").contains("default-src 'self'"));
    let html = page.text().await.unwrap();
    assert!(
        html.contains("Test payment provider — confirm payment of"),
        "{html}"
    );
    assert!(html.contains(&format!(
        "action=\"/api/v1/test-provider/payments/{id}/confirm\""
    )));
    assert!(html.contains(&format!(
        "action=\"/api/v1/test-provider/payments/{id}/decline\""
    )));
    assert!(!html.contains("<script") && !html.contains("style="));
    let no_redirects = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let res = no_redirects
        .post(format!("{}{redirect}/confirm", s.base))
        .form(&[("x", "y")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    assert_eq!(
        header(&res, "location"),
        format!("/checkout/complete?payment={id}")
    );
    let after = ok_json(
        send(
            &s,
            Method::GET,
            &format!("/api/v1/checkout/payments/{id}"),
            Some(&alice),
            None,
        )
        .await,
        200,
    )
    .await;
    assert_eq!(after["status"], "succeeded");
    assert_eq!(after["orders"][0]["state"], "paid_held");
    assert_eq!(after["orders"][0]["hold_state"], "held");
    let cart = ok_json(
        send(&s, Method::GET, "/api/v1/cart", Some(&alice), None).await,
        200,
    )
    .await;
    assert_eq!(cart["request"]["lines"].as_array().unwrap().len(), 0);

    // QIWI charges roubles at the configured rate; declining cancels and restores stock.
    let q = put_cart(&s, &alice, json!({"lines": [line(&p[1], 3)]})).await;
    let total = amount(&q["summary"]["grand_total"]);
    let stock = sku_stock(&s, &p[1]).await;
    let body = checkout_body(
        address,
        &q["summary"]["grand_total"],
        json!({"method": "qiwi"}),
        "RUB",
    );
    let pay = ok_json(post_checkout(&s, &alice, "qiwi", &body).await, 201).await;
    assert_eq!(pay["status"], "requires_action");
    assert_eq!(pay["charge"]["currency"], "RUB");
    // 92.5 RUB per USD, kopecks rounded half away from zero.
    assert_eq!(amount(&pay["charge"]), (total * 925 + 5) / 10);
    assert_eq!(
        sku_stock(&s, &p[1]).await,
        stock - 3,
        "reserved while pending"
    );
    let id = pay["payment_id"].as_str().unwrap();
    let res = no_redirects
        .post(format!(
            "{}/api/v1/test-provider/payments/{id}/decline",
            s.base
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let after = ok_json(
        send(
            &s,
            Method::GET,
            &format!("/api/v1/checkout/payments/{id}"),
            Some(&alice),
            None,
        )
        .await,
        200,
    )
    .await;
    assert_eq!(after["status"], "declined");
    assert_eq!(after["decline_reason"], "declined_by_buyer");
    assert_eq!(after["orders"][0]["state"], "cancelled");
    assert_eq!(sku_stock(&s, &p[1]).await, stock, "stock restored");
    let cart = ok_json(
        send(&s, Method::GET, "/api/v1/cart", Some(&alice), None).await,
        200,
    )
    .await;
    assert_eq!(cart["request"]["lines"][0]["quantity"], 3, "cart intact");
    // A second click changes nothing.
    let res = no_redirects
        .post(format!(
            "{}/api/v1/test-provider/payments/{id}/confirm",
            s.base
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let again = ok_json(
        send(
            &s,
            Method::GET,
            &format!("/api/v1/checkout/payments/{id}"),
            Some(&alice),
            None,
        )
        .await,
        200,
    )
    .await;
    assert_eq!(again["status"], "declined");

    // QIWI confirmed on the provider page: paid and held.
    let body = checkout_body(
        address,
        &cart["summary"]["grand_total"],
        json!({"method": "qiwi"}),
        "RUB",
    );
    let pay = ok_json(post_checkout(&s, &alice, "qiwi-2", &body).await, 201).await;
    assert_eq!(pay["status"], "requires_action");
    let id = pay["payment_id"].as_str().unwrap();
    let res = no_redirects
        .post(format!(
            "{}/api/v1/test-provider/payments/{id}/confirm",
            s.base
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let after = ok_json(
        send(
            &s,
            Method::GET,
            &format!("/api/v1/checkout/payments/{id}"),
            Some(&alice),
            None,
        )
        .await,
        200,
    )
    .await;
    assert_eq!(after["status"], "succeeded");
    assert_eq!(after["orders"][0]["state"], "paid_held");
    assert_eq!(after["orders"][0]["hold_state"], "held");
    s.problem(
        s.get("/api/v1/test-provider/payments/pay_nope").await,
        404,
        "payment_not_found",
    )
    .await;
}

#[tokio::test]
async fn changed_prices_and_short_stock_are_conflicts_that_charge_nothing() {
    let s = common::start().await;
    let p = picks(&s, 1, 2..=500).await;
    let (alice, address) = buyer(&s, "alice@example.com").await;
    let q = put_cart(&s, &alice, json!({"lines": [line(&p[0], 1)]})).await;
    let mut stale = q["summary"]["grand_total"].clone();
    stale["amount"] = json!(amount(&stale) - 1);
    let body = checkout_body(address, &stale, card(OK_CARD), "USD");
    let res = post_checkout(&s, &alice, "stale", &body).await;
    let problem = s.problem(res, 409, "price_changed").await;
    assert_eq!(
        problem["quote"]["summary"]["grand_total"],
        q["summary"]["grand_total"]
    );
    // The key was not used up: the same key with the right total goes through.
    let body = checkout_body(address, &q["summary"]["grand_total"], card(OK_CARD), "USD");
    let pay = ok_json(post_checkout(&s, &alice, "stale", &body).await, 201).await;
    assert_eq!(pay["orders"][0]["state"], "paid_held");

    // More than in stock: 409 out_of_stock naming the line; nothing charged.
    let stock = sku_stock(&s, &p[0]).await;
    let body = json!({
        "address_id": address, "lines": [line(&p[0], stock + 1)], "payment": card(OK_CARD),
        "expected_total": {"amount": 1, "currency": "USD"}, "charge_currency": "USD"
    });
    let res = post_checkout(&s, &alice, "short", &body).await;
    let problem = s.problem(res, 409, "out_of_stock").await;
    assert_eq!(problem["errors"][0]["field"], "lines/0");
    assert_eq!(problem["errors"][0]["code"], "quantity_over_stock");
    assert_eq!(problem["quote"]["ready"], false);
    let orders = ok_json(
        send(&s, Method::GET, "/api/v1/orders", Some(&alice), None).await,
        200,
    )
    .await;
    assert_eq!(orders["items"].as_array().unwrap().len(), 1);
    // Empty cart: 422 cart_empty. No key: 400.
    let body = checkout_body(address, &q["summary"]["grand_total"], card(OK_CARD), "USD");
    let res = post_checkout(&s, &alice, "empty", &body).await;
    s.problem(res, 422, "cart_empty").await;
    let res = s
        .client
        .post(format!("{}/api/v1/checkout", s.base))
        .header("cookie", &alice)
        .json(&body)
        .send()
        .await
        .unwrap();
    s.problem(res, 400, "idempotency_key_required").await;
}

#[tokio::test]
async fn fifty_concurrent_placements_with_one_key_make_one_set_of_orders() {
    let s = common::start().await;
    let p = picks(&s, 2, 40..=999).await;
    let (alice, address) = buyer(&s, "alice@example.com").await;
    let q = put_cart(
        &s,
        &alice,
        json!({"lines": [line(&p[0], 1), line(&p[1], 2)]}),
    )
    .await;
    let stock = [sku_stock(&s, &p[0]).await, sku_stock(&s, &p[1]).await];
    let body = json!({
        "address_id": address,
        "lines": [line(&p[0], 1), line(&p[1], 2)],
        "payment": card(OK_CARD),
        "expected_total": q["summary"]["grand_total"],
        "charge_currency": "USD",
    });
    let mut tasks = Vec::new();
    for _ in 0..50 {
        let client = s.client.clone();
        let url = format!("{}/api/v1/checkout", s.base);
        let cookie = alice.clone();
        let body = body.clone();
        tasks.push(tokio::spawn(async move {
            let res = client
                .post(url)
                .header("cookie", cookie)
                .header("idempotency-key", "one-key-for-all")
                .json(&body)
                .send()
                .await
                .expect("checkout");
            let status = res.status().as_u16();
            (status, res.text().await.expect("body"))
        }));
    }
    let mut answers = Vec::new();
    for t in tasks {
        answers.push(t.await.unwrap());
    }
    let (status, first) = answers[0].clone();
    assert_eq!(status, 201, "{first}");
    for (st, b) in &answers {
        assert_eq!(
            (*st, b),
            (status, &first),
            "every retry gets the first answer"
        );
    }
    let pay: Value = serde_json::from_str(&first).unwrap();
    assert_eq!(pay["orders"].as_array().unwrap().len(), 2);
    let orders = ok_json(
        send(&s, Method::GET, "/api/v1/orders", Some(&alice), None).await,
        200,
    )
    .await;
    assert_eq!(
        orders["items"].as_array().unwrap().len(),
        2,
        "exactly one set"
    );
    assert_eq!(sku_stock(&s, &p[0]).await, stock[0] - 1);
    assert_eq!(sku_stock(&s, &p[1]).await, stock[1] - 2);

    // A later retry: same answer, marked as replayed.
    let res = post_checkout(&s, &alice, "one-key-for-all", &body).await;
    assert_eq!(res.status(), 201);
    assert_eq!(header(&res, "idempotent-replayed"), "true");
    assert_eq!(res.text().await.unwrap(), first);
    // Same key, another body: 422.
    let mut other = body.clone();
    other["lines"] = json!([line(&p[0], 2)]);
    let res = post_checkout(&s, &alice, "one-key-for-all", &other).await;
    s.problem(res, 422, "idempotency_key_reused").await;
    // Keys are per buyer: Bob's same key is his own (and his address check applies).
    let (bob, bob_address) = buyer(&s, "bob@example.com").await;
    let mut bobs = body.clone();
    bobs["address_id"] = json!(bob_address);
    let res = post_checkout(&s, &bob, "one-key-for-all", &bobs).await;
    let bob_pay = ok_json(res, 201).await;
    assert_ne!(bob_pay["payment_id"], pay["payment_id"]);
}

#[tokio::test]
async fn concurrent_buyers_of_the_last_pieces_never_oversell() {
    let s = common::start().await;
    let p = picks(&s, 1, 3..=6).await.remove(0);
    let (alice, address) = buyer(&s, "alice@example.com").await;
    let q = ok_json(
        send(
            &s,
            Method::POST,
            "/api/v1/cart/quote",
            None,
            Some(&json!({"lines": [line(&p, 1)]})),
        )
        .await,
        200,
    )
    .await;
    let body = json!({
        "address_id": address,
        "lines": [line(&p, 1)],
        "payment": card(OK_CARD),
        "expected_total": q["summary"]["grand_total"],
        "charge_currency": "USD",
    });
    let attempts = p.stock + 6;
    let mut tasks = Vec::new();
    for n in 0..attempts {
        let client = s.client.clone();
        let url = format!("{}/api/v1/checkout", s.base);
        let cookie = alice.clone();
        let body = body.clone();
        tasks.push(tokio::spawn(async move {
            let res = client
                .post(url)
                .header("cookie", cookie)
                .header("idempotency-key", format!("buy-{n}"))
                .json(&body)
                .send()
                .await
                .expect("checkout");
            let status = res.status().as_u16();
            let body: Value = res.json().await.expect("json");
            (status, body)
        }));
    }
    let mut created = 0;
    for t in tasks {
        let (status, body) = t.await.unwrap();
        match status {
            201 => created += 1,
            409 => assert_eq!(body["code"], "out_of_stock", "{body}"),
            other => panic!("unexpected {other}: {body}"),
        }
    }
    assert_eq!(created, p.stock, "exactly the stock is sold");
    assert_eq!(sku_stock(&s, &p).await, 0);
}

#[tokio::test]
async fn cards_charge_in_the_buyers_display_currency_wallets_in_their_own() {
    let s = common::start().await;
    let p = picks(&s, 1, 40..=999).await;
    let (alice, address) = buyer(&s, "alice@example.com").await;
    let methods = s.json("/api/v1/payment-methods").await;
    let currencies = |i: usize| -> Vec<String> {
        methods[i]["currencies"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c.as_str().unwrap().to_string())
            .collect()
    };
    let card_currencies = currencies(0);
    assert_eq!(card_currencies[0], "USD", "the default first");
    for c in ["RUB", "EUR", "BRL", "JPY"] {
        assert!(card_currencies.iter().any(|x| x == c), "{c}");
    }
    assert_eq!(currencies(1), ["RUB"]);
    assert_eq!(currencies(2), ["USD"]);
    assert_eq!(currencies(3), ["BRL"]);

    // A buyer shopping in roubles pays by card in roubles: the grand total at 92.5.
    let q = put_cart(&s, &alice, json!({"lines": [line(&p[0], 3)]})).await;
    let total = amount(&q["summary"]["grand_total"]);
    let body = checkout_body(address, &q["summary"]["grand_total"], card(OK_CARD), "RUB");
    let pay = ok_json(post_checkout(&s, &alice, "card-rub", &body).await, 201).await;
    assert_eq!(pay["status"], "succeeded");
    assert_eq!(pay["total"]["currency"], "USD");
    assert_eq!(amount(&pay["total"]), total);
    assert_eq!(pay["charge"]["currency"], "RUB");
    assert_eq!(amount(&pay["charge"]), (total * 925 + 5) / 10);
    let id = pay["payment_id"].as_str().unwrap();
    let stored = ok_json(
        send(
            &s,
            Method::GET,
            &format!("/api/v1/checkout/payments/{id}"),
            Some(&alice),
            None,
        )
        .await,
        200,
    )
    .await;
    assert_eq!(stored["charge"], pay["charge"]);

    // Yen have no minor unit: 150.25 per dollar, rounded to whole yen.
    let q = put_cart(&s, &alice, json!({"lines": [line(&p[0], 1)]})).await;
    let total = amount(&q["summary"]["grand_total"]);
    let body = checkout_body(address, &q["summary"]["grand_total"], card(OK_CARD), "JPY");
    let pay = ok_json(post_checkout(&s, &alice, "card-jpy", &body).await, 201).await;
    assert_eq!(pay["charge"]["currency"], "JPY");
    assert_eq!(amount(&pay["charge"]), (total * 15025 + 5000) / 10000);
}
