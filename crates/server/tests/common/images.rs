//! Image bytes for the upload tests: real JPEG/PNG encodings, and a JPEG carrying EXIF GPS.

pub fn jpeg(w: u32, h: u32) -> Vec<u8> {
    let img = image::RgbImage::from_fn(w, h, |x, y| image::Rgb([(x * 7) as u8, (y * 5) as u8, 90]));
    let mut out = Vec::new();
    image::DynamicImage::ImageRgb8(img)
        .write_with_encoder(image::codecs::jpeg::JpegEncoder::new_with_quality(
            &mut out, 90,
        ))
        .expect("encode jpeg");
    out
}

pub fn png(w: u32, h: u32) -> Vec<u8> {
    let img = image::RgbaImage::from_pixel(w, h, image::Rgba([10, 200, 30, 128]));
    let mut out = Vec::new();
    image::DynamicImage::ImageRgba8(img)
        .write_with_encoder(image::codecs::png::PngEncoder::new(&mut out))
        .expect("encode png");
    out
}

/// An EXIF APP1 segment (little-endian TIFF): IFD0 with Orientation 6, ImageDescription and a
/// GPS IFD pointer; the GPS IFD holds GPSLatitudeRef "N" and GPSLatitude 55/1 45/1 0/1.
pub fn exif_app1() -> Vec<u8> {
    let desc = b"SECRET-HOME-ADDRESS\0";
    let mut t: Vec<u8> = b"II*\0".to_vec();
    t.extend(8u32.to_le_bytes()); // IFD0 at 8
                                  // IFD0: 3 entries (2 + 3*12 + 4 = 42 bytes) -> ends at 50; description at 50.
    let desc_off = 50u32;
    let gps_off = desc_off + desc.len() as u32;
    t.extend(3u16.to_le_bytes());
    t.extend(0x0112u16.to_le_bytes()); // Orientation
    t.extend(3u16.to_le_bytes()); // SHORT
    t.extend(1u32.to_le_bytes());
    t.extend(6u16.to_le_bytes()); // rotate 90° clockwise to display
    t.extend(0u16.to_le_bytes());
    t.extend(0x010Eu16.to_le_bytes()); // ImageDescription
    t.extend(2u16.to_le_bytes()); // ASCII
    t.extend((desc.len() as u32).to_le_bytes());
    t.extend(desc_off.to_le_bytes());
    t.extend(0x8825u16.to_le_bytes()); // GPSInfo IFD pointer
    t.extend(4u16.to_le_bytes()); // LONG
    t.extend(1u32.to_le_bytes());
    t.extend(gps_off.to_le_bytes());
    t.extend(0u32.to_le_bytes()); // no next IFD
    t.extend(desc);
    // GPS IFD: 2 entries (30 bytes), then 3 rationals.
    let rat_off = gps_off + 30;
    t.extend(2u16.to_le_bytes());
    t.extend(1u16.to_le_bytes()); // GPSLatitudeRef
    t.extend(2u16.to_le_bytes());
    t.extend(2u32.to_le_bytes());
    t.extend(*b"N\0\0\0");
    t.extend(2u16.to_le_bytes()); // GPSLatitude
    t.extend(5u16.to_le_bytes()); // RATIONAL
    t.extend(3u32.to_le_bytes());
    t.extend(rat_off.to_le_bytes());
    t.extend(0u32.to_le_bytes());
    for (n, d) in [(55u32, 1u32), (45, 1), (0, 1)] {
        t.extend(n.to_le_bytes());
        t.extend(d.to_le_bytes());
    }
    let mut seg = vec![0xFF, 0xE1];
    let len = (2 + 6 + t.len()) as u16;
    seg.extend(len.to_be_bytes());
    seg.extend(b"Exif\0\0");
    seg.extend(t);
    seg
}

pub fn with_exif(jpeg: &[u8]) -> Vec<u8> {
    assert_eq!(&jpeg[..2], &[0xFF, 0xD8]);
    let mut out = jpeg[..2].to_vec();
    out.extend(exif_app1());
    out.extend(&jpeg[2..]);
    out
}

pub fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}
