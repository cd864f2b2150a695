//! The shop under test: the reference server binary as its own process (like a deployment),
//! on an ephemeral 127.0.0.1 port with a fresh SQLite file, in demo mode (operator API, test
//! payment provider, simulated sellers and clock).

use crate::{dist_dir, env_path, repo_root};
use serde_json::{json, Value};
use std::path::Path;
use std::process::Stdio;
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::{Child, Command};

/// The operator API token every test server is started with (`STOREFRONT_OPERATOR_TOKEN`).
pub const OPERATOR_TOKEN: &str = "storefront-test-operator-token";

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
    /// Moves the server's simulated clock forward (operator API): the simulated sellers ship,
    /// carriers deliver and deadlines pass as they would in that time.
    pub async fn advance_clock(&self, days: u32, hours: u32) {
        let r = self
            .operator(reqwest::Method::POST, "/clock/advance")
            .json(&json!({"days": days, "hours": hours}))
            .send()
            .await
            .expect("operator API reachable");
        assert!(r.status().is_success(), "clock advance: {}", r.status());
    }

    /// The simulated seller ships the order now (operator API).
    pub async fn ship(&self, order: i64) {
        self.operator_act(&format!("/orders/{order}/ship")).await;
    }

    /// The carrier delivers the shipped order now (operator API).
    pub async fn deliver(&self, order: i64) {
        self.operator_act(&format!("/orders/{order}/deliver")).await;
    }

    /// POST to the operator API without a body; a non-2xx answer fails the test.
    async fn operator_act(&self, path: &str) {
        let r = self
            .operator(reqwest::Method::POST, path)
            .send()
            .await
            .expect("operator API reachable");
        assert!(r.status().is_success(), "operator {path}: {}", r.status());
    }

    /// POST to the operator API (`/disputes/7/arbitrate` …) with a JSON body; its JSON answer.
    /// A non-2xx answer fails the test.
    pub async fn operator_post(&self, path: &str, body: &Value) -> Value {
        let r = self
            .operator(reqwest::Method::POST, path)
            .json(body)
            .send()
            .await
            .expect("operator API reachable");
        let status = r.status();
        let v: Value = r.json().await.unwrap_or(Value::Null);
        assert!(status.is_success(), "operator {path}: {status} {v}");
        v
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
        repo_root().join("target/debug/storefront-server"),
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
