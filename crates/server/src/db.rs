//! SQLite pool: WAL mode, migrations at start.

use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::SqlitePool;
use std::path::Path;
use std::time::Duration;

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations");

pub async fn open(path: &Path) -> Result<SqlitePool, String> {
    if let Some(parent) = path.parent() {
        if !parent.as_os_str().is_empty() {
            std::fs::create_dir_all(parent)
                .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
        }
    }
    let options = SqliteConnectOptions::new()
        .filename(path)
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(SqliteSynchronous::Normal)
        .foreign_keys(true)
        .busy_timeout(Duration::from_secs(10))
        // 64 MiB page cache per connection; the seeder raises its own.
        .pragma("cache_size", "-65536")
        .pragma("temp_store", "memory")
        // Keep the WAL file from staying at its high-water mark after big writes.
        .pragma("journal_size_limit", "67108864");
    let pool = SqlitePoolOptions::new()
        .max_connections(4)
        .min_connections(1)
        .connect_with(options)
        .await
        .map_err(|e| format!("cannot open database {}: {e}", path.display()))?;
    // SQLite migrations take no lock: a second process starting on a fresh file at the same time
    // can fail with "already exists" and then finds the migration applied when it looks again.
    let mut attempt = 0;
    loop {
        match MIGRATOR.run(&pool).await {
            Ok(()) => return Ok(pool),
            Err(e) if attempt >= 3 => return Err(format!("database migration failed: {e}")),
            Err(e) => {
                attempt += 1;
                tracing::warn!(%e, attempt, "migration failed; retrying");
                tokio::time::sleep(Duration::from_millis(100 * attempt)).await;
            }
        }
    }
}
