//! Counterfeit / IP-infringement reports: evidence checks and re-encoding, storage on disk and
//! in SQLite, idempotency.
//!
//! Evidence files are judged by their magic bytes (never by the client's content type or name),
//! decoded with size limits (at most 24 MP, one or two images at a time server-wide), turned
//! upright by their EXIF orientation, and re-encoded without any metadata (EXIF, GPS, XMP, ICC,
//! comments): JPEG and WebP as JPEG (quality 85), PNG as PNG, refused when the result would be
//! over 4 × the upload (at least 1 MiB, at most 10 MiB). The files are written to a temporary
//! directory before the database transaction and moved to
//! `<db dir>/uploads/reports/<report id>/<n>.<ext>` after it commits. Nothing is served back to
//! the public.

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

/// Decoding budget: no side over the contract's limit, at most [`MAX_UPLOAD_PIXELS`] pixels
/// (checked from the header before decoding) and 100 MiB of decoded buffers.
fn limits() -> image::Limits {
    let mut l = image::Limits::default();
    l.max_image_width = Some(REPORT_MAX_EVIDENCE_PIXELS_SIDE);
    l.max_image_height = Some(REPORT_MAX_EVIDENCE_PIXELS_SIDE);
    l.max_alloc = Some(100 * 1024 * 1024);
    l
}

/// JPEG quality of re-encoded JPEG and WebP uploads.
const JPEG_QUALITY: u8 = 85;

/// A `Write` into memory that fails once more than `cap` bytes were written, so an encoder
/// stops as soon as its output is too large.
struct Capped {
    buf: Vec<u8>,
    cap: usize,
}

impl std::io::Write for Capped {
    fn write(&mut self, data: &[u8]) -> std::io::Result<usize> {
        if self.buf.len() + data.len() > self.cap {
            return Err(std::io::Error::other("encoded image over its cap"));
        }
        self.buf.extend_from_slice(data);
        Ok(data.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Drops the alpha channel of an RGBA buffer in place (no second buffer).
fn rgba_to_rgb_in_place(mut v: Vec<u8>) -> Vec<u8> {
    let n = v.len() / 4;
    for i in 0..n {
        v.copy_within(4 * i..4 * i + 3, 3 * i);
    }
    v.truncate(3 * n);
    v
}

/// JPEG of `img`, converting without extra full-size copies where possible.
fn encode_jpeg(img: image::DynamicImage, out: &mut Capped) -> image::ImageResult<()> {
    use image::{DynamicImage, ExtendedColorType, ImageEncoder};
    let (w, h) = (img.width(), img.height());
    let enc = image::codecs::jpeg::JpegEncoder::new_with_quality(out, JPEG_QUALITY);
    match img {
        DynamicImage::ImageLuma8(i) => enc.write_image(i.as_raw(), w, h, ExtendedColorType::L8),
        DynamicImage::ImageRgb8(i) => enc.write_image(i.as_raw(), w, h, ExtendedColorType::Rgb8),
        DynamicImage::ImageRgba8(i) => {
            let rgb = rgba_to_rgb_in_place(i.into_raw());
            enc.write_image(&rgb, w, h, ExtendedColorType::Rgb8)
        }
        other if other.color().channel_count() <= 2 => {
            let l = other.into_luma8();
            enc.write_image(l.as_raw(), w, h, ExtendedColorType::L8)
        }
        other => {
            let rgb = other.into_rgb8();
            enc.write_image(rgb.as_raw(), w, h, ExtendedColorType::Rgb8)
        }
    }
}

/// Checks, decodes and re-encodes one uploaded file (CPU-bound: call off the async runtime,
/// under the decoding semaphore).
pub fn clean_image(raw: &[u8]) -> Result<Clean, Refusal> {
    clean_image_max(raw, REPORT_MAX_EVIDENCE_BYTES)
}

/// [`clean_image`] with another size limit in bytes (dispute evidence allows 10 MiB).
///
/// JPEG stays JPEG and WebP (lossy or not) becomes JPEG, both at quality 85; PNG stays PNG.
/// Images over [`MAX_UPLOAD_PIXELS`] and re-encodings over [`max_stored_bytes`] are refused
/// (`too_large`).
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
    let (w, h) = decoder.dimensions();
    if u64::from(w) * u64::from(h) > MAX_UPLOAD_PIXELS {
        return Err(REPORT_ERR_TOO_LARGE);
    }
    let orientation = decoder
        .orientation()
        .unwrap_or(image::metadata::Orientation::NoTransforms);
    let mut img = image::DynamicImage::from_decoder(decoder).map_err(refuse)?;
    img.apply_orientation(orientation);
    let (width, height) = (img.width(), img.height());
    let mut out = Capped {
        buf: Vec::new(),
        cap: max_stored_bytes(raw.len()),
    };
    let (stored, written) = match kind {
        Kind::Jpeg | Kind::Webp => (Kind::Jpeg, encode_jpeg(img, &mut out)),
        Kind::Png => (
            Kind::Png,
            img.write_with_encoder(image::codecs::png::PngEncoder::new(&mut out)),
        ),
    };
    match written {
        Ok(()) => {}
        Err(image::ImageError::IoError(_)) => return Err(REPORT_ERR_TOO_LARGE),
        Err(_) => return Err(REPORT_ERR_UNDECODABLE),
    }
    Ok(Clean {
        kind: stored,
        data: out.buf,
        width,
        height,
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
    let row = crate::store::reports::by_key(pool, key).await?;
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

type EvidenceRow = crate::store::PhotoRow;

/// Where a report's files live.
pub fn report_dir(uploads: &Path, id: i64) -> PathBuf {
    uploads.join("reports").join(id.to_string())
}

pub enum Stored {
    Created(ReportCreated),
    /// Another request with the same key committed first.
    KeyTaken,
}

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
    // No file I/O under the database's write lock: write first, move into place after commit.
    let (evidence, staged) = crate::limits::stage_photos(uploads, files)
        .await
        .map_err(|e| format!("stage evidence: {e}"))?;
    let evidence_json = serde_json::to_string(&evidence).map_err(|e| e.to_string())?;
    let mut tx = pool
        .begin_with("BEGIN IMMEDIATE")
        .await
        .map_err(|e| e.to_string())?;
    let row = crate::store::reports::NewReport {
        product_id,
        reason: reason.as_str(),
        details,
        contact_email,
        evidence: &evidence_json,
        created_at: &created_at,
        idempotency_key: key,
        request_hash: fingerprint,
    };
    let inserted = crate::store::reports::insert(&mut tx, &row)
        .await
        .map_err(|e| format!("insert report: {e}"))?;
    let Some(id) = inserted else {
        return Ok(Stored::KeyTaken);
    };
    tx.commit()
        .await
        .map_err(|e| format!("commit report: {e}"))?;
    if let Some(staged) = staged {
        let dir = report_dir(uploads, id);
        if let Err(e) = staged.publish(&dir).await {
            // Keep "the report exists" and "its files exist" together: take the row back.
            let _ = crate::store::reports::delete(pool, id).await;
            return Err(format!("move evidence to {}: {e}", dir.display()));
        }
    }
    Ok(Stored::Created(ReportCreated {
        id,
        status: ReportStatus::Received,
        created_at,
    }))
}

/// Newest first, at most `limit`, optionally for one product (operator API).
pub async fn list(
    pool: &SqlitePool,
    product_id: Option<i64>,
    limit: i64,
) -> Result<Vec<OperatorReport>, String> {
    let rows = crate::store::reports::list(pool, product_id, limit)
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
    crate::time::rfc3339(crate::time::system_unix())
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
