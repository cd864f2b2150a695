//! Accounts, the session and the address book (see `storefront_api::account` for the contract).
//!
//! Every call sends the session cookie (same origin); failures keep the server's problem so
//! forms can show its field errors and `too_many_attempts`' wait.

use super::{urls, ApiError, Request};
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

pub async fn register(req: &RegisterRequest) -> Result<Account, ApiError> {
    Request::post(&register_url(&urls::base()))
        .json(req)
        .send()
        .await
}

pub async fn sign_in(req: &SignInRequest) -> Result<Account, ApiError> {
    Request::post(&session_url(&urls::base()))
        .json(req)
        .send()
        .await
}

pub async fn sign_out() -> Result<(), ApiError> {
    Request::delete(&session_url(&urls::base()))
        .send_empty()
        .await
}

/// The signed-in buyer; `Ok(None)` when the server says nobody is (`null`, or `401` from a
/// backend that answers so).
pub async fn me() -> Result<Option<Account>, ApiError> {
    match Request::get(&me_url(&urls::base()))
        .send::<Option<Account>>()
        .await
    {
        Ok(a) => Ok(a),
        Err(ApiError::Status { status: 401, .. }) => Ok(None),
        Err(e) => Err(e),
    }
}

pub async fn addresses() -> Result<Vec<Address>, ApiError> {
    Request::get(&addresses_url(&urls::base())).send().await
}

pub async fn create_address(input: &AddressInput) -> Result<Address, ApiError> {
    Request::post(&addresses_url(&urls::base()))
        .json(input)
        .send()
        .await
}

pub async fn update_address(id: i64, input: &AddressInput) -> Result<Address, ApiError> {
    Request::put(&address_url(&urls::base(), id))
        .json(input)
        .send()
        .await
}

pub async fn delete_address(id: i64) -> Result<(), ApiError> {
    Request::delete(&address_url(&urls::base(), id))
        .send_empty()
        .await
}

/// `POST` without a body (still sent as `application/json`, which the server requires).
pub async fn set_default_address(id: i64) -> Result<Address, ApiError> {
    Request::post(&address_default_url(&urls::base(), id))
        .send()
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
