//! The widget app, in plain DOM: a widget is a few elements filled once from one or two JSON
//! reads, so Leptos' reactive runtime, serde and Fluent (two thirds of a Leptos widget's wasm)
//! buy nothing here. Class names and structure are the ones `style/embed/widget.css` and
//! `crates/e2e/tests/widgets.rs` know. Product data is read straight from the parsed JSON
//! (`JSON.parse` in the browser), fields by name; a product without an id counts as gone.

use super::messages::{Arg, Messages};
use super::{Layout, Params, Source, Widget};
use crate::api::urls;
use crate::i18n::intl;
use js_sys::{Array, Reflect};
use std::cell::{Cell, RefCell};
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use storefront_api::{Currency, CurrencyRate, Money};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Document, Element};

/// Seconds before the next automatic retry after the n-th failure in a row.
const RETRY_SECONDS: [u32; 5] = [2, 4, 8, 16, 30];

/// Why a read failed: the thing is not there (4xx: "not available"), or the shop could not be
/// reached (try again).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Failure {
    Gone,
    Offline,
}

type Load = Pin<Box<dyn Future<Output = Result<Element, Failure>>>>;

/// What every view needs.
struct Ui {
    doc: Document,
    msg: Messages,
    params: Params,
    /// The display currency (USD when the shop has no rate for the asked one).
    currency: Cell<Currency>,
    rates: RefCell<Vec<CurrencyRate>>,
    hearts: Hearts,
}

/// The wish list hearts of this frame. Whether the buyer's shop session reaches the frame is
/// asked once (`GET /wishlist/ids`, started with the widget's first read). The session cookie
/// is `SameSite=Lax`: a browser sends it to this frame only when the partner's page is on the
/// shop's own site, so on a partner's site the answer is 401 and the buyer counts as signed
/// out here (so does a browser that blocks the frame's cookies, or no answer). Signed in, a
/// heart toggles the shop's list; otherwise it opens the shop's product page in a new tab with
/// `?wish=1`, and the shop keeps the product on its list there (local or the account's).
#[derive(Default)]
struct Hearts {
    /// `Some(true)`: the shop answered with the buyer's list; `None`: not answered yet.
    account: Cell<Option<bool>>,
    /// Product ids on the buyer's list (signed in).
    ids: RefCell<Vec<i64>>,
    /// Every heart shown, with its product: a change shows on all hearts of that product.
    buttons: RefCell<Vec<(i64, Element)>>,
}

/// Reads the page's path and query, fetches the language's messages and shows the widget.
pub async fn run(path: String, search: String) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let params = Params::parse(&search);
    for w in &params.warnings {
        crate::log::warn(&format!("storefront widget: {w}"));
    }
    let locale = crate::i18n::negotiate(
        params.locale.map(|l| l.code()),
        None,
        &crate::browser::languages(),
    );
    let source = get_text(&urls::locale_widget_file(locale.code()))
        .await
        .ok();
    let msg = Messages::new(locale, source.as_deref());
    if let Some(html) = doc.document_element() {
        html.set_class_name(&format!("embed theme-{}", params.theme.as_str()));
        let _ = html.set_attribute("lang", locale.code());
        let _ = html.set_attribute("dir", locale.dir().as_str());
    }
    let widget = super::widget_of(&path);
    let title = msg.t(match widget {
        Widget::Product(_) => "widget-title-product",
        Widget::Buy(_) => "widget-title-buy",
        Widget::Collection | Widget::Unknown => "widget-title-collection",
    });
    doc.set_title(&title);
    let ui = Rc::new(Ui {
        currency: Cell::new(params.currency),
        rates: Default::default(),
        hearts: Hearts::default(),
        doc,
        msg,
        params,
    });
    let root = ui.el("div", "embed-root");
    if let Some(body) = ui.doc.body() {
        let _ = body.append_child(&root);
    }
    super::resize::report_height(&root, ui.params.origin.clone(), title);
    if matches!(widget, Widget::Product(_) | Widget::Collection) {
        wasm_bindgen_futures::spawn_local(ask_account(ui.clone()));
    }
    match widget {
        Widget::Product(id) => remote(ui.clone(), root, false, move |ui| Box::pin(card(ui, id))),
        Widget::Buy(id) => remote(ui.clone(), root, true, move |ui| Box::pin(buy(ui, id))),
        Widget::Collection => remote(ui.clone(), root, false, |ui| Box::pin(collection(ui))),
        Widget::Unknown => {
            let _ = root.append_child(&unavailable(&ui));
        }
    }
}

impl Ui {
    fn el(&self, tag: &str, class: &str) -> Element {
        // Creating an element by a literal tag name cannot fail in a document.
        let el = self
            .doc
            .create_element(tag)
            .unwrap_or_else(|_| unreachable!("<{tag}>"));
        if !class.is_empty() {
            el.set_class_name(class);
        }
        el
    }

    fn text(&self, tag: &str, class: &str, text: &str) -> Element {
        let el = self.el(tag, class);
        el.set_text_content(Some(text));
        el
    }

    /// A USD price in the display currency, formatted for the widget's language.
    fn price(&self, usd: &Money) -> String {
        let currency = self.currency.get();
        let shown = match usd.currency == currency {
            true => *usd,
            false => self
                .rates
                .borrow()
                .iter()
                .find(|r| r.currency == currency)
                .and_then(|r| usd.convert(r))
                .unwrap_or(*usd),
        };
        intl::format_money(&shown, self.msg.locale().intl_tag())
    }
}

fn attrs(el: &Element, pairs: &[(&str, &str)]) {
    for (k, v) in pairs {
        let _ = el.set_attribute(k, v);
    }
}

fn append(parent: &Element, children: &[&Element]) {
    for c in children {
        let _ = parent.append_child(c);
    }
}

fn bool_str(b: bool) -> &'static str {
    match b {
        true => "true",
        false => "false",
    }
}

fn replace_children(parent: &Element, child: &Element) {
    parent.set_text_content(None);
    let _ = parent.append_child(child);
}

/// Shows a skeleton, runs `load`; "not available" for a missing product; for an unreachable
/// shop a note that retries by itself with a growing pause, and a retry button. The last
/// content stays while a retry runs.
fn remote(ui: Rc<Ui>, slot: Element, button: bool, load: impl Fn(Rc<Ui>) -> Load + 'static) {
    replace_children(&slot, &skeleton(&ui, button));
    let state = Rc::new(Retry {
        ui,
        slot,
        load: Box::new(load),
        attempt: Cell::new(0),
        failures: Cell::new(0),
    });
    Retry::start(state);
}

struct Retry {
    ui: Rc<Ui>,
    slot: Element,
    load: Box<dyn Fn(Rc<Ui>) -> Load>,
    attempt: Cell<u32>,
    failures: Cell<usize>,
}

impl Retry {
    fn start(this: Rc<Retry>) {
        let attempt = this.attempt.get().wrapping_add(1);
        this.attempt.set(attempt);
        let load = (this.load)(this.ui.clone());
        wasm_bindgen_futures::spawn_local(async move {
            let result = load.await;
            if this.attempt.get() != attempt {
                return; // a newer attempt is running
            }
            match result {
                Ok(view) => {
                    this.failures.set(0);
                    replace_children(&this.slot, &view);
                }
                Err(Failure::Gone) => replace_children(&this.slot, &unavailable(&this.ui)),
                Err(Failure::Offline) => {
                    let n = this.failures.get();
                    this.failures.set(n + 1);
                    let wait = RETRY_SECONDS[n.min(RETRY_SECONDS.len() - 1)];
                    replace_children(&this.slot, &offline(&this, wait));
                    let again = this.clone();
                    let timer = Closure::once_into_js(move || {
                        if again.attempt.get() == attempt {
                            Retry::start(again);
                        }
                    });
                    if let Some(w) = web_sys::window() {
                        let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(
                            timer.unchecked_ref(),
                            (wait * 1000) as i32,
                        );
                    }
                }
            }
        });
    }
}

fn skeleton(ui: &Ui, button: bool) -> Element {
    let box_ = ui.el("div", "embed-skeleton");
    attrs(&box_, &[("aria-busy", "true")]);
    let status = ui.text("span", "visually-hidden", &ui.msg.t("loading"));
    attrs(&status, &[("role", "status")]);
    append(&box_, &[&status]);
    let parts: &[&str] = match button {
        true => &["skeleton embed-skeleton-button"],
        false => &[
            "skeleton embed-skeleton-media",
            "skeleton skeleton-line",
            "skeleton skeleton-line skeleton-short",
        ],
    };
    for class in parts {
        append(&box_, &[&ui.el("div", class)]);
    }
    box_
}

fn unavailable(ui: &Ui) -> Element {
    let p = ui.text(
        "p",
        "embed-state embed-unavailable",
        &ui.msg.t("widget-unavailable"),
    );
    attrs(&p, &[("role", "status")]);
    p
}

fn offline(retry: &Rc<Retry>, seconds: u32) -> Element {
    let ui = &retry.ui;
    let box_ = ui.el("div", "embed-state embed-offline");
    attrs(&box_, &[("role", "alert")]);
    let note = format!(
        "{} {}",
        ui.msg.t("widget-offline"),
        ui.msg.tf(
            "widget-retrying",
            &[("seconds", Arg::Number(seconds.into()))]
        )
    );
    let button = ui.text(
        "button",
        "embed-button embed-retry",
        &ui.msg.t("action-retry"),
    );
    attrs(&button, &[("type", "button")]);
    let again = retry.clone();
    let click = Closure::<dyn FnMut()>::new(move || Retry::start(again.clone()));
    let _ = button.add_event_listener_with_callback("click", click.as_ref().unchecked_ref());
    click.forget();
    append(&box_, &[&ui.text("p", "", &note), &button]);
    box_
}

// --- reading the shop's JSON ---

async fn fetch(url: &str) -> Result<web_sys::Response, Failure> {
    let window = web_sys::window().ok_or(Failure::Offline)?;
    let answer = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|_| Failure::Offline)?;
    let response: web_sys::Response = answer.dyn_into().map_err(|_| Failure::Offline)?;
    match response.status() {
        200..=299 => Ok(response),
        400..=499 => Err(Failure::Gone),
        _ => Err(Failure::Offline),
    }
}

async fn get_json(url: &str) -> Result<JsValue, Failure> {
    let response = fetch(url).await?;
    let body = response.json().map_err(|_| Failure::Offline)?;
    JsFuture::from(body).await.map_err(|_| Failure::Offline)
}

async fn get_text(url: &str) -> Result<String, Failure> {
    let response = fetch(url).await?;
    let body = response.text().map_err(|_| Failure::Offline)?;
    let text = JsFuture::from(body).await.map_err(|_| Failure::Offline)?;
    text.as_string().ok_or(Failure::Offline)
}

fn field(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn text_of(v: &JsValue, key: &str) -> String {
    field(v, key).as_string().unwrap_or_default()
}

fn int_of(v: &JsValue, key: &str) -> i64 {
    field(v, key).as_f64().unwrap_or(0.0) as i64
}

fn list_of(v: &JsValue, key: &str) -> Vec<JsValue> {
    let f = field(v, key);
    match Array::is_array(&f) {
        true => Array::from(&f).iter().collect(),
        false => Vec::new(),
    }
}

fn money_of(v: &JsValue) -> Option<Money> {
    let currency = Currency::parse(&text_of(v, "currency"))?;
    let amount = field(v, "amount").as_f64()?;
    Some(Money::new(amount as i64, currency))
}

/// The part of a product summary a widget shows.
struct Summary {
    id: i64,
    title: String,
    price: Money,
    image: String,
    rating_x10: i64,
    reviews: i64,
}

fn summary_of(v: &JsValue) -> Option<Summary> {
    let id = int_of(v, "id");
    (id > 0).then_some(())?;
    Some(Summary {
        id,
        title: text_of(v, "title"),
        price: money_of(&field(v, "price"))?,
        image: text_of(v, "image"),
        rating_x10: int_of(v, "rating_x10"),
        reviews: int_of(v, "reviews_count"),
    })
}

/// Loads the exchange rates once when the widget shows another currency than USD (prices are
/// never shown in a currency the buyer did not ask for while rates load).
async fn ensure_rates(ui: &Ui) -> Result<(), Failure> {
    let currency = ui.currency.get();
    if currency == Currency::USD || !ui.rates.borrow().is_empty() {
        return Ok(());
    }
    let config = get_json(&urls::config(&urls::base())).await?;
    let rates: Vec<CurrencyRate> = list_of(&config, "rates")
        .iter()
        .filter_map(|r| {
            Some(CurrencyRate {
                currency: Currency::parse(&text_of(r, "currency"))?,
                per_usd_micros: field(r, "per_usd_micros").as_f64()? as u64,
            })
        })
        .collect();
    if !rates.iter().any(|r| r.currency == currency) {
        crate::log::warn("storefront widget: no rate for this currency; showing USD");
        ui.currency.set(Currency::USD);
    }
    *ui.rates.borrow_mut() = rates;
    Ok(())
}

async fn product(ui: &Ui, id: Option<i64>) -> Result<JsValue, Failure> {
    let id = id.ok_or(Failure::Gone)?;
    ensure_rates(ui).await?;
    get_json(&urls::product(&urls::base(), id, ui.msg.locale().code())).await
}

// --- views ---

/// A product's image with its wish list heart, title (a link to its page in the shop, new
/// tab), price and rating.
fn product_body(ui: &Rc<Ui>, p: &Summary, compact: bool) -> [Element; 2] {
    let page = format!(
        "{}?lang={}",
        urls::product_page(p.id),
        ui.msg.locale().code()
    );
    let media = ui.el("a", "embed-media");
    attrs(
        &media,
        &[
            ("href", &page),
            ("target", "_blank"),
            ("rel", "noopener"),
            ("tabindex", "-1"),
            ("aria-hidden", "true"),
        ],
    );
    let img = ui.el("img", "");
    let size = crate::components::product_card::CARD_IMAGE_SIZE.to_string();
    attrs(
        &img,
        &[
            ("src", &urls::asset(&urls::base(), &p.image)),
            ("alt", ""),
            ("width", &size),
            ("height", &size),
            ("decoding", "async"),
        ],
    );
    append(&media, &[&img]);
    // The heart sits over the image's top end corner; it cannot be inside the link.
    let figure = ui.el("div", "embed-figure");
    append(&figure, &[&media, &heart(ui, p.id)]);
    let body = ui.el("div", "embed-body");
    let heading = ui.el(
        "p",
        match compact {
            true => "embed-title embed-title-small",
            false => "embed-title",
        },
    );
    attrs(&heading, &[("dir", "auto")]);
    let link = ui.text("a", "", &p.title);
    attrs(
        &link,
        &[("href", &page), ("target", "_blank"), ("rel", "noopener")],
    );
    append(&heading, &[&link]);
    let meta = ui.el("div", "embed-meta");
    append(
        &meta,
        &[&ui.text("span", "price embed-price", &ui.price(&p.price))],
    );
    if p.rating_x10 > 0 {
        let tag = ui.msg.locale().intl_tag();
        let value = intl::format_decimal(p.rating_x10 as f64 / 10.0, tag, 1, 1);
        let rating = ui.el("span", "rating");
        let star = ui.text("span", "rating-star", "★");
        attrs(&star, &[("aria-hidden", "true")]);
        let label = ui
            .msg
            .tf("rating-label", &[("rating", Arg::Text(value.clone()))]);
        let shown = ui.text("span", "rating-value", &value);
        attrs(&shown, &[("aria-hidden", "true")]);
        let reviews = ui
            .msg
            .tf("reviews-count", &[("count", Arg::Number(p.reviews as f64))]);
        append(
            &rating,
            &[
                &star,
                &ui.text("span", "visually-hidden", &label),
                &shown,
                &ui.text("span", "rating-reviews", &reviews),
            ],
        );
        append(&meta, &[&rating]);
    }
    append(&body, &[&heading, &meta]);
    [figure, body]
}

/// "Buy" (or "Buy for $X"): opens the shop in a new tab, which puts the item in the cart and
/// remembers the partner. The partner page gets nothing from it (`noopener`).
fn buy_link(ui: &Ui, product_id: i64, price: Option<&Money>) -> Element {
    let label = match price {
        Some(p) => ui
            .msg
            .tf("widget-buy-for", &[("price", Arg::Text(ui.price(p)))]),
        None => ui.msg.t("widget-buy"),
    };
    let a = ui.text("a", "embed-button embed-buy", &label);
    attrs(
        &a,
        &[
            (
                "href",
                &ui.params.buy_href(product_id, None, ui.msg.locale()),
            ),
            ("target", "_blank"),
            ("rel", "noopener"),
        ],
    );
    append(
        &a,
        &[&ui.text("span", "visually-hidden", &ui.msg.t("widget-new-tab"))],
    );
    a
}

/// `/embed/product/:id`: the card, with a small variant chooser ("Colour / Size: Choose…")
/// when the product has options and more than one SKU; the buy link carries the choice.
async fn card(ui: Rc<Ui>, id: Option<i64>) -> Result<Element, Failure> {
    let detail = product(&ui, id).await?;
    let p = summary_of(&field(&detail, "summary")).ok_or(Failure::Gone)?;
    let article = ui.el("article", "embed-card");
    let actions = ui.el("div", "embed-actions");
    let buy = buy_link(&ui, p.id, None);
    let options = list_of(&detail, "options");
    let skus = list_of(&detail, "skus");
    if !options.is_empty() && skus.len() >= 2 {
        let select_id = format!("embed-variant-{}", p.id);
        let names: Vec<String> = options.iter().map(|o| text_of(o, "name")).collect();
        let wrap = ui.el("div", "embed-variant");
        let label = ui.text("label", "", &names.join(" / "));
        attrs(&label, &[("for", &select_id), ("dir", "auto")]);
        let select = ui.el("select", "embed-variant-select");
        attrs(&select, &[("id", &select_id)]);
        let choose = ui.text("option", "", &ui.msg.t("widget-variant-choose"));
        attrs(&choose, &[("value", ""), ("selected", "")]);
        append(&select, &[&choose]);
        for sku in &skus {
            let values: Vec<String> = list_of(sku, "values")
                .iter()
                .filter_map(JsValue::as_string)
                .collect();
            let option = ui.text("option", "", &values.join(" / "));
            attrs(&option, &[("value", &int_of(sku, "id").to_string())]);
            if int_of(sku, "stock") <= 0 {
                attrs(&option, &[("disabled", "")]);
            }
            append(&select, &[&option]);
        }
        let (ui2, buy2, pid) = (ui.clone(), buy.clone(), p.id);
        let on_change = Closure::<dyn FnMut(web_sys::Event)>::new(move |ev: web_sys::Event| {
            let chosen = ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
                .and_then(|s| s.value().parse::<i64>().ok());
            let href = ui2.params.buy_href(pid, chosen, ui2.msg.locale());
            let _ = buy2.set_attribute("href", &href);
        });
        let _ =
            select.add_event_listener_with_callback("change", on_change.as_ref().unchecked_ref());
        on_change.forget();
        append(&wrap, &[&label, &select]);
        append(&actions, &[&wrap]);
    }
    append(&actions, &[&buy, &heart_status(&ui)]);
    let [figure, body] = product_body(&ui, &p, false);
    append(&article, &[&figure, &body, &actions]);
    Ok(article)
}

/// `/embed/buy/:id`: the buy button alone, with the price in the widget's currency.
async fn buy(ui: Rc<Ui>, id: Option<i64>) -> Result<Element, Failure> {
    let detail = product(&ui, id).await?;
    let p = summary_of(&field(&detail, "summary")).ok_or(Failure::Gone)?;
    let wrap = ui.el("div", "embed-buy-only");
    append(&wrap, &[&buy_link(&ui, p.id, Some(&p.price))]);
    Ok(wrap)
}

async fn search(
    ui: &Ui,
    category: Option<i64>,
    q: Option<String>,
) -> Result<Vec<JsValue>, Failure> {
    let url = format!(
        "{}/search{}",
        urls::base(),
        urls::query(&[
            ("q", q),
            ("category", category.map(|c| c.to_string())),
            ("limit", Some(ui.params.limit.to_string())),
            ("lang", Some(ui.msg.locale().code().to_string())),
        ])
    );
    Ok(list_of(&get_json(&url).await?, "items"))
}

/// `/embed/collection`: N products of a category, a search or a list of ids, as a grid or a
/// carousel (a horizontally scrolling row, snapping to cards).
async fn collection(ui: Rc<Ui>) -> Result<Element, Failure> {
    ensure_rates(&ui).await?;
    let limit = ui.params.limit as usize;
    let lang = ui.msg.locale().code();
    let items: Vec<Summary> = match ui.params.source.clone() {
        Source::Ids(ids) => {
            let mut out = Vec::new();
            for id in ids.into_iter().take(limit) {
                match get_json(&urls::product(&urls::base(), id, lang)).await {
                    Ok(detail) => out.extend(summary_of(&field(&detail, "summary"))),
                    // A listed product that is gone is left out; the shop down is an error.
                    Err(Failure::Gone) => {}
                    Err(e) => return Err(e),
                }
            }
            out
        }
        source => {
            let found = match source {
                Source::Category(c) => {
                    let id = match c.parse::<i64>() {
                        Ok(id) => id,
                        Err(_) => {
                            let found = get_json(&urls::category(&urls::base(), &c, lang)).await?;
                            int_of(&field(&found, "category"), "id")
                        }
                    };
                    search(&ui, Some(id), None).await?
                }
                Source::Query(q) => search(&ui, None, Some(q)).await?,
                _ => search(&ui, None, None).await?,
            };
            found.iter().filter_map(summary_of).take(limit).collect()
        }
    };
    if items.is_empty() {
        let p = ui.text("p", "embed-state", &ui.msg.t("widget-collection-empty"));
        attrs(&p, &[("role", "status")]);
        return Ok(p);
    }
    let (class, scrolls) = match ui.params.layout {
        Layout::Grid => ("embed-collection embed-grid", false),
        Layout::Carousel => ("embed-collection embed-carousel", true),
    };
    let section = ui.el("section", class);
    attrs(
        &section,
        &[("aria-label", &ui.msg.t("widget-collection-label"))],
    );
    let list = ui.el("ul", "embed-list");
    if scrolls {
        attrs(&list, &[("tabindex", "0")]);
    }
    for p in &items {
        let li = ui.el("li", "embed-item");
        let [figure, body] = product_body(&ui, p, true);
        let actions = ui.el("div", "embed-actions");
        append(&actions, &[&buy_link(&ui, p.id, None), &heart_status(&ui)]);
        append(&li, &[&figure, &body, &actions]);
        append(&list, &[&li]);
    }
    append(&section, &[&list]);
    Ok(section)
}

// --- the wish list heart ---

const SVG: &str = "http://www.w3.org/2000/svg";
/// The shop's heart (src/components/heart.rs).
const HEART_PATH: &str = "M12 20.5l-1.4-1.3C5.4 14.6 2 11.5 2 7.8 2 4.8 4.4 2.5 7.3 2.5c1.7 0 3.4.8 4.7 2.1 1.3-1.3 3-2.1 4.7-2.1 2.9 0 5.3 2.3 5.3 5.3 0 3.7-3.4 6.8-8.6 11.4z";

/// Asks the shop whose wish list this frame may show (see [`Hearts`]), then shows every heart.
async fn ask_account(ui: Rc<Ui>) {
    let ids = match fetch(&format!("{}/wishlist/ids", urls::base())).await {
        Ok(response) => match response.json() {
            Ok(body) => JsFuture::from(body).await.ok().map(|v| ids_of(&v)),
            Err(_) => None,
        },
        Err(_) => None,
    };
    ui.hearts.account.set(Some(ids.is_some()));
    *ui.hearts.ids.borrow_mut() = ids.unwrap_or_default();
    show_hearts(&ui);
}

/// `product_ids` of a `WishlistIds` answer.
fn ids_of(v: &JsValue) -> Vec<i64> {
    list_of(v, "product_ids")
        .iter()
        .filter_map(JsValue::as_f64)
        .map(|id| id as i64)
        .collect()
}

/// A heart: a toggle button (`aria-pressed`) with the shop's label for what pressing does.
fn heart(ui: &Rc<Ui>, product_id: i64) -> Element {
    let button = ui.el("button", "embed-heart");
    attrs(
        &button,
        &[
            ("type", "button"),
            ("data-product", &product_id.to_string()),
        ],
    );
    if let (Ok(svg), Ok(path)) = (
        ui.doc.create_element_ns(Some(SVG), "svg"),
        ui.doc.create_element_ns(Some(SVG), "path"),
    ) {
        attrs(
            &svg,
            &[
                ("class", "embed-heart-icon"),
                ("viewBox", "0 0 24 24"),
                ("width", "24"),
                ("height", "24"),
                ("aria-hidden", "true"),
                ("focusable", "false"),
            ],
        );
        attrs(&path, &[("d", HEART_PATH)]);
        append(&svg, &[&path]);
        append(&button, &[&svg]);
    }
    show_heart(ui, product_id, &button);
    ui.hearts
        .buttons
        .borrow_mut()
        .push((product_id, button.clone()));
    let (ui2, button2) = (ui.clone(), button.clone());
    let click = Closure::<dyn FnMut()>::new(move || press_heart(&ui2, product_id, &button2));
    let _ = button.add_event_listener_with_callback("click", click.as_ref().unchecked_ref());
    click.forget();
    button
}

/// The note a heart leaves in its card when saving failed (empty otherwise).
fn heart_status(ui: &Ui) -> Element {
    let p = ui.el("p", "embed-heart-status");
    attrs(&p, &[("role", "status")]);
    p
}

fn show_heart(ui: &Ui, product_id: i64, button: &Element) {
    let account = ui.hearts.account.get();
    let signed_in = account == Some(true);
    let on = signed_in && ui.hearts.ids.borrow().contains(&product_id);
    let mut label = ui.msg.t(match on {
        true => "wishlist-remove",
        false => "wishlist-add",
    });
    if !signed_in {
        label = format!("{label} {}", ui.msg.t("widget-new-tab"));
    }
    let state = match account {
        None => "unknown",
        Some(true) => "signed-in",
        Some(false) => "signed-out",
    };
    attrs(
        button,
        &[
            ("aria-pressed", bool_str(on)),
            ("aria-label", &label),
            ("title", &label),
            ("data-account", state),
        ],
    );
}

fn show_hearts(ui: &Ui) {
    for (id, button) in ui.hearts.buttons.borrow().iter() {
        show_heart(ui, *id, button);
    }
}

/// The status note of the card `button` is in.
fn status_of(button: &Element) -> Option<Element> {
    button
        .closest(".embed-card, .embed-item")
        .ok()
        .flatten()?
        .query_selector(".embed-heart-status")
        .ok()
        .flatten()
}

/// Signed in: puts the product on the list or takes it off (shown at once, and as the shop
/// answers). Otherwise: the shop's product page in a new tab, which keeps the product there.
fn press_heart(ui: &Rc<Ui>, product_id: i64, button: &Element) {
    if ui.hearts.account.get() != Some(true) {
        if let Some(w) = web_sys::window() {
            let href = ui.params.wish_href(product_id, ui.msg.locale());
            let _ = w.open_with_url_and_target_and_features(&href, "_blank", "noopener");
        }
        return;
    }
    if button.get_attribute("aria-busy").is_some() {
        return; // the last press is still being saved
    }
    let before = ui.hearts.ids.borrow().clone();
    let on = !before.contains(&product_id);
    {
        let mut ids = ui.hearts.ids.borrow_mut();
        match on {
            true => ids.insert(0, product_id),
            false => ids.retain(|i| *i != product_id),
        }
    }
    show_hearts(ui);
    let status = status_of(button);
    if let Some(s) = &status {
        s.set_text_content(None);
    }
    attrs(button, &[("aria-busy", "true")]);
    let (ui, button) = (ui.clone(), button.clone());
    wasm_bindgen_futures::spawn_local(async move {
        let answer = set_wish(product_id, on).await;
        let _ = button.remove_attribute("aria-busy");
        match answer {
            Ok(ids) => *ui.hearts.ids.borrow_mut() = ids,
            Err(status_code) => {
                *ui.hearts.ids.borrow_mut() = before;
                // The session ended meanwhile: from now on a heart opens the shop.
                if status_code == 401 {
                    ui.hearts.account.set(Some(false));
                }
                if let Some(s) = &status {
                    s.set_text_content(Some(&ui.msg.t("widget-wish-failed")));
                }
            }
        }
        show_hearts(&ui);
    });
}

/// `PUT` / `DELETE /wishlist/{id}` with the frame's session cookie; the list after it, or the
/// answer's status (0: no answer).
async fn set_wish(product_id: i64, on: bool) -> Result<Vec<i64>, u16> {
    let window = web_sys::window().ok_or(0u16)?;
    let init = web_sys::RequestInit::new();
    init.set_method(match on {
        true => "PUT",
        false => "DELETE",
    });
    let headers = web_sys::Headers::new().map_err(|_| 0u16)?;
    let _ = headers.set("Accept", "application/json");
    // The shop's CSRF guard: mutations say they are JSON.
    let _ = headers.set("Content-Type", "application/json");
    init.set_headers(&headers);
    if on {
        init.set_body(&JsValue::from_str("{}"));
    }
    let url = format!("{}/wishlist/{product_id}", urls::base());
    let answer = JsFuture::from(window.fetch_with_str_and_init(&url, &init))
        .await
        .map_err(|_| 0u16)?;
    let response: web_sys::Response = answer.dyn_into().map_err(|_| 0u16)?;
    if !response.ok() {
        return Err(response.status());
    }
    let body = response.json().map_err(|_| 0u16)?;
    let value = JsFuture::from(body).await.map_err(|_| 0u16)?;
    Ok(ids_of(&value))
}
