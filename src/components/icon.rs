//! UI icons drawn inline (a handful of 24×24 strokes); category icons come from the sprite.

use leptos::prelude::*;

fn path_of(name: &str) -> &'static str {
    match name {
        "search" => "M10.5 3a7.5 7.5 0 0 1 5.9 12.1l4.8 4.8-1.4 1.4-4.8-4.8A7.5 7.5 0 1 1 10.5 3zm0 2a5.5 5.5 0 1 0 0 11 5.5 5.5 0 0 0 0-11z",
        "cart" => "M2 3h3.2l2.4 11.2a2 2 0 0 0 2 1.6h7.9a2 2 0 0 0 1.9-1.5L21 7H6.6l-.4-2H21V3H4.8zM10 18.5a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3zm7 0a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3z",
        "home" => "M12 3l9 8h-3v9h-5v-6h-2v6H6v-9H3z",
        "grid" => "M3 3h8v8H3zm10 0h8v8h-8zM3 13h8v8H3zm10 0h8v8h-8z",
        "user" => "M12 3a4.5 4.5 0 1 1 0 9 4.5 4.5 0 0 1 0-9zm0 11c4.4 0 8 2.2 8 5v2H4v-2c0-2.8 3.6-5 8-5z",
        "truck" => "M2 5h12v3h4l4 4.5V17h-2a2.5 2.5 0 0 1-5 0H9a2.5 2.5 0 0 1-5 0H2zm14 5v2.5h4.2L18 10zM6.5 16a1 1 0 1 0 0 2 1 1 0 0 0 0-2zm11 0a1 1 0 1 0 0 2 1 1 0 0 0 0-2z",
        "shield" => "M12 2l8 3v6c0 5-3.4 9.3-8 11-4.6-1.7-8-6-8-11V5zm-1 13.6l5.7-5.7-1.4-1.4-4.3 4.3-2.3-2.3-1.4 1.4z",
        "return" => "M12 4a8 8 0 1 1-7.4 5h2.2A6 6 0 1 0 12 6v3L7 5l5-4z",
        "star" => "M12 2.5l2.9 6 6.6.9-4.8 4.6 1.2 6.5L12 17.4l-5.9 3.1 1.2-6.5-4.8-4.6 6.6-.9z",
        "store" => "M3 4h18l1 5a3 3 0 0 1-5 2.2A3 3 0 0 1 12 11a3 3 0 0 1-5 .2A3 3 0 0 1 2 9zm1 9h2v6h12v-6h2v8H4z",
        "bell" => "M12 2a6 6 0 0 1 6 6v4.5l2 3.5H4l2-3.5V8a6 6 0 0 1 6-6zm-2.5 16h5a2.5 2.5 0 0 1-5 0z",
        "chat" => "M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4H4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2zm3 6v2h2V9zm4 0v2h2V9zm4 0v2h2V9z",
        "flash" => "M13 2L4 14h6l-1 8 9-12h-6z",
        _ => "M4 4h16v16H4z",
    }
}

/// Icons that point along the reading direction: mirrored in right-to-left pages
/// (`.icon-dir`, base.css). Logos, photos and the rest are never mirrored.
const DIRECTIONAL: [&str; 2] = ["return", "truck"];

/// A decorative icon; give the surrounding control its accessible name.
#[component]
pub fn Icon(name: &'static str, #[prop(optional)] class: &'static str) -> impl IntoView {
    let dir = if DIRECTIONAL.contains(&name) {
        " icon-dir"
    } else {
        ""
    };
    let class = if class.is_empty() {
        format!("icon{dir}")
    } else {
        format!("icon{dir} {class}")
    };
    view! {
        <svg class=class viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
            <path d=path_of(name) fill="currentColor"></path>
        </svg>
    }
}

/// Symbols drawn in `/icons/categories.svg` (the names the catalogue uses); unknown names
/// get the generic tag glyph.
pub const CATEGORY_ICONS: [&str; 27] = [
    "dress",
    "shirt",
    "phone",
    "laptop",
    "headphones",
    "watch",
    "home",
    "bag",
    "bear",
    "ball",
    "lipstick",
    "car",
    "faucet",
    "stroller",
    "sofa",
    "lamp",
    "wrench",
    "camera",
    "pencil",
    "paw",
    "cup",
    "guitar",
    "gift",
    "comb",
    "star",
    "tablet",
    "tag",
];

/// Picks the sprite symbol for a category's `icon` name.
pub fn category_symbol(icon: &str) -> &'static str {
    let icon = icon.trim();
    CATEGORY_ICONS
        .iter()
        .find(|s| s.eq_ignore_ascii_case(icon))
        .copied()
        .unwrap_or("tag")
}

#[component]
pub fn CategoryIcon(icon: String) -> impl IntoView {
    let href = format!("/icons/categories.svg#{}", category_symbol(&icon));
    view! {
        <svg class="category-icon" viewBox="0 0 48 48" width="40" height="40" aria-hidden="true" focusable="false">
            <use href=href></use>
        </svg>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn category_symbols_resolve() {
        assert_eq!(category_symbol("phone"), "phone");
        assert_eq!(category_symbol("Dress"), "dress");
        assert_eq!(category_symbol("spaceship"), "tag");
        assert_eq!(category_symbol(""), "tag");
    }
}
