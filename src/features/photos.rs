//! Photos a buyer attaches (a dispute's evidence, a message's pictures): what the browser refuses before anything is sent
//! (type, size, count), a preview of each photo, large photos downscaled in the browser (a
//! canvas, longest side at most [`MAX_SIDE`] pixels) and each file's share of the one multipart
//! upload's progress. Photos are decoded with `createImageBitmap` and previewed as small
//! `data:` thumbnails: the shop's Content-Security-Policy allows no `blob:` images.

use storefront_api::disputes::{
    DISPUTE_ERR_PAYLOAD_TOO_LARGE, DISPUTE_ERR_UNDECODABLE, DISPUTE_ERR_UNSUPPORTED_MEDIA_TYPE,
    DISPUTE_MAX_PHOTO_BYTES, DISPUTE_PHOTO_TYPES,
};
use web_sys::{Blob, File};

/// Photos with a longer side are downscaled before the upload.
pub const MAX_SIDE: u32 = 2000;

/// Where one photo is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PhotoState {
    /// Being decoded (and downscaled).
    Preparing,
    Ready,
    /// Percent of this file sent.
    Uploading(u8),
    Sent,
    /// A field error code of the server (or `network`): the upload may be retried.
    Failed(String),
}

/// One chosen photo.
#[derive(Debug, Clone)]
pub struct Photo {
    pub id: u32,
    pub name: String,
    /// What is uploaded: the file itself, or its downscaled copy.
    pub blob: Option<Blob>,
    /// A small `data:` URL preview (empty until prepared).
    pub preview: String,
    pub scaled: bool,
    pub state: PhotoState,
}

impl Photo {
    pub fn new(id: u32, file: &File) -> Photo {
        Photo {
            id,
            name: file.name(),
            blob: None,
            preview: String::new(),
            scaled: false,
            state: PhotoState::Preparing,
        }
    }

    /// Bytes to upload (0 until prepared).
    pub fn size(&self) -> f64 {
        self.blob.as_ref().map_or(0.0, Blob::size)
    }
}

/// Why the browser refuses a file before sending it (a `DISPUTE_ERR_*` code), by its declared
/// type and size.
pub fn refusal(size: f64, kind: &str) -> Option<&'static str> {
    if !DISPUTE_PHOTO_TYPES.contains(&kind) {
        Some(DISPUTE_ERR_UNSUPPORTED_MEDIA_TYPE)
    } else if size > DISPUTE_MAX_PHOTO_BYTES as f64 {
        Some(DISPUTE_ERR_PAYLOAD_TOO_LARGE)
    } else {
        None
    }
}

/// Size of the downscaled photo: the longest side becomes [`MAX_SIDE`]; `None` when it fits.
pub fn scaled_size(width: u32, height: u32) -> Option<(u32, u32)> {
    fit(width, height, MAX_SIDE)
}

/// Percent sent of each file, from the upload's `loaded` of `total` bytes. The text fields
/// precede the files in the body; each file part's own header is small, so its bytes are taken
/// to follow the previous file's.
pub fn shares(sizes: &[f64], loaded: f64, total: f64) -> Vec<u8> {
    let files: f64 = sizes.iter().sum();
    let overhead = (total - files).max(0.0);
    let mut start = overhead;
    sizes
        .iter()
        .map(|size| {
            let done = if *size <= 0.0 {
                if loaded >= start {
                    1.0
                } else {
                    0.0
                }
            } else {
                ((loaded - start) / size).clamp(0.0, 1.0)
            };
            start += size;
            (done * 100.0).round() as u8
        })
        .collect()
}

/// Longest side of the preview thumbnail, in pixels.
pub const THUMB_SIDE: u32 = 160;

/// Size of `width`×`height` with its longest side at most `max`; `None` when it fits.
pub fn fit(width: u32, height: u32, max: u32) -> Option<(u32, u32)> {
    let longest = width.max(height);
    if longest <= max || width == 0 || height == 0 {
        return None;
    }
    let scale = |v: u32| ((u64::from(v) * u64::from(max)) / u64::from(longest)).max(1) as u32;
    Some((scale(width), scale(height)))
}

/// A prepared photo: what to upload, whether it was downscaled, and a small preview as a
/// `data:` URL (the shop's Content-Security-Policy allows `data:` images, not `blob:` ones).
pub struct Prepared {
    pub blob: Blob,
    pub scaled: bool,
    pub thumb: String,
}

/// Decodes the photo (`createImageBitmap`, no URL needed), draws its thumbnail and downscales
/// it when its longest side is over [`MAX_SIDE`]; `undecodable` when the browser cannot read it.
pub async fn prepare(file: &File) -> Result<Prepared, &'static str> {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::closure::Closure;
        use wasm_bindgen::{JsCast, JsValue};
        use wasm_bindgen_futures::JsFuture;
        use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, ImageBitmap};

        fn canvas_of(bitmap: &ImageBitmap, w: u32, h: u32) -> Option<HtmlCanvasElement> {
            let canvas: HtmlCanvasElement = web_sys::window()?
                .document()?
                .create_element("canvas")
                .ok()?
                .dyn_into()
                .ok()?;
            canvas.set_width(w);
            canvas.set_height(h);
            let ctx: CanvasRenderingContext2d = canvas.get_context("2d").ok()??.dyn_into().ok()?;
            ctx.draw_image_with_image_bitmap_and_dw_and_dh(bitmap, 0.0, 0.0, w.into(), h.into())
                .ok()?;
            Some(canvas)
        }

        let window = web_sys::window().ok_or(DISPUTE_ERR_UNDECODABLE)?;
        let promise = window
            .create_image_bitmap_with_blob(file)
            .map_err(|_| DISPUTE_ERR_UNDECODABLE)?;
        let bitmap: ImageBitmap = JsFuture::from(promise)
            .await
            .ok()
            .and_then(|b| b.dyn_into().ok())
            .ok_or(DISPUTE_ERR_UNDECODABLE)?;
        let (w, h) = (bitmap.width(), bitmap.height());
        let (tw, th) = fit(w, h, THUMB_SIDE).unwrap_or((w, h));
        let thumb = canvas_of(&bitmap, tw, th)
            .and_then(|c| c.to_data_url_with_type("image/jpeg").ok())
            .unwrap_or_default();
        let original = || Prepared {
            blob: file.clone().into(),
            scaled: false,
            thumb: thumb.clone(),
        };
        let Some((sw, sh)) = scaled_size(w, h) else {
            bitmap.close();
            return Ok(original());
        };
        let canvas = canvas_of(&bitmap, sw, sh);
        bitmap.close();
        let Some(canvas) = canvas else {
            return Ok(original());
        };
        let kind = match file.type_().as_str() {
            "image/png" => "image/png",
            "image/webp" => "image/webp",
            _ => "image/jpeg",
        };
        let made = js_sys::Promise::new(&mut |resolve, _reject| {
            let done = Closure::once_into_js(move |blob: JsValue| {
                let _ = resolve.call1(&JsValue::NULL, &blob);
            });
            // A canvas that cannot encode leaves the promise pending: never, since the
            // callback always runs (with `null` on failure).
            let _ = canvas.to_blob_with_type_and_encoder_options(
                done.unchecked_ref(),
                kind,
                &JsValue::from_f64(0.9),
            );
        });
        match JsFuture::from(made).await.map(|v| v.dyn_into::<Blob>()) {
            Ok(Ok(b)) if b.size() > 0.0 => Ok(Prepared {
                blob: b,
                scaled: true,
                thumb,
            }),
            _ => Ok(original()),
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (file, scaled_size, THUMB_SIDE);
        Err(DISPUTE_ERR_UNDECODABLE)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_by_type_then_size() {
        assert_eq!(refusal(10.0, "image/png"), None);
        assert_eq!(
            refusal(10.0, "text/plain"),
            Some(DISPUTE_ERR_UNSUPPORTED_MEDIA_TYPE)
        );
        assert_eq!(refusal(10.0, ""), Some(DISPUTE_ERR_UNSUPPORTED_MEDIA_TYPE));
        assert_eq!(
            refusal((DISPUTE_MAX_PHOTO_BYTES + 1) as f64, "image/jpeg"),
            Some(DISPUTE_ERR_PAYLOAD_TOO_LARGE)
        );
        assert_eq!(refusal(DISPUTE_MAX_PHOTO_BYTES as f64, "image/webp"), None);
    }

    #[test]
    fn downscales_only_large_photos() {
        assert_eq!(scaled_size(2000, 1000), None);
        assert_eq!(scaled_size(4000, 3000), Some((2000, 1500)));
        assert_eq!(scaled_size(1000, 5000), Some((400, 2000)));
        assert_eq!(scaled_size(0, 5000), None);
    }

    #[test]
    fn progress_is_split_by_file() {
        // 100 bytes of text fields, then 200 and 700 bytes of photos.
        let sizes = [200.0, 700.0];
        assert_eq!(shares(&sizes, 0.0, 1000.0), [0, 0]);
        assert_eq!(shares(&sizes, 200.0, 1000.0), [50, 0]);
        assert_eq!(shares(&sizes, 300.0, 1000.0), [100, 0]);
        assert_eq!(shares(&sizes, 650.0, 1000.0), [100, 50]);
        assert_eq!(shares(&sizes, 1000.0, 1000.0), [100, 100]);
    }
}
