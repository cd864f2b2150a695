//! Messages with sellers and the notification inbox over real HTTP and a real SQLite file:
//! who may read a conversation, idempotent sending with photos, the simulated seller's answer on
//! the simulated clock, the notifications the order lifecycle and the clock write, and the price
//! drops of wish-listed products.

mod common;

use common::images::*;
use common::orders::*;
use common::{header, Server};
use reqwest::multipart::{Form, Part};
use reqwest::Method;
use serde_json::{json, Value};

/// Opens the conversation about `product`; answers it.
async fn start(s: &Server, cookie: &str, product: i64) -> Value {
    ok_json(
        send(
            s,
            Method::POST,
            "/api/v1/conversations",
            Some(cookie),
            Some(&json!({ "product_id": product })),
        )
        .await,
        200,
    )
    .await
}

/// POST a message (text and JPEG photos) with an optional Idempotency-Key.
async fn message(
    s: &Server,
    cookie: Option<&str>,
    conversation: i64,
    key: Option<&str>,
    text: &str,
    photos: &[Vec<u8>],
) -> reqwest::Response {
    let mut form = Form::new().text("text", text.to_string());
    for p in photos {
        form = form.part(
            "photos",
            Part::bytes(p.clone())
                .file_name("IMG_0001.JPG")
                .mime_str("image/jpeg")
                .unwrap(),
        );
    }
    let mut req = s
        .client
        .post(format!(
            "{}/api/v1/conversations/{conversation}/messages",
            s.base
        ))
        .multipart(form);
    if let Some(c) = cookie {
        req = req.header("cookie", c);
    }
    if let Some(k) = key {
        req = req.header("idempotency-key", k);
    }
    req.send().await.expect("send message")
}

async fn get(s: &Server, cookie: Option<&str>, path: &str) -> reqwest::Response {
    send(s, Method::GET, path, cookie, None).await
}

async fn counts(s: &Server, cookie: &str) -> (i64, i64) {
    let c = ok_json(get(s, Some(cookie), "/api/v1/inbox/counts").await, 200).await;
    (
        c["notifications"].as_i64().unwrap(),
        c["messages"].as_i64().unwrap(),
    )
}

async fn notifications(s: &Server, cookie: &str) -> Vec<Value> {
    let list = ok_json(get(s, Some(cookie), "/api/v1/notifications").await, 200).await;
    list["items"].as_array().unwrap().clone()
}

fn of_kind<'a>(items: &'a [Value], kind: &str) -> Vec<&'a Value> {
    items.iter().filter(|n| n["kind"] == kind).collect()
}

#[tokio::test]
async fn only_the_buyer_reads_a_conversation_and_its_photos() {
    let s = demo().await;
    let (alice, _) = buyer(&s, "alice@example.com", "US").await;
    let (bob, _) = buyer(&s, "bob@example.com", "US").await;
    let (product, _, seller) = pick(&s, "US", 0).await;
    let c = start(&s, &alice, product).await;
    let id = c["id"].as_i64().unwrap();
    assert_eq!(c["seller_id"], seller);
    assert_eq!(c["subject"]["product_id"], product);
    // Starting again from the same seller's product is the same conversation.
    assert_eq!(start(&s, &alice, product).await["id"], id);

    let photo = with_exif(&jpeg(64, 48));
    let text = "<b>Is it</b> in stock? <script>alert(1)</script>";
    let m = ok_json(
        message(&s, Some(&alice), id, Some("m-1"), text, &[photo]).await,
        201,
    )
    .await;
    // Text is stored and answered as the text sent.
    assert_eq!(m["text"], text);
    let url = m["photos"][0]["url"].as_str().unwrap().to_string();

    let mine = ok_json(
        get(&s, Some(&alice), &format!("/api/v1/conversations/{id}")).await,
        200,
    )
    .await;
    assert_eq!(mine["messages"][0]["text"], text);
    assert_eq!(mine["seller_typing"], true);
    let img = get(&s, Some(&alice), &url).await;
    assert_eq!(img.status(), 200);
    assert_eq!(header(&img, "content-type"), "image/jpeg");
    assert!(!contains(
        &img.bytes().await.unwrap(),
        b"SECRET-HOME-ADDRESS"
    ));

    // Another buyer: not found, whatever the route; their list is empty.
    for path in [format!("/api/v1/conversations/{id}"), url.clone()] {
        s.problem(
            get(&s, Some(&bob), &path).await,
            404,
            "conversation_not_found",
        )
        .await;
    }
    s.problem(
        message(&s, Some(&bob), id, Some("b-1"), "hi", &[]).await,
        404,
        "conversation_not_found",
    )
    .await;
    s.problem(
        send(
            &s,
            Method::POST,
            &format!("/api/v1/conversations/{id}/read"),
            Some(&bob),
            None,
        )
        .await,
        404,
        "conversation_not_found",
    )
    .await;
    let list = ok_json(get(&s, Some(&bob), "/api/v1/conversations").await, 200).await;
    assert_eq!(list["items"], json!([]));
    // Anonymous: signed in first.
    for path in [
        format!("/api/v1/conversations/{id}"),
        "/api/v1/conversations".to_string(),
        url,
        "/api/v1/notifications".to_string(),
        "/api/v1/inbox/counts".to_string(),
    ] {
        s.problem(get(&s, None, &path).await, 401, "unauthenticated")
            .await;
    }
    s.problem(
        message(&s, None, id, Some("a-1"), "hi", &[]).await,
        401,
        "unauthenticated",
    )
    .await;
}

#[tokio::test]
async fn sending_is_idempotent_and_checks_its_fields() {
    let s = demo().await;
    let (alice, _) = buyer(&s, "alice@example.com", "US").await;
    let (product, _, _) = pick(&s, "US", 0).await;
    let id = start(&s, &alice, product).await["id"].as_i64().unwrap();

    let first = message(&s, Some(&alice), id, Some("k-1"), "When do you ship?", &[]).await;
    let first = ok_json(first, 201).await;
    let again = message(&s, Some(&alice), id, Some("k-1"), "When do you ship?", &[]).await;
    assert_eq!(header(&again, "idempotent-replayed"), "true");
    let again = ok_json(again, 200).await;
    assert_eq!(again["id"], first["id"]);
    let c = ok_json(
        get(&s, Some(&alice), &format!("/api/v1/conversations/{id}")).await,
        200,
    )
    .await;
    assert_eq!(c["messages"].as_array().unwrap().len(), 1, "{c}");

    s.problem(
        message(&s, Some(&alice), id, Some("k-1"), "Another text", &[]).await,
        422,
        "idempotency_key_reused",
    )
    .await;
    s.problem(
        message(&s, Some(&alice), id, None, "No key", &[]).await,
        400,
        "idempotency_key_required",
    )
    .await;
    let empty = s
        .problem(
            message(&s, Some(&alice), id, Some("k-2"), "  \u{200B} ", &[]).await,
            422,
            "validation_failed",
        )
        .await;
    assert_eq!(empty["errors"][0]["field"], "text");
    let four = vec![jpeg(8, 8); 4];
    let many = s
        .problem(
            message(&s, Some(&alice), id, Some("k-3"), "photos", &four).await,
            422,
            "validation_failed",
        )
        .await;
    assert!(
        many["errors"].to_string().contains("too_many_files"),
        "{many}"
    );
    s.problem(
        message(
            &s,
            Some(&alice),
            id,
            Some("k-4"),
            "not a photo",
            &[b"GIF89a....".to_vec()],
        )
        .await,
        415,
        "unsupported_media_type",
    )
    .await;
    // A refused request does not use up its key.
    ok_json(
        message(&s, Some(&alice), id, Some("k-2"), "Now with text", &[]).await,
        201,
    )
    .await;
}

#[tokio::test]
async fn the_simulated_seller_answers_and_the_reply_is_a_notification() {
    let s = demo().await;
    let (alice, _) = buyer(&s, "alice@example.com", "US").await;
    let (product, _, _) = pick(&s, "US", 0).await;
    let id = start(&s, &alice, product).await["id"].as_i64().unwrap();
    ok_json(
        message(
            &s,
            Some(&alice),
            id,
            Some("q"),
            "Is the blue one in stock?",
            &[],
        )
        .await,
        201,
    )
    .await;
    assert_eq!(counts(&s, &alice).await, (0, 0));

    advance(&s, 0, 3).await;
    let c = ok_json(
        get(&s, Some(&alice), &format!("/api/v1/conversations/{id}")).await,
        200,
    )
    .await;
    let msgs = c["messages"].as_array().unwrap();
    assert_eq!(msgs.len(), 2, "{c}");
    assert_eq!(msgs[1]["author"], "seller");
    assert!(
        msgs[1]["text"].as_str().unwrap().contains("in stock"),
        "{c}"
    );
    assert_eq!(c["seller_typing"], false);
    assert_eq!(counts(&s, &alice).await, (1, 1));
    let items = notifications(&s, &alice).await;
    let reply = of_kind(&items, "message_reply");
    assert_eq!(reply.len(), 1, "{items:?}");
    assert_eq!(reply[0]["conversation_id"], id);
    assert_eq!(reply[0]["read"], false);
    let list = ok_json(get(&s, Some(&alice), "/api/v1/conversations").await, 200).await;
    assert_eq!(list["items"][0]["unread"], 1);

    // Opening the conversation reads the message and its notification.
    let after = ok_json(
        send(
            &s,
            Method::POST,
            &format!("/api/v1/conversations/{id}/read"),
            Some(&alice),
            None,
        )
        .await,
        200,
    )
    .await;
    assert_eq!(after, json!({"notifications": 0, "messages": 0}));
    // Told once, however often the inbox is read.
    assert_eq!(
        of_kind(&notifications(&s, &alice).await, "message_reply").len(),
        1
    );
}

#[tokio::test]
async fn order_steps_and_the_clock_write_notifications_for_their_buyer_only() {
    let s = demo().await;
    let (alice, addr) = buyer(&s, "alice@example.com", "US").await;
    let (bob, _) = buyer(&s, "bob@example.com", "US").await;
    let order = place(&s, &alice, addr, pick(&s, "US", 0).await, "k-order").await;
    let paid = notifications(&s, &alice).await;
    assert_eq!(of_kind(&paid, "order_paid").len(), 1, "{paid:?}");
    for step in ["ship", "deliver"] {
        let path = format!("/api/v1/operator/orders/{order}/{step}");
        assert_eq!(
            send(&s, Method::POST, &path, None, None).await.status(),
            200
        );
    }
    let items = notifications(&s, &alice).await;
    let shipped = of_kind(&items, "order_shipped");
    assert_eq!(shipped.len(), 1, "{items:?}");
    assert_eq!(shipped[0]["order_id"], order);
    assert!(shipped[0]["tracking_number"]
        .as_str()
        .is_some_and(|t| !t.is_empty()));
    assert_eq!(of_kind(&items, "order_delivered").len(), 1);
    assert!(of_kind(&items, "protection_ending").is_empty());

    // Auto-confirmation is 15 days after delivery: 12 days on, it is 3 days away.
    advance(&s, 12, 1).await;
    let items = notifications(&s, &alice).await;
    let ending = of_kind(&items, "protection_ending");
    assert_eq!(ending.len(), 1, "{items:?}");
    assert_eq!(ending[0]["order_id"], order);
    assert!(ending[0]["deadline"].is_string());
    advance(&s, 3, 0).await;
    let items = notifications(&s, &alice).await;
    assert_eq!(of_kind(&items, "auto_confirmed").len(), 1, "{items:?}");
    assert_eq!(of_kind(&items, "protection_ending").len(), 1);

    // Bob sees none of it and cannot mark Alice's read.
    assert!(notifications(&s, &bob).await.is_empty());
    let nid = items[0]["id"].as_i64().unwrap();
    s.problem(
        send(
            &s,
            Method::POST,
            &format!("/api/v1/notifications/{nid}/read"),
            Some(&bob),
            None,
        )
        .await,
        404,
        "notification_not_found",
    )
    .await;
    assert!(counts(&s, &alice).await.0 >= 5);
    ok_json(
        send(
            &s,
            Method::POST,
            &format!("/api/v1/notifications/{nid}/read"),
            Some(&alice),
            None,
        )
        .await,
        200,
    )
    .await;
    let after = ok_json(
        send(
            &s,
            Method::POST,
            "/api/v1/notifications/read-all",
            Some(&alice),
            None,
        )
        .await,
        200,
    )
    .await;
    assert_eq!(after["notifications"], 0);
    assert!(notifications(&s, &alice)
        .await
        .iter()
        .all(|n| n["read"] == true));
}

/// The operator changes a product's price as its seller would (demo mode).
async fn reprice(s: &Server, product: i64, cents: i64) -> Value {
    ok_json(
        send(
            s,
            Method::POST,
            &format!("/api/v1/operator/products/{product}/price"),
            None,
            Some(&json!({ "price_cents": cents })),
        )
        .await,
        200,
    )
    .await
}

async fn listed_price(s: &Server, product: i64) -> i64 {
    s.json(&format!("/api/v1/products/{product}")).await["summary"]["price"]["amount"]
        .as_i64()
        .unwrap()
}

async fn heart(s: &Server, cookie: &str, product: i64) {
    let res = send(
        s,
        Method::PUT,
        &format!("/api/v1/wishlist/{product}"),
        Some(cookie),
        Some(&json!({})),
    )
    .await;
    ok_json(res, 200).await;
}

#[tokio::test]
async fn a_price_drop_is_told_once_to_the_buyers_who_wish_listed_the_product() {
    let s = demo().await;
    let (alice, _) = buyer(&s, "alice@example.com", "US").await;
    let (bob, _) = buyer(&s, "bob@example.com", "US").await;
    let (carol, _) = buyer(&s, "carol@example.com", "US").await;
    let (p, q) = (3, 7);
    let was = listed_price(&s, p).await;
    assert!(was > 1_000, "product {p} costs {was}");
    heart(&s, &alice, p).await;
    heart(&s, &bob, q).await;

    // A rise tells nobody.
    assert_eq!(reprice(&s, p, was + 1_000).await["notified"], 0);
    assert!(of_kind(&notifications(&s, &alice).await, "price_dropped").is_empty());

    // Below the price Alice saw: one notification for her, none for Bob (another product) or
    // Carol (no wish list).
    let dropped = reprice(&s, p, was - 200).await;
    assert_eq!(dropped["price_before"]["amount"], was + 1_000);
    assert_eq!(dropped["price"]["amount"], was - 200);
    assert_eq!(dropped["notified"], 1);
    assert_eq!(listed_price(&s, p).await, was - 200);
    let items = notifications(&s, &alice).await;
    let drops = of_kind(&items, "price_dropped");
    assert_eq!(drops.len(), 1, "{items:?}");
    assert_eq!(drops[0]["product_id"], p);
    assert_eq!(
        drops[0]["price_then"],
        json!({"amount": was, "currency": "USD"})
    );
    assert_eq!(
        drops[0]["price_now"],
        json!({"amount": was - 200, "currency": "USD"})
    );
    assert!(drops[0]["product_title"]
        .as_str()
        .is_some_and(|t| !t.is_empty()));
    assert_eq!(drops[0]["read"], false);
    assert_eq!(counts(&s, &alice).await.0, 1);
    assert!(notifications(&s, &bob).await.is_empty());
    assert!(notifications(&s, &carol).await.is_empty());

    // The same drop again, or up and back down to it: not told again.
    assert_eq!(reprice(&s, p, was - 200).await["notified"], 0);
    reprice(&s, p, was + 500).await;
    assert_eq!(reprice(&s, p, was - 200).await["notified"], 0);
    assert_eq!(
        of_kind(&notifications(&s, &alice).await, "price_dropped").len(),
        1
    );

    // A further drop is news: told from the price she was told last.
    assert_eq!(reprice(&s, p, was - 300).await["notified"], 1);
    let items = notifications(&s, &alice).await;
    let drops = of_kind(&items, "price_dropped");
    assert_eq!(drops.len(), 2, "{items:?}");
    assert!(drops
        .iter()
        .any(|n| n["price_then"]["amount"] == was - 200 && n["price_now"]["amount"] == was - 300));
    assert!(notifications(&s, &bob).await.is_empty());

    // Refusals: no such product, a price out of range.
    s.problem(
        send(
            &s,
            Method::POST,
            "/api/v1/operator/products/999999999/price",
            None,
            Some(&json!({ "price_cents": 100 })),
        )
        .await,
        404,
        "product_not_found",
    )
    .await;
    s.problem(
        send(
            &s,
            Method::POST,
            &format!("/api/v1/operator/products/{p}/price"),
            None,
            Some(&json!({ "price_cents": 0 })),
        )
        .await,
        422,
        "validation_failed",
    )
    .await;
}
