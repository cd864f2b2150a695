//! `use_read`: one resource read by id (an order, a dispute), as a `LocalResource`.
//!
//! - **Load** when `id` changes (and while `enabled`, e.g. signed in): nothing is shown (a
//!   skeleton) until the copy or the error arrives; a copy of another id is never shown.
//! - **Re-read** ([`UseReadReturn::refetch`]): the copy shown stays on screen while it is read
//!   again, and a failed re-read keeps it; an error shown stays until the answer.
//!
//! The request runs under the view's owner and is aborted when the view goes away.
//!
//! ```ignore
//! let signed_in = use_require_sign_in(move || format!("/orders/{}", id.get_untracked().unwrap_or(0)));
//! let order = use_read_with_options(id, orders::get, UseReadOptions::default().enabled(signed_in));
//! view! { {move || match order.value.get() { None => skeleton, Some(Err(e)) => …, Some(Ok(o)) => … }} }
//! order.refetch();
//! ```

use crate::api::ApiError;
use leptos::prelude::*;
use std::future::Future;

/// Options of [`use_read_with_options`].
#[derive(Clone, Copy)]
pub struct UseReadOptions {
    enabled: Signal<bool>,
}

impl Default for UseReadOptions {
    fn default() -> Self {
        UseReadOptions {
            enabled: Signal::stored(true),
        }
    }
}

impl UseReadOptions {
    /// Reads only while `enabled` (e.g. signed in); default: always.
    pub fn enabled(mut self, enabled: impl Into<Signal<bool>>) -> Self {
        self.enabled = enabled.into();
        self
    }
}

/// One answer of the resource: the id it is for and the copy or why it could not be read
/// (`None` while not enabled).
type Read<T> = Option<(Option<i64>, Result<T, ApiError>)>;
/// What is shown: the id and, once read, its copy or the error.
type Shown<T> = (Option<i64>, Option<Result<T, ApiError>>);

/// What [`use_read`] gives.
pub struct UseReadReturn<T: Send + Sync + 'static> {
    /// `None` while the first copy loads; then the copy or why it could not be read.
    pub value: Signal<Option<Result<T, ApiError>>>,
    id: Memo<Option<i64>>,
    reads: LocalResource<Read<T>>,
    shown: Memo<Shown<T>>,
}

impl<T: Send + Sync + 'static> Clone for UseReadReturn<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T: Send + Sync + 'static> Copy for UseReadReturn<T> {}

/// [`use_read_with_options`] with the default options.
pub fn use_read<T, RF>(
    id: Signal<Option<i64>>,
    read: impl Fn(i64) -> RF + 'static,
) -> UseReadReturn<T>
where
    T: Clone + PartialEq + Send + Sync + 'static,
    RF: Future<Output = Result<T, ApiError>> + 'static,
{
    use_read_with_options(id, read, UseReadOptions::default())
}

/// The resource `id`, fetched by `read` (an id that is not a number is not found).
pub fn use_read_with_options<T, RF>(
    id: Signal<Option<i64>>,
    read: impl Fn(i64) -> RF + 'static,
    options: UseReadOptions,
) -> UseReadReturn<T>
where
    T: Clone + PartialEq + Send + Sync + 'static,
    RF: Future<Output = Result<T, ApiError>> + 'static,
{
    // Memos: a read starts when the id or `enabled` really change, not on every change of
    // what they are derived from.
    let id = Memo::new(move |_| id.get());
    let enabled = Memo::new(move |_| options.enabled.get());
    let reads = LocalResource::new(move || {
        let key = id.get();
        let fetch = enabled.get().then(|| key.map(&read));
        async move {
            let answer = match fetch? {
                Some(fetch) => fetch.await,
                None => Err(ApiError::status(404, None)),
            };
            Some((key, answer))
        }
    });
    let shown = Memo::new_with_compare(
        move |prev: Option<&Shown<T>>| {
            let key = id.get();
            let answer = reads.with(|r| match r.as_ref().and_then(Option::as_ref) {
                Some((k, answer)) if *k == key => Some(answer.clone()),
                _ => None,
            });
            let kept = prev.and_then(|(k, v)| match v {
                Some(Ok(t)) if *k == key => Some(t),
                _ => None,
            });
            match (answer, kept) {
                // A failed re-read keeps the copy shown.
                (Some(Err(_)), Some(t)) => (key, Some(Ok(t.clone()))),
                (answer, _) => (key, answer),
            }
        },
        changed,
    );
    UseReadReturn {
        value: Signal::derive(move || shown.with(|(_, v)| v.clone())),
        id,
        reads,
        shown,
    }
}

/// Whether what is shown changed: another id, another copy, or an error that reads otherwise.
/// (Errors are compared by what the buyer reads, which keeps `ApiError`'s `PartialEq` out of
/// the first load.)
fn changed<T: PartialEq>(old: Option<&Shown<T>>, new: Option<&Shown<T>>) -> bool {
    let (Some((k0, v0)), Some((k1, v1))) = (old, new) else {
        return true;
    };
    k0 != k1
        || match (v0, v1) {
            (None, None) => false,
            (Some(Ok(a)), Some(Ok(b))) => a != b,
            (Some(Err(a)), Some(Err(b))) => a.message_id() != b.message_id(),
            _ => true,
        }
}

impl<T: Clone + Send + Sync + 'static> UseReadReturn<T> {
    /// Reads again: the copy (or the error) shown stays until the answer.
    pub fn refetch(self) {
        self.reads.refetch();
    }

    /// The id read now.
    pub(crate) fn id(self) -> Memo<Option<i64>> {
        self.id
    }

    /// The copy shown, if a copy (not an error) is shown.
    pub(crate) fn copy_untracked(self) -> Option<T> {
        self.shown.with_untracked(|(_, v)| match v {
            Some(Ok(t)) => Some(t.clone()),
            _ => None,
        })
    }

    /// Shows `copy` (e.g. an action's answer) as the copy of `key`, until the next read.
    pub(crate) fn put(self, key: Option<i64>, copy: T) {
        self.reads.set(Some(Some((key, Ok(copy)))));
    }
}
