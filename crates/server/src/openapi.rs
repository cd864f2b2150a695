//! The OpenAPI 3.1 document, generated from the handlers' annotations and the contract types.

use crate::routes::{
    account, cart, catalog, checkout, disputes, images, meta, operator, orders, partners,
    payment_provider, reports, search,
};
use utoipa::OpenApi;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Storefront API",
        description = "Catalogue, account and checkout API of the Storefront reference backend. Errors are \
            `application/problem+json` (RFC 9457) with a stable `code`; lists are cursor-paginated; \
            money is integer minor units with an ISO 4217 code. Unknown paths under `/api` answer \
            `404 route_not_found`, a wrong method `405 method_not_allowed`, a server failure \
            `500 internal`.\n\nBuyers sign in with the `sf_session` cookie (HttpOnly, SameSite=Lax, \
            Secure on https); every `POST`/`PUT` must be sent as `Content-Type: application/json` \
            (`415` otherwise). Test cards of the built-in provider: `4242 4242 4242 4242` succeeds; \
            `4000 0000 0000 0002` declined (`card_declined`); `4000 0000 0000 9995` declined \
            (`insufficient_funds`); `4000 0000 0000 3220` needs 3-D Secure confirmation on the \
            provider page. Coupons: `WELCOME5` ($5 off from $30), `SAVE10` (10 %, at most $20, from \
            $50), `SPRING2024` (expired), and `STORE<seller id>` (10 % off that seller's lines from $20).",
        license(name = "MIT")
    ),
    paths(
        meta::health,
        meta::config,
        meta::openapi,
        catalog::categories,
        catalog::category,
        catalog::products,
        catalog::product,
        catalog::reviews,
        catalog::seller,
        catalog::home,
        search::search,
        search::suggest,
        search::review_summary,
        images::product_image,
        images::review_image,
        reports::create,
        operator::set_faults,
        reports::list,
        account::register,
        account::sign_in,
        account::sign_out,
        account::me,
        account::list_addresses,
        account::create_address,
        account::update_address,
        account::delete_address,
        account::make_default,
        cart::quote,
        cart::get,
        cart::put,
        cart::merge,
        checkout::payment_methods,
        checkout::checkout,
        checkout::get_payment,
        payment_provider::page,
        payment_provider::confirm,
        payment_provider::decline,
        orders::list,
        orders::counts,
        orders::get,
        orders::confirm_receipt,
        orders::cancel,
        orders::request_extension,
        orders::feedback,
        checkout::pay_again,
        operator::clock,
        operator::advance_clock,
        operator::ship,
        operator::deliver,
        disputes::open,
        disputes::list,
        disputes::get,
        disputes::evidence,
        disputes::accept,
        disputes::counter,
        disputes::escalate,
        disputes::cancel,
        disputes::message,
        disputes::return_shipment,
        disputes::seller_reply,
        disputes::arbitrate,
        partners::orders,
    ),
    components(schemas(
        storefront_api::Problem,
        storefront_api::ErrorCode,
        storefront_api::FieldError,
        storefront_api::Sort,
        storefront_api::orders::OrderTab,
    )),
    tags(
        (name = "catalogue", description = "Categories, products, reviews, sellers, home page"),
        (name = "meta", description = "Health, configuration, this document"),
        (name = "reports", description = "Counterfeit / IP-infringement reports about listings"),
        (name = "images", description = "Generated product images"),
        (name = "account", description = "Registration, sessions (cookie `sf_session`), address book"),
        (name = "cart", description = "Cart pricing and the signed-in buyer's cart"),
        (name = "checkout", description = "Payment methods, placing orders, payments"),
        (name = "test provider", description = "The built-in test payment provider's confirmation page"),
        (name = "orders", description = "The buyer's orders: tabs and counts, timeline, hold ledger, deadlines; transitions need `If-Match` with the order's `ETag` (428 without, 412 when stale) and answer 409 `illegal_transition` when not in `allowed_actions`"),
        (name = "disputes", description = "Disputes with photo evidence on order lines: opening (multipart, `Idempotency-Key`, `If-Match` with the order's ETag), proposals, escalation, arbitration, return sub-flow; actions need `If-Match` with the dispute's `ETag` and answer 409 `illegal_transition` when not in `allowed_actions`"),
        (name = "operator (demo only)", description = "Exists only when the server runs with `--demo`"),
    )
)]
pub struct ApiDoc;

/// The document as JSON, with the server version.
pub fn document() -> serde_json::Value {
    let mut doc = ApiDoc::openapi();
    doc.info.version = env!("CARGO_PKG_VERSION").to_string();
    serde_json::to_value(&doc).unwrap_or_else(|_| serde_json::json!({}))
}
