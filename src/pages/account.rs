//! `/account`: the buyer's name and e-mail, sign out, and the address book. Signed out, the page
//! sends the buyer to `/signin?next=/account`.

use crate::api::{account, ApiError};
use crate::browser::focus_id;
use crate::components::icon::Icon;
use crate::components::rf;
use crate::components::states::{BlockSkeleton, ErrorState};
use crate::components::title::use_page_title;
use crate::features::address_form::AddressForm;
use crate::i18n::{intl, tr, use_i18n};
use crate::state::Session;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;
use storefront_api::account::Address;

/// What the address book shows besides the list.
#[derive(Clone, PartialEq)]
enum Editor {
    Closed,
    New,
    Edit(Address),
}

#[component]
pub fn AccountPage() -> impl IntoView {
    use_page_title(tr("account-title"));
    let session = expect_context::<Session>();
    let navigate = use_navigate();
    Effect::new(move |_| {
        if session.checked.get() && !session.signed_in() {
            navigate(
                "/signin?next=/account",
                NavigateOptions {
                    replace: true,
                    ..Default::default()
                },
            );
        }
    });
    view! {
        <div class="page page-account">
            <h1 class="page-title">{tr("account-title")}</h1>
            {rf(move || match session.account.get() {
                Some(a) => view! {
                    <AccountDetails name=a.name email=a.email />
                    <a class="button account-orders-link" href="/orders">{tr("account-orders-link")}</a>
                    <a class="button account-orders-link account-disputes-link" href="/disputes">{tr("account-disputes-link")}</a>
                    <a class="button account-orders-link account-wishlist-link" href="/wishlist">{tr("account-wishlist-link")}</a>
                    <a class="button account-orders-link account-following-link" href="/account/following">{tr("account-following-link")}</a>
                    <AddressBook />
                    <div class="empty-panel">
                        <Icon name="user" class="empty-icon" />
                        <p class="empty-title">{tr("account-empty")}</p>
                        <p>{tr("account-empty-hint")}</p>
                        <a class="button button-primary" href="/">{tr("action-continue-shopping")}</a>
                    </div>
                }
                .into_any(),
                None => view! { <BlockSkeleton lines=4 /> }.into_any(),
            })}
        </div>
    }
}

#[component]
fn AccountDetails(name: String, email: String) -> impl IntoView {
    let i18n = use_i18n();
    let session = expect_context::<Session>();
    let sign_out = Action::new_local(move |_: &()| async move {
        match account::sign_out().await {
            // Signed out, or the session had already ended.
            Ok(()) | Err(ApiError::Status { status: 401, .. }) => {
                session.clear();
                None
            }
            Err(ApiError::Aborted) => None,
            Err(f) => Some(f),
        }
    });
    let busy = sign_out.pending();
    let outcome = sign_out.value();
    // A new try hides the failure of the one before.
    let failure = move || outcome.get().flatten().filter(|_| !busy.get());
    view! {
        <section class="account-card" aria-labelledby="account-details-title">
            <h2 id="account-details-title">{tr("account-details-title")}</h2>
            <dl class="account-facts">
                <dt>{tr("account-name-label")}</dt>
                <dd dir="auto" class="account-name">{name}</dd>
                <dt>{tr("account-email-label")}</dt>
                <dd dir="ltr">{email}</dd>
            </dl>
            {rf(move || failure().map(|e| view! {
                <p class="form-failure" role="alert">{i18n.t_or(&e.message_id(), "error-generic")}</p>
            }))}
            <button type="button" class="button account-sign-out" disabled=rf(move || busy.get())
                on:click=move |_| if !busy.get_untracked() { sign_out.dispatch_local(()); }>
                {tr("account-sign-out")}
            </button>
        </section>
    }
}

#[component]
fn AddressBook() -> impl IntoView {
    let i18n = use_i18n();
    let session = expect_context::<Session>();
    let editor = RwSignal::new(Editor::Closed);
    let confirm = RwSignal::new(None::<i64>);
    let failure = RwSignal::new(None::<ApiError>);
    let status = RwSignal::new(None::<&'static str>);

    // `None`: the session ended (401; the page then goes to sign-in). Read again after each
    // change, the list shown staying meanwhile.
    let list = LocalResource::new(move || async move {
        match account::addresses().await {
            Err(ApiError::Status { status: 401, .. }) => {
                session.clear();
                None
            }
            r => Some(r),
        }
    });
    // 401 anywhere: the session ended.
    let failed = move |f: ApiError| match f {
        ApiError::Aborted => {}
        ApiError::Status { status: 401, .. } => session.clear(),
        e => failure.set(Some(e)),
    };

    let saved = move |_: Address| {
        editor.set(Editor::Closed);
        status.set(Some("account-address-saved"));
        list.refetch();
        request_animation_frame(|| focus_id("account-addresses-title"));
    };
    let remove = Action::new_local(move |id: &i64| {
        let id = *id;
        async move {
            match account::delete_address(id).await {
                Ok(()) => {
                    confirm.set(None);
                    status.set(Some("account-address-deleted"));
                    list.refetch();
                    focus_id("account-addresses-title");
                }
                Err(f) => failed(f),
            }
        }
    });
    let make_default = Action::new_local(move |id: &i64| {
        let id = *id;
        async move {
            match account::set_default_address(id).await {
                Ok(_) => {
                    status.set(Some("account-address-saved"));
                    list.refetch();
                }
                Err(f) => failed(f),
            }
        }
    });
    let open = move |e: Editor| {
        failure.set(None);
        status.set(None);
        confirm.set(None);
        editor.set(e);
        request_animation_frame(|| focus_id("account-address-form-title"));
    };

    let card = move |a: Address| {
        let id = a.id;
        let country = a.country.clone();
        let lines = [
            a.street.clone(),
            [a.postal_code.as_str(), a.city.as_str()].join(" "),
            a.region.clone(),
        ];
        let default = a.is_default;
        let edit_label = i18n.tf(
            "account-address-edit-label",
            [("name", a.recipient_name.clone().into())],
        );
        let delete_label = i18n.tf(
            "account-address-delete-label",
            [("name", a.recipient_name.clone().into())],
        );
        let address = a.clone();
        view! {
            <li class="address-card" class:address-default=default>
                <p class="address-name" dir="auto">{a.recipient_name.clone()}</p>
                {default.then(|| view! { <p class="address-badge">{tr("account-address-default")}</p> })}
                <p class="address-lines" dir="auto">
                    {lines.into_iter().filter(|l| !l.trim().is_empty()).map(|l| view! { <span>{l}</span> }).collect_view()}
                    <span>{rf(move || intl::country_name(&country, i18n.tag()))}</span>
                    <span dir="ltr">{a.phone.clone()}</span>
                </p>
                {rf(move || if confirm.get() == Some(id) {
                    view! {
                        <div class="address-confirm" role="group" aria-labelledby=format!("confirm-{id}")>
                            <p id=format!("confirm-{id}")>{tr("account-address-delete-confirm")}</p>
                            <button type="button" class="button button-danger" on:click=move |_| { remove.dispatch_local(id); }>
                                {tr("account-address-delete-yes")}
                            </button>
                            <button type="button" id=format!("keep-{id}") class="button" on:click=move |_| {
                                confirm.set(None);
                                focus_id(&format!("delete-{id}"));
                            }>{tr("account-address-delete-no")}</button>
                        </div>
                    }.into_any()
                } else {
                    let address = address.clone();
                    view! {
                        <div class="address-actions">
                            <button type="button" class="button" aria-label=edit_label.clone()
                                on:click=move |_| open(Editor::Edit(address.clone()))>
                                {tr("account-address-edit")}
                            </button>
                            <button type="button" id=format!("delete-{id}") class="button" aria-label=delete_label.clone()
                                on:click=move |_| {
                                    confirm.set(Some(id));
                                    request_animation_frame(move || focus_id(&format!("keep-{id}")));
                                }>
                                {tr("account-address-delete")}
                            </button>
                            {(!default).then(|| view! {
                                <button type="button" class="button" on:click=move |_| { make_default.dispatch_local(id); }>
                                    {tr("account-address-make-default")}
                                </button>
                            })}
                        </div>
                    }.into_any()
                })}
            </li>
        }
    };

    view! {
        <section class="account-card" aria-labelledby="account-addresses-title">
            <h2 id="account-addresses-title" tabindex="-1">{tr("account-addresses-title")}</h2>
            <p class="account-status" role="status">{rf(move || status.get().map(|id| i18n.t(id)))}</p>
            {rf(move || failure.get().map(|e| view! {
                <p class="form-failure" role="alert">{i18n.t_or(&e.message_id(), "error-generic")}</p>
            }))}
            {rf(move || match list.get().flatten() {
                None => view! { <BlockSkeleton lines=3 /> }.into_any(),
                Some(Err(e)) => view! { <ErrorState error=e on_retry=move |_| list.refetch() /> }.into_any(),
                Some(Ok(v)) if v.is_empty() => view! {
                    <p class="account-empty-addresses">{tr("account-addresses-empty")}</p>
                }.into_any(),
                Some(Ok(v)) => view! {
                    <ul class="address-list">{v.into_iter().map(card).collect_view()}</ul>
                }.into_any(),
            })}
            {rf(move || match editor.get() {
                Editor::Closed => view! {
                    <button type="button" id="account-address-add" class="button button-primary" on:click=move |_| open(Editor::New)>
                        {tr("account-address-add")}
                    </button>
                }.into_any(),
                e => {
                    let (title, initial) = match e {
                        Editor::Edit(a) => ("account-address-edit-title", Some(a)),
                        _ => ("account-address-new-title", None),
                    };
                    view! {
                        <div class="address-editor">
                            <h3 id="account-address-form-title" tabindex="-1">{tr(title)}</h3>
                            <AddressForm initial=initial on_saved=saved
                                on_cancel=move |_| {
                                    editor.set(Editor::Closed);
                                    focus_id("account-addresses-title");
                                } />
                        </div>
                    }.into_any()
                }
            })}
        </section>
    }
}
