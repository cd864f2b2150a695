//! The app's stylesheets as the browser gets them: `style/bundles.txt` names bundles of
//! `style/**/*.css` files; each bundle is concatenated in cascade order, parsed and minified
//! with lightningcss, and written to the output folder (`app.css` for index.html, the rest
//! under `lazy/`). Trunk runs this before every build (Trunk.toml, pre_build hook).

use lightningcss::stylesheet::{MinifyOptions, ParserOptions, PrinterOptions, StyleSheet};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// The bundle index.html links; all others are page stylesheets under `lazy/`.
pub const FIRST_LOAD: &str = "app";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bundle {
    pub name: String,
    /// Files relative to the style folder, without `.css`, in cascade order.
    pub files: Vec<String>,
}

impl Bundle {
    /// Where the bundle goes, relative to the output folder.
    pub fn output(&self) -> PathBuf {
        if self.name == FIRST_LOAD {
            PathBuf::from(format!("{}.css", self.name))
        } else {
            Path::new("lazy").join(format!("{}.css", self.name))
        }
    }
}

/// Reads `bundles.txt`: `<bundle>: <part> …` lines, `#` comments. A part naming an earlier
/// bundle stands for that bundle's files.
pub fn parse_manifest(text: &str) -> Result<Vec<Bundle>, String> {
    let mut bundles: Vec<Bundle> = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        let at = |msg: String| format!("bundles.txt:{}: {msg}", i + 1);
        let (name, parts) = line
            .split_once(':')
            .ok_or_else(|| at("expected `<bundle>: <part> …`".into()))?;
        let name = name.trim();
        if name.is_empty()
            || !name
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        {
            return Err(at(format!("bad bundle name {name:?} (a-z, 0-9, -)")));
        }
        if bundles.iter().any(|b| b.name == name) {
            return Err(at(format!("bundle {name} defined twice")));
        }
        let mut files: Vec<String> = Vec::new();
        for part in parts.split_whitespace() {
            let expanded = match bundles.iter().find(|b| b.name == part) {
                Some(b) => b.files.clone(),
                None => vec![part.to_string()],
            };
            for f in expanded {
                if files.contains(&f) {
                    return Err(at(format!("{f} appears twice in {name}")));
                }
                files.push(f);
            }
        }
        if files.is_empty() {
            return Err(at(format!("bundle {name} has no parts")));
        }
        bundles.push(Bundle {
            name: name.to_string(),
            files,
        });
    }
    if !bundles.iter().any(|b| b.name == FIRST_LOAD) {
        return Err(format!("bundles.txt has no `{FIRST_LOAD}` bundle"));
    }
    Ok(bundles)
}

/// Parses and minifies `css` (`name` is for error messages). Invalid CSS is an error, so a typo
/// fails the build instead of silently dropping a rule.
pub fn minify(name: &str, css: &str) -> Result<String, String> {
    let options = ParserOptions {
        filename: name.to_string(),
        ..ParserOptions::default()
    };
    let mut sheet = StyleSheet::parse(css, options).map_err(|e| format!("{name}: {e}"))?;
    sheet
        .minify(MinifyOptions::default())
        .map_err(|e| format!("{name}: {e}"))?;
    let out = sheet
        .to_css(PrinterOptions {
            minify: true,
            ..PrinterOptions::default()
        })
        .map_err(|e| format!("{name}: {e}"))?;
    Ok(out.code)
}

/// One written bundle, for the build log.
#[derive(Debug)]
pub struct Built {
    pub output: PathBuf,
    pub files: usize,
    pub source_bytes: usize,
    pub bytes: usize,
}

fn css_files(root: &Path, dir: &Path, out: &mut BTreeSet<String>) -> Result<(), String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.is_dir() {
            // style/embed/ belongs to the widget build (embed.html links it itself).
            if path == root.join("embed") {
                continue;
            }
            css_files(root, &path, out)?;
        } else if path.extension().is_some_and(|e| e == "css") {
            if let Ok(rel) = path.with_extension("").strip_prefix(root) {
                out.insert(rel.to_string_lossy().replace('\\', "/"));
            }
        }
    }
    Ok(())
}

/// Builds every bundle of `style_dir/bundles.txt` into `out_dir`. A file is rewritten only when
/// its content changes (so `trunk serve` does not see a change on every build).
pub fn build(style_dir: &Path, out_dir: &Path) -> Result<Vec<Built>, String> {
    let manifest_path = style_dir.join("bundles.txt");
    let manifest = std::fs::read_to_string(&manifest_path)
        .map_err(|e| format!("{}: {e}", manifest_path.display()))?;
    let bundles = parse_manifest(&manifest)?;
    let mut unused = BTreeSet::new();
    css_files(style_dir, style_dir, &mut unused)?;
    for b in &bundles {
        for f in &b.files {
            unused.remove(f);
        }
    }
    if !unused.is_empty() {
        let list: Vec<String> = unused.iter().map(|f| format!("style/{f}.css")).collect();
        return Err(format!(
            "not in any bundle of style/bundles.txt: {}",
            list.join(", ")
        ));
    }
    let mut built = Vec::new();
    for b in &bundles {
        let mut source = String::new();
        for f in &b.files {
            let path = style_dir.join(format!("{f}.css"));
            let text =
                std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            // Each file on its own first: an error then names the file and its line.
            minify(&format!("style/{f}.css"), &text)?;
            source.push_str(&text);
            source.push('\n');
        }
        let css = minify(&format!("bundle {}", b.name), &source)?;
        let output = out_dir.join(b.output());
        if let Some(parent) = output.parent() {
            std::fs::create_dir_all(parent).map_err(|e| format!("{}: {e}", parent.display()))?;
        }
        if std::fs::read_to_string(&output).ok().as_deref() != Some(css.as_str()) {
            std::fs::write(&output, &css).map_err(|e| format!("{}: {e}", output.display()))?;
        }
        built.push(Built {
            output: b.output(),
            files: b.files.len(),
            source_bytes: source.len(),
            bytes: css.len(),
        });
    }
    // A bundle removed from the manifest must not linger in the copied folder.
    let lazy = out_dir.join("lazy");
    if let Ok(entries) = std::fs::read_dir(&lazy) {
        for entry in entries.flatten() {
            let rel = Path::new("lazy").join(entry.file_name());
            if !built.iter().any(|b| b.output == rel) {
                let _ = std::fs::remove_file(entry.path());
            }
        }
    }
    Ok(built)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundles_expand_earlier_bundles_in_order() {
        let b = parse_manifest("app: a b\n# x\nshop: lazy/p lazy/q # c\nshop-x: shop lazy/x\n")
            .unwrap();
        assert_eq!(b[2].name, "shop-x");
        assert_eq!(b[2].files, ["lazy/p", "lazy/q", "lazy/x"]);
        assert_eq!(b[0].output(), PathBuf::from("app.css"));
        assert_eq!(b[1].output(), PathBuf::from("lazy/shop.css"));
    }

    #[test]
    fn manifest_mistakes_are_errors() {
        assert!(parse_manifest("shop: a\n").is_err(), "no app bundle");
        assert!(parse_manifest("app: a a\n").is_err());
        assert!(parse_manifest("app: a\napp: b\n").is_err());
        assert!(parse_manifest("app a\n").is_err());
        assert!(parse_manifest("app:\n").is_err());
        assert!(parse_manifest("App: a\n").is_err());
    }

    #[test]
    fn minifies_and_rejects_broken_css() {
        let css = minify(
            "t",
            "a {\n  color: #ff0000;\n  margin-inline-start: 0px;\n}\n",
        )
        .unwrap();
        assert_eq!(css, "a{color:red;margin-inline-start:0}");
        assert!(minify("t", "a { color: red; ").is_err() || minify("t", "a }{").is_err());
    }

    #[test]
    fn the_repository_styles_build() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../style");
        let out = std::env::temp_dir().join(format!("storefront-assets-{}", std::process::id()));
        let built = build(&root, &out).unwrap();
        let app = built
            .iter()
            .find(|b| b.output == Path::new("app.css"))
            .unwrap();
        assert!(app.bytes > 1000 && app.bytes < app.source_bytes);
        let text = std::fs::read_to_string(out.join("app.css")).unwrap();
        // The first load's classes are all there (one from the first file, one from the last).
        assert!(
            text.contains("--") && text.contains(".boot"),
            "{}",
            &text[..200]
        );
        let _ = std::fs::remove_dir_all(&out);
    }
}
