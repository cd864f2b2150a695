//! Registration, sign-in / sign-out, the current account and the address book.

use super::Captures;
use crate::auth::{self, Buyer, JsonBody};
use crate::error::{ApiError, ApiResult};
use crate::limits::ClientAddr;
use crate::vocabulary::SHIP_TO;
use crate::AppState;
use axum::extract::State;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};
use axum::Json;
use axum::Router;
use storefront_api::account::*;
use storefront_api::text::normalize;
use storefront_api::{ErrorCode, FieldError, Problem};

/// This resource's routes.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/account/register", post(register))
        .route("/api/v1/account/me", get(me))
        .route("/api/v1/session", post(sign_in).delete(sign_out))
        .route(
            "/api/v1/account/addresses",
            get(list_addresses).post(create_address),
        )
        .route(
            "/api/v1/account/addresses/{id}",
            put(update_address).delete(delete_address),
        )
        .route("/api/v1/account/addresses/{id}/default", post(make_default))
}

/// Most addresses one buyer keeps.
pub const MAX_ADDRESSES: i64 = 20;

fn validation(errors: Vec<FieldError>) -> ApiError {
    let mut p = Problem::new(ErrorCode::ValidationFailed, "Some fields are not valid");
    p.errors = errors;
    ApiError(p)
}

fn account_of(b: &Buyer) -> Account {
    Account {
        id: b.id,
        email: b.email.clone(),
        name: b.name.clone(),
        created_at: b.created_at.clone(),
    }
}

fn with_cookie(status: StatusCode, account: Account, cookie: HeaderValue) -> Response {
    let mut res = (status, Json(account)).into_response();
    res.headers_mut().insert(header::SET_COOKIE, cookie);
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res
}

/// Creates an account and signs it in (sets the `sf_session` cookie).
#[utoipa::path(post, path = "/api/v1/account/register", tag = "account",
    request_body(content = RegisterRequest, content_type = "application/json"),
    responses(
        (status = 201, description = "Created and signed in; `Set-Cookie: sf_session=…; HttpOnly; SameSite=Lax; Path=/; Max-Age=2592000` (+ `Secure` on https)", body = Account),
        (status = 400, description = "`invalid_parameter`: the body is not JSON of this shape (`body` `malformed`)", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`email_taken`", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "`unsupported_media_type`: not `Content-Type: application/json`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`validation_failed`: `email` required/too_long/malformed, `password` required/too_short/too_long/malformed (only spaces), `name` required/too_long/invalid_characters", body = Problem, content_type = "application/problem+json"),
        (status = 500, description = "`internal`", body = Problem, content_type = "application/problem+json"),
        (status = 503, description = "`server_busy`: no password-hashing slot freed up in time; `Retry-After`", body = Problem, content_type = "application/problem+json",
            headers(("Retry-After" = String, description = "Seconds to wait"))),
    ))]
pub async fn register(
    State(s): State<AppState>,
    headers: HeaderMap,
    JsonBody(req): JsonBody<RegisterRequest>,
) -> ApiResult<Response> {
    let errors = validate_register(&req);
    if !errors.is_empty() {
        return Err(validation(errors));
    }
    let email = req.email.trim().to_lowercase();
    let name = storefront_api::text::normalize(&req.name);
    let taken = || {
        ApiError(
            Problem::new(ErrorCode::EmailTaken, "An account with this e-mail exists")
                .with_field("email", "taken"),
        )
    };
    let exists: Option<i64> = sqlx::query_scalar("SELECT id FROM buyers WHERE email = ?")
        .bind(&email)
        .fetch_optional(&s.pool)
        .await?;
    if exists.is_some() {
        return Err(taken());
    }
    let hash = auth::hash_password(&s.limits, req.password).await?;
    let inserted: Option<(i64, String)> = sqlx::query_as(
        "INSERT INTO buyers (email, name, password_hash, created_at) \
         VALUES (?, ?, ?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')) \
         ON CONFLICT (email) DO NOTHING RETURNING id, created_at",
    )
    .bind(&email)
    .bind(&name)
    .bind(&hash)
    .fetch_optional(&s.pool)
    .await?;
    let (id, created_at) = inserted.ok_or_else(taken)?;
    let token = auth::create_session(&s.pool, id).await?;
    tracing::info!(buyer = id, "account registered");
    Ok(with_cookie(
        StatusCode::CREATED,
        Account {
            id,
            email,
            name,
            created_at,
        },
        auth::session_cookie(&token, s.behind_tls_proxy || auth::is_https(&headers)),
    ))
}

/// Signs in. After 5 failed tries for an e-mail, or 20 from one client address, within 15
/// minutes further tries are refused for 30 s, doubling with each further failure (at most
/// 15 min), counted in the database; each try is recorded before its password is checked, so
/// parallel tries cannot exceed the limits. Password checks run at most one per core at a
/// time; a try that finds no free slot within 3 s gets `503 server_busy`.
#[utoipa::path(post, path = "/api/v1/session", tag = "account",
    request_body(content = SignInRequest, content_type = "application/json"),
    responses(
        (status = 200, description = "Signed in; sets the `sf_session` cookie", body = Account),
        (status = 400, description = "`invalid_parameter` (`body` `malformed`)", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "`invalid_credentials`: wrong e-mail or password (the same answer for an unknown e-mail)", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "`unsupported_media_type`", body = Problem, content_type = "application/problem+json"),
        (status = 429, description = "`too_many_attempts` with `Retry-After` (seconds) and `retry_after_seconds`", body = Problem, content_type = "application/problem+json",
            headers(("Retry-After" = String, description = "Seconds to wait"))),
        (status = 500, description = "`internal`", body = Problem, content_type = "application/problem+json"),
        (status = 503, description = "`server_busy`: no password-check slot freed up in time; `Retry-After`", body = Problem, content_type = "application/problem+json",
            headers(("Retry-After" = String, description = "Seconds to wait"))),
    ))]
pub async fn sign_in(
    State(s): State<AppState>,
    ClientAddr(client): ClientAddr,
    headers: HeaderMap,
    JsonBody(req): JsonBody<SignInRequest>,
) -> ApiResult<Response> {
    let email = req.email.trim().to_lowercase();
    if email.is_empty() || email.chars().count() > EMAIL_MAX_CHARS {
        return Err(invalid_credentials());
    }
    let attempt = match auth::begin_attempt(&s.pool, &email, &client.to_string()).await? {
        auth::Attempt::Locked(wait) => {
            let mut p = Problem::new(
                ErrorCode::TooManyAttempts,
                "Too many failed sign-ins; try again later",
            );
            p.ext.retry_after_seconds = Some(wait as u64);
            return Err(ApiError(p));
        }
        auth::Attempt::Recorded(id) => id,
    };
    let row: Option<(i64, String, String, String)> =
        sqlx::query_as("SELECT id, name, password_hash, created_at FROM buyers WHERE email = ?")
            .bind(&email)
            .fetch_optional(&s.pool)
            .await?;
    let password = req.password.chars().take(PASSWORD_MAX_CHARS).collect();
    let checked =
        auth::verify_password(&s.limits, password, row.as_ref().map(|r| r.2.clone())).await;
    let ok = match checked {
        Ok(ok) => ok,
        Err(e) => {
            auth::attempt_abandoned(&s.pool, attempt).await?;
            return Err(e);
        }
    };
    let Some((id, name, _, created_at)) = row.filter(|_| ok) else {
        return Err(invalid_credentials());
    };
    auth::attempt_succeeded(&s.pool, &email, attempt).await?;
    let token = auth::create_session(&s.pool, id).await?;
    Ok(with_cookie(
        StatusCode::OK,
        Account {
            id,
            email,
            name,
            created_at,
        },
        auth::session_cookie(&token, s.behind_tls_proxy || auth::is_https(&headers)),
    ))
}

fn invalid_credentials() -> ApiError {
    ApiError::new(ErrorCode::InvalidCredentials, "Wrong e-mail or password")
}

/// Signs out: ends the session (if any) and clears the cookie. Always `204`.
#[utoipa::path(delete, path = "/api/v1/session", tag = "account",
    responses(
        (status = 204, description = "Signed out; `Set-Cookie: sf_session=; Max-Age=0`"),
        (status = 500, description = "`internal`", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn sign_out(State(s): State<AppState>, headers: HeaderMap) -> ApiResult<Response> {
    if let Some(token) = auth::session_token(&headers) {
        auth::delete_session(&s.pool, &token).await?;
    }
    let mut res = StatusCode::NO_CONTENT.into_response();
    res.headers_mut().insert(
        header::SET_COOKIE,
        auth::clear_cookie(s.behind_tls_proxy || auth::is_https(&headers)),
    );
    Ok(res)
}

/// The signed-in buyer, or `null` for a visitor who is not signed in (no or an expired
/// session): the app asks this on every start, and a signed-out visitor is no error (a `401`
/// would be one in the browser console). Every other account route still answers `401`.
#[utoipa::path(get, path = "/api/v1/account/me", tag = "account",
    responses(
        (status = 200, description = "The account of the session, or `null` when nobody is signed in", body = Option<Account>),
        (status = 500, description = "`internal`", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn me(buyer: Result<Buyer, ApiError>) -> Response {
    let account = match buyer {
        Ok(b) => Some(account_of(&b)),
        Err(e) if e.0.status == StatusCode::UNAUTHORIZED.as_u16() => None,
        Err(e) => return e.into_response(),
    };
    let mut res = Json(account).into_response();
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res
}

#[derive(sqlx::FromRow)]
struct AddressRow {
    id: i64,
    recipient_name: String,
    phone: String,
    country: String,
    region: String,
    city: String,
    street: String,
    postal_code: String,
    is_default: bool,
}

impl From<AddressRow> for Address {
    fn from(r: AddressRow) -> Self {
        Address {
            id: r.id,
            recipient_name: r.recipient_name,
            phone: r.phone,
            country: r.country,
            region: r.region,
            city: r.city,
            street: r.street,
            postal_code: r.postal_code,
            is_default: r.is_default,
        }
    }
}

const ADDRESS_COLUMNS: &str =
    "id, recipient_name, phone, country, region, city, street, postal_code, is_default";

/// One of the buyer's addresses, or `404 address_not_found` (also for other buyers' ids).
pub async fn find_address(pool: &sqlx::SqlitePool, buyer_id: i64, id: i64) -> ApiResult<Address> {
    let row: Option<AddressRow> = sqlx::query_as(&format!(
        "SELECT {ADDRESS_COLUMNS} FROM addresses WHERE id = ? AND buyer_id = ?"
    ))
    .bind(id)
    .bind(buyer_id)
    .fetch_optional(pool)
    .await?;
    row.map(Address::from)
        .ok_or_else(|| ApiError::new(ErrorCode::AddressNotFound, "Address not found"))
}

fn checked(input: &AddressInput) -> ApiResult<AddressInput> {
    let errors = validate_address(input, &SHIP_TO);
    if !errors.is_empty() {
        return Err(validation(errors));
    }
    Ok(AddressInput {
        recipient_name: normalize(&input.recipient_name),
        phone: input.phone.trim().to_string(),
        country: input.country.trim().to_string(),
        region: normalize(&input.region),
        city: normalize(&input.city),
        street: normalize(&input.street),
        postal_code: input.postal_code.trim().to_ascii_uppercase(),
        is_default: input.is_default,
    })
}

/// The buyer's addresses, the default first, then oldest first.
#[utoipa::path(get, path = "/api/v1/account/addresses", tag = "account",
    responses(
        (status = 200, description = "Own addresses", body = Vec<Address>),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn list_addresses(
    State(s): State<AppState>,
    buyer: Buyer,
) -> ApiResult<Json<Vec<Address>>> {
    let rows: Vec<AddressRow> = sqlx::query_as(&format!(
        "SELECT {ADDRESS_COLUMNS} FROM addresses WHERE buyer_id = ? ORDER BY is_default DESC, id"
    ))
    .bind(buyer.id)
    .fetch_all(&s.pool)
    .await?;
    Ok(Json(rows.into_iter().map(Address::from).collect()))
}

const ADDRESS_ERRORS: &str = "`validation_failed` with field errors: `recipient_name` required/too_short/too_long (2–100), `phone` required/malformed, `country` required/malformed/country_not_shipped, `region` too_long, `city` required/too_long, `street` required/too_long, `postal_code` required/postal_code_format; `address` too_many (over 20 addresses). Names and address lines are stored NFC-normalised and trimmed; one holding a control or bidirectional-override character is `invalid_characters`, one of only invisible characters `required`";

/// Adds an address. The first address, or one sent with `is_default: true`, becomes the default.
#[utoipa::path(post, path = "/api/v1/account/addresses", tag = "account",
    request_body(content = AddressInput, content_type = "application/json"),
    responses(
        (status = 201, description = "Stored", body = Address),
        (status = 400, description = "`invalid_parameter` (`body` `malformed`)", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "`unsupported_media_type`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = ADDRESS_ERRORS, body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn create_address(
    State(s): State<AppState>,
    buyer: Buyer,
    JsonBody(input): JsonBody<AddressInput>,
) -> ApiResult<Response> {
    let a = checked(&input)?;
    let mut tx = s.pool.begin_with("BEGIN IMMEDIATE").await?;
    let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM addresses WHERE buyer_id = ?")
        .bind(buyer.id)
        .fetch_one(&mut *tx)
        .await?;
    if count >= MAX_ADDRESSES {
        return Err(validation(vec![FieldError {
            field: "address".into(),
            code: "too_many".into(),
        }]));
    }
    let default = a.is_default || count == 0;
    if default {
        sqlx::query("UPDATE addresses SET is_default = 0 WHERE buyer_id = ?")
            .bind(buyer.id)
            .execute(&mut *tx)
            .await?;
    }
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO addresses (buyer_id, recipient_name, phone, country, region, city, street, \
         postal_code, is_default) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(buyer.id)
    .bind(&a.recipient_name)
    .bind(&a.phone)
    .bind(&a.country)
    .bind(&a.region)
    .bind(&a.city)
    .bind(&a.street)
    .bind(&a.postal_code)
    .bind(default)
    .fetch_one(&mut *tx)
    .await?;
    tx.commit().await?;
    let stored = find_address(&s.pool, buyer.id, id).await?;
    Ok((StatusCode::CREATED, Json(stored)).into_response())
}

/// Replaces an address. `is_default: true` makes it the default; `false` on the default
/// address keeps it the default (choose another one as default instead).
#[utoipa::path(put, path = "/api/v1/account/addresses/{id}", tag = "account",
    params(("id" = i64, Path, description = "Address id")),
    request_body(content = AddressInput, content_type = "application/json"),
    responses(
        (status = 200, description = "Stored", body = Address),
        (status = 400, description = "`invalid_parameter` (`body` `malformed`)", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`address_not_found` (also another buyer's address)", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "`unsupported_media_type`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = ADDRESS_ERRORS, body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn update_address(
    State(s): State<AppState>,
    buyer: Buyer,
    captures: Captures,
    JsonBody(input): JsonBody<AddressInput>,
) -> ApiResult<Json<Address>> {
    let id = captures.id(0, ErrorCode::AddressNotFound)?;
    find_address(&s.pool, buyer.id, id).await?;
    let a = checked(&input)?;
    let mut tx = s.pool.begin_with("BEGIN IMMEDIATE").await?;
    if a.is_default {
        sqlx::query("UPDATE addresses SET is_default = 0 WHERE buyer_id = ?")
            .bind(buyer.id)
            .execute(&mut *tx)
            .await?;
    }
    sqlx::query(
        "UPDATE addresses SET recipient_name = ?, phone = ?, country = ?, region = ?, city = ?, \
         street = ?, postal_code = ?, is_default = (is_default OR ?) WHERE id = ? AND buyer_id = ?",
    )
    .bind(&a.recipient_name)
    .bind(&a.phone)
    .bind(&a.country)
    .bind(&a.region)
    .bind(&a.city)
    .bind(&a.street)
    .bind(&a.postal_code)
    .bind(a.is_default)
    .bind(id)
    .bind(buyer.id)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(Json(find_address(&s.pool, buyer.id, id).await?))
}

/// Deletes an address; if it was the default, the oldest remaining one becomes the default.
/// Orders keep their own copy of the address.
#[utoipa::path(delete, path = "/api/v1/account/addresses/{id}", tag = "account",
    params(("id" = i64, Path, description = "Address id")),
    responses(
        (status = 204, description = "Deleted"),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`address_not_found` (also another buyer's address)", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn delete_address(
    State(s): State<AppState>,
    buyer: Buyer,
    captures: Captures,
) -> ApiResult<StatusCode> {
    let id = captures.id(0, ErrorCode::AddressNotFound)?;
    let mut tx = s.pool.begin_with("BEGIN IMMEDIATE").await?;
    let deleted = sqlx::query("DELETE FROM addresses WHERE id = ? AND buyer_id = ?")
        .bind(id)
        .bind(buyer.id)
        .execute(&mut *tx)
        .await?;
    if deleted.rows_affected() == 0 {
        return Err(ApiError::new(
            ErrorCode::AddressNotFound,
            "Address not found",
        ));
    }
    sqlx::query(
        "UPDATE addresses SET is_default = 1 WHERE id = (SELECT MIN(id) FROM addresses \
         WHERE buyer_id = ?1) AND NOT EXISTS (SELECT 1 FROM addresses WHERE buyer_id = ?1 \
         AND is_default = 1)",
    )
    .bind(buyer.id)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Makes an address the default. No body, but `Content-Type: application/json` is required.
#[utoipa::path(post, path = "/api/v1/account/addresses/{id}/default", tag = "account",
    params(("id" = i64, Path, description = "Address id")),
    responses(
        (status = 200, description = "The address, now the default", body = Address),
        (status = 401, description = "`unauthenticated`", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "`address_not_found` (also another buyer's address)", body = Problem, content_type = "application/problem+json"),
        (status = 415, description = "`unsupported_media_type`", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn make_default(
    State(s): State<AppState>,
    buyer: Buyer,
    captures: Captures,
    headers: HeaderMap,
) -> ApiResult<Json<Address>> {
    let id = captures.id(0, ErrorCode::AddressNotFound)?;
    auth::require_json(&headers)?;
    find_address(&s.pool, buyer.id, id).await?;
    sqlx::query("UPDATE addresses SET is_default = (id = ?) WHERE buyer_id = ?")
        .bind(id)
        .bind(buyer.id)
        .execute(&s.pool)
        .await?;
    Ok(Json(find_address(&s.pool, buyer.id, id).await?))
}
