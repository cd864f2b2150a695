//! One engine for the resources that move through a versioned state machine (orders,
//! disputes): each implements [`Machine`], and the runners here do what both need the same
//! way:
//!
//! - [`advance`] / [`advance_all`]: apply every step due by now (timers and, in demo mode, the
//!   simulated actors), each at its own scheduled time;
//! - [`run`]: a buyer's or the operator's action in one `BEGIN IMMEDIATE` transaction: due
//!   steps first, then 404 (not theirs) → 428/412 (`If-Match`, buyers only) → 409 (not allowed
//!   now) / 422 → the change; the refusals keep the steps applied on the way.
//!
//! The refusals carry the current resource so the client can show it and decide again without
//! another read.

use super::{Error, Result};
use crate::store;
use crate::AppState;
use sqlx::SqliteConnection;
use std::future::Future;
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

/// Implements [`Versioned`] for a wire type with `etag()` and a `state`, whose problems carry
/// it in `ext.<member>`.
#[macro_export]
macro_rules! versioned {
    ($ty:ty, $noun:literal, $member:ident) => {
        impl $crate::domain::engine::Versioned for $ty {
            const NOUN: &'static str = $noun;
            fn etag(&self) -> String {
                <$ty>::etag(self)
            }
            fn state_name(&self) -> &'static str {
                self.state.as_str()
            }
            fn attach_to(&self, problem: &mut storefront_api::Problem) {
                problem.ext.$member = Some(Box::new(self.clone()));
            }
        }
    };
}

/// 428 without `If-Match`, 412 (with the current resource) when no tag matches.
pub fn check_if_match<T: Versioned>(if_match: Option<&str>, current: &T) -> Result<()> {
    let Some(raw) = if_match else {
        return Err(Error::refused(
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
    Err(Error::Refused(p))
}

/// 409 `illegal_transition`: `what` is not allowed in the resource's current state.
pub fn illegal<T: Versioned>(current: &T, what: &str) -> Error {
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
    Error::Refused(p)
}

/// The automatic steps of a stored resource: which is due next and how it is applied (timers
/// and, in demo mode, the simulated actors).
pub trait Schedule {
    /// The stored resource.
    type Row: store::Stored;
    /// An automatic step.
    type Step: Send;
    /// Bound on the steps one [`advance`] applies: a resource has only a few dozen steps in its
    /// whole life.
    const MAX_STEPS: u32;
    /// The next automatic step and when it is due.
    fn next_step(row: &Self::Row, demo: bool) -> Option<(i64, Self::Step)>;
    fn apply_step(
        conn: &mut SqliteConnection,
        row: &Self::Row,
        at: i64,
        step: Self::Step,
    ) -> impl Future<Output = Result<()>> + Send;
}

/// A state machine over stored rows: its schedule, the wire view, and the actions buyers and
/// the operator may take.
pub trait Machine: Schedule {
    /// The resource as its buyer sees it.
    type View: Versioned + Send;
    /// What a buyer or the operator asks for.
    type Action: Send;
    /// The 404 of a missing (or another buyer's) resource.
    const NOT_FOUND: (ErrorCode, &'static str);
    fn view(
        conn: &mut SqliteConnection,
        row: &Self::Row,
        now: i64,
        demo: bool,
    ) -> impl Future<Output = Result<Self::View>> + Send;
    /// Whether `action` may run now; the refusal (409 with the current resource, 422) if not.
    fn check(row: &Self::Row, current: &Self::View, action: &Self::Action) -> Result<()>;
    /// Makes the change; `owner` is the buyer (`None`: the operator).
    fn apply(
        conn: &mut SqliteConnection,
        row: &Self::Row,
        owner: Option<i64>,
        action: Self::Action,
        now: i64,
    ) -> impl Future<Output = Result<()>> + Send;
}

fn not_found<M: Machine>() -> Error {
    Error::refused(M::NOT_FOUND.0, M::NOT_FOUND.1)
}

/// Applies every step of one resource due by `now`, in time order (each at its own scheduled
/// time); answers how many were applied.
pub async fn advance<M: Schedule>(
    conn: &mut SqliteConnection,
    id: i64,
    now: i64,
    demo: bool,
) -> Result<u32> {
    let mut applied = 0;
    for _ in 0..M::MAX_STEPS {
        let Some(row) = store::load::<M::Row>(conn, id, None).await? else {
            break;
        };
        let Some((at, step)) = M::next_step(&row, demo) else {
            break;
        };
        if at > now {
            break;
        }
        M::apply_step(conn, &row, at, step).await?;
        applied += 1;
    }
    Ok(applied)
}

/// One pass over every active resource with a step due, each in its own transaction (only
/// those take the write lock). The caller holds `state.ticker`.
pub async fn advance_all<M: Schedule>(s: &AppState, now: i64) -> Result<u32> {
    let rows = {
        let mut conn = s.pool.acquire().await?;
        store::active::<M::Row>(&mut conn).await?
    };
    let due: Vec<i64> = rows
        .iter()
        .filter(|r| M::next_step(r, s.demo).is_some_and(|(at, _)| at <= now))
        .map(store::Stored::id)
        .collect();
    let mut applied = 0;
    for id in due {
        let mut tx = s.pool.begin_with("BEGIN IMMEDIATE").await?;
        let n = advance::<M>(&mut tx, id, now, s.demo).await?;
        if n > 0 {
            tx.commit().await?;
            applied += n;
        }
    }
    Ok(applied)
}

/// Appends an entry to a stored resource's audit log: who and what by their wire codes, the
/// details as JSON.
pub async fn record<R: store::Stored>(
    conn: &mut SqliteConnection,
    id: i64,
    at: i64,
    (actor, kind): (&impl serde::Serialize, &impl serde::Serialize),
    details: &impl serde::Serialize,
) -> Result<()> {
    let details = serde_json::to_string(details)?;
    let (actor, kind) = (super::codes::code(actor), super::codes::code(kind));
    let event = store::Event {
        at,
        actor: &actor,
        kind: &kind,
        details: &details,
    };
    Ok(store::insert_event::<R>(conn, id, &event).await?)
}

/// Who asks.
#[derive(Debug, Clone, Copy)]
pub enum Actor<'a> {
    /// A signed-in buyer on their own resource, with the `If-Match` they sent.
    Buyer { id: i64, if_match: Option<&'a str> },
    /// The demo operator (sellers, carriers, arbitration): no ownership, no `If-Match`.
    Operator,
}

/// Runs an action on one resource (see the module documentation); answers the changed
/// resource.
pub async fn run<M: Machine>(
    s: &AppState,
    id: i64,
    actor: Actor<'_>,
    action: M::Action,
) -> Result<M::View> {
    let _guard = s.ticker.lock().await;
    let now = s.clock.now();
    let owner = match actor {
        Actor::Buyer { id, .. } => Some(id),
        Actor::Operator => None,
    };
    let mut tx = s.pool.begin_with("BEGIN IMMEDIATE").await?;
    store::load::<M::Row>(&mut tx, id, owner)
        .await?
        .ok_or_else(not_found::<M>)?;
    advance::<M>(&mut tx, id, now, s.demo).await?;
    let row = store::load::<M::Row>(&mut tx, id, owner)
        .await?
        .ok_or_else(not_found::<M>)?;
    let current = M::view(&mut tx, &row, now, s.demo).await?;
    let allowed = match actor {
        Actor::Buyer { if_match, .. } => check_if_match(if_match, &current),
        Actor::Operator => Ok(()),
    }
    .and_then(|()| M::check(&row, &current, &action));
    if let Err(e) = allowed {
        // The steps applied on the way stay applied.
        tx.commit().await?;
        return Err(e);
    }
    M::apply(&mut tx, &row, owner, action, now).await?;
    let row = store::load::<M::Row>(&mut tx, id, None)
        .await?
        .ok_or_else(|| Error::internal(format_args!("{} {id} vanished", M::View::NOUN)))?;
    let out = M::view(&mut tx, &row, now, s.demo).await?;
    tx.commit().await?;
    if owner.is_some() {
        tracing::info!(
            id,
            resource = M::View::NOUN,
            state = out.state_name(),
            "buyer changed a resource"
        );
    }
    Ok(out)
}

/// A signed-in buyer's own resource as it is stored now (404 if it is not theirs).
pub async fn buyer_view<M: Machine>(s: &AppState, buyer_id: i64, id: i64) -> Result<M::View> {
    let mut conn = s.pool.acquire().await?;
    let row = store::load::<M::Row>(&mut conn, id, Some(buyer_id))
        .await?
        .ok_or_else(not_found::<M>)?;
    M::view(&mut conn, &row, s.clock.now(), s.demo).await
}

/// A signed-in buyer's action on their own resource (see [`run`]).
pub async fn buyer_action<M: Machine>(
    s: &AppState,
    buyer_id: i64,
    id: i64,
    if_match: Option<&str>,
    action: M::Action,
) -> Result<M::View> {
    let actor = Actor::Buyer {
        id: buyer_id,
        if_match,
    };
    run::<M>(s, id, actor, action).await
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A resource in state `shipped` at version 3.
    #[derive(Clone)]
    struct Thing;

    impl Versioned for Thing {
        const NOUN: &'static str = "thing";
        fn etag(&self) -> String {
            "\"7-3\"".to_string()
        }
        fn state_name(&self) -> &'static str {
            "shipped"
        }
        fn attach_to(&self, problem: &mut Problem) {
            problem.detail = Some(format!(
                "{}{}",
                problem.detail.take().unwrap_or_default(),
                "+thing"
            ));
        }
    }

    fn refused(e: Error) -> Problem {
        match e {
            Error::Refused(p) => p,
            other => panic!("not a refusal: {other:?}"),
        }
    }

    #[test]
    fn if_match_is_required_and_must_name_the_current_etag() {
        let p = refused(check_if_match(None, &Thing).unwrap_err());
        assert_eq!(p.code, ErrorCode::PreconditionRequired);
        assert_eq!(p.title, "Send If-Match with the thing's ETag");
        let p = refused(check_if_match(Some("\"7-2\""), &Thing).unwrap_err());
        assert_eq!(p.code, ErrorCode::PreconditionFailed);
        assert_eq!(
            p.detail.as_deref(),
            Some("+thing"),
            "carries the current resource"
        );
        assert!(check_if_match(Some("\"7-3\""), &Thing).is_ok());
        assert!(check_if_match(Some("\"7-1\", \"7-3\""), &Thing).is_ok());
        assert!(check_if_match(Some("W/\"7-3\""), &Thing).is_err());
    }

    #[test]
    fn an_illegal_transition_names_the_action_and_the_state() {
        let p = refused(illegal(&Thing, "cancel"));
        assert_eq!(p.code, ErrorCode::IllegalTransition);
        assert_eq!(
            p.detail.as_deref(),
            Some("cancel is not allowed while the thing is shipped+thing")
        );
    }
}
