//! `/notifications`: what happened to the buyer's orders, disputes, conversations and wish
//! list, newest first, each linking to what it is about; "mark all read".

use crate::api::inbox;
use crate::components::price::display_price;
use crate::components::rf;
use crate::components::states::{BlockSkeleton, ErrorState};
use crate::components::title::use_page_title;
use crate::i18n::{intl, tr, use_i18n, I18n};
use crate::state::{Inbox, Prefs};
use leptos::prelude::*;
use storefront_api::inbox::{Notification, NotificationKind};

/// Where a notification leads.
pub fn link_of(n: &Notification) -> String {
    use NotificationKind::*;
    match (
        n.kind,
        n.dispute_id,
        n.conversation_id,
        n.order_id,
        n.product_id,
    ) {
        (DisputeAnswered | DisputeDecided, Some(d), ..) => format!("/disputes/{d}"),
        (MessageReply, _, Some(c), ..) => format!("/messages/{c}"),
        (PriceDropped, .., Some(p)) => format!("/p/{p}"),
        (_, _, _, Some(o), _) => format!("/orders/{o}"),
        _ => "/notifications".into(),
    }
}

/// The notification's sentence in the buyer's language (prices in the display currency).
fn text_of(i18n: I18n, prefs: Prefs, n: &Notification) -> String {
    use NotificationKind::*;
    let order = n.order_number.clone().unwrap_or_default();
    let id = match n.kind {
        OrderPaid => "inbox-n-order-paid",
        OrderShipped => "inbox-n-order-shipped",
        OrderDelivered => "inbox-n-order-delivered",
        ProtectionEnding => "inbox-n-protection-ending",
        AutoConfirmed => "inbox-n-auto-confirmed",
        DisputeAnswered => "inbox-n-dispute-answered",
        DisputeDecided => "inbox-n-dispute-decided",
        MessageReply => "inbox-n-message-reply",
        PriceDropped => "inbox-n-price-dropped",
        Unknown => "inbox-n-unknown",
    };
    let tag = i18n.tag();
    let money = |m: &Option<storefront_api::Money>| {
        m.as_ref()
            .map(|m| display_price(prefs, tag, m))
            .unwrap_or_default()
    };
    i18n.tf(
        id,
        [
            ("order", order.into()),
            (
                "tracking",
                n.tracking_number.clone().unwrap_or_default().into(),
            ),
            ("seller", n.seller_name.clone().unwrap_or_default().into()),
            ("title", n.product_title.clone().unwrap_or_default().into()),
            ("price", money(&n.price_now).into()),
            ("was", money(&n.price_then).into()),
        ],
    )
}

#[component]
pub fn NotificationsPage() -> impl IntoView {
    let i18n = use_i18n();
    let inbox = expect_context::<Inbox>();
    use_page_title(move || i18n.t("inbox-notifications-title"));
    // Read again whenever the badge's counts were asked (page change, poll, focus); the list
    // shown stays meanwhile.
    let list = LocalResource::new(move || {
        inbox.tick.track();
        let lang = i18n.locale_untracked().code();
        async move { inbox::notifications(lang).await }
    });
    let read_all = Action::new_local(move |_: &()| async move {
        if let Ok(c) = inbox::read_all().await {
            inbox.set(c);
            list.update(|l| {
                if let Some(Ok(l)) = l {
                    l.items.iter_mut().for_each(|n| n.read = true);
                    l.unread = 0;
                }
            });
        }
    });
    let reading_all = read_all.pending();
    view! {
        <div class="page page-inbox">
            <header class="inbox-header">
                <h1 class="page-title">{tr("inbox-notifications-title")}</h1>
                <a class="inbox-switch" href="/messages">{tr("inbox-messages-title")}</a>
                <button type="button" class="button inbox-read-all"
                    on:click=move |_| { read_all.dispatch_local(()); }
                    disabled=move || reading_all.get() || list.with(|l| !matches!(l, Some(Ok(l)) if l.unread > 0))>
                    {tr("inbox-mark-all-read")}
                </button>
            </header>
            <Transition fallback=|| view! { <BlockSkeleton lines=4 /> }>
                {rf(move || Suspend::new(async move {
                    match list.await {
                        Err(e) => view! { <ErrorState error=e on_retry=move |_| list.refetch() /> }.into_any(),
                        Ok(l) if l.items.is_empty() => view! {
                            <p class="inbox-empty">{tr("inbox-notifications-empty")}</p>
                        }.into_any(),
                        Ok(l) => view! {
                            <ul class="inbox-list notification-list">
                                {l.items.into_iter().map(|n| view! { <Row n=n /> }).collect_view()}
                            </ul>
                        }.into_any(),
                    }
                }))}
            </Transition>
        </div>
    }
}

#[component]
fn Row(n: Notification) -> impl IntoView {
    let i18n = use_i18n();
    let prefs = expect_context::<Prefs>();
    let inbox = expect_context::<Inbox>();
    let href = link_of(&n);
    let (id, read, at) = (n.id, n.read, n.at.clone());
    let datetime = at.clone();
    let class = if read {
        "notification"
    } else {
        "notification unread"
    };
    let on_click = move |_| {
        if !read {
            leptos::task::spawn_local(async move {
                if let Ok(c) = inbox::read_one(id).await {
                    inbox.set(c);
                }
            });
        }
    };
    view! {
        <li class=class>
            <a class="notification-link" href=href on:click=on_click>
                <span class="notification-text" dir="auto">{rf(move || text_of(i18n, prefs, &n))}</span>
                <time class="notification-time" datetime=datetime>{rf(move || intl::format_date_time(&at, i18n.tag()))}</time>
                {(!read).then(|| view! { <span class="visually-hidden">{tr("inbox-unread")}</span> })}
            </a>
        </li>
    }
}
