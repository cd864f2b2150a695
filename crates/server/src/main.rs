//! `storefront-server`: binds, prepares the catalogue, prints `listening on http://ADDR`, serves.

use clap::Parser;
use std::io::Write;
use std::path::PathBuf;
use storefront_server::{prepare, serve, shutdown_signal, Config};

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
    /// Enable the demo/test operator API.
    #[arg(long, env = "STOREFRONT_DEMO", action = clap::ArgAction::SetTrue,
          value_parser = clap::builder::BoolishValueParser::new())]
    demo: bool,
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
    let config = Config {
        db: args.db,
        dist: args.dist,
        demo: args.demo,
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
