//! The product gallery: main image with previous/next buttons, thumbnails, arrow keys, swipe on
//! touch (pointer events) and click-to-zoom with a mouse (the zoom follows the pointer).

use crate::api::urls;
use crate::components::rf;
use crate::i18n::{use_i18n, Dir};
use leptos::ev::{KeyboardEvent, PointerEvent};
use leptos::html;
use leptos::prelude::*;

/// Horizontal travel (CSS px) that counts as a swipe.
const SWIPE_PX: i32 = 40;

/// The index `delta` steps from `current`, wrapping around.
pub fn step(current: usize, delta: isize, total: usize) -> usize {
    if total == 0 {
        return 0;
    }
    let total = total as isize;
    (current as isize + delta).rem_euclid(total) as usize
}

#[component]
pub fn Gallery(images: Vec<String>, title: String, current: RwSignal<usize>) -> impl IntoView {
    let i18n = use_i18n();
    let base = urls::base();
    let srcs: Vec<String> = images.iter().map(|i| urls::asset(&base, i)).collect();
    let total = srcs.len();
    let main_srcs = StoredValue::new(srcs.clone());
    let zoomed = RwSignal::new(false);
    let start = StoredValue::new(None::<(i32, String)>);
    let image = NodeRef::<html::Img>::new();
    // "Next" is to the right in LTR and to the left in RTL.
    let forward = move || {
        if i18n.locale().dir() == Dir::Rtl {
            -1
        } else {
            1
        }
    };
    let go = move |delta: isize| {
        current.update(|c| *c = step(*c, delta, total));
        zoomed.set(false);
    };
    let set_origin = move |ev: &PointerEvent| {
        let Some(img) = image.get_untracked() else {
            return;
        };
        let rect = img.get_bounding_client_rect();
        if rect.width() <= 0.0 || rect.height() <= 0.0 {
            return;
        }
        let x = ((f64::from(ev.client_x()) - rect.left()) * 100.0 / rect.width()) as i32;
        let y = ((f64::from(ev.client_y()) - rect.top()) * 100.0 / rect.height()) as i32;
        let style = web_sys::HtmlElement::style(&img);
        let _ = style.set_property("--zoom-x", &format!("{}%", x.clamp(0, 100)));
        let _ = style.set_property("--zoom-y", &format!("{}%", y.clamp(0, 100)));
    };
    let on_key = move |ev: KeyboardEvent| {
        let f = forward();
        match ev.key().as_str() {
            "ArrowRight" => go(f),
            "ArrowLeft" => go(-f),
            "Home" => current.set(0),
            "End" => current.set(total.saturating_sub(1)),
            "Escape" if zoomed.get_untracked() => zoomed.set(false),
            "Enter" | " " => zoomed.update(|z| *z = !*z),
            _ => return,
        }
        ev.prevent_default();
    };
    let on_down = move |ev: PointerEvent| {
        start.set_value(Some((ev.client_x(), ev.pointer_type())));
    };
    let on_up = move |ev: PointerEvent| {
        let Some((x0, kind)) = start.get_value() else {
            return;
        };
        start.set_value(None);
        let dx = ev.client_x() - x0;
        if kind == "mouse" {
            if dx.abs() < 5 {
                set_origin(&ev);
                zoomed.update(|z| *z = !*z);
            }
        } else if dx.abs() >= SWIPE_PX && total > 1 {
            // Swiping towards the start shows the next image.
            let f = forward();
            go(if dx < 0 { f } else { -f });
        }
    };
    let on_move = move |ev: PointerEvent| {
        if zoomed.get_untracked() && ev.pointer_type() == "mouse" {
            set_origin(&ev);
        }
    };
    let label = move || {
        i18n.tf(
            "gallery-image",
            [
                ("index", (current.get() + 1).into()),
                ("total", total.into()),
            ],
        )
    };

    view! {
        <div class="gallery" role="region" aria-label=i18n.t("gallery-label")>
            <div class="gallery-stage">
                <div
                    class="gallery-main"
                    class:zoomed=rf(move || zoomed.get())
                    tabindex="0"
                    role="img"
                    aria-label=rf(move || format!("{title} — {}", label()))
                    aria-describedby="gallery-hint"
                    on:keydown=on_key
                    on:pointerdown=on_down
                    on:pointerup=on_up
                    on:pointercancel=move |_| start.set_value(None)
                    on:pointermove=on_move
                    on:pointerleave=move |_| zoomed.set(false)
                >
                    <img
                        node_ref=image
                        src=rf(move || main_srcs.with_value(|s| s.get(current.get()).cloned().unwrap_or_default()))
                        alt=""
                        width="600"
                        height="600"
                        draggable="false"
                    />
                </div>
                <span id="gallery-hint" class="visually-hidden">{i18n.t("gallery-hint")}</span>
                {(total > 1).then(|| view! {
                    <button type="button" class="gallery-nav gallery-prev" aria-label=i18n.t("gallery-prev") on:click=move |_| go(-1)>
                        <span aria-hidden="true">"‹"</span>
                    </button>
                    <button type="button" class="gallery-nav gallery-next" aria-label=i18n.t("gallery-next") on:click=move |_| go(1)>
                        <span aria-hidden="true">"›"</span>
                    </button>
                    <span class="gallery-counter" aria-hidden="true">{rf(move || format!("{}/{}", current.get() + 1, total))}</span>
                })}
            </div>
            {(total > 1).then(|| view! {
                <ul class="gallery-thumbs">
                    {srcs.into_iter().enumerate().map(|(i, src)| view! {
                        <li>
                            <button
                                type="button"
                                class="gallery-thumb"
                                aria-pressed=rf(move || (current.get() == i).to_string())
                                aria-label=rf(move || i18n.tf("gallery-image", [("index", (i + 1).into()), ("total", total.into())]))
                                on:click=move |_| { current.set(i); zoomed.set(false); }
                            >
                                <img src=src alt="" width="64" height="64" loading="lazy" />
                            </button>
                        </li>
                    }).collect_view()}
                </ul>
            })}
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::step;

    #[test]
    fn steps_wrap_around() {
        assert_eq!(step(0, 1, 5), 1);
        assert_eq!(step(4, 1, 5), 0);
        assert_eq!(step(0, -1, 5), 4);
        assert_eq!(step(0, 1, 0), 0);
    }
}
