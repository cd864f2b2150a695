//! Who is signed in: loaded once from `GET /account/me` at start, then kept by the sign-in,
//! register and sign-out flows. Pages never wait for it: until [`Session::checked`] the buyer is
//! treated as signed out, and views that care (the account page) wait for the answer.

use crate::api::account;
use leptos::prelude::*;
use std::time::Duration;
use storefront_api::account::Account;

#[derive(Clone, Copy)]
pub struct Session {
    /// The signed-in buyer, `None` when signed out or not known yet.
    pub account: RwSignal<Option<Account>>,
    /// Whether the server has answered whether anybody is signed in.
    pub checked: RwSignal<bool>,
}

/// Waits before asking `/account/me` again after a network failure (seconds, then the last
/// one repeats).
const RETRY_SECONDS: [u64; 4] = [3, 10, 30, 60];

impl Session {
    /// A session not checked yet, with the check started (it never blocks the page).
    pub fn start() -> Self {
        let s = Session {
            account: RwSignal::new(None),
            checked: RwSignal::new(false),
        };
        s.check(0);
        s
    }

    /// The session provided by the app, if any.
    pub fn current() -> Option<Self> {
        use_context::<Session>()
    }

    /// Whether a buyer is signed in (tracked).
    pub fn signed_in(&self) -> bool {
        self.account.with(Option::is_some)
    }

    /// The buyer signed in (or registered): remember them, and let the cart follow (merge the
    /// signed-out lines into the server cart).
    pub fn set(&self, account: Account) {
        self.account.set(Some(account));
        self.checked.set(true);
        crate::state::cart::follow_session(true);
        if let Some(w) = crate::state::Wishlist::current() {
            w.follow_session(true);
        }
    }

    /// Nobody is signed in (signed out, or the session expired: any `401 unauthenticated`).
    pub fn clear(&self) {
        let was = self.account.with_untracked(Option::is_some);
        self.account.set(None);
        self.checked.set(true);
        if was {
            crate::state::cart::follow_session(false);
            if let Some(w) = crate::state::Wishlist::current() {
                w.follow_session(false);
            }
        }
    }

    /// Asks the server; a network failure leaves the session unknown and asks again later.
    fn check(self, attempt: usize) {
        leptos::task::spawn_local(async move {
            match account::me().await {
                Ok(Some(a)) => self.set(a),
                // A sign-in that finished meanwhile is fresher than this answer.
                Ok(None) if self.checked.get_untracked() => {}
                Ok(None) => self.checked.set(true),
                Err(_) if self.checked.get_untracked() => {}
                // Offline or a server error: the page goes on as signed out, and asks again.
                Err(_) => {
                    let wait = RETRY_SECONDS[attempt.min(RETRY_SECONDS.len() - 1)];
                    set_timeout(
                        move || {
                            if !self.checked.get_untracked() {
                                self.check(attempt + 1);
                            }
                        },
                        Duration::from_secs(wait),
                    );
                }
            }
        });
    }
}

/// Where to go after signing in: `next` when it is a same-origin relative path (`/…`, not
/// `//host` or `/\host`), else the account page.
pub fn safe_next(next: Option<&str>) -> String {
    match next {
        Some(n)
            if n.starts_with('/')
                && !n.starts_with("//")
                && !n.starts_with("/\\")
                && !n.chars().any(|c| c.is_control() || c == '\\') =>
        {
            n.to_string()
        }
        _ => "/account".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::safe_next;

    #[test]
    fn next_accepts_only_relative_paths() {
        assert_eq!(safe_next(Some("/checkout?step=2")), "/checkout?step=2");
        for bad in [
            "https://evil.example/",
            "//evil.example",
            "/\\evil.example",
            "javascript:alert(1)",
            "account",
            "/a\nb",
            "",
        ] {
            assert_eq!(safe_next(Some(bad)), "/account", "{bad:?}");
        }
        assert_eq!(safe_next(None), "/account");
    }
}
