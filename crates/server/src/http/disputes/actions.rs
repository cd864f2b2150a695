//! The buyer's actions on a dispute and the demo operator's seller reply and decision.

use super::*;

pub(crate) async fn act(
    s: &AppState,
    buyer: &Buyer,
    captures: &Captures,
    if_match: &IfMatch,
    action: BuyerAction,
) -> ApiResult<Response> {
    let id = captures.id(0, ErrorCode::DisputeNotFound)?;
    let d = engine::buyer_action::<logic::Disputes>(s, buyer.id, id, if_match.as_deref(), action)
        .await?;
    Ok(dispute_response(&d, StatusCode::OK))
}

macro_rules! bodiless {
    ($name:ident, $path:literal, $action:expr, $ok:literal, $conflict:literal) => {
        #[doc = $ok]
        #[utoipa::path(post, path = $path, tag = "disputes",
            params(
                ("id" = i64, Path, description = "Dispute id"),
                ("If-Match" = String, Header, description = "The dispute's current ETag"),
            ),
            responses(
                (status = 200, description = $ok, body = Dispute, headers(("ETag" = String, description = "The new ETag"))),
                (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
                (status = 404, description = "`dispute_not_found` (also another buyer's)", body = Problem, content_type = "application/problem+json"),
                (status = 409, description = $conflict, body = Problem, content_type = "application/problem+json"),
                (status = 412, description = "`precondition_failed`: stale `If-Match`, with the current `dispute`", body = Problem, content_type = "application/problem+json"),
                (status = 415, description = "`unsupported_media_type`: not sent as application/json", body = Problem, content_type = "application/problem+json"),
                (status = 428, description = "`precondition_required`: no `If-Match`", body = Problem, content_type = "application/problem+json"),
            ))]
        pub async fn $name(
            State(s): State<AppState>,
            buyer: Buyer,
            captures: Captures,
            if_match: IfMatch,
            headers: HeaderMap,
        ) -> ApiResult<Response> {
            require_json(&headers)?;
            act(&s, &buyer, &captures, &if_match, $action).await
        }
    };
}

bodiless!(
    accept,
    "/api/v1/disputes/{id}/accept",
    BuyerAction::Accept,
    "Accepts the seller's current proposal: the dispute is resolved with it and the hold moves (refund / partial refund + release / return sub-flow / resend).",
    "`illegal_transition`: no seller proposal on the table, with the current `dispute`"
);
bodiless!(
    escalate,
    "/api/v1/disputes/{id}/escalate",
    BuyerAction::Escalate,
    "Asks the platform to decide (`escalated`); allowed while negotiating after the seller rejected, or after 5 days of negotiation.",
    "`illegal_transition`: not negotiating, or escalation not yet allowed, with the current `dispute`"
);
bodiless!(
    cancel,
    "/api/v1/disputes/{id}/cancel",
    BuyerAction::Cancel,
    "Withdraws the dispute (`cancelled`): the hold is unfrozen and the order's timers resume, the paused time added to them.",
    "`illegal_transition`: already resolved or cancelled, with the current `dispute`"
);

pub(crate) fn invalid(field_name: &str, code: &str) -> ApiError {
    ApiError(
        Problem::new(ErrorCode::ValidationFailed, "Invalid request").with_field(field_name, code),
    )
}

/// Counter-proposes (`negotiating`): `full_refund`, `partial_refund` with `amount`
/// (`0 < amount < refundable`) or `return_and_refund`, with an optional message.
#[utoipa::path(post, path = "/api/v1/disputes/{id}/counter", tag = "disputes",
    params(
        ("id" = i64, Path, description = "Dispute id"),
        ("If-Match" = String, Header, description = "The dispute's current ETag"),
    ),
    request_body = CounterRequest,
    responses(
        (status = 200, description = "The dispute with the buyer's proposal on the table", body = Dispute, headers(("ETag" = String, description = "The new ETag"))),
        (status = 400, description = "`invalid_parameter`: the body is not a counter-proposal", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`dispute_not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`illegal_transition` (not negotiating), with the current `dispute`", body = Problem, content_type = "application/problem+json"),
        (status = 412, description = "`precondition_failed`, with the current `dispute`", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "`unsupported_media_type`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`: `outcome` unknown_value, `amount` out_of_range, `message` too_long", body = Problem, content_type = "application/problem+json"),
        (status = 428, description = "`precondition_required`", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn counter(
    State(s): State<AppState>,
    buyer: Buyer,
    captures: Captures,
    if_match: IfMatch,
    JsonBody(body): JsonBody<CounterRequest>,
) -> ApiResult<Response> {
    if body.message.chars().count() > DISPUTE_MESSAGE_MAX_CHARS {
        return Err(invalid("message", DISPUTE_ERR_TOO_LONG));
    }
    let message = storefront_api::text::normalize(&body.message);
    if let Some(code) = (!message.is_empty())
        .then(|| storefront_api::text::check(&message, true))
        .flatten()
    {
        return Err(invalid("message", code));
    }
    let action = BuyerAction::Counter(body.outcome, body.amount, message);
    act(&s, &buyer, &captures, &if_match, action).await
}

/// Writes to the seller (while the dispute is not closed).
#[utoipa::path(post, path = "/api/v1/disputes/{id}/messages", tag = "disputes",
    params(
        ("id" = i64, Path, description = "Dispute id"),
        ("If-Match" = String, Header, description = "The dispute's current ETag"),
    ),
    request_body = MessageRequest,
    responses(
        (status = 200, description = "The dispute with the message in its timeline", body = Dispute, headers(("ETag" = String, description = "The new ETag"))),
        (status = 400, description = "`invalid_parameter`", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`dispute_not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`illegal_transition` (closed), with the current `dispute`", body = Problem, content_type = "application/problem+json"),
        (status = 412, description = "`precondition_failed`, with the current `dispute`", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "`unsupported_media_type`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`: `text` required/too_long/invalid_characters (control or bidirectional-override characters; stored NFC-normalised; only invisible characters count as empty)", body = Problem, content_type = "application/problem+json"),
        (status = 428, description = "`precondition_required`", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn message(
    State(s): State<AppState>,
    buyer: Buyer,
    captures: Captures,
    if_match: IfMatch,
    JsonBody(body): JsonBody<MessageRequest>,
) -> ApiResult<Response> {
    let text = storefront_api::text::normalize(&body.text);
    if text.is_empty() {
        return Err(invalid("text", DISPUTE_ERR_REQUIRED));
    }
    if let Some(code) = storefront_api::text::check(&text, true) {
        return Err(invalid("text", code));
    }
    if text.chars().count() > DISPUTE_MESSAGE_MAX_CHARS {
        return Err(invalid("text", DISPUTE_ERR_TOO_LONG));
    }
    act(&s, &buyer, &captures, &if_match, BuyerAction::Message(text)).await
}

/// The buyer shipped the return (`return_and_refund`, before `return_shipment.due_at`).
#[utoipa::path(post, path = "/api/v1/disputes/{id}/return-shipment", tag = "disputes",
    params(
        ("id" = i64, Path, description = "Dispute id"),
        ("If-Match" = String, Header, description = "The dispute's current ETag"),
    ),
    request_body = ReturnShipmentRequest,
    responses(
        (status = 200, description = "The dispute with the return shipped", body = Dispute, headers(("ETag" = String, description = "The new ETag"))),
        (status = 400, description = "`invalid_parameter`", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`dispute_not_found`", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`illegal_transition` (no return pending, already shipped, or too late), with the current `dispute`", body = Problem, content_type = "application/problem+json"),
        (status = 412, description = "`precondition_failed`, with the current `dispute`", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "`unsupported_media_type`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`: `carrier` required/too_long (1–100), `tracking_number` required/too_short/too_long (4–40)", body = Problem, content_type = "application/problem+json"),
        (status = 428, description = "`precondition_required`", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn return_shipment(
    State(s): State<AppState>,
    buyer: Buyer,
    captures: Captures,
    if_match: IfMatch,
    JsonBody(body): JsonBody<ReturnShipmentRequest>,
) -> ApiResult<Response> {
    let carrier = body.carrier.trim().to_string();
    let tracking = body.tracking_number.trim().to_string();
    let mut p = Problem::new(ErrorCode::ValidationFailed, "Invalid return shipment");
    match carrier.chars().count() {
        0 => p = p.with_field("carrier", DISPUTE_ERR_REQUIRED),
        n if n > 100 => p = p.with_field("carrier", DISPUTE_ERR_TOO_LONG),
        _ => {}
    }
    match tracking.chars().count() {
        0 => p = p.with_field("tracking_number", DISPUTE_ERR_REQUIRED),
        n if n < 4 => p = p.with_field("tracking_number", DISPUTE_ERR_TOO_SHORT),
        n if n > 40 => p = p.with_field("tracking_number", DISPUTE_ERR_TOO_LONG),
        _ => {}
    }
    if !p.errors.is_empty() {
        return Err(ApiError(p));
    }
    act(
        &s,
        &buyer,
        &captures,
        &if_match,
        BuyerAction::ShipReturn(carrier, tracking),
    )
    .await
}

/// Demo mode only. The seller answers a dispute now: `accept` the buyer's proposal, `reject`
/// the claim (the buyer may escalate), or `propose` an `outcome` (`full_refund`,
/// `partial_refund` with `amount`, `return_and_refund`, `resend`).
#[utoipa::path(post, path = "/api/v1/operator/disputes/{id}/seller-reply", tag = "operator (demo only)",
    params(("id" = i64, Path, description = "Dispute id (any buyer's)")),
    request_body = SellerReplyRequest,
    responses(
        (status = 200, description = "The changed dispute", body = Dispute, headers(("ETag" = String, description = "The new ETag"))),
        (status = 400, description = "`invalid_parameter`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`dispute_not_found`; `route_not_found` when the server is not in demo mode", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`illegal_transition` (not awaiting the seller or negotiating), with the current `dispute`", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "`unsupported_media_type`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`: `outcome` unknown_value, `amount` out_of_range", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn seller_reply(
    State(s): State<AppState>,
    captures: Captures,
    JsonBody(body): JsonBody<SellerReplyRequest>,
) -> ApiResult<Response> {
    let id = captures.id(0, ErrorCode::DisputeNotFound)?;
    let d = logic::operator_seller_reply(&s, id, body).await?;
    Ok(dispute_response(&d, StatusCode::OK))
}

/// Demo mode only. The platform decides an `escalated` dispute now with `outcome`
/// (+ `amount` for `partial_refund`).
#[utoipa::path(post, path = "/api/v1/operator/disputes/{id}/arbitrate", tag = "operator (demo only)",
    params(("id" = i64, Path, description = "Dispute id (any buyer's)")),
    request_body = ArbitrateRequest,
    responses(
        (status = 200, description = "The resolved dispute", body = Dispute, headers(("ETag" = String, description = "The new ETag"))),
        (status = 400, description = "`invalid_parameter`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`dispute_not_found`; `route_not_found` when the server is not in demo mode", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`illegal_transition` (not escalated), with the current `dispute`", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "`unsupported_media_type`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`: `amount` out_of_range", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn arbitrate(
    State(s): State<AppState>,
    captures: Captures,
    JsonBody(body): JsonBody<ArbitrateRequest>,
) -> ApiResult<Response> {
    let id = captures.id(0, ErrorCode::DisputeNotFound)?;
    let d = logic::operator_arbitrate(&s, id, body).await?;
    Ok(dispute_response(&d, StatusCode::OK))
}
