//! Test harness for the browser tests: a real reference server on an ephemeral 127.0.0.1 port
//! with a fresh SQLite file, and a real headless Chromium driven over WebDriver.
#![allow(dead_code)] // each test binary uses its own subset

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};
use std::future::Future;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};
use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::{Child, Command};

pub const WAIT: Duration = Duration::from_secs(30);

/// The operator API token every test server is started with (`STOREFRONT_OPERATOR_TOKEN`).
pub const OPERATOR_TOKEN: &str = "storefront-test-operator-token";

fn workspace_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn env_path(var: &str, default: PathBuf) -> PathBuf {
    std::env::var_os(var).map(PathBuf::from).unwrap_or(default)
}

pub fn dist_dir() -> PathBuf {
    let dist = env_path("STOREFRONT_DIST", workspace_root().join("dist"));
    assert!(
        dist.join("index.html").is_file(),
        "no built app at {}: run scripts/test.sh (it runs `trunk build --release --offline`)",
        dist.display()
    );
    dist
}

/// The reference server, started as its own process like a deployment would run it.
pub struct Shop {
    /// `None` while stopped ([`Shop::stop`]).
    child: std::sync::Mutex<Option<Child>>,
    pub base: String,
    dir: tempfile::TempDir,
}

impl Shop {
    pub async fn start() -> Shop {
        let dir = tempfile::tempdir().expect("temp dir for the test database");
        let (child, base) = spawn(dir.path(), "127.0.0.1:0", &dist_dir()).await;
        Shop {
            child: std::sync::Mutex::new(Some(child)),
            base,
            dir,
        }
    }

    /// Stops the server: the browser then finds nothing at the shop's address (offline).
    pub async fn stop(&self) {
        let child = self.child.lock().ok().and_then(|mut c| c.take());
        if let Some(mut child) = child {
            let _ = child.kill().await;
        }
    }

    /// Starts the server again at the same address with the same database, serving `dist`
    /// (another build of the app, as a deployment would).
    pub async fn restart(&self, dist: &Path) {
        self.stop().await;
        let bind = self.base.trim_start_matches("http://");
        let (child, base) = spawn(self.dir.path(), bind, dist).await;
        assert_eq!(base, self.base, "the server came back at another address");
        if let Ok(mut c) = self.child.lock() {
            *c = Some(child);
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    /// GET an API path (e.g. `/api/v1/products/1`) as JSON; `Value::Null` for non-2xx answers.
    pub async fn get_json(&self, path: &str) -> Value {
        let response = reqwest::get(self.url(path)).await.expect("API reachable");
        if !response.status().is_success() {
            return Value::Null;
        }
        response.json().await.unwrap_or(Value::Null)
    }

    pub fn log(&self) -> String {
        read_log(self.dir.path())
    }

    /// A request to the demo operator API (`/api/v1/operator/...`), carrying the token.
    pub fn operator(&self, method: reqwest::Method, path: &str) -> reqwest::RequestBuilder {
        reqwest::Client::new()
            .request(method, self.url(&format!("/api/v1/operator{path}")))
            .bearer_auth(OPERATOR_TOKEN)
    }

    /// GET an operator API path (e.g. `/clock`) as JSON; `Value::Null` for non-2xx answers.
    pub async fn operator_json(&self, path: &str) -> Value {
        let response = self
            .operator(reqwest::Method::GET, path)
            .send()
            .await
            .expect("operator API reachable");
        if !response.status().is_success() {
            return Value::Null;
        }
        response.json().await.unwrap_or(Value::Null)
    }

    /// Makes the next `count` catalogue API calls fail (`error`: 500 problem+json, `malformed`:
    /// broken JSON), or stops failing (`off`), through the demo-mode operator API.
    pub async fn inject_faults(&self, mode: &str, count: u32) {
        let response = self
            .operator(reqwest::Method::POST, "/faults")
            .json(&json!({ "mode": mode, "count": count }))
            .send()
            .await
            .expect("operator API reachable");
        assert!(
            response.status().is_success(),
            "operator faults refused: {}",
            response.status()
        );
    }
}

impl Drop for Shop {
    fn drop(&mut self) {
        if let Some(child) = self.child.get_mut().ok().and_then(|c| c.as_mut()) {
            let _ = child.start_kill();
        }
    }
}

/// Starts the server process on `bind` with the database in `dir`; its child and base URL.
async fn spawn(dir: &Path, bind: &str, dist: &Path) -> (Child, String) {
    let bin = env_path(
        "STOREFRONT_SERVER_BIN",
        workspace_root().join("target/debug/storefront-server"),
    );
    assert!(
        bin.is_file(),
        "no server binary at {}: run `cargo build -p storefront-server` (scripts/test.sh does)",
        bin.display()
    );
    let log = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(dir.join("server.log"))
        .expect("server log file");
    let mut child = Command::new(&bin)
        .arg("--bind")
        .arg(bind)
        .arg("--db")
        .arg(dir.join("shop.db"))
        .arg("--dist")
        .arg(dist)
        .arg("--demo")
        .arg("--products")
        .arg("1500")
        .env("RUST_LOG", "warn")
        .env("STOREFRONT_OPERATOR_TOKEN", OPERATOR_TOKEN)
        .stdout(Stdio::piped())
        .stderr(Stdio::from(log))
        .kill_on_drop(true)
        .spawn()
        .expect("start the server");
    let stdout = child.stdout.take().expect("server stdout");
    let mut lines = BufReader::new(stdout).lines();
    let base = tokio::time::timeout(Duration::from_secs(120), async {
        while let Ok(Some(line)) = lines.next_line().await {
            if let Some(url) = line.trim().strip_prefix("listening on ") {
                return Some(url.trim_end_matches('/').to_string());
            }
        }
        None
    })
    .await
    .ok()
    .flatten();
    let Some(base) = base else {
        panic!("server did not report its address; log:\n{}", read_log(dir))
    };
    // Keep draining stdout so the server never blocks on a full pipe.
    tokio::spawn(async move { while let Ok(Some(_)) = lines.next_line().await {} });
    (child, base)
}

fn read_log(dir: &Path) -> String {
    std::fs::read_to_string(dir.join("server.log")).unwrap_or_default()
}

/// How the browser presents itself.
#[derive(Clone, Copy, Debug)]
pub enum Device {
    /// 1280×800 desktop with a mouse.
    Desktop,
    /// 390×844 phone with touch (Chromium's mobile emulation).
    Phone,
}

struct Driver {
    child: Child,
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
        child,
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
    let dir = workspace_root().join("target/e2e-artifacts").join(name);
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

/// Fluent wraps placeables in U+2068/U+2069; visible-text comparisons ignore them.
pub fn strip_isolation_marks(text: &str) -> String {
    text.chars()
        .filter(|c| *c != '\u{2068}' && *c != '\u{2069}')
        .collect()
}

/// The amount of a shown USD price in cents: the last `$…` in the text, negative when a minus
/// (`−` or `-`) stands right before the `$`.
pub fn shown_cents(text: &str) -> Option<i64> {
    let text = strip_isolation_marks(text);
    let at = text.rfind('$')?;
    let digits: String = text[at + 1..]
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == ',' || *c == '.')
        .filter(|c| *c != ',')
        .collect();
    let (whole, frac) = digits.split_once('.').unwrap_or((&digits, "0"));
    let cents =
        whole.parse::<i64>().ok()? * 100 + format!("{frac:0<2}")[..2].parse::<i64>().ok()?;
    let minus = text[..at].trim_end().ends_with(['−', '-']);
    Some(if minus { -cents } else { cents })
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
