//! Starts the server in-process on 127.0.0.1:0 with a temporary database and app directory.
#![allow(dead_code)]

pub mod images;
pub mod orders;

use std::path::Path;
use storefront_server::{prepare, serve, AppState, Config};
use tokio::sync::oneshot;

pub const HASHED_JS: &str = "/storefront-5e4b1bd3cf0d8d41.js";
pub const HASHED_WASM: &str = "/storefront-5e4b1bd3cf0d8d41_bg.wasm";
pub const INLINE_SCRIPT: &str =
    "import init from '/storefront-5e4b1bd3cf0d8d41.js';init('/storefront-5e4b1bd3cf0d8d41_bg.wasm');";

pub fn index_html() -> String {
    format!(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Storefront</title>\
         <link rel=\"stylesheet\" href=\"/style-0123456789abcdef.css\">\
         <script type=\"module\">{INLINE_SCRIPT}</script></head>\
         <body><noscript>This shop needs JavaScript and WebAssembly.</noscript></body></html>\n"
    )
}

pub fn write_dist(dir: &Path) {
    let files: Vec<(&str, Vec<u8>)> = vec![
        ("index.html", index_html().into_bytes()),
        (
            &HASHED_JS[1..],
            "export default function init(){ console.log('storefront'); }\n"
                .repeat(40)
                .into_bytes(),
        ),
        (&HASHED_WASM[1..], {
            let mut w = b"\0asm\x01\0\0\0".to_vec();
            w.extend((0..4000u32).map(|i| (i % 7) as u8));
            w
        }),
        (
            "style-0123456789abcdef.css",
            "body { margin: 0; color: #222; }\n".repeat(30).into_bytes(),
        ),
        (
            "locales/en/main.ftl",
            "app-title = Storefront\nerror-internal = Something went wrong\n"
                .repeat(10)
                .into_bytes(),
        ),
        (
            "embed.js",
            "(function(){ /* widget loader */ })();\n"
                .repeat(10)
                .into_bytes(),
        ),
        (
            "manifest.webmanifest",
            br#"{"name":"Storefront","start_url":"/"}"#.to_vec(),
        ),
        ("favicon.ico", vec![0, 0, 1, 0, 1, 0]),
    ];
    for (name, data) in files {
        let path = dir.join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("create dist dir");
        }
        std::fs::write(path, data).expect("write dist file");
    }
}

/// The operator token of every test server (as `tests/support` of the browser tests uses).
pub const OPERATOR_TOKEN: &str = "storefront-test-operator-token";

pub struct Server {
    pub base: String,
    pub dir: tempfile::TempDir,
    /// Sends `Authorization: Bearer OPERATOR_TOKEN` on every request (operator routes need it;
    /// the others ignore it). [`Server::anonymous`] is a client without it.
    pub client: reqwest::Client,
    /// The running server's state (its semaphores and counters).
    pub state: AppState,
    stop: Option<oneshot::Sender<()>>,
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

pub fn config(dir: &Path) -> Config {
    let dist = dir.join("dist");
    write_dist(&dist);
    Config {
        db: dir.join("data").join("test.db"),
        dist,
        demo: false,
        operator_token: Some(OPERATOR_TOKEN.to_string()),
        clock_speed: 1,
        seed: 42,
        products: 600,
        sellers: 40,
        ..Config::default()
    }
}

pub async fn start_with(edit: impl FnOnce(&mut Config)) -> Server {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut cfg = config(dir.path());
    edit(&mut cfg);
    start_config(dir, cfg).await
}

pub async fn start_config(dir: tempfile::TempDir, cfg: Config) -> Server {
    let state = prepare(&cfg).await.expect("prepare");
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    let (tx, rx) = oneshot::channel::<()>();
    tokio::spawn(serve(state.clone(), listener, async {
        let _ = rx.await;
    }));
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert(
        reqwest::header::AUTHORIZATION,
        reqwest::header::HeaderValue::from_str(&format!("Bearer {OPERATOR_TOKEN}"))
            .expect("token header"),
    );
    Server {
        base: format!("http://{addr}"),
        dir,
        client: reqwest::Client::builder()
            .default_headers(headers)
            .build()
            .expect("client"),
        state,
        stop: Some(tx),
    }
}

pub async fn start() -> Server {
    start_with(|_| {}).await
}

impl Server {
    /// A client that sends no operator token.
    pub fn anonymous(&self) -> reqwest::Client {
        reqwest::Client::new()
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(format!("{}{path}", self.base))
            .send()
            .await
            .expect("request")
    }

    pub async fn get_with(&self, path: &str, headers: &[(&str, &str)]) -> reqwest::Response {
        let mut req = self.client.get(format!("{}{path}", self.base));
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        req.send().await.expect("request")
    }

    pub async fn json(&self, path: &str) -> serde_json::Value {
        let res = self.get(path).await;
        assert_eq!(res.status(), 200, "GET {path}");
        res.json().await.expect("json body")
    }

    /// Asserts a problem+json answer and returns its body.
    pub async fn problem(
        &self,
        res: reqwest::Response,
        status: u16,
        code: &str,
    ) -> serde_json::Value {
        assert_eq!(res.status().as_u16(), status, "{}", res.url());
        let ct = res
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_string();
        assert_eq!(ct, "application/problem+json", "{}", res.url());
        let body: serde_json::Value = res.json().await.expect("problem body");
        assert_eq!(body["code"], code);
        assert_eq!(body["status"], status);
        assert_eq!(body["type"], format!("/problems/{code}"));
        body
    }
}

pub fn header(res: &reqwest::Response, name: &str) -> String {
    res.headers()
        .get(name)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string()
}
