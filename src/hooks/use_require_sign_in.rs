//! `use_require_sign_in`: a page for signed-in buyers sends a signed-out one to `/signin`,
//! coming back afterwards.
//!
//! ```ignore
//! let id = Signal::derive(move || params.with(|p| p.get("id")));
//! let signed_in = use_require_sign_in(move || format!("/orders/{}", id.get_untracked().unwrap_or_default()));
//! Effect::new(move |_| if signed_in.get() { /* load */ });
//! ```
//!
//! `next` is read when the redirect happens (once the session is known and nobody is signed
//! in); the redirect replaces the history entry, so "back" does not return to the page.

use crate::state::Session;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

/// Redirects to `/signin?next=<next()>` while the session is known to be signed out. Returns
/// whether the buyer is signed in (read-only).
pub fn use_require_sign_in(next: impl Fn() -> String + 'static) -> Signal<bool> {
    let session = expect_context::<Session>();
    let navigate = use_navigate();
    Effect::new(move |_| {
        if session.checked.get() && !session.signed_in() {
            navigate(
                &format!("/signin?next={}", crate::api::urls::encode(&next())),
                NavigateOptions {
                    replace: true,
                    ..Default::default()
                },
            );
        }
    });
    Signal::derive(move || session.signed_in())
}
