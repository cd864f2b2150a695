//! Deterministic product illustrations: category tint, a silhouette per subcategory kind,
//! the SKU colour. Static markup only (no scripts, no external references), well under 2 KB.

/// Silhouettes on a 200×200 canvas; `{c}` is the product colour, `{d}` a darker accent.
const SHAPES: [(&str, &str); 37] = [
    (
        "dress",
        r##"<path d="M80 30h40l-4 22 30 110H54l30-110z" fill="{c}"/><path d="M84 54h32" stroke="{d}" stroke-width="6"/>"##,
    ),
    (
        "shirt",
        r##"<path d="M70 36 36 56l14 26 16-8v86h68V74l16 8 14-26-34-20c-4 10-14 16-30 16s-26-6-30-16z" fill="{c}"/>"##,
    ),
    (
        "jacket",
        r##"<path d="M70 36 40 52 30 150h20l14-70v78h72V80l14 70h20l-10-98-30-16c-4 10-14 16-30 16s-26-6-30-16z" fill="{c}"/><path d="M100 54v104" stroke="{d}" stroke-width="4"/>"##,
    ),
    (
        "pants",
        r##"<path d="M66 34h68l8 128h-30l-12-90-12 90H58z" fill="{c}"/><path d="M66 46h68" stroke="{d}" stroke-width="6"/>"##,
    ),
    (
        "phone",
        r##"<rect x="64" y="24" width="72" height="152" rx="14" fill="{d}"/><rect x="70" y="36" width="60" height="124" rx="6" fill="{c}"/><circle cx="100" cy="168" r="4" fill="#fff"/>"##,
    ),
    (
        "cable",
        r##"<path d="M60 150c0-60 80-40 80-100" stroke="{c}" stroke-width="10" fill="none" stroke-linecap="round"/><rect x="128" y="28" width="24" height="30" rx="4" fill="{d}"/><rect x="48" y="146" width="24" height="30" rx="4" fill="{d}"/>"##,
    ),
    (
        "laptop",
        r##"<rect x="44" y="44" width="112" height="76" rx="6" fill="{d}"/><rect x="52" y="52" width="96" height="60" fill="{c}"/><path d="M28 128h144l-10 18H38z" fill="{d}"/>"##,
    ),
    (
        "keyboard",
        r##"<rect x="26" y="70" width="148" height="62" rx="8" fill="{d}"/><path d="M38 86h124M38 102h124M60 118h80" stroke="{c}" stroke-width="9" stroke-dasharray="10 4"/>"##,
    ),
    (
        "headphones",
        r##"<path d="M52 120V98a48 48 0 0 1 96 0v22" stroke="{d}" stroke-width="10" fill="none"/><rect x="40" y="110" width="28" height="48" rx="10" fill="{c}"/><rect x="132" y="110" width="28" height="48" rx="10" fill="{c}"/>"##,
    ),
    (
        "speaker",
        r##"<rect x="58" y="30" width="84" height="140" rx="18" fill="{c}"/><circle cx="100" cy="118" r="28" fill="{d}"/><circle cx="100" cy="62" r="12" fill="{d}"/>"##,
    ),
    (
        "camera",
        r##"<rect x="36" y="62" width="128" height="88" rx="12" fill="{c}"/><rect x="60" y="48" width="36" height="18" rx="4" fill="{d}"/><circle cx="100" cy="106" r="30" fill="{d}"/><circle cx="100" cy="106" r="16" fill="#fff" opacity=".35"/>"##,
    ),
    (
        "watch",
        r##"<rect x="80" y="24" width="40" height="152" rx="10" fill="{d}"/><circle cx="100" cy="100" r="38" fill="{c}"/><circle cx="100" cy="100" r="28" fill="#fff"/><path d="M100 100V82m0 18 12 8" stroke="{d}" stroke-width="4" stroke-linecap="round"/>"##,
    ),
    (
        "gamepad",
        r##"<path d="M58 70h84c22 0 34 40 30 70-2 16-20 18-30 4l-12-18H70l-12 18c-10 14-28 12-30-4-4-30 8-70 30-70z" fill="{c}"/><path d="M66 96h24M78 84v24" stroke="{d}" stroke-width="7"/><circle cx="128" cy="92" r="6" fill="{d}"/><circle cx="142" cy="104" r="6" fill="{d}"/>"##,
    ),
    (
        "ring",
        r##"<circle cx="100" cy="116" r="46" fill="none" stroke="{c}" stroke-width="12"/><path d="M84 62l8-14h16l8 14-16 18z" fill="#fff" stroke="{d}" stroke-width="3"/>"##,
    ),
    (
        "pot",
        r##"<path d="M40 92h120v40c0 20-16 30-36 30H76c-20 0-36-10-36-30z" fill="{c}"/><rect x="34" y="84" width="132" height="12" rx="6" fill="{d}"/><path d="M160 100h24" stroke="{d}" stroke-width="10" stroke-linecap="round"/>"##,
    ),
    (
        "vase",
        r##"<path d="M84 30h32v20c0 8 24 20 24 54 0 40-20 66-40 66s-40-26-40-66c0-34 24-46 24-54z" fill="{c}"/><path d="M70 110h60" stroke="#fff" stroke-width="6" opacity=".5"/>"##,
    ),
    (
        "plant",
        r##"<path d="M66 120h68l-10 50H76z" fill="{d}"/><path d="M100 120c0-40-30-50-44-80 30 6 44 30 44 50 0-30 20-60 46-66-10 30-40 50-46 96" fill="{c}"/>"##,
    ),
    (
        "box",
        r##"<path d="M40 70l60-30 60 30v70l-60 30-60-30z" fill="{c}"/><path d="M40 70l60 30 60-30M100 100v70" stroke="{d}" stroke-width="4" fill="none"/>"##,
    ),
    (
        "bag",
        r##"<path d="M46 78h108l-8 88H54z" fill="{c}"/><path d="M74 80V64a26 26 0 0 1 52 0v16" stroke="{d}" stroke-width="8" fill="none"/>"##,
    ),
    (
        "shoe",
        r##"<path d="M30 112c20 0 40-8 54-36l22 8c6 14 20 22 40 26 18 4 26 14 26 26v10H30z" fill="{c}"/><path d="M30 144h142v12H30z" fill="{d}"/>"##,
    ),
    (
        "bear",
        r##"<circle cx="62" cy="54" r="18" fill="{d}"/><circle cx="138" cy="54" r="18" fill="{d}"/><circle cx="100" cy="84" r="44" fill="{c}"/><ellipse cx="100" cy="150" rx="46" ry="32" fill="{c}"/><circle cx="86" cy="78" r="5" fill="{d}"/><circle cx="114" cy="78" r="5" fill="{d}"/><ellipse cx="100" cy="98" rx="12" ry="9" fill="#fff" opacity=".6"/>"##,
    ),
    (
        "car",
        r##"<path d="M30 130v-24l20-4 20-30h60l22 30 18 4v24z" fill="{c}"/><circle cx="64" cy="134" r="16" fill="{d}"/><circle cx="140" cy="134" r="16" fill="{d}"/><path d="M78 80h44l14 22H68z" fill="#fff" opacity=".6"/>"##,
    ),
    (
        "ball",
        r##"<circle cx="100" cy="100" r="64" fill="{c}"/><path d="M36 100h128M100 36c-30 30-30 98 0 128m0-128c30 30 30 98 0 128" stroke="{d}" stroke-width="5" fill="none"/>"##,
    ),
    (
        "bottle",
        r##"<rect x="86" y="26" width="28" height="24" rx="4" fill="{d}"/><rect x="64" y="50" width="72" height="124" rx="16" fill="{c}"/><rect x="76" y="92" width="48" height="44" rx="4" fill="#fff" opacity=".7"/>"##,
    ),
    (
        "lipstick",
        r##"<rect x="76" y="100" width="48" height="76" rx="6" fill="{d}"/><rect x="82" y="70" width="36" height="34" fill="#c9a227"/><path d="M86 70V40l28-14v44z" fill="{c}"/>"##,
    ),
    (
        "faucet",
        r##"<path d="M56 160V84a20 20 0 0 1 20-20h64v22H82v74z" fill="{c}"/><rect x="122" y="52" width="28" height="44" rx="6" fill="{d}"/><path d="M132 110v14m8-2v14" stroke="#5aa9e6" stroke-width="5" stroke-linecap="round"/>"##,
    ),
    (
        "plug",
        r##"<rect x="60" y="60" width="80" height="100" rx="14" fill="{c}"/><path d="M84 36v26m32-26v26m-16 98v26" stroke="{d}" stroke-width="10"/>"##,
    ),
    (
        "stroller",
        r##"<path d="M40 60a60 60 0 0 1 60 60H40z" fill="{d}"/><path d="M40 120h100l10-50h22" stroke="{c}" stroke-width="8" fill="none"/><path d="M40 100h100v30H40z" fill="{c}"/><circle cx="56" cy="160" r="14" fill="{d}"/><circle cx="130" cy="160" r="14" fill="{d}"/>"##,
    ),
    (
        "sofa",
        r##"<rect x="46" y="64" width="108" height="56" rx="12" fill="{c}"/><rect x="28" y="96" width="144" height="48" rx="12" fill="{c}"/><rect x="28" y="96" width="26" height="48" rx="10" fill="{d}"/><rect x="146" y="96" width="26" height="48" rx="10" fill="{d}"/><path d="M44 144v18m112-18v18" stroke="{d}" stroke-width="8"/>"##,
    ),
    (
        "chair",
        r##"<rect x="64" y="28" width="72" height="70" rx="14" fill="{c}"/><rect x="56" y="102" width="88" height="20" rx="8" fill="{c}"/><path d="M100 122v32m-34 16 34-16 34 16" stroke="{d}" stroke-width="8" fill="none"/>"##,
    ),
    (
        "lamp",
        r##"<path d="M64 40h72l20 56H44z" fill="{c}"/><path d="M100 96v60" stroke="{d}" stroke-width="8"/><rect x="66" y="156" width="68" height="14" rx="6" fill="{d}"/>"##,
    ),
    (
        "bulb",
        r##"<circle cx="100" cy="84" r="48" fill="{c}"/><rect x="80" y="124" width="40" height="36" rx="6" fill="{d}"/><path d="M84 136h32m-32 12h32" stroke="#fff" stroke-width="4"/>"##,
    ),
    (
        "wrench",
        r##"<path d="M64 40a30 30 0 0 0 26 44l56 56a12 12 0 0 0 18-18l-56-56A30 30 0 0 0 64 40l14 18-6 14-14 4z" fill="{c}"/><circle cx="154" cy="130" r="4" fill="{d}"/>"##,
    ),
    (
        "lock",
        r##"<path d="M70 92V70a30 30 0 0 1 60 0v22" stroke="{d}" stroke-width="12" fill="none"/><rect x="52" y="90" width="96" height="80" rx="12" fill="{c}"/><circle cx="100" cy="124" r="10" fill="{d}"/><path d="M100 130v20" stroke="{d}" stroke-width="8"/>"##,
    ),
    (
        "paw",
        r##"<ellipse cx="100" cy="130" rx="36" ry="30" fill="{c}"/><circle cx="62" cy="88" r="14" fill="{c}"/><circle cx="86" cy="66" r="14" fill="{c}"/><circle cx="114" cy="66" r="14" fill="{c}"/><circle cx="138" cy="88" r="14" fill="{c}"/>"##,
    ),
    (
        "guitar",
        r##"<rect x="94" y="20" width="14" height="84" fill="{d}"/><circle cx="100" cy="130" r="30" fill="{c}"/><circle cx="100" cy="96" r="22" fill="{c}"/><circle cx="100" cy="124" r="8" fill="{d}"/>"##,
    ),
    (
        "gift",
        r##"<rect x="44" y="80" width="112" height="86" rx="6" fill="{c}"/><rect x="38" y="64" width="124" height="26" rx="4" fill="{c}"/><path d="M100 64v102" stroke="{d}" stroke-width="12"/><path d="M100 64c-20-30-44-20-30 0m30 0c20-30 44-20 30 0" stroke="{d}" stroke-width="6" fill="none"/>"##,
    ),
];

const MORE_SHAPES: [(&str, &str); 8] = [
    (
        "skirt",
        r##"<path d="M74 40h52l32 122H42z" fill="{c}"/><path d="M72 48h56" stroke="{d}" stroke-width="8"/><path d="M88 56 74 160M100 56v104M112 56l14 104" stroke="{d}" stroke-width="3" opacity=".6"/>"##,
    ),
    (
        "pencil",
        r##"<path d="M70 150l80-80 14 14-80 80-22 8z" fill="{c}"/><path d="M150 70l10-10 14 14-10 10z" fill="{d}"/>"##,
    ),
    (
        "fish",
        r##"<path d="M40 100c30-40 90-40 110 0-20 40-80 40-110 0z" fill="{c}"/><path d="M150 100l28-24v48z" fill="{d}"/><circle cx="70" cy="94" r="6" fill="{d}"/>"##,
    ),
    (
        "cup",
        r##"<path d="M50 70h90v50c0 26-20 42-45 42s-45-16-45-42z" fill="{c}"/><path d="M140 84h10a16 16 0 0 1 0 32h-12" stroke="{d}" stroke-width="8" fill="none"/><path d="M80 40c-6 8 6 12 0 20m24-20c-6 8 6 12 0 20" stroke="{d}" stroke-width="4" fill="none"/>"##,
    ),
    (
        "wig",
        r##"<path d="M100 30c-40 0-60 30-60 70v70h24v-60c10-8 16-20 18-34 10 14 30 24 54 26v68h24v-70c0-40-20-70-60-70z" fill="{c}"/>"##,
    ),
    (
        "comb",
        r##"<rect x="36" y="70" width="128" height="26" rx="8" fill="{c}"/><path d="M46 96v44m12-44v44m12-44v44m12-44v44m12-44v44m12-44v44m12-44v44m12-44v44m12-44v44m12-44v44" stroke="{c}" stroke-width="5"/>"##,
    ),
    (
        "star",
        r##"<path d="M100 28l20 46 50 4-38 32 12 50-44-28-44 28 12-50-38-32 50-4z" fill="{c}"/>"##,
    ),
    (
        "tablet",
        r##"<rect x="46" y="30" width="108" height="140" rx="12" fill="{d}"/><rect x="54" y="40" width="92" height="116" rx="4" fill="{c}"/><circle cx="100" cy="163" r="3" fill="#fff"/>"##,
    ),
];

fn shape(name: &str) -> &'static str {
    SHAPES
        .iter()
        .chain(MORE_SHAPES.iter())
        .find(|(n, _)| *n == name)
        .map(|(_, s)| *s)
        .unwrap_or(SHAPES[17].1)
}

fn rgb(hex: &str) -> (u8, u8, u8) {
    let h = hex.trim_start_matches('#');
    let byte = |i: usize| {
        h.get(i..i + 2)
            .and_then(|s| u8::from_str_radix(s, 16).ok())
            .unwrap_or(128)
    };
    (byte(0), byte(2), byte(4))
}

/// A darker accent; light colours get a neutral dark grey so details stay visible.
fn accent(hex: &str) -> String {
    let (r, g, b) = rgb(hex);
    if (r as u32 + g as u32 + b as u32) > 600 {
        return "#6b7280".to_string();
    }
    let d = |v: u8| (v as u32 * 55 / 100) as u8;
    format!("#{:02x}{:02x}{:02x}", d(r), d(g), d(b))
}

/// The illustration for view `n` of a product: views differ by angle and scale.
pub fn product_svg(tint: &str, shape_name: &str, color: &str, n: u32) -> String {
    let transform = match n % 4 {
        0 => "",
        1 => r#" transform="rotate(-10 100 100)""#,
        2 => r#" transform="translate(100 100) scale(.8) translate(-100 -100)""#,
        _ => r#" transform="matrix(-1 0 0 1 200 0)""#,
    };
    let body = shape(shape_name)
        .replace("{c}", color)
        .replace("{d}", &accent(color));
    format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 200" width="600" height="600"><rect width="200" height="200" fill="{tint}"/><circle cx="100" cy="100" r="82" fill="#fff" opacity=".55"/><ellipse cx="100" cy="180" rx="58" ry="7" fill="#000" opacity=".08"/><g{transform}>{body}</g></svg>"##
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::seed::taxonomy::TOPS;

    #[test]
    fn every_subcategory_shape_is_drawn_small_and_static() {
        for top in &TOPS {
            for sub in top.subs {
                for shape_name in (0..sub.nouns.len()).map(|i| sub.shape_of(i)) {
                    assert!(
                        SHAPES
                            .iter()
                            .chain(MORE_SHAPES.iter())
                            .any(|(n, _)| *n == shape_name),
                        "no shape {shape_name}"
                    );
                    for n in 0..4 {
                        let svg = product_svg(top.tint, shape_name, "#d9c4a3", n);
                        assert!(svg.len() < 2048, "{shape_name} is {} bytes", svg.len());
                        assert!(!svg.contains("script") && !svg.contains("href"));
                        assert!(!svg.contains("{c}") && !svg.contains("{d}"));
                    }
                }
            }
        }
    }

    #[test]
    fn a_skirt_is_drawn_as_a_skirt() {
        let sub = TOPS
            .iter()
            .flat_map(|t| t.subs.iter())
            .find(|s| s.slug == "womens-bottoms")
            .expect("womens-bottoms");
        let skirt = sub
            .nouns
            .iter()
            .position(|n| n.starts_with("Pleated Skirt|"))
            .expect("skirt noun");
        assert_eq!(sub.shape_of(skirt), "skirt");
        assert_eq!(sub.shape_of(0), "pants");
        assert_ne!(shape("skirt"), shape("pants"));
    }

    #[test]
    fn accents() {
        assert_eq!(accent("#f4f4f2"), "#6b7280");
        assert_eq!(accent("#ff0000"), "#8c0000");
    }
}
