//! Disputes over real HTTP with a real SQLite file and real multipart uploads: opening with
//! photo evidence (EXIF/GPS dropped), validation, privacy, idempotency, the state machine,
//! timers of the simulated clock, simulated seller and arbitration, and the hold ledger.

mod common;

use common::images::*;
use common::orders::*;
use common::{header, Server};
use reqwest::multipart::{Form, Part};
use reqwest::Method;
use serde_json::{json, Value};

const DESC: &str = "The colour is wrong and the seams came apart on the first day.";

/// A buyer with a delivered order: (cookie, order id).
async fn delivered(s: &Server, email: &str, nth: usize) -> (String, i64) {
    let (cookie, addr) = buyer(s, email, "US").await;
    let id = place(
        s,
        &cookie,
        addr,
        pick(s, "US", nth).await,
        &format!("k-{email}"),
    )
    .await;
    for step in ["ship", "deliver"] {
        let res = send(
            s,
            Method::POST,
            &format!("/api/v1/operator/orders/{id}/{step}"),
            None,
            None,
        )
        .await;
        assert_eq!(res.status(), 200);
    }
    (cookie, id)
}

fn jpeg_file(data: Vec<u8>) -> (&'static str, &'static str, Vec<u8>) {
    ("IMG_0001.JPG", "image/jpeg", data)
}

/// POST /orders/{id}/disputes with the fields, the files (as `photos[]`) and headers.
async fn open_raw(
    s: &Server,
    cookie: &str,
    order_id: i64,
    etag: Option<&str>,
    key: Option<&str>,
    fields: &[(&str, &str)],
    files: &[(&str, &str, Vec<u8>)],
) -> reqwest::Response {
    let mut form = Form::new();
    for (k, v) in fields {
        form = form.text(k.to_string(), v.to_string());
    }
    for (name, mime, data) in files {
        form = form.part(
            "photos[]",
            Part::bytes(data.clone())
                .file_name(name.to_string())
                .mime_str(mime)
                .unwrap(),
        );
    }
    let mut req = s
        .client
        .post(format!("{}/api/v1/orders/{order_id}/disputes", s.base))
        .header("cookie", cookie)
        .multipart(form);
    if let Some(e) = etag {
        req = req.header("if-match", e);
    }
    if let Some(k) = key {
        req = req.header("idempotency-key", k);
    }
    req.send().await.expect("open dispute")
}

fn fields<'a>(reason: &'a str, outcome: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("line_id", "1"),
        ("received", "true"),
        ("reason", reason),
        ("outcome", outcome),
        ("description", DESC),
    ]
}

/// Opens a dispute on line 1 of the order; answers the dispute.
async fn open(
    s: &Server,
    cookie: &str,
    order_id: i64,
    reason: &str,
    outcome: &str,
    files: &[(&str, &str, Vec<u8>)],
) -> Value {
    let (_, etag) = order(s, cookie, order_id).await;
    let res = open_raw(
        s,
        cookie,
        order_id,
        Some(&etag),
        Some(&format!("open-{order_id}-{reason}")),
        &fields(reason, outcome),
        files,
    )
    .await;
    let etag = header(&res, "etag");
    let d = ok_json(res, 201).await;
    assert_eq!(etag, format!("\"d{}-{}\"", d["id"], d["version"]));
    d
}

async fn dispute(s: &Server, cookie: &str, id: i64) -> (Value, String) {
    let res = send(
        s,
        Method::GET,
        &format!("/api/v1/disputes/{id}"),
        Some(cookie),
        None,
    )
    .await;
    let etag = header(&res, "etag");
    (ok_json(res, 200).await, etag)
}

async fn dact(
    s: &Server,
    cookie: &str,
    id: i64,
    action: &str,
    etag: &str,
    body: Option<Value>,
) -> reqwest::Response {
    s.client
        .post(format!("{}/api/v1/disputes/{id}/{action}", s.base))
        .header("cookie", cookie)
        .header("content-type", "application/json")
        .header("if-match", etag)
        .body(body.unwrap_or(json!({})).to_string())
        .send()
        .await
        .expect("dispute action")
}

async fn operator(s: &Server, id: i64, what: &str, body: Value) -> Value {
    ok_json(
        send(
            s,
            Method::POST,
            &format!("/api/v1/operator/disputes/{id}/{what}"),
            None,
            Some(&body),
        )
        .await,
        200,
    )
    .await
}

fn strs(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|a| a.as_str().unwrap().to_string())
        .collect()
}

fn dkinds(d: &Value) -> Vec<String> {
    d["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["kind"].as_str().unwrap().to_string())
        .collect()
}

fn codes(p: &Value) -> Vec<(String, String)> {
    p["errors"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|e| {
                    (
                        e["field"].as_str().unwrap().to_string(),
                        e["code"].as_str().unwrap().to_string(),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

#[tokio::test]
async fn opening_with_photos_freezes_the_hold_drops_exif_and_keeps_files_private() {
    let s = demo().await;
    let (alice, id) = delivered(&s, "alice@example.com", 0).await;
    let (o, _) = order(&s, &alice, id).await;
    assert!(actions(&o).contains(&"open_dispute".to_string()));
    let held = o["hold"]["held"]["amount"].as_i64().unwrap();

    let original = with_exif(&jpeg(64, 48));
    assert!(contains(&original, b"SECRET-HOME-ADDRESS"));
    let files = [
        jpeg_file(original.clone()),
        ("b.png", "image/png", png(20, 10)),
    ];
    let (_, etag) = order(&s, &alice, id).await;
    let f = fields("not_as_described", "full_refund");
    let res = open_raw(&s, &alice, id, Some(&etag), Some("key-1"), &f, &files).await;
    let d = ok_json(res, 201).await;
    let did = d["id"].as_i64().unwrap();
    assert_eq!(d["state"], "awaiting_seller");
    assert_eq!(d["banner"], "waiting_for_seller");
    assert_eq!(d["reason"], "not_as_described");
    assert_eq!(d["wanted_outcome"], "full_refund");
    assert_eq!(d["refundable"]["amount"].as_i64().unwrap(), held);
    assert_eq!(d["listing_photos_source"], "snapshot");
    assert!(!d["listing_photos"].as_array().unwrap().is_empty());
    assert_eq!(d["evidence"].as_array().unwrap().len(), 2);
    assert_eq!(d["evidence"][0]["content_type"], "image/jpeg");
    assert_eq!(d["deadlines"][0]["kind"], "seller_reply");
    assert_eq!(d["deadlines"][0]["effect"], "accept_buyer_proposal");
    assert_eq!(strs(&d["allowed_actions"]), ["cancel", "message"]);
    assert_eq!(dkinds(&d), ["opened"]);
    assert_eq!(d["timeline"][0]["actor"], "buyer");

    // The same key and fields again: the same dispute, not a second one.
    let res = open_raw(&s, &alice, id, Some(&etag), Some("key-1"), &f, &files).await;
    assert_eq!(header(&res, "idempotent-replayed"), "true");
    assert_eq!(
        header(&res, "etag"),
        format!("\"d{}-{}\"", d["id"], d["version"])
    );
    let again = ok_json(res, 200).await;
    assert_eq!(again["id"], d["id"]);
    let list = ok_json(
        send(&s, Method::GET, "/api/v1/disputes", Some(&alice), None).await,
        200,
    )
    .await;
    assert_eq!(list["items"].as_array().unwrap().len(), 1);
    assert_eq!(list["items"][0]["banner"], "waiting_for_seller");

    // The order: frozen, no confirm_receipt, the dispute id on its line.
    let (o, etag) = order(&s, &alice, id).await;
    assert_eq!(o["hold"]["state"], "frozen");
    assert!(o["dispute_open"].as_bool().unwrap());
    assert!(!actions(&o).contains(&"confirm_receipt".to_string()));
    assert!(o.get("deadline").is_none());
    assert_eq!(o["lines"][0]["disputes"], json!([did]));
    assert!(kinds(&o).contains(&"dispute_opened".to_string()));
    assert_eq!(ledger_sum(&o, "freeze"), held);
    let res = act(&s, &alice, id, "confirm-receipt", Some(&etag), None).await;
    assert_eq!(res.status(), 409);
    // A second dispute on the order (another key) is refused.
    let res = open_raw(&s, &alice, id, Some(&etag), Some("key-2"), &f, &files).await;
    let p = ok_json(res, 409).await;
    assert_eq!(p["code"], "dispute_already_open");

    // The stored JPEG is re-encoded without EXIF/GPS; the owner can read it back.
    let stored = std::fs::read(
        s.dir
            .path()
            .join("data/uploads/disputes")
            .join(did.to_string())
            .join("0.jpg"),
    )
    .expect("stored evidence");
    assert!(!contains(&stored, b"Exif") && !contains(&stored, b"SECRET-HOME-ADDRESS"));
    let url = d["evidence"][0]["url"].as_str().unwrap();
    let res = send(&s, Method::GET, url, Some(&alice), None).await;
    assert_eq!(res.status(), 200);
    assert_eq!(header(&res, "content-type"), "image/jpeg");
    let served = res.bytes().await.unwrap();
    assert_eq!(served.as_ref(), stored.as_slice());

    // Another buyer sees neither the dispute nor its files.
    let (bob, _) = buyer(&s, "bob@example.com", "US").await;
    for path in [format!("/api/v1/disputes/{did}"), url.to_string()] {
        let res = send(&s, Method::GET, &path, Some(&bob), None).await;
        let p = ok_json(res, 404).await;
        assert_eq!(p["code"], "dispute_not_found");
    }
    let res = send(&s, Method::GET, &format!("{url}x"), Some(&alice), None).await;
    assert_eq!(res.status(), 404);
    let (_, detag) = dispute(&s, &alice, did).await;
    let res = dact(&s, &bob, did, "cancel", &detag, None).await;
    assert_eq!(res.status(), 404);
}

#[tokio::test]
async fn opening_is_validated_per_field() {
    let s = demo().await;
    let (alice, id) = delivered(&s, "alice@example.com", 0).await;
    let (_, etag) = order(&s, &alice, id).await;
    let e = Some(etag.as_str());

    // Photos required for not_as_described / damaged / counterfeit.
    let res = open_raw(
        &s,
        &alice,
        id,
        e,
        Some("v1"),
        &fields("damaged", "full_refund"),
        &[],
    )
    .await;
    let p = ok_json(res, 422).await;
    assert_eq!(p["code"], "validation_failed");
    assert_eq!(codes(&p), [("photos".into(), "photos_required".into())]);

    // Not an image by its bytes → 415 with a field error.
    let fake = [("x.jpg", "image/jpeg", b"GIF89a not really".to_vec())];
    let res = open_raw(
        &s,
        &alice,
        id,
        e,
        Some("v2"),
        &fields("poor_quality", "full_refund"),
        &fake,
    )
    .await;
    let p = ok_json(res, 415).await;
    assert_eq!(p["code"], "unsupported_media_type");
    assert_eq!(
        codes(&p),
        [("photos[0]".into(), "unsupported_media_type".into())]
    );

    // Too many files.
    let many: Vec<_> = (0..11).map(|_| ("p.png", "image/png", png(4, 4))).collect();
    let res = open_raw(
        &s,
        &alice,
        id,
        e,
        Some("v3"),
        &fields("poor_quality", "full_refund"),
        &many,
    )
    .await;
    let p = ok_json(res, 422).await;
    assert!(
        codes(&p).contains(&("photos".into(), "too_many_files".into())),
        "{p}"
    );

    // Missing and wrong fields, all at once.
    let bad = [
        ("line_id", "x"),
        ("received", "false"),
        ("reason", "poor_quality"),
        ("outcome", "partial_refund"),
        ("description", "too short"),
    ];
    let res = open_raw(&s, &alice, id, e, Some("v4"), &bad, &[]).await;
    let p = ok_json(res, 422).await;
    let c = codes(&p);
    for want in [
        ("line_id", "malformed"),
        ("reason", "unknown_value"),
        ("amount", "required"),
        ("description", "too_short"),
    ] {
        assert!(
            c.contains(&(want.0.into(), want.1.into())),
            "{want:?} in {c:?}"
        );
    }

    // A partial refund must be below the refundable sum.
    let mut f = fields("poor_quality", "partial_refund");
    f.push(("amount", "99999999"));
    let res = open_raw(&s, &alice, id, e, Some("v5"), &f, &[]).await;
    let p = ok_json(res, 422).await;
    assert_eq!(codes(&p), [("amount".into(), "out_of_range".into())]);

    // Headers: the key and If-Match are required.
    let f = fields("poor_quality", "full_refund");
    let res = open_raw(&s, &alice, id, e, None, &f, &[]).await;
    assert_eq!(ok_json(res, 400).await["code"], "idempotency_key_required");
    let res = open_raw(&s, &alice, id, None, Some("v6"), &f, &[]).await;
    assert_eq!(ok_json(res, 428).await["code"], "precondition_required");
    let res = open_raw(&s, &alice, id, Some("\"1-0\""), Some("v7"), &f, &[]).await;
    assert_eq!(ok_json(res, 412).await["code"], "precondition_failed");

    // Nothing was opened by any of these.
    let (o, _) = order(&s, &alice, id).await;
    assert_eq!(o["hold"]["state"], "held");
}

#[tokio::test]
async fn seller_silence_accepts_the_buyers_proposal_and_refunds() {
    let s = demo().await;
    let (alice, id) = delivered(&s, "alice@example.com", 0).await;
    let d = open(
        &s,
        &alice,
        id,
        "damaged",
        "full_refund",
        &[jpeg_file(jpeg(16, 16))],
    )
    .await;
    let did = d["id"].as_i64().unwrap();
    advance(&s, 4, 0).await;
    let (d, _) = dispute(&s, &alice, did).await;
    assert_eq!(d["state"], "awaiting_seller");
    advance(&s, 1, 1).await;
    let (d, _) = dispute(&s, &alice, did).await;
    assert_eq!(d["state"], "resolved", "{d}");
    assert_eq!(d["resolution"]["outcome"], "full_refund");
    assert_eq!(d["resolution"]["by"], "system");
    assert_eq!(d["resolution"]["rationale"], "seller_silent");
    assert!(d.get("banner").is_none());
    assert!(dkinds(&d).contains(&"auto_accepted".to_string()));
    let (o, _) = order(&s, &alice, id).await;
    assert_eq!(o["hold"]["state"], "refunded");
    assert_eq!(o["state"], "cancelled");
    assert!(!o["dispute_open"].as_bool().unwrap());
    assert_ledger_adds_up(&o);
}

#[tokio::test]
async fn counter_and_accept_a_partial_refund_splits_the_hold() {
    let s = demo().await;
    let (alice, id) = delivered(&s, "alice@example.com", 0).await;
    let d = open(&s, &alice, id, "poor_quality", "full_refund", &[]).await;
    let did = d["id"].as_i64().unwrap();
    let refundable = d["refundable"]["amount"].as_i64().unwrap();
    let (_, stale) = dispute(&s, &alice, did).await;

    // Illegal before the seller answered: accept / counter / escalate.
    for a in ["accept", "counter", "escalate"] {
        let body = json!({"outcome": "full_refund"});
        let res = dact(&s, &alice, did, a, &stale, Some(body)).await;
        let p = ok_json(res, 409).await;
        assert_eq!(p["code"], "illegal_transition");
        assert_eq!(p["dispute"]["id"], did);
    }

    let d = operator(
        &s,
        did,
        "seller-reply",
        json!({"action": "propose", "outcome": "partial_refund", "amount": refundable / 10}),
    )
    .await;
    assert_eq!(d["state"], "negotiating");
    assert_eq!(d["banner"], "your_action_needed");
    assert_eq!(d["current_proposal"]["by"], "seller");
    assert!(strs(&d["allowed_actions"]).contains(&"accept".to_string()));
    assert!(!strs(&d["allowed_actions"]).contains(&"escalate".to_string()));

    // A stale ETag is refused.
    let res = dact(&s, &alice, did, "accept", &stale, None).await;
    let p = ok_json(res, 412).await;
    assert_eq!(p["code"], "precondition_failed");
    assert_eq!(p["dispute"]["version"], d["version"]);

    let (_, etag) = dispute(&s, &alice, did).await;
    let bad = json!({"outcome": "partial_refund", "amount": refundable, "message": ""});
    let res = dact(&s, &alice, did, "counter", &etag, Some(bad)).await;
    assert_eq!(
        codes(&ok_json(res, 422).await),
        [("amount".into(), "out_of_range".into())]
    );
    let body =
        json!({"outcome": "partial_refund", "amount": refundable / 2, "message": "Half, please"});
    let d = ok_json(
        dact(&s, &alice, did, "counter", &etag, Some(body)).await,
        200,
    )
    .await;
    assert_eq!(d["banner"], "waiting_for_seller");
    assert_eq!(d["current_proposal"]["by"], "buyer");
    let (_, etag) = dispute(&s, &alice, did).await;
    let d = ok_json(
        dact(
            &s,
            &alice,
            did,
            "messages",
            &etag,
            Some(json!({"text": "Photos attached earlier."})),
        )
        .await,
        200,
    )
    .await;
    assert!(dkinds(&d).contains(&"message".to_string()));

    let amount = refundable * 3 / 10;
    operator(
        &s,
        did,
        "seller-reply",
        json!({"action": "propose", "outcome": "partial_refund", "amount": amount}),
    )
    .await;
    let (_, etag) = dispute(&s, &alice, did).await;
    let d = ok_json(dact(&s, &alice, did, "accept", &etag, None).await, 200).await;
    assert_eq!(d["state"], "resolved");
    assert_eq!(d["resolution"]["outcome"], "partial_refund");
    assert_eq!(d["resolution"]["amount"]["amount"], amount);
    assert_eq!(d["proposals"].as_array().unwrap().len(), 4);
    let (o, _) = order(&s, &alice, id).await;
    assert_eq!(o["hold"]["state"], "partially_refunded");
    assert_eq!(o["state"], "completed");
    assert_eq!(o["hold"]["refunded"]["amount"], amount);
    assert_eq!(
        o["hold"]["released"]["amount"].as_i64().unwrap() + amount,
        o["hold"]["amount"]["amount"].as_i64().unwrap()
    );
    assert_ledger_adds_up(&o);
    // Nothing more to do on a resolved dispute.
    let (_, etag) = dispute(&s, &alice, did).await;
    assert_eq!(
        dact(&s, &alice, did, "cancel", &etag, None).await.status(),
        409
    );
}

#[tokio::test]
async fn rejected_claims_escalate_and_arbitration_decides() {
    let s = demo().await;
    // Simulated arbitration: counterfeit with photos → full refund.
    let (alice, id) = delivered(&s, "alice@example.com", 0).await;
    let d = open(
        &s,
        &alice,
        id,
        "counterfeit",
        "full_refund",
        &[jpeg_file(jpeg(16, 16))],
    )
    .await;
    let did = d["id"].as_i64().unwrap();
    // The simulated seller rejects counterfeit claims after a day.
    advance(&s, 1, 1).await;
    let (d, etag) = dispute(&s, &alice, did).await;
    assert_eq!(d["state"], "negotiating", "{d}");
    assert!(dkinds(&d).contains(&"rejected".to_string()));
    assert!(strs(&d["allowed_actions"]).contains(&"escalate".to_string()));
    let d = ok_json(dact(&s, &alice, did, "escalate", &etag, None).await, 200).await;
    assert_eq!(d["state"], "escalated");
    assert_eq!(d["banner"], "under_review");
    // Under review, the dispute says when the decision comes (issue 19 #9)…
    let decision = d["deadlines"][0].clone();
    assert_eq!(decision["kind"], "decision", "{d}");
    assert_eq!(decision["effect"], "platform_decides");
    let list = ok_json(
        send(&s, Method::GET, "/api/v1/disputes", Some(&alice), None).await,
        200,
    )
    .await;
    assert_eq!(list["items"][0]["deadline"], decision, "{list}");
    advance(&s, 2, 1).await;
    let (d, _) = dispute(&s, &alice, did).await;
    assert_eq!(d["state"], "resolved", "{d}");
    // … and it comes then.
    assert_eq!(d["resolution"]["at"], decision["at"]);
    assert_eq!(d["resolution"]["by"], "platform");
    assert_eq!(d["resolution"]["outcome"], "full_refund");
    assert_eq!(d["resolution"]["rationale"], "evidence_supports_claim");
    let (o, _) = order(&s, &alice, id).await;
    assert_eq!(o["hold"]["state"], "refunded");
    assert_ledger_adds_up(&o);

    // The operator decides another case now.
    let (bob, id2) = delivered(&s, "bob@example.com", 1).await;
    let d = open(&s, &bob, id2, "doesnt_work", "full_refund", &[]).await;
    let did = d["id"].as_i64().unwrap();
    operator(&s, did, "seller-reply", json!({"action": "reject"})).await;
    let (_, etag) = dispute(&s, &bob, did).await;
    ok_json(dact(&s, &bob, did, "escalate", &etag, None).await, 200).await;
    let half = d["refundable"]["amount"].as_i64().unwrap() / 2;
    let d = operator(
        &s,
        did,
        "arbitrate",
        json!({"outcome": "partial_refund", "amount": half}),
    )
    .await;
    assert_eq!(d["resolution"]["outcome"], "partial_refund");
    let (o, _) = order(&s, &bob, id2).await;
    assert_eq!(o["hold"]["state"], "partially_refunded");
    assert_eq!(o["hold"]["refunded"]["amount"], half);
    assert_ledger_adds_up(&o);
}

#[tokio::test]
async fn a_return_is_shipped_received_and_refunded() {
    let s = demo().await;
    let (alice, id) = delivered(&s, "alice@example.com", 0).await;
    let d = open(&s, &alice, id, "doesnt_work", "return_and_refund", &[]).await;
    let did = d["id"].as_i64().unwrap();
    operator(&s, did, "seller-reply", json!({"action": "accept"})).await;
    let (d, etag) = dispute(&s, &alice, did).await;
    assert_eq!(d["state"], "resolved");
    assert_eq!(d["resolution"]["outcome"], "return_and_refund");
    assert_eq!(d["banner"], "your_action_needed");
    assert_eq!(strs(&d["allowed_actions"]), ["ship_return", "message"]);
    assert_eq!(d["deadlines"][0]["kind"], "return_shipment");
    assert_eq!(d["deadlines"][0]["effect"], "close_in_sellers_favour");
    let (o, _) = order(&s, &alice, id).await;
    assert_eq!(o["hold"]["state"], "frozen");

    let bad = json!({"carrier": "", "tracking_number": "1"});
    let res = dact(&s, &alice, did, "return-shipment", &etag, Some(bad)).await;
    assert_eq!(
        ok_json(res, 422).await["errors"].as_array().unwrap().len(),
        2
    );
    let body = json!({"carrier": "USPS", "tracking_number": "9400 1000 0000"});
    let d = ok_json(
        dact(&s, &alice, did, "return-shipment", &etag, Some(body)).await,
        200,
    )
    .await;
    assert_eq!(d["return_shipment"]["carrier"], "USPS");
    assert_eq!(d["deadlines"][0]["kind"], "return_receipt");
    advance(&s, 5, 1).await;
    let (d, _) = dispute(&s, &alice, did).await;
    assert!(d["return_shipment"]["received_at"].is_string(), "{d}");
    assert!(d["closed_at"].is_string());
    let (o, _) = order(&s, &alice, id).await;
    assert_eq!(o["hold"]["state"], "refunded");
    assert_ledger_adds_up(&o);
}

#[tokio::test]
async fn cancelling_a_dispute_unfreezes_the_hold_and_timers_resume() {
    let s = demo().await;
    let (alice, id) = delivered(&s, "alice@example.com", 0).await;
    let (o, _) = order(&s, &alice, id).await;
    let before = unix(&o["deadline"]["at"]);
    let d = open(&s, &alice, id, "short_quantity", "full_refund", &[]).await;
    let did = d["id"].as_i64().unwrap();
    advance(&s, 3, 0).await;
    let (d, etag) = dispute(&s, &alice, did).await;
    let d2 = ok_json(dact(&s, &alice, did, "cancel", &etag, None).await, 200).await;
    assert_eq!(d2["state"], "cancelled");
    assert!(d2.get("banner").is_none());
    assert_eq!(strs(&d2["allowed_actions"]), Vec::<String>::new());
    let (o, _) = order(&s, &alice, id).await;
    assert_eq!(o["hold"]["state"], "held");
    assert!(!o["dispute_open"].as_bool().unwrap());
    assert!(actions(&o).contains(&"confirm_receipt".to_string()));
    assert!(actions(&o).contains(&"open_dispute".to_string()));
    // The paused time is added to the deadline.
    let after = unix(&o["deadline"]["at"]);
    let paused = unix(&d2["closed_at"]) - unix(&d["opened_at"]);
    assert!(paused >= 3 * DAY, "{paused}");
    assert_eq!(after, before + paused);
    assert!(kinds(&o).contains(&"dispute_closed".to_string()));
    assert_ledger_adds_up(&o);
    // Cancelled is final.
    assert_eq!(
        dact(&s, &alice, did, "cancel", &d2_etag(&d2), None)
            .await
            .status(),
        409
    );
}

fn d2_etag(d: &Value) -> String {
    format!("\"d{}-{}\"", d["id"], d["version"])
}

#[tokio::test]
async fn a_resend_keeps_the_hold_frozen_until_redelivered_and_an_unshipped_return_expires() {
    let s = demo().await;
    // The simulated seller offers a free resend for a wrong size after a day.
    let (alice, id) = delivered(&s, "alice@example.com", 0).await;
    let d = open(
        &s,
        &alice,
        id,
        "wrong_size_colour_material",
        "full_refund",
        &[],
    )
    .await;
    let did = d["id"].as_i64().unwrap();
    advance(&s, 1, 1).await;
    let (d, etag) = dispute(&s, &alice, did).await;
    assert_eq!(d["current_proposal"]["outcome"], "resend", "{d}");
    assert_eq!(d["current_proposal"]["by"], "seller");
    let d = ok_json(dact(&s, &alice, did, "accept", &etag, None).await, 200).await;
    assert_eq!(d["resolution"]["outcome"], "resend");
    assert_eq!(d["deadlines"][0]["kind"], "redelivery");
    let (o, _) = order(&s, &alice, id).await;
    assert_eq!(o["hold"]["state"], "frozen");
    advance(&s, 10, 1).await;
    let (d, _) = dispute(&s, &alice, did).await;
    assert!(d["closed_at"].is_string(), "{d}");
    assert!(dkinds(&d).contains(&"redelivered".to_string()));
    let (o, _) = order(&s, &alice, id).await;
    assert_eq!(o["state"], "delivered");
    assert_eq!(o["hold"]["state"], "held");
    assert_eq!(o["deadline"]["kind"], "auto_confirm");
    assert!(actions(&o).contains(&"confirm_receipt".to_string()));
    assert_ledger_adds_up(&o);

    // A return never shipped closes the dispute in the seller's favour.
    let (bob, id2) = delivered(&s, "bob@example.com", 1).await;
    let d = open(&s, &bob, id2, "short_quantity", "return_and_refund", &[]).await;
    let did = d["id"].as_i64().unwrap();
    operator(&s, did, "seller-reply", json!({"action": "accept"})).await;
    advance(&s, 10, 1).await;
    let (d, etag) = dispute(&s, &bob, did).await;
    assert_eq!(d["resolution"]["outcome"], "no_refund", "{d}");
    assert_eq!(d["resolution"]["rationale"], "return_not_shipped");
    assert!(dkinds(&d).contains(&"return_expired".to_string()));
    let body = json!({"carrier": "USPS", "tracking_number": "9400 1000"});
    let res = dact(&s, &bob, did, "return-shipment", &etag, Some(body)).await;
    assert_eq!(res.status(), 409);
    let (o, _) = order(&s, &bob, id2).await;
    assert_eq!(o["hold"]["state"], "released");
    assert_eq!(o["state"], "completed");
    assert_ledger_adds_up(&o);
}

fn refs(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                match (k.as_str(), x.as_str()) {
                    ("$ref", Some(r)) => out.push(r.to_string()),
                    _ => refs(x, out),
                }
            }
        }
        Value::Array(a) => a.iter().for_each(|x| refs(x, out)),
        _ => {}
    }
}

#[tokio::test]
async fn the_openapi_document_describes_the_dispute_routes_and_every_schema_they_use() {
    let s = common::start().await;
    let doc = s.json("/api/v1/openapi.json").await;
    let open = &doc["paths"]["/api/v1/orders/{id}/disputes"]["post"];
    assert!(open["requestBody"]["content"]["multipart/form-data"].is_object());
    for status in [
        "201", "200", "400", "404", "409", "412", "413", "415", "422", "428",
    ] {
        assert!(open["responses"][status].is_object(), "{status}");
    }
    let schemas = &doc["components"]["schemas"];
    for name in [
        "Dispute",
        "DisputeSummary",
        "DisputeForm",
        "CounterRequest",
        "SellerReplyRequest",
    ] {
        assert!(schemas[name].is_object(), "{name}");
    }
    let mut all = Vec::new();
    refs(&doc, &mut all);
    // Shared problem responses are `$ref`s into `components.responses`.
    let dangling: Vec<&String> = all
        .iter()
        .filter(|r| match r.strip_prefix("#/components/responses/") {
            Some(name) => !doc["components"]["responses"][name].is_object(),
            None => !schemas[r.trim_start_matches("#/components/schemas/")].is_object(),
        })
        .collect();
    assert!(dangling.is_empty(), "dangling {dangling:?}");
}

#[tokio::test]
async fn the_simulated_seller_offers_30_percent_for_quality_and_takes_a_counter_of_at_most_half() {
    let s = demo().await;
    let (alice, id) = delivered(&s, "alice@example.com", 0).await;
    let d = open(&s, &alice, id, "poor_quality", "full_refund", &[]).await;
    let did = d["id"].as_i64().unwrap();
    let refundable = d["refundable"]["amount"].as_i64().unwrap();
    advance(&s, 1, 1).await;
    let (d, etag) = dispute(&s, &alice, did).await;
    assert_eq!(d["state"], "negotiating", "{d}");
    assert_eq!(d["current_proposal"]["outcome"], "partial_refund");
    assert_eq!(
        d["current_proposal"]["amount"]["amount"].as_i64().unwrap(),
        refundable * 30 / 100
    );
    assert_eq!(d["deadlines"][0]["kind"], "escalation_available");
    let half = refundable / 2;
    let body = json!({"outcome": "partial_refund", "amount": half, "message": "Half is fair."});
    ok_json(
        dact(&s, &alice, did, "counter", &etag, Some(body)).await,
        200,
    )
    .await;
    advance(&s, 1, 1).await;
    let (d, _) = dispute(&s, &alice, did).await;
    assert_eq!(d["state"], "resolved", "{d}");
    assert_eq!(d["resolution"]["by"], "seller");
    assert_eq!(d["resolution"]["amount"]["amount"], half);
    let (o, _) = order(&s, &alice, id).await;
    assert_eq!(o["hold"]["state"], "partially_refunded");
    assert_eq!(o["hold"]["refunded"]["amount"], half);
    assert_ledger_adds_up(&o);
}
