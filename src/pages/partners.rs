//! `/partners/widgets`: the widget builder for partner sites. Pick a widget and its options,
//! see it live (an iframe of its `/embed/…` route, sized by the same height messages the
//! loader uses) and copy the snippet (`public/embed.js` plus one element).

use crate::components::rf;
use crate::components::title::use_page_title;
use crate::embed::{Layout, Theme, DEFAULT_LIMIT, MAX_LIMIT};
use crate::i18n::{tr, use_i18n, Locale};
use leptos::prelude::*;
use storefront_api::checkout::valid_partner_id;
use storefront_api::Currency;

/// The widget being built.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Product,
    Buy,
    Collection,
}

impl Kind {
    const ALL: [Kind; 3] = [Kind::Product, Kind::Buy, Kind::Collection];

    fn as_str(self) -> &'static str {
        match self {
            Kind::Product => "product",
            Kind::Buy => "buy",
            Kind::Collection => "collection",
        }
    }

    fn label(self) -> &'static str {
        match self {
            Kind::Product => "partners-kind-product",
            Kind::Buy => "partners-kind-buy",
            Kind::Collection => "partners-kind-collection",
        }
    }
}

/// Every option of the builder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    pub kind: Kind,
    pub product: String,
    pub category: String,
    pub query: String,
    pub ids: String,
    pub limit: u32,
    pub layout: Layout,
    pub locale: Locale,
    pub currency: Currency,
    pub theme: Theme,
    pub partner: String,
}

/// Escapes text for an HTML attribute value in double quotes.
fn attr(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

impl Options {
    /// `data-*` attributes / query parameters of the widget, in a stable order; empty values
    /// are left out.
    fn pairs(&self) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        match self.kind {
            Kind::Product | Kind::Buy => out.push(("product", self.product.trim().to_string())),
            Kind::Collection => {
                out.push(("category", self.category.trim().to_string()));
                out.push(("query", self.query.trim().to_string()));
                out.push(("ids", self.ids.replace(' ', "")));
                out.push(("limit", self.limit.to_string()));
                out.push(("layout", self.layout.as_str().to_string()));
            }
        }
        out.push(("locale", self.locale.code().to_string()));
        out.push(("currency", self.currency.code().to_string()));
        out.push(("theme", self.theme.as_str().to_string()));
        let partner = self.partner.trim();
        if valid_partner_id(partner) {
            out.push(("partner", partner.to_string()));
        }
        out.retain(|(_, v)| !v.is_empty());
        out
    }

    /// What a partner pastes: the loader and one element.
    pub fn snippet(&self, shop_origin: &str) -> String {
        let mut el = format!("<div data-storefront=\"{}\"", self.kind.as_str());
        for (k, v) in self.pairs() {
            el.push_str(&format!(" data-{k}=\"{}\"", attr(&v)));
        }
        el.push_str("></div>");
        format!(
            "<script async src=\"{}/embed.js\"></script>\n{el}",
            attr(shop_origin)
        )
    }

    /// The `/embed/…` URL the loader builds for this element (the preview frames it).
    pub fn embed_src(&self, parent_origin: &str) -> String {
        let mut path = match self.kind {
            Kind::Product => format!(
                "/embed/product/{}",
                crate::api::urls::encode(self.product.trim())
            ),
            Kind::Buy => format!(
                "/embed/buy/{}",
                crate::api::urls::encode(self.product.trim())
            ),
            Kind::Collection => "/embed/collection".to_string(),
        };
        let mut pairs: Vec<(&str, Option<String>)> = self
            .pairs()
            .into_iter()
            .filter(|(k, _)| *k != "product")
            .map(|(k, v)| (if k == "query" { "q" } else { k }, Some(v)))
            .collect();
        pairs.push(("origin", Some(parent_origin.to_string())));
        path.push_str(&crate::api::urls::query(&pairs));
        path
    }
}

fn shop_origin() -> String {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window()
            .and_then(|w| w.location().origin().ok())
            .unwrap_or_default()
    }
    #[cfg(not(target_arch = "wasm32"))]
    String::new()
}

#[component]
pub fn PartnersPage() -> impl IntoView {
    let i18n = use_i18n();
    use_page_title(move || i18n.t("partners-title"));
    let opts = RwSignal::new(Options {
        kind: Kind::Product,
        product: "1".to_string(),
        category: String::new(),
        query: String::new(),
        ids: String::new(),
        limit: DEFAULT_LIMIT,
        layout: Layout::Grid,
        locale: i18n.locale_untracked(),
        currency: Currency::USD,
        theme: Theme::Light,
        partner: String::new(),
    });
    let origin = shop_origin();
    let snippet = {
        let origin = origin.clone();
        Memo::new(move |_| opts.with(|o| o.snippet(&origin)))
    };
    let src = {
        let origin = origin.clone();
        Memo::new(move |_| opts.with(|o| o.embed_src(&origin)))
    };
    let frame = NodeRef::<leptos::html::Iframe>::new();
    let frame_height = RwSignal::new(0.0f64);
    listen_for_height(frame, origin, frame_height);
    let copied = RwSignal::new(None::<bool>);
    let area = NodeRef::<leptos::html::Textarea>::new();
    let copy = move |_| copy_snippet(snippet.get_untracked(), area, copied);

    let partner_bad = Memo::new(move |_| {
        opts.with(|o| {
            let p = o.partner.trim();
            !p.is_empty() && !valid_partner_id(p)
        })
    });
    let kind = Memo::new(move |_| opts.with(|o| o.kind));

    view! {
        <div class="page page-partners">
            <h1>{tr("partners-title")}</h1>
            <p class="partners-intro">{tr("partners-intro")}</p>
            <div class="partners-layout">
                <form class="partners-form" on:submit=|ev| ev.prevent_default()>
                    <div class="form-field">
                        <label for="w-kind">{tr("partners-kind")}</label>
                        <select id="w-kind" class="form-control" on:change=move |ev| {
                            let v = event_target_value(&ev);
                            if let Some(k) = Kind::ALL.into_iter().find(|k| k.as_str() == v) {
                                opts.update(|o| o.kind = k);
                            }
                        }>
                            {Kind::ALL.map(|k| view! {
                                <option value=k.as_str() selected=move || kind.get() == k>{tr(k.label())}</option>
                            })}
                        </select>
                    </div>
                    {rf(move || match kind.get() {
                        Kind::Product | Kind::Buy => view! {
                            <div class="form-field">
                                <label for="w-product">{tr("partners-product")}</label>
                                <input id="w-product" class="form-control form-control-short" type="text"
                                    inputmode="numeric" dir="ltr"
                                    prop:value=move || opts.with(|o| o.product.clone())
                                    on:input=move |ev| opts.update(|o| o.product = event_target_value(&ev)) />
                            </div>
                        }.into_any(),
                        Kind::Collection => view! {
                            <p class="field-hint" id="w-source-hint">{tr("partners-source-hint")}</p>
                            <div class="form-field">
                                <label for="w-category">{tr("partners-category")}</label>
                                <input id="w-category" class="form-control" type="text" dir="ltr"
                                    aria-describedby="w-source-hint"
                                    prop:value=move || opts.with(|o| o.category.clone())
                                    on:input=move |ev| opts.update(|o| o.category = event_target_value(&ev)) />
                            </div>
                            <div class="form-field">
                                <label for="w-query">{tr("partners-query")}</label>
                                <input id="w-query" class="form-control" type="text" dir="auto"
                                    aria-describedby="w-source-hint"
                                    prop:value=move || opts.with(|o| o.query.clone())
                                    on:input=move |ev| opts.update(|o| o.query = event_target_value(&ev)) />
                            </div>
                            <div class="form-field">
                                <label for="w-ids">{tr("partners-ids")}</label>
                                <input id="w-ids" class="form-control" type="text" dir="ltr"
                                    aria-describedby="w-source-hint"
                                    prop:value=move || opts.with(|o| o.ids.clone())
                                    on:input=move |ev| opts.update(|o| o.ids = event_target_value(&ev)) />
                            </div>
                            <div class="form-field">
                                <label for="w-limit">{tr("partners-limit")}</label>
                                <input id="w-limit" class="form-control form-control-short" type="number"
                                    min="1" max=MAX_LIMIT.to_string()
                                    prop:value=move || opts.with(|o| o.limit.to_string())
                                    on:input=move |ev| {
                                        if let Ok(n) = event_target_value(&ev).parse::<u32>() {
                                            opts.update(|o| o.limit = n.clamp(1, MAX_LIMIT));
                                        }
                                    } />
                            </div>
                            <div class="form-field">
                                <label for="w-layout">{tr("partners-layout")}</label>
                                <select id="w-layout" class="form-control" on:change=move |ev| {
                                    if let Some(l) = Layout::parse(&event_target_value(&ev)) {
                                        opts.update(|o| o.layout = l);
                                    }
                                }>
                                    <option value="grid" selected=move || opts.with(|o| o.layout == Layout::Grid)>{tr("partners-layout-grid")}</option>
                                    <option value="carousel" selected=move || opts.with(|o| o.layout == Layout::Carousel)>{tr("partners-layout-carousel")}</option>
                                </select>
                            </div>
                        }.into_any(),
                    })}
                    <div class="form-field">
                        <label for="w-locale">{tr("language-label")}</label>
                        <select id="w-locale" class="form-control" on:change=move |ev| {
                            if let Some(l) = Locale::parse(&event_target_value(&ev)) {
                                opts.update(|o| o.locale = l);
                            }
                        }>
                            {Locale::ALL.map(|l| view! {
                                <option value=l.code() lang=l.code() selected=move || opts.with(|o| o.locale == l)>{l.native_name()}</option>
                            })}
                        </select>
                    </div>
                    <div class="form-field">
                        <label for="w-currency">{tr("currency-label")}</label>
                        <select id="w-currency" class="form-control" on:change=move |ev| {
                            if let Some(c) = Currency::parse(&event_target_value(&ev)) {
                                opts.update(|o| o.currency = c);
                            }
                        }>
                            {Currency::ALL.map(|c| view! {
                                <option value=c.code() selected=move || opts.with(|o| o.currency == c)>{c.code()}</option>
                            })}
                        </select>
                    </div>
                    <div class="form-field">
                        <label for="w-theme">{tr("partners-theme")}</label>
                        <select id="w-theme" class="form-control" on:change=move |ev| {
                            if let Some(t) = Theme::parse(&event_target_value(&ev)) {
                                opts.update(|o| o.theme = t);
                            }
                        }>
                            <option value="light" selected=move || opts.with(|o| o.theme == Theme::Light)>{tr("partners-theme-light")}</option>
                            <option value="dark" selected=move || opts.with(|o| o.theme == Theme::Dark)>{tr("partners-theme-dark")}</option>
                            <option value="accent" selected=move || opts.with(|o| o.theme == Theme::Accent)>{tr("partners-theme-accent")}</option>
                        </select>
                    </div>
                    <div class="form-field">
                        <label for="w-partner">{tr("partners-partner")}</label>
                        <p id="w-partner-hint" class="field-hint">{tr("partners-partner-hint")}</p>
                        <input id="w-partner" class="form-control" type="text" dir="ltr"
                            autocomplete="off" spellcheck="false"
                            aria-describedby="w-partner-hint w-partner-error"
                            aria-invalid=move || partner_bad.get().to_string()
                            prop:value=move || opts.with(|o| o.partner.clone())
                            on:input=move |ev| opts.update(|o| o.partner = event_target_value(&ev)) />
                        <p id="w-partner-error" class="field-error">
                            {rf(move || partner_bad.get().then(|| i18n.t("partners-partner-invalid")))}
                        </p>
                    </div>
                </form>
                <div class="partners-output">
                    <section class="partners-preview" aria-labelledby="w-preview-title">
                        <h2 id="w-preview-title">{tr("partners-preview")}</h2>
                        <div class="partners-stage">
                            <iframe
                                node_ref=frame
                                class="partners-frame"
                                title=tr("partners-preview-frame")
                                src=move || src.get()
                                sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"
                                style:height=move || {
                                    let h = frame_height.get();
                                    if h > 0.0 { format!("{h}px") } else { String::new() }
                                }
                            ></iframe>
                        </div>
                    </section>
                    <section class="partners-snippet" aria-labelledby="w-snippet-title">
                        <h2 id="w-snippet-title">{tr("partners-snippet")}</h2>
                        <textarea node_ref=area id="w-snippet" class="partners-code" readonly dir="ltr"
                            rows="4" spellcheck="false" aria-labelledby="w-snippet-title"
                            prop:value=move || snippet.get()></textarea>
                        <div class="partners-copy">
                            <button type="button" class="button button-primary" on:click=copy>
                                {tr("partners-copy")}
                            </button>
                            <span class="partners-copy-status" role="status">
                                {rf(move || copied.get().map(|ok| {
                                    if ok { i18n.t("partners-copied") } else { i18n.t("partners-copy-failed") }
                                }))}
                            </span>
                        </div>
                    </section>
                </div>
            </div>
        </div>
    }
}

/// Sizes the preview frame from its `storefront:resize` messages (origin and source checked,
/// as the loader does).
fn listen_for_height(frame: NodeRef<leptos::html::Iframe>, origin: String, height: RwSignal<f64>) {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        let handle = window_event_listener_untyped("message", move |ev| {
            let get = |k: &str| js_sys::Reflect::get(&ev, &k.into()).ok();
            let from = get("origin")
                .and_then(|v| v.as_string())
                .unwrap_or_default();
            let Some(frame) = frame.get_untracked() else {
                return;
            };
            let frame: web_sys::HtmlIFrameElement = frame.unchecked_into();
            let same_source = match (get("source"), frame.content_window()) {
                (Some(s), Some(w)) => js_sys::Object::is(&s, &w),
                _ => false,
            };
            if from != origin || !same_source {
                return;
            }
            let Some(data) = get("data") else { return };
            let kind = js_sys::Reflect::get(&data, &"type".into())
                .ok()
                .and_then(|v| v.as_string());
            let h = js_sys::Reflect::get(&data, &"height".into())
                .ok()
                .and_then(|v| v.as_f64());
            if let (Some(k), Some(h)) = (kind, h) {
                if k == crate::embed::resize::MESSAGE_TYPE
                    && h.is_finite()
                    && (0.0..=10_000.0).contains(&h)
                {
                    height.set(h);
                }
            }
        });
        on_cleanup(move || handle.remove());
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (frame, origin, height);
}

/// Copies with `navigator.clipboard`; where that is refused, selects the snippet so the
/// partner can copy it by hand, and says so.
fn copy_snippet(
    text: String,
    area: NodeRef<leptos::html::Textarea>,
    copied: RwSignal<Option<bool>>,
) {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        let select = move || {
            if let Some(a) = area.get_untracked() {
                a.select();
                let _ = a.focus();
            }
            copied.set(Some(false));
        };
        let clipboard = web_sys::window()
            .map(|w| w.navigator())
            .and_then(|n| js_sys::Reflect::get(&n, &"clipboard".into()).ok())
            .filter(|c| !c.is_undefined() && !c.is_null());
        let Some(clipboard) = clipboard else {
            select();
            return;
        };
        let write = js_sys::Reflect::get(&clipboard, &"writeText".into())
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
        let promise = write
            .and_then(|f| f.call1(&clipboard, &text.into()).ok())
            .and_then(|p| p.dyn_into::<js_sys::Promise>().ok());
        let Some(promise) = promise else {
            select();
            return;
        };
        leptos::task::spawn_local(async move {
            match wasm_bindgen_futures::JsFuture::from(promise).await {
                Ok(_) => copied.set(Some(true)),
                Err(_) => select(),
            }
        });
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (text, area, copied);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts(kind: Kind) -> Options {
        Options {
            kind,
            product: "42".into(),
            category: String::new(),
            query: "red shoes".into(),
            ids: "1, 2,3".into(),
            limit: 6,
            layout: Layout::Carousel,
            locale: Locale::Ru,
            currency: Currency::RUB,
            theme: Theme::Dark,
            partner: "blog-42".into(),
        }
    }

    #[test]
    fn snippets_and_preview_urls() {
        let p = opts(Kind::Product);
        assert_eq!(
            p.snippet("https://shop.example"),
            "<script async src=\"https://shop.example/embed.js\"></script>\n<div data-storefront=\"product\" data-product=\"42\" data-locale=\"ru\" data-currency=\"RUB\" data-theme=\"dark\" data-partner=\"blog-42\"></div>"
        );
        assert_eq!(
            p.embed_src("https://shop.example"),
            "/embed/product/42?locale=ru&currency=RUB&theme=dark&partner=blog-42&origin=https%3A%2F%2Fshop.example"
        );
        let c = opts(Kind::Collection);
        assert!(c.snippet("").contains(
            "data-query=\"red shoes\" data-ids=\"1,2,3\" data-limit=\"6\" data-layout=\"carousel\""
        ));
        assert!(c
            .embed_src("")
            .starts_with("/embed/collection?q=red%20shoes&ids=1%2C2%2C3&limit=6&layout=carousel"));
        let mut bad = opts(Kind::Buy);
        bad.partner = "\"><script>".into();
        bad.product = "\"x".into();
        let s = bad.snippet("");
        assert!(!s.contains("partner") && !s.contains("\"x") && s.contains("&quot;x"));
    }
}
