//! `POST /products/{id}/reports`: a counterfeit / IP-infringement report (multipart).

use super::{urls, ApiError, Form, Request};
use storefront_api::ReportCreated;

/// Sends the form; a retry with the same `key` and fields answers the first report again.
pub async fn create(product_id: i64, form: &Form, key: &str) -> Result<ReportCreated, ApiError> {
    Request::post(&urls::reports(&urls::base(), product_id))
        .form(form)
        .idempotency_key(key)
        .send()
        .await
}
