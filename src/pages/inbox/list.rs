//! `/messages`: the buyer's conversations with sellers, newest activity first, with unread
//! counts.

use crate::api::inbox;
use crate::components::rf;
use crate::components::states::{BlockSkeleton, ErrorState};
use crate::components::title::use_page_title;
use crate::i18n::{intl, tr, use_i18n};
use crate::state::Inbox;
use leptos::prelude::*;
use storefront_api::inbox::{ConversationSummary, Subject};

/// What the conversation is about, as one line (product title or order number).
pub fn subject_line(s: &Subject, order_label: impl Fn(&str) -> String) -> Option<String> {
    s.product_title
        .clone()
        .or_else(|| s.order_number.as_deref().map(order_label))
}

#[component]
pub fn MessagesPage() -> impl IntoView {
    let i18n = use_i18n();
    let inbox = expect_context::<Inbox>();
    use_page_title(move || i18n.t("inbox-messages-title"));
    // Read again on every tick of the inbox (new messages); the list shown stays meanwhile.
    let list = LocalResource::new(move || {
        inbox.tick.track();
        let lang = i18n.locale_untracked().code();
        async move { inbox::conversations(lang).await }
    });
    view! {
        <div class="page page-inbox">
            <header class="inbox-header">
                <h1 class="page-title">{tr("inbox-messages-title")}</h1>
                <a class="inbox-switch" href="/notifications">{tr("inbox-notifications-title")}</a>
            </header>
            <Transition fallback=|| view! { <BlockSkeleton lines=4 /> }>
                {rf(move || Suspend::new(async move {
                    match list.await {
                        Err(e) => view! { <ErrorState error=e on_retry=move |_| list.refetch() /> }.into_any(),
                        Ok(l) if l.items.is_empty() => view! {
                            <p class="inbox-empty">{tr("inbox-messages-empty")}</p>
                        }.into_any(),
                        Ok(l) => view! {
                            <ul class="inbox-list conversation-list">
                                {l.items.into_iter().map(|c| view! { <Row c=c /> }).collect_view()}
                            </ul>
                        }.into_any(),
                    }
                }))}
            </Transition>
        </div>
    }
}

#[component]
fn Row(c: ConversationSummary) -> impl IntoView {
    let i18n = use_i18n();
    let subject = subject_line(&c.subject, |n| {
        i18n.tf("inbox-about-order", [("order", n.to_string().into())])
    });
    let unread = c.unread;
    let at = c.last_at.clone();
    let datetime = at.clone();
    let class = if unread > 0 {
        "conversation unread"
    } else {
        "conversation"
    };
    view! {
        <li class=class>
            <a class="conversation-link" href=format!("/messages/{}", c.id)>
                <span class="conversation-seller" dir="auto">{c.seller_name}</span>
                {subject.map(|s| view! { <span class="conversation-subject" dir="auto">{s}</span> })}
                <span class="conversation-last" dir="auto">{c.last_text}</span>
                <time class="conversation-time" datetime=datetime>{rf(move || intl::format_date_time(&at, i18n.tag()))}</time>
                {(unread > 0).then(|| view! {
                    <span class="count-badge" aria-label=rf(move || i18n.tf("inbox-unread-count", [("count", unread.into())]))>{unread}</span>
                })}
            </a>
        </li>
    }
}
