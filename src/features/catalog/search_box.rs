//! The header search box with autocomplete: suggestions while typing (debounced, the earlier
//! request aborted), a keyboard-navigable listbox (`aria-activedescendant`), Escape closes.

use crate::components::icon::Icon;
use crate::components::rf;
use crate::i18n::{tr, use_i18n};
use leptos::ev::{KeyboardEvent, SubmitEvent};
use leptos::prelude::*;
use leptos::task::spawn_local_scoped_with_cancellation;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;
use std::future::Future;
use std::pin::Pin;
use std::time::Duration;
use storefront_api::{cap_query, encode_component, Suggestion, MAX_QUERY_CHARS};

const DEBOUNCE: Duration = Duration::from_millis(200);

/// Where a suggestion leads: a category suggestion opens that category's page (searching for
/// its name as text would miss most of its products); a title suggestion searches for it.
pub fn suggestion_url(s: &Suggestion) -> String {
    match &s.category {
        Some(c) => crate::api::urls::category_page(&c.slug),
        None => format!("/search?q={}", encode_component(s.text.trim())),
    }
}

/// A suggestion request (`None` when it failed).
type SuggestionsFetch = Pin<Box<dyn Future<Output = Option<Vec<Suggestion>>>>>;

/// Requesting and reading suggestions comes with the `search_suggest` chunk, fetched when the
/// visitor first types: the first load of `/` does without it (crates/e2e/tests/size_budget.rs).
#[cfg(feature = "shop")]
#[leptos::wasm_split::wasm_split(search_suggest, wasm_split_path = ::leptos::wasm_split, fallible)]
fn suggestions_for(
    q: String,
    lang: &'static str,
) -> Result<SuggestionsFetch, leptos::wasm_split::SplitLoaderError> {
    Ok(Box::pin(async move {
        crate::api::search::suggestions(&q, lang).await.ok()
    }))
}

// The widget build (no `shop` feature) must hold no split point: the same call, in place.
#[cfg(not(feature = "shop"))]
async fn suggestions_for(
    q: String,
    lang: &'static str,
) -> Result<SuggestionsFetch, leptos::wasm_split::SplitLoaderError> {
    Ok(Box::pin(async move {
        crate::api::search::suggestions(&q, lang).await.ok()
    }))
}

#[component]
pub fn SearchBox() -> impl IntoView {
    let i18n = use_i18n();
    let navigate = use_navigate();
    let query = use_query_map();
    let text = RwSignal::new(String::new());
    let suggestions = RwSignal::new(Vec::<Suggestion>::new());
    let open = RwSignal::new(false);
    let active = RwSignal::new(None::<usize>);
    let timer = StoredValue::new_local(None::<TimeoutHandle>);
    // The owner of the request in flight: cleaning it up aborts the fetch.
    let inflight = StoredValue::new_local(None::<Owner>);
    let owner = StoredValue::new_local(Owner::current());

    // The box shows the query of the page it is on.
    Effect::new(move |_| {
        text.set(query.with(|q| cap_query(&q.get("q").unwrap_or_default()).to_string()))
    });

    let cancel = move || {
        if let Some(h) = timer.try_update_value(Option::take).flatten() {
            h.clear();
        }
        if let Some(o) = inflight.try_update_value(Option::take).flatten() {
            o.cleanup();
        }
    };
    let close = move || {
        cancel();
        open.set(false);
        active.set(None);
    };
    let request = move |q: String| {
        cancel();
        let Some(parent) = owner.get_value() else {
            return;
        };
        let child = parent.with(Owner::new);
        let lang = i18n.locale_untracked().code();
        child.with(|| {
            spawn_local_scoped_with_cancellation(async move {
                // The chunk not loaded (offline) is like a failed request: no suggestions.
                let Ok(fetch) = suggestions_for(q, lang).await else {
                    return;
                };
                if let Some(list) = fetch.await {
                    active.set(None);
                    open.set(!list.is_empty());
                    suggestions.set(list);
                }
            })
        });
        inflight.set_value(Some(child));
    };
    let on_input = move |ev| {
        // `maxlength` stops typing past the cap; a paste is cut here too.
        let value = cap_query(&event_target_value(&ev)).to_string();
        text.set(value.clone());
        cancel();
        if value.trim().is_empty() {
            close();
            suggestions.set(Vec::new());
            return;
        }
        let handle = set_timeout_with_handle(move || request(value), DEBOUNCE).ok();
        timer.set_value(handle);
    };
    let go = {
        let navigate = navigate.clone();
        move |url: String| {
            close();
            navigate(&url, NavigateOptions::default());
        }
    };
    let go_submit = go.clone();
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let chosen = active
            .get_untracked()
            .and_then(|i| suggestions.with_untracked(|s| s.get(i).cloned()));
        let url = match chosen {
            Some(s) => suggestion_url(&s),
            None => format!(
                "/search?q={}",
                encode_component(cap_query(text.get_untracked().trim()))
            ),
        };
        go_submit(url);
    };
    let on_key = move |ev: KeyboardEvent| {
        let n = suggestions.with_untracked(Vec::len);
        match ev.key().as_str() {
            "ArrowDown" if n > 0 => {
                open.set(true);
                active.update(|a| *a = Some(a.map_or(0, |i| (i + 1) % n)));
            }
            "ArrowUp" if n > 0 => {
                open.set(true);
                active.update(|a| *a = Some(a.map_or(n - 1, |i| (i + n - 1) % n)));
            }
            "Escape" if open.get_untracked() => close(),
            _ => return,
        }
        ev.prevent_default();
    };
    let option_id = |i: usize| format!("search-option-{i}");

    view! {
        <form class="search" role="search" action="/search" aria-label=tr("search-label") on:submit=on_submit>
            <label class="visually-hidden" for="search-input">{tr("search-label")}</label>
            <input
                id="search-input"
                class="search-input"
                type="search"
                name="q"
                role="combobox"
                aria-autocomplete="list"
                aria-controls="search-suggestions"
                aria-expanded=rf(move || open.get().to_string())
                aria-activedescendant=rf(move || active.get().map(option_id))
                autocomplete="off"
                enterkeyhint="search"
                maxlength=MAX_QUERY_CHARS.to_string()
                placeholder=tr("search-placeholder")
                prop:value=rf(move || text.get())
                on:input=on_input
                on:keydown=on_key
                on:blur=move |_| close()
            />
            <button class="search-button" type="submit" aria-label=tr("search-submit")>
                <Icon name="search" />
            </button>
            <ul
                id="search-suggestions"
                class="suggestions"
                role="listbox"
                aria-label=tr("suggestions-label")
                hidden=rf(move || !open.get())
            >
                {rf(move || suggestions.get().into_iter().enumerate().map(|(i, s)| {
                    let url = suggestion_url(&s);
                    let go = go.clone();
                    view! {
                        <li
                            id=option_id(i)
                            role="option"
                            class="suggestion"
                            aria-selected=rf(move || (active.get() == Some(i)).to_string())
                            // Keep the focus in the box; act on release.
                            on:mousedown=|ev| ev.prevent_default()
                            on:click=move |_| go(url.clone())
                        >
                            <span class="suggestion-text" dir="auto">{s.text.clone()}</span>
                            {s.category.map(|c| view! {
                                <span class="suggestion-category">{move || i18n.tf("suggestion-in", [("category", c.name.clone().into())])}</span>
                            })}
                        </li>
                    }
                }).collect_view())}
            </ul>
        </form>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use storefront_api::Crumb;

    #[test]
    fn category_suggestions_open_the_category() {
        let s = Suggestion {
            text: "red phone".into(),
            category: None,
        };
        assert_eq!(suggestion_url(&s), "/search?q=red%20phone");
        let s = Suggestion {
            text: "phone".into(),
            category: Some(Crumb {
                id: 3,
                slug: "p".into(),
                name: "Phones".into(),
            }),
        };
        assert_eq!(suggestion_url(&s), "/c/p");
    }
}
