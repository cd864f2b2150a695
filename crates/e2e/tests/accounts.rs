//! End-to-end: register, the name in the header, the session cookie across a reload, sign out
//! and in again; a wrong password in German; the address book's postal-code check; the sign-in
//! form on a phone. Each test runs its own server and browser.

use serde_json::json;
use storefront_e2e::{message, with_browser, Ctx, Device, PASSWORD};

/// Registers through the form on `/register` and waits for the account page.
async fn register_in_browser(ctx: &Ctx, name: &str, email: &str) {
    ctx.goto("/register?lang=en").await;
    ctx.wait_for_count("#auth-name", 1).await;
    ctx.type_into("#auth-name", name).await;
    ctx.type_into("#auth-email", email).await;
    ctx.type_into("#auth-password", PASSWORD).await;
    ctx.click(".auth-submit").await;
    ctx.wait_until(
        "the account page after registering",
        "location.pathname === '/account' && document.querySelector('.account-name')",
    )
    .await;
}

async fn header_name(ctx: &Ctx) -> String {
    ctx.text_of(".header-account:not(.header-wishlist) .header-account-text")
        .await
        .trim()
        .to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn register_reload_sign_out_and_in() {
    with_browser("accounts-session", Device::Desktop, |ctx| async move {
        register_in_browser(&ctx, "Ann Lee", "ann@example.com").await;
        assert_eq!(header_name(&ctx).await, "Ann Lee");
        assert_eq!(ctx.text_of(".account-name").await.trim(), "Ann Lee");

        // The session cookie survives a reload.
        ctx.goto("/account?lang=en").await;
        ctx.wait_until(
            "the name after a reload",
            "document.querySelector('.header-account:not(.header-wishlist) .header-account-text')?.innerText.includes('Ann Lee') && document.querySelector('.account-name')",
        )
        .await;

        ctx.click(".account-sign-out").await;
        ctx.wait_until(
            "sign-in page after signing out",
            "location.pathname === '/signin' && document.querySelector('#auth-email')",
        )
        .await;
        assert_eq!(header_name(&ctx).await, "Sign in");
        let addresses = reqwest_status(&ctx, "/api/v1/account/addresses").await;
        assert_eq!(addresses, 401, "a fresh client has no session");

        // Signed out, /account sends the buyer to sign in and back.
        ctx.goto("/account?lang=en").await;
        ctx.wait_until(
            "redirect to sign-in",
            "location.pathname === '/signin' && new URLSearchParams(location.search).get('next') === '/account'",
        )
        .await;
        ctx.wait_for_count("#auth-email", 1).await;
        ctx.type_into("#auth-email", "ann@example.com").await;
        ctx.type_into("#auth-password", PASSWORD).await;
        ctx.click(".auth-submit").await;
        ctx.wait_until(
            "the account page after signing in",
            "location.pathname === '/account' && document.querySelector('.account-name')",
        )
        .await;
        assert_eq!(header_name(&ctx).await, "Ann Lee");
    })
    .await;
}

async fn reqwest_status(ctx: &Ctx, path: &str) -> u16 {
    reqwest::get(ctx.shop.url(path))
        .await
        .map(|r| r.status().as_u16())
        .unwrap_or(0)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wrong_password_is_explained_and_the_email_kept() {
    with_browser(
        "accounts-wrong-password",
        Device::Desktop,
        |ctx| async move {
            let created = reqwest::Client::new()
                .post(ctx.shop.url("/api/v1/account/register"))
                .json(&json!({"email": "bob@example.com", "password": PASSWORD, "name": "Bob"}))
                .send()
                .await
                .expect("register over HTTP");
            assert_eq!(created.status().as_u16(), 201);

            ctx.goto("/signin?lang=de").await;
            ctx.wait_for_count("#auth-email", 1).await;
            ctx.type_into("#auth-email", "bob@example.com").await;
            ctx.type_into("#auth-password", "not the password").await;
            ctx.click(".auth-submit").await;
            ctx.wait_for_count("#auth-failure", 1).await;
            assert_eq!(
                ctx.text_of("#auth-failure").await.trim(),
                message("de", "error-invalid-credentials")
            );
            let email = ctx
                .js("return document.querySelector('#auth-email').value")
                .await;
            assert_eq!(email.as_str(), Some("bob@example.com"));
            ctx.wait_until(
                "focus on the failure",
                "document.activeElement && document.activeElement.id === 'auth-failure'",
            )
            .await;
            assert_eq!(
                ctx.js("return location.pathname").await.as_str(),
                Some("/signin")
            );

            // More failures lock the e-mail out for a while, and the wait is said.
            let locked = message("de", "error-too-many-attempts");
            let mut text = String::new();
            for _ in 0..8 {
                ctx.click(".auth-submit").await;
                ctx.wait_until(
                    "the answer",
                    "!document.querySelector('.auth-submit').disabled && document.querySelector('#auth-failure')",
                )
                .await;
                text = ctx.text_of("#auth-failure").await;
                if text.starts_with(&locked) {
                    break;
                }
            }
            assert!(text.starts_with(&locked), "{text}");
            assert!(text.contains("Sekunden erneut"), "{text}");
        },
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn address_postal_code_is_checked_then_saved_as_default() {
    with_browser("accounts-address", Device::Desktop, |ctx| async move {
        register_in_browser(&ctx, "Carla Weber", "carla@example.com").await;
        ctx.wait_for_count("#account-address-add", 1).await;
        ctx.click("#account-address-add").await;
        ctx.wait_for_count("#addr-recipient_name", 1).await;
        // The ship-to countries come from /config.
        ctx.wait_for_count("#addr-country option[value='DE']", 1)
            .await;
        ctx.type_into("#addr-recipient_name", "Carla Weber").await;
        ctx.type_into("#addr-phone", "+49 30 1234567").await;
        ctx.js(
            "const s = document.querySelector('#addr-country'); s.value = 'DE'; \
             s.dispatchEvent(new Event('change', {bubbles: true}));",
        )
        .await;
        ctx.wait_until(
            "the German postal hint",
            "document.querySelector('#addr-postal_code-hint').innerText.includes('10115')",
        )
        .await;
        ctx.type_into("#addr-city", "Berlin").await;
        ctx.type_into("#addr-street", "Unter den Linden 1").await;
        ctx.type_into("#addr-postal_code", "1011A").await;
        ctx.click(".address-form button[type=submit]").await;
        ctx.wait_until(
            "the postal code error",
            "document.querySelector('#addr-postal_code-error').innerText.trim().length > 0",
        )
        .await;
        assert_eq!(
            ctx.text_of("#addr-postal_code-error").await.trim(),
            message("en", "account-field-postal-code-format")
        );
        assert_eq!(ctx.active_id().await, "addr-postal_code");
        assert_eq!(
            ctx.js(
                "return document.querySelector('#addr-postal_code').getAttribute('aria-invalid')"
            )
            .await
            .as_str(),
            Some("true")
        );
        // Nothing typed is lost.
        assert_eq!(
            ctx.js("return document.querySelector('#addr-street').value")
                .await
                .as_str(),
            Some("Unter den Linden 1")
        );

        ctx.clear("#addr-postal_code").await;
        ctx.type_into("#addr-postal_code", "10115").await;
        ctx.click(".address-form button[type=submit]").await;
        ctx.wait_for_count(".address-card", 1).await;
        let card = ctx.text_of(".address-card").await;
        assert!(card.contains("10115 Berlin"), "{card}");
        assert!(card.contains("Carla Weber"), "{card}");
        assert_eq!(
            ctx.count(".address-card.address-default .address-badge")
                .await,
            1
        );
        assert_eq!(
            ctx.count(".address-form").await,
            0,
            "the form closes after saving"
        );
        let stored = reqwest_status(&ctx, "/api/v1/account/addresses").await;
        assert_eq!(stored, 401, "addresses are not readable without the cookie");
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sign_in_form_is_usable_on_a_phone() {
    with_browser("accounts-phone", Device::Phone, |ctx| async move {
        ctx.goto("/signin?lang=en").await;
        ctx.wait_for_count("#auth-email", 1).await;
        let sizes = ctx
            .js(
                "return ['#auth-email', '#auth-password', '.password-toggle', '.auth-submit', '.auth-tab'] \
                 .map(s => { const r = document.querySelector(s).getBoundingClientRect(); \
                 return [s, r.height, r.width, r.right]; })",
            )
            .await;
        for entry in sizes.as_array().cloned().unwrap_or_default() {
            let h = entry[1].as_f64().unwrap_or(0.0);
            let w = entry[2].as_f64().unwrap_or(0.0);
            let right = entry[3].as_f64().unwrap_or(1e9);
            assert!(h >= 44.0 && w >= 44.0, "{entry} is at least 44 px");
            assert!(right <= 390.0, "{entry} fits the 390 px screen");
        }
        let overflow = ctx
            .js("return document.documentElement.scrollWidth")
            .await
            .as_f64()
            .unwrap_or(0.0);
        assert!(overflow <= 390.0, "no sideways scrolling ({overflow} px)");
        // Labels are tied to the inputs and show/hide works.
        assert_eq!(ctx.count("label[for=auth-email]").await, 1);
        assert_eq!(ctx.count("label[for=auth-password]").await, 1);
        ctx.type_into("#auth-password", "secret-pass").await;
        ctx.click(".password-toggle").await;
        ctx.wait_until(
            "the password shown",
            "document.querySelector('#auth-password').type === 'text'",
        )
        .await;
        assert_eq!(
            ctx.js("return document.querySelector('#auth-password').value")
                .await
                .as_str(),
            Some("secret-pass")
        );
    })
    .await;
}
