//! The results view shared by search, category and store pages: count, sort, faceted filters
//! (a drawer on phones), the product grid paged by cursor, and the no-results help.
//!
//! All state lives in the URL as the contract's [`SearchQuery`]: a copied link reproduces the
//! view, back/forward/reload work, malformed parameters are dropped by the lenient parser.

use super::filters::FilterPanel;
use crate::api::{urls, ApiError, ViewTasks};
use crate::components::product_card::ProductCard;
use crate::components::rf;
use crate::components::states::{CardSkeletons, ErrorState};
use crate::i18n::{tr, use_i18n};
use crate::state::Prefs;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;
use storefront_api::{
    encode_component, Facets, ProductSummary, Related, SearchQuery, Sort, DEFAULT_PAGE_LIMIT,
};

/// Most cards in the DOM at once; older pages leave the DOM (and can be shown again).
pub const WINDOW: usize = 5 * DEFAULT_PAGE_LIMIT as usize;

/// Most pages a link or reload loads again (`page=`); more are reached with "Load more".
pub const MAX_URL_PAGES: usize = 20;

/// The loaded pages a URL asks for: `page=N` (1–[`MAX_URL_PAGES`]); absent or malformed → 1.
pub fn pages_in_url(search: &str) -> usize {
    search
        .trim_start_matches('?')
        .split('&')
        .filter_map(|p| p.strip_prefix("page="))
        .next_back()
        .and_then(|v| v.trim().parse::<usize>().ok())
        .map_or(1, |n| n.clamp(1, MAX_URL_PAGES))
}

/// What the page fixes through its path rather than its query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    Search,
    Category { id: i64 },
    Store { id: i64 },
}

#[derive(Debug, Clone, PartialEq)]
enum Status {
    Loading,
    Ready,
    Failed(ApiError),
    /// `price_min > price_max` in the URL: nothing asked, the filter explains.
    Invalid,
}

/// What the filter panel and the results bar share.
#[derive(Clone, Copy)]
pub struct ResultsCtx {
    /// The query as the URL states it.
    pub query: Memo<SearchQuery>,
    pub facets: RwSignal<Facets>,
    pub total: RwSignal<Option<i64>>,
    /// Navigates to the view of this query (first page).
    pub go: Callback<SearchQuery>,
    pub scope: StoredValue<Scope>,
}

/// The query without the parts the path fixes (and without a cursor), as a URL.
pub fn view_url(pathname: &str, scope: &Scope, q: &SearchQuery) -> String {
    let mut q = q.first_page();
    match scope {
        Scope::Category { .. } => q.category = None,
        Scope::Store { .. } => q.seller = None,
        Scope::Search => {}
    }
    let qs = q.to_query_string();
    if qs.is_empty() {
        pathname.to_string()
    } else {
        format!("{pathname}?{qs}")
    }
}

/// Number of active filters (for the phone's "Filters (n)" button).
pub fn active_filters(q: &SearchQuery) -> usize {
    [
        q.price_min.is_some() || q.price_max.is_some(),
        q.free_shipping == Some(true),
        q.delivery_days.is_some(),
        q.rating_min.is_some(),
        q.seller_positive_min.is_some(),
        q.in_stock == Some(true),
    ]
    .into_iter()
    .filter(|b| *b)
    .count()
        + q.ships_from_list().len()
        + q.attr_filters()
            .iter()
            .map(|f| f.values.len())
            .sum::<usize>()
}

#[component]
pub fn Results(scope: Scope) -> impl IntoView {
    let i18n = use_i18n();
    let prefs = expect_context::<Prefs>();
    let location = use_location();
    let navigate = use_navigate();
    let scope = StoredValue::new(scope);
    let query = Memo::new(move |_| SearchQuery::parse(&location.search.get()));
    let request = Memo::new(move |_| {
        let mut q = query.get().first_page();
        match scope.get_value() {
            Scope::Category { id } => q.category = Some(id),
            Scope::Store { id } => q.seller = Some(id),
            Scope::Search => {}
        }
        if q.ship_to.is_none() {
            q.ship_to = Some(prefs.ship_to.get());
        }
        q.lang = Some(i18n.locale().code().to_string());
        q
    });

    let items = RwSignal::new(Vec::<ProductSummary>::new());
    let start = RwSignal::new(0_usize);
    let next = RwSignal::new(None::<String>);
    let total = RwSignal::new(None::<i64>);
    let facets = RwSignal::new(Facets::default());
    let related = RwSignal::new(Related::default());
    let status = RwSignal::new(Status::Loading);
    let drawer = RwSignal::new(false);
    let generation = StoredValue::new(0_u64);
    let tasks = ViewTasks::new();

    // Pages loaded so far; `page=` in the URL says how many a reload or link loads again.
    let loaded = RwSignal::new(0_usize);
    let nav = navigate.clone();
    let pages_to_url = move |n: usize| {
        let search = location.search.get_untracked();
        if pages_in_url(&search) == n {
            return;
        }
        let search = if n > 1 {
            urls::with_query_param(&search, "page", &n.to_string())
        } else {
            urls::without_query_param(&search, "page")
        };
        let url = format!("{}{}", location.pathname.get_untracked(), search);
        nav(
            &url,
            NavigateOptions {
                replace: true,
                scroll: false,
                ..Default::default()
            },
        );
    };
    let pages_to_url = StoredValue::new_local(pages_to_url);

    // Loads `pages` pages from `cursor` (`None`: from the first page, replacing the list).
    let load = move |cursor: Option<String>, pages: usize| {
        let base = request.get_untracked();
        let mut first = cursor.is_none();
        generation.update_value(|g| *g = g.wrapping_add(1));
        let mine = generation.get_value();
        status.set(Status::Loading);
        let task = async move {
            let mut cursor = cursor;
            for _ in 0..pages.max(1) {
                let mut q = base.clone();
                q.cursor = cursor.take();
                let result = crate::api::search::get(&q).await;
                if generation.try_get_value() != Some(mine) {
                    return;
                }
                match result {
                    Ok(r) => {
                        if first {
                            items.set(r.items);
                            start.set(0);
                            loaded.set(1);
                            total.set(Some(r.total));
                            facets.set(r.facets);
                            related.set(r.related);
                            first = false;
                        } else {
                            items.update(|v| v.extend(r.items));
                            loaded.update(|n| *n += 1);
                            // Keep the DOM bounded: the oldest pages leave it (scroll
                            // anchoring keeps the view steady).
                            let len = items.with_untracked(Vec::len);
                            if len > start.get_untracked() + WINDOW {
                                start.set(len - WINDOW);
                            }
                        }
                        next.set(r.next_cursor.clone());
                        cursor = r.next_cursor;
                        if cursor.is_none() {
                            break;
                        }
                    }
                    Err(ApiError::Aborted) => return,
                    Err(e) => {
                        status.set(Status::Failed(e));
                        return;
                    }
                }
            }
            status.set(Status::Ready);
            if let Some(n) = loaded.try_get_untracked() {
                let _ = pages_to_url.try_with_value(|f| f(n));
            }
        };
        tasks.spawn(task);
    };
    Effect::new(move |_| {
        let q = request.get();
        if q.price_range_inverted() {
            generation.update_value(|g| *g = g.wrapping_add(1));
            status.set(Status::Invalid);
            return;
        }
        let pages = pages_in_url(&location.search.get_untracked());
        untrack(|| load(None, pages));
    });

    let go = Callback::new(move |q: SearchQuery| {
        let url = scope.with_value(|s| view_url(&location.pathname.get_untracked(), s, &q));
        navigate(
            &url,
            NavigateOptions {
                scroll: false,
                ..Default::default()
            },
        );
    });
    provide_context(ResultsCtx {
        query,
        facets,
        total,
        go,
        scope,
    });

    let on_sort = move |ev| {
        let mut q = query.get_untracked();
        q.sort = Sort::parse(&event_target_value(&ev)).filter(|s| *s != Sort::BestMatch);
        go.run(q);
    };
    let count_text = move || match (status.get(), total.get()) {
        (Status::Invalid, _) => String::new(),
        (_, Some(n)) => i18n.tf("products-count", [("count", n.into())]),
        _ => i18n.t("loading"),
    };
    let filters_label = move || {
        let n = query.with(active_filters);
        if n == 0 {
            i18n.t("filters-title")
        } else {
            i18n.tf("filters-title-count", [("count", n.into())])
        }
    };

    view! {
        <div class="results" class:drawer-open=rf(move || drawer.get())>
            <div class="results-bar">
                <p class="results-count" role="status" aria-live="polite">{count_text}</p>
                <button
                    type="button"
                    id="filters-toggle"
                    class="button filters-toggle"
                    aria-controls="filters-panel"
                    aria-expanded=rf(move || drawer.get().to_string())
                    on:click=move |_| drawer.set(true)
                >{filters_label}</button>
                <div class="sort">
                    <label class="sort-label" for="sort-select">{tr("sort-label")}</label>
                    <select id="sort-select" class="pref-select sort-select" on:change=on_sort>
                        {Sort::ALL.map(|s| view! {
                            <option value=s.as_str() prop:selected=rf(move || query.with(|q| q.sort.unwrap_or_default() == s))>
                                {rf(move || i18n.t(sort_message(s)))}
                            </option>
                        }).collect_view()}
                    </select>
                </div>
            </div>
            <div class="results-body">
                <FilterPanel open=drawer />
                <div class="results-main">
                    {rf(move || (start.get() > 0).then(|| view! {
                        <button type="button" class="button results-earlier"
                            on:click=move |_| start.update(|s| *s = s.saturating_sub(DEFAULT_PAGE_LIMIT as usize * 2))>
                            {move || i18n.tf("results-earlier", [("count", start.get().into())])}
                        </button>
                    }))}
                    <div class="product-grid results-grid" aria-busy=rf(move || (status.get() == Status::Loading).to_string())>
                        <For
                            each=move || items.with(|v| v.iter().skip(start.get()).take(WINDOW + DEFAULT_PAGE_LIMIT as usize).cloned().collect::<Vec<_>>())
                            key=|p| p.id
                            let:p
                        >
                            <ProductCard product=p />
                        </For>
                        {rf(move || (status.get() == Status::Loading).then(|| {
                            let n = if items.with(Vec::is_empty) { 12 } else { 6 };
                            view! { <CardSkeletons count=n /> }
                        }))}
                    </div>
                    {rf(move || match status.get() {
                        Status::Failed(e) => view! {
                            <ErrorState error=e on_retry=move |_| {
                                let n = pages_in_url(&location.search.get_untracked());
                                if loaded.get_untracked() == 0 {
                                    load(None, n)
                                } else {
                                    load(next.get_untracked(), n.saturating_sub(loaded.get_untracked()).max(1))
                                }
                            } />
                        }.into_any(),
                        Status::Ready if total.get() == Some(0) => view! { <NoResults related=related /> }.into_any(),
                        Status::Ready if next.with(Option::is_some) => view! {
                            <div class="feed-more">
                                <button class="load-more" type="button" on:click=move |_| load(next.get_untracked(), 1)>
                                    {tr("action-load-more")}
                                </button>
                            </div>
                        }.into_any(),
                        Status::Ready => view! { <p class="feed-end">{tr("feed-end")}</p> }.into_any(),
                        Status::Invalid => view! {
                            <p class="empty-state" role="alert">{tr("price-inverted")}" "{tr("price-invalid-hint")}</p>
                        }.into_any(),
                        Status::Loading => ().into_any(),
                    })}
                </div>
            </div>
        </div>
    }
}

/// Fluent id of a sort order's name.
pub fn sort_message(s: Sort) -> &'static str {
    match s {
        Sort::BestMatch => "sort-best-match",
        Sort::Orders => "sort-orders",
        Sort::PriceAsc => "sort-price-asc",
        Sort::PriceDesc => "sort-price-desc",
        Sort::Newest => "sort-newest",
        Sort::Rating => "sort-rating",
    }
}

/// Nothing matched: say so, and offer related queries and categories.
#[component]
fn NoResults(related: RwSignal<Related>) -> impl IntoView {
    let ctx = expect_context::<ResultsCtx>();
    let has_filters = move || ctx.query.with(|q| active_filters(q) > 0);
    let clear = move |_| {
        let q = ctx.query.get_untracked();
        ctx.go.run(SearchQuery {
            q: q.q,
            sort: q.sort,
            category: q.category,
            lang: q.lang,
            ..Default::default()
        });
    };
    view! {
        <div class="no-results">
            <h2>{tr("no-results-title")}</h2>
            <p>{tr("no-results-text")}</p>
            {rf(move || has_filters().then(|| view! {
                <button type="button" class="button" on:click=clear>{tr("filters-clear")}</button>
            }))}
            {rf(move || {
                let r = related.get();
                (!r.queries.is_empty()).then(|| view! {
                    <h3>{tr("related-queries")}</h3>
                    <ul class="chips">
                        {r.queries.into_iter().map(|q| {
                            let href = format!("/search?q={}", encode_component(&q));
                            view! { <li><a class="chip" href=href dir="auto" data-l10n="data">{q}</a></li> }
                        }).collect_view()}
                    </ul>
                })
            })}
            {rf(move || {
                let r = related.get();
                (!r.categories.is_empty()).then(|| view! {
                    <h3>{tr("related-categories")}</h3>
                    <ul class="chips">
                        {r.categories.into_iter().map(|c| view! {
                            <li><a class="chip" href=urls::category_page(&c.slug) data-l10n="data">{c.name}</a></li>
                        }).collect_view()}
                    </ul>
                })
            })}
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn view_urls_drop_what_the_path_fixes() {
        let q = SearchQuery::parse("q=red&category=5&seller=9&cursor=abc&sort=newest");
        assert_eq!(
            view_url("/search", &Scope::Search, &q),
            "/search?q=red&category=5&seller=9&sort=newest"
        );
        assert_eq!(
            view_url("/c/x", &Scope::Category { id: 5 }, &q),
            "/c/x?q=red&seller=9&sort=newest"
        );
        assert_eq!(
            view_url("/store/9", &Scope::Store { id: 9 }, &SearchQuery::default()),
            "/store/9"
        );
    }

    #[test]
    fn pages_come_from_the_url_leniently() {
        assert_eq!(pages_in_url(""), 1);
        assert_eq!(pages_in_url("?q=x&page=3"), 3);
        assert_eq!(pages_in_url("page=0"), 1);
        assert_eq!(pages_in_url("?page=abc&q=x"), 1);
        assert_eq!(pages_in_url("?page=-2"), 1);
        assert_eq!(pages_in_url("?page=99999999999999999999999"), 1);
        assert_eq!(pages_in_url("?page=500"), MAX_URL_PAGES);
        assert_eq!(pages_in_url("?page=2&page=4"), 4);
        assert_eq!(pages_in_url("?subpage=4"), 1);
    }

    #[test]
    fn counts_active_filters() {
        let q = SearchQuery::parse(
            "price_min=100&free_shipping=true&ships_from=CN,US&attrs=Colour=Red,Blue;Size=M",
        );
        assert_eq!(active_filters(&q), 1 + 1 + 2 + 3);
        assert_eq!(active_filters(&SearchQuery::parse("q=x&sort=newest")), 0);
    }
}
