//! `/l10n`: the translators' review page. Every message id with all six locales side by side
//! (each cell in its locale's language and direction), gaps and mismatches marked, filters by
//! status, page (the `## Section` of the English file) and id; translator notes from the
//! comments; an arguments editor with samples; a plural grid per message; length against
//! English; each cell links to its file and line. Lives in the lazy `l10n_tools` chunk with the
//! ids overlay (`features::translator`).

use crate::components::rf;
use crate::components::states::{BlockSkeleton, ErrorState};
use crate::components::title::use_page_title;
use crate::features::translator::catalog::{load_catalog, sample_args, Catalog};
use crate::i18n::tools::ToolMode;
use crate::i18n::{tr, use_i18n, Locale};
use leptos::prelude::*;
use std::collections::BTreeSet;
use std::rc::Rc;
use storefront_l10n::{plural_category, SAMPLE_NUMBERS};

/// A long name (overflow) and a right-to-left one (bidi) for the arguments editor.
const LONG_NAME: &str = "Maximiliane Alexandrina von Hohenzollern-Sigmaringen";
const RTL_NAME: &str = "نور الهدى عبد الرحمن";

/// How many rows show before "show more".
const PAGE_ROWS: usize = 60;

/// A cell's findings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Status {
    Missing,
    Empty,
    Unchanged,
    Mismatch,
    Long,
}

impl Status {
    const ALL: [Status; 5] = [
        Status::Missing,
        Status::Empty,
        Status::Unchanged,
        Status::Mismatch,
        Status::Long,
    ];

    fn key(self) -> &'static str {
        match self {
            Status::Missing => "missing",
            Status::Empty => "empty",
            Status::Unchanged => "unchanged",
            Status::Mismatch => "mismatch",
            Status::Long => "long",
        }
    }

    fn label(self) -> &'static str {
        match self {
            Status::Missing => "l10n-status-missing",
            Status::Empty => "l10n-status-empty",
            Status::Unchanged => "l10n-status-unchanged",
            Status::Mismatch => "l10n-status-mismatch",
            Status::Long => "l10n-status-long",
        }
    }
}

/// One locale's cell of a row.
struct Cell {
    locale: Locale,
    text: Option<String>,
    statuses: Vec<Status>,
    /// Length against English in percent (+40 → 140 %), when both exist.
    ratio: Option<i64>,
    place: Option<(String, usize)>,
}

/// Ids that read the same in every language by design (brand, codes, number patterns).
const SAME_OK: [&str; 5] = [
    "site-name",
    "page-title",
    "price-range",
    "discount-badge",
    "seller-followers",
];

fn cells(catalog: &Catalog, id: &str, number: f64, text: &str) -> Vec<Cell> {
    let vars = catalog.variables_of(id);
    let args = sample_args(&vars, number, text);
    let en = catalog.english();
    let en_entry = en.and_then(|f| f.entries.get(id));
    let en_text = en.and_then(|f| f.format(id, &args));
    catalog
        .files
        .iter()
        .map(|f| {
            let entry = f.entries.get(id);
            let text = f.format(id, &args);
            let mut statuses = Vec::new();
            let mut ratio = None;
            match (entry, &text) {
                (None, _) | (_, None) => statuses.push(Status::Missing),
                (Some(e), Some(t)) => {
                    if e.empty || t.trim().is_empty() {
                        statuses.push(Status::Empty);
                    }
                    if let (Some(en_e), Some(en_t)) = (en_entry, &en_text) {
                        let plain = |s: &str| s.replace(['\u{2068}', '\u{2069}'], "");
                        if f.locale != Locale::En
                            && plain(t) == plain(en_t)
                            && !SAME_OK.contains(&id)
                        {
                            statuses.push(Status::Unchanged);
                        }
                        if e.variables != en_e.variables || e.attributes != en_e.attributes {
                            statuses.push(Status::Mismatch);
                        }
                        let en_len = plain(en_t).chars().count() as i64;
                        if en_len > 0 {
                            let pct = plain(t).chars().count() as i64 * 100 / en_len - 100;
                            ratio = Some(pct);
                            if pct > 40 {
                                statuses.push(Status::Long);
                            }
                        }
                    } else if f.locale != Locale::En {
                        // Not in English at all: obsolete, the checker's error too.
                        statuses.push(Status::Mismatch);
                    }
                }
            }
            Cell {
                locale: f.locale,
                text,
                statuses,
                ratio,
                place: f.place(id),
            }
        })
        .collect()
}

#[component]
pub fn L10nPage() -> impl IntoView {
    use_page_title(tr("l10n-title"));
    let catalog = LocalResource::new(|| async { load_catalog().await.map(Rc::new) });
    view! {
        <div class="page page-l10n">
            <h1 class="page-title">{tr("l10n-title")}</h1>
            <p class="l10n-intro">{tr("l10n-intro")}</p>
            <ModeLinks />
            <Transition fallback=|| view! { <BlockSkeleton lines=8 /> }>
                {rf(move || Suspend::new(async move {
                    match catalog.await {
                        Ok(c) => view! { <Review catalog=c /> }.into_any(),
                        Err(e) => view! { <ErrorState error=e on_retry=move |_| catalog.refetch() /> }.into_any(),
                    }
                }))}
            </Transition>
        </div>
    }
}

/// Links that open the shop in each translator mode.
#[component]
fn ModeLinks() -> impl IntoView {
    let modes = [
        (ToolMode::Ids, "l10n-mode-ids"),
        (ToolMode::Pseudo, "l10n-mode-pseudo"),
        (ToolMode::PseudoRtl, "l10n-mode-pseudo-rtl"),
        (ToolMode::Off, "l10n-mode-off"),
    ];
    view! {
        <nav class="l10n-modes" aria-label=tr("l10n-modes")>
            <span class="l10n-modes-label">{tr("l10n-modes")}</span>
            {modes.map(|(m, label)| view! {
                <a class="chip" href=format!("/?l10n={}", m.as_str()) rel="external">{tr(label)}</a>
            }).collect_view()}
        </nav>
    }
}

#[component]
fn Review(catalog: Rc<Catalog>) -> impl IntoView {
    let i18n = use_i18n();
    let status = RwSignal::new(String::from("all"));
    let section = RwSignal::new(String::new());
    let id_filter = RwSignal::new(String::new());
    let number = RwSignal::new(3.0f64);
    let text = RwSignal::new(String::from("Alex"));
    let limit = RwSignal::new(PAGE_ROWS);
    let grids = RwSignal::new(BTreeSet::<String>::new());
    let catalog = StoredValue::new_local(catalog);

    let sections: Vec<String> = catalog.with_value(|c| {
        let mut seen: Vec<String> = Vec::new();
        if let Some(en) = c.english() {
            let mut by_line: Vec<_> = en.entries.values().collect();
            by_line.sort_by_key(|e| e.line);
            for e in by_line {
                if !e.section.is_empty() && !seen.contains(&e.section) {
                    seen.push(e.section.clone());
                }
            }
        }
        seen
    });
    let syntax: Vec<(String, usize)> = catalog.with_value(|c| {
        c.files
            .iter()
            .filter(|f| !f.syntax_errors.is_empty())
            .map(|f| {
                (
                    format!("locales/{}/main.ftl", f.locale.code()),
                    f.syntax_errors.len(),
                )
            })
            .collect()
    });

    // Rows matching the filters, with their cells for the current arguments.
    let rows = Memo::new(move |_| {
        let status = status.get();
        let section = section.get();
        let needle = id_filter.get().trim().to_lowercase();
        let n = number.get();
        let t = text.get();
        catalog.with_value(|c| {
            c.ids
                .iter()
                .filter(|id| needle.is_empty() || id.contains(&needle))
                .filter(|id| {
                    section.is_empty()
                        || c.english()
                            .and_then(|en| en.entries.get(*id))
                            .is_some_and(|e| e.section == section)
                })
                .filter(|id| {
                    status == "all" || {
                        let cells = cells(c, id, n, &t);
                        match status.as_str() {
                            "problems" => cells.iter().any(|c| !c.statuses.is_empty()),
                            key => cells
                                .iter()
                                .any(|c| c.statuses.iter().any(|s| s.key() == key)),
                        }
                    }
                })
                .cloned()
                .collect::<Vec<String>>()
        })
    });

    let on_number = move |ev| {
        if let Ok(v) = event_target_value(&ev)
            .trim()
            .replace(',', ".")
            .parse::<f64>()
        {
            number.set(v);
        }
    };

    view! {
        {(!syntax.is_empty()).then(|| view! {
            <ul class="l10n-syntax" role="alert">
                {syntax.into_iter().map(|(file, count)| view! {
                    <li>{rf(move || i18n.tf("l10n-syntax-errors", [("count", count.into()), ("file", file.clone().into())]))}</li>
                }).collect_view()}
            </ul>
        })}
        <div class="l10n-toolbar">
            <div class="l10n-field">
                <label for="l10n-status">{tr("l10n-filter-status")}</label>
                <select id="l10n-status" on:change=move |ev| { status.set(event_target_value(&ev)); limit.set(PAGE_ROWS); }>
                    <option value="all">{tr("l10n-status-all")}</option>
                    <option value="problems">{tr("l10n-status-problems")}</option>
                    {Status::ALL.map(|s| view! { <option value=s.key()>{tr(s.label())}</option> }).collect_view()}
                </select>
            </div>
            <div class="l10n-field">
                <label for="l10n-section">{tr("l10n-filter-page")}</label>
                <select id="l10n-section" on:change=move |ev| { section.set(event_target_value(&ev)); limit.set(PAGE_ROWS); }>
                    <option value="">{tr("l10n-page-all")}</option>
                    {sections.into_iter().map(|s| view! { <option value=s.clone()>{s.clone()}</option> }).collect_view()}
                </select>
            </div>
            <div class="l10n-field">
                <label for="l10n-id">{tr("l10n-filter-id")}</label>
                <input id="l10n-id" type="search" dir="ltr" autocomplete="off"
                    on:input=move |ev| { id_filter.set(event_target_value(&ev)); limit.set(PAGE_ROWS); } />
            </div>
        </div>
        <fieldset class="l10n-args">
            <legend>{tr("l10n-args-title")}</legend>
            <div class="l10n-field">
                <label for="l10n-number">{tr("l10n-arg-number")}</label>
                <input id="l10n-number" type="text" inputmode="decimal" dir="ltr"
                    prop:value=rf(move || number.get().to_string()) on:change=on_number />
            </div>
            <div class="l10n-samples" role="group" aria-label=tr("l10n-arg-number")>
                {SAMPLE_NUMBERS.map(|n| view! {
                    <button type="button" class="chip" aria-pressed=rf(move || (number.get() == n).to_string())
                        on:click=move |_| number.set(n)>{n.to_string()}</button>
                }).collect_view()}
            </div>
            <div class="l10n-field">
                <label for="l10n-text">{tr("l10n-arg-text")}</label>
                <input id="l10n-text" type="text" dir="auto" prop:value=rf(move || text.get())
                    on:input=move |ev| text.set(event_target_value(&ev)) />
            </div>
            <div class="l10n-samples">
                <button type="button" class="chip" on:click=move |_| text.set(LONG_NAME.into())>{tr("l10n-sample-long")}</button>
                <button type="button" class="chip" on:click=move |_| text.set(RTL_NAME.into())>{tr("l10n-sample-rtl")}</button>
            </div>
        </fieldset>
        <p class="l10n-count" role="status">
            {rf(move || {
                let total = rows.with(Vec::len);
                let shown = total.min(limit.get());
                i18n.tf("l10n-shown", [("shown", shown.into()), ("total", total.into())])
            })}
        </p>
        <div class="l10n-table-wrap">
            <table class="l10n-table">
                <thead>
                    <tr>
                        <th scope="col">{tr("l10n-col-id")}</th>
                        {Locale::ALL.map(|l| view! { <th scope="col" lang=l.code()>{l.native_name()}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {rf(move || {
                        grids.track();
                        let n = number.get();
                        let t = text.get();
                        let ids: Vec<String> = rows.with(|r| r.iter().take(limit.get()).cloned().collect());
                        ids.into_iter().map(|id| {
                            catalog.with_value(|c| row_view(c, &id, n, &t, grids))
                        }).collect_view()
                    })}
                </tbody>
            </table>
        </div>
        {rf(move || (rows.with(Vec::len) > limit.get()).then(|| view! {
            <button type="button" class="button l10n-more" on:click=move |_| limit.update(|l| *l += PAGE_ROWS)>
                {tr("l10n-show-more")}
            </button>
        }))}
    }
}

fn row_view(
    catalog: &Catalog,
    id: &str,
    number: f64,
    text: &str,
    grids: RwSignal<BTreeSet<String>>,
) -> AnyView {
    let i18n = use_i18n();
    let cells = cells(catalog, id, number, text);
    let en = catalog.english().and_then(|f| f.entries.get(id));
    let note = en.map(|e| e.note.clone()).unwrap_or_default();
    let plural = catalog.files.iter().any(|f| {
        f.entries
            .get(id)
            .is_some_and(|e| !e.plural_selects.is_empty())
    });
    let open = grids.with_untracked(|g| g.contains(id));
    let grid = (plural && open).then(|| plural_grid(catalog, id, text));
    let id_owned = id.to_string();
    let toggle = {
        let id = id_owned.clone();
        move |_| {
            grids.update(|g| {
                if !g.remove(&id) {
                    g.insert(id.clone());
                }
            })
        }
    };
    view! {
        <tr class="l10n-row" data-id=id_owned.clone()>
            <th scope="row" class="l10n-id">
                <code dir="ltr" translate="no">{id_owned.clone()}</code>
                {(!note.is_empty()).then(|| view! {
                    <p class="l10n-note"><span class="l10n-note-label">{tr("l10n-notes")}</span> " " <span dir="ltr">{note}</span></p>
                })}
                {plural.then(|| view! {
                    <button type="button" class="chip l10n-grid-toggle" aria-expanded=open.to_string() on:click=toggle>
                        {tr("l10n-plural-grid")}
                    </button>
                })}
            </th>
            {cells.into_iter().map(|c| {
                let problem = !c.statuses.is_empty();
                view! {
                    <td class="l10n-cell" class:l10n-problem=problem lang=c.locale.code() dir=c.locale.dir().as_str()
                        data-locale=c.locale.code()>
                        <div class="l10n-text">{c.text.clone().unwrap_or_default()}</div>
                        <div class="l10n-marks">
                            {c.statuses.iter().map(|s| view! {
                                <span class=format!("l10n-badge l10n-badge-{}", s.key()) dir="auto">{tr(s.label())}</span>
                            }).collect_view()}
                            {c.ratio.filter(|r| *r != 0).map(|r| view! {
                                <span class="l10n-ratio" class:l10n-long=(r > 40) dir="auto">
                                    {rf(move || i18n.tf("l10n-length", [("percent", format!("{r:+}%").into())]))}
                                </span>
                            })}
                        </div>
                        {c.place.map(|(file, line)| view! {
                            <a class="l10n-place" href=format!("/{file}#L{line}") dir="ltr" translate="no">
                                {format!("{file}:{line}")}
                            </a>
                        })}
                    </td>
                }
            }).collect_view()}
        </tr>
        {grid}
    }
    .into_any()
}

/// Which variant each sample number selects, per locale: the CLDR category and the text.
fn plural_grid(catalog: &Catalog, id: &str, text: &str) -> AnyView {
    let vars = catalog.variables_of(id);
    view! {
        <tr class="l10n-grid-row">
            <td colspan="7">
                <table class="l10n-grid">
                    <caption>{tr("l10n-plural-grid")}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{tr("l10n-plural-number")}</th>
                            {catalog.files.iter().map(|f| view! { <th scope="col" lang=f.locale.code()>{f.locale.native_name()}</th> }).collect_view()}
                        </tr>
                    </thead>
                    <tbody>
                        {SAMPLE_NUMBERS.map(|n| view! {
                            <tr>
                                <th scope="row" dir="ltr">{n.to_string()}</th>
                                {catalog.files.iter().map(|f| {
                                    let args = sample_args(&vars, n, text);
                                    let out = f.format(id, &args).unwrap_or_default();
                                    view! {
                                        <td lang=f.locale.code() dir=f.locale.dir().as_str()>
                                            <span class="l10n-category" dir="ltr" translate="no">{plural_category(f.locale.code(), n)}</span>
                                            " "
                                            <span>{out}</span>
                                        </td>
                                    }
                                }).collect_view()}
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </td>
        </tr>
    }
    .into_any()
}
