//! The buyer's inbox: `/messages` (conversations with sellers), `/messages/:id` (one
//! conversation) and `/notifications`, in one lazy chunk (`inbox_pages`). Signed out → sign in.

mod list;
mod notifications;
mod thread;

use crate::hooks::use_require_sign_in;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Route {
    Messages,
    Thread(i64),
    Notifications,
    Unknown,
}

fn route_of(path: &str) -> Route {
    match path.trim_end_matches('/') {
        "/messages" => Route::Messages,
        "/notifications" => Route::Notifications,
        p => match p.strip_prefix("/messages/").map(str::parse::<i64>) {
            Some(Ok(id)) if id > 0 => Route::Thread(id),
            _ => Route::Unknown,
        },
    }
}

/// The inbox page the path names.
#[component]
pub fn InboxPages() -> impl IntoView {
    let location = use_location();
    let route = Memo::new(move |_| route_of(&location.pathname.get()));
    use_require_sign_in(move || location.pathname.get_untracked());
    move || match route.get() {
        Route::Messages => view! { <list::MessagesPage /> }.into_any(),
        Route::Thread(id) => view! { <thread::ThreadPage id=id /> }.into_any(),
        Route::Notifications => view! { <notifications::NotificationsPage /> }.into_any(),
        Route::Unknown => view! { <crate::components::not_found::NotFoundPage /> }.into_any(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_name_their_page() {
        assert!(route_of("/messages") == Route::Messages);
        assert!(route_of("/messages/12") == Route::Thread(12));
        assert!(route_of("/messages/x") == Route::Unknown);
        assert!(route_of("/notifications/") == Route::Notifications);
    }
}
