//! The inbox's unread counts behind the header's and the bottom navigation's badges. Asked
//! when a buyer is signed in, on every page change, when the tab comes back into view, and every
//! [`POLL`] while the page is visible (never while it is hidden).

use crate::api::inbox;
use crate::state::Session;
use leptos::prelude::*;
use std::time::Duration;
use storefront_api::inbox::InboxCounts;

/// The polling interval while the page is visible.
pub const POLL: Duration = Duration::from_secs(30);

#[derive(Clone, Copy)]
pub struct Inbox {
    pub counts: RwSignal<InboxCounts>,
    /// Bumped by each refresh: open inbox pages re-read their lists with it.
    pub tick: RwSignal<u32>,
}

fn visible() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .is_none_or(|d| !d.hidden())
}

impl Inbox {
    /// Counts of nobody yet; polling starts (it asks only while a buyer is signed in).
    pub fn start(session: Session) -> Self {
        let inbox = Inbox {
            counts: RwSignal::new(InboxCounts::default()),
            tick: RwSignal::new(0),
        };
        Effect::new(move |_| {
            if session.signed_in() {
                inbox.refresh();
            } else {
                inbox.counts.set(InboxCounts::default());
            }
        });
        if cfg!(target_arch = "wasm32") {
            let _ = set_interval_with_handle(
                move || {
                    if visible() && session.account.with_untracked(Option::is_some) {
                        inbox.refresh();
                    }
                },
                POLL,
            );
            let _ = window_event_listener(leptos::ev::focus, move |_| {
                if session.account.with_untracked(Option::is_some) {
                    inbox.refresh();
                }
            });
        }
        inbox
    }

    pub fn current() -> Option<Self> {
        use_context::<Inbox>()
    }

    /// Asks the server for the counts now (a failure keeps the last ones).
    pub fn refresh(self) {
        leptos::task::spawn_local(async move {
            if let Ok(c) = inbox::counts().await {
                self.counts.set(c);
                self.tick.update(|t| *t = t.wrapping_add(1));
            }
        });
    }

    /// Counts the server answered after a change (read, read all).
    pub fn set(self, c: InboxCounts) {
        self.counts.set(c);
    }
}
