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

use crate::api::{orders::clock_skew_ms, ApiError, Refusal, ViewTasks};
use crate::browser::focus_id;
use leptos::prelude::*;
use std::future::Future;
use std::pin::Pin;
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

type Boxed<R> = Pin<Box<dyn Future<Output = R>>>;
type Read<T> = Rc<dyn Fn(i64) -> Boxed<Result<T, ApiError>>>;
type Write<T, A> = Rc<dyn Fn(T, A) -> Boxed<Result<T, Refusal<T>>>>;

struct Io<T, A> {
    read: Read<T>,
    write: Write<T, A>,
    notices: fn(Outcome<'_, A>) -> &'static str,
}

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
    state: State<T, A>,
}

struct State<T: Send + Sync + 'static, A: Send + Sync + 'static> {
    prefix: &'static str,
    id: Signal<Option<i64>>,
    options: UseVersionedOptions,
    value: RwSignal<Option<Result<T, ApiError>>>,
    busy: RwSignal<bool>,
    failure: RwSignal<Option<(ApiError, A)>>,
    notice: RwSignal<Option<&'static str>>,
    skew: RwSignal<i64>,
    io: StoredValue<Io<T, A>, LocalStorage>,
    tasks: ViewTasks,
}

impl<T: Send + Sync + 'static, A: Send + Sync + 'static> Clone for State<T, A> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T: Send + Sync + 'static, A: Send + Sync + 'static> Copy for State<T, A> {}
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
    T: Clone + Send + Sync + 'static,
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
    T: Clone + Send + Sync + 'static,
    A: Clone + Send + Sync + 'static,
    RF: Future<Output = Result<T, ApiError>> + 'static,
    WF: Future<Output = Result<T, Refusal<T>>> + 'static,
{
    let io = Io {
        read: Rc::new(move |id| Box::pin(read(id)) as Boxed<_>),
        write: Rc::new(move |t, a| Box::pin(write(t, a)) as Boxed<_>),
        notices,
    };
    let state = State {
        prefix,
        id,
        options,
        value: RwSignal::new(None),
        busy: RwSignal::new(false),
        failure: RwSignal::new(None),
        notice: RwSignal::new(None),
        skew: RwSignal::new(0),
        io: StoredValue::new_local(io),
        tasks: ViewTasks::new(),
    };
    let this = UseVersionedReturn {
        value: state.value.read_only().into(),
        busy: state.busy.read_only().into(),
        failure: state.failure.read_only().into(),
        notice: state.notice.read_only().into(),
        skew: state.skew.read_only().into(),
        state,
    };
    Effect::new(move |_| {
        id.track();
        if options.enabled.get() {
            state.notice.set(None);
            state.failure.set(None);
            state.value.set(None);
            this.read(true);
        }
    });
    this
}

impl<T, A> UseVersionedReturn<T, A>
where
    T: Clone + Send + Sync + 'static,
    A: Clone + Send + Sync + 'static,
{
    /// Reads the copy again after a failed first read (the error stays until the answer).
    pub fn retry(self) {
        self.read(true);
    }

    /// Something changed it elsewhere: says `notice`, focuses it and reads again (keeping
    /// the copy shown meanwhile).
    pub fn changed(self, notice: &'static str) {
        self.state.notice.set(Some(notice));
        self.read(false);
        self.focus_notice();
    }

    fn focus_notice(self) {
        let prefix = self.state.prefix;
        request_animation_frame(move || focus_id(&format!("{prefix}-notice")));
    }

    fn read(self, first: bool) {
        let s = self.state;
        let Some(id) = s.id.get_untracked() else {
            s.value.set(Some(Err(ApiError::status(404, None))));
            return;
        };
        if s.options.clock_skew {
            s.tasks.spawn(async move {
                let skew = clock_skew_ms().await;
                s.skew.set(skew);
            });
        }
        let fetch = s.io.with_value(|io| (io.read)(id));
        s.tasks.spawn(async move {
            match fetch.await {
                Err(ApiError::Aborted) => {}
                // A failed re-read keeps the copy shown; the notice already says it changed.
                Err(_) if !first && matches!(s.value.get_untracked(), Some(Ok(_))) => {}
                r => {
                    s.value.set(Some(r));
                    if first && s.options.focus_title {
                        // Focus the heading on arrival when the route change focused <main>.
                        let prefix = s.prefix;
                        request_animation_frame(move || {
                            if active_is_main() {
                                focus_id(&format!("{prefix}-title"));
                            }
                        });
                    }
                }
            }
        });
    }

    /// Sends `action` for the copy shown; `on_done` runs when it went through. Ignored while
    /// another action is in flight or before a copy is shown.
    pub fn run(self, action: A, on_done: impl Fn() + 'static) {
        let s = self.state;
        if s.busy.get_untracked() {
            return;
        }
        let Some(Ok(current)) = s.value.get_untracked() else {
            return;
        };
        s.busy.set(true);
        s.failure.set(None);
        s.notice.set(None);
        let (send, notices) =
            s.io.with_value(|io| ((io.write)(current, action.clone()), io.notices));
        s.tasks.spawn(async move {
            let r = send.await;
            s.busy.set(false);
            let (id, current) = match r {
                Ok(v) => {
                    on_done();
                    s.value.set(Some(Ok(v)));
                    s.notice.set(Some(notices(Outcome::Done(&action))));
                    self.focus_notice();
                    return;
                }
                Err(Refusal::Failed(ApiError::Aborted)) => return,
                Err(Refusal::Failed(e)) => {
                    s.failure.set(Some((e, action)));
                    if s.options.focus_failure {
                        let prefix = s.prefix;
                        request_animation_frame(move || focus_id(&format!("{prefix}-failure")));
                    }
                    return;
                }
                Err(Refusal::Changed(v)) => (notices(Outcome::Changed), v),
                Err(Refusal::NotAllowed(v)) => (notices(Outcome::NotAllowed), v),
            };
            if let Some(v) = current {
                s.value.set(Some(Ok(*v)));
            }
            s.notice.set(Some(id));
            self.read(false);
            self.focus_notice();
        });
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
