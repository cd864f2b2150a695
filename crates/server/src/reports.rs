//! Counterfeit / IP-infringement reports: evidence checks and re-encoding, storage on disk and
//! in SQLite, idempotency.
//!
//! Evidence files are judged by their magic bytes (never by the client's content type or name),
//! decoded with size limits, turned upright by their EXIF orientation, and re-encoded in the same
//! format without any metadata (EXIF, GPS, XMP, ICC, comments), then written to
//! `<db dir>/uploads/reports/<report id>/<n>.<ext>`. Nothing is served back to the public.

use sha2::{Digest, Sha256};
use sqlx::SqlitePool;
use std::io::Cursor;
use std::path::{Path, PathBuf};
use storefront_api::reports::*;
use storefront_api::{FieldError, OperatorReport, ReportCreated, ReportReason, ReportStatus};

/// The three accepted formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Jpeg,
    Png,
    Webp,
}

impl Kind {
    /// By content: JPEG `FF D8 FF`, PNG's 8-byte signature, WebP `RIFF….WEBP`.
    pub fn sniff(b: &[u8]) -> Option<Kind> {
        if b.starts_with(&[0xFF, 0xD8, 0xFF]) {
            Some(Kind::Jpeg)
        } else if b.starts_with(b"\x89PNG\r\n\x1a\n") {
            Some(Kind::Png)
        } else if b.len() >= 12 && &b[0..4] == b"RIFF" && &b[8..12] == b"WEBP" {
            Some(Kind::Webp)
        } else {
            None
        }
    }

    pub fn content_type(self) -> &'static str {
        match self {
            Kind::Jpeg => "image/jpeg",
            Kind::Png => "image/png",
            Kind::Webp => "image/webp",
        }
    }

    pub fn ext(self) -> &'static str {
        match self {
            Kind::Jpeg => "jpg",
            Kind::Png => "png",
            Kind::Webp => "webp",
        }
    }

    fn format(self) -> image::ImageFormat {
        match self {
            Kind::Jpeg => image::ImageFormat::Jpeg,
            Kind::Png => image::ImageFormat::Png,
            Kind::Webp => image::ImageFormat::WebP,
        }
    }
}

/// A re-encoded evidence image, ready to store.
#[derive(Debug)]
pub struct Clean {
    pub kind: Kind,
    pub data: Vec<u8>,
    pub width: u32,
    pub height: u32,
}

/// Why a file is refused: one of the `REPORT_ERR_*` codes.
pub type Refusal = &'static str;

/// Decoding budget: no side over the contract's limit, at most 128 MiB of pixels.
fn limits() -> image::Limits {
    let mut l = image::Limits::default();
    l.max_image_width = Some(REPORT_MAX_EVIDENCE_PIXELS_SIDE);
    l.max_image_height = Some(REPORT_MAX_EVIDENCE_PIXELS_SIDE);
    l.max_alloc = Some(128 * 1024 * 1024);
    l
}

/// Checks, decodes and re-encodes one uploaded file (CPU-bound: call off the async runtime).
pub fn clean_image(raw: &[u8]) -> Result<Clean, Refusal> {
    clean_image_max(raw, REPORT_MAX_EVIDENCE_BYTES)
}

/// [`clean_image`] with another size limit in bytes (dispute evidence allows 10 MiB).
pub fn clean_image_max(raw: &[u8], max_bytes: usize) -> Result<Clean, Refusal> {
    if raw.len() > max_bytes {
        return Err(REPORT_ERR_TOO_LARGE);
    }
    let kind = Kind::sniff(raw).ok_or(REPORT_ERR_UNSUPPORTED_TYPE)?;
    let refuse = |e: image::ImageError| match e {
        image::ImageError::Limits(_) => REPORT_ERR_TOO_LARGE,
        _ => REPORT_ERR_UNDECODABLE,
    };
    let mut reader = image::ImageReader::with_format(Cursor::new(raw), kind.format());
    reader.limits(limits());
    let mut decoder = reader.into_decoder().map_err(refuse)?;
    use image::ImageDecoder;
    let orientation = decoder
        .orientation()
        .unwrap_or(image::metadata::Orientation::NoTransforms);
    let mut img = image::DynamicImage::from_decoder(decoder).map_err(refuse)?;
    img.apply_orientation(orientation);
    let mut out = Vec::with_capacity(raw.len());
    let written = match kind {
        Kind::Jpeg => {
            let enc = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 88);
            match img.color().channel_count() {
                1 | 2 => image::DynamicImage::ImageLuma8(img.to_luma8()).write_with_encoder(enc),
                _ => image::DynamicImage::ImageRgb8(img.to_rgb8()).write_with_encoder(enc),
            }
        }
        Kind::Png => img.write_with_encoder(image::codecs::png::PngEncoder::new(&mut out)),
        Kind::Webp => {
            let enc = image::codecs::webp::WebPEncoder::new_lossless(&mut out);
            if img.color().has_alpha() {
                image::DynamicImage::ImageRgba8(img.to_rgba8()).write_with_encoder(enc)
            } else {
                image::DynamicImage::ImageRgb8(img.to_rgb8()).write_with_encoder(enc)
            }
        }
    };
    written.map_err(|_| REPORT_ERR_UNDECODABLE)?;
    Ok(Clean {
        kind,
        data: out,
        width: img.width(),
        height: img.height(),
    })
}

/// The form as received (text untrimmed, files as uploaded).
#[derive(Debug, Default)]
pub struct Submission {
    pub reason: Option<String>,
    pub details: Option<String>,
    pub contact_email: Option<String>,
    pub evidence: Vec<Vec<u8>>,
}

impl Submission {
    /// What makes two requests "the same body" for idempotency: product and every field.
    pub fn fingerprint(&self, product_id: i64) -> String {
        let mut h = Sha256::new();
        h.update(product_id.to_le_bytes());
        for text in [&self.reason, &self.details, &self.contact_email] {
            match text {
                Some(t) => {
                    h.update([1]);
                    h.update((t.len() as u64).to_le_bytes());
                    h.update(t.as_bytes());
                }
                None => h.update([0]),
            }
        }
        for f in &self.evidence {
            h.update((f.len() as u64).to_le_bytes());
            h.update(f);
        }
        h.finalize()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect::<String>()
    }
}

/// What a stored idempotency key answers.
pub enum Replay {
    Same(ReportCreated),
    Different,
}

pub async fn find_by_key(
    pool: &SqlitePool,
    key: &str,
    fingerprint: &str,
) -> Result<Option<Replay>, sqlx::Error> {
    let row: Option<(i64, String, String, String)> = sqlx::query_as(
        "SELECT id, status, created_at, request_hash FROM reports WHERE idempotency_key = ?",
    )
    .bind(key)
    .fetch_optional(pool)
    .await?;
    Ok(row.map(|(id, status, created_at, hash)| {
        if hash == fingerprint {
            Replay::Same(ReportCreated {
                id,
                status: parse_status(&status),
                created_at,
            })
        } else {
            Replay::Different
        }
    }))
}

fn parse_status(s: &str) -> ReportStatus {
    serde_json::from_value(serde_json::Value::String(s.to_string()))
        .unwrap_or(ReportStatus::Unknown)
}

#[derive(serde::Serialize, serde::Deserialize)]
struct EvidenceRow {
    file: String,
    content_type: String,
    bytes: u64,
    width: u32,
    height: u32,
}

/// Where a report's files live.
pub fn report_dir(uploads: &Path, id: i64) -> PathBuf {
    uploads.join("reports").join(id.to_string())
}

pub enum Stored {
    Created(ReportCreated),
    /// Another request with the same key committed first.
    KeyTaken,
}

/// Inserts the report and writes its files in one transaction: either both exist or neither.
/// A validated report with its cleaned files.
pub struct NewReport<'a> {
    pub product_id: i64,
    pub reason: ReportReason,
    pub details: &'a str,
    pub contact_email: Option<&'a str>,
    pub files: &'a [Clean],
    pub key: &'a str,
    pub fingerprint: &'a str,
}

pub async fn store(pool: &SqlitePool, uploads: &Path, r: NewReport<'_>) -> Result<Stored, String> {
    let NewReport {
        product_id,
        reason,
        details,
        contact_email,
        files,
        key,
        fingerprint,
    } = r;
    let created_at = now_rfc3339();
    let evidence: Vec<EvidenceRow> = files
        .iter()
        .enumerate()
        .map(|(n, f)| EvidenceRow {
            file: format!("{n}.{}", f.kind.ext()),
            content_type: f.kind.content_type().to_string(),
            bytes: f.data.len() as u64,
            width: f.width,
            height: f.height,
        })
        .collect();
    let evidence_json = serde_json::to_string(&evidence).map_err(|e| e.to_string())?;
    let mut tx = pool.begin().await.map_err(|e| e.to_string())?;
    let inserted = sqlx::query_scalar::<_, i64>(
        "INSERT INTO reports (product_id, reason, details, contact_email, evidence, status, \
         created_at, idempotency_key, request_hash) VALUES (?, ?, ?, ?, ?, 'received', ?, ?, ?) \
         ON CONFLICT (idempotency_key) DO NOTHING RETURNING id",
    )
    .bind(product_id)
    .bind(reason.as_str())
    .bind(details)
    .bind(contact_email)
    .bind(&evidence_json)
    .bind(&created_at)
    .bind(key)
    .bind(fingerprint)
    .fetch_optional(&mut *tx)
    .await
    .map_err(|e| format!("insert report: {e}"))?;
    let Some(id) = inserted else {
        return Ok(Stored::KeyTaken);
    };
    let dir = report_dir(uploads, id);
    if !files.is_empty() {
        let written = write_files(&dir, &evidence, files).await;
        if let Err(e) = written {
            let _ = tokio::fs::remove_dir_all(&dir).await;
            return Err(format!("write evidence to {}: {e}", dir.display()));
        }
    }
    if let Err(e) = tx.commit().await {
        let _ = tokio::fs::remove_dir_all(&dir).await;
        return Err(format!("commit report: {e}"));
    }
    Ok(Stored::Created(ReportCreated {
        id,
        status: ReportStatus::Received,
        created_at,
    }))
}

async fn write_files(dir: &Path, rows: &[EvidenceRow], files: &[Clean]) -> std::io::Result<()> {
    // An id may be reused after a rolled-back attempt: start from an empty directory.
    match tokio::fs::remove_dir_all(dir).await {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(e),
    }
    tokio::fs::create_dir_all(dir).await?;
    for (row, f) in rows.iter().zip(files) {
        tokio::fs::write(dir.join(&row.file), &f.data).await?;
    }
    Ok(())
}

/// Newest first, at most `limit`, optionally for one product (operator API).
pub async fn list(
    pool: &SqlitePool,
    product_id: Option<i64>,
    limit: i64,
) -> Result<Vec<OperatorReport>, String> {
    type Row = (
        i64,
        i64,
        String,
        String,
        Option<String>,
        String,
        String,
        String,
    );
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT id, product_id, reason, details, contact_email, evidence, status, created_at \
         FROM reports WHERE (?1 IS NULL OR product_id = ?1) ORDER BY id DESC LIMIT ?2",
    )
    .bind(product_id)
    .bind(limit)
    .fetch_all(pool)
    .await
    .map_err(|e| e.to_string())?;
    let mut out = Vec::with_capacity(rows.len());
    for (id, product_id, reason, details, contact_email, evidence, status, created_at) in rows {
        let evidence: Vec<EvidenceRow> = serde_json::from_str(&evidence)
            .map_err(|e| format!("report {id}: stored evidence: {e}"))?;
        out.push(OperatorReport {
            id,
            product_id,
            reason: ReportReason::parse(&reason).unwrap_or(ReportReason::Other),
            details,
            contact_email,
            evidence: evidence
                .into_iter()
                .map(|e| StoredEvidence {
                    content_type: e.content_type,
                    bytes: e.bytes,
                    width: e.width,
                    height: e.height,
                })
                .collect(),
            status: parse_status(&status),
            created_at,
        });
    }
    Ok(out)
}

/// `YYYY-MM-DDTHH:MM:SSZ` from the system clock.
pub fn now_rfc3339() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    let (y, m, d) = crate::seed::gen::civil_from_days(secs.div_euclid(86_400));
    let t = secs.rem_euclid(86_400);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        t / 3600,
        t / 60 % 60,
        t % 60
    )
}

/// Field errors for the files, `evidence[n]`; `too_many` on `evidence` past the limit.
pub fn file_error(n: usize, code: &str) -> FieldError {
    FieldError {
        field: format!("{FIELD_EVIDENCE}[{n}]"),
        code: code.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png(w: u32, h: u32) -> Vec<u8> {
        let img = image::RgbImage::from_pixel(w, h, image::Rgb([200, 10, 10]));
        let mut out = Vec::new();
        image::DynamicImage::ImageRgb8(img)
            .write_with_encoder(image::codecs::png::PngEncoder::new(&mut out))
            .unwrap();
        out
    }

    #[test]
    fn sniffs_by_content() {
        assert_eq!(Kind::sniff(&png(2, 2)), Some(Kind::Png));
        assert_eq!(Kind::sniff(b"\xFF\xD8\xFF\xE0rest"), Some(Kind::Jpeg));
        assert_eq!(Kind::sniff(b"RIFF\0\0\0\0WEBPVP8L"), Some(Kind::Webp));
        assert_eq!(Kind::sniff(b"MZ\x90\0"), None);
        assert_eq!(Kind::sniff(b"hello"), None);
    }

    #[test]
    fn re_encodes_and_refuses() {
        let c = clean_image(&png(3, 2)).unwrap();
        assert_eq!((c.kind, c.width, c.height), (Kind::Png, 3, 2));
        assert_eq!(clean_image(b"MZ\x90\0").unwrap_err(), "unsupported_type");
        assert_eq!(
            clean_image(b"\xFF\xD8\xFF\xE0garbage").unwrap_err(),
            "undecodable"
        );
        let big = png(REPORT_MAX_EVIDENCE_PIXELS_SIDE + 1, 1);
        assert_eq!(clean_image(&big).unwrap_err(), "too_large");
    }

    #[test]
    fn fingerprint_covers_every_field() {
        let a = Submission {
            reason: Some("counterfeit".into()),
            details: Some("d".into()),
            contact_email: None,
            evidence: vec![vec![1, 2]],
        };
        let mut b = Submission {
            reason: Some("counterfeit".into()),
            details: Some("d".into()),
            contact_email: None,
            evidence: vec![vec![1, 2]],
        };
        assert_eq!(a.fingerprint(1), b.fingerprint(1));
        assert_ne!(a.fingerprint(1), a.fingerprint(2));
        b.evidence[0].push(3);
        assert_ne!(a.fingerprint(1), b.fingerprint(1));
        b.evidence[0].pop();
        b.contact_email = Some(String::new());
        assert_ne!(a.fingerprint(1), b.fingerprint(1));
    }

    #[test]
    fn timestamps() {
        let t = now_rfc3339();
        assert_eq!(t.len(), 20);
        assert!(t.ends_with('Z') && t.as_bytes()[10] == b'T');
    }
}
