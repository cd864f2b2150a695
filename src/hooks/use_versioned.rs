//! `use_versioned`: one resource the buyer acts on with `If-Match` (an order, a dispute).
//!
//! - **Load** when `id` changes (and while `enabled`, e.g. signed in): the shown copy is
//!   cleared, a skeleton shows, then the copy or the error.
//! - **Re-read** after a refusal or a change made elsewhere: the shown copy stays on screen
//!   while it is read again, and a failed re-read keeps it.
//! - **Act** ([`UseVersionedReturn::run`]): one action at a time (`busy`); the answer replaces
//!   the copy and `notice` says what was done. A refusal — `412` the copy changed meanwhile,
//!   `409` not possible any more — shows the server's current copy when it sent one, says so and
//!   reads again; any other failure is kept in `failure` with the action, for a retry.
//!
//! The read is [`use_read`](super::use_read) (a `LocalResource` keyed by the id, re-read by
//! `refetch`; it keeps the copy shown, so pages match on `value` without a `<Transition>`),
//! the action an
//! `Action::new_local` (`busy` is its `pending()`, its value the failure to retry). Both run
//! under the view's owner, so their requests are aborted when the view goes away.
//!
//! DOM ids follow a prefix: `{prefix}-notice` (focused when a notice is set), `{prefix}-title`
//! and `{prefix}-failure` (focused with the options that say so).
//!
//! ```ignore
//! let signed_in = use_require_sign_in(move || format!("/orders/{}", id.get_untracked().unwrap_or(0)));
//! let order = use_versioned_with_options(
//!     "order",
//!     id,
//!     |id| orders::get(id),
//!     |o: Order, t: Transition| async move { orders::transition(&o, t).await.map_err(orders::refusal) },
//!     |o| match o { Outcome::Done(t) => done_id(t), Outcome::Changed => "order-changed", Outcome::NotAllowed => "order-not-allowed" },
//!     UseVersionedOptions::default().enabled(signed_in).clock_skew(true),
//! );
//! view! { {move || match order.value.get() { … }} }
//! order.run(Transition::Cancel, || {});
//! ```

use super::{use_read_with_options, UseReadOptions, UseReadReturn};
use crate::api::{orders::clock_skew_ms, ApiError, Refusal};
use crate::browser::focus_id;
use leptos::prelude::*;
use std::future::Future;
use std::rc::Rc;

/// What a notice is about: `notices` maps it to a Fluent id.
pub enum Outcome<'a, A> {
    /// The action went through.
    Done(&'a A),
    /// Refused with `412`.
    Changed,
    /// Refused with `409`.
    NotAllowed,
}

/// Options of [`use_versioned_with_options`].
#[derive(Clone, Copy)]
pub struct UseVersionedOptions {
    enabled: Signal<bool>,
    clock_skew: bool,
    focus_title: bool,
    focus_failure: bool,
}

impl Default for UseVersionedOptions {
    fn default() -> Self {
        UseVersionedOptions {
            enabled: Signal::stored(true),
            clock_skew: false,
            focus_title: false,
            focus_failure: false,
        }
    }
}

impl UseVersionedOptions {
    /// Loads only while `enabled` (e.g. signed in); default: always.
    pub fn enabled(mut self, enabled: impl Into<Signal<bool>>) -> Self {
        self.enabled = enabled.into();
        self
    }
    /// Also reads the server's clock with every read (`skew`, for countdowns).
    pub fn clock_skew(mut self, on: bool) -> Self {
        self.clock_skew = on;
        self
    }
    /// Focuses `{prefix}-title` when the first copy arrives while `<main>` has the focus.
    pub fn focus_title(mut self, on: bool) -> Self {
        self.focus_title = on;
        self
    }
    /// Focuses `{prefix}-failure` when an action fails.
    pub fn focus_failure(mut self, on: bool) -> Self {
        self.focus_failure = on;
        self
    }
}

/// An action with what to run when it went through.
type Sending<A> = (A, Rc<dyn Fn()>);
/// What an action leaves behind: a failure to retry, with the action.
type Failure<A> = Option<(ApiError, A)>;

/// What [`use_versioned`] gives: read-only state and the ways to act.
pub struct UseVersionedReturn<T: Send + Sync + 'static, A: Send + Sync + 'static> {
    /// `None` while the first copy loads; then the copy or why it could not be read.
    pub value: Signal<Option<Result<T, ApiError>>>,
    /// An action is in flight.
    pub busy: Signal<bool>,
    /// A failed action that can be retried, with its error.
    pub failure: Signal<Option<(ApiError, A)>>,
    /// Fluent id of the latest outcome (done, changed, not allowed).
    pub notice: Signal<Option<&'static str>>,
    /// Milliseconds the server's clock is ahead (with [`UseVersionedOptions::clock_skew`]).
    pub skew: Signal<i64>,
    core: Core<T, A>,
    act: Action<Sending<A>, Failure<A>>,
}

/// The reads and the notice, shared by the hook and its action.
struct Core<T: Send + Sync + 'static, A: 'static> {
    prefix: &'static str,
    focus_failure: bool,
    /// The copy as read (or as an action answered it).
    read: UseReadReturn<T>,
    /// The server's clock, read with every read (with the option).
    clock: Option<LocalResource<i64>>,
    notice: RwSignal<Option<&'static str>>,
    notices: fn(Outcome<'_, A>) -> &'static str,
}

impl<T: Send + Sync + 'static, A: 'static> Clone for Core<T, A> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T: Send + Sync + 'static, A: 'static> Copy for Core<T, A> {}
impl<T: Send + Sync + 'static, A: Send + Sync + 'static> Clone for UseVersionedReturn<T, A> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T: Send + Sync + 'static, A: Send + Sync + 'static> Copy for UseVersionedReturn<T, A> {}

/// [`use_versioned_with_options`] with the default options.
pub fn use_versioned<T, A, RF, WF>(
    prefix: &'static str,
    id: Signal<Option<i64>>,
    read: impl Fn(i64) -> RF + 'static,
    write: impl Fn(T, A) -> WF + 'static,
    notices: fn(Outcome<'_, A>) -> &'static str,
) -> UseVersionedReturn<T, A>
where
    T: Clone + PartialEq + Send + Sync + 'static,
    A: Clone + Send + Sync + 'static,
    RF: Future<Output = Result<T, ApiError>> + 'static,
    WF: Future<Output = Result<T, Refusal<T>>> + 'static,
{
    use_versioned_with_options(
        prefix,
        id,
        read,
        write,
        notices,
        UseVersionedOptions::default(),
    )
}

/// The resource `id`: `read` fetches it, `write` sends an action for the copy shown (with its
/// ETag) and sorts a refusal, `notices` names the notice of an outcome.
pub fn use_versioned_with_options<T, A, RF, WF>(
    prefix: &'static str,
    id: Signal<Option<i64>>,
    read: impl Fn(i64) -> RF + 'static,
    write: impl Fn(T, A) -> WF + 'static,
    notices: fn(Outcome<'_, A>) -> &'static str,
    options: UseVersionedOptions,
) -> UseVersionedReturn<T, A>
where
    T: Clone + PartialEq + Send + Sync + 'static,
    A: Clone + Send + Sync + 'static,
    RF: Future<Output = Result<T, ApiError>> + 'static,
    WF: Future<Output = Result<T, Refusal<T>>> + 'static,
{
    let read = use_read_with_options(id, read, UseReadOptions::default().enabled(options.enabled));
    let id = read.id();
    let enabled = Memo::new(move |_| options.enabled.get());
    let clock = options.clock_skew.then(|| {
        LocalResource::new(move || {
            id.track();
            let on = enabled.get();
            async move {
                if on {
                    clock_skew_ms().await
                } else {
                    0
                }
            }
        })
    });
    let core = Core {
        prefix,
        focus_failure: options.focus_failure,
        read,
        clock,
        notice: RwSignal::new(None),
        notices,
    };
    let act = Action::new_local(move |(action, on_done): &Sending<A>| {
        let key = id.get_untracked();
        let sent = core.read.copy_untracked().map(|t| write(t, action.clone()));
        let (action, on_done) = (action.clone(), on_done.clone());
        async move { core.settle(key, action, sent?.await, &*on_done) }
    });
    let busy = act.pending();
    let failure = act.value();
    // A new id (or signing in) starts afresh: no notice, no failure from before.
    Effect::new(move |_| {
        id.track();
        if enabled.get() {
            core.notice.set(None);
            act.clear();
        }
    });
    if options.focus_title {
        // Focus the heading when the first copy arrives and the route change focused <main>.
        Effect::new(move |was_shown: Option<bool>| {
            let is_shown = read.value.with(Option::is_some);
            if is_shown && was_shown != Some(true) {
                request_animation_frame(move || {
                    if active_is_main() {
                        focus_id(&format!("{prefix}-title"));
                    }
                });
            }
            is_shown
        });
    }
    UseVersionedReturn {
        value: read.value,
        busy: busy.into(),
        // A new try hides the failure of the one before.
        failure: Signal::derive(move || failure.get().flatten().filter(|_| !busy.get())),
        notice: core.notice.read_only().into(),
        skew: Signal::derive(move || clock.and_then(|c| c.get()).unwrap_or(0)),
        core,
        act,
    }
}

impl<T, A> Core<T, A>
where
    T: Clone + PartialEq + Send + Sync + 'static,
    A: 'static,
{
    /// Reads again; the copy shown stays meanwhile.
    fn reread(self) {
        self.read.refetch();
        if let Some(clock) = self.clock {
            clock.refetch();
        }
    }

    fn focus_notice(self) {
        let prefix = self.prefix;
        request_animation_frame(move || focus_id(&format!("{prefix}-notice")));
    }

    /// Takes in the answer to `action`, sent for the copy of `key`: what is left to retry.
    fn settle(
        self,
        key: Option<i64>,
        action: A,
        answer: Result<T, Refusal<T>>,
        on_done: &dyn Fn(),
    ) -> Failure<A> {
        let (notice, current) = match answer {
            Ok(copy) => {
                on_done();
                self.read.put(key, copy);
                self.notice
                    .set(Some((self.notices)(Outcome::Done(&action))));
                self.focus_notice();
                return None;
            }
            // The page went away.
            Err(Refusal::Failed(ApiError::Aborted)) => return None,
            Err(Refusal::Failed(e)) => {
                if self.focus_failure {
                    let prefix = self.prefix;
                    request_animation_frame(move || focus_id(&format!("{prefix}-failure")));
                }
                return Some((e, action));
            }
            Err(Refusal::Changed(v)) => ((self.notices)(Outcome::Changed), v),
            Err(Refusal::NotAllowed(v)) => ((self.notices)(Outcome::NotAllowed), v),
        };
        if let Some(copy) = current {
            self.read.put(key, *copy);
        }
        self.notice.set(Some(notice));
        self.reread();
        self.focus_notice();
        None
    }
}

impl<T, A> UseVersionedReturn<T, A>
where
    T: Clone + PartialEq + Send + Sync + 'static,
    A: Clone + Send + Sync + 'static,
{
    /// Reads the copy again after a failed first read (the error stays until the answer).
    pub fn retry(self) {
        self.core.reread();
    }

    /// Something changed it elsewhere: says `notice`, focuses it and reads again (keeping
    /// the copy shown meanwhile).
    pub fn changed(self, notice: &'static str) {
        self.core.notice.set(Some(notice));
        self.core.reread();
        self.core.focus_notice();
    }

    /// Sends `action` for the copy shown; `on_done` runs when it went through. Ignored while
    /// another action is in flight or before a copy is shown.
    pub fn run(self, action: A, on_done: impl Fn() + 'static) {
        let shown = self.value.with_untracked(|v| matches!(v, Some(Ok(_))));
        if self.busy.get_untracked() || !shown {
            return;
        }
        self.core.notice.set(None);
        self.act.dispatch_local((action, Rc::new(on_done)));
    }
}

/// Whether `<main>` has the focus (the route change put it there).
fn active_is_main() -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.active_element())
            .is_some_and(|e| e.id() == "main")
    }
    #[cfg(not(target_arch = "wasm32"))]
    false
}
