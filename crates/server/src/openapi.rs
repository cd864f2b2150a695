//! The OpenAPI 3.1 document, generated from the handlers' annotations and the contract types.

use crate::routes::{catalog, images, meta, operator, reports, search};
use utoipa::OpenApi;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Storefront API",
        description = "Catalogue API of the Storefront reference backend. Errors are \
            `application/problem+json` (RFC 9457) with a stable `code`; lists are cursor-paginated; \
            money is integer minor units with an ISO 4217 code. Unknown paths under `/api` answer \
            `404 route_not_found`, a wrong method `405 method_not_allowed`, a server failure \
            `500 internal`.",
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
    ),
    components(schemas(storefront_api::Problem, storefront_api::ErrorCode, storefront_api::FieldError)),
    tags(
        (name = "catalogue", description = "Categories, products, reviews, sellers, home page"),
        (name = "meta", description = "Health, configuration, this document"),
        (name = "reports", description = "Counterfeit / IP-infringement reports about listings"),
        (name = "images", description = "Generated product images"),
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
