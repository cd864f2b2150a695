//! A browser session: chromedriver and headless Chromium (desktop 1280×800 or a 390×844 phone
//! with touch), one per test with its own profile, and [`Ctx`], the test's view of it.

use crate::shop::Shop;
use crate::{env_path, repo_root, shown_cents, strip_isolation_marks};
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};
use std::future::Future;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};
use tokio::process::{Child, Command};

/// How long a test waits for something to appear.
pub const WAIT: Duration = Duration::from_secs(30);

/// How the browser presents itself.
#[derive(Clone, Copy, Debug)]
pub enum Device {
    /// 1280×800 desktop with a mouse.
    Desktop,
    /// 390×844 phone with touch (Chromium's mobile emulation).
    Phone,
}

struct Driver {
    /// Killed when dropped.
    _child: Child,
    port: u16,
    _profile: tempfile::TempDir,
}

async fn start_driver() -> Driver {
    let bin = env_path("CHROMEDRIVER_BIN", PathBuf::from("/usr/bin/chromedriver"));
    assert!(
        bin.is_file(),
        "chromedriver not found at {} (scripts/test.sh installs chromium-driver)",
        bin.display()
    );
    let port = free_port();
    let profile = tempfile::tempdir().expect("temp dir");
    let child = Command::new(bin)
        .arg(format!("--port={port}"))
        .arg("--allowed-ips=127.0.0.1")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .expect("start chromedriver");
    let status = format!("http://127.0.0.1:{port}/status");
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        if let Ok(response) = reqwest::get(&status).await {
            if response.status().is_success() {
                break;
            }
        }
        assert!(
            Instant::now() < deadline,
            "chromedriver did not start on port {port}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    Driver {
        _child: child,
        port,
        _profile: profile,
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .map(|addr| addr.port())
        .expect("a free local port")
}

fn capabilities_with(
    device: Device,
    profile: &Path,
    javascript: bool,
) -> serde_json::Map<String, Value> {
    let chromium = env_path("CHROMIUM_BIN", PathBuf::from("/usr/bin/chromium"));
    let mut args = vec![
        "--headless=new".to_string(),
        "--no-sandbox".into(),
        "--disable-gpu".into(),
        "--disable-dev-shm-usage".into(),
        "--disable-background-networking".into(),
        "--disable-component-update".into(),
        "--disable-sync".into(),
        "--disable-quic".into(),
        "--no-first-run".into(),
        "--lang=en-US".into(),
        format!("--user-data-dir={}", profile.display()),
    ];
    let mut options = json!({ "binary": chromium.to_string_lossy() });
    match device {
        Device::Desktop => args.push("--window-size=1280,800".into()),
        Device::Phone => {
            args.push("--window-size=390,844".into());
            options["mobileEmulation"] = json!({
                "deviceMetrics": { "width": 390, "height": 844, "pixelRatio": 3.0, "touch": true },
                "userAgent": "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Mobile Safari/537.36"
            });
        }
    }
    options["args"] = json!(args);
    if !javascript {
        options["prefs"] = json!({ "profile.managed_default_content_settings.javascript": 2 });
    }
    let mut caps = serde_json::Map::new();
    caps.insert("browserName".into(), json!("chrome"));
    caps.insert("goog:chromeOptions".into(), options);
    // The browser console (errors, failed loads, unused preloads) for `Ctx::console`.
    caps.insert("goog:loggingPrefs".into(), json!({ "browser": "ALL" }));
    caps
}

/// One test's world: its own server and its own browser.
pub struct Ctx {
    pub shop: Shop,
    pub client: Client,
}

/// Runs `body` with a fresh server and browser, and always ends the browser session (so no
/// Chromium outlives a failing test). A failure saves a screenshot and the server log under
/// `target/e2e-artifacts/<name>`.
pub async fn with_browser<F, Fut>(name: &str, device: Device, body: F)
where
    F: FnOnce(std::sync::Arc<Ctx>) -> Fut,
    Fut: Future<Output = ()> + Send + 'static,
{
    run_browser(name, device, true, body).await
}

/// [`with_browser`] with JavaScript disabled in the browser (what a crawler without scripts or
/// a buyer who turned them off sees). `Ctx::js` does not work there: read `client.source()`.
#[allow(dead_code)]
pub async fn with_browser_without_js<F, Fut>(name: &str, device: Device, body: F)
where
    F: FnOnce(std::sync::Arc<Ctx>) -> Fut,
    Fut: Future<Output = ()> + Send + 'static,
{
    run_browser(name, device, false, body).await
}

async fn run_browser<F, Fut>(name: &str, device: Device, javascript: bool, body: F)
where
    F: FnOnce(std::sync::Arc<Ctx>) -> Fut,
    Fut: Future<Output = ()> + Send + 'static,
{
    let shop = Shop::start().await;
    let driver = start_driver().await;
    let client = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
        .capabilities(capabilities_with(
            device,
            driver._profile.path(),
            javascript,
        ))
        .connect(&format!("http://127.0.0.1:{}", driver.port))
        .await
        .expect("WebDriver session with headless Chromium");
    let ctx = std::sync::Arc::new(Ctx { shop, client });
    let outcome = tokio::spawn(body(ctx.clone())).await;
    if outcome.is_err() {
        save_artifacts(name, &ctx).await;
    }
    let _ = ctx.client.clone().close().await;
    drop(driver);
    if let Err(error) = outcome {
        if error.is_panic() {
            std::panic::resume_unwind(error.into_panic());
        }
        panic!("test task failed: {error}");
    }
}

async fn save_artifacts(name: &str, ctx: &Ctx) {
    let dir = repo_root().join("target/e2e-artifacts").join(name);
    if std::fs::create_dir_all(&dir).is_err() {
        return;
    }
    if let Ok(png) = ctx.client.screenshot().await {
        let _ = std::fs::write(dir.join("screenshot.png"), png);
    }
    if let Ok(html) = ctx.client.source().await {
        let _ = std::fs::write(dir.join("page.html"), html);
    }
    let _ = std::fs::write(dir.join("server.log"), ctx.shop.log());
    eprintln!("artifacts of the failed test are in {}", dir.display());
}

impl Ctx {
    pub async fn goto(&self, path: &str) {
        self.client
            .goto(&self.shop.url(path))
            .await
            .expect("navigate");
    }

    pub async fn js(&self, script: &str) -> Value {
        self.client
            .execute(script, vec![])
            .await
            .unwrap_or_else(|e| panic!("script failed: {script}: {e}"))
    }

    pub async fn count(&self, css: &str) -> usize {
        self.client
            .find_all(Locator::Css(css))
            .await
            .map(|found| found.len())
            .unwrap_or(0)
    }

    /// Waits until at least `n` elements match `css` and returns how many do.
    pub async fn wait_for_count(&self, css: &str, n: usize) -> usize {
        let deadline = Instant::now() + WAIT;
        loop {
            let found = self.count(css).await;
            if found >= n {
                return found;
            }
            assert!(
                Instant::now() < deadline,
                "waited {WAIT:?} for {n} × `{css}`, found {found}"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Waits until `script` (a JS expression) evaluates to something truthy.
    pub async fn wait_until(&self, what: &str, expression: &str) -> Value {
        let deadline = Instant::now() + WAIT;
        let script = format!("return ({expression});");
        loop {
            let value = self.js(&script).await;
            let truthy = match &value {
                Value::Null => false,
                Value::Bool(b) => *b,
                Value::String(s) => !s.is_empty(),
                Value::Number(n) => n.as_f64() != Some(0.0),
                _ => true,
            };
            if truthy {
                return value;
            }
            assert!(Instant::now() < deadline, "waited {WAIT:?} for {what}");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    pub async fn text_of(&self, css: &str) -> String {
        let script = format!(
            "const e = document.querySelector({}); return e ? e.innerText : null;",
            json!(css)
        );
        self.js(&script)
            .await
            .as_str()
            .map(strip_isolation_marks)
            .unwrap_or_default()
    }

    /// Clicks as a person would: scrolled to the middle of the screen first, where a phone's
    /// fixed bottom bar does not cover it (WebDriver alone scrolls it to the very bottom).
    pub async fn click(&self, css: &str) {
        // Twice at most: a page still settling (a preview swapped out, a late image) can move
        // the element under the phone's fixed bar between the scroll and the click.
        for attempt in 0..2 {
            let element = self
                .client
                .find(Locator::Css(css))
                .await
                .unwrap_or_else(|e| panic!("no `{css}` to click: {e}"));
            let _ = self
                .client
                .execute(
                    "arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});",
                    vec![serde_json::to_value(&element).unwrap_or(Value::Null)],
                )
                .await;
            match element.click().await {
                Ok(_) => return,
                Err(e) if attempt == 0 && e.to_string().contains("intercepted") => {
                    tokio::time::sleep(Duration::from_millis(300)).await;
                }
                Err(e) => panic!("could not click `{css}`: {e}"),
            }
        }
    }
}

/// Chromedriver's `se/log` command: the browser console's entries since the last read.
#[derive(Debug)]
struct BrowserLog;

impl fantoccini::wd::WebDriverCompatibleCommand for BrowserLog {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!(
            "session/{}/se/log",
            session_id.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(r#"{"type":"browser"}"#.into()))
    }
}

impl Ctx {
    /// The browser console's messages since the last call, as `(level, message)`: everything
    /// the page logged, uncaught errors, and the browser's own lines (a failed load, a preload
    /// that was not used).
    pub async fn console(&self) -> Vec<(String, String)> {
        let entries = self
            .client
            .issue_cmd(BrowserLog)
            .await
            .unwrap_or_else(|e| panic!("reading the browser log: {e}"));
        entries
            .as_array()
            .map(|list| {
                list.iter()
                    .map(|e| {
                        let text = |k: &str| e[k].as_str().unwrap_or_default().to_string();
                        (text("level"), text("message"))
                    })
                    .collect()
            })
            .unwrap_or_default()
    }
}

impl Ctx {
    /// Money rows shown (elements matching `css` inside each `block`): per block, each row's
    /// class and its signed amount in cents (USD display).
    pub async fn money_rows(&self, block: &str, css: &str) -> Vec<Vec<(String, i64)>> {
        let script = format!(
            "return [...document.querySelectorAll({})].map(b => [...b.querySelectorAll({})].map(e => [e.className, e.innerText]));",
            json!(block),
            json!(css)
        );
        let v = self.js(&script).await;
        v.as_array()
            .into_iter()
            .flatten()
            .map(|b| {
                b.as_array()
                    .into_iter()
                    .flatten()
                    .map(|r| {
                        let class = r[0].as_str().unwrap_or_default().to_string();
                        let text = r[1].as_str().unwrap_or_default();
                        let cents = shown_cents(text)
                            .unwrap_or_else(|| panic!("no $ amount in {class}: {text:?}"));
                        (class, cents)
                    })
                    .collect()
            })
            .collect()
    }
}

/// Asserts the last row is the sum of the rows above it (deductions are negative).
pub fn assert_adds_up(rows: &[(String, i64)]) {
    let (last, parts) = rows.split_last().expect("money rows");
    let sum: i64 = parts.iter().map(|r| r.1).sum();
    assert_eq!(
        sum, last.1,
        "the total is the sum of the lines above it: {rows:?}"
    );
}

/// The steps several test files take: typing, reading attributes, running code in the page.
impl Ctx {
    /// Types `text` into the field (after what it holds).
    pub async fn type_into(&self, css: &str, text: &str) {
        self.client
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("no `{css}` to type into: {e}"))
            .send_keys(text)
            .await
            .unwrap_or_else(|e| panic!("could not type into `{css}`: {e}"));
    }

    /// Waits for the field, empties it and types `text`.
    pub async fn fill(&self, css: &str, text: &str) {
        self.wait_for_count(css, 1).await;
        let el = self
            .client
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("no `{css}`: {e}"));
        el.clear().await.ok();
        el.send_keys(text)
            .await
            .unwrap_or_else(|e| panic!("typing into `{css}`: {e}"));
    }

    /// Empties the field.
    pub async fn clear(&self, css: &str) {
        self.client
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("no `{css}`: {e}"))
            .clear()
            .await
            .unwrap_or_else(|e| panic!("could not clear `{css}`: {e}"));
    }

    /// The id of the focused element ("" when it has none).
    pub async fn active_id(&self) -> String {
        self.js("return document.activeElement ? document.activeElement.id : ''")
            .await
            .as_str()
            .unwrap_or_default()
            .to_string()
    }

    /// An attribute of the first element matching `css` ("" when either is missing).
    pub async fn attr(&self, css: &str, name: &str) -> String {
        self.js(&format!(
            "const e = document.querySelector({}); return e ? e.getAttribute({}) : null;",
            json!(css),
            json!(name)
        ))
        .await
        .as_str()
        .unwrap_or_default()
        .to_string()
    }

    /// Picks `value` in a `<select>` (and fires its `change`, as a person's choice would).
    pub async fn choose(&self, css: &str, value: &str) {
        self.js(&format!(
            "const s = document.querySelector({}); s.value = {}; s.dispatchEvent(new Event('change', {{bubbles: true}}));",
            json!(css),
            json!(value)
        ))
        .await;
    }

    /// The strings of the array `script` returns (non-strings and a non-array give nothing).
    pub async fn js_strings(&self, script: &str) -> Vec<String> {
        self.js(script)
            .await
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|v| v.as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The paths of every `.wasm` file the page has fetched so far.
    pub async fn fetched_wasm(&self) -> Vec<String> {
        self.js_strings("return performance.getEntriesByType('resource').map(e => new URL(e.name).pathname).filter(p => p.endsWith('.wasm'))")
            .await
    }

    /// Fills the new-address form (checkout's inline one) with a San Francisco address; the
    /// caller saves it.
    pub async fn fill_address_form(&self) {
        self.fill("#addr-recipient_name", "Ann Buyer").await;
        self.fill("#addr-phone", "+1 415 555 0100").await;
        self.choose("#addr-country", "US").await;
        self.fill("#addr-city", "San Francisco").await;
        self.fill("#addr-street", "1 Market St").await;
        self.fill("#addr-postal_code", "94105").await;
    }

    /// Runs an async JS body (it may `return` a JSON value) inside the page and gives its
    /// result; a thrown error fails the test with its message.
    pub async fn page_async(&self, body: &str) -> Value {
        let script = format!(
            "const done = arguments[arguments.length - 1];
             (async () => {{ {body} }})().then(v => done({{ok: v}}), e => done({{err: String(e)}}));"
        );
        let out = self
            .client
            .execute_async(&script, vec![])
            .await
            .unwrap_or_else(|e| panic!("async script failed: {e}"));
        if let Some(err) = out.get("err") {
            panic!("in the page: {err}");
        }
        out.get("ok").cloned().unwrap_or(Value::Null)
    }

    /// A GET of the API from the page, with the browser's own session; non-2xx fails the test.
    pub async fn api_get(&self, path: &str) -> Value {
        self.page_async(&format!(
            "const r = await fetch({}); if (!r.ok) throw new Error('GET ' + r.status); return await r.json();",
            json!(path)
        ))
        .await
    }

    /// Registers in the checkout's (or the cart's) inline sign-in panel, through the form.
    pub async fn register_inline(&self, email: &str) {
        self.wait_for_count(".checkout-sign-in .auth-tab", 2).await;
        self.click(".checkout-sign-in .auth-tab:nth-child(2)").await;
        self.fill("#auth-name", "Test Buyer").await;
        self.fill("#auth-email", email).await;
        self.fill("#auth-password", crate::buyer::PASSWORD).await;
        self.click(".auth-submit").await;
    }
}
