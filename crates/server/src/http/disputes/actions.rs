//! The buyer's actions on a dispute and the demo operator's seller reply and decision.

use super::*;

bodiless_action! { logic::Disputes, DisputeActions, "disputes", Dispute;
    #[doc = "Accepts the seller's current proposal: the dispute is resolved with it and the hold moves (refund / partial refund + release / return sub-flow / resend)."]
    accept, "/api/v1/disputes/{id}/accept", BuyerAction::Accept,
    "Accepts the seller's current proposal: the dispute is resolved with it and the hold moves (refund / partial refund + release / return sub-flow / resend).",
    "`illegal_transition`: no seller proposal on the table, with the current `dispute`"
}
bodiless_action! { logic::Disputes, DisputeActions, "disputes", Dispute;
    #[doc = "Asks the platform to decide (`escalated`); allowed while negotiating after the seller rejected, or after 5 days of negotiation."]
    escalate, "/api/v1/disputes/{id}/escalate", BuyerAction::Escalate,
    "Asks the platform to decide (`escalated`); allowed while negotiating after the seller rejected, or after 5 days of negotiation.",
    "`illegal_transition`: not negotiating, or escalation not yet allowed, with the current `dispute`"
}
bodiless_action! { logic::Disputes, DisputeActions, "disputes", Dispute;
    #[doc = "Withdraws the dispute (`cancelled`): the hold is unfrozen and the order's timers resume, the paused time added to them."]
    cancel, "/api/v1/disputes/{id}/cancel", BuyerAction::Cancel,
    "Withdraws the dispute (`cancelled`): the hold is unfrozen and the order's timers resume, the paused time added to them.",
    "`illegal_transition`: already resolved or cancelled, with the current `dispute`"
}

pub(crate) fn invalid(field_name: &str, code: &str) -> ApiError {
    ApiError(
        Problem::new(ErrorCode::ValidationFailed, "Invalid request").with_field(field_name, code),
    )
}

/// A counter-proposal's action: its message checked (the amount is checked against the
/// refundable sum by the machine).
fn counter_action(body: CounterRequest) -> ApiResult<BuyerAction> {
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
    Ok(BuyerAction::Counter(body.outcome, body.amount, message))
}

body_action! { logic::Disputes, DisputeBodyActions, "disputes", Dispute;
    /// Counter-proposes (`negotiating`): `full_refund`, `partial_refund` with `amount`
    /// (`0 < amount < refundable`) or `return_and_refund`, with an optional message.
    counter(CounterRequest) = counter_action, "/api/v1/disputes/{id}/counter", "The dispute with the buyer's proposal on the table",
    409 "`illegal_transition` (not negotiating), with the current `dispute`",
    400 "`invalid_parameter`: the body is not a counter-proposal", 422 "`validation_failed`: `outcome` unknown_value, `amount` out_of_range, `message` too_long",
}

/// A message's action: its text normalised and checked.
fn message_action(body: MessageRequest) -> ApiResult<BuyerAction> {
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
    Ok(BuyerAction::Message(text))
}

body_action! { logic::Disputes, DisputeBodyActions, "disputes", Dispute;
    /// Writes to the seller (while the dispute is not closed).
    message(MessageRequest) = message_action, "/api/v1/disputes/{id}/messages", "The dispute with the message in its timeline",
    409 "`illegal_transition` (closed), with the current `dispute`",
    400 "`invalid_parameter`", 422 "`validation_failed`: `text` required/too_long/invalid_characters (control or bidirectional-override characters; stored NFC-normalised; only invisible characters count as empty)",
}

/// A return shipment's action: carrier 1–100 and tracking number 4–40 characters, trimmed.
fn return_action(body: ReturnShipmentRequest) -> ApiResult<BuyerAction> {
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
    Ok(BuyerAction::ShipReturn(carrier, tracking))
}

body_action! { logic::Disputes, DisputeBodyActions, "disputes", Dispute;
    /// The buyer shipped the return (`return_and_refund`, before `return_shipment.due_at`).
    return_shipment(ReturnShipmentRequest) = return_action, "/api/v1/disputes/{id}/return-shipment", "The dispute with the return shipped",
    409 "`illegal_transition` (no return pending, already shipped, or too late), with the current `dispute`",
    400 "`invalid_parameter`", 422 "`validation_failed`: `carrier` required/too_long (1–100), `tracking_number` required/too_short/too_long (4–40)",
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
