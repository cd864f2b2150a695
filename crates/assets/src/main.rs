//! `storefront-assets [STYLE_DIR] [OUT_DIR]` (defaults `style`, `target/assets`): see lib.rs.

fn main() {
    let mut args = std::env::args().skip(1);
    let style = args.next().unwrap_or_else(|| "style".into());
    let out = args.next().unwrap_or_else(|| "target/assets".into());
    match storefront_assets::build(style.as_ref(), out.as_ref()) {
        Ok(built) => {
            for b in built {
                eprintln!(
                    "[assets] {:<24} {:>2} file(s) {:>7} -> {:>6} bytes",
                    b.output.display(),
                    b.files,
                    b.source_bytes,
                    b.bytes
                );
            }
        }
        Err(e) => {
            eprintln!("[assets] error: {e}");
            std::process::exit(1);
        }
    }
}
