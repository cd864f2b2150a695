//! Opening a dispute: idempotency, photo cleaning, the order's checks, the new dispute.

use super::*;

/// Opens a dispute on one line of the buyer's order, with photo evidence. Freezes the hold,
/// stops the order's timers (`dispute_open`; `confirm_receipt` leaves `allowed_actions`).
///
/// Checks in this order: the order is the buyer's (`404`), `Idempotency-Key` (`400`),
/// multipart (`415`), every field (`413`/`415`/`422` with all field errors: `line_id`
/// required/malformed/out_of_range, `received` required/malformed, `reason`
/// required/unknown_value (also when it does not fit `received`), `outcome`
/// required/unknown_value, `amount` required/malformed/out_of_range, `description`
/// required/too_short/too_long, `photos` photos_required/too_many_files, `photos[n]`
/// payload_too_large/unsupported_media_type/undecodable), the key's earlier use (`200` replay /
/// `422 idempotency_key_reused`), `If-Match` with the order's ETag (`428`/`412` with `order`),
/// the window (`409 dispute_window_closed` with `order`), one active dispute per order
/// (`409 dispute_already_open`).
#[utoipa::path(post, path = "/api/v1/orders/{id}/disputes", tag = "disputes",
    params(
        ("id" = i64, Path, description = "Order id"),
        ("Idempotency-Key" = String, Header, description = "1–255 visible ASCII characters; a retry with the same key and fields answers the first dispute"),
        ("If-Match" = String, Header, description = "The order's current ETag"),
    ),
    request_body(content = DisputeForm, content_type = "multipart/form-data"),
    responses(
        (status = 201, description = "Opened", body = Dispute, headers(("ETag" = String, description = "The dispute's ETag"))),
        (status = 200, description = "A retry with the same key and fields: the first answer again", body = Dispute, headers(("idempotent-replayed" = String, description = "`true`"))),
        (status = 400, description = "`idempotency_key_required`, or `invalid_parameter` (`body` malformed)", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`order_not_found` (also another buyer's order)", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`dispute_window_closed` (with `order`) or `dispute_already_open`", body = Problem, content_type = "application/problem+json"),
        (status = 412, description = "`precondition_failed`: stale `If-Match`, with the current `order`", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "`payload_too_large`: a photo over 10 MiB, 8192 px a side or 24 million pixels, or whose re-encoding (JPEG/WebP as JPEG, PNG as PNG) would be over 4 × the file (at least 1 MiB, at most 10 MiB) (`photos[n]`), or the body over the limit (`body`)", body = Problem, content_type = "application/problem+json"),
        (status = 503, description = "`server_busy`: no image-decoding slot freed up within 2 s; `Retry-After`", body = Problem, content_type = "application/problem+json",
            headers(("Retry-After" = String, description = "Seconds to wait"))),
        (status = 415, description = "`unsupported_media_type`: not multipart (`body`), or a photo not JPEG/PNG/WebP by content (`photos[n]`)", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed` with field errors, or `idempotency_key_reused`", body = Problem, content_type = "application/problem+json"),
        (status = 428, description = "`precondition_required`: no `If-Match`", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn open(
    State(s): State<AppState>,
    buyer: Buyer,
    captures: Captures,
    if_match: IfMatch,
    idempotency_key: IdempotencyKey,
    req: Request,
) -> ApiResult<Response> {
    let order_id = captures.id(0, ErrorCode::OrderNotFound)?;
    let order_missing = || ApiError::new(ErrorCode::OrderNotFound, "Order not found");
    {
        let mut conn = s.pool.acquire().await?;
        store::load::<store::orders::OrderRow>(&mut conn, order_id, Some(buyer.id))
            .await?
            .ok_or_else(order_missing)?;
    }
    let key = idempotency_key.require()?;
    let mut mp = crate::http::uploads::multipart(req).await?;
    let (form, mut errors) = read_form(&mut mp).await?;
    let parsed = validate(&form, &mut errors);
    if !errors.is_empty() {
        return Err(field_problem(errors));
    }
    let parsed = parsed.ok_or_else(|| ApiError::internal("validated form does not parse"))?;
    let ikey = format!("dispute:{key}");
    match idempotency::claim(&s.pool, buyer.id, &ikey, &form.fingerprint(order_id)).await? {
        Claim::Replay { status: _, body } => {
            let first_etag = serde_json::from_str::<Dispute>(&body)
                .ok()
                .and_then(|d| HeaderValue::from_str(&d.etag()).ok());
            let mut res = crate::http::extract::replayed_json(body);
            if let Some(v) = first_etag {
                res.headers_mut().insert(header::ETAG, v);
            }
            return Ok(res);
        }
        Claim::Reused => return Err(crate::http::extract::key_reused()),
        Claim::Owner => {}
    }
    let result = open_owned(
        &s,
        &buyer,
        order_id,
        if_match.as_deref(),
        &ikey,
        parsed,
        form.photos,
    )
    .await;
    if result.is_err() {
        idempotency::release(&s.pool, buyer.id, &ikey).await?;
    }
    result
}

pub(crate) async fn open_owned(
    s: &AppState,
    buyer: &Buyer,
    order_id: i64,
    if_match: Option<&str>,
    ikey: &str,
    p: Parsed,
    photos: Vec<Vec<u8>>,
) -> ApiResult<Response> {
    // No file I/O under the database's write lock: write first, move into place after commit.
    let (evidence, staged) = crate::http::uploads::intake(s, photos).await?;
    let _guard = s.ticker.lock().await;
    let now = s.clock.now();
    let mut tx = s.pool.begin_with("BEGIN IMMEDIATE").await?;
    orders::advance_order(&mut tx, order_id, now, s.demo).await?;
    let row = store::load::<store::orders::OrderRow>(&mut tx, order_id, Some(buyer.id))
        .await?
        .ok_or_else(|| ApiError::new(ErrorCode::OrderNotFound, "Order not found"))?;
    let order = orders::view(&mut tx, &row, now).await?;
    engine::check_if_match(if_match, &order)?;
    if !logic::in_window(order.state, row.protection_ends(), now) {
        let mut pr = Problem::new(
            ErrorCode::DisputeWindowClosed,
            "This order is not in its dispute window",
        );
        pr.ext.order = Some(Box::new(order));
        return Err(ApiError(pr));
    }
    if row.dispute_open {
        return Err(ApiError::new(
            ErrorCode::DisputeAlreadyOpen,
            "A dispute is already open on this order",
        ));
    }
    if !order.lines.iter().any(|l| l.line_no == p.line_no) {
        return Err(field_problem(vec![field(
            FIELD_LINE_ID,
            DISPUTE_ERR_OUT_OF_RANGE,
        )]));
    }
    let refundable = logic::refundable_for(&order.lines, p.line_no, order.hold.held.amount);
    if p.amount.is_some_and(|a| a >= refundable) {
        return Err(field_problem(vec![field(
            FIELD_AMOUNT,
            DISPUTE_ERR_OUT_OF_RANGE,
        )]));
    }
    let new = NewDispute {
        line_no: p.line_no,
        received: p.received,
        reason: p.reason,
        outcome: p.outcome,
        amount: p.amount,
        description: p.description,
        evidence: evidence.clone(),
    };
    let id = logic::insert(&mut tx, order_id, buyer.id, refundable, &new, now).await?;
    let d = store::load::<store::disputes::DisputeRow>(&mut tx, id, None)
        .await?
        .ok_or_else(|| ApiError::internal("dispute vanished"))?;
    let dispute = logic::view(&mut tx, &d, now, s.demo).await?;
    idempotency::answer(
        &mut tx,
        buyer.id,
        ikey,
        201,
        &serde_json::to_string(&dispute)?,
    )
    .await?;
    tx.commit().await?;
    if let Some(staged) = staged {
        let dir = evidence_dir(&s.uploads, id);
        if let Err(e) = staged.publish(&dir).await {
            // The dispute is committed (and its answer stored for retries); its photos are lost.
            tracing::error!(dispute = id, error = %e, dir = %dir.display(), "cannot move dispute photos into place");
        }
    }
    tracing::info!(
        dispute = id,
        order = order_id,
        reason = p.reason.as_str(),
        photos = evidence.len(),
        "dispute opened"
    );
    Ok(dispute_response(&dispute, StatusCode::CREATED))
}
