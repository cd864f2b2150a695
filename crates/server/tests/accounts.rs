//! Accounts, sessions, sign-in throttling and the address book over real HTTP.

mod common;

use common::{header, Server};
use serde_json::{json, Value};

/// A signed-in buyer: the session cookie, sent by hand.
struct Session {
    cookie: String,
}

fn cookie_of(res: &reqwest::Response) -> String {
    let set = header(res, "set-cookie");
    set.split(';').next().unwrap_or("").to_string()
}

async fn send(
    s: &Server,
    method: reqwest::Method,
    path: &str,
    cookie: Option<&str>,
    body: Option<Value>,
) -> reqwest::Response {
    let mut req = s.client.request(method, format!("{}{path}", s.base));
    if let Some(c) = cookie {
        req = req.header("cookie", c);
    }
    if let Some(b) = body {
        req = req.json(&b);
    }
    req.send().await.expect("request")
}

async fn register(s: &Server, email: &str) -> Session {
    let res = send(
        s,
        reqwest::Method::POST,
        "/api/v1/account/register",
        None,
        Some(json!({"email": email, "password": "correct horse", "name": "Test Buyer"})),
    )
    .await;
    assert_eq!(res.status(), 201);
    Session {
        cookie: cookie_of(&res),
    }
}

fn address(country: &str, postal: &str) -> Value {
    json!({
        "recipient_name": "Ivan Petrov",
        "phone": "+1 (555) 123-4567",
        "country": country,
        "region": "",
        "city": "Springfield",
        "street": "1 Main St",
        "postal_code": postal,
    })
}

#[tokio::test]
async fn register_sign_in_me_and_sign_out() {
    let s = common::start().await;
    let res = send(
        &s,
        reqwest::Method::POST,
        "/api/v1/account/register",
        None,
        Some(json!({"email": " Ann@Example.COM ", "password": "correct horse", "name": " Ann "})),
    )
    .await;
    assert_eq!(res.status(), 201);
    let set = header(&res, "set-cookie");
    assert!(set.starts_with("sf_session="), "{set}");
    let token = set
        .split(';')
        .next()
        .and_then(|c| c.strip_prefix("sf_session="))
        .unwrap_or("");
    assert_eq!(token.len(), 64, "32 random bytes in hex");
    for flag in ["HttpOnly", "SameSite=Lax", "Path=/", "Max-Age=2592000"] {
        assert!(set.contains(flag), "{flag} in {set}");
    }
    assert!(!set.contains("Secure"), "plain http: no Secure flag: {set}");
    let account: Value = res.json().await.unwrap();
    assert_eq!(account["email"], "ann@example.com");
    assert_eq!(account["name"], "Ann");
    let cookie = format!("sf_session={token}");

    let me = send(
        &s,
        reqwest::Method::GET,
        "/api/v1/account/me",
        Some(&cookie),
        None,
    )
    .await;
    assert_eq!(me.status(), 200);
    let me: Value = me.json().await.unwrap();
    assert_eq!(me["id"], account["id"]);

    // Without or with a made-up cookie: nobody is signed in, which the session probe answers
    // with `200 null` (no error in the browser console); account data itself stays 401.
    let fake = format!("sf_session={}", "ab".repeat(32));
    for cookie in [None, Some(fake.as_str())] {
        let res = send(&s, reqwest::Method::GET, "/api/v1/account/me", cookie, None).await;
        assert_eq!(res.status(), 200, "{cookie:?}");
        assert_eq!(header(&res, "cache-control"), "private, no-store");
        assert_eq!(res.text().await.unwrap(), "null");
        let res = send(
            &s,
            reqwest::Method::GET,
            "/api/v1/account/addresses",
            cookie,
            None,
        )
        .await;
        s.problem(res, 401, "unauthenticated").await;
    }

    // Same e-mail in another case: 409.
    let res = send(
        &s,
        reqwest::Method::POST,
        "/api/v1/account/register",
        None,
        Some(json!({"email": "ANN@example.com", "password": "another one", "name": "Ann"})),
    )
    .await;
    s.problem(res, 409, "email_taken").await;

    // Sign out: 204, cookie cleared, the old session no longer works.
    let res = send(
        &s,
        reqwest::Method::DELETE,
        "/api/v1/session",
        Some(&cookie),
        None,
    )
    .await;
    assert_eq!(res.status(), 204);
    assert!(header(&res, "set-cookie").contains("Max-Age=0"));
    let res = send(
        &s,
        reqwest::Method::GET,
        "/api/v1/account/me",
        Some(&cookie),
        None,
    )
    .await;
    assert_eq!(res.status(), 200);
    assert_eq!(res.text().await.unwrap(), "null");

    // Sign in again, over "https" behind a proxy: Secure cookie.
    let res = s
        .client
        .post(format!("{}/api/v1/session", s.base))
        .header("x-forwarded-proto", "https")
        .json(&json!({"email": "ann@example.com", "password": "correct horse"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let set = header(&res, "set-cookie");
    assert!(set.contains("; Secure"), "{set}");
    let cookie = cookie_of(&res);
    let me = send(
        &s,
        reqwest::Method::GET,
        "/api/v1/account/me",
        Some(&cookie),
        None,
    )
    .await;
    assert_eq!(me.status(), 200);
}

#[tokio::test]
async fn registration_is_validated_and_needs_json() {
    let s = common::start().await;
    let res = send(
        &s,
        reqwest::Method::POST,
        "/api/v1/account/register",
        None,
        Some(json!({"email": "not-an-email", "password": "short", "name": ""})),
    )
    .await;
    let p = s.problem(res, 422, "validation_failed").await;
    let errors: Vec<(String, String)> = p["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["field"].as_str().unwrap().to_string(),
                e["code"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert!(
        errors.contains(&("email".into(), "malformed".into())),
        "{errors:?}"
    );
    assert!(errors.contains(&("password".into(), "too_short".into())));
    assert!(errors.contains(&("name".into(), "required".into())));

    // A form post (CSRF shape) is refused before anything happens.
    let res = s
        .client
        .post(format!("{}/api/v1/account/register", s.base))
        .header("content-type", "application/x-www-form-urlencoded")
        .body("email=a%40b.co&password=12345678&name=x")
        .send()
        .await
        .unwrap();
    s.problem(res, 415, "unsupported_media_type").await;
    let res = s
        .client
        .post(format!("{}/api/v1/session", s.base))
        .header("content-type", "application/json")
        .body("{not json")
        .send()
        .await
        .unwrap();
    s.problem(res, 400, "invalid_parameter").await;
}

#[tokio::test]
async fn repeated_failures_are_throttled_and_it_survives_a_restart() {
    let s = common::start().await;
    register(&s, "bob@example.com").await;
    let try_sign_in = |password: &'static str| {
        let s = &s;
        async move {
            send(
                s,
                reqwest::Method::POST,
                "/api/v1/session",
                None,
                Some(json!({"email": "bob@example.com", "password": password})),
            )
            .await
        }
    };
    for _ in 0..5 {
        let res = try_sign_in("wrong password").await;
        s.problem(res, 401, "invalid_credentials").await;
    }
    let res = try_sign_in("wrong password").await;
    let retry: i64 = header(&res, "retry-after").parse().unwrap();
    assert!((1..=30).contains(&retry), "{retry}");
    let p = s.problem(res, 429, "too_many_attempts").await;
    assert_eq!(p["retry_after_seconds"], retry);
    // Even the right password waits now.
    let res = try_sign_in("correct horse").await;
    s.problem(res, 429, "too_many_attempts").await;
    // An unknown e-mail gets the same answer as a wrong password.
    let res = send(
        &s,
        reqwest::Method::POST,
        "/api/v1/session",
        None,
        Some(json!({"email": "nobody@example.com", "password": "whatever1"})),
    )
    .await;
    s.problem(res, 401, "invalid_credentials").await;

    // A second server on the same database still refuses (counted in SQLite).
    let cfg = common::config(s.dir.path());
    let again = common::start_config(tempfile::tempdir().unwrap(), cfg).await;
    let res = send(
        &again,
        reqwest::Method::POST,
        "/api/v1/session",
        None,
        Some(json!({"email": "bob@example.com", "password": "correct horse"})),
    )
    .await;
    again.problem(res, 429, "too_many_attempts").await;
}

#[tokio::test]
async fn addresses_are_validated_per_field_and_private() {
    let s = common::start().await;
    let a = register(&s, "a@example.com").await;
    let b = register(&s, "b@example.com").await;
    let post = |who: &Session, body: Value| {
        let cookie = who.cookie.clone();
        let s = &s;
        async move {
            send(
                s,
                reqwest::Method::POST,
                "/api/v1/account/addresses",
                Some(&cookie),
                Some(body),
            )
            .await
        }
    };
    // Valid postal codes per country.
    for (country, code) in [
        ("US", "94105"),
        ("US", "94105-1234"),
        ("RU", "101000"),
        ("DE", "10115"),
        ("ES", "28001"),
        ("BR", "01310-100"),
        ("GB", "SW1A 1AA"),
        ("FR", "75008"),
        ("SA", "11564"),
        ("JP", "100-0001"),
    ] {
        let res = post(&a, address(country, code)).await;
        assert_eq!(res.status(), 201, "{country} {code}");
    }
    // Invalid ones: 422 with the field and a stable reason.
    for (country, code) in [
        ("US", "9410"),
        ("RU", "10100"),
        ("DE", "1011"),
        ("BR", "0131-0100"),
        ("GB", "12345"),
        ("JP", "!"),
    ] {
        let res = post(&a, address(country, code)).await;
        let p = s.problem(res, 422, "validation_failed").await;
        assert_eq!(p["errors"][0]["field"], "postal_code", "{country} {code}");
        assert_eq!(p["errors"][0]["code"], "postal_code_format");
    }
    let mut bad = address("XX", "1");
    bad["recipient_name"] = json!("");
    bad["street"] = json!("x".repeat(201));
    let p = s
        .problem(post(&a, bad).await, 422, "validation_failed")
        .await;
    let fields: Vec<(&str, &str)> = p["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["field"].as_str().unwrap(), e["code"].as_str().unwrap()))
        .collect();
    assert!(
        fields.contains(&("recipient_name", "required")),
        "{fields:?}"
    );
    assert!(fields.contains(&("country", "country_not_shipped")));
    assert!(fields.contains(&("street", "too_long")));

    // The first address is the default; list shows it first.
    let list: Value = send(
        &s,
        reqwest::Method::GET,
        "/api/v1/account/addresses",
        Some(&a.cookie),
        None,
    )
    .await
    .json()
    .await
    .unwrap();
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 10);
    assert_eq!(list[0]["is_default"], true);
    assert_eq!(list.iter().filter(|x| x["is_default"] == true).count(), 1);
    let first = list[0]["id"].as_i64().unwrap();
    let second = list[1]["id"].as_i64().unwrap();

    // Make another default.
    let res = s
        .client
        .post(format!(
            "{}/api/v1/account/addresses/{second}/default",
            s.base
        ))
        .header("cookie", &a.cookie)
        .header("content-type", "application/json")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let res = send(
        &s,
        reqwest::Method::PUT,
        &format!("/api/v1/account/addresses/{first}"),
        Some(&a.cookie),
        Some(address("DE", "10117")),
    )
    .await;
    assert_eq!(res.status(), 200);
    let updated: Value = res.json().await.unwrap();
    assert_eq!(updated["postal_code"], "10117");
    assert_eq!(updated["is_default"], false);

    // Buyer B sees none of A's addresses and cannot touch them.
    let list_b: Value = send(
        &s,
        reqwest::Method::GET,
        "/api/v1/account/addresses",
        Some(&b.cookie),
        None,
    )
    .await
    .json()
    .await
    .unwrap();
    assert_eq!(list_b.as_array().unwrap().len(), 0);
    let res = send(
        &s,
        reqwest::Method::PUT,
        &format!("/api/v1/account/addresses/{first}"),
        Some(&b.cookie),
        Some(address("US", "10001")),
    )
    .await;
    s.problem(res, 404, "address_not_found").await;
    let res = send(
        &s,
        reqwest::Method::DELETE,
        &format!("/api/v1/account/addresses/{first}"),
        Some(&b.cookie),
        None,
    )
    .await;
    s.problem(res, 404, "address_not_found").await;
    let res = s
        .client
        .post(format!(
            "{}/api/v1/account/addresses/{first}/default",
            s.base
        ))
        .header("cookie", &b.cookie)
        .header("content-type", "application/json")
        .send()
        .await
        .unwrap();
    s.problem(res, 404, "address_not_found").await;

    // A deletes its default; another becomes the default.
    let res = send(
        &s,
        reqwest::Method::DELETE,
        &format!("/api/v1/account/addresses/{second}"),
        Some(&a.cookie),
        None,
    )
    .await;
    assert_eq!(res.status(), 204);
    let list: Value = send(
        &s,
        reqwest::Method::GET,
        "/api/v1/account/addresses",
        Some(&a.cookie),
        None,
    )
    .await
    .json()
    .await
    .unwrap();
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 9);
    assert_eq!(list[0]["is_default"], true);

    // Without a session: 401.
    let res = send(
        &s,
        reqwest::Method::GET,
        "/api/v1/account/addresses",
        None,
        None,
    )
    .await;
    s.problem(res, 401, "unauthenticated").await;
}
