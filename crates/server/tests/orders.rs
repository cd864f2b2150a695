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
