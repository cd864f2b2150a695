//! Accounts, the session and the address book (see `storefront_api::account` for the contract).
//!
//! Every call sends the session cookie (same origin); failures come as [`Failure`] so forms can
//! show the server's field errors and `too_many_attempts`' wait.

use super::{send_empty, send_json_for, urls, ApiError, Failure};
use storefront_api::account::{Account, Address, AddressInput, RegisterRequest, SignInRequest};

/// `POST` register.
pub fn register_url(base: &str) -> String {
    format!("{base}/account/register")
}

/// `POST` sign in, `DELETE` sign out.
pub fn session_url(base: &str) -> String {
    format!("{base}/session")
}

/// `GET` the signed-in buyer.
pub fn me_url(base: &str) -> String {
    format!("{base}/account/me")
}

/// `GET` list, `POST` create.
pub fn addresses_url(base: &str) -> String {
    format!("{base}/account/addresses")
}

/// `PUT` replace, `DELETE` remove.
pub fn address_url(base: &str, id: i64) -> String {
    format!("{base}/account/addresses/{id}")
}

/// `POST` make default.
pub fn address_default_url(base: &str, id: i64) -> String {
    format!("{base}/account/addresses/{id}/default")
}

const NO_BODY: Option<&()> = None;

pub async fn register(req: &RegisterRequest) -> Result<Account, Failure> {
    send_json_for("POST", &register_url(&urls::base()), Some(req), None).await
}

pub async fn sign_in(req: &SignInRequest) -> Result<Account, Failure> {
    send_json_for("POST", &session_url(&urls::base()), Some(req), None).await
}

pub async fn sign_out() -> Result<(), Failure> {
    send_empty("DELETE", &session_url(&urls::base()), NO_BODY, None).await
}

/// The signed-in buyer; `Ok(None)` when the server says nobody is (`null`, or `401` from a
/// backend that answers so).
pub async fn me() -> Result<Option<Account>, ApiError> {
    match send_json_for::<(), Option<Account>>("GET", &me_url(&urls::base()), NO_BODY, None).await {
        Ok(a) => Ok(a),
        Err(Failure {
            error: ApiError::Status { status: 401, .. },
            ..
        }) => Ok(None),
        Err(f) => Err(f.error),
    }
}

pub async fn addresses() -> Result<Vec<Address>, Failure> {
    send_json_for("GET", &addresses_url(&urls::base()), NO_BODY, None).await
}

pub async fn create_address(input: &AddressInput) -> Result<Address, Failure> {
    send_json_for("POST", &addresses_url(&urls::base()), Some(input), None).await
}

pub async fn update_address(id: i64, input: &AddressInput) -> Result<Address, Failure> {
    send_json_for("PUT", &address_url(&urls::base(), id), Some(input), None).await
}

pub async fn delete_address(id: i64) -> Result<(), Failure> {
    send_empty("DELETE", &address_url(&urls::base(), id), NO_BODY, None).await
}

pub async fn set_default_address(id: i64) -> Result<Address, Failure> {
    send_json_for(
        "POST",
        &address_default_url(&urls::base(), id),
        NO_BODY,
        None,
    )
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_follow_the_contract() {
        let b = "/api/v1";
        assert_eq!(register_url(b), "/api/v1/account/register");
        assert_eq!(session_url(b), "/api/v1/session");
        assert_eq!(me_url(b), "/api/v1/account/me");
        assert_eq!(addresses_url(b), "/api/v1/account/addresses");
        assert_eq!(address_url(b, 7), "/api/v1/account/addresses/7");
        assert_eq!(
            address_default_url(b, 7),
            "/api/v1/account/addresses/7/default"
        );
    }
}
