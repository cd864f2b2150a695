//! The order lifecycle over real HTTP with a real SQLite file: clock-driven sellers and carriers
//! (demo mode), buyer transitions with If-Match, the hold ledger, timers, tabs, feedback.

mod common;

use common::orders::*;
use common::{header, Server};
use reqwest::Method;
use serde_json::{json, Value};

#[tokio::test]
async fn a_paid_order_ships_gets_tracked_delivered_and_confirmed_and_the_money_is_released_once() {
    let s = demo().await;
    let (alice, addr) = buyer(&s, "alice@example.com", "US").await;
    let id = place(&s, &alice, addr, pick(&s, "US", 0).await, "k1").await;

    let (o, _) = order(&s, &alice, id).await;
    assert_eq!(o["state"], "paid_held");
    assert_eq!(o["hold"]["state"], "held");
    assert_eq!(actions(&o), ["cancel"]);
    assert_eq!(kinds(&o), ["placed", "paid_held"]);
    assert!(o.get("deadline").is_none() && o.get("tracking").is_none());
    assert_eq!(o["protection"]["days"], 60);
    assert_ledger_adds_up(&o);
    // Before shipping: the seller's days to ship and the delivery window counted from payment.
    assert_eq!(o["ships_within_days"], 3);
    let (days_min, days_max) = (
        o["shipping"]["days_min"].as_i64().unwrap(),
        o["shipping"]["days_max"].as_i64().unwrap(),
    );
    assert_eq!(
        unix(&o["estimated_delivery"]["earliest"]),
        unix(&o["paid_at"]) + (3 + days_min) * DAY
    );
    assert_eq!(
        unix(&o["estimated_delivery"]["latest"]),
        unix(&o["paid_at"]) + (3 + days_max) * DAY
    );
    let counts = s_counts(&s, &alice).await;
    assert_eq!(
        (counts["all"].as_i64(), counts["awaiting_shipment"].as_i64()),
        (Some(1), Some(1))
    );

    // The simulated seller ships after about a day.
    let clock = advance(&s, 2, 0).await;
    assert!(clock["applied"].as_u64().unwrap() >= 1, "{clock}");
    let (o, _) = order(&s, &alice, id).await;
    assert_eq!(o["state"], "shipped", "{o}");
    let number = o["tracking"]["number"].as_str().unwrap();
    assert!(
        number.starts_with("RB") && number.ends_with("CN"),
        "{number}"
    );
    let shipped = o["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["kind"] == "shipped")
        .unwrap();
    assert_eq!(shipped["actor"], "seller");
    assert_eq!(shipped["tracking_number"], number);
    assert_eq!(shipped["carrier"], o["tracking"]["carrier"]);
    assert_eq!(o["deadline"]["kind"], "protection_ends");
    assert_eq!(o["deadline"]["effect"], "complete_and_release");
    assert_eq!(
        unix(&o["deadline"]["at"]),
        unix(&o["shipped_at"]) + 60 * DAY
    );
    assert_eq!(o["deadline"]["at"], o["protection"]["ends_at"]);
    // Shipped: the window is counted from shipping.
    assert_eq!(
        unix(&o["estimated_delivery"]["latest"]),
        unix(&o["shipped_at"]) + days_max * DAY
    );
    for a in ["confirm_receipt", "request_extension", "open_dispute"] {
        assert!(actions(&o).contains(&a.to_string()), "{a}");
    }
    assert!(!actions(&o).contains(&"cancel".to_string()));

    // Tracking scans every ~2 days.
    advance(&s, 5, 0).await;
    let (o, _) = order(&s, &alice, id).await;
    let scans: Vec<&Value> = o["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["kind"] == "tracking")
        .collect();
    assert!(scans.len() >= 3, "{scans:?}");
    assert!(scans.iter().all(|e| e["actor"] == "carrier"));
    assert!(scans
        .iter()
        .any(|e| e["tracking_status"] == "departed_sorting_centre"
            && e["text"] == "Departed from sorting centre"
            && e["location"] == "Shenzhen, CN"));
    let times: Vec<i64> = o["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| unix(&e["at"]))
        .collect();
    assert!(
        times.windows(2).all(|w| w[0] <= w[1]),
        "timeline in time order"
    );

    // Delivered within 8–20 days of shipping.
    advance(&s, 15, 0).await;
    let (o, etag) = order(&s, &alice, id).await;
    assert_eq!(o["state"], "delivered", "{o}");
    assert!(
        o.get("estimated_delivery").is_none(),
        "delivered: no estimate"
    );
    let transit = unix(&o["delivered_at"]) - unix(&o["shipped_at"]);
    assert!((8 * DAY..=20 * DAY).contains(&transit), "{transit}");
    let k = kinds(&o);
    assert!(k.contains(&"delivered".to_string()));
    assert!(o["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["tracking_status"] == "out_for_delivery"));
    assert!(o["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["tracking_status"] == "customs_cleared"));
    assert_eq!(o["deadline"]["kind"], "auto_confirm");
    assert_eq!(
        unix(&o["deadline"]["at"]),
        unix(&o["delivered_at"]) + 15 * DAY
    );
    assert_eq!(s_counts(&s, &alice).await["awaiting_confirmation"], 1);
    let tab = s
        .get_with(
            "/api/v1/orders?tab=awaiting_confirmation",
            &[("cookie", &alice)],
        )
        .await;
    let tab: Value = tab.json().await.unwrap();
    assert_eq!(tab["items"][0]["id"], id);
    assert_eq!(tab["items"][0]["deadline"]["kind"], "auto_confirm");

    // Confirm receipt: completed, released; a double click with the same ETag gets 412.
    let (first, second) = tokio::join!(
        act(&s, &alice, id, "confirm-receipt", Some(&etag), None),
        act(&s, &alice, id, "confirm-receipt", Some(&etag), None),
    );
    let (ok, stale) = if first.status() == 200 {
        (first, second)
    } else {
        (second, first)
    };
    let new_etag = header(&ok, "etag");
    let o = ok_json(ok, 200).await;
    let p = s.problem(stale, 412, "precondition_failed").await;
    assert_eq!(p["order"]["state"], "completed");
    assert_eq!(o["state"], "completed");
    assert_eq!(o["hold"]["state"], "released");
    assert_eq!(o["hold"]["held"]["amount"], 0);
    assert_eq!(actions(&o), ["leave_feedback"]);
    assert!(o.get("deadline").is_none());
    assert_ne!(new_etag, etag);
    assert_eq!(new_etag, format!("\"{id}-{}\"", o["version"]));
    let k = kinds(&o);
    assert!(
        k.ends_with(&["receipt_confirmed".to_string(), "released".to_string()]),
        "{k:?}"
    );
    let (o, etag) = order(&s, &alice, id).await;
    assert_eq!(
        o["ledger"].as_array().unwrap().len(),
        2,
        "hold + one release"
    );
    assert_eq!(kinds(&o).iter().filter(|k| *k == "released").count(), 1);
    assert_ledger_adds_up(&o);
    // Completed: nothing but feedback.
    for a in ["confirm-receipt", "cancel"] {
        let p = s
            .problem(
                act(&s, &alice, id, a, Some(&etag), None).await,
                409,
                "illegal_transition",
            )
            .await;
        assert_eq!(p["order"]["state"], "completed");
    }
    let p = s
        .problem(
            act(
                &s,
                &alice,
                id,
                "extension-requests",
                Some(&etag),
                Some(json!({"days": 5})),
            )
            .await,
            409,
            "illegal_transition",
        )
        .await;
    assert_eq!(p["order"]["allowed_actions"], json!(["leave_feedback"]));
    assert_eq!(s_counts(&s, &alice).await["completed"], 1);
}

async fn s_counts(s: &Server, cookie: &str) -> Value {
    ok_json(
        send(s, Method::GET, "/api/v1/orders/counts", Some(cookie), None).await,
        200,
    )
    .await
}

#[tokio::test]
async fn an_order_left_alone_is_auto_confirmed_and_released() {
    let s = demo().await;
    let (alice, addr) = buyer(&s, "alice@example.com", "US").await;
    let id = place(&s, &alice, addr, pick(&s, "US", 0).await, "k1").await;
    advance(&s, 25, 0).await;
    let (o, _) = order(&s, &alice, id).await;
    assert_eq!(o["state"], "delivered", "{o}");
    let due = unix(&o["deadline"]["at"]);
    let now = unix(&advance(&s, 0, 1).await["now"]);
    let hours_left = (due - now) / 3600;
    assert!(hours_left > 2, "{hours_left}");
    advance(&s, 0, (hours_left - 1) as u32).await;
    let (o, _) = order(&s, &alice, id).await;
    assert_eq!(o["state"], "delivered", "not before the deadline");
    advance(&s, 0, 3).await;
    let (o, _) = order(&s, &alice, id).await;
    assert_eq!(o["state"], "completed", "{o}");
    assert_eq!(o["hold"]["state"], "released");
    assert_eq!(
        o["completed_at"],
        o["timeline"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["kind"] == "auto_confirmed")
            .unwrap()["at"]
    );
    assert_eq!(
        unix(&o["completed_at"]),
        due,
        "completed at the deadline itself"
    );
    let auto = o["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["kind"] == "auto_confirmed")
        .unwrap();
    assert_eq!(auto["actor"], "system");
    assert_eq!(auto["deadline_kind"], "auto_confirm");
    assert_ledger_adds_up(&o);
    assert_eq!(
        ledger_sum(&o, "release"),
        o["total"]["amount"].as_i64().unwrap()
    );
    assert!(actions(&o).contains(&"leave_feedback".to_string()));
}

#[tokio::test]
async fn protection_is_90_days_for_russia_and_a_granted_extension_moves_the_deadline() {
    let s = demo().await;
    let (ivan, addr) = buyer(&s, "ivan@example.com", "RU").await;
    let p0 = pick(&s, "RU", 0).await;
    let a = place_to(&s, &ivan, addr, p0, "k1", "RU").await;
    let b = place_to(&s, &ivan, addr, p0, "k2", "RU").await;
    advance(&s, 2, 0).await;
    let (o, etag) = order(&s, &ivan, a).await;
    assert_eq!(o["state"], "shipped");
    assert_eq!(o["protection"]["days"], 90);
    let ends = unix(&o["protection"]["ends_at"]);
    assert_eq!(ends, unix(&o["shipped_at"]) + 90 * DAY);

    // Bad days → 422; then 10 days asked → pending, no second request meanwhile.
    for days in [0, 31] {
        s.problem(
            act(
                &s,
                &ivan,
                a,
                "extension-requests",
                Some(&etag),
                Some(json!({"days": days})),
            )
            .await,
            422,
            "validation_failed",
        )
        .await;
    }
    let res = act(
        &s,
        &ivan,
        a,
        "extension-requests",
        Some(&etag),
        Some(json!({"days": 10})),
    )
    .await;
    let o = ok_json(res, 200).await;
    assert_eq!(o["protection"]["extension"]["state"], "pending");
    assert_eq!(o["protection"]["extension"]["days"], 10);
    assert!(!actions(&o).contains(&"request_extension".to_string()));
    assert_eq!(*kinds(&o).last().unwrap(), "extension_requested");
    advance(&s, 1, 0).await;
    let (o, etag) = order(&s, &ivan, a).await;
    assert_eq!(o["protection"]["extension"]["state"], "granted", "{o}");
    assert_eq!(o["protection"]["extended_days"], 10);
    assert_eq!(unix(&o["protection"]["ends_at"]), ends + 10 * DAY);
    assert_eq!(unix(&o["deadline"]["at"]), ends + 10 * DAY);
    let granted = o["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["kind"] == "extension_granted")
        .unwrap();
    assert_eq!(granted["actor"], "seller");
    assert_eq!(granted["days"], 10);
    assert_eq!(granted["deadline"], o["protection"]["ends_at"]);

    // A second request is refused (already extended): the deadline stays.
    let res = act(
        &s,
        &ivan,
        a,
        "extension-requests",
        Some(&etag),
        Some(json!({"days": 5})),
    )
    .await;
    ok_json(res, 200).await;
    advance(&s, 1, 0).await;
    let (o, _) = order(&s, &ivan, a).await;
    assert_eq!(o["protection"]["extension"]["state"], "refused");
    assert_eq!(unix(&o["protection"]["ends_at"]), ends + 10 * DAY);

    // More than 15 days asked is refused.
    let (o, etag) = order(&s, &ivan, b).await;
    let before = o["protection"]["ends_at"].clone();
    ok_json(
        act(
            &s,
            &ivan,
            b,
            "extension-requests",
            Some(&etag),
            Some(json!({"days": 20})),
        )
        .await,
        200,
    )
    .await;
    advance(&s, 1, 0).await;
    let (o, _) = order(&s, &ivan, b).await;
    assert_eq!(o["protection"]["extension"]["state"], "refused");
    assert_eq!(o["protection"]["extended_days"], 0);
    assert_eq!(o["protection"]["ends_at"], before);
    assert!(kinds(&o).contains(&"extension_refused".to_string()));
}

#[tokio::test]
async fn cancel_before_shipping_refunds_in_full_and_every_illegal_step_is_a_conflict() {
    let s = demo().await;
    let (alice, addr) = buyer(&s, "alice@example.com", "US").await;
    let p = pick(&s, "US", 0).await;
    let stock = |d: &Value| {
        d["skus"]
            .as_array()
            .unwrap()
            .iter()
            .find(|k| k["id"] == p.1)
            .unwrap()["stock"]
            .as_i64()
            .unwrap()
    };
    let before = stock(&s.json(&format!("/api/v1/products/{}", p.0)).await);
    let a = place(&s, &alice, addr, p, "k1").await;
    let (o, etag) = order(&s, &alice, a).await;
    // A compressed answer carries the same ETag (the order's version), usable for If-Match.
    let br = s
        .client
        .get(format!("{}/api/v1/orders/{a}", s.base))
        .header("cookie", &alice)
        .header("accept-encoding", "br")
        .send()
        .await
        .unwrap();
    assert_eq!(header(&br, "content-encoding"), "br");
    assert_eq!(header(&br, "etag"), etag);

    // Preconditions and illegal steps while paid_held.
    s.problem(
        act(&s, &alice, a, "cancel", None, None).await,
        428,
        "precondition_required",
    )
    .await;
    let stale = format!("\"{a}-0\"");
    let pr = s
        .problem(
            act(&s, &alice, a, "cancel", Some(&stale), None).await,
            412,
            "precondition_failed",
        )
        .await;
    assert_eq!(pr["order"]["version"], o["version"]);
    let res = s
        .client
        .post(format!("{}/api/v1/orders/{a}/cancel", s.base))
        .header("cookie", &alice)
        .header("if-match", &etag)
        .send()
        .await
        .unwrap();
    s.problem(res, 415, "unsupported_media_type").await;
    for (action, body) in [
        ("confirm-receipt", None),
        ("extension-requests", Some(json!({"days": 5}))),
        (
            "feedback",
            Some(
                json!({"item_as_described": 5, "communication": 5, "shipping_speed": 5, "text": ""}),
            ),
        ),
    ] {
        let pr = s
            .problem(
                act(&s, &alice, a, action, Some(&etag), body).await,
                409,
                "illegal_transition",
            )
            .await;
        assert_eq!(pr["order"]["state"], "paid_held", "{action}");
        assert_eq!(pr["order"]["allowed_actions"], json!(["cancel"]));
    }

    let res = act(&s, &alice, a, "cancel", Some(&etag), None).await;
    assert_ne!(header(&res, "etag"), etag);
    let o = ok_json(res, 200).await;
    assert_eq!(o["state"], "cancelled");
    assert_eq!(o["hold"]["state"], "refunded");
    assert_eq!(o["hold"]["refunded"], o["total"]);
    assert_eq!(
        ledger_sum(&o, "refund"),
        o["total"]["amount"].as_i64().unwrap()
    );
    assert!(o["allowed_actions"].as_array().unwrap().is_empty());
    assert!(kinds(&o).ends_with(&["cancelled".to_string(), "refunded".to_string()]));
    assert_ledger_adds_up(&o);
    assert_eq!(
        stock(&s.json(&format!("/api/v1/products/{}", p.0)).await),
        before,
        "stock back"
    );
    let (_, etag) = order(&s, &alice, a).await;
    for action in ["cancel", "confirm-receipt"] {
        s.problem(
            act(&s, &alice, a, action, Some(&etag), None).await,
            409,
            "illegal_transition",
        )
        .await;
    }
    // The clock does not ship a cancelled order.
    advance(&s, 3, 0).await;
    assert_eq!(order(&s, &alice, a).await.0["state"], "cancelled");

    // After shipping, cancel is a conflict; the operator cannot ship twice or deliver unshipped.
    let b = place(&s, &alice, addr, p, "k2").await;
    let c = place(&s, &alice, addr, p, "k3").await;
    s.problem(
        send(
            &s,
            Method::POST,
            &format!("/api/v1/operator/orders/{b}/deliver"),
            None,
            None,
        )
        .await,
        409,
        "illegal_transition",
    )
    .await;
    let shipped = ok_json(
        send(
            &s,
            Method::POST,
            &format!("/api/v1/operator/orders/{b}/ship"),
            None,
            None,
        )
        .await,
        200,
    )
    .await;
    assert_eq!(shipped["state"], "shipped");
    s.problem(
        send(
            &s,
            Method::POST,
            &format!("/api/v1/operator/orders/{b}/ship"),
            None,
            None,
        )
        .await,
        409,
        "illegal_transition",
    )
    .await;
    let (_, etag) = order(&s, &alice, b).await;
    let pr = s
        .problem(
            act(&s, &alice, b, "cancel", Some(&etag), None).await,
            409,
            "illegal_transition",
        )
        .await;
    assert_eq!(pr["order"]["state"], "shipped");
    s.problem(
        send(
            &s,
            Method::POST,
            "/api/v1/operator/orders/999999/ship",
            None,
            None,
        )
        .await,
        404,
        "order_not_found",
    )
    .await;

    // Tabs and counts.
    let counts = s_counts(&s, &alice).await;
    assert_eq!(counts["all"], 3);
    assert_eq!(counts["shipped"], 1);
    assert_eq!(counts["awaiting_shipment"], 1);
    assert_eq!(counts["completed"], 0);
    assert_eq!(counts["in_dispute"], 0);
    let tab: Value = s
        .get_with(
            "/api/v1/orders?tab=awaiting_shipment",
            &[("cookie", &alice)],
        )
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(tab["items"].as_array().unwrap().len(), 1);
    assert_eq!(tab["items"][0]["id"], c);
    let res = s
        .get_with("/api/v1/orders?tab=lost", &[("cookie", &alice)])
        .await;
    let pr = s.problem(res, 400, "invalid_parameter").await;
    assert_eq!(pr["errors"][0]["field"], "tab");
}

#[tokio::test]
async fn another_buyer_gets_404_for_the_order_and_its_actions() {
    let s = demo().await;
    let (alice, addr) = buyer(&s, "alice@example.com", "US").await;
    let (bob, _) = buyer(&s, "bob@example.com", "US").await;
    let id = place(&s, &alice, addr, pick(&s, "US", 0).await, "k1").await;
    let (_, etag) = order(&s, &alice, id).await;
    let res = send(
        &s,
        Method::GET,
        &format!("/api/v1/orders/{id}"),
        Some(&bob),
        None,
    )
    .await;
    s.problem(res, 404, "order_not_found").await;
    for (action, body) in [
        ("confirm-receipt", None),
        ("cancel", None),
        ("extension-requests", Some(json!({"days": 5}))),
        (
            "feedback",
            Some(json!({"item_as_described": 5, "communication": 5, "shipping_speed": 5})),
        ),
    ] {
        s.problem(
            act(&s, &bob, id, action, Some(&etag), body).await,
            404,
            "order_not_found",
        )
        .await;
    }
    let res = s
        .client
        .post(format!("{}/api/v1/orders/{id}/cancel", s.base))
        .header("content-type", "application/json")
        .header("if-match", &etag)
        .send()
        .await
        .unwrap();
    s.problem(res, 401, "unauthenticated").await;
    assert_eq!(s_counts(&s, &bob).await["all"], 0);
    // Still Alice's and untouched.
    let (o, again) = order(&s, &alice, id).await;
    assert_eq!((o["state"].as_str(), again), (Some("paid_held"), etag));
}

#[tokio::test]
async fn feedback_changes_the_sellers_ratings_on_store_and_product_pages() {
    let s = demo().await;
    let (alice, addr) = buyer(&s, "alice@example.com", "US").await;
    let p = pick(&s, "US", 0).await;
    let id = place(&s, &alice, addr, p, "k1").await;
    ok_json(
        send(
            &s,
            Method::POST,
            &format!("/api/v1/operator/orders/{id}/ship"),
            None,
            None,
        )
        .await,
        200,
    )
    .await;
    ok_json(
        send(
            &s,
            Method::POST,
            &format!("/api/v1/operator/orders/{id}/deliver"),
            None,
            None,
        )
        .await,
        200,
    )
    .await;
    let (_, etag) = order(&s, &alice, id).await;
    ok_json(
        act(&s, &alice, id, "confirm-receipt", Some(&etag), None).await,
        200,
    )
    .await;
    let (_, etag) = order(&s, &alice, id).await;

    let before = s.json(&format!("/api/v1/sellers/{}", p.2)).await;
    let product_before = s.json(&format!("/api/v1/products/{}", p.0)).await;
    let count_before = product_before["summary"]["reviews_count"]
        .as_i64()
        .expect("reviews_count");
    for (body, field, code) in [
        (
            json!({"item_as_described": 6, "communication": 5, "shipping_speed": 5}),
            "item_as_described",
            "out_of_range",
        ),
        (
            json!({"item_as_described": 5, "communication": 0, "shipping_speed": 5}),
            "communication",
            "out_of_range",
        ),
        (
            json!({"item_as_described": 5, "communication": 5, "shipping_speed": 5, "text": "x".repeat(2001)}),
            "text",
            "too_long",
        ),
    ] {
        let pr = s
            .problem(
                act(&s, &alice, id, "feedback", Some(&etag), Some(body)).await,
                422,
                "validation_failed",
            )
            .await;
        assert_eq!(pr["errors"][0]["field"], field);
        assert_eq!(pr["errors"][0]["code"], code);
    }
    let body = json!({"item_as_described": 1, "communication": 2, "shipping_speed": 1, "text": "Not as described — очень плохо"});
    let res = act(&s, &alice, id, "feedback", Some(&etag), Some(body.clone())).await;
    let o = ok_json(res, 200).await;
    assert_eq!(o["feedback"]["item_as_described"], 1);
    assert_eq!(o["feedback"]["text"], "Not as described — очень плохо");
    assert!(o["allowed_actions"].as_array().unwrap().is_empty());
    assert_eq!(*kinds(&o).last().unwrap(), "feedback_left");

    let after = s.json(&format!("/api/v1/sellers/{}", p.2)).await;
    let n = before["feedback_count"].as_i64().unwrap();
    assert_eq!(after["feedback_count"].as_i64().unwrap(), n + 1);
    let avg =
        |old: &Value, stars: i64| (old.as_i64().unwrap() * n + stars * 10 + (n + 1) / 2) / (n + 1);
    assert_eq!(
        after["item_as_described_x10"].as_i64().unwrap(),
        avg(&before["item_as_described_x10"], 1)
    );
    assert_eq!(
        after["communication_x10"].as_i64().unwrap(),
        avg(&before["communication_x10"], 2)
    );
    assert_eq!(
        after["shipping_speed_x10"].as_i64().unwrap(),
        avg(&before["shipping_speed_x10"], 1)
    );
    let pos = (before["positive_feedback_x10"].as_i64().unwrap() * n + (n + 1) / 2) / (n + 1);
    assert_eq!(after["positive_feedback_x10"].as_i64().unwrap(), pos);
    let product = s.json(&format!("/api/v1/products/{}", p.0)).await;
    assert_eq!(
        product["seller"], after,
        "the product page shows the same seller ratings"
    );
    // The feedback is now the product's newest review, and the product's figures count it:
    // header, histogram and list describe the same reviews.
    let reviews = s
        .json(&format!("/api/v1/products/{}/reviews?limit=100", p.0))
        .await;
    let list = reviews["items"].as_array().expect("items");
    assert_eq!(list[0]["text"], "Not as described — очень плохо");
    assert_eq!(list[0]["stars"], 1);
    assert_eq!(list[0]["country"], "US");
    assert_eq!(list[0]["author"], "B***r", "the buyer \"Buyer\", masked");
    let summary = s
        .json(&format!("/api/v1/products/{}/reviews/summary", p.0))
        .await;
    assert_eq!(product["summary"]["reviews_count"], count_before + 1);
    assert_eq!(summary["count"], count_before + 1);
    assert_eq!(list.len() as i64, count_before + 1);
    assert_eq!(product["summary"]["rating_x10"], summary["average_x10"]);
    let ru = s
        .json(&format!("/api/v1/products/{}/reviews?limit=1&lang=ru", p.0))
        .await;
    assert_eq!(ru["items"][0]["text"], "Not as described — очень плохо");

    // Once only.
    let (_, etag) = order(&s, &alice, id).await;
    s.problem(
        act(&s, &alice, id, "feedback", Some(&etag), Some(body)).await,
        409,
        "illegal_transition",
    )
    .await;
}

#[tokio::test]
async fn the_clock_survives_a_restart_and_operator_routes_exist_only_in_demo_mode() {
    let mut s = demo().await;
    let c0 = s.json("/api/v1/operator/clock").await;
    assert_eq!(c0["speed"], 1);
    s.problem(
        send(
            &s,
            Method::POST,
            "/api/v1/operator/clock/advance",
            None,
            Some(&json!({})),
        )
        .await,
        422,
        "validation_failed",
    )
    .await;
    let c1 = advance(&s, 3, 2).await;
    assert_eq!(
        c1["offset_seconds"].as_i64().unwrap() - c0["offset_seconds"].as_i64().unwrap(),
        3 * DAY + 7200
    );
    let dir = std::mem::replace(&mut s.dir, tempfile::tempdir().unwrap());
    drop(s);
    let mut cfg = common::config(dir.path());
    cfg.demo = true;
    let s = common::start_config(dir, cfg).await;
    let c2 = s.json("/api/v1/operator/clock").await;
    assert_eq!(c2["offset_seconds"], c1["offset_seconds"]);
    assert!(unix(&c2["now"]) >= unix(&c1["now"]));

    let plain = common::start().await;
    for (m, path) in [
        (Method::GET, "/api/v1/operator/clock"),
        (Method::POST, "/api/v1/operator/clock/advance"),
        (Method::POST, "/api/v1/operator/orders/1/ship"),
        (Method::POST, "/api/v1/operator/orders/1/deliver"),
    ] {
        let res = send(&plain, m, path, None, Some(&json!({"days": 1}))).await;
        plain.problem(res, 404, "route_not_found").await;
    }
}

async fn sku_stock(s: &Server, p: (i64, i64, i64)) -> i64 {
    let d = s.json(&format!("/api/v1/products/{}", p.0)).await;
    d["skus"]
        .as_array()
        .unwrap()
        .iter()
        .find(|k| k["id"] == p.1)
        .unwrap()["stock"]
        .as_i64()
        .unwrap()
}

/// Checks out `quantity` pieces with a wallet and declines on the provider page: (order id,
/// payment id).
async fn declined_wallet_order(
    s: &Server,
    cookie: &str,
    address: i64,
    p: (i64, i64, i64),
    quantity: i64,
    key: &str,
) -> (i64, String) {
    let q = ok_json(
        send(
            s,
            Method::PUT,
            "/api/v1/cart",
            Some(cookie),
            Some(&json!({"lines": [{"product_id": p.0, "sku_id": p.1, "quantity": quantity}], "coupons": []})),
        )
        .await,
        200,
    )
    .await;
    let res = s
        .client
        .post(format!("{}/api/v1/checkout", s.base))
        .header("cookie", cookie)
        .header("idempotency-key", key)
        .json(&json!({
            "address_id": address,
            "payment": {"method": "qiwi"},
            "expected_total": q["summary"]["grand_total"],
            "charge_currency": "RUB",
        }))
        .send()
        .await
        .unwrap();
    let pay = ok_json(res, 201).await;
    assert_eq!(pay["status"], "requires_action");
    let payment = pay["payment_id"].as_str().unwrap().to_string();
    provider(s, &payment, "decline").await;
    (pay["orders"][0]["id"].as_i64().unwrap(), payment)
}

/// Presses Confirm or Decline on the test provider's page.
async fn provider(s: &Server, payment: &str, button: &str) {
    let no_redirects = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let res = no_redirects
        .post(format!(
            "{}/api/v1/test-provider/payments/{payment}/{button}",
            s.base
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
}

async fn pay_again(
    s: &Server,
    cookie: &str,
    id: i64,
    etag: Option<&str>,
    key: Option<&str>,
    body: &Value,
) -> reqwest::Response {
    let mut req = s
        .client
        .post(format!("{}/api/v1/orders/{id}/pay-again", s.base))
        .header("cookie", cookie)
        .json(body);
    if let Some(e) = etag {
        req = req.header("if-match", e);
    }
    if let Some(k) = key {
        req = req.header("idempotency-key", k);
    }
    req.send().await.expect("pay again")
}

fn by_card(number: &str, currency: &str) -> Value {
    json!({"payment": {"method": "card", "card": {
        "number": number, "exp_month": 12, "exp_year": 2099, "cvc": "123", "holder": "JOHN SMITH"
    }}, "charge_currency": currency})
}

#[tokio::test]
async fn a_declined_wallet_payment_can_be_paid_again_with_another_method_within_a_day() {
    let s = demo().await;
    let (alice, addr) = buyer(&s, "alice@example.com", "US").await;
    let p = pick(&s, "US", 0).await;
    let before = sku_stock(&s, p).await;
    let (id, first_payment) = declined_wallet_order(&s, &alice, addr, p, 2, "w1").await;

    // Declined on the provider page: cancelled, stock back, payable again for 24 hours.
    let (o, etag) = order(&s, &alice, id).await;
    assert_eq!(o["state"], "cancelled");
    assert_eq!(o["hold"]["state"], "voided");
    assert_eq!(actions(&o), ["pay_again"]);
    assert_eq!(kinds(&o), ["placed", "cancelled"]);
    assert_eq!(
        unix(&o["pay_again_until"]) - unix(&o["cancelled_at"]),
        24 * 3600
    );
    assert_eq!(sku_stock(&s, p).await, before);
    let total = o["total"]["amount"].as_i64().unwrap();

    // Refusals change nothing.
    let ok = by_card(OK_CARD, "RUB");
    s.problem(
        pay_again(&s, &alice, id, Some(&etag), None, &ok).await,
        400,
        "idempotency_key_required",
    )
    .await;
    s.problem(
        pay_again(&s, &alice, id, None, Some("k0"), &ok).await,
        428,
        "precondition_required",
    )
    .await;
    let stale = format!("\"{id}-0\"");
    let pr = s
        .problem(
            pay_again(&s, &alice, id, Some(&stale), Some("k0"), &ok).await,
            412,
            "precondition_failed",
        )
        .await;
    assert_eq!(pr["order"]["state"], "cancelled");
    let wallet_in_usd = json!({"payment": {"method": "qiwi"}, "charge_currency": "USD"});
    let pr = s
        .problem(
            pay_again(&s, &alice, id, Some(&etag), Some("k0"), &wallet_in_usd).await,
            422,
            "validation_failed",
        )
        .await;
    assert_eq!(pr["errors"][0]["field"], "charge_currency");
    let pr = s
        .problem(
            pay_again(
                &s,
                &alice,
                id,
                Some(&etag),
                Some("k1"),
                &by_card("4000 0000 0000 0002", "RUB"),
            )
            .await,
            402,
            "payment_declined",
        )
        .await;
    assert_eq!(pr["decline_reason"], "card_declined");
    let (o, same) = order(&s, &alice, id).await;
    assert_eq!(
        (o["state"].as_str(), same.as_str()),
        (Some("cancelled"), etag.as_str())
    );
    assert_eq!(actions(&o), ["pay_again"]);
    assert_eq!(sku_stock(&s, p).await, before);
    let (bob, _) = buyer(&s, "bob@example.com", "US").await;
    s.problem(
        pay_again(&s, &bob, id, Some(&etag), Some("k2"), &ok).await,
        404,
        "order_not_found",
    )
    .await;

    // Paid by card in roubles: held like any paid order, the stock taken again.
    let res = pay_again(&s, &alice, id, Some(&etag), Some("k2"), &ok).await;
    let pay = ok_json(res, 201).await;
    assert_eq!(pay["status"], "succeeded");
    assert_eq!(pay["charge"]["currency"], "RUB");
    assert_eq!(pay["charge"]["amount"], (total * 925 + 5) / 10);
    assert_eq!(pay["total"]["amount"], total);
    assert_eq!(pay["orders"][0]["id"], id);
    assert_eq!(pay["orders"][0]["state"], "paid_held");
    assert_ne!(pay["payment_id"], first_payment.as_str());
    let replay = pay_again(&s, &alice, id, Some(&etag), Some("k2"), &ok).await;
    assert_eq!(replay.status(), 201);
    assert_eq!(header(&replay, "idempotent-replayed"), "true");
    assert_eq!(
        replay.json::<Value>().await.unwrap(),
        pay,
        "the same answer"
    );
    s.problem(
        pay_again(
            &s,
            &alice,
            id,
            Some(&etag),
            Some("k2"),
            &by_card(OK_CARD, "EUR"),
        )
        .await,
        422,
        "idempotency_key_reused",
    )
    .await;
    let (o, etag) = order(&s, &alice, id).await;
    assert_eq!(o["state"], "paid_held");
    assert_eq!(o["hold"]["state"], "held");
    assert_eq!(o["hold"]["amount"]["amount"], total);
    assert_eq!(o["payment_id"], pay["payment_id"]);
    assert_eq!(actions(&o), ["cancel"]);
    assert!(o.get("pay_again_until").is_none());
    assert_eq!(kinds(&o), ["placed", "cancelled", "paid_held"]);
    assert_ledger_adds_up(&o);
    assert_eq!(sku_stock(&s, p).await, before - 2);
    let cart = ok_json(
        send(&s, Method::GET, "/api/v1/cart", Some(&alice), None).await,
        200,
    )
    .await;
    assert_eq!(cart["request"]["lines"].as_array().unwrap().len(), 0);
    s.problem(
        pay_again(&s, &alice, id, Some(&etag), Some("k3"), &ok).await,
        409,
        "illegal_transition",
    )
    .await;

    // Another wallet goes through the provider page again; declined there, the window starts
    // again, and after it has passed the order can no longer be paid.
    let (id, _) = declined_wallet_order(&s, &alice, addr, p, 1, "w2").await;
    let (_, etag) = order(&s, &alice, id).await;
    let webmoney = json!({"payment": {"method": "webmoney"}, "charge_currency": "USD"});
    let pay = ok_json(
        pay_again(&s, &alice, id, Some(&etag), Some("k4"), &webmoney).await,
        201,
    )
    .await;
    assert_eq!(pay["status"], "requires_action");
    assert_eq!(pay["orders"][0]["state"], "pending_payment");
    assert_eq!(sku_stock(&s, p).await, before - 3, "reserved while pending");
    provider(&s, pay["payment_id"].as_str().unwrap(), "decline").await;
    let (o, _) = order(&s, &alice, id).await;
    assert_eq!(actions(&o), ["pay_again"]);
    assert_eq!(sku_stock(&s, p).await, before - 2);
    advance(&s, 1, 1).await;
    let (o, etag) = order(&s, &alice, id).await;
    assert_eq!(o["state"], "cancelled");
    assert!(actions(&o).is_empty());
    assert!(o.get("pay_again_until").is_none());
    s.problem(
        pay_again(&s, &alice, id, Some(&etag), Some("k5"), &ok).await,
        409,
        "illegal_transition",
    )
    .await;
}
