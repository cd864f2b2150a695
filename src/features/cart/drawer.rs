//! The desktop cart drawer (≥ 1024 px): a modal dialog sliding in from the inline end, focus
//! kept inside, Escape or the close button closes it and focus returns to the cart button.
//! Its content (the cart view) is a lazily loaded wasm chunk, so the first load stays small.

use crate::api::ApiError;
use crate::components::rf;
use crate::components::states::{BlockSkeleton, ErrorState};
use crate::hooks::{use_focus_trap_with_options, UseFocusTrapOptions};
use crate::i18n::tr;
use leptos::prelude::*;

/// Id of the header's cart button (focus returns there).
pub const CART_BUTTON_ID: &str = "header-cart";
const DRAWER_ID: &str = "cart-drawer";

/// The media query of windows wide enough for the drawer.
pub const DRAWER_MEDIA: &str = "(min-width: 1024px)";

#[component]
pub fn CartDrawer(open: RwSignal<bool>) -> impl IntoView {
    use_focus_trap_with_options(DRAWER_ID, UseFocusTrapOptions::default().active(open));
    let close = move || {
        open.set(false);
        crate::browser::focus_id(CART_BUTTON_ID);
    };
    // Opening moves focus into the dialog.
    Effect::new(move |_| {
        if open.get() {
            request_animation_frame(|| crate::browser::focus_id("cart-drawer-title"));
        }
    });
    // Following a link inside (a product, the cart page, checkout) closes it.
    let on_click = move |ev: leptos::ev::MouseEvent| {
        #[cfg(target_arch = "wasm32")]
        {
            use wasm_bindgen::JsCast;
            let link = ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|e| e.closest("a[href]").ok().flatten());
            if link.is_some() && !ev.default_prevented() {
                open.set(false);
            }
        }
        #[cfg(not(target_arch = "wasm32"))]
        let _ = ev;
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" {
            ev.prevent_default();
            close();
        }
    };
    view! {
        <Show when=move || open.get()>
            <div class="drawer-backdrop" on:click=move |_| close()></div>
            <div id=DRAWER_ID class="cart-drawer" role="dialog" aria-modal="true"
                aria-labelledby="cart-drawer-title" on:keydown=on_key on:click=on_click>
                <div class="drawer-head">
                    <h2 id="cart-drawer-title" class="drawer-title" tabindex="-1">{tr("cart-title")}</h2>
                    <button type="button" class="drawer-close" aria-label=tr("drawer-close")
                        on:click=move |_| close()>"×"</button>
                </div>
                <div class="drawer-body">
                    <LazyCartBody />
                </div>
            </div>
        </Show>
    }
}

#[component]
fn LazyCartBody() -> impl IntoView {
    let attempt = RwSignal::new(0u32);
    view! {
        <Suspense fallback=|| view! { <BlockSkeleton lines=4 /> }>
            {rf(move || {
                attempt.track();
                let css = crate::styles::load(&[crate::styles::SHOP]);
                let strings = crate::i18n::use_i18n().ensure_complete();
                Suspend::new(async move {
                    // CSS and messages first, as in `LazyPage`: the body is built as its
                    // chunk arrives.
                    css.await;
                    strings.await;
                    match cart_drawer_body().await {
                        Ok(v) => v,
                        Err(_) => view! {
                            <ErrorState error=ApiError::Network on_retry=move |_| attempt.update(|n| *n += 1) />
                        }
                        .into_any(),
                    }
                })
            })}
        </Suspense>
    }
}

#[leptos::wasm_split::wasm_split(cart_drawer_body, wasm_split_path = ::leptos::wasm_split, fallible)]
fn cart_drawer_body() -> Result<AnyView, leptos::wasm_split::SplitLoaderError> {
    Ok(view! { <super::CartView compact=true /> }.into_any())
}
