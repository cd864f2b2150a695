//! The built app (`dist/`) held in memory, precompressed (brotli 11, gzip 9) at start, served
//! with strong ETags, long caching for hashed names and an SPA fallback to `index.html`.

use axum::body::Body;
use axum::body::Bytes;
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::io::Write;
use std::path::Path;
use std::time::{Duration, Instant};

pub struct Asset {
    pub content_type: &'static str,
    pub cache_control: &'static str,
    pub identity: Bytes,
    pub br: Option<Bytes>,
    pub gzip: Option<Bytes>,
    /// Hash of the original bytes; each encoding gets its own strong ETag from it.
    pub tag: String,
}

#[derive(Default)]
pub struct StaticFiles {
    pub files: HashMap<String, Asset>,
    /// Whether a dist directory with an index.html was found.
    pub built: bool,
    pub compress_time: Duration,
}

/// The widget build's page, served for every `/embed/…` route.
const EMBED_INDEX: &str = "/embed/index.html";

const IMMUTABLE: &str = "public, max-age=31536000, immutable";
const NO_CACHE: &str = "no-cache";

pub fn content_type(path: &str) -> &'static str {
    let ext = path
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "html" | "htm" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript",
        "css" => "text/css",
        "wasm" => "application/wasm",
        "json" | "map" => "application/json",
        "webmanifest" => "application/manifest+json",
        "ftl" | "txt" => "text/plain; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "jpg" | "jpeg" => "image/jpeg",
        "webp" => "image/webp",
        "woff2" => "font/woff2",
        "xml" => "application/xml",
        _ => "application/octet-stream",
    }
}

fn compressible(content_type: &str) -> bool {
    content_type.starts_with("text/")
        || matches!(
            content_type,
            "application/wasm"
                | "application/json"
                | "application/manifest+json"
                | "image/svg+xml"
                | "application/xml"
        )
}

/// A file name with a 16-hex-digit segment (trunk's content hash) never changes content.
pub fn is_hashed(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    name.split(['-', '_', '.'])
        .any(|seg| seg.len() == 16 && seg.bytes().all(|b| b.is_ascii_hexdigit()))
}

fn brotli(data: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(data.len() / 3);
    {
        // A window no larger than the input: brotli 11 sets up the whole window for every file,
        // which made the hundreds of small wasm chunks cost seconds at each start.
        let lgwin = (usize::BITS - data.len().leading_zeros()).clamp(10, 22);
        let mut w = brotli::CompressorWriter::new(&mut out, 64 * 1024, 11, lgwin);
        w.write_all(data).ok()?;
        w.flush().ok()?;
    }
    Some(out)
}

fn gzip(data: &[u8]) -> Option<Vec<u8>> {
    let mut w = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    w.write_all(data).ok()?;
    w.finish().ok()
}

fn unbrotli(data: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    brotli::BrotliDecompress(&mut &data[..], &mut out).ok()?;
    Some(out)
}

fn ungzip(data: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(data), &mut out).ok()?;
    Some(out)
}

/// Files at least this big keep their compressed forms in a cache across starts (brotli 11 of
/// a wasm file takes seconds, several times more in unoptimised builds; the many small chunks
/// add up to as much, and every browser test starts a server).
const CACHE_MIN: usize = 1024;

/// Compresses through an on-disk cache keyed by the content hash. A cached file is used only if
/// it decodes to exactly the original bytes, so a stale or tampered entry is just recomputed.
fn compress_cached(
    data: &[u8],
    key: &str,
    ext: &str,
    compress: fn(&[u8]) -> Option<Vec<u8>>,
    decode: fn(&[u8]) -> Option<Vec<u8>>,
) -> Option<Vec<u8>> {
    let dir = std::env::temp_dir().join("storefront-precompressed");
    let path = dir.join(format!("{key}.{ext}"));
    if data.len() >= CACHE_MIN {
        if let Ok(cached) = std::fs::read(&path) {
            if decode(&cached).as_deref() == Some(data) {
                return Some(cached);
            }
        }
    }
    let out = compress(data)?;
    if data.len() >= CACHE_MIN && std::fs::create_dir_all(&dir).is_ok() {
        let tmp = dir.join(format!("{key}.{ext}.{}.tmp", std::process::id()));
        if std::fs::write(&tmp, &out).is_ok() && std::fs::rename(&tmp, &path).is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
    }
    Some(out)
}

fn walk(root: &Path, dir: &Path, out: &mut Vec<(String, Vec<u8>)>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let path = entry.path();
        if entry.file_type()?.is_dir() {
            walk(root, &path, out)?;
        } else if let Ok(rel) = path.strip_prefix(root) {
            let key: Vec<String> = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            out.push((format!("/{}", key.join("/")), std::fs::read(&path)?));
        }
    }
    Ok(())
}

fn make_asset(path: &str, data: Vec<u8>) -> Asset {
    let content_type = content_type(path);
    let digest = Sha256::digest(&data);
    let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
    let (br, gzip) = if compressible(content_type) && data.len() > 256 {
        let smaller = |v: Option<Vec<u8>>| v.filter(|c| c.len() < data.len()).map(Bytes::from);
        (
            smaller(compress_cached(&data, &hex, "br11", brotli, unbrotli)),
            smaller(compress_cached(&data, &hex, "gz9", gzip, ungzip)),
        )
    } else {
        (None, None)
    };
    let tag = hex[..24].to_string();
    Asset {
        content_type,
        cache_control: if is_hashed(path) { IMMUTABLE } else { NO_CACHE },
        identity: Bytes::from(data),
        br,
        gzip,
        tag,
    }
}

impl StaticFiles {
    /// Loads and compresses every file under `dir` on all cores. A missing directory is not an
    /// error: the API still works and `/` says the app is not built.
    pub fn load(dir: &Path) -> std::io::Result<StaticFiles> {
        if !dir.is_dir() {
            return Ok(StaticFiles::default());
        }
        let started = Instant::now();
        let mut raw = Vec::new();
        walk(dir, dir, &mut raw)?;
        // Largest first so the big wasm starts compressing at once.
        raw.sort_by_key(|(_, d)| std::cmp::Reverse(d.len()));
        let threads = std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(2)
            .max(1);
        let queue = std::sync::Mutex::new(raw);
        let done = std::sync::Mutex::new(HashMap::new());
        std::thread::scope(|s| {
            for _ in 0..threads {
                s.spawn(|| loop {
                    let next = queue.lock().ok().and_then(|mut q| {
                        if q.is_empty() {
                            None
                        } else {
                            Some(q.remove(0))
                        }
                    });
                    let Some((path, data)) = next else { break };
                    let asset = make_asset(&path, data);
                    if let Ok(mut d) = done.lock() {
                        d.insert(path, asset);
                    }
                });
            }
        });
        let files = done.into_inner().unwrap_or_default();
        Ok(StaticFiles {
            built: files.contains_key("/index.html"),
            files,
            compress_time: started.elapsed(),
        })
    }

    pub fn index_html(&self) -> Option<&str> {
        self.files
            .get("/index.html")
            .and_then(|a| std::str::from_utf8(&a.identity).ok())
    }

    /// The widget build's page (`dist/embed/index.html`), if it was built.
    pub fn embed_html(&self) -> Option<&str> {
        self.files
            .get(EMBED_INDEX)
            .and_then(|a| std::str::from_utf8(&a.identity).ok())
    }

    pub fn total_bytes(&self) -> (usize, usize) {
        self.files.values().fold((0, 0), |(raw, br), a| {
            (
                raw + a.identity.len(),
                br + a.br.as_ref().map(|b| b.len()).unwrap_or(a.identity.len()),
            )
        })
    }

    pub fn serve(&self, method: &Method, path: &str, headers: &HeaderMap) -> Response {
        if method != Method::GET && method != Method::HEAD {
            let mut res = (StatusCode::METHOD_NOT_ALLOWED, "method not allowed\n").into_response();
            res.headers_mut()
                .insert(header::ALLOW, HeaderValue::from_static("GET, HEAD"));
            return res;
        }
        let key = if path.ends_with('/') {
            format!("{path}index.html")
        } else {
            path.to_string()
        };
        if let Some(asset) = self.files.get(&key) {
            return respond(asset, headers);
        }
        // A missing file is a 404; a missing extensionless path is an app route.
        if path.rsplit('/').next().unwrap_or("").contains('.') {
            return (
                StatusCode::NOT_FOUND,
                [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
                "not found\n",
            )
                .into_response();
        }
        // The partner widgets are a build of their own (dist/embed/, embed.html).
        let app = match crate::security::is_embed(path) && self.files.contains_key(EMBED_INDEX) {
            true => EMBED_INDEX,
            false => "/index.html",
        };
        match self.files.get(app) {
            Some(index) => respond(index, headers),
            None => not_built(),
        }
    }
}

fn not_built() -> Response {
    let body = "<!doctype html><meta charset=utf-8><title>Storefront</title>\
        <p>The Storefront app is not built yet: run the build so that <code>dist/</code> exists. \
        The API is available under <a href=\"/api/v1/health\">/api/v1/</a>.</p>\n";
    let mut res = (StatusCode::OK, body).into_response();
    res.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static(NO_CACHE));
    res
}

/// Encodings the client accepts (q > 0), from `accept-encoding`.
pub(crate) fn accepts(headers: &HeaderMap, coding: &str) -> bool {
    let Some(value) = headers
        .get(header::ACCEPT_ENCODING)
        .and_then(|v| v.to_str().ok())
    else {
        return false;
    };
    value.split(',').any(|item| {
        let mut parts = item.split(';');
        let name = parts.next().unwrap_or("").trim();
        let q = parts
            .find_map(|p| {
                p.trim()
                    .strip_prefix("q=")
                    .map(|q| q.trim().parse::<f32>().unwrap_or(0.0))
            })
            .unwrap_or(1.0);
        (name.eq_ignore_ascii_case(coding) || name == "*") && q > 0.0
    })
}

fn respond(asset: &Asset, headers: &HeaderMap) -> Response {
    let (body, encoding, etag) = match (&asset.br, &asset.gzip) {
        (Some(br), _) if accepts(headers, "br") => {
            (br.clone(), Some("br"), format!("\"{}-br\"", asset.tag))
        }
        (_, Some(gz)) if accepts(headers, "gzip") => {
            (gz.clone(), Some("gzip"), format!("\"{}-gz\"", asset.tag))
        }
        _ => (asset.identity.clone(), None, format!("\"{}\"", asset.tag)),
    };
    let varies = asset.br.is_some() || asset.gzip.is_some();
    let not_modified = headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .map(|v| {
            v.split(',')
                .map(|t| t.trim().trim_start_matches("W/"))
                .any(|t| t == etag || t == "*")
        })
        .unwrap_or(false);
    let mut res = if not_modified {
        (StatusCode::NOT_MODIFIED, Body::empty()).into_response()
    } else {
        (StatusCode::OK, Body::from(body)).into_response()
    };
    let h = res.headers_mut();
    if !not_modified {
        h.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static(asset.content_type),
        );
        if let Some(enc) = encoding {
            h.insert(header::CONTENT_ENCODING, HeaderValue::from_static(enc));
        }
    }
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static(asset.cache_control),
    );
    if let Ok(v) = HeaderValue::from_str(&etag) {
        h.insert(header::ETAG, v);
    }
    if varies {
        h.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
    }
    res
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashed_names() {
        assert!(is_hashed("/storefront-5e4b1bd3cf0d8d41.js"));
        assert!(is_hashed("/storefront-5e4b1bd3cf0d8d41_bg.wasm"));
        assert!(is_hashed("/style-0123456789abcdef.css"));
        // Code splitting (scripts/wasm-split/): the loader and the lazily fetched chunks.
        assert!(is_hashed(
            "/snippets/wasm-split/__wasm_split-442b6ecad2423c1a.js"
        ));
        assert!(is_hashed(
            "/snippets/wasm-split/split_product_page-c0a49832b895def8.wasm"
        ));
        assert!(!is_hashed("/index.html"));
        assert!(!is_hashed("/embed.js"));
        // The service worker is checked for a new build on every navigation: never cached.
        assert!(!is_hashed("/sw.js"));
        assert!(!is_hashed("/locales/en/main.ftl"));
        assert!(!is_hashed("/storefront-3f2a9c1b7d.js"));
    }

    #[tokio::test]
    async fn embed_routes_get_the_widget_build() {
        let page = |body: &str| make_asset("/index.html", body.as_bytes().to_vec());
        async fn get(files: &StaticFiles, path: &str) -> (StatusCode, String) {
            let res = files.serve(&Method::GET, path, &HeaderMap::new());
            let status = res.status();
            let body = axum::body::to_bytes(res.into_body(), 1 << 20)
                .await
                .unwrap_or_default();
            (status, String::from_utf8_lossy(&body).into_owned())
        }
        let mut files = StaticFiles::default();
        files.files.insert("/index.html".into(), page("shop"));
        // Without a widget build, the shop's page as before.
        assert_eq!(get(&files, "/embed/product/1").await.1, "shop");
        files.files.insert(EMBED_INDEX.into(), page("widget"));
        for path in ["/embed/product/1", "/embed/collection", "/embed", "/embed/"] {
            assert_eq!(
                get(&files, path).await,
                (StatusCode::OK, "widget".into()),
                "{path}"
            );
        }
        assert_eq!(get(&files, "/p/1").await.1, "shop");
        assert_eq!(get(&files, "/embedded").await.1, "shop");
        assert_eq!(
            get(&files, "/embed/missing.js").await.0,
            StatusCode::NOT_FOUND
        );
        assert_eq!(files.embed_html(), Some("widget"));
    }

    #[test]
    fn accept_encoding_parsing() {
        let mut h = HeaderMap::new();
        h.insert(
            header::ACCEPT_ENCODING,
            HeaderValue::from_static("gzip, deflate, br;q=0"),
        );
        assert!(!accepts(&h, "br"));
        assert!(accepts(&h, "gzip"));
        h.insert(header::ACCEPT_ENCODING, HeaderValue::from_static("*"));
        assert!(accepts(&h, "br"));
    }

    #[test]
    fn compression_cache_ignores_tampered_entries() {
        let data: Vec<u8> = format!(
            "cache test {} {:?} ",
            std::process::id(),
            std::time::SystemTime::now()
        )
        .repeat(CACHE_MIN / 20)
        .into_bytes();
        let key: String = Sha256::digest(&data)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        let first = compress_cached(&data, &key, "gz9", gzip, ungzip);
        assert_eq!(first.as_deref().and_then(ungzip), Some(data.clone()));
        let path = std::env::temp_dir()
            .join("storefront-precompressed")
            .join(format!("{key}.gz9"));
        assert!(path.exists(), "big outputs are cached");
        let _ = std::fs::write(&path, b"garbage");
        let again = compress_cached(&data, &key, "gz9", gzip, ungzip);
        assert_eq!(again.as_deref().and_then(ungzip), Some(data));
        let _ = std::fs::remove_file(&path);
    }

    #[test]
    fn compression_round_trips() {
        let data = b"hello hello hello hello hello hello hello".repeat(20);
        let br = brotli(&data).unwrap_or_default();
        assert_eq!(unbrotli(&br), Some(data.clone()));
        let gz = gzip(&data).unwrap_or_default();
        assert_eq!(ungzip(&gz), Some(data.clone()));
        assert_eq!(unbrotli(&gz), None);
    }
}
