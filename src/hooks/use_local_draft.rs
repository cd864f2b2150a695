//! `use_local_draft`: what a buyer typed into a form, kept in the browser's storage so a reload
//! (or coming back later) finds it again: checkout's choices, an open-dispute form, a listing
//! report. `localStorage` by default; `sessionStorage` (this tab only) with the option.
//!
//! ```ignore
//! let draft = use_local_draft::<Draft>(format!("storefront.dispute.{order_id}"));
//! let reason = RwSignal::new(draft.load().reason);
//! Effect::new(move |_| draft.save(&Draft { reason: reason.get(), ..Default::default() }));
//! draft.clear(); // sent: nothing to keep
//! ```
//!
//! A draft that [`LocalDraft::keep`]s nothing removes the stored entry; an unreadable entry is
//! an empty draft. Saving writes at once (a navigation right after loses nothing).

use crate::state::storage;
use leptos::prelude::*;
use serde::de::DeserializeOwned;
use serde::Serialize;

/// A form's draft as stored (JSON unless the draft says otherwise).
pub trait LocalDraft:
    Clone + Default + PartialEq + Serialize + DeserializeOwned + Send + Sync + 'static
{
    /// The stored text.
    fn encode(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
    /// Back from the stored text; anything unreadable is an empty draft.
    fn decode(raw: &str) -> Self {
        serde_json::from_str(raw).unwrap_or_default()
    }
    /// Whether there is anything worth keeping (else the entry is removed).
    fn keep(&self) -> bool {
        *self != Self::default()
    }
}

/// Options of [`use_local_draft_with_options`].
#[derive(Clone, Copy, Default)]
pub struct UseLocalDraftOptions {
    session: bool,
}

impl UseLocalDraftOptions {
    /// Keep the draft in `sessionStorage`: this tab only, gone when it closes.
    pub fn session(mut self, on: bool) -> Self {
        self.session = on;
        self
    }
}

/// What [`use_local_draft`] gives: the stored draft and the ways to keep it. (No signal: a
/// form keeps its fields in its own signals and reads the draft once, when it is built.)
pub struct UseLocalDraftReturn<D: LocalDraft> {
    key: StoredValue<String>,
    session: bool,
    draft: std::marker::PhantomData<fn() -> D>,
}

impl<D: LocalDraft> Clone for UseLocalDraftReturn<D> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<D: LocalDraft> Copy for UseLocalDraftReturn<D> {}

/// The draft stored under `key` in `localStorage`.
pub fn use_local_draft<D: LocalDraft>(key: impl Into<String>) -> UseLocalDraftReturn<D> {
    use_local_draft_with_options(key, UseLocalDraftOptions::default())
}

/// [`use_local_draft`] with options.
pub fn use_local_draft_with_options<D: LocalDraft>(
    key: impl Into<String>,
    options: UseLocalDraftOptions,
) -> UseLocalDraftReturn<D> {
    UseLocalDraftReturn {
        key: StoredValue::new(key.into()),
        session: options.session,
        draft: std::marker::PhantomData,
    }
}

impl<D: LocalDraft> UseLocalDraftReturn<D> {
    /// The draft as stored now (an empty one when there is none or it is unreadable).
    pub fn load(self) -> D {
        let raw = self.key.with_value(|k| {
            if self.session {
                storage::session::get(k)
            } else {
                storage::get(k)
            }
        });
        raw.map(|r| D::decode(&r)).unwrap_or_default()
    }

    /// Stores `draft` now (removes the entry when there is nothing to keep).
    pub fn save(self, draft: &D) {
        if !draft.keep() {
            return self.clear();
        }
        let text = draft.encode();
        self.key.with_value(|k| {
            if self.session {
                storage::session::set(k, &text)
            } else {
                storage::set(k, &text)
            }
        });
    }

    /// Removes the stored draft.
    pub fn clear(self) {
        self.key.with_value(|k| {
            if self.session {
                storage::session::remove(k)
            } else {
                storage::remove(k)
            }
        });
    }
}
