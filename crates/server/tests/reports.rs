//! Counterfeit / IP-infringement reports over real HTTP (multipart).

mod common;

use common::images::*;
use common::{header, Server};
use reqwest::multipart::{Form, Part};
use serde_json::Value;

const DETAILS: &str = "The logo on the box is misspelled and the seal is missing.";

fn form(reason: &str, details: &str, files: &[(&str, &str, Vec<u8>)]) -> Form {
    let mut f = Form::new()
        .text("reason", reason.to_string())
        .text("details", details.to_string());
    for (name, mime, data) in files {
        let part = Part::bytes(data.clone())
            .file_name(name.to_string())
            .mime_str(mime)
            .expect("mime");
        f = f.part("evidence", part);
    }
    f
}

async fn post(s: &Server, product: i64, key: Option<&str>, f: Form) -> reqwest::Response {
    let mut req = s
        .client
        .post(format!("{}/api/v1/products/{product}/reports", s.base))
        .multipart(f);
    if let Some(k) = key {
        req = req.header("Idempotency-Key", k);
    }
    req.send().await.expect("request")
}

async fn reports(s: &Server) -> Vec<Value> {
    let v = s.json("/api/v1/operator/reports").await;
    v.as_array().expect("array").clone()
}

fn field_errors(p: &Value) -> Vec<(String, String)> {
    p["errors"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|e| {
                    (
                        e["field"].as_str().unwrap_or("").to_string(),
                        e["code"].as_str().unwrap_or("").to_string(),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

fn pair(f: &str, c: &str) -> (String, String) {
    (f.to_string(), c.to_string())
}

async fn demo() -> Server {
    common::start_with(|c| c.demo = true).await
}

#[tokio::test]
async fn created_then_idempotent_retry_returns_the_first_answer() {
    let s = demo().await;
    let files = || vec![("photo.png", "image/png", png(40, 30))];
    let res = post(&s, 1, Some("key-1"), form("counterfeit", DETAILS, &files())).await;
    assert_eq!(res.status(), 201);
    let first: Value = res.json().await.unwrap();
    assert!(first["id"].as_i64().unwrap() > 0);
    assert_eq!(first["status"], "received");
    assert!(first["created_at"].as_str().unwrap().ends_with('Z'));

    let res = post(&s, 1, Some("key-1"), form("counterfeit", DETAILS, &files())).await;
    assert_eq!(res.status(), 200);
    assert_eq!(header(&res, "idempotent-replayed"), "true");
    let again: Value = res.json().await.unwrap();
    assert_eq!(again, first);

    let stored = reports(&s).await;
    assert_eq!(stored.len(), 1, "a retry never makes a second report");
    assert_eq!(stored[0]["id"], first["id"]);
    assert_eq!(stored[0]["reason"], "counterfeit");
    assert_eq!(stored[0]["details"], DETAILS);
    assert_eq!(stored[0]["evidence"][0]["content_type"], "image/png");
    assert_eq!(stored[0]["evidence"][0]["width"], 40);

    // Same key, another body: refused, nothing stored.
    let other = form("counterfeit", &format!("{DETAILS} Also wrong."), &files());
    let res = post(&s, 1, Some("key-1"), other).await;
    s.problem(res, 422, "idempotency_key_reused").await;
    // Same key on another product is another body too.
    let res = post(&s, 2, Some("key-1"), form("counterfeit", DETAILS, &files())).await;
    s.problem(res, 422, "idempotency_key_reused").await;
    // A new key makes a new report; no evidence is fine.
    let res = post(
        &s,
        1,
        Some("key-2"),
        form("misleading_listing", DETAILS, &[]),
    )
    .await;
    assert_eq!(res.status(), 201);
    assert_eq!(reports(&s).await.len(), 2);
    let one = s.json("/api/v1/operator/reports?product=2").await;
    assert_eq!(one.as_array().map(Vec::len), Some(0));
}

#[tokio::test]
async fn concurrent_first_tries_with_one_key_make_one_report() {
    let s = demo().await;
    let tries = (0..4).map(|_| {
        post(
            &s,
            5,
            Some("same-key"),
            form(
                "counterfeit",
                DETAILS,
                &[("p.png", "image/png", png(64, 64))],
            ),
        )
    });
    let answers = futures_join(tries).await;
    let mut statuses: Vec<u16> = answers.iter().map(|(st, _)| *st).collect();
    statuses.sort_unstable();
    assert_eq!(statuses, [200, 200, 200, 201]);
    let ids: Vec<&Value> = answers.iter().map(|(_, b)| &b["id"]).collect();
    assert!(ids.iter().all(|id| *id == ids[0]), "{ids:?}");
    assert_eq!(reports(&s).await.len(), 1);
}

/// Sends all at once (each request waits on the server, not on the previous one).
async fn futures_join(
    tries: impl Iterator<Item = impl std::future::Future<Output = reqwest::Response>>,
) -> Vec<(u16, Value)> {
    join_all(
        tries
            .map(|t| async move {
                let res = t.await;
                let st = res.status().as_u16();
                (st, res.json::<Value>().await.unwrap_or(Value::Null))
            })
            .collect(),
    )
    .await
}

/// Minimal `join_all` (no futures crate in the dev-dependencies).
async fn join_all<F: std::future::Future>(futs: Vec<F>) -> Vec<F::Output> {
    let mut futs: Vec<std::pin::Pin<Box<F>>> = futs.into_iter().map(Box::pin).collect();
    let mut out: Vec<Option<F::Output>> = futs.iter().map(|_| None).collect();
    std::future::poll_fn(|cx| {
        let mut pending = false;
        for (f, o) in futs.iter_mut().zip(out.iter_mut()) {
            if o.is_none() {
                match f.as_mut().poll(cx) {
                    std::task::Poll::Ready(v) => *o = Some(v),
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
async fn key_product_and_content_type_are_checked() {
    let s = demo().await;
    let res = post(&s, 1, None, form("counterfeit", DETAILS, &[])).await;
    let p = s.problem(res, 400, "idempotency_key_required").await;
    assert_eq!(field_errors(&p), [pair("Idempotency-Key", "required")]);
    let res = post(&s, 1, Some("bad key"), form("counterfeit", DETAILS, &[])).await;
    let p = s.problem(res, 400, "idempotency_key_required").await;
    assert_eq!(field_errors(&p), [pair("Idempotency-Key", "malformed")]);

    let res = post(&s, 999_999, Some("k"), form("counterfeit", DETAILS, &[])).await;
    s.problem(res, 404, "product_not_found").await;
    let res = post(&s, 0, Some("k"), form("counterfeit", DETAILS, &[])).await;
    s.problem(res, 404, "product_not_found").await;

    let res = s
        .client
        .post(format!("{}/api/v1/products/1/reports", s.base))
        .header("Idempotency-Key", "k")
        .header("content-type", "application/json")
        .body(r#"{"reason":"counterfeit"}"#)
        .send()
        .await
        .unwrap();
    let p = s.problem(res, 415, "unsupported_media_type").await;
    assert_eq!(field_errors(&p), [pair("body", "unsupported_type")]);
    assert!(reports(&s).await.is_empty());
}

#[tokio::test]
async fn text_fields_get_field_errors() {
    let s = demo().await;
    let res = post(&s, 1, Some("k1"), form("counterfeit", "too short", &[])).await;
    let p = s.problem(res, 422, "validation_failed").await;
    assert_eq!(field_errors(&p), [pair("details", "too_short")]);

    let f = Form::new()
        .text("reason", "stolen")
        .text("details", "x".repeat(2001))
        .text("contact_email", "not-an-address")
        .text("surprise", "1");
    let res = post(&s, 1, Some("k2"), f).await;
    let p = s.problem(res, 422, "validation_failed").await;
    let errs = field_errors(&p);
    for e in [
        pair("surprise", "unexpected"),
        pair("reason", "unknown_value"),
        pair("details", "too_long"),
        pair("contact_email", "malformed"),
    ] {
        assert!(errs.contains(&e), "{e:?} in {errs:?}");
    }
    let res = post(&s, 1, Some("k3"), Form::new().text("contact_email", "")).await;
    let p = s.problem(res, 422, "validation_failed").await;
    assert_eq!(
        field_errors(&p),
        [pair("reason", "required"), pair("details", "required")]
    );
    // A failed request does not burn its key: fixing the body with the same key works.
    let res = post(&s, 1, Some("k1"), form("counterfeit", DETAILS, &[])).await;
    assert_eq!(res.status(), 201);
    assert_eq!(reports(&s).await.len(), 1);
}

#[tokio::test]
async fn evidence_limits_and_types() {
    let s = demo().await;
    let four: Vec<_> = (0..4).map(|_| ("a.png", "image/png", png(8, 8))).collect();
    let res = post(&s, 1, Some("k1"), form("counterfeit", DETAILS, &four)).await;
    let p = s.problem(res, 422, "validation_failed").await;
    assert_eq!(field_errors(&p), [pair("evidence", "too_many")]);

    let mut big = jpeg(16, 16);
    big.resize(5 * 1024 * 1024 + 1, 0);
    let res = post(
        &s,
        1,
        Some("k2"),
        form("counterfeit", DETAILS, &[("big.jpg", "image/jpeg", big)]),
    )
    .await;
    let p = s.problem(res, 413, "payload_too_large").await;
    assert_eq!(field_errors(&p), [pair("evidence[0]", "too_large")]);

    // A Windows executable renamed .jpg and declared image/jpeg: judged by content.
    let mut exe = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xFF\xFF".to_vec();
    exe.extend(b"This program cannot be run in DOS mode.".repeat(20));
    let files = vec![
        ("ok.png", "image/png", png(4, 4)),
        ("photo.jpg", "image/jpeg", exe),
        ("notes.txt", "text/plain", b"just some text".to_vec()),
    ];
    let res = post(&s, 1, Some("k3"), form("counterfeit", DETAILS, &files)).await;
    let p = s.problem(res, 415, "unsupported_media_type").await;
    assert_eq!(
        field_errors(&p),
        [
            pair("evidence[1]", "unsupported_type"),
            pair("evidence[2]", "unsupported_type")
        ]
    );

    // Right magic bytes, broken image.
    let mut broken = jpeg(32, 32);
    broken.truncate(40);
    let res = post(
        &s,
        1,
        Some("k4"),
        form("counterfeit", DETAILS, &[("b.jpg", "image/jpeg", broken)]),
    )
    .await;
    let p = s.problem(res, 422, "validation_failed").await;
    assert_eq!(field_errors(&p), [pair("evidence[0]", "undecodable")]);

    assert!(
        reports(&s).await.is_empty(),
        "nothing stored for refused requests"
    );
    let uploads = s.dir.path().join("data").join("uploads").join("reports");
    let leftovers = std::fs::read_dir(&uploads).map(|d| d.count()).unwrap_or(0);
    assert_eq!(leftovers, 0);
}

#[tokio::test]
async fn jpeg_is_re_encoded_without_exif_gps() {
    let s = demo().await;
    let original = with_exif(&jpeg(64, 48));
    assert!(contains(&original, b"Exif\0\0"));
    assert!(contains(&original, b"SECRET-HOME-ADDRESS"));
    // The hand-made EXIF is readable: the decoder sees it before we strip it.
    {
        use image::ImageDecoder;
        let mut d = image::codecs::jpeg::JpegDecoder::new(std::io::Cursor::new(&original))
            .expect("decoder");
        assert!(d.exif_metadata().expect("exif").is_some());
    }
    let f = form(
        "ip_infringement_trademark",
        DETAILS,
        &[("IMG_0001.JPG", "image/jpeg", original.clone())],
    )
    .text("contact_email", "buyer@example.com");
    let res = post(&s, 3, Some("exif"), f).await;
    assert_eq!(res.status(), 201);
    let created: Value = res.json().await.unwrap();
    let id = created["id"].as_i64().unwrap();

    let path = s
        .dir
        .path()
        .join("data/uploads/reports")
        .join(id.to_string())
        .join("0.jpg");
    let stored = std::fs::read(&path).expect("stored evidence file");
    assert_ne!(stored, original);
    assert_eq!(&stored[..3], &[0xFF, 0xD8, 0xFF]);
    assert!(!contains(&stored, b"Exif"), "EXIF dropped");
    assert!(!contains(&stored, b"SECRET-HOME-ADDRESS"));
    assert!(!contains(&stored, &[0xFF, 0xE1]), "no APP1 segment");
    let img = image::load_from_memory(&stored).expect("stored file decodes");
    // Orientation 6 was applied before the EXIF was dropped: the photo stays upright.
    assert_eq!((img.width(), img.height()), (48, 64));

    let list = reports(&s).await;
    assert_eq!(list[0]["contact_email"], "buyer@example.com");
    assert_eq!(list[0]["evidence"][0]["bytes"], stored.len() as u64);
}

#[tokio::test]
async fn png_is_re_encoded_as_png_and_webp_as_jpeg() {
    let s = demo().await;
    let mut webp = Vec::new();
    image::DynamicImage::ImageRgb8(image::RgbImage::from_pixel(20, 10, image::Rgb([1, 2, 3])))
        .write_with_encoder(image::codecs::webp::WebPEncoder::new_lossless(&mut webp))
        .expect("encode webp");
    let files = vec![
        ("a.webp", "image/webp", webp),
        // The declared type is wrong; the content decides.
        ("b.jpg", "image/jpeg", png(12, 34)),
    ];
    let res = post(&s, 4, Some("formats"), form("other", DETAILS, &files)).await;
    assert_eq!(res.status(), 201);
    let id = res.json::<Value>().await.unwrap()["id"].as_i64().unwrap();
    let dir = s
        .dir
        .path()
        .join("data/uploads/reports")
        .join(id.to_string());
    // WebP (lossy or lossless) is stored as JPEG, so a lossy upload never grows lossless.
    let w = image::load_from_memory(&std::fs::read(dir.join("0.jpg")).expect("0.jpg")).unwrap();
    assert_eq!((w.width(), w.height()), (20, 10));
    let p = image::load_from_memory(&std::fs::read(dir.join("1.png")).expect("1.png")).unwrap();
    assert_eq!((p.width(), p.height()), (12, 34));
    let list = reports(&s).await;
    let types: Vec<_> = list[0]["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["content_type"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(types, ["image/jpeg", "image/png"]);
}

#[tokio::test]
async fn route_is_documented_and_operator_list_is_demo_only() {
    let s = common::start().await;
    let res = s.get("/api/v1/operator/reports").await;
    s.problem(res, 404, "route_not_found").await;
    let doc = s.json("/api/v1/openapi.json").await;
    let op = &doc["paths"]["/api/v1/products/{id}/reports"]["post"];
    assert!(op["requestBody"]["content"]["multipart/form-data"].is_object());
    for status in ["200", "201", "400", "404", "413", "415", "422", "500"] {
        assert!(op["responses"][status].is_object(), "{status}");
    }
    let params: Vec<_> = op["parameters"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap_or(""))
        .collect();
    assert!(params.contains(&"Idempotency-Key"));
    let form = &doc["components"]["schemas"]["ReportForm"];
    assert_eq!(form["properties"]["evidence"]["items"]["format"], "binary");
    let required: Vec<_> = form["required"].as_array().unwrap().iter().collect();
    assert_eq!(required, ["reason", "details"]);
}
