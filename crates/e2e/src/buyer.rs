//! A buyer who acts through the API in typed calls (the `storefront-api` wire types), the way
//! the app does, to put the shop into the state a test starts from: registered with an address,
//! an order paid by card or a wallet payment declined. [`Buyer::sign_in_browser`] signs the
//! test's browser in as that buyer, which then shows that buyer's shop.

use crate::browser::Ctx;
use crate::shop::Shop;
use reqwest::{header, Method, StatusCode};
use serde::de::DeserializeOwned;
use serde::Serialize;
use storefront_api::account::{Address, AddressInput, RegisterRequest, SignInRequest};
use storefront_api::cart::{CartLineInput, Quote, QuoteRequest};
use storefront_api::checkout::{CardInput, CheckoutRequest, Payment, PaymentInput, PaymentStatus};
use storefront_api::orders::Order;
use storefront_api::{Currency, Page, ProductDetail, ProductSummary};

/// Every test account's password.
pub const PASSWORD: &str = "correct horse battery";
/// The test provider's card that always pays.
pub const CARD_THAT_PAYS: &str = "4242 4242 4242 4242";
/// The session cookie's name (crates/server/src/auth.rs).
const SESSION_COOKIE: &str = "sf_session";

/// A registered buyer with a default US address, and their session.
pub struct Buyer {
    http: reqwest::Client,
    base: String,
    session: String,
    pub email: String,
    pub address: Address,
}

impl Buyer {
    /// Registers `email` (named Ann Lee) and saves an address in San Francisco.
    pub async fn register(shop: &Shop, email: &str) -> Buyer {
        let http = reqwest::Client::new();
        let request = RegisterRequest {
            email: email.to_string(),
            password: PASSWORD.to_string(),
            name: "Ann Lee".to_string(),
        };
        let response = http
            .post(shop.url("/api/v1/account/register"))
            .json(&request)
            .send()
            .await
            .expect("API reachable");
        let status = response.status();
        let session = response
            .headers()
            .get_all(header::SET_COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find_map(|c| c.strip_prefix(&format!("{SESSION_COOKIE}=")))
            .and_then(|rest| rest.split(';').next())
            .map(str::to_string);
        let Some(session) = session.filter(|_| status.is_success()) else {
            let body = response.text().await.unwrap_or_default();
            panic!("register {email}: {status} {body}");
        };
        let mut buyer = Buyer {
            http,
            base: shop.base.clone(),
            session,
            email: email.to_string(),
            address: placeholder_address(),
        };
        let address = AddressInput {
            recipient_name: "Ann Lee".into(),
            phone: "+1 555 123 4567".into(),
            country: "US".into(),
            region: "CA".into(),
            city: "San Francisco".into(),
            street: "1 Market St".into(),
            postal_code: "94105".into(),
            is_default: false,
        };
        buyer.address = buyer
            .send(Method::POST, "/account/addresses", Some(&address), &[])
            .await;
        buyer
    }

    /// A request of this buyer to `/api/v1{path}`: its status and body.
    async fn request<B: Serialize>(
        &self,
        method: Method,
        path: &str,
        body: Option<&B>,
        headers: &[(&str, &str)],
    ) -> (StatusCode, String) {
        let mut request = self
            .http
            .request(method.clone(), format!("{}/api/v1{path}", self.base))
            .header(header::COOKIE, format!("{SESSION_COOKIE}={}", self.session));
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        if let Some(body) = body {
            request = request.json(body);
        }
        let response = request.send().await.expect("API reachable");
        let status = response.status();
        (status, response.text().await.unwrap_or_default())
    }

    /// `method` `/api/v1{path}` with a JSON body; the answer as `T`. Non-2xx fails the test.
    pub async fn send<B: Serialize, T: DeserializeOwned>(
        &self,
        method: Method,
        path: &str,
        body: Option<&B>,
        headers: &[(&str, &str)],
    ) -> T {
        let (status, text) = self.request(method.clone(), path, body, headers).await;
        assert!(status.is_success(), "{method} {path} → {status} {text}");
        serde_json::from_str(&text)
            .unwrap_or_else(|e| panic!("{method} {path}: unexpected answer ({e}): {text}"))
    }

    /// GET `/api/v1{path}` as `T`. Non-2xx fails the test.
    pub async fn get<T: DeserializeOwned>(&self, path: &str) -> T {
        self.send::<(), T>(Method::GET, path, None, &[]).await
    }

    /// The order as the API shows it to this buyer.
    pub async fn order(&self, id: i64) -> Order {
        self.get(&format!("/orders/{id}")).await
    }

    /// Puts one piece of the first product that ships to the US and has stock into the server
    /// cart; its (ready) quote.
    pub async fn cart_one_piece(&self) -> Quote {
        let list: Page<ProductSummary> = self.get("/products?limit=60").await;
        for item in &list.items {
            let detail: ProductDetail = self.get(&format!("/products/{}", item.id)).await;
            if !detail.shipping.iter().any(|o| o.to_country == "US") {
                continue;
            }
            let Some(sku) = detail.skus.iter().find(|k| k.stock >= 3) else {
                continue;
            };
            let cart = QuoteRequest {
                lines: vec![CartLineInput {
                    product_id: item.id,
                    sku_id: sku.id,
                    quantity: 1,
                    saved_for_later: false,
                }],
                ..QuoteRequest::default()
            };
            let quote: Quote = self.send(Method::PUT, "/cart", Some(&cart), &[]).await;
            if quote.ready {
                return quote;
            }
        }
        panic!("no product to buy among the first {}", list.items.len());
    }

    /// Checks out the server cart with `payment`, charged in `currency`.
    async fn checkout(&self, quote: &Quote, payment: PaymentInput, currency: Currency) -> Payment {
        let request = CheckoutRequest {
            address_id: self.address.id,
            lines: None,
            shipping: None,
            coupons: None,
            payment,
            expected_total: quote.summary.grand_total,
            charge_currency: currency,
            partner: None,
        };
        let key = format!("e2e-{}-{}", self.email, quote.summary.grand_total.amount);
        self.send(
            Method::POST,
            "/checkout",
            Some(&request),
            &[("Idempotency-Key", &key)],
        )
        .await
    }

    /// Buys one piece with the test card that pays: the new order's id (paid, money held).
    pub async fn pay_by_card(&self) -> i64 {
        let quote = self.cart_one_piece().await;
        let card = CardInput {
            number: CARD_THAT_PAYS.into(),
            exp_month: 12,
            exp_year: 2099,
            cvc: "123".into(),
            holder: "ANN LEE".into(),
        };
        let payment = PaymentInput {
            method: "card".into(),
            card: Some(card),
        };
        let paid = self.checkout(&quote, payment, Currency::USD).await;
        assert_eq!(paid.status, PaymentStatus::Succeeded, "{paid:?}");
        paid.orders.first().expect("an order").id
    }

    /// Checks one piece out with QIWI (roubles) and declines it on the test provider's page:
    /// the order's id (its payment declined, payable again).
    pub async fn pay_with_wallet_declined(&self) -> i64 {
        let quote = self.cart_one_piece().await;
        let payment = PaymentInput {
            method: "qiwi".into(),
            card: None,
        };
        let pending = self.checkout(&quote, payment, Currency::RUB).await;
        assert_eq!(pending.status, PaymentStatus::RequiresAction, "{pending:?}");
        let page = pending
            .redirect_url
            .as_deref()
            .expect("the provider's page");
        let response = self
            .http
            .post(format!("{}{page}/decline", self.base))
            .header(header::COOKIE, format!("{SESSION_COOKIE}={}", self.session))
            .send()
            .await
            .expect("provider page reachable");
        assert!(
            response.status().is_success() || response.status().is_redirection(),
            "decline: {}",
            response.status()
        );
        pending.orders.first().expect("an order").id
    }

    /// Signs the test's browser in as this buyer (`POST /session` from the page, so the
    /// server sets the HttpOnly session cookie in the browser), on the home page in English.
    /// The app learns about the session on its next load.
    pub async fn sign_in_browser(&self, ctx: &Ctx) {
        ctx.goto("/?lang=en").await;
        ctx.wait_for_count("main", 1).await;
        let request = SignInRequest {
            email: self.email.clone(),
            password: PASSWORD.to_string(),
        };
        let body = serde_json::to_string(&request).expect("JSON");
        ctx.page_async(&format!(
            "const r = await fetch('/api/v1/session', {{method: 'POST',
               headers: {{'Content-Type': 'application/json'}}, body: JSON.stringify({body})}});
             if (!r.ok) throw new Error('sign in ' + r.status + ' ' + await r.text());"
        ))
        .await;
    }
}

fn placeholder_address() -> Address {
    Address {
        id: 0,
        recipient_name: String::new(),
        phone: String::new(),
        country: String::new(),
        region: String::new(),
        city: String::new(),
        street: String::new(),
        postal_code: String::new(),
        is_default: false,
    }
}

/// A new buyer `email` (with an address, nothing bought), signed in in the test's browser.
pub async fn signed_in_buyer(ctx: &Ctx, email: &str) -> Buyer {
    let buyer = Buyer::register(&ctx.shop, email).await;
    buyer.sign_in_browser(ctx).await;
    buyer
}

/// A new buyer `email` whose browser is signed in, with one order paid by card: its id.
pub async fn paid_order(ctx: &Ctx, email: &str) -> i64 {
    let buyer = Buyer::register(&ctx.shop, email).await;
    let id = buyer.pay_by_card().await;
    buyer.sign_in_browser(ctx).await;
    id
}

/// [`paid_order`], shipped by the simulated seller (two days on the clock): a dispute may be
/// opened.
pub async fn shipped_order(ctx: &Ctx, email: &str) -> i64 {
    let buyer = Buyer::register(&ctx.shop, email).await;
    let id = buyer.pay_by_card().await;
    ctx.shop.advance_clock(2, 0).await;
    let order = buyer.order(id).await;
    assert!(
        order
            .allowed_actions
            .contains(&storefront_api::orders::OrderAction::OpenDispute),
        "open_dispute allowed: {order:?}"
    );
    buyer.sign_in_browser(ctx).await;
    id
}

/// A new buyer `email` whose browser is signed in, with an order whose QIWI payment was
/// declined: its id.
pub async fn declined_wallet_order(ctx: &Ctx, email: &str) -> i64 {
    let buyer = Buyer::register(&ctx.shop, email).await;
    let id = buyer.pay_with_wallet_declined().await;
    buyer.sign_in_browser(ctx).await;
    id
}
