//! Buyer accounts: Argon2id password hashes (at most one per core at a time, see
//! [`crate::limits`]), session cookies (only a token's SHA-256 is stored), sign-in throttling
//! counted in the database per e-mail and per client address, the [`Buyer`] extractor, and the
//! JSON body extractor every mutation uses (it insists on `Content-Type: application/json`).

use crate::error::{ApiError, ApiResult};
use crate::limits::Limits;
use crate::store::accounts;
use crate::AppState;
use argon2::password_hash::rand_core::{OsRng, RngCore};
use argon2::password_hash::{PasswordHash, SaltString};
use argon2::{Argon2, PasswordHasher};
use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, HeaderValue};
use serde::de::DeserializeOwned;
use sha2::{Digest, Sha256};
use sqlx::SqlitePool;
use std::sync::OnceLock;
use storefront_api::account::{SESSION_COOKIE, SESSION_DAYS};
use storefront_api::{ErrorCode, Problem};

/// Failures per e-mail within [`FAILURE_WINDOW_SECS`] before sign-in is refused for a while.
pub const FREE_FAILURES: i64 = 5;
/// Failures per client address (any e-mails) within the window before its sign-ins are refused.
pub const FREE_CLIENT_FAILURES: i64 = 20;
pub const FAILURE_WINDOW_SECS: i64 = 15 * 60;
/// First lock-out; it doubles with every further failure, up to the window.
pub const FIRST_LOCK_SECS: i64 = 30;

/// Largest JSON body a mutation accepts.
pub const JSON_BODY_LIMIT: usize = 256 * 1024;

pub fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

pub fn sha256_hex(data: &[u8]) -> String {
    hex(&Sha256::digest(data))
}

/// `n` random bytes from the OS, hex-encoded.
pub fn random_hex(n: usize) -> String {
    let mut buf = vec![0u8; n];
    OsRng.fill_bytes(&mut buf);
    hex(&buf)
}

/// Argon2id (default parameters) PHC string. CPU-bound: runs on the blocking pool, under the
/// hashing semaphore (`503 server_busy` when no slot frees up in time).
pub async fn hash_password(limits: &Limits, password: String) -> ApiResult<String> {
    let _permit = limits.hash_permit().await?;
    tokio::task::spawn_blocking(move || {
        let salt = SaltString::generate(&mut OsRng);
        Argon2::default()
            .hash_password(password.as_bytes(), &salt)
            .map(|h| h.to_string())
            .map_err(|e| ApiError::internal(format_args!("hashing: {e}")))
    })
    .await
    .map_err(ApiError::internal)?
}

/// A hash of nothing in particular, verified against when the e-mail is unknown so both
/// answers take the same time.
fn dummy_hash() -> &'static str {
    static DUMMY: OnceLock<String> = OnceLock::new();
    DUMMY.get_or_init(|| {
        let salt = SaltString::generate(&mut OsRng);
        Argon2::default()
            .hash_password(b"not a password of anyone", &salt)
            .map(|h| h.to_string())
            .unwrap_or_default()
    })
}

/// Checks `password` against `stored` (or against a dummy when there is no account), under the
/// hashing semaphore, in working memory reused from [`Limits::argon2_memory`].
pub async fn verify_password(
    limits: &std::sync::Arc<Limits>,
    password: String,
    stored: Option<String>,
) -> ApiResult<bool> {
    let _permit = limits.hash_permit().await?;
    limits.count_password_check();
    let limits = limits.clone();
    tokio::task::spawn_blocking(move || {
        let known = stored.is_some();
        let phc = stored.unwrap_or_else(|| dummy_hash().to_string());
        let mut memory = limits
            .argon2_memory
            .lock()
            .ok()
            .and_then(|mut pool| pool.pop())
            .unwrap_or_default();
        let ok = verify_phc(password.as_bytes(), &phc, &mut memory);
        if let Ok(mut pool) = limits.argon2_memory.lock() {
            pool.push(memory);
        }
        known && ok
    })
    .await
    .map_err(ApiError::internal)
}

/// Verifies a PHC string of Argon2 with `memory` as the working blocks (grown as needed).
fn verify_phc(password: &[u8], phc: &str, memory: &mut Vec<argon2::Block>) -> bool {
    use argon2::{Algorithm, Params, Version};
    let Ok(parsed) = PasswordHash::new(phc) else {
        return false;
    };
    let (Ok(params), Ok(algorithm)) = (
        Params::try_from(&parsed),
        Algorithm::try_from(parsed.algorithm),
    ) else {
        return false;
    };
    let version = match parsed.version.map(Version::try_from) {
        None => Version::default(),
        Some(Ok(v)) => v,
        Some(Err(_)) => return false,
    };
    let (Some(salt), Some(expected)) = (parsed.salt, parsed.hash) else {
        return false;
    };
    let mut salt_buf = [0u8; 64];
    let Ok(salt) = salt.decode_b64(&mut salt_buf) else {
        return false;
    };
    if memory.len() < params.block_count() {
        memory.resize(params.block_count(), argon2::Block::default());
    }
    let mut out = vec![0u8; expected.len()];
    let blocks = params.block_count();
    Argon2::new(algorithm, version, params)
        .hash_password_into_with_memory(password, salt, &mut out, &mut memory[..blocks])
        .is_ok()
        && argon2::password_hash::Output::new(&out).is_ok_and(|o| o == expected)
}

/// Whether the request reached us over https (directly or through a proxy saying so).
pub fn is_https(headers: &HeaderMap) -> bool {
    headers
        .get("x-forwarded-proto")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(',').next())
        .is_some_and(|p| p.trim().eq_ignore_ascii_case("https"))
}

/// `Set-Cookie` value for a new session.
pub fn session_cookie(token: &str, secure: bool) -> HeaderValue {
    let max_age = SESSION_DAYS * 24 * 3600;
    let secure = if secure { "; Secure" } else { "" };
    HeaderValue::from_str(&format!(
        "{SESSION_COOKIE}={token}; Path=/; Max-Age={max_age}; HttpOnly; SameSite=Lax{secure}"
    ))
    .unwrap_or_else(|_| HeaderValue::from_static("sf_session=; Path=/; Max-Age=0"))
}

/// `Set-Cookie` value that removes the session cookie.
pub fn clear_cookie(secure: bool) -> HeaderValue {
    if secure {
        HeaderValue::from_static("sf_session=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax; Secure")
    } else {
        HeaderValue::from_static("sf_session=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax")
    }
}

/// The value of the first cookie called `name` in the `Cookie` headers.
pub fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.trim())
}

/// The session token from the `Cookie` headers, if it looks like one of ours.
pub fn session_token(headers: &HeaderMap) -> Option<String> {
    cookie(headers, SESSION_COOKIE)
        .filter(|t| t.len() == 64 && t.bytes().all(|b| b.is_ascii_hexdigit()))
        .map(str::to_string)
}

/// Creates a session for `buyer_id`; answers the token for the cookie.
pub async fn create_session(pool: &SqlitePool, buyer_id: i64) -> ApiResult<String> {
    let token = random_hex(32);
    let at = now();
    accounts::insert_session(
        pool,
        &sha256_hex(token.as_bytes()),
        buyer_id,
        at,
        at + SESSION_DAYS * 24 * 3600,
    )
    .await?;
    Ok(token)
}

pub async fn delete_session(pool: &SqlitePool, token: &str) -> ApiResult<()> {
    accounts::delete_session(pool, &sha256_hex(token.as_bytes())).await?;
    Ok(())
}

/// The signed-in buyer. Routes that take it answer `401 unauthenticated` without a live session.
#[derive(Debug, Clone)]
pub struct Buyer {
    pub id: i64,
    pub email: String,
    pub name: String,
    pub created_at: String,
}

pub fn unauthenticated() -> ApiError {
    ApiError::new(ErrorCode::Unauthenticated, "Sign in first")
}

impl FromRequestParts<AppState> for Buyer {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, s: &AppState) -> Result<Self, Self::Rejection> {
        let token = session_token(&parts.headers).ok_or_else(unauthenticated)?;
        let row = accounts::by_session(&s.pool, &sha256_hex(token.as_bytes()), now()).await?;
        let accounts::AccountRow {
            id,
            email,
            name,
            created_at,
        } = row.ok_or_else(unauthenticated)?;
        Ok(Buyer {
            id,
            email,
            name,
            created_at,
        })
    }
}

/// Lock-out after `failures` failures in the window (from the last one): none below
/// [`FREE_FAILURES`], then 30 s doubling per further failure, at most the window.
pub fn lock_secs(failures: i64) -> i64 {
    if failures < FREE_FAILURES {
        return 0;
    }
    let doublings = (failures - FREE_FAILURES).min(10) as u32;
    (FIRST_LOCK_SECS << doublings).min(FAILURE_WINDOW_SECS)
}

/// Seconds to wait after `failures` failures, the last at `last`, given `free` free ones.
fn wait_after(failures: i64, last: Option<i64>, free: i64, at: i64) -> Option<i64> {
    let last = last?;
    if failures < free {
        return None;
    }
    let until = last + lock_secs(failures - free + FREE_FAILURES);
    (until > at).then_some(until - at)
}

/// The outcome of [`begin_attempt`].
pub enum Attempt {
    /// Go ahead and check the password; the attempt is recorded (as a failure until
    /// [`attempt_succeeded`]) under this row id.
    Recorded(i64),
    /// Locked out for this many more seconds.
    Locked(i64),
}

/// Atomically (one `BEGIN IMMEDIATE` transaction) checks the lock-outs of the e-mail
/// ([`FREE_FAILURES`]) and of the client address ([`FREE_CLIENT_FAILURES`]) and, when neither
/// applies, records the attempt as a failure before the password is checked. Parallel attempts
/// are serialised here, so a burst cannot make more checks than the limits allow.
pub async fn begin_attempt(pool: &SqlitePool, email: &str, client: &str) -> ApiResult<Attempt> {
    let at = now();
    let since = at - FAILURE_WINDOW_SECS;
    let mut tx = pool.begin_with("BEGIN IMMEDIATE").await?;
    accounts::forget_failures(&mut tx, since).await?;
    let (by_email, last_email) = accounts::failures_of_email(&mut tx, email, since).await?;
    let (by_client, last_client) = accounts::failures_of_client(&mut tx, client, since).await?;
    let wait = [
        wait_after(by_email, last_email, FREE_FAILURES, at),
        wait_after(by_client, last_client, FREE_CLIENT_FAILURES, at),
    ]
    .into_iter()
    .flatten()
    .max();
    if let Some(wait) = wait {
        tx.rollback().await?;
        return Ok(Attempt::Locked(wait));
    }
    let id = accounts::insert_failure(&mut tx, email, client, at).await?;
    tx.commit().await?;
    Ok(Attempt::Recorded(id))
}

/// The attempt did not get to check the password (the server was busy): forget it.
pub async fn attempt_abandoned(pool: &SqlitePool, id: i64) -> ApiResult<()> {
    accounts::delete_failure(pool, id).await?;
    Ok(())
}

/// A right password: the e-mail's failures are forgotten, and so is this attempt of the client.
pub async fn attempt_succeeded(pool: &SqlitePool, email: &str, id: i64) -> ApiResult<()> {
    accounts::forget_failures_of(pool, email, id).await?;
    Ok(())
}

fn body_problem(code: ErrorCode, title: &str, field_code: &str) -> ApiError {
    ApiError(Problem::new(code, title).with_field("body", field_code))
}

/// Whether the request says its body is JSON (`application/json`, parameters allowed).
pub fn is_json(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/json"))
}

/// A JSON body. The request must say `Content-Type: application/json` (`415
/// unsupported_media_type` otherwise, which with `SameSite=Lax` cookies keeps other sites' forms
/// out); an unreadable body or one that is not a JSON object is `400 invalid_parameter`
/// (`body` `malformed`), a body over
/// [`JSON_BODY_LIMIT`] `413 payload_too_large`.
pub struct JsonBody<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for JsonBody<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        if !is_json(req.headers()) {
            return Err(body_problem(
                ErrorCode::UnsupportedMediaType,
                "The body must be application/json",
                "unsupported_type",
            ));
        }
        let too_large = || {
            body_problem(
                ErrorCode::PayloadTooLarge,
                "The request body is too large",
                "too_large",
            )
        };
        let bytes = Bytes::from_request(req, state)
            .await
            .map_err(|_| too_large())?;
        if bytes.len() > JSON_BODY_LIMIT {
            return Err(too_large());
        }
        // Every request body is a JSON object; serde would also read `[]` as a struct.
        if bytes.iter().find(|b| !b.is_ascii_whitespace()) != Some(&b'{') {
            return Err(ApiError(
                Problem::new(
                    ErrorCode::InvalidParameter,
                    "The body must be a JSON object",
                )
                .with_field("body", "malformed"),
            ));
        }
        serde_json::from_slice(&bytes).map(JsonBody).map_err(|_| {
            ApiError(
                Problem::new(
                    ErrorCode::InvalidParameter,
                    "The body is not valid JSON of this request",
                )
                .with_field("body", "malformed"),
            )
        })
    }
}

/// Bodiless mutations (`POST …/default`) still need the JSON content type, as a CSRF guard.
pub fn require_json(headers: &HeaderMap) -> ApiResult<()> {
    if is_json(headers) {
        Ok(())
    } else {
        Err(body_problem(
            ErrorCode::UnsupportedMediaType,
            "Send this request with Content-Type: application/json",
            "unsupported_type",
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reused_memory_verifies_like_the_library() {
        let salt = SaltString::generate(&mut OsRng);
        let phc = Argon2::default()
            .hash_password(b"correct horse", &salt)
            .unwrap()
            .to_string();
        let mut memory = Vec::new();
        assert!(verify_phc(b"correct horse", &phc, &mut memory));
        assert!(!verify_phc(b"correct horsE", &phc, &mut memory));
        assert!(verify_phc(b"correct horse", &phc, &mut memory));
        assert!(!verify_phc(b"x", "not a phc string", &mut memory));
    }

    #[test]
    fn lock_out_grows_and_is_capped() {
        assert_eq!(lock_secs(4), 0);
        assert_eq!(lock_secs(5), 30);
        assert_eq!(lock_secs(6), 60);
        assert_eq!(lock_secs(7), 120);
        assert_eq!(lock_secs(9), 480);
        assert_eq!(lock_secs(10), 900);
        assert_eq!(lock_secs(500), 900);
    }

    #[test]
    fn session_tokens_come_only_from_our_cookie() {
        let mut h = HeaderMap::new();
        let token = "ab".repeat(32);
        h.insert(
            header::COOKIE,
            HeaderValue::from_str(&format!("x=1; sf_session={token}; y=2")).unwrap(),
        );
        assert_eq!(session_token(&h), Some(token));
        h.insert(
            header::COOKIE,
            HeaderValue::from_static("sf_session=nothex"),
        );
        assert_eq!(session_token(&h), None);
        let c = session_cookie(&"cd".repeat(32), true);
        let c = c.to_str().unwrap();
        assert!(c.contains("HttpOnly") && c.contains("SameSite=Lax") && c.ends_with("; Secure"));
        assert_eq!(random_hex(32).len(), 64);
        assert_ne!(random_hex(32), random_hex(32));
    }
}
