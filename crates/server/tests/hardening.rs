//! Hardening over real HTTP and a real SQLite file: the operator API's token, bounded password
//! checks and image decoding, atomic sign-in throttling, upload re-encoding caps and staging,
//! connection timeouts, cache and HSTS headers, and refused text.

mod common;

use common::images::{jpeg, png};
use common::orders::{buyer, ok_json, send};
use common::{header, Server, OPERATOR_TOKEN};
use reqwest::multipart::{Form, Part};
use reqwest::Method;
use serde_json::{json, Value};
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

const DETAILS: &str = "The logo on the box is misspelled and the seal is missing.";

/// A 600×400 picture of noise, lossy WebP (cwebp -q 50).
const NOISE_LOSSY_WEBP: &[u8] = include_bytes!("fixtures/noise-lossy.webp");

fn report_form(files: &[(&str, Vec<u8>)]) -> Form {
    let mut f = Form::new()
        .text("reason", "counterfeit")
        .text("details", DETAILS);
    for (name, data) in files {
        f = f.part(
            "evidence",
            Part::bytes(data.clone()).file_name(name.to_string()),
        );
    }
    f
}

async fn report(s: &Server, key: &str, files: &[(&str, Vec<u8>)]) -> reqwest::Response {
    s.client
        .post(format!("{}/api/v1/products/1/reports", s.base))
        .header("Idempotency-Key", key)
        .multipart(report_form(files))
        .send()
        .await
        .expect("report")
}

fn fields(p: &Value) -> Vec<(String, String)> {
    p["errors"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|e| {
            (
                e["field"].as_str().unwrap_or("").to_string(),
                e["code"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

fn pair(f: &str, c: &str) -> (String, String) {
    (f.to_string(), c.to_string())
}

async fn sign_in(s: &Server, email: &str, password: &str) -> reqwest::Response {
    s.client
        .post(format!("{}/api/v1/session", s.base))
        .json(&json!({"email": email, "password": password}))
        .send()
        .await
        .expect("sign in")
}

#[tokio::test]
async fn operator_routes_need_the_token_and_exist_only_in_demo_mode() {
    let s = common::start_with(|c| c.demo = true).await;
    let url = format!("{}/api/v1/operator/clock", s.base);
    let anon = s.anonymous();
    let res = anon.get(&url).send().await.expect("get");
    assert_eq!(
        header(&res, "www-authenticate"),
        "Bearer realm=\"operator\""
    );
    s.problem(res, 401, "unauthenticated").await;
    let res = anon
        .get(&url)
        .bearer_auth("storefront-test-operator-tokeN")
        .send()
        .await
        .expect("get");
    s.problem(res, 401, "unauthenticated").await;
    // Every operator route is behind the token, the mutating ones included.
    for (m, path, body) in [
        (
            Method::POST,
            "/faults",
            json!({"mode": "error", "count": 1000}),
        ),
        (Method::POST, "/clock/advance", json!({"days": 400})),
        (Method::GET, "/reports", Value::Null),
        (Method::GET, "/partners/blog-42/orders", Value::Null),
        (
            Method::POST,
            "/disputes/1/arbitrate",
            json!({"outcome": "full_refund"}),
        ),
        (Method::POST, "/orders/1/ship", Value::Null),
    ] {
        let res = anon
            .request(m, format!("{}/api/v1/operator{path}", s.base))
            .json(&body)
            .send()
            .await
            .expect("operator");
        s.problem(res, 401, "unauthenticated").await;
    }
    // Nothing was armed: the catalogue still answers.
    assert_eq!(s.get("/api/v1/products").await.status(), 200);
    let res = anon
        .get(&url)
        .bearer_auth(OPERATOR_TOKEN)
        .send()
        .await
        .expect("get");
    assert_eq!(res.status(), 200);

    // Without demo mode the routes do not exist, token or not.
    let plain = common::start().await;
    let res = plain.get("/api/v1/operator/clock").await;
    plain.problem(res, 404, "route_not_found").await;

    // Demo mode does not start without a token, nor with a short one.
    let dir = tempfile::tempdir().expect("tempdir");
    let mut cfg = common::config(dir.path());
    cfg.demo = true;
    cfg.operator_token = None;
    assert!(storefront_server::prepare(&cfg).await.is_err());
    cfg.operator_token = Some("short".into());
    assert!(storefront_server::prepare(&cfg).await.is_err());
}

#[tokio::test]
async fn a_parallel_burst_of_wrong_passwords_makes_at_most_five_checks() {
    let s = common::start().await;
    buyer(&s, "victim@example.com", "US").await;
    let before = s.state.limits.password_checks.load(Ordering::Relaxed);
    let tries = (0..50).map(|_| sign_in(&s, "victim@example.com", "wrong password"));
    let answers = futures_join(tries).await;
    let checks = s.state.limits.password_checks.load(Ordering::Relaxed) - before;
    assert!(checks <= 5, "{checks} password checks");
    let wrong = answers.iter().filter(|(st, _)| *st == 401).count();
    let locked = answers.iter().filter(|(st, _)| *st == 429).count();
    assert_eq!((wrong, locked), (checks as usize, 50 - checks as usize));
    assert!(answers
        .iter()
        .filter(|(st, _)| *st == 429)
        .all(|(_, retry)| retry.parse::<u64>().is_ok_and(|r| r > 0)));
    // The right password is refused too while locked out.
    let res = sign_in(&s, "victim@example.com", "correct horse").await;
    s.problem(res, 429, "too_many_attempts").await;
}

#[tokio::test]
async fn sign_ins_are_throttled_per_client_address_across_e_mails() {
    let s = common::start().await;
    let mut statuses = Vec::new();
    for n in 0..22 {
        let res = sign_in(&s, &format!("nobody{n}@example.com"), "123456789").await;
        statuses.push(res.status().as_u16());
    }
    assert_eq!(&statuses[..20], &[401; 20]);
    assert_eq!(&statuses[20..], &[429, 429]);
}

#[tokio::test]
async fn password_checks_answer_503_when_every_slot_stays_busy() {
    let s = common::start().await;
    buyer(&s, "busy@example.com", "US").await;
    let limits = s.state.limits.clone();
    let all = limits.hash.available_permits() as u32;
    let held = limits.hash.acquire_many(all).await.expect("permits");
    let res = sign_in(&s, "busy@example.com", "correct horse").await;
    assert_eq!(header(&res, "retry-after"), "2");
    s.problem(res, 503, "server_busy").await;
    drop(held);
    // The busy answer did not count as a failed try.
    for _ in 0..5 {
        let res = sign_in(&s, "busy@example.com", "wrong password").await;
        s.problem(res, 401, "invalid_credentials").await;
    }
    let res = sign_in(&s, "busy@example.com", "wrong password").await;
    s.problem(res, 429, "too_many_attempts").await;
}

#[tokio::test]
async fn image_decoding_answers_503_when_its_slots_stay_busy() {
    let s = common::start_with(|c| c.demo = true).await;
    let limits = s.state.limits.clone();
    let all = limits.decode.available_permits() as u32;
    let held = limits.decode.acquire_many(all).await.expect("permits");
    let res = report(&s, "busy-1", &[("a.jpg", jpeg(64, 48))]).await;
    assert_eq!(header(&res, "retry-after"), "2");
    s.problem(res, 503, "server_busy").await;
    drop(held);
    let res = report(&s, "busy-1", &[("a.jpg", jpeg(64, 48))]).await;
    assert_eq!(res.status(), 201);
}

#[tokio::test]
async fn lossy_webp_is_stored_as_jpeg_within_the_cap_and_huge_images_are_refused() {
    let s = common::start_with(|c| c.demo = true).await;
    assert_eq!(&NOISE_LOSSY_WEBP[8..12], b"WEBP");
    let res = report(&s, "webp", &[("noise.webp", NOISE_LOSSY_WEBP.to_vec())]).await;
    let created = ok_json(res, 201).await;
    let dir = s
        .dir
        .path()
        .join("data/uploads/reports")
        .join(created["id"].to_string());
    let stored = std::fs::read(dir.join("0.jpg")).expect("stored as JPEG");
    assert_eq!(&stored[..3], &[0xFF, 0xD8, 0xFF]);
    // A lossless re-encoding of this noise would take ~720 KB; the cap is 4 × the upload.
    assert!(
        stored.len() <= 4 * NOISE_LOSSY_WEBP.len(),
        "{} bytes stored for {} uploaded",
        stored.len(),
        NOISE_LOSSY_WEBP.len()
    );
    let img = image::load_from_memory(&stored).expect("decodes");
    assert_eq!((img.width(), img.height()), (600, 400));
    let list = s.json("/api/v1/operator/reports").await;
    assert_eq!(list[0]["evidence"][0]["content_type"], "image/jpeg");
    assert_eq!(list[0]["evidence"][0]["bytes"], stored.len() as u64);

    // Over 24 million pixels (6000 × 4001): refused from the header, before decoding.
    let huge = png(6000, 4001);
    let started = Instant::now();
    let res = report(&s, "huge", &[("huge.png", huge)]).await;
    let p = s.problem(res, 413, "payload_too_large").await;
    assert_eq!(fields(&p), [pair("evidence[0]", "too_large")]);
    assert!(started.elapsed() < Duration::from_secs(5));
}

#[tokio::test]
async fn evidence_is_staged_before_the_transaction_and_appears_only_after_commit() {
    use sqlx::Connection;
    let s = common::start_with(|c| c.demo = true).await;
    let uploads = s.dir.path().join("data/uploads");
    let db = s.dir.path().join("data/test.db");
    let mut lock = sqlx::SqliteConnection::connect(&format!("sqlite://{}", db.display()))
        .await
        .expect("open the database");
    sqlx::query("BEGIN IMMEDIATE")
        .execute(&mut lock)
        .await
        .expect("take the write lock");
    let (client, base) = (s.client.clone(), s.base.clone());
    let pending = tokio::spawn(async move {
        client
            .post(format!("{base}/api/v1/products/1/reports"))
            .header("Idempotency-Key", "staged")
            .multipart(report_form(&[("a.jpg", jpeg(64, 48))]))
            .send()
            .await
            .expect("report")
    });
    // While the database is locked the file waits in uploads/tmp, not in its final place.
    let staged_file = |dir: &std::path::Path| -> Option<std::path::PathBuf> {
        std::fs::read_dir(dir)
            .ok()?
            .flatten()
            .flat_map(|d| std::fs::read_dir(d.path()).into_iter().flatten().flatten())
            .map(|f| f.path())
            .next()
    };
    let deadline = Instant::now() + Duration::from_secs(5);
    let staged = loop {
        if let Some(f) = staged_file(&uploads.join("tmp")) {
            break f;
        }
        assert!(Instant::now() < deadline, "nothing staged");
        tokio::time::sleep(Duration::from_millis(20)).await;
    };
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(!pending.is_finished());
    assert!(staged_file(&uploads.join("reports")).is_none());
    sqlx::query("COMMIT")
        .execute(&mut lock)
        .await
        .expect("release");
    let created = ok_json(pending.await.expect("task"), 201).await;
    let final_file = uploads
        .join("reports")
        .join(created["id"].to_string())
        .join("0.jpg");
    assert!(final_file.is_file());
    assert!(!staged.exists());
    assert!(staged_file(&uploads.join("tmp")).is_none());
}

#[tokio::test]
async fn anonymous_reports_are_rate_limited_per_client() {
    let s = common::start_with(|c| c.demo = true).await;
    for n in 0..5 {
        let res = report(&s, &format!("r{n}"), &[]).await;
        assert_eq!(res.status(), 201);
    }
    let res = report(&s, "r5", &[]).await;
    assert!(header(&res, "retry-after")
        .parse::<u64>()
        .is_ok_and(|r| r > 0));
    s.problem(res, 429, "rate_limited").await;
    // A retry of an earlier report is still answered.
    assert_eq!(report(&s, "r0", &[]).await.status(), 200);
}

#[tokio::test]
async fn silent_half_sent_idle_and_stalled_body_connections_are_closed() {
    let s = common::start_with(|c| {
        c.timeouts.header = Duration::from_secs(1);
        c.timeouts.body = Duration::from_secs(1);
    })
    .await;
    let addr = s.base.trim_start_matches("http://").to_string();
    let connect = || tokio::net::TcpStream::connect(addr.clone());
    let silent = connect().await.expect("connect");
    let mut half = connect().await.expect("connect");
    half.write_all(b"GET /api/v1/health HTTP/1.1\r\nHost: x\r\nX-Slow: ")
        .await
        .expect("write");
    let mut idle = connect().await.expect("connect");
    idle.write_all(b"GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n")
        .await
        .expect("write");
    let mut stalled = connect().await.expect("connect");
    stalled
        .write_all(
            b"POST /api/v1/session HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n\
              Content-Length: 100\r\n\r\n{\"email\":",
        )
        .await
        .expect("write");
    let started = Instant::now();
    for (name, mut conn) in [
        ("silent", silent),
        ("half-sent header", half),
        ("idle keep-alive", idle),
        ("stalled body", stalled),
    ] {
        let mut got = Vec::new();
        let closed = tokio::time::timeout(Duration::from_secs(5), conn.read_to_end(&mut got)).await;
        assert!(closed.is_ok(), "{name}: still open");
        if name == "idle keep-alive" {
            assert!(String::from_utf8_lossy(&got).starts_with("HTTP/1.1 200"));
        }
    }
    assert!(started.elapsed() < Duration::from_secs(5));
}

#[tokio::test]
async fn personal_answers_are_private_no_store_and_hsts_only_behind_a_tls_proxy() {
    let s = common::start().await;
    let (cookie, address) = buyer(&s, "cache@example.com", "US").await;
    for path in [
        "/api/v1/account/me".to_string(),
        "/api/v1/account/addresses".to_string(),
        format!("/api/v1/account/addresses/{address}/default"),
        "/api/v1/cart".to_string(),
        "/api/v1/orders".to_string(),
        "/api/v1/orders/counts".to_string(),
        "/api/v1/disputes".to_string(),
    ] {
        let method = if path.ends_with("/default") {
            Method::POST
        } else {
            Method::GET
        };
        let res = send(&s, method, &path, Some(&cookie), Some(&json!({}))).await;
        assert!(res.status().is_success(), "{path}: {}", res.status());
        assert_eq!(header(&res, "cache-control"), "private, no-store", "{path}");
        assert!(res.headers().get("strict-transport-security").is_none());
    }
    let res = s.get("/api/v1/products/1").await;
    assert_ne!(header(&res, "cache-control"), "private, no-store");

    let tls = common::start_with(|c| c.behind_tls_proxy = true).await;
    for path in ["/api/v1/health", "/"] {
        let res = tls.get(path).await;
        assert_eq!(
            header(&res, "strict-transport-security"),
            "max-age=31536000; includeSubDomains"
        );
    }
    let res = send(
        &tls,
        Method::POST,
        "/api/v1/account/register",
        None,
        Some(&json!({"email": "tls@example.com", "password": "correct horse", "name": "T"})),
    )
    .await;
    assert!(header(&res, "set-cookie").ends_with("; Secure"));
}

#[tokio::test]
async fn control_bidi_and_invisible_text_is_refused_and_text_is_stored_nfc() {
    let s = common::start_with(|c| c.demo = true).await;
    let reg = |name: &str, password: &str| json!({"email": "t@example.com", "password": password, "name": name});
    let path = "/api/v1/account/register";
    let res = send(
        &s,
        Method::POST,
        path,
        None,
        Some(&reg("\0\0", "correct horse")),
    )
    .await;
    let p = s.problem(res, 422, "validation_failed").await;
    assert_eq!(fields(&p), [pair("name", "invalid_characters")]);
    let res = send(&s, Method::POST, path, None, Some(&reg("Ann", "        "))).await;
    let p = s.problem(res, 422, "validation_failed").await;
    assert_eq!(fields(&p), [pair("password", "malformed")]);

    let (cookie, _) = buyer(&s, "text@example.com", "US").await;
    let address = |recipient: &str, city: &str, street: &str| {
        json!({"recipient_name": recipient, "phone": "+1 555 123 4567", "country": "US",
               "region": "CA", "city": city, "street": street, "postal_code": "94105"})
    };
    for (body, expected) in [
        (
            address("Ann\u{202E}gpj.exe", "Paris", "1 Main St"),
            pair("recipient_name", "invalid_characters"),
        ),
        (
            address("Ann Lee", "Par\u{7}is", "1 Main St"),
            pair("city", "invalid_characters"),
        ),
        (
            address("Ann Lee", "Paris", "1 Main\u{2066} St"),
            pair("street", "invalid_characters"),
        ),
        (
            address("\u{200B}\u{200B}\u{200B}", "Paris", "1 Main St"),
            pair("recipient_name", "required"),
        ),
    ] {
        let res = send(
            &s,
            Method::POST,
            "/api/v1/account/addresses",
            Some(&cookie),
            Some(&body),
        )
        .await;
        let p = s.problem(res, 422, "validation_failed").await;
        assert_eq!(fields(&p), [expected], "{body}");
    }
    // Decomposed "É" (E + combining acute) is stored composed.
    let res = send(
        &s,
        Method::POST,
        "/api/v1/account/addresses",
        Some(&cookie),
        Some(&address(
            "Rene\u{301} Roy",
            "Paris",
            "Rue de l'E\u{301}glise",
        )),
    )
    .await;
    let stored = ok_json(res, 201).await;
    assert_eq!(stored["recipient_name"], "Ren\u{e9} Roy");
    assert_eq!(stored["street"], "Rue de l'\u{c9}glise");

    // Report details: a right-to-left override is refused.
    let res = s
        .client
        .post(format!("{}/api/v1/products/1/reports", s.base))
        .header("Idempotency-Key", "rlo")
        .multipart(
            Form::new()
                .text("reason", "counterfeit")
                .text("details", format!("{DETAILS} \u{202E}txt.exe")),
        )
        .send()
        .await
        .expect("report");
    let p = s.problem(res, 422, "validation_failed").await;
    assert_eq!(fields(&p), [pair("details", "invalid_characters")]);
}

#[tokio::test]
async fn array_bodies_and_unknown_ship_to_codes_are_refused() {
    let s = common::start().await;
    let (cookie, _) = buyer(&s, "arr@example.com", "US").await;
    for (method, path) in [
        (Method::PUT, "/api/v1/cart"),
        (Method::POST, "/api/v1/cart/quote"),
    ] {
        let res = s
            .client
            .request(method, format!("{}{path}", s.base))
            .header("cookie", &cookie)
            .header("content-type", "application/json")
            .body("[]")
            .send()
            .await
            .expect("send");
        let p = s.problem(res, 400, "invalid_parameter").await;
        assert_eq!(fields(&p), [pair("body", "malformed")], "{path}");
    }
    let p = s
        .problem(
            s.get("/api/v1/search?ship_to=ZZ").await,
            400,
            "invalid_parameter",
        )
        .await;
    assert_eq!(fields(&p), [pair("ship_to", "country_not_shipped")]);
    assert_eq!(s.get("/api/v1/search?ship_to=de").await.status(), 200);
}

async fn futures_join<F>(futs: impl Iterator<Item = F>) -> Vec<(u16, String)>
where
    F: std::future::Future<Output = reqwest::Response>,
{
    let handles: Vec<_> = futs.collect();
    let mut out = Vec::new();
    let results = join_all(handles).await;
    for res in results {
        out.push((res.status().as_u16(), header(&res, "retry-after")));
    }
    out
}

/// Polls every future to completion concurrently (no extra crates).
async fn join_all<F: std::future::Future>(futs: Vec<F>) -> Vec<F::Output> {
    let mut futs: Vec<_> = futs.into_iter().map(Box::pin).collect();
    let mut out: Vec<Option<F::Output>> = futs.iter().map(|_| None).collect();
    std::future::poll_fn(|cx| {
        let mut pending = false;
        for (f, slot) in futs.iter_mut().zip(out.iter_mut()) {
            if slot.is_none() {
                match f.as_mut().poll(cx) {
                    std::task::Poll::Ready(v) => *slot = Some(v),
                    std::task::Poll::Pending => pending = true,
                }
            }
        }
        if pending {
            std::task::Poll::Pending
        } else {
            std::task::Poll::Ready(())
        }
    })
    .await;
    out.into_iter().flatten().collect()
}

#[tokio::test]
async fn the_openapi_document_states_the_enforced_limits() {
    let s = common::start().await;
    let doc = s.json("/api/v1/openapi.json").await;
    let param = |path: &str, method: &str, name: &str| -> Value {
        doc["paths"][path][method]["parameters"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|p| p["name"] == name)
            .cloned()
            .unwrap_or(Value::Null)
    };
    let limit = param("/api/v1/products", "get", "limit");
    assert_eq!(
        (
            limit["schema"]["minimum"].as_i64(),
            limit["schema"]["maximum"].as_i64()
        ),
        (Some(1), Some(100))
    );
    assert_eq!(
        param("/api/v1/orders/{id}", "get", "id")["schema"]["minimum"],
        1
    );
    let key = param("/api/v1/checkout", "post", "Idempotency-Key");
    assert_eq!(key["required"], true);
    assert_eq!(key["schema"]["maxLength"], 255);
    let bodiless = &doc["paths"]["/api/v1/orders/{id}/cancel"]["post"]["requestBody"];
    assert!(bodiless["content"]["application/json"].is_object());
    let schemas = &doc["components"]["schemas"];
    assert_eq!(
        schemas["RegisterRequest"]["properties"]["password"]["minLength"],
        8
    );
    assert_eq!(
        schemas["AddressInput"]["properties"]["street"]["maxLength"],
        200
    );
    assert_eq!(
        schemas["FeedbackRequest"]["properties"]["communication"]["minimum"],
        1
    );
    assert_eq!(
        schemas["FeedbackRequest"]["properties"]["communication"]["maximum"],
        5
    );
    assert_eq!(
        schemas["ExtensionRequestBody"]["properties"]["days"]["maximum"],
        30
    );
    let clock = &doc["paths"]["/api/v1/operator/clock"]["get"];
    assert_eq!(clock["security"], json!([{"operator_token": []}]));
    assert!(clock["responses"]["401"].is_object());
    assert_eq!(
        doc["components"]["securitySchemes"]["operator_token"]["scheme"],
        "bearer"
    );
    let sign_in = &doc["paths"]["/api/v1/session"]["post"]["responses"];
    assert!(sign_in["503"].is_object() && sign_in["429"].is_object());
}
