//! Search benchmark: seeds a catalogue in a temporary database by starting the real server
//! binary, then fires a bounded number of sequential requests over loopback HTTP per request
//! kind (after a warm-up) and prints p50/p95/p99/max latency per kind.
//!
//! ```text
//! cargo build --profile server -p storefront-server --bin storefront-server --example bench_search
//! target/server/examples/bench_search --server target/server/storefront-server --products 100000
//! ```
//! `scripts/bench-search.sh` does both. Options: `--products N` (100000), `--requests N` per kind
//! (200), `--warmup N` per kind (20), `--db PATH` (reuse/keep a database; default a temp dir).

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::{mpsc, Arc, Mutex};
use std::time::{Duration, Instant};

struct Args {
    server: PathBuf,
    products: u64,
    requests: usize,
    warmup: usize,
    db: Option<PathBuf>,
}

fn args() -> Result<Args, String> {
    let mut a = Args {
        server: PathBuf::from("target/server/storefront-server"),
        products: 100_000,
        requests: 200,
        warmup: 20,
        db: None,
    };
    let mut it = std::env::args().skip(1);
    while let Some(k) = it.next() {
        let v = it.next().ok_or_else(|| format!("{k} needs a value"))?;
        let num = |v: &str| {
            v.parse::<u64>()
                .map_err(|_| format!("{k}: not a number: {v}"))
        };
        match k.as_str() {
            "--server" => a.server = PathBuf::from(v),
            "--products" => a.products = num(&v)?,
            "--requests" => a.requests = num(&v)?.clamp(1, 100_000) as usize,
            "--warmup" => a.warmup = num(&v)?.min(10_000) as usize,
            "--db" => a.db = Some(PathBuf::from(v)),
            _ => return Err(format!("unknown option {k}")),
        }
    }
    Ok(a)
}

struct Server {
    child: Child,
    base: String,
    log: Arc<Mutex<Vec<String>>>,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start(a: &Args, db: &std::path::Path, dist: &std::path::Path) -> Result<Server, String> {
    let mut child = Command::new(&a.server)
        .args(["--bind", "127.0.0.1:0", "--products"])
        .arg(a.products.to_string())
        .arg("--db")
        .arg(db)
        .arg("--dist")
        .arg(dist)
        .env("NO_COLOR", "1")
        .env("RUST_LOG", "info,sqlx=warn")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", a.server.display()))?;
    let log = Arc::new(Mutex::new(Vec::new()));
    if let Some(err) = child.stderr.take() {
        let log = log.clone();
        std::thread::spawn(move || {
            for line in BufReader::new(err).lines().map_while(Result::ok) {
                if let Ok(mut l) = log.lock() {
                    l.push(line);
                }
            }
        });
    }
    let out = child.stdout.take().ok_or("no stdout")?;
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(out).lines().map_while(Result::ok) {
            if let Some(addr) = line.strip_prefix("listening on ") {
                let _ = tx.send(addr.trim().to_string());
            }
        }
    });
    let base = match rx.recv_timeout(Duration::from_secs(900)) {
        Ok(b) => b,
        Err(_) => {
            let _ = child.kill();
            let l = log.lock().map(|l| l.join("\n")).unwrap_or_default();
            return Err(format!("the server did not start:\n{l}"));
        }
    };
    Ok(Server { child, base, log })
}

/// `seconds=…` of the first log line containing `what`.
fn logged_seconds(log: &[String], what: &str) -> Option<f64> {
    let line = log.iter().find(|l| l.contains(what))?;
    let rest = &line[line.find("seconds=")? + 8..];
    rest.split(|c: char| c.is_whitespace()).next()?.parse().ok()
}

fn enc(s: &str) -> String {
    form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

struct Kind {
    name: &'static str,
    paths: Vec<String>,
}

fn kinds(tops: &[i64], subs: &[i64], requests: usize) -> Vec<Kind> {
    let en = [
        "phone",
        "phones",
        "case",
        "wireless headphones",
        "gaming laptop",
        "dress",
        "dresses",
        "watch",
        "cable",
        "storage box",
    ];
    let ru = [
        "телефон",
        "телефона",
        "телефоны",
        "чехол для телефона",
        "платье",
        "платья",
        "ноутбук",
        "игровой ноутбук",
        "кольцо",
        "кастрюли",
    ];
    let text = |words: &[&str]| -> Vec<String> {
        words
            .iter()
            .map(|q| format!("/api/v1/search?q={}", enc(q)))
            .collect()
    };
    let mut filtered_text = Vec::new();
    for q in ["phone", "case", "платье", "ноутбук", "cable"] {
        let q = enc(q);
        filtered_text.push(format!("/api/v1/search?q={q}&sort=price_asc&rating_min=40"));
        filtered_text.push(format!(
            "/api/v1/search?q={q}&free_shipping=true&attrs=Color%3DBlack%2CWhite"
        ));
        filtered_text.push(format!("/api/v1/search?q={q}&sort=orders&lang=ru"));
    }
    let mut category = Vec::new();
    for (i, c) in tops.iter().chain(subs.iter()).enumerate() {
        category.push(match i % 5 {
            0 => format!("/api/v1/search?category={c}&free_shipping=true&sort=price_asc"),
            1 => format!("/api/v1/search?category={c}&rating_min=40&sort=newest"),
            2 => format!(
                "/api/v1/search?category={c}&price_min=500&price_max=5000&sort=rating&lang=ru"
            ),
            3 => format!("/api/v1/search?category={c}&delivery_days=15&in_stock=true"),
            _ => format!("/api/v1/search?category={c}&sort=price_desc&seller_positive_min=950"),
        });
    }
    let catalogue = vec![
        "/api/v1/search".to_string(),
        "/api/v1/search?sort=price_asc".to_string(),
        "/api/v1/search?sort=newest&lang=ru".to_string(),
        "/api/v1/search?sort=rating".to_string(),
        "/api/v1/search?free_shipping=true".to_string(),
    ];
    let seller: Vec<String> = (1..=40)
        .map(|n| {
            let s = n * 6;
            match n % 3 {
                0 => format!("/api/v1/search?seller={s}"),
                1 => format!("/api/v1/search?seller={s}&sort=price_asc"),
                _ => format!("/api/v1/search?seller={s}&free_shipping=true&sort=newest"),
            }
        })
        .collect();
    // Every request a different filter set: nothing can be answered from a cache.
    let unique_catalogue: Vec<String> = (0..requests + 64)
        .map(|n| format!("/api/v1/search?price_min={}&sort=orders", n * 3 + 1))
        .collect();
    let unique_category: Vec<String> = (0..requests + 64)
        .map(|n| {
            let c = tops[n % tops.len().max(1)];
            format!(
                "/api/v1/search?category={c}&price_max={}&sort=price_asc",
                2000 + n * 7
            )
        })
        .collect();
    // Word pairs never asked before: the FTS query and bm25 run every time (no memo).
    let mut unique_text = Vec::new();
    for m in [
        "black", "white", "red", "blue", "green", "small", "large", "new", "portable", "wireless",
        "leather", "metal",
    ] {
        for n in [
            "phone",
            "case",
            "dress",
            "watch",
            "cable",
            "box",
            "laptop",
            "shirt",
            "ring",
            "holder",
            "stand",
            "lamp",
            "bag",
            "shoes",
            "headphones",
            "speaker",
            "charger",
        ] {
            unique_text.push(format!("/api/v1/search?q={}", enc(&format!("{m} {n}"))));
        }
    }
    for m in ["чёрный", "белый", "красный", "синий", "кожаный", "новый"]
    {
        for n in [
            "телефон",
            "чехол",
            "платье",
            "часы",
            "кабель",
            "ноутбук",
            "кольцо",
            "сумка",
            "лампа",
            "рубашка",
        ] {
            unique_text.push(format!("/api/v1/search?q={}", enc(&format!("{m} {n}"))));
        }
    }
    let suggest: Vec<String> = ["pho", "тел", "gam", "пла", "wire", "ча"]
        .iter()
        .map(|q| format!("/api/v1/suggest?q={}", enc(q)))
        .collect();
    vec![
        Kind {
            name: "text en",
            paths: text(&en),
        },
        Kind {
            name: "text ru (inflected)",
            paths: text(&ru),
        },
        Kind {
            name: "text + filters/sort",
            paths: filtered_text,
        },
        Kind {
            name: "text, never asked before",
            paths: unique_text,
        },
        Kind {
            name: "category + filters/sort",
            paths: category,
        },
        Kind {
            name: "category, unique filters",
            paths: unique_category,
        },
        Kind {
            name: "whole catalogue",
            paths: catalogue,
        },
        Kind {
            name: "whole catalogue, unique",
            paths: unique_catalogue,
        },
        Kind {
            name: "store (seller)",
            paths: seller,
        },
        Kind {
            name: "suggest",
            paths: suggest,
        },
    ]
}

fn pct(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let i = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[i.clamp(1, sorted.len()) - 1]
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    if let Err(e) = run().await {
        eprintln!("bench_search: {e}");
        std::process::exit(1);
    }
}

async fn run() -> Result<(), String> {
    let a = args()?;
    let tmp = tempfile::tempdir().map_err(|e| e.to_string())?;
    let db = a.db.clone().unwrap_or_else(|| tmp.path().join("bench.db"));
    let existed = db.exists();
    let dist = tmp.path().join("no-dist");
    let t0 = Instant::now();
    let server = start(&a, &db, &dist)?;
    let ready = t0.elapsed();
    let log = server.log.lock().map(|l| l.clone()).unwrap_or_default();
    let client = reqwest::Client::builder()
        .no_proxy()
        .build()
        .map_err(|e| e.to_string())?;
    let get = |path: String| {
        let client = client.clone();
        let url = format!("{}{path}", server.base);
        async move {
            let t = Instant::now();
            let res = client
                .get(&url)
                .send()
                .await
                .map_err(|e| format!("{url}: {e}"))?;
            let status = res.status();
            let body = res.bytes().await.map_err(|e| format!("{url}: {e}"))?;
            let ms = t.elapsed().as_secs_f64() * 1000.0;
            if !status.is_success() {
                return Err(format!(
                    "{url}: {status}: {}",
                    String::from_utf8_lossy(&body)
                ));
            }
            Ok::<(f64, bytes_len::Len), String>((ms, bytes_len::Len(body.len())))
        }
    };
    let cats: serde_json::Value = client
        .get(format!("{}/api/v1/categories", server.base))
        .send()
        .await
        .map_err(|e| e.to_string())?
        .json()
        .await
        .map_err(|e| e.to_string())?;
    let mut tops = Vec::new();
    let mut subs = Vec::new();
    for c in cats.as_array().into_iter().flatten() {
        tops.extend(c["id"].as_i64());
        for s in c["children"].as_array().into_iter().flatten().take(1) {
            subs.extend(s["id"].as_i64());
        }
    }
    if tops.is_empty() {
        return Err("no categories".into());
    }
    println!(
        "products: {} ({}), server ready after {:.1} s{}{}",
        a.products,
        if existed {
            "existing database"
        } else {
            "fresh database"
        },
        ready.as_secs_f64(),
        logged_seconds(&log, "seeded the catalogue")
            .map(|s| format!("; seeding {s:.1} s"))
            .unwrap_or_default(),
        logged_seconds(&log, "built the search index")
            .map(|s| format!("; search index {s:.1} s"))
            .unwrap_or_default(),
    );
    println!(
        "{} requests per kind after {} warm-up, one at a time over 127.0.0.1 (ms):",
        a.requests, a.warmup
    );
    println!(
        "{:<26} {:>7} {:>7} {:>7} {:>7} {:>9}",
        "kind", "p50", "p95", "p99", "max", "avg KB"
    );
    let mut worst_p95: f64 = 0.0;
    for k in kinds(&tops, &subs, a.requests) {
        let n = k.paths.len();
        // Warm-up uses the tail of the list, measured requests start from its head, so the
        // "unique" kinds never repeat a query.
        for i in 0..a.warmup {
            get(k.paths[n - 1 - (i % n)].clone()).await?;
        }
        let mut times = Vec::with_capacity(a.requests);
        let mut bytes = 0usize;
        for i in 0..a.requests {
            let (ms, len) = get(k.paths[i % n].clone()).await?;
            times.push(ms);
            bytes += len.0;
        }
        times.sort_by(f64::total_cmp);
        let p95 = pct(&times, 95.0);
        worst_p95 = worst_p95.max(p95);
        println!(
            "{:<26} {:>7.2} {:>7.2} {:>7.2} {:>7.2} {:>9.1}",
            k.name,
            pct(&times, 50.0),
            p95,
            pct(&times, 99.0),
            times.last().copied().unwrap_or(0.0),
            bytes as f64 / a.requests as f64 / 1024.0
        );
    }
    println!(
        "worst p95: {worst_p95:.2} ms (goal ≤ 30 ms): {}",
        if worst_p95 <= 30.0 { "met" } else { "MISSED" }
    );
    drop(server);
    Ok(())
}

mod bytes_len {
    pub struct Len(pub usize);
}
