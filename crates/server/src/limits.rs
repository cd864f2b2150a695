//! Bounds on expensive work: password hashing and image decoding run under small semaphores
//! (excess requests wait briefly, then get `503 server_busy` with `Retry-After`); anonymous
//! reports are rate-limited per client address; uploaded files are staged in a temporary
//! directory before the database transaction and moved into place after it commits.

use crate::error::{ApiError, ApiResult};
use crate::AppState;
use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;
use axum::http::HeaderMap;
use std::collections::HashMap;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};
use storefront_api::{ErrorCode, Problem};
use tokio::sync::{Semaphore, SemaphorePermit};

/// How long a request waits for a hashing or decoding slot before `503`.
pub const HASH_WAIT: Duration = Duration::from_secs(3);
pub const DECODE_WAIT: Duration = Duration::from_secs(2);
/// `Retry-After` of a `503 server_busy`.
pub const BUSY_RETRY_SECS: u64 = 2;
/// Anonymous reports one client address may send per [`REPORT_WINDOW`].
pub const REPORTS_PER_CLIENT: usize = 5;
pub const REPORT_WINDOW: Duration = Duration::from_secs(10 * 60);
/// Images decoded at once, server-wide (each may hold up to the pixel budget in memory).
pub const DECODE_PERMITS: usize = 2;

#[derive(Debug)]
pub struct Limits {
    /// Argon2 hashes and verifications at once: one per core.
    pub hash: Semaphore,
    pub decode: Semaphore,
    /// Password verifications made since start (tests and the benchmark read it).
    pub password_checks: AtomicU64,
    /// Argon2 working memory, reused (at most one buffer per hashing slot is ever taken): the
    /// allocator otherwise keeps each freed 19 MiB block resident.
    pub argon2_memory: Mutex<Vec<Vec<argon2::Block>>>,
    reports: Mutex<HashMap<IpAddr, Vec<Instant>>>,
}

impl Default for Limits {
    fn default() -> Self {
        let cores = std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(2);
        Limits {
            hash: Semaphore::new(cores.max(1)),
            decode: Semaphore::new(DECODE_PERMITS),
            password_checks: AtomicU64::new(0),
            argon2_memory: Mutex::new(Vec::new()),
            reports: Mutex::new(HashMap::new()),
        }
    }
}

/// `503 server_busy` with `Retry-After`.
pub fn busy() -> ApiError {
    let mut p = Problem::new(
        ErrorCode::ServerBusy,
        "The server is busy; try again in a moment",
    );
    p.ext.retry_after_seconds = Some(BUSY_RETRY_SECS);
    ApiError(p)
}

async fn permit(sem: &Semaphore, wait: Duration) -> ApiResult<SemaphorePermit<'_>> {
    match tokio::time::timeout(wait, sem.acquire()).await {
        Ok(Ok(p)) => Ok(p),
        Ok(Err(_)) => Err(ApiError::internal("semaphore closed")),
        Err(_) => Err(busy()),
    }
}

impl Limits {
    pub async fn hash_permit(&self) -> ApiResult<SemaphorePermit<'_>> {
        permit(&self.hash, HASH_WAIT).await
    }

    pub async fn decode_permit(&self) -> ApiResult<SemaphorePermit<'_>> {
        permit(&self.decode, DECODE_WAIT).await
    }

    pub fn count_password_check(&self) {
        self.password_checks.fetch_add(1, Ordering::Relaxed);
    }

    /// Takes one anonymous-report slot of `client`; `429 rate_limited` when none is left.
    pub fn take_report_slot(&self, client: IpAddr) -> ApiResult<()> {
        let now = Instant::now();
        let mut map = self
            .reports
            .lock()
            .map_err(|_| ApiError::internal("report limiter poisoned"))?;
        if map.len() > 10_000 {
            map.retain(|_, v| v.iter().any(|t| now.duration_since(*t) < REPORT_WINDOW));
        }
        let times = map.entry(client).or_default();
        times.retain(|t| now.duration_since(*t) < REPORT_WINDOW);
        if times.len() >= REPORTS_PER_CLIENT {
            let oldest = times.iter().min().copied().unwrap_or(now);
            let wait = REPORT_WINDOW.saturating_sub(now.duration_since(oldest));
            let mut p = Problem::new(
                ErrorCode::RateLimited,
                "Too many reports from this connection; try again later",
            );
            p.ext.retry_after_seconds = Some(wait.as_secs().max(1));
            return Err(ApiError(p));
        }
        times.push(now);
        Ok(())
    }
}

/// The client's address: the TCP peer, or behind a TLS proxy (`--behind-tls-proxy`) the last
/// `X-Forwarded-For` entry (the one the proxy appended).
#[derive(Debug, Clone, Copy)]
pub struct ClientAddr(pub IpAddr);

pub fn client_addr(
    parts_ext: Option<&ConnectInfo<SocketAddr>>,
    headers: &HeaderMap,
    proxy: bool,
) -> IpAddr {
    if proxy {
        let forwarded = headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .filter_map(|a| a.trim().parse::<IpAddr>().ok())
            .next_back();
        if let Some(ip) = forwarded {
            return ip;
        }
    }
    parts_ext
        .map(|c| c.0.ip())
        .unwrap_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED))
}

impl FromRequestParts<AppState> for ClientAddr {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, s: &AppState) -> Result<Self, Self::Rejection> {
        let info = parts.extensions.get::<ConnectInfo<SocketAddr>>();
        Ok(ClientAddr(client_addr(
            info,
            &parts.headers,
            s.behind_tls_proxy,
        )))
    }
}

/// Cleaned photos as they are stored (`<n>.<ext>`, type, size, dimensions), written to a
/// staging directory (none without photos): no file I/O under the database's write lock.
pub async fn stage_photos(
    uploads: &Path,
    files: &[crate::reports::Clean],
) -> std::io::Result<(Vec<crate::store::PhotoRow>, Option<Staged>)> {
    let rows: Vec<crate::store::PhotoRow> = files
        .iter()
        .enumerate()
        .map(|(n, f)| crate::store::PhotoRow {
            file: format!("{n}.{}", f.kind.ext()),
            content_type: f.kind.content_type().to_string(),
            bytes: f.data.len() as u64,
            width: f.width,
            height: f.height,
        })
        .collect();
    if files.is_empty() {
        return Ok((rows, None));
    }
    let named: Vec<(String, &[u8])> = rows
        .iter()
        .zip(files)
        .map(|(row, f)| (row.file.clone(), f.data.as_slice()))
        .collect();
    let staged = Staged::write(uploads, &named).await?;
    Ok((rows, Some(staged)))
}

/// Files written to `<uploads>/tmp/<random>/` before a transaction; [`Staged::publish`] moves
/// the directory to its final place after the commit. Dropped unpublished, it is removed.
#[derive(Debug)]
pub struct Staged {
    dir: Option<PathBuf>,
}

impl Staged {
    /// Writes `(file name, bytes)` pairs into a fresh temporary directory.
    pub async fn write(uploads: &Path, files: &[(String, &[u8])]) -> std::io::Result<Staged> {
        let dir = uploads.join("tmp").join(crate::auth::random_hex(12));
        tokio::fs::create_dir_all(&dir).await?;
        let staged = Staged {
            dir: Some(dir.clone()),
        };
        for (name, data) in files {
            tokio::fs::write(dir.join(name), data).await?;
        }
        Ok(staged)
    }

    /// Moves the staged files to `target` (replacing a leftover directory of that name).
    pub async fn publish(mut self, target: &Path) -> std::io::Result<()> {
        let Some(dir) = self.dir.take() else {
            return Ok(());
        };
        if let Some(parent) = target.parent() {
            tokio::fs::create_dir_all(parent).await?;
        }
        match tokio::fs::remove_dir_all(target).await {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(e),
        }
        let moved = tokio::fs::rename(&dir, target).await;
        if moved.is_err() {
            let _ = tokio::fs::remove_dir_all(&dir).await;
        }
        moved
    }
}

impl Drop for Staged {
    fn drop(&mut self) {
        if let Some(dir) = self.dir.take() {
            let _ = std::fs::remove_dir_all(dir);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reports_per_client_are_limited() {
        let l = Limits::default();
        let a: IpAddr = "10.0.0.1".parse().unwrap();
        let b: IpAddr = "10.0.0.2".parse().unwrap();
        for _ in 0..REPORTS_PER_CLIENT {
            assert!(l.take_report_slot(a).is_ok());
        }
        let refused = l.take_report_slot(a).unwrap_err();
        assert_eq!(refused.0.code, ErrorCode::RateLimited);
        assert!(refused.0.ext.retry_after_seconds.unwrap_or(0) > 0);
        assert!(l.take_report_slot(b).is_ok());
    }

    #[test]
    fn forwarded_address_only_behind_a_proxy() {
        let mut h = HeaderMap::new();
        h.insert("x-forwarded-for", "1.2.3.4, 5.6.7.8".parse().unwrap());
        let peer = ConnectInfo(SocketAddr::from(([127, 0, 0, 1], 9)));
        assert_eq!(client_addr(Some(&peer), &h, true).to_string(), "5.6.7.8");
        assert_eq!(client_addr(Some(&peer), &h, false).to_string(), "127.0.0.1");
    }
}
