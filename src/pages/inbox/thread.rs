//! `/messages/:id`: one conversation with a seller. Messages read as bubbles (the buyer's at the
//! end side, the seller's at the start); text is always text. The composer keeps its draft in
//! `localStorage` while typing; photos (up to 3) use the dispute form's picker rules, preview and
//! downscaling. A sent message shows "sending…" until the server has it and "failed — retry" if
//! not: it keeps its text, photos and `Idempotency-Key`, so a retry never sends it twice and
//! nothing is lost.

use super::list::subject_line;
use crate::api::{inbox, ApiError, ViewTasks};
use crate::components::rf;
use crate::components::states::{BlockSkeleton, ErrorState};
use crate::components::title::use_page_title;
use crate::features::photos::{self, Photo, PhotoState};
use crate::i18n::{intl, tr, use_i18n};
use crate::state::{storage, Inbox};
use leptos::prelude::*;
use storefront_api::inbox::{
    Author, Conversation, Message, Subject, FIELD_ORDER_ID, FIELD_PRODUCT_ID, FIELD_TEXT,
    MESSAGE_MAX_CHARS, MESSAGE_MAX_PHOTOS,
};

#[derive(Clone)]
enum Sending {
    Pending,
    /// The failure's message id.
    Failed(String),
}

/// A message on its way: everything needed to send it again with the same key.
#[derive(Clone)]
struct Outgoing {
    key: String,
    text: String,
    photos: Vec<Photo>,
    state: Sending,
}

fn draft_key(id: i64) -> String {
    format!("storefront.draft.message.{id}")
}

fn build_form(text: &str, photos: &[Photo], subject: &Subject) -> Option<crate::api::Form> {
    #[cfg(target_arch = "wasm32")]
    {
        let form = web_sys::FormData::new().ok()?;
        form.append_with_str(FIELD_TEXT, text).ok()?;
        if let Some(p) = subject.product_id {
            form.append_with_str(FIELD_PRODUCT_ID, &p.to_string())
                .ok()?;
        }
        if let Some(o) = subject.order_id {
            form.append_with_str(FIELD_ORDER_ID, &o.to_string()).ok()?;
        }
        for p in photos {
            form.append_with_blob_and_filename("photos", p.blob.as_ref()?, &p.name)
                .ok()?;
        }
        Some(form)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (
            text,
            photos,
            subject,
            FIELD_TEXT,
            FIELD_PRODUCT_ID,
            FIELD_ORDER_ID,
        );
        None
    }
}

#[component]
pub fn ThreadPage(id: i64) -> impl IntoView {
    let i18n = use_i18n();
    let inbox = expect_context::<Inbox>();
    let tasks = ViewTasks::new();
    // Read again on every tick of the inbox (new messages); the thread shown stays meanwhile.
    let conv = LocalResource::new(move || {
        inbox.tick.track();
        let lang = i18n.locale_untracked().code();
        async move {
            let got = inbox::conversation(id, lang).await;
            // On screen: the seller's new messages are read.
            if matches!(&got, Ok(c) if c.unread > 0) {
                tasks.spawn(async move {
                    if let Ok(c) = inbox::mark_read(id).await {
                        inbox.set(c);
                    }
                });
            }
            got
        }
    });
    let draft = RwSignal::new(storage::get(&draft_key(id)).unwrap_or_default());
    let photos = RwSignal::new_local(Vec::<Photo>::new());
    let next_photo = StoredValue::new(0_u32);
    let refused = RwSignal::new(false);
    let outbox = RwSignal::new_local(Vec::<Outgoing>::new());
    use_page_title(move || {
        conv.with(|c| match c {
            Some(Ok(c)) => c.seller_name.clone(),
            _ => i18n.t("inbox-messages-title"),
        })
    });

    let deliver = move |key: String| {
        let Some(o) = outbox.with_untracked(|v| v.iter().find(|o| o.key == key).cloned()) else {
            return;
        };
        let subject = conv.with_untracked(|c| match c {
            Some(Ok(c)) => c.subject.clone(),
            _ => Subject::default(),
        });
        let set_state = move |key: &str, s: Sending| {
            outbox.try_update(|v| {
                if let Some(o) = v.iter_mut().find(|o| o.key == key) {
                    o.state = s;
                }
            });
        };
        set_state(&key, Sending::Pending);
        let Some(form) = build_form(&o.text, &o.photos, &subject) else {
            set_state(&key, Sending::Failed(ApiError::Network.message_id()));
            return;
        };
        let lang = i18n.locale_untracked().code();
        // Not tied to the view: a message sent just before leaving the page still arrives.
        leptos::task::spawn_local(async move {
            match inbox::send_message(id, lang, &form, &key, |_, _| {}).await {
                Ok(m) => {
                    outbox.try_update(|v| v.retain(|o| o.key != key));
                    conv.try_update(|c| {
                        if let Some(Ok(c)) = c {
                            if !c.messages.iter().any(|x| x.id == m.id) {
                                c.messages.push(m);
                                c.seller_typing = true;
                            }
                        }
                    });
                }
                Err(f) => set_state(&key, Sending::Failed(ApiError::message_id(&f))),
            }
        });
    };

    let send = move || {
        let text = draft.get_untracked().trim().to_string();
        let chosen = photos.get_untracked();
        if (text.is_empty() && chosen.is_empty()) || chosen.iter().any(|p| p.blob.is_none()) {
            return;
        }
        let key = crate::state::idempotency::new_key();
        outbox.update(|v| {
            v.push(Outgoing {
                key: key.clone(),
                text,
                photos: chosen,
                state: Sending::Pending,
            })
        });
        draft.set(String::new());
        storage::remove(&draft_key(id));
        photos.set(Vec::new());
        deliver(key);
    };

    let on_files = move |ev: leptos::ev::Event| {
        let input = event_target::<web_sys::HtmlInputElement>(&ev);
        let mut refusal = false;
        if let Some(list) = input.files() {
            for i in 0..list.length() {
                let Some(file) = list.get(i) else { continue };
                if photos.with_untracked(Vec::len) >= MESSAGE_MAX_PHOTOS
                    || photos::refusal(file.size(), &file.type_()).is_some()
                {
                    refusal = true;
                    continue;
                }
                let pid = next_photo.get_value();
                next_photo.set_value(pid.wrapping_add(1));
                photos.update(|v| v.push(Photo::new(pid, &file)));
                tasks.spawn(async move {
                    match photos::prepare(&file).await {
                        Ok(done) => photos.update(|v| {
                            if let Some(p) = v.iter_mut().find(|p| p.id == pid) {
                                p.blob = Some(done.blob);
                                p.preview = done.thumb;
                                p.state = PhotoState::Ready;
                            }
                        }),
                        Err(_) => {
                            photos.update(|v| v.retain(|p| p.id != pid));
                            refused.set(true);
                        }
                    }
                });
            }
        }
        refused.set(refusal);
        input.set_value("");
    };

    view! {
        <div class="page page-inbox page-thread">
            <Transition fallback=|| view! { <BlockSkeleton lines=5 /> }>
                {rf(move || Suspend::new(async move {
                    match conv.await {
                        Err(e) => view! { <ErrorState error=e on_retry=move |_| conv.refetch() /> }.into_any(),
                        Ok(c) => view! { <ThreadHead c=c.clone() /> <Bubbles c=c /> }.into_any(),
                    }
                }))}
            </Transition>
            <ol class="thread thread-outbox" aria-live="polite">
                <For each=move || outbox.get() key=|o| o.key.clone() let:o>
                    <OutgoingBubble o=o on_retry=deliver />
                </For>
            </ol>
            <form class="composer" on:submit=move |ev: leptos::ev::SubmitEvent| { ev.prevent_default(); send(); }>
                <label for="message-text" class="visually-hidden">{tr("inbox-message-label")}</label>
                <textarea id="message-text" class="composer-text" rows="2" maxlength=MESSAGE_MAX_CHARS.to_string()
                    placeholder=tr("inbox-message-placeholder") prop:value=move || draft.get()
                    on:input=move |ev| {
                        let v = event_target_value(&ev);
                        storage::set(&draft_key(id), &v);
                        draft.set(v);
                    }
                    on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                        if ev.key() == "Enter" && (ev.ctrl_key() || ev.meta_key()) {
                            ev.prevent_default();
                            send();
                        }
                    }></textarea>
                {move || (!photos.with(Vec::is_empty)).then(|| view! {
                    <ul class="composer-photos">
                        {photos.get().into_iter().map(|p| {
                            let pid = p.id;
                            view! {
                                <li class="composer-photo">
                                    <img src=p.preview alt="" width="56" height="56" />
                                    <button type="button" class="composer-photo-remove"
                                        aria-label=rf(move || i18n.tf("inbox-remove-photo", [("name", p.name.clone().into())]))
                                        on:click=move |_| photos.update(|v| v.retain(|x| x.id != pid))>"×"</button>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                })}
                {move || refused.get().then(|| view! { <p class="field-error" role="alert">{tr("inbox-photo-refused")}</p> })}
                <div class="composer-actions">
                    <input id="message-photos" class="visually-hidden composer-file" type="file" multiple
                        accept="image/jpeg,image/png,image/webp" on:change=on_files />
                    <label class="button composer-attach" for="message-photos">{tr("inbox-add-photos")}</label>
                    <button type="submit" class="button button-primary composer-send"
                        disabled=move || draft.with(|d| d.trim().is_empty()) && photos.with(Vec::is_empty)>
                        {tr("inbox-send")}
                    </button>
                </div>
            </form>
        </div>
    }
}

#[component]
fn ThreadHead(c: Conversation) -> impl IntoView {
    let i18n = use_i18n();
    let subject = subject_line(&c.subject, |n| {
        i18n.tf("inbox-about-order", [("order", n.to_string().into())])
    });
    let href = match (c.subject.product_id, c.subject.order_id) {
        (Some(p), _) => Some(format!("/p/{p}")),
        (None, Some(o)) => Some(format!("/orders/{o}")),
        _ => None,
    };
    view! {
        <header class="thread-header">
            <a class="thread-back" href="/messages">{tr("inbox-back-to-messages")}</a>
            <h1 class="page-title" dir="auto">{c.seller_name}</h1>
            {subject.map(|s| view! { <a class="thread-subject" dir="auto" href=href>{s}</a> })}
        </header>
    }
}

#[component]
fn Bubbles(c: Conversation) -> impl IntoView {
    let typing = c.seller_typing;
    view! {
        <ol class="thread" aria-live="polite">
            {c.messages.into_iter().map(|m| view! { <Bubble m=m /> }).collect_view()}
        </ol>
        {typing.then(|| view! { <p class="thread-typing">{tr("inbox-seller-answers-soon")}</p> })}
    }
}

#[component]
fn Bubble(m: Message) -> impl IntoView {
    let i18n = use_i18n();
    let class = match m.author {
        Author::Buyer => "bubble bubble-buyer",
        _ => "bubble bubble-seller",
    };
    let at = m.at.clone();
    let datetime = at.clone();
    view! {
        <li class=class>
            {(!m.text.is_empty()).then(|| view! { <p class="bubble-text" dir="auto">{m.text}</p> })}
            {(!m.photos.is_empty()).then(|| view! {
                <div class="bubble-photos">
                    {m.photos.into_iter().map(|p| view! {
                        <a href=p.url.clone() target="_blank" rel="noopener">
                            <img src=p.url.clone() width=p.width.min(160).to_string() alt=tr("inbox-photo-alt") loading="lazy" />
                        </a>
                    }).collect_view()}
                </div>
            })}
            <time class="bubble-time" datetime=datetime>{rf(move || intl::format_date_time(&at, i18n.tag()))}</time>
        </li>
    }
}

#[component]
fn OutgoingBubble(o: Outgoing, on_retry: impl Fn(String) + Copy + 'static) -> impl IntoView {
    let i18n = use_i18n();
    let key = o.key.clone();
    view! {
        <li class="bubble bubble-buyer bubble-outgoing">
            {(!o.text.is_empty()).then(|| view! { <p class="bubble-text" dir="auto">{o.text.clone()}</p> })}
            {(!o.photos.is_empty()).then(|| view! {
                <div class="bubble-photos">
                    {o.photos.iter().map(|p| view! { <img src=p.preview.clone() alt="" width="56" height="56" /> }).collect_view()}
                </div>
            })}
            {match o.state {
                Sending::Pending => view! { <p class="bubble-status">{tr("inbox-sending")}</p> }.into_any(),
                Sending::Failed(reason) => view! {
                    <p class="bubble-status bubble-failed" role="alert">
                        <span>{rf(move || i18n.t_or(&reason, "error-generic"))}</span>
                        " "
                        <button type="button" class="link-button bubble-retry" on:click=move |_| on_retry(key.clone())>
                            {tr("inbox-failed-retry")}
                        </button>
                    </p>
                }.into_any(),
            }}
        </li>
    }
}
