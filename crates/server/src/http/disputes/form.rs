//! The opening form (multipart): reading the parts and checking every field.

use super::*;

/// The opening form, sent as `multipart/form-data`.
#[derive(utoipa::ToSchema)]
#[allow(dead_code)]
pub struct DisputeForm {
    /// The order line's `line_no` (1-based).
    line_id: i64,
    /// `true` if the parcel arrived.
    received: bool,
    /// For `received=true`: not_as_described, wrong_size_colour_material, poor_quality,
    /// doesnt_work, counterfeit, damaged, empty_parcel, short_quantity; for `false`:
    /// still_in_transit, held_at_customs, no_tracking, returned_to_sender, wrong_address.
    reason: DisputeReason,
    /// full_refund, partial_refund or return_and_refund.
    outcome: DisputeOutcome,
    /// Minor units, `0 < amount < refundable`; only with partial_refund.
    amount: Option<i64>,
    #[schema(min_length = 20, max_length = 2000)]
    description: String,
    /// 0–10 files (`photos` or `photos[]`), each ≤ 10 MiB, JPEG/PNG/WebP by content; required
    /// (≥ 1) for not_as_described, damaged, counterfeit. Re-encoded without metadata.
    #[schema(value_type = Vec<String>, format = Binary, max_items = 10, required = false)]
    photos: Vec<Vec<u8>>,
}

#[derive(Default)]
pub(crate) struct Form {
    pub(crate) line_id: Option<String>,
    pub(crate) received: Option<String>,
    pub(crate) reason: Option<String>,
    pub(crate) outcome: Option<String>,
    pub(crate) amount: Option<String>,
    pub(crate) description: Option<String>,
    pub(crate) photos: Vec<Vec<u8>>,
}

impl Form {
    pub(crate) fn fingerprint(&self, order_id: i64) -> String {
        let mut h = Sha256::new();
        h.update(b"dispute");
        h.update(order_id.to_le_bytes());
        for t in [
            &self.line_id,
            &self.received,
            &self.reason,
            &self.outcome,
            &self.amount,
            &self.description,
        ] {
            match t {
                Some(t) => {
                    h.update([1]);
                    h.update((t.len() as u64).to_le_bytes());
                    h.update(t.as_bytes());
                }
                None => h.update([0]),
            }
        }
        for f in &self.photos {
            h.update((f.len() as u64).to_le_bytes());
            h.update(f);
        }
        h.finalize().iter().map(|b| format!("{b:02x}")).collect()
    }
}

pub(crate) fn field(name: &str, code: &str) -> FieldError {
    FieldError {
        field: name.to_string(),
        code: code.to_string(),
    }
}

pub(crate) fn photo_error(n: usize, code: &str) -> FieldError {
    field(&format!("photos[{n}]"), code)
}

/// 413 if a file is too large, else 415 if a type is refused, else 422.
pub(crate) fn field_problem(errors: Vec<FieldError>) -> ApiError {
    let (code, title) = if errors
        .iter()
        .any(|e| e.code == DISPUTE_ERR_PAYLOAD_TOO_LARGE)
    {
        (ErrorCode::PayloadTooLarge, "An upload is too large")
    } else if errors
        .iter()
        .any(|e| e.code == DISPUTE_ERR_UNSUPPORTED_MEDIA_TYPE)
    {
        (
            ErrorCode::UnsupportedMediaType,
            "An upload is not a JPEG, PNG or WebP image",
        )
    } else {
        (ErrorCode::ValidationFailed, "The dispute is not valid")
    };
    let mut p = Problem::new(code, title);
    p.errors = errors;
    ApiError(p)
}

pub(crate) async fn read_form(mp: &mut Multipart) -> ApiResult<(Form, Vec<FieldError>)> {
    let mut f = Form::default();
    let mut errors = Vec::new();
    let mut files = 0usize;
    while let Some(mut part) = mp.next_field().await.map_err(multipart_error)? {
        let name = part.name().unwrap_or("").to_string();
        match name.as_str() {
            FIELD_PHOTOS | "photos[]" => {
                let unnamed = part.file_name().unwrap_or("").is_empty();
                let n = files;
                match read_part(&mut part, DISPUTE_MAX_PHOTO_BYTES).await? {
                    Some(b) if b.is_empty() && unnamed => continue,
                    Some(b) => {
                        if n < DISPUTE_MAX_PHOTOS {
                            f.photos.push(b);
                        }
                    }
                    None => {
                        errors.push(photo_error(n, DISPUTE_ERR_PAYLOAD_TOO_LARGE));
                        if n < DISPUTE_MAX_PHOTOS {
                            f.photos.push(b"\xFF\xD8\xFF".to_vec());
                        }
                    }
                }
                files += 1;
            }
            FIELD_LINE_ID | FIELD_RECEIVED | FIELD_REASON | FIELD_OUTCOME | FIELD_AMOUNT
            | FIELD_DESCRIPTION => {
                let text = read_text(&mut part, &name, TEXT_PART_MAX_BYTES, &mut errors).await?;
                let Some(value) = text else { continue };
                let slot = match name.as_str() {
                    FIELD_LINE_ID => &mut f.line_id,
                    FIELD_RECEIVED => &mut f.received,
                    FIELD_REASON => &mut f.reason,
                    FIELD_OUTCOME => &mut f.outcome,
                    FIELD_AMOUNT => &mut f.amount,
                    _ => &mut f.description,
                };
                *slot = Some(value);
            }
            _ => errors.push(crate::http::uploads::unexpected(&name)),
        }
    }
    crate::http::uploads::check_file_count(files, DISPUTE_MAX_PHOTOS, &mut errors);
    Ok((f, errors))
}

pub(crate) struct Parsed {
    pub(crate) line_no: i64,
    pub(crate) received: bool,
    pub(crate) reason: DisputeReason,
    pub(crate) outcome: DisputeOutcome,
    pub(crate) amount: Option<i64>,
    pub(crate) description: String,
}

pub(crate) fn text(v: &Option<String>) -> Option<&str> {
    v.as_deref().map(str::trim).filter(|t| !t.is_empty())
}

/// The text fields' errors (`amount` against the refundable sum is checked later).
pub(crate) fn validate(f: &Form, errors: &mut Vec<FieldError>) -> Option<Parsed> {
    let line_no = match text(&f.line_id) {
        None => {
            errors.push(field(FIELD_LINE_ID, DISPUTE_ERR_REQUIRED));
            None
        }
        Some(t) => match t.parse::<i64>() {
            Ok(n) if n > 0 => Some(n),
            Ok(_) => {
                errors.push(field(FIELD_LINE_ID, DISPUTE_ERR_OUT_OF_RANGE));
                None
            }
            Err(_) => {
                errors.push(field(FIELD_LINE_ID, DISPUTE_ERR_MALFORMED));
                None
            }
        },
    };
    let received = match text(&f.received) {
        None => {
            errors.push(field(FIELD_RECEIVED, DISPUTE_ERR_REQUIRED));
            None
        }
        Some("true") => Some(true),
        Some("false") => Some(false),
        Some(_) => {
            errors.push(field(FIELD_RECEIVED, DISPUTE_ERR_MALFORMED));
            None
        }
    };
    let reason = match text(&f.reason) {
        None => {
            errors.push(field(FIELD_REASON, DISPUTE_ERR_REQUIRED));
            None
        }
        Some(t) => match DisputeReason::parse(t) {
            Some(r) if received.is_none_or(|rc| r.for_received() == rc) => Some(r),
            _ => {
                errors.push(field(FIELD_REASON, DISPUTE_ERR_UNKNOWN_VALUE));
                None
            }
        },
    };
    let outcome = match text(&f.outcome) {
        None => {
            errors.push(field(FIELD_OUTCOME, DISPUTE_ERR_REQUIRED));
            None
        }
        Some(t) => match DisputeOutcome::parse(t) {
            Some(o) if DisputeOutcome::BUYER.contains(&o) => Some(o),
            _ => {
                errors.push(field(FIELD_OUTCOME, DISPUTE_ERR_UNKNOWN_VALUE));
                None
            }
        },
    };
    let amount = match (outcome, text(&f.amount)) {
        (Some(DisputeOutcome::PartialRefund), None) => {
            errors.push(field(FIELD_AMOUNT, DISPUTE_ERR_REQUIRED));
            None
        }
        (Some(DisputeOutcome::PartialRefund), Some(t)) => match t.parse::<i64>() {
            Ok(a) if a > 0 => Some(a),
            Ok(_) => {
                errors.push(field(FIELD_AMOUNT, DISPUTE_ERR_OUT_OF_RANGE));
                None
            }
            Err(_) => {
                errors.push(field(FIELD_AMOUNT, DISPUTE_ERR_MALFORMED));
                None
            }
        },
        _ => None,
    };
    let description = storefront_api::text::normalize(text(&f.description).unwrap_or(""));
    let chars = description.chars().count();
    if chars == 0 {
        errors.push(field(FIELD_DESCRIPTION, DISPUTE_ERR_REQUIRED));
    } else if let Some(code) = storefront_api::text::check(&description, true) {
        errors.push(field(FIELD_DESCRIPTION, code));
    } else if chars < DISPUTE_DESCRIPTION_MIN_CHARS {
        errors.push(field(FIELD_DESCRIPTION, DISPUTE_ERR_TOO_SHORT));
    } else if chars > DISPUTE_DESCRIPTION_MAX_CHARS {
        errors.push(field(FIELD_DESCRIPTION, DISPUTE_ERR_TOO_LONG));
    }
    if reason.is_some_and(|r| r.photos_required()) && f.photos.is_empty() {
        errors.push(field(FIELD_PHOTOS, DISPUTE_ERR_PHOTOS_REQUIRED));
    }
    for (n, p) in f.photos.iter().enumerate() {
        if crate::reports::Kind::sniff(p).is_none()
            && !errors.iter().any(|e| e.field == format!("photos[{n}]"))
        {
            errors.push(photo_error(n, DISPUTE_ERR_UNSUPPORTED_MEDIA_TYPE));
        }
    }
    Some(Parsed {
        line_no: line_no?,
        received: received?,
        reason: reason?,
        outcome: outcome?,
        amount,
        description,
    })
}
