//! End-to-end: the buyer's dispute pages against the real server in demo mode. The order is
//! bought by a [`storefront_e2e::Buyer`] through typed API calls (the browser then gets the
//! buyer's session cookie), the simulated clock and the seller's and the platform's answers go through
//! the operator API, and everything the buyer does goes through the UI: opening a dispute with
//! two photos (real PNG and JPEG bytes drawn by the browser's canvas, chosen through the file
//! input), declining the seller's partial refund and escalating, the platform's full refund
//! shown on the dispute and the order; files the browser refuses; the draft surviving a
//! reload; the dispute page on a phone.

use fantoccini::Locator;
use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use storefront_e2e::{
    message, message_with, shipped_order, strip_isolation_marks, with_browser, Ctx, Device,
};

/// The demo operator acts for the seller or the platform (`seller-reply`, `arbitrate`).
async fn operator(ctx: &Ctx, dispute: i64, what: &str, body: Value) -> Value {
    ctx.shop
        .operator_post(&format!("/disputes/{dispute}/{what}"), &body)
        .await
}

/// Real image bytes drawn by the browser's canvas (`image/png` or `image/jpeg`), written to
/// `dir/name`.
async fn drawn_image(ctx: &Ctx, dir: &Path, name: &str, kind: &str, w: u32, h: u32) -> PathBuf {
    let hex = ctx
        .page_async(&format!(
            "const c = document.createElement('canvas'); c.width = {w}; c.height = {h};
             const g = c.getContext('2d');
             const grad = g.createLinearGradient(0, 0, {w}, {h});
             grad.addColorStop(0, '#c92503'); grad.addColorStop(1, '#0b57d0');
             g.fillStyle = grad; g.fillRect(0, 0, {w}, {h});
             g.fillStyle = '#fff'; g.fillRect({w} / 4, {h} / 4, {w} / 2, {h} / 8);
             const blob = await new Promise(r => c.toBlob(r, {kind}, 0.9));
             const bytes = new Uint8Array(await blob.arrayBuffer());
             return Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('');",
            kind = json!(kind)
        ))
        .await;
    let hex = hex.as_str().expect("hex bytes");
    let bytes: Vec<u8> = (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).expect("hex"))
        .collect();
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write image");
    path
}

/// Chooses files in the form's file input (WebDriver sends the paths, one per line).
async fn choose_files(ctx: &Ctx, files: &[&Path]) {
    let paths: Vec<String> = files.iter().map(|p| p.display().to_string()).collect();
    ctx.client
        .find(Locator::Css("#dispute-photos"))
        .await
        .expect("file input")
        .send_keys(&paths.join("\n"))
        .await
        .expect("choose files");
}

async fn open_form(ctx: &Ctx, order: i64, lang: &str) {
    ctx.goto(&format!("/orders/{order}/dispute?lang={lang}"))
        .await;
    ctx.wait_for_count("#dispute-photos", 1).await;
}

async fn open_dispute_page(ctx: &Ctx, id: i64) {
    ctx.goto(&format!("/disputes/{id}?lang=en")).await;
    ctx.wait_for_count(".dispute-banner", 1).await;
}

const DESCRIPTION: &str = "The bag's seams are torn and the colour is not the one in the photos.";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dispute_with_photos_declined_escalated_and_refunded_in_full() {
    with_browser("disputes-flow", Device::Desktop, |ctx| async move {
        let order = shipped_order(&ctx, "dispute@example.com").await;
        let dir = tempfile::tempdir().expect("temp dir");
        let png = drawn_image(&ctx, dir.path(), "front.png", "image/png", 320, 240).await;
        // Longer than 2000 px: downscaled in the browser before the upload.
        let jpeg = drawn_image(&ctx, dir.path(), "seam.jpg", "image/jpeg", 2600, 1400).await;

        // The order page offers the dispute; the form follows the answers.
        ctx.goto(&format!("/orders/{order}?lang=en")).await;
        ctx.wait_for_count(".action-dispute", 1).await;
        ctx.click(".action-dispute").await;
        ctx.wait_for_count("#dispute-photos", 1).await;
        // The form shows the item the dispute is about (the order's only line).
        let o = ctx.api_get(&format!("/api/v1/orders/{order}")).await;
        assert_eq!(
            ctx.text_of(".dispute-item .dispute-item-title").await,
            o["lines"][0]["title"].as_str().unwrap_or_default()
        );
        assert_eq!(
            ctx.attr(".dispute-item img", "src").await,
            o["lines"][0]["image"].as_str().unwrap_or_default()
        );
        assert_eq!(
            ctx.attr("#dispute-photos", "accept").await,
            "image/jpeg,image/png,image/webp"
        );
        assert_eq!(ctx.attr("#dispute-photos", "capture").await, "environment");
        ctx.click("#dispute-received-true").await;
        let reasons = ctx
            .count("#dispute-reason option[value]:not([value=''])")
            .await;
        assert_eq!(reasons, 8, "the reasons for a parcel that arrived");
        ctx.click("#dispute-received-false").await;
        assert_eq!(
            ctx.count("#dispute-reason option[value]:not([value=''])")
                .await,
            5,
            "the reasons for a parcel that did not arrive"
        );
        ctx.click("#dispute-received-true").await;
        ctx.choose("#dispute-reason", "not_as_described").await;
        ctx.click("#dispute-outcome-full_refund").await;
        ctx.type_into("#dispute-description", DESCRIPTION).await;

        // Photos are required for this reason: submitting without them is refused here.
        ctx.click("#dispute-submit").await;
        ctx.wait_until(
            "the photos-required message",
            "document.getElementById('dispute-photos-error').innerText.length > 0",
        )
        .await;
        assert_eq!(
            strip_isolation_marks(&ctx.text_of("#dispute-photos-error").await),
            message("en", "dispute-error-photos-required")
        );

        choose_files(&ctx, &[&png, &jpeg]).await;
        ctx.wait_for_count(".dispute-photo[data-state='ready']", 2)
            .await;
        assert_eq!(ctx.count(".dispute-photo-preview").await, 2, "previews");
        assert_eq!(
            ctx.text_of(".dispute-photo:nth-child(2) .dispute-photo-status")
                .await,
            message("en", "dispute-photo-scaled"),
            "the large JPEG was reduced"
        );

        ctx.click("#dispute-submit").await;
        ctx.wait_until(
            "the dispute page",
            "location.pathname.startsWith('/disputes/')",
        )
        .await;
        ctx.wait_for_count(".dispute-banner", 1).await;
        let path = ctx.js("return location.pathname").await;
        let dispute: i64 = path
            .as_str()
            .and_then(|p| p.strip_prefix("/disputes/"))
            .and_then(|p| p.parse().ok())
            .expect("dispute id in the URL");
        let d = ctx.api_get(&format!("/api/v1/disputes/{dispute}")).await;
        assert_eq!(d["evidence"].as_array().map(Vec::len), Some(2));
        assert!(
            d["evidence"][1]["width"].as_u64().unwrap_or(9999) <= 2000,
            "the server got the downscaled JPEG: {}",
            d["evidence"][1]
        );
        assert_eq!(
            ctx.text_of(".dispute-banner").await,
            message("en", "dispute-banner-waiting-seller")
        );
        assert!(ctx.count(".dispute-deadlines .countdown").await >= 1);
        assert_eq!(
            ctx.count(".compare-evidence .compare-thumb").await,
            2,
            "the buyer's photos beside the listing's"
        );
        assert!(ctx.count(".compare-listing .compare-thumb").await >= 1);

        // Zoom: opens on a photo, Escape closes and gives the focus back.
        ctx.click(".compare-evidence .compare-thumb").await;
        ctx.wait_for_count("#lightbox", 1).await;
        assert_eq!(
            ctx.js("return document.activeElement.id").await,
            json!("lightbox-close")
        );
        ctx.client
            .find(Locator::Css("#lightbox-close"))
            .await
            .expect("close button")
            .send_keys("\u{e00c}")
            .await
            .expect("Escape");
        ctx.wait_until("the zoom closed", "!document.getElementById('lightbox')")
            .await;
        ctx.wait_until(
            "focus back on the photo",
            "document.activeElement && document.activeElement.classList.contains('compare-thumb')",
        )
        .await;

        // The seller proposes a partial refund.
        let refundable = d["refundable"]["amount"].as_i64().expect("refundable");
        operator(
            &ctx,
            dispute,
            "seller-reply",
            json!({"action": "propose", "outcome": "partial_refund", "amount": refundable / 5}),
        )
        .await;
        open_dispute_page(&ctx, dispute).await;
        assert_eq!(
            ctx.text_of(".dispute-banner").await,
            message("en", "dispute-banner-your-action")
        );
        assert_eq!(
            ctx.attr(".proposal-current", "data-outcome").await,
            "partial_refund"
        );
        assert_eq!(ctx.count("#dispute-accept").await, 1);
        ctx.click("#dispute-decline").await;
        ctx.wait_for_count("#dispute-decline-panel", 1).await;
        assert_eq!(
            ctx.count("#dispute-escalate").await,
            0,
            "escalation waits for the negotiation period"
        );

        // After the negotiation period the buyer declines with a counter-proposal and a
        // message, which the proposals list shows; then escalates.
        ctx.shop.advance_clock(5, 0).await;
        open_dispute_page(&ctx, dispute).await;
        ctx.click("#dispute-decline").await;
        ctx.wait_for_count("#counter-message", 1).await;
        ctx.type_into(
            "#counter-message",
            "The seams are torn: a full refund, please.",
        )
        .await;
        ctx.click("#dispute-counter").await;
        ctx.wait_until(
            "the countered notice",
            "document.querySelector(\"#dispute-notice[data-notice='dispute-done-countered']\")",
        )
        .await;
        assert_eq!(
            ctx.text_of(".proposal-current .proposal-message").await,
            "The seams are torn: a full refund, please."
        );
        ctx.wait_for_count("#dispute-escalate", 1).await;
        ctx.click("#dispute-escalate").await;
        ctx.wait_until(
            "the escalated notice",
            "document.querySelector(\"#dispute-notice[data-notice='dispute-done-escalated']\")",
        )
        .await;
        assert_eq!(
            ctx.text_of(".dispute-banner").await,
            message("en", "dispute-banner-under-review")
        );
        assert_eq!(
            ctx.attr(".page-dispute .state-chip", "data-dispute-state")
                .await,
            "escalated"
        );
        // Under review: when the platform decides, and nothing to do meanwhile but write —
        // no empty "What next?" panel.
        ctx.wait_for_count(".dispute-deadlines [data-kind='Decision']", 1)
            .await;
        assert!(ctx
            .text_of(".dispute-deadlines [data-kind='Decision'] .countdown-at")
            .await
            .starts_with("The platform decides by "));
        assert_eq!(ctx.count("#dispute-decline-panel").await, 0);

        // Arbitration decides a full refund.
        operator(
            &ctx,
            dispute,
            "arbitrate",
            json!({"outcome": "full_refund"}),
        )
        .await;
        open_dispute_page(&ctx, dispute).await;
        ctx.wait_for_count(".dispute-decision[data-outcome='full_refund']", 1)
            .await;
        assert_eq!(
            ctx.text_of(".decision-outcome").await,
            message("en", "dispute-outcome-full-refund")
        );
        assert!(ctx
            .text_of(".decision-amount")
            .await
            .starts_with("Refund: "));
        assert_eq!(
            ctx.text_of(".dispute-banner").await,
            message("en", "dispute-banner-resolved")
        );
        // The money line tells what was refunded, not "$0.00 held".
        let hold = ctx.text_of(".dispute-hold").await;
        assert!(
            hold.ends_with(" refunded to you.") && !hold.contains("held"),
            "{hold}"
        );
        assert_eq!(ctx.count("#dispute-decline-panel").await, 0);

        // The buyer's disputes are listed at /disputes, linked from the dispute.
        ctx.click(".dispute-links a[href='/disputes']").await;
        ctx.wait_for_count(".dispute-row", 1).await;
        assert_eq!(
            ctx.attr(".dispute-row a", "href").await,
            format!("/disputes/{dispute}")
        );
        assert_eq!(
            ctx.attr(".dispute-row .state-chip", "data-dispute-state")
                .await,
            "resolved"
        );

        // The order and its hold show the refund; the order links to its dispute.
        ctx.goto(&format!("/orders/{order}?lang=en")).await;
        ctx.wait_for_count(".hold-card", 1).await;
        assert_eq!(ctx.attr(".hold-card", "data-hold").await, "refunded");
        assert_eq!(
            ctx.attr(".action-view-dispute", "href").await,
            format!("/disputes/{dispute}")
        );
        let o = ctx.api_get(&format!("/api/v1/orders/{order}")).await;
        assert_eq!(o["hold"]["state"], "refunded");
        assert_eq!(o["hold"]["held"]["amount"], 0);
        // The money adds up: items + shipping = paid; paid − the refund = what it cost now.
        let rows = ctx
            .money_rows(".order-totals", ".summary-rows > div")
            .await
            .remove(0);
        let paid_at = rows
            .iter()
            .position(|r| r.0.contains("order-totals-paid"))
            .expect("a paid line");
        storefront_e2e::assert_adds_up(&rows[..=paid_at]);
        storefront_e2e::assert_adds_up(&rows[paid_at..]);
        let refund = rows
            .iter()
            .find(|r| r.0.contains("order-totals-refund"))
            .expect("the refund is a line of its own");
        assert_eq!(
            -refund.1,
            o["hold"]["refunded"]["amount"].as_i64().unwrap_or(0)
        );
        assert_eq!(
            rows.last().map(|r| r.1),
            Some(0),
            "refunded in full: {rows:?}"
        );
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn non_images_and_oversized_files_are_refused_in_the_buyers_language() {
    with_browser("disputes-refused", Device::Desktop, |ctx| async move {
        let order = shipped_order(&ctx, "refused@example.com").await;
        let dir = tempfile::tempdir().expect("temp dir");
        let text = dir.path().join("notes.txt");
        std::fs::write(&text, "not a photo").expect("write");
        let big = dir.path().join("huge.png");
        std::fs::write(&big, vec![0u8; 10 * 1024 * 1024 + 1]).expect("write");

        open_form(&ctx, order, "ru").await;
        choose_files(&ctx, &[&text, &big]).await;
        ctx.wait_for_count(".dispute-refused-file", 2).await;
        let refused = |n: usize| format!(".dispute-refused-file:nth-child({n})");
        assert_eq!(
            ctx.attr(&refused(1), "data-code").await,
            "unsupported_media_type"
        );
        assert!(ctx
            .text_of(&refused(1))
            .await
            .ends_with(&message("ru", "dispute-error-file-type")));
        assert_eq!(
            ctx.attr(&refused(2), "data-code").await,
            "payload_too_large"
        );
        assert!(ctx.text_of(&refused(2)).await.ends_with(&message_with(
            "ru",
            "dispute-error-file-large",
            &[("count", 10)]
        )));
        assert_eq!(ctx.count(".dispute-photo").await, 0, "nothing was added");
        assert_eq!(ctx.attr("#dispute-refused", "role").await, "alert");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reload_in_the_middle_of_the_form_keeps_the_draft() {
    with_browser("disputes-draft", Device::Desktop, |ctx| async move {
        let order = shipped_order(&ctx, "draft@example.com").await;
        open_form(&ctx, order, "en").await;
        ctx.click("#dispute-received-true").await;
        ctx.choose("#dispute-reason", "poor_quality").await;
        ctx.click("#dispute-outcome-partial_refund").await;
        ctx.wait_for_count("#dispute-amount", 1).await;
        // The amount is checked as it is typed: 0 < amount < refundable.
        ctx.type_into("#dispute-amount", "100000").await;
        ctx.wait_until(
            "the live amount message",
            "document.getElementById('dispute-amount-error').innerText.length > 0",
        )
        .await;
        assert_eq!(ctx.attr("#dispute-amount", "aria-invalid").await, "true");
        ctx.js("const a = document.getElementById('dispute-amount'); a.value = ''; a.dispatchEvent(new Event('input', {bubbles: true}));").await;
        ctx.type_into("#dispute-amount", "1.50").await;
        ctx.wait_until(
            "the amount accepted",
            "document.getElementById('dispute-amount-error').innerText.length === 0",
        )
        .await;
        ctx.type_into("#dispute-description", "The stitching came apart").await;
        assert_eq!(
            ctx.text_of("#dispute-description-count").await,
            "24 of 2,000 characters"
        );

        ctx.client.refresh().await.expect("reload");
        ctx.wait_for_count("#dispute-amount", 1).await;
        let value = |id: &str| format!("return document.getElementById('{id}').value");
        assert_eq!(ctx.js(&value("dispute-reason")).await, json!("poor_quality"));
        assert_eq!(ctx.js(&value("dispute-amount")).await, json!("1.50"));
        assert_eq!(
            ctx.js(&value("dispute-description")).await,
            json!("The stitching came apart")
        );
        assert_eq!(
            ctx.js("return document.getElementById('dispute-received-true').checked")
                .await,
            json!(true)
        );
        assert_eq!(
            ctx.js("return document.getElementById('dispute-outcome-partial_refund').checked")
                .await,
            json!(true)
        );
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_dispute_page_works_on_a_phone() {
    with_browser("disputes-phone", Device::Phone, |ctx| async move {
        let order = shipped_order(&ctx, "phone@example.com").await;
        // The form fits the phone: no sideways scrolling, touch-sized choices and buttons.
        open_form(&ctx, order, "en").await;
        ctx.click("#dispute-received-true").await;
        // (Out of the fixed bottom bar's way: the item card above the form moved it down.)
        ctx.js("document.getElementById('dispute-outcome-partial_refund').scrollIntoView({block: 'center'}); return true")
            .await;
        ctx.click("#dispute-outcome-partial_refund").await;
        ctx.wait_for_count("#dispute-amount", 1).await;
        assert_eq!(
            ctx.js("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
                .await,
            json!(0),
            "the form scrolls sideways at 390 px"
        );
        let small = ctx
            .js("return Array.from(document.querySelectorAll('.dispute-form button, .dispute-choice, .dispute-control')).filter(b => { const r = b.getBoundingClientRect(); return r.height > 0 && r.height < 44; }).map(b => b.id || b.className)")
            .await;
        assert_eq!(small, json!([]), "form controls under 44 px");
        // Opened through the API (the form is covered above); reason without required photos.
        let id = ctx.page_async(&format!(
                "const o = await (await fetch('/api/v1/orders/{order}')).json();
                 const f = new FormData();
                 f.append('line_id', String(o.lines[0].line_no)); f.append('received', 'true');
                 f.append('reason', 'poor_quality'); f.append('outcome', 'full_refund');
                 f.append('description', {desc});
                 const r = await fetch('/api/v1/orders/{order}/disputes', {{method: 'POST', body: f,
                   headers: {{'Idempotency-Key': 'phone-1', 'If-Match': '\"' + o.id + '-' + o.version + '\"'}}}});
                 if (!r.ok) throw new Error('open ' + r.status + ' ' + await r.text());
                 return (await r.json()).id;",
                desc = json!(DESCRIPTION)
            ),
        )
        .await
        .as_i64()
        .expect("dispute id");
        operator(
            &ctx,
            id,
            "seller-reply",
            json!({"action": "propose", "outcome": "partial_refund", "amount": 100}),
        )
        .await;
        open_dispute_page(&ctx, id).await;
        let overflow = ctx
            .js("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
            .await;
        assert_eq!(overflow, json!(0), "no sideways scrolling at 390 px");
        // Every action button is a comfortable touch target.
        let small = ctx
            .js("return Array.from(document.querySelectorAll('.page-dispute button')).filter(b => { const r = b.getBoundingClientRect(); return r.height > 0 && r.height < 44; }).map(b => b.id || b.className)")
            .await;
        assert_eq!(small, json!([]), "buttons under 44 px");
        assert_eq!(
            ctx.text_of(".dispute-banner").await,
            message("en", "dispute-banner-your-action")
        );
        // Send a message in the thread.
        ctx.type_into("#message-text", "Could you send a photo of the box?").await;
        ctx.js("document.getElementById('message-send').scrollIntoView({block: 'center'})")
            .await;
        ctx.click("#message-send").await;
        ctx.wait_for_count(".message-mine", 1).await;
        assert_eq!(
            ctx.text_of(".message-mine .message-text").await,
            "Could you send a photo of the box?"
        );
    })
    .await;
}
