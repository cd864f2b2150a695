//! Partner widgets on the server side: the partner id of a checkout is kept on its orders and
//! read back by the demo partner report; only `/embed/` pages may be framed.

mod common;

use common::orders::*;
use common::{header, index_html, Server};
use reqwest::Method;
use serde_json::{json, Value};

async fn checkout(
    s: &Server,
    cookie: &str,
    address: i64,
    p: (i64, i64, i64),
    key: &str,
    partner: Value,
) -> Value {
    let q = ok_json(
        send(
            s,
            Method::POST,
            "/api/v1/cart/quote",
            Some(cookie),
            Some(&json!({"lines": [{"product_id": p.0, "sku_id": p.1, "quantity": 1}], "coupons": [], "ship_to": "US"})),
        )
        .await,
        200,
    )
    .await;
    let mut body = json!({
        "address_id": address,
        "lines": [{"product_id": p.0, "sku_id": p.1, "quantity": 1}],
        "payment": {"method": "card", "card": {
            "number": OK_CARD, "exp_month": 12, "exp_year": 2099, "cvc": "123", "holder": "JOHN SMITH"}},
        "expected_total": q["summary"]["grand_total"],
        "charge_currency": "USD",
    });
    if !partner.is_null() {
        body["partner"] = partner;
    }
    let res = s
        .client
        .post(format!("{}/api/v1/checkout", s.base))
        .header("cookie", cookie)
        .header("idempotency-key", key)
        .json(&body)
        .send()
        .await
        .expect("checkout");
    ok_json(res, 201).await
}

#[tokio::test]
async fn the_partner_of_a_checkout_is_recorded_on_its_orders_and_reported() {
    let s = demo().await;
    let (alice, addr) = buyer(&s, "alice@example.com", "US").await;
    let p = pick(&s, "US", 0).await;

    let pay = checkout(&s, &alice, addr, p, "k1", json!("blog-42")).await;
    let order_id = pay["orders"][0]["id"].as_i64().unwrap();
    // Without a partner, and with a malformed one (ignored, the order still goes through).
    checkout(&s, &alice, addr, p, "k2", Value::Null).await;
    let bad = checkout(&s, &alice, addr, p, "k3", json!("<script>")).await;
    assert_eq!(bad["status"], "succeeded");

    let report = s.json("/api/v1/operator/partners/blog-42/orders").await;
    let list = report.as_array().unwrap();
    assert_eq!(list.len(), 1, "{report}");
    assert_eq!(list[0]["order_id"].as_i64(), Some(order_id));
    assert_eq!(list[0]["state"], "paid_held");
    assert_eq!(list[0]["total"]["currency"], "USD");
    // No payment id: with it anyone could decline a stranger's payment on the provider's page.
    assert!(list[0].get("payment_id").is_none(), "{report}");
    assert!(!report
        .to_string()
        .contains(pay["payment_id"].as_str().unwrap_or("-")));
    assert_eq!(list[0]["item_count"], 1);

    let none = s.json("/api/v1/operator/partners/nobody/orders").await;
    assert_eq!(none, json!([]));
    let res = s.get("/api/v1/operator/partners/a%20b/orders").await;
    s.problem(res, 400, "invalid_parameter").await;
}

#[tokio::test]
async fn the_partner_report_exists_only_in_demo_mode() {
    let s = common::start().await;
    let res = s.get("/api/v1/operator/partners/blog-42/orders").await;
    s.problem(res, 404, "route_not_found").await;
}

#[tokio::test]
async fn only_embed_pages_may_be_framed_and_they_are_the_app() {
    let s = common::start().await;
    for path in [
        "/embed/product/1",
        "/embed/buy/7?locale=ru",
        "/embed/collection?q=phone",
    ] {
        let res = s.get(path).await;
        assert_eq!(res.status(), 200, "{path}");
        let csp = header(&res, "content-security-policy");
        assert!(csp.contains("frame-ancestors *"), "{path}: {csp}");
        assert!(!csp.contains("frame-ancestors 'none'"), "{path}: {csp}");
        assert_eq!(header(&res, "x-frame-options"), "", "{path}");
        assert_eq!(header(&res, "cross-origin-opener-policy"), "", "{path}");
        assert_eq!(res.text().await.unwrap(), index_html(), "{path}");
    }
    for path in [
        "/",
        "/p/1",
        "/cart/add?product=1",
        "/partners/widgets",
        "/embedded",
        "/embed.js",
    ] {
        let res = s.get(path).await;
        let csp = header(&res, "content-security-policy");
        assert!(csp.contains("frame-ancestors 'none'"), "{path}: {csp}");
        assert_eq!(header(&res, "x-frame-options"), "DENY", "{path}");
    }
    // The loader is a plain script any partner page may load.
    let res = s.get("/embed.js").await;
    assert_eq!(res.status(), 200);
    assert!(header(&res, "content-type").starts_with("text/javascript"));
}
