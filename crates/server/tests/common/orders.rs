//! Buyer flows the order and dispute tests share: a signed-in buyer with an address, a paid
//! order, reading and acting on it with its ETag, and the demo clock.

use super::{header, Server};
use reqwest::Method;
use serde_json::{json, Value};

pub const OK_CARD: &str = "4242 4242 4242 4242";
pub const DAY: i64 = 86_400;

pub async fn send(
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

pub async fn ok_json(res: reqwest::Response, status: u16) -> Value {
    let code = res.status().as_u16();
    let url = res.url().to_string();
    let body: Value = res.json().await.expect("json");
    assert_eq!(code, status, "{url}: {body}");
    body
}

/// A registered buyer with an address in `country`: (cookie, address id).
pub async fn buyer(s: &Server, email: &str, country: &str) -> (String, i64) {
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
    let (region, city, postal) = match country {
        "RU" => ("Moscow", "Moscow", "101000"),
        _ => ("CA", "San Francisco", "94105"),
    };
    let address = ok_json(
        send(
            s,
            Method::POST,
            "/api/v1/account/addresses",
            Some(&cookie),
            Some(&json!({
                "recipient_name": "John Smith", "phone": "+1 555 123 4567", "country": country,
                "region": region, "city": city, "street": "1 Market St",
                "postal_code": postal
            })),
        )
        .await,
        201,
    )
    .await;
    (cookie, address["id"].as_i64().unwrap())
}

/// (product id, sku id, seller id) of an in-stock SKU shipping to `country`, the `nth` found.
pub async fn pick(s: &Server, country: &str, nth: usize) -> (i64, i64, i64) {
    let list = s.json("/api/v1/products?limit=100").await;
    let mut found = 0;
    for item in list["items"].as_array().unwrap() {
        let id = item["id"].as_i64().unwrap();
        let d = s.json(&format!("/api/v1/products/{id}")).await;
        let ships = d["shipping"]
            .as_array()
            .unwrap()
            .iter()
            .any(|o| o["to_country"] == country);
        let sku = d["skus"]
            .as_array()
            .unwrap()
            .iter()
            .find(|k| k["stock"].as_i64().unwrap() >= 20);
        if let (true, Some(k)) = (ships, sku) {
            if found == nth {
                return (
                    id,
                    k["id"].as_i64().unwrap(),
                    item["seller_id"].as_i64().unwrap(),
                );
            }
            found += 1;
        }
    }
    panic!("no product ships to {country}");
}

/// Buys one piece with the test card; answers the order id.
pub async fn place(s: &Server, cookie: &str, address: i64, p: (i64, i64, i64), key: &str) -> i64 {
    place_to(s, cookie, address, p, key, "US").await
}

/// Buys one piece shipped to `country` with the test card; answers the order id.
pub async fn place_to(
    s: &Server,
    cookie: &str,
    address: i64,
    p: (i64, i64, i64),
    key: &str,
    country: &str,
) -> i64 {
    let q = ok_json(
        send(
            s,
            Method::PUT,
            "/api/v1/cart",
            Some(cookie),
            Some(&json!({"lines": [{"product_id": p.0, "sku_id": p.1, "quantity": 1}], "coupons": [], "ship_to": country})),
        )
        .await,
        200,
    )
    .await;
    let body = json!({
        "address_id": address,
        "payment": {"method": "card", "card": {
            "number": OK_CARD, "exp_month": 12, "exp_year": 2099, "cvc": "123", "holder": "JOHN SMITH"}},
        "expected_total": q["summary"]["grand_total"],
        "charge_currency": "USD",
    });
    let res = s
        .client
        .post(format!("{}/api/v1/checkout", s.base))
        .header("cookie", cookie)
        .header("idempotency-key", key)
        .json(&body)
        .send()
        .await
        .expect("checkout");
    let pay = ok_json(res, 201).await;
    assert_eq!(pay["orders"].as_array().unwrap().len(), 1);
    pay["orders"][0]["id"].as_i64().unwrap()
}

/// The order and its ETag.
pub async fn order(s: &Server, cookie: &str, id: i64) -> (Value, String) {
    let res = send(
        s,
        Method::GET,
        &format!("/api/v1/orders/{id}"),
        Some(cookie),
        None,
    )
    .await;
    let etag = header(&res, "etag");
    let o = ok_json(res, 200).await;
    assert_eq!(etag, format!("\"{id}-{}\"", o["version"]));
    (o, etag)
}

/// POST an order action as JSON with an optional If-Match.
pub async fn act(
    s: &Server,
    cookie: &str,
    id: i64,
    action: &str,
    etag: Option<&str>,
    body: Option<Value>,
) -> reqwest::Response {
    let mut req = s
        .client
        .post(format!("{}/api/v1/orders/{id}/{action}", s.base))
        .header("cookie", cookie)
        .header("content-type", "application/json");
    if let Some(e) = etag {
        req = req.header("if-match", e);
    }
    if let Some(b) = body {
        req = req.body(b.to_string());
    }
    req.send().await.expect("action")
}

pub async fn advance(s: &Server, days: u32, hours: u32) -> Value {
    ok_json(
        send(
            s,
            Method::POST,
            "/api/v1/operator/clock/advance",
            None,
            Some(&json!({"days": days, "hours": hours})),
        )
        .await,
        200,
    )
    .await
}

pub fn unix(rfc: &Value) -> i64 {
    // YYYY-MM-DDTHH:MM:SSZ → unix seconds (days_from_civil).
    let t = rfc.as_str().expect("timestamp");
    let n = |a: usize, b: usize| t[a..b].parse::<i64>().unwrap();
    let (y, m, d) = (n(0, 4), n(5, 7), n(8, 10));
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    days * DAY + n(11, 13) * 3600 + n(14, 16) * 60 + n(17, 19)
}

pub fn kinds(o: &Value) -> Vec<String> {
    o["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["kind"].as_str().unwrap().to_string())
        .collect()
}

pub fn actions(o: &Value) -> Vec<String> {
    o["allowed_actions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a.as_str().unwrap().to_string())
        .collect()
}

pub fn ledger_sum(o: &Value, kind: &str) -> i64 {
    o["ledger"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["kind"] == kind)
        .map(|e| e["amount"]["amount"].as_i64().unwrap())
        .sum()
}

pub fn assert_ledger_adds_up(o: &Value) {
    let held = ledger_sum(o, "hold");
    let released = ledger_sum(o, "release");
    let refunded = ledger_sum(o, "refund") + ledger_sum(o, "partial_refund");
    let h = &o["hold"];
    assert_eq!(h["amount"]["amount"].as_i64().unwrap(), held, "{h}");
    assert_eq!(h["released"]["amount"].as_i64().unwrap(), released, "{h}");
    assert_eq!(h["refunded"]["amount"].as_i64().unwrap(), refunded, "{h}");
    assert_eq!(
        held,
        released + refunded + h["held"]["amount"].as_i64().unwrap(),
        "{h}"
    );
    assert_eq!(held, o["total"]["amount"].as_i64().unwrap());
}

pub async fn demo() -> Server {
    super::start_with(|c| c.demo = true).await
}
