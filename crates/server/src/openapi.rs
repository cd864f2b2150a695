//! The OpenAPI 3.1 document, generated from the handlers' annotations and the contract types.

use crate::http::{
    account, cart, catalog, checkout, disputes, images, meta, operator, orders, partners,
    payment_provider, reports, search,
};
use serde_json::{json, Value};
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
        operator::set_price,
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
        crate::http::wishlist::list,
        crate::http::wishlist::ids,
        crate::http::wishlist::add,
        crate::http::wishlist::remove,
        crate::http::wishlist::merge,
        crate::http::wishlist::priced,
        crate::http::wishlist::follow_state,
        crate::http::wishlist::follow,
        crate::http::wishlist::unfollow,
        crate::http::wishlist::following,
        crate::http::wishlist::similar,
        crate::http::wishlist::more_from_store,
        crate::http::wishlist::buy_again,
        crate::http::inbox::list,
        crate::http::inbox::start,
        crate::http::inbox::conversation,
        crate::http::inbox::send,
        crate::http::inbox::read,
        crate::http::inbox::photo,
        crate::http::inbox::notifications,
        crate::http::inbox::read_all,
        crate::http::inbox::read_one,
        crate::http::inbox::counts,
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
        (name = "wishlist", description = "Wish list (price when added against now), followed stores, similar items, more from this store, buy again"),
        (name = "inbox", description = "Conversations with sellers (one per seller; messages with photos, `Idempotency-Key`; only the buyer reads them) and notifications of orders, disputes, replies and wish-list price drops"),
        (name = "operator (demo only)", description = "Exists only when the server runs with `--demo`, and always needs `Authorization: Bearer <operator token>` (`401 unauthenticated` otherwise)"),
    )
)]
pub struct ApiDoc;

/// The document as JSON, with the server version and the limits the server enforces.
pub fn document() -> serde_json::Value {
    let mut doc = ApiDoc::openapi();
    doc.info.version = env!("CARGO_PKG_VERSION").to_string();
    let mut doc = serde_json::to_value(&doc).unwrap_or_else(|_| serde_json::json!({}));
    state_limits(&mut doc);
    share_problem_responses(&mut doc);
    doc
}

/// The media type of every error answer.
const PROBLEM: &str = "application/problem+json";

/// Moves every problem response that more than one operation answers alike (same status,
/// description and headers) into `components.responses`, and puts a `$ref` to it in its place:
/// `401 unauthenticated`, `415 unsupported_media_type`, `500 internal` and the like are
/// described once. A response only one operation has stays where it is.
fn share_problem_responses(doc: &mut Value) {
    // The problem responses in document order, each with its JSON text.
    let mut seen: Vec<(String, String, Value)> = Vec::new();
    let mut uses: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for_each_response(doc, |status, response| {
        if response["content"].get(PROBLEM).is_none() {
            return;
        }
        let text = response.to_string();
        let n = uses.entry(text.clone()).or_insert(0);
        *n += 1;
        if *n == 1 {
            seen.push((status.to_string(), text, response.clone()));
        }
    });
    let mut names: std::collections::HashMap<String, String> = std::collections::HashMap::new();
    let mut shared = serde_json::Map::new();
    for (status, text, response) in seen {
        if uses.get(&text).copied().unwrap_or(0) < 2 {
            continue;
        }
        let name = response_name(&status, &response, &shared);
        shared.insert(name.clone(), response);
        names.insert(text, name);
    }
    if shared.is_empty() {
        return;
    }
    for_each_response(doc, |_, response| {
        if let Some(name) = names.get(&response.to_string()) {
            *response = json!({"$ref": format!("#/components/responses/{name}")});
        }
    });
    doc["components"]["responses"] = Value::Object(shared);
}

/// Calls `f` with the status and the object of every response of every operation.
fn for_each_response(doc: &mut Value, mut f: impl FnMut(&str, &mut Value)) {
    let Some(paths) = doc.get_mut("paths").and_then(Value::as_object_mut) else {
        return;
    };
    for item in paths.values_mut() {
        let Some(ops) = item.as_object_mut() else {
            continue;
        };
        for op in ops.values_mut() {
            let Some(responses) = op.get_mut("responses").and_then(Value::as_object_mut) else {
                continue;
            };
            for (status, response) in responses.iter_mut() {
                f(status, response);
            }
        }
    }
}

/// A component name for a shared response: its error code in `PascalCase` (the first
/// back-quoted word of the description, e.g. `Unauthenticated`), with the status and then a
/// number added when another response already has that name.
fn response_name(status: &str, response: &Value, taken: &serde_json::Map<String, Value>) -> String {
    let description = response["description"].as_str().unwrap_or("");
    let code = description.split('`').nth(1).unwrap_or("");
    let mut base: String = code
        .split('_')
        .filter(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_alphanumeric()))
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        })
        .collect();
    if base.is_empty() {
        base = "Problem".to_string();
    }
    if !taken.contains_key(&base) {
        return base;
    }
    let with_status = format!("{base}{status}");
    if !taken.contains_key(&with_status) {
        return with_status;
    }
    (2..)
        .map(|n| format!("{with_status}_{n}"))
        .find(|name| !taken.contains_key(name))
        .unwrap_or(with_status)
}

/// Merges `extra`'s members into `target` (an object).
fn merge(target: &mut Value, extra: Value) {
    if let (Some(t), Value::Object(e)) = (target.as_object_mut(), extra) {
        t.extend(e);
    }
}

/// Bodiless `POST`s that still insist on `Content-Type: application/json` (a CSRF guard).
const JSON_WITHOUT_BODY: [&str; 6] = [
    "/api/v1/account/addresses/{id}/default",
    "/api/v1/orders/{id}/confirm-receipt",
    "/api/v1/orders/{id}/cancel",
    "/api/v1/disputes/{id}/accept",
    "/api/v1/disputes/{id}/escalate",
    "/api/v1/disputes/{id}/cancel",
];

/// Writes into the generated document what the handlers check but the annotations cannot say:
/// id and paging ranges, the `Idempotency-Key` format, the JSON content type of bodiless
/// `POST`s, request field lengths and ranges, and the operator API's bearer token.
fn state_limits(doc: &mut Value) {
    let Some(paths) = doc.get_mut("paths").and_then(Value::as_object_mut) else {
        return;
    };
    for (path, item) in paths.iter_mut() {
        let operator = path.starts_with("/api/v1/operator/");
        let Some(ops) = item.as_object_mut() else {
            continue;
        };
        for (method, op) in ops.iter_mut() {
            if let Some(params) = op.get_mut("parameters").and_then(Value::as_array_mut) {
                for p in params.iter_mut() {
                    let name = p["name"].as_str().unwrap_or("").to_string();
                    let place = p["in"].as_str().unwrap_or("").to_string();
                    let integer = p["schema"]["type"] == "integer";
                    let schema = &mut p["schema"];
                    match (place.as_str(), name.as_str()) {
                        ("path", "id") if integer => merge(schema, json!({"minimum": 1})),
                        ("query", "product" | "category" | "seller") => {
                            merge(schema, json!({"minimum": 1}))
                        }
                        ("query", "limit") => {
                            merge(schema, json!({"minimum": 1, "maximum": 100, "default": 24}))
                        }
                        ("query", "stars") => merge(schema, json!({"minimum": 1, "maximum": 5})),
                        ("query", "delivery_days") => {
                            merge(schema, json!({"minimum": 1, "maximum": 365}))
                        }
                        ("query", "rating_min") => {
                            merge(schema, json!({"minimum": 0, "maximum": 50}))
                        }
                        ("query", "seller_positive_min") => {
                            merge(schema, json!({"minimum": 0, "maximum": 1000}))
                        }
                        ("query", "price_min" | "price_max") => {
                            merge(schema, json!({"minimum": 0}))
                        }
                        ("query", "ship_to") => merge(
                            schema,
                            json!({"pattern": "^[A-Za-z]{2}$", "description":
                                "A ship-to country of `/config` (any case); another code is `400 country_not_shipped`"}),
                        ),
                        ("header", "Idempotency-Key") => {
                            p["required"] = json!(true);
                            merge(
                                &mut p["schema"],
                                json!({"minLength": 1, "maxLength": 255, "pattern": "^[\\x21-\\x7E]+$"}),
                            );
                        }
                        _ => {}
                    }
                }
            }
            if method == "post" && JSON_WITHOUT_BODY.contains(&path.as_str()) {
                op["requestBody"] = json!({
                    "description": "No body is needed, but the request must be sent with `Content-Type: application/json` (`415 unsupported_media_type` otherwise).",
                    "required": false,
                    "content": {"application/json": {"schema": {}}}
                });
            }
            if operator {
                op["security"] = json!([{"operator_token": []}]);
                if let Some(responses) = op.get_mut("responses").and_then(Value::as_object_mut) {
                    responses.insert(
                        "401".to_string(),
                        json!({
                            "description": "`unauthenticated`: no or a wrong `Authorization: Bearer <operator token>`",
                            "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}
                        }),
                    );
                }
            }
        }
    }
    let fields: [(&str, &str, Value); 25] = [
        (
            "RegisterRequest",
            "email",
            json!({"maxLength": 254, "format": "email"}),
        ),
        (
            "RegisterRequest",
            "password",
            json!({"minLength": 8, "maxLength": 256, "pattern": "\\S"}),
        ),
        (
            "RegisterRequest",
            "name",
            json!({"minLength": 1, "maxLength": 100}),
        ),
        (
            "AddressInput",
            "recipient_name",
            json!({"minLength": 2, "maxLength": 100}),
        ),
        (
            "AddressInput",
            "phone",
            json!({"minLength": 5, "maxLength": 20, "pattern": "^[0-9 +()-]+$"}),
        ),
        ("AddressInput", "country", json!({"pattern": "^[A-Z]{2}$"})),
        ("AddressInput", "region", json!({"maxLength": 100})),
        (
            "AddressInput",
            "city",
            json!({"minLength": 1, "maxLength": 100}),
        ),
        (
            "AddressInput",
            "street",
            json!({"minLength": 1, "maxLength": 200}),
        ),
        ("AddressInput", "postal_code", json!({"minLength": 1})),
        (
            "FeedbackRequest",
            "item_as_described",
            json!({"minimum": 1, "maximum": 5}),
        ),
        (
            "FeedbackRequest",
            "communication",
            json!({"minimum": 1, "maximum": 5}),
        ),
        (
            "FeedbackRequest",
            "shipping_speed",
            json!({"minimum": 1, "maximum": 5}),
        ),
        ("FeedbackRequest", "text", json!({"maxLength": 2000})),
        (
            "ExtensionRequestBody",
            "days",
            json!({"minimum": 1, "maximum": 30}),
        ),
        (
            "MessageRequest",
            "text",
            json!({"minLength": 1, "maxLength": 2000}),
        ),
        ("CounterRequest", "message", json!({"maxLength": 2000})),
        (
            "ReturnShipmentRequest",
            "carrier",
            json!({"minLength": 1, "maxLength": 100}),
        ),
        (
            "ReturnShipmentRequest",
            "tracking_number",
            json!({"minLength": 4, "maxLength": 40}),
        ),
        ("ClockAdvance", "days", json!({"maximum": 400})),
        ("QuoteRequest", "lines", json!({"maxItems": 100})),
        ("QuoteRequest", "coupons", json!({"maxItems": 10})),
        ("MergeRequest", "lines", json!({"maxItems": 100})),
        (
            "CartLineInput",
            "quantity",
            json!({"minimum": 1, "maximum": 9999}),
        ),
        ("CartLineInput", "sku_id", json!({"minimum": 1})),
    ];
    let schemas = &mut doc["components"]["schemas"];
    for (schema, field, extra) in fields {
        let target = &mut schemas[schema]["properties"][field];
        if target.is_object() {
            merge(target, extra);
        }
    }
    doc["components"]["securitySchemes"] = json!({
        "operator_token": {
            "type": "http",
            "scheme": "bearer",
            "description": "Demo mode only: the operator token (`STOREFRONT_OPERATOR_TOKEN`, or the file the server printed the path of at start)."
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Replaces every `$ref` to a shared response with the response itself.
    fn inline(v: &mut Value, shared: &Value) {
        match v {
            Value::Object(m) => {
                let target = m
                    .get("$ref")
                    .and_then(Value::as_str)
                    .and_then(|r| r.strip_prefix("#/components/responses/"))
                    .map(|name| shared[name].clone());
                match target {
                    Some(t) => *v = t,
                    None => m.values_mut().for_each(|x| inline(x, shared)),
                }
            }
            Value::Array(a) => a.iter_mut().for_each(|x| inline(x, shared)),
            _ => {}
        }
    }

    #[test]
    fn shared_problem_responses_change_nothing_but_their_place() {
        let mut doc = document();
        let shared = doc["components"]["responses"].clone();
        assert!(shared["Unauthenticated"]["content"][PROBLEM].is_object());
        let responses = shared.as_object().map_or(0, |m| m.len());
        assert!(responses > 10, "{responses}");
        // Every shared response is used at least twice.
        let text = doc["paths"].to_string();
        for name in shared.as_object().into_iter().flatten().map(|(k, _)| k) {
            let uses = text
                .matches(&format!("\"#/components/responses/{name}\""))
                .count();
            assert!(uses >= 2, "{name}: {uses}");
        }
        inline(&mut doc, &shared);
        if let Some(c) = doc["components"].as_object_mut() {
            c.remove("responses");
        }
        let mut plain = ApiDoc::openapi();
        plain.info.version = env!("CARGO_PKG_VERSION").to_string();
        let mut plain = serde_json::to_value(&plain).unwrap();
        state_limits(&mut plain);
        assert_eq!(doc, plain);
    }
}
