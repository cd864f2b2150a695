//! `storefront-server`: binds, prepares the catalogue, prints `listening on http://ADDR`, serves.

use clap::Parser;
use std::io::Write;
use std::path::PathBuf;
use storefront_server::{prepare, serve, shutdown_signal, Config, Timeouts};

#[derive(Debug, Parser)]
#[command(
    version,
    about = "Storefront reference backend: API, generated images and the built app"
)]
struct Args {
    /// Address to listen on (port 0 picks a free port).
    #[arg(long, env = "STOREFRONT_BIND", default_value = "127.0.0.1:8080")]
    bind: String,
    /// SQLite database file (created, migrated and seeded when empty).
    #[arg(long, env = "STOREFRONT_DB", default_value = "./data/storefront.db")]
    db: PathBuf,
    /// Directory of the built app (trunk's dist/).
    #[arg(long, env = "STOREFRONT_DIST", default_value = "./dist")]
    dist: PathBuf,
    /// Demo mode: simulated sellers, carriers and clock, and the operator API (always behind
    /// a bearer token).
    #[arg(long, env = "STOREFRONT_DEMO", action = clap::ArgAction::SetTrue,
          value_parser = clap::builder::BoolishValueParser::new())]
    demo: bool,
    /// Demo mode: the operator API's bearer token (at least 16 characters). Without it the
    /// server makes a random one at each start and writes it to --operator-token-file.
    #[arg(long, env = "STOREFRONT_OPERATOR_TOKEN", hide_env_values = true)]
    operator_token: Option<String>,
    /// Demo mode: where a generated operator token is written (mode 0600); default
    /// `operator-token` beside the database.
    #[arg(long, env = "STOREFRONT_OPERATOR_TOKEN_FILE")]
    operator_token_file: Option<PathBuf>,
    /// The server is reached over https through a TLS-terminating proxy: send
    /// Strict-Transport-Security, mark cookies Secure, and take the client address (sign-in
    /// throttling, report limits) from the last X-Forwarded-For entry.
    #[arg(long, env = "STOREFRONT_BEHIND_TLS_PROXY", action = clap::ArgAction::SetTrue,
          value_parser = clap::builder::BoolishValueParser::new())]
    behind_tls_proxy: bool,
    /// Seconds a client has to send a request header; also closes idle keep-alive connections.
    #[arg(long, env = "STOREFRONT_HEADER_TIMEOUT", default_value_t = 10,
          value_parser = clap::value_parser!(u64).range(1..=3600))]
    header_timeout: u64,
    /// Longest pause (seconds) between two pieces of a request body.
    #[arg(long, env = "STOREFRONT_BODY_TIMEOUT", default_value_t = 20,
          value_parser = clap::value_parser!(u64).range(1..=3600))]
    body_timeout: u64,
    /// Demo mode: speed of the simulated clock, in simulated seconds per real second
    /// (1 = real time; 60 = a simulated minute per second; 1440 = a simulated day per minute).
    #[arg(long, env = "STOREFRONT_CLOCK_SPEED", default_value_t = 1,
          value_parser = clap::value_parser!(u32).range(1..=1_000_000))]
    clock_speed: u32,
    /// Seed of the generated catalogue.
    #[arg(long, env = "STOREFRONT_SEED", default_value_t = 42)]
    seed: u64,
    /// Number of products to generate when the database is empty.
    #[arg(long, env = "STOREFRONT_PRODUCTS", default_value_t = 20_000)]
    products: u64,
    /// Number of sellers to generate when the database is empty.
    #[arg(long, env = "STOREFRONT_SELLERS", default_value_t = 240)]
    sellers: u64,
}

#[tokio::main]
async fn main() {
    let args = Args::parse();
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,sqlx=warn")),
        )
        .init();
    if let Err(e) = start(args).await {
        eprintln!("storefront-server: {e}");
        std::process::exit(1);
    }
}

async fn start(args: Args) -> Result<(), String> {
    if args.products == 0 || args.products > 50_000_000 {
        return Err("--products must be between 1 and 50000000".into());
    }
    if args.sellers == 0 || args.sellers > 1_000_000 {
        return Err("--sellers must be between 1 and 1000000".into());
    }
    let listener = tokio::net::TcpListener::bind(&args.bind)
        .await
        .map_err(|e| format!("cannot listen on {}: {e}", args.bind))?;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    let operator_token = match (
        args.demo,
        args.operator_token.filter(|t| !t.trim().is_empty()),
    ) {
        (false, _) => None,
        (true, Some(t)) => Some(t),
        (true, None) => {
            let path = args.operator_token_file.clone().unwrap_or_else(|| {
                storefront_server::uploads_dir(&args.db).with_file_name("operator-token")
            });
            let token = storefront_server::auth::random_hex(32);
            write_secret(&path, &token).map_err(|e| {
                format!("cannot write the operator token to {}: {e}", path.display())
            })?;
            println!("operator token written to {}", path.display());
            Some(token)
        }
    };
    let config = Config {
        db: args.db,
        dist: args.dist,
        demo: args.demo,
        operator_token,
        behind_tls_proxy: args.behind_tls_proxy,
        timeouts: Timeouts {
            header: std::time::Duration::from_secs(args.header_timeout),
            body: std::time::Duration::from_secs(args.body_timeout),
        },
        clock_speed: args.clock_speed,
        seed: args.seed,
        products: args.products,
        sellers: args.sellers,
    };
    let state = prepare(&config).await?;
    println!("listening on http://{addr}");
    let _ = std::io::stdout().flush();
    serve(state, listener, shutdown_signal())
        .await
        .map_err(|e| e.to_string())
}

/// Writes `secret` to `path` readable by the owner only (replacing an older file).
fn write_secret(path: &std::path::Path, secret: &str) -> std::io::Result<()> {
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)?;
    }
    let _ = std::fs::remove_file(path);
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut f = options.open(path)?;
    f.write_all(secret.as_bytes())?;
    f.write_all(b"\n")
}
