//! Preconditions and refusals shared by the resources that move through a state machine
//! (orders, disputes): the same wording, and the current resource inside the problem so the
//! client can show it and decide again without another read.

use crate::error::{ApiError, ApiResult};
use storefront_api::{ErrorCode, Problem};

/// A resource changed only with `If-Match`, whose illegal moves are 409 `illegal_transition`.
pub trait Versioned {
    /// The resource's name in the English problem titles ("order", "dispute").
    const NOUN: &'static str;
    fn etag(&self) -> String;
    fn state_name(&self) -> &'static str;
    /// Puts a copy of the current resource into its problem member.
    fn attach_to(&self, problem: &mut Problem);
}

/// 428 without `If-Match`, 412 (with the current resource) when no tag matches.
pub fn check_if_match<T: Versioned>(if_match: Option<&str>, current: &T) -> ApiResult<()> {
    let Some(raw) = if_match else {
        return Err(ApiError::new(
            ErrorCode::PreconditionRequired,
            &format!("Send If-Match with the {}'s ETag", T::NOUN),
        ));
    };
    let etag = current.etag();
    if raw.split(',').map(str::trim).any(|t| t == etag) {
        return Ok(());
    }
    let mut p = Problem::new(
        ErrorCode::PreconditionFailed,
        format!("The {} changed; re-read it and decide again", T::NOUN),
    );
    current.attach_to(&mut p);
    Err(ApiError(p))
}

/// 409 `illegal_transition`: `what` is not allowed in the resource's current state.
pub fn illegal<T: Versioned>(current: &T, what: &str) -> ApiError {
    let mut p = Problem::new(
        ErrorCode::IllegalTransition,
        format!("This {} cannot do that in its current state", T::NOUN),
    )
    .with_detail(format!(
        "{what} is not allowed while the {} is {}",
        T::NOUN,
        current.state_name()
    ));
    current.attach_to(&mut p);
    ApiError(p)
}
