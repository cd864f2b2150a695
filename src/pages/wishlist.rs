//! `/wishlist` (the price now against the price when added, stock, add to cart, remove) and
//! `/account/following` (the followed stores). Both live in the `wishlist_pages` chunk.

use crate::api::urls;
use crate::api::wishlist as api;
use crate::components::icon::Icon;
use crate::components::price::Price;
use crate::components::rf;
use crate::components::states::{BlockSkeleton, ErrorState};
use crate::components::title::use_page_title;
use crate::i18n::{intl, tr, use_i18n};
use crate::state::cart::CartLine;
use crate::state::{wishlist::local_items, Cart, Session, Wishlist};
use leptos::prelude::*;
use storefront_api::wishlist::{FollowedStore, WishlistItem};

#[component]
pub fn WishlistPage() -> impl IntoView {
    let i18n = use_i18n();
    use_page_title(tr("wishlist-title"));
    let session = expect_context::<Session>();
    let status = RwSignal::new(None::<&'static str>);
    let wishlist = Wishlist::current();
    // Whose list: the server's once the session is known and the sign-in merge is done
    // (signed in but not merged yet: `None` until the merge's end), else this browser's.
    let source = Memo::new(move |_| {
        let server = wishlist.is_some_and(|w| w.server.get());
        (session.checked.get() && server == session.signed_in()).then_some(server)
    });
    // Read again when the source or the language changes; the list shown stays meanwhile.
    let list = LocalResource::new(move || {
        let lang = i18n.locale();
        let source = source.get();
        async move {
            let r = if source? {
                api::list(lang.code()).await
            } else {
                api::priced(local_items(), lang.code()).await
            };
            Some(r.map(|w| w.items))
        }
    });
    let remove = move |item: &WishlistItem| {
        if let Some(w) = Wishlist::current() {
            if w.has(item.product_id) {
                w.toggle(item.product_id, item.price_when_added);
            }
        }
        let id = item.product_id;
        list.update(|l| {
            if let Some(Some(Ok(items))) = l {
                items.retain(|i| i.product_id != id);
            }
        });
        status.set(Some("wishlist-removed"));
    };
    let add = move |item: &WishlistItem| {
        if let (Some(cart), Some(sku)) = (Cart::current(), item.sku_id) {
            cart.add(CartLine {
                product_id: item.product_id,
                sku_id: sku,
                quantity: 1,
            });
            status.set(Some("wishlist-added-to-cart"));
        }
    };
    view! {
        <div class="page page-wishlist">
            <h1 class="page-title">{tr("wishlist-title")}</h1>
            {rf(move || (session.checked.get() && !session.signed_in()).then(|| view! {
                <p class="wishlist-note">
                    {tr("wishlist-signin-note")}" "
                    <a href="/signin?next=%2Fwishlist">{tr("account-sign-in-link")}</a>
                </p>
            }))}
            <p class="wishlist-status" role="status">{rf(move || status.get().map(|id| i18n.t(id)))}</p>
            <Transition fallback=|| view! { <BlockSkeleton lines=4 /> }>
                {rf(move || Suspend::new(async move {
                    match list.await {
                        None => view! { <BlockSkeleton lines=4 /> }.into_any(),
                        Some(Err(e)) => view! { <ErrorState error=e on_retry=move |_| list.refetch() /> }.into_any(),
                        Some(Ok(items)) if items.is_empty() => view! {
                            <div class="empty-panel">
                                <p class="empty-title">{tr("wishlist-empty")}</p>
                                <a class="button button-primary" href="/">{tr("action-start-shopping")}</a>
                            </div>
                        }.into_any(),
                        Some(Ok(items)) => view! {
                            <ul class="wishlist-items">
                                {items.into_iter().map(|item| view! { <Item item=item on_add=add on_remove=remove /> }).collect_view()}
                            </ul>
                        }.into_any(),
                    }
                }))}
            </Transition>
        </div>
    }
}

#[component]
fn Item(
    item: WishlistItem,
    on_add: impl Fn(&WishlistItem) + Copy + Send + 'static,
    on_remove: impl Fn(&WishlistItem) + Copy + Send + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let gone = item.price_now.is_none();
    let href = urls::product_page(item.product_id);
    let src = (!item.image.is_empty()).then(|| urls::asset(&urls::base(), &item.image));
    let title = item.title.clone();
    let remove_label = title.clone();
    let changed = item.price_now.filter(|n| *n != item.price_when_added);
    let stored = StoredValue::new(item.clone());
    view! {
        <li class="wishlist-item" data-product=item.product_id>
            <a class="wishlist-media" href=href.clone() tabindex="-1" aria-hidden="true">
                {src.map(|s| view! { <img src=s alt="" width="96" height="96" loading="lazy" /> })}
            </a>
            <div class="wishlist-body">
                <a class="wishlist-title" href=href dir="auto" data-l10n="data">{title}</a>
                <p class="wishlist-prices">
                    {item.price_now.map(|p| view! { <Price usd=p class="wishlist-price-now" /> })}
                    {item.price_dropped.then(|| view! { <span class="badge badge-drop">{tr("wishlist-price-dropped")}</span> })}
                </p>
                {changed.map(|_| {
                    let then = item.price_when_added;
                    view! {
                        <p class="wishlist-then">
                            {tr("wishlist-price-when-added")}" "<Price usd=then class="wishlist-price-then" />
                        </p>
                    }
                })}
                {if gone {
                    Some(view! { <p class="wishlist-stock">{tr("wishlist-gone")}</p> })
                } else if !item.in_stock {
                    Some(view! { <p class="wishlist-stock">{tr("wishlist-out-of-stock")}</p> })
                } else {
                    None
                }}
                <div class="wishlist-actions">
                    {item.sku_id.map(|_| view! {
                        <button type="button" class="button button-primary wishlist-add"
                            on:click=move |_| stored.with_value(|i| on_add(i))>
                            <Icon name="cart" />{tr("add-to-cart")}
                        </button>
                    })}
                    <button type="button" class="button wishlist-remove"
                        aria-label=rf(move || i18n.tf("wishlist-remove-label", [("title", remove_label.clone().into())]))
                        on:click=move |_| stored.with_value(|i| on_remove(i))>
                        {tr("wishlist-remove-button")}
                    </button>
                </div>
            </div>
        </li>
    }
}

#[component]
pub fn FollowingPage() -> impl IntoView {
    let i18n = use_i18n();
    use_page_title(tr("following-title"));
    let session = expect_context::<Session>();
    crate::hooks::use_require_sign_in(|| "/account/following".to_string());
    let signed_in = Memo::new(move |_| session.signed_in());
    // Read once signed in (signed out: the skeleton until the redirect).
    let list = LocalResource::new(move || {
        let on = signed_in.get();
        async move {
            if !on {
                return None;
            }
            Some(api::following().await.map(|f| f.stores))
        }
    });
    view! {
        <div class="page page-following">
            <h1 class="page-title">{tr("following-title")}</h1>
            <Transition fallback=|| view! { <BlockSkeleton lines=4 /> }>
                {rf(move || Suspend::new(async move {
                    match list.await {
                        None => view! { <BlockSkeleton lines=4 /> }.into_any(),
                        Some(Err(e)) => view! { <ErrorState error=e on_retry=move |_| list.refetch() /> }.into_any(),
                        Some(Ok(stores)) if stores.is_empty() => view! {
                            <div class="empty-panel">
                                <p class="empty-title">{tr("following-empty")}</p>
                                <a class="button button-primary" href="/">{tr("action-start-shopping")}</a>
                            </div>
                        }.into_any(),
                        Some(Ok(stores)) => view! {
                            <ul class="following-list">
                                {stores.into_iter().map(|s| {
                                    let FollowedStore { seller_id, name, country, followers, .. } = s;
                                    view! {
                                        <li class="following-store" data-seller=seller_id>
                                            <Icon name="store" />
                                            <div class="following-body">
                                                <a class="following-name" href=urls::store_page(seller_id) dir="auto" data-l10n="data">{name}</a>
                                                <p class="following-meta">
                                                    {rf(move || intl::country_name(&country, i18n.tag()))}
                                                    " · "
                                                    {rf(move || i18n.tf("seller-followers", [("count", followers.into())]))}
                                                </p>
                                            </div>
                                            <a class="button" href=urls::store_page(seller_id)>{tr("seller-visit")}</a>
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                        }.into_any(),
                    }
                }))}
            </Transition>
        </div>
    }
}
