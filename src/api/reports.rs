//! `POST /products/{id}/reports`: a counterfeit / IP-infringement report (multipart).

use super::{post_form, urls, ApiError, Form};
use storefront_api::reports::IDEMPOTENCY_KEY_HEADER;
use storefront_api::{FieldError, ReportCreated};

/// Sends the form; a retry with the same `key` and fields answers the first report again.
pub async fn send_report(
    product_id: i64,
    form: &Form,
    key: &str,
) -> Result<ReportCreated, (ApiError, Vec<FieldError>)> {
    let url = urls::reports(&urls::base(), product_id);
    post_form(&url, form, &[(IDEMPOTENCY_KEY_HEADER, key)]).await
}
