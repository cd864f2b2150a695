//! Storefront reference backend: axum + SQLite. Seeds a deterministic demo catalogue, serves
//! the `/api/v1` contract of `storefront-api`, generated product images, and the built app.

pub mod auth;
pub mod catalog;
pub mod categories;
pub mod clock;
pub mod coupons;
pub mod db;
pub mod domain;
pub mod error;
pub mod faults;
pub mod http;
pub mod lang;
/// The old name of [`http`], for code written before the move (`pages` uses it).
pub mod limits;
pub mod openapi;
pub mod pages;
pub mod params;
pub mod pricing;
pub mod render;
pub mod reports;
pub mod search;
pub mod security;
pub mod seed;
pub mod static_files;
pub mod store;
pub mod svg;
pub mod time;
pub mod vocabulary;

use axum::middleware::from_fn_with_state;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use categories::Categories;
use faults::Faults;
use security::Policies;
use seed::gen::Taxonomy;
use seed::{SeedPlan, SeedReport};
use sqlx::SqlitePool;
use static_files::StaticFiles;
use std::future::Future;
use std::path::PathBuf;
use std::sync::Arc;
use tokio::net::TcpListener;

/// Everything the server needs besides the listening socket.
#[derive(Debug, Clone)]
pub struct Config {
    pub db: PathBuf,
    pub dist: PathBuf,
    /// Enables the operator API (fault injection, simulated clock, sellers and carriers).
    pub demo: bool,
    /// Bearer token of the operator API; required in demo mode (`prepare` refuses to start
    /// without one). At least [`MIN_OPERATOR_TOKEN_CHARS`] characters.
    pub operator_token: Option<String>,
    /// The server is reached over https through a TLS proxy: send HSTS, mark cookies `Secure`
    /// and take the client address from the last `X-Forwarded-For` entry.
    pub behind_tls_proxy: bool,
    pub timeouts: Timeouts,
    /// Demo mode: simulated seconds per real second (1 = real time).
    pub clock_speed: u32,
    pub seed: u64,
    /// Catalogue size when seeding an empty database.
    pub products: u64,
    pub sellers: u64,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            db: PathBuf::from("./data/storefront.db"),
            dist: PathBuf::from("./dist"),
            demo: false,
            operator_token: None,
            behind_tls_proxy: false,
            timeouts: Timeouts::default(),
            clock_speed: 1,
            seed: 42,
            products: 20_000,
            sellers: 240,
        }
    }
}

/// Shortest accepted operator token.
pub const MIN_OPERATOR_TOKEN_CHARS: usize = 16;

/// Connection timeouts.
#[derive(Debug, Clone, Copy)]
pub struct Timeouts {
    /// Time a client has to send a request's whole header; it also closes a keep-alive
    /// connection that stays idle this long between requests, and a connection that sends nothing.
    pub header: std::time::Duration,
    /// Longest pause between two pieces of a request body.
    pub body: std::time::Duration,
}

impl Default for Timeouts {
    fn default() -> Self {
        Timeouts {
            header: std::time::Duration::from_secs(10),
            body: std::time::Duration::from_secs(20),
        }
    }
}

#[derive(Clone)]
pub struct AppState {
    pub pool: SqlitePool,
    pub demo: bool,
    /// SHA-256 of the operator token (demo mode).
    pub operator_token: Option<Arc<[u8; 32]>>,
    pub behind_tls_proxy: bool,
    pub timeouts: Timeouts,
    pub limits: Arc<limits::Limits>,
    pub categories: Arc<Categories>,
    pub taxonomy: Arc<Taxonomy>,
    pub files: Arc<StaticFiles>,
    pub faults: Arc<Faults>,
    pub policies: Arc<Policies>,
    pub openapi: Arc<serde_json::Value>,
    pub max_product_id: i64,
    /// Set when this start seeded the database.
    pub seeded: Option<SeedReport>,
    /// Filter data of every product, for search and facets.
    pub search: Arc<search::index::SearchIndex>,
    pub suggester: Arc<search::suggest::Suggester>,
    /// Uploaded files (report evidence): `<db dir>/uploads`.
    pub uploads: PathBuf,
    /// The clock of order timers (simulated in demo mode).
    pub clock: Arc<clock::Clock>,
    /// The composed pages' words (`seo-*` and shell messages of the built app's locales).
    pub pages: Arc<pages::messages::Messages>,
    /// The composed pages' preloads (the build's wasm chunk manifest).
    pub preloads: Arc<pages::preload::Preloads>,
    /// `YYYY-MM-DD` (UTC) the catalogue was loaded: the sitemaps' `lastmod`.
    pub catalog_date: String,
    /// Serialises timer ticks, buyer transitions and operator steps.
    pub ticker: Arc<tokio::sync::Mutex<()>>,
}

/// Opens (and migrates) the database, seeds an empty catalogue, loads the app files.
pub async fn prepare(config: &Config) -> Result<AppState, String> {
    let operator_token = match (&config.operator_token, config.demo) {
        (Some(t), _) if t.trim().chars().count() < MIN_OPERATOR_TOKEN_CHARS => {
            return Err(format!(
                "the operator token must have at least {MIN_OPERATOR_TOKEN_CHARS} characters"
            ))
        }
        (Some(t), true) => Some(Arc::new(http::operator::token_digest(t.trim()))),
        (None, true) => return Err("demo mode needs an operator token".into()),
        (_, false) => None,
    };
    let pool = db::open(&config.db).await?;
    let plan = SeedPlan {
        seed: config.seed,
        products: config.products,
        sellers: config.sellers,
    };
    let seeded = seed::seed_if_empty(&pool, plan).await?;
    if let Some(r) = seeded {
        tracing::info!(
            products = r.products,
            reviews = r.reviews,
            seconds = r.elapsed.as_secs_f64(),
            "seeded the catalogue"
        );
    }
    if let Some(t) = search::build::ensure(&pool).await? {
        tracing::info!(seconds = t.as_secs_f64(), "built the search index");
    }
    let search_index = search::index::SearchIndex::load(&pool)
        .await
        .map_err(|e| format!("cannot load the search index: {e}"))?;
    let suggester = search::suggest::Suggester::load(&pool)
        .await
        .map_err(|e| format!("cannot load suggestions: {e}"))?;
    let categories = Categories::load(&pool)
        .await
        .map_err(|e| format!("cannot load categories: {e}"))?;
    let max_product_id = catalog::max_product_id(&pool)
        .await
        .map_err(|e| format!("cannot read products: {e}"))?;
    let dist = config.dist.clone();
    let files = tokio::task::spawn_blocking(move || StaticFiles::load(&dist))
        .await
        .map_err(|e| format!("loading the app files failed: {e}"))?
        .map_err(|e| format!("cannot read {}: {e}", config.dist.display()))?;
    if files.built {
        let (raw, br) = files.total_bytes();
        tracing::info!(
            files = files.files.len(),
            bytes = raw,
            brotli_bytes = br,
            seconds = files.compress_time.as_secs_f64(),
            "loaded and compressed the app"
        );
    } else {
        tracing::warn!(dist = %config.dist.display(), "no built app (index.html) found; serving the API only");
    }
    let mut policies = Policies::new(files.index_html(), files.embed_html());
    policies.hsts = config.behind_tls_proxy;
    let messages = pages::messages::Messages::load(&files);
    let preloads = pages::preload::Preloads::load(&files);
    let catalog_date = time::ymd(time::system_unix().div_euclid(time::DAY));
    let clock = clock::Clock::load(&pool, config.demo, config.clock_speed)
        .await
        .map_err(|e| format!("cannot read the clock: {e}"))?;
    Ok(AppState {
        clock: Arc::new(clock),
        ticker: Arc::new(tokio::sync::Mutex::new(())),
        pages: Arc::new(messages),
        preloads: Arc::new(preloads),
        catalog_date,
        pool,
        demo: config.demo,
        operator_token,
        behind_tls_proxy: config.behind_tls_proxy,
        timeouts: config.timeouts,
        limits: Arc::new(limits::Limits::default()),
        categories: Arc::new(categories),
        taxonomy: Arc::new(Taxonomy::new()),
        files: Arc::new(files),
        faults: Arc::new(Faults::default()),
        policies: Arc::new(policies),
        openapi: Arc::new(openapi::document()),
        max_product_id,
        seeded,
        search: Arc::new(search_index),
        suggester: Arc::new(suggester),
        uploads: uploads_dir(&config.db),
    })
}

/// `uploads/` beside the database file.
pub fn uploads_dir(db: &std::path::Path) -> PathBuf {
    db.parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(std::path::Path::new("."))
        .join("uploads")
}

fn panic_response(_: Box<dyn std::any::Any + Send + 'static>) -> Response {
    error::ApiError::internal("handler panicked").into_response()
}

pub fn app(state: AppState) -> Router {
    let mut router = http::api()
        .merge(crate::http::wishlist::router())
        .merge(crate::http::inbox::router())
        .route("/robots.txt", get(pages::sitemap::robots))
        .route("/sitemap.xml", get(pages::sitemap::index))
        .route("/sitemaps/{file}", get(pages::sitemap::part));
    if let (true, Some(token)) = (state.demo, state.operator_token.clone()) {
        router = router.merge(http::operator::router(token));
    }
    // API answers (and the sitemaps) compressed by Accept-Encoding. Only the routes above get
    // it: the fallback serves the app's files and composed pages, already compressed.
    router = router.layer(
        tower_http::compression::CompressionLayer::new()
            .quality(tower_http::CompressionLevel::Precise(5)),
    );
    router
        .fallback(http::fallback)
        .method_not_allowed_fallback(http::method_not_allowed)
        .layer(tower_http::catch_panic::CatchPanicLayer::custom(
            panic_response,
        ))
        .layer(from_fn_with_state(state.clone(), faults::inject))
        .layer(from_fn_with_state(
            state.policies.clone(),
            security::headers,
        ))
        .with_state(state)
}

/// Serves until `shutdown` resolves, then lets open requests finish (at most 10 s).
///
/// HTTP/1.1 through hyper directly (rather than `axum::serve`) for its timeouts: a client gets
/// [`Timeouts::header`] to send each request's header (which also ends idle keep-alive
/// connections and connections that never send anything), and a request body that pauses for
/// [`Timeouts::body`] is cut off (`408`-like failure of the body read).
pub async fn serve(
    state: AppState,
    listener: TcpListener,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    use hyper_util::rt::{TokioIo, TokioTimer};
    use tower::ServiceExt;
    let ticker = tokio::spawn(domain::ticker::run_ticker(state.clone()));
    let timeouts = state.timeouts;
    let router = app(state);
    let (closing_tx, closing_rx) = tokio::sync::watch::channel(false);
    let mut conns = tokio::task::JoinSet::new();
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        while conns.try_join_next().is_some() {}
        let (stream, remote) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(a) => a,
                Err(e) => {
                    // Out of file descriptors and the like: back off instead of spinning.
                    tracing::warn!(error = %e, "accept failed");
                    tokio::time::sleep(std::time::Duration::from_millis(50)).await;
                    continue;
                }
            },
            _ = &mut shutdown => break,
        };
        let _ = stream.set_nodelay(true);
        let router = router.clone();
        let body_timeout = timeouts.body;
        let service =
            hyper::service::service_fn(move |req: axum::http::Request<hyper::body::Incoming>| {
                let (mut parts, body) = req.into_parts();
                parts.extensions.insert(axum::extract::ConnectInfo(remote));
                let body = axum::body::Body::new(tower_http::timeout::TimeoutBody::new(
                    body_timeout,
                    body,
                ));
                router
                    .clone()
                    .oneshot(axum::http::Request::from_parts(parts, body))
            });
        let mut closing = closing_rx.clone();
        let header_timeout = timeouts.header;
        conns.spawn(async move {
            let mut builder = hyper::server::conn::http1::Builder::new();
            builder
                .timer(TokioTimer::new())
                .header_read_timeout(header_timeout)
                .keep_alive(true);
            let conn = builder.serve_connection(TokioIo::new(stream), service);
            let mut conn = std::pin::pin!(conn);
            tokio::select! {
                r = conn.as_mut() => {
                    if let Err(e) = r {
                        tracing::debug!(error = %e, "connection ended");
                    }
                    return;
                }
                _ = closing.wait_for(|c| *c) => {}
            }
            conn.as_mut().graceful_shutdown();
            let _ = conn.await;
        });
    }
    let _ = closing_tx.send(true);
    drop(listener);
    let _ = tokio::time::timeout(std::time::Duration::from_secs(10), async {
        while conns.join_next().await.is_some() {}
    })
    .await;
    conns.abort_all();
    ticker.abort();
    Ok(())
}

/// Prepares and serves until ctrl-c or SIGTERM.
pub async fn run(config: Config, listener: TcpListener) -> Result<(), String> {
    let state = prepare(&config).await?;
    serve(state, listener, shutdown_signal())
        .await
        .map_err(|e| e.to_string())
}

pub async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
    tracing::info!("shutting down");
}
