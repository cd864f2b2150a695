//! Size report and budget of the release build in `dist/`: prints the brotli size of every
//! asset and fails when the first load of `/` exceeds the budget.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::path::{Path, PathBuf};
use storefront_e2e::dist_dir;

/// First-load bytes of `/` after brotli. Only ever lower this number.
/// Raised once, from 300,000 to 320,000 (issues 13 and 19: 315,639 bytes). Issue 14's chunking
/// brought it to 287,915 with the wish list, service worker and one stylesheet in; its goal,
/// 260,000, is not reached yet. Raised to 293,000 for the inbox (issue 17: the header's bell,
/// the unread-count polling and two shell messages measured 291,397).
const FIRST_LOAD_BUDGET_BYTES: usize = 293 * 1000;

/// All a product page `/p/:id` opened directly downloads, after brotli: the shell of `/`, the
/// whole `main.ftl`, the lazy shop stylesheets and the `product_page` wasm files. Only lower it.
/// Measured 425,377 (issue 14's goal, 380,000, is not reached yet); 434,331 with the inbox
/// (Contact seller, its messages in `main.ftl`), so raised to 437,000.
const PRODUCT_PAGE_BUDGET_BYTES: usize = 437 * 1000;

/// Code splitting (issue 14): a split module's load fetches at most this many wasm files...
const MAX_WASM_FILES_PER_SPLIT: usize = 3;
/// ...none of them smaller than this (raw bytes: each file is a request and an instantiation)...
const MIN_CHUNK_BYTES: u64 = 8 * 1024;
/// ...and the build writes at most this many lazily loaded wasm files.
const MAX_CHUNK_FILES: usize = 30;

/// Writes straight to the process's stdout: the test harness captures `println!`, and this
/// report belongs in the output of every test run.
macro_rules! report {
    ($($arg:tt)*) => {{
        let mut out = std::io::stdout().lock();
        let _ = writeln!(out, $($arg)*);
    }};
}

fn brotli_size(bytes: &[u8]) -> usize {
    let mut out = Vec::new();
    {
        let mut writer = brotli::CompressorWriter::new(&mut out, 4096, 11, 22);
        writer.write_all(bytes).expect("compress in memory");
    }
    out.len()
}

fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(current) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&current) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

/// Local URLs that index.html makes the browser fetch (scripts, styles, preloads, icons).
fn referenced_paths(index_html: &str) -> BTreeSet<String> {
    let mut paths = BTreeSet::new();
    for attribute in ["href=\"", "src=\""] {
        let mut rest = index_html;
        while let Some(at) = rest.find(attribute) {
            rest = &rest[at + attribute.len()..];
            let Some(end) = rest.find('"') else { break };
            let url = &rest[..end];
            if url.starts_with('/') && !url.starts_with("//") && url.len() > 1 {
                paths.insert(url.split(['?', '#']).next().unwrap_or(url).to_string());
            }
        }
    }
    // The module loader imports the JS glue, which fetches the wasm by the same stem.
    for line in index_html.split(['\'', '"']) {
        if line.starts_with('/') && (line.ends_with(".js") || line.ends_with(".wasm")) {
            paths.insert(line.to_string());
        }
    }
    paths
}

/// What the first load of `/` fetches: index.html, what it references, and the English shell
/// messages.
fn first_load_of_home(index_html: &str) -> BTreeSet<String> {
    let mut first_load: BTreeSet<String> = referenced_paths(index_html);
    first_load.insert("/index.html".into());
    // The app starts with the first load's messages of the language in use (English by
    // default): `shell.ftl`, cut from main.ftl by the build (locales/shell.txt). The whole
    // main.ftl comes with the first lazy page.
    first_load.insert("/locales/en/shell.ftl".into());
    first_load
}

fn read_index(dist: &Path) -> String {
    std::fs::read_to_string(dist.join("index.html")).unwrap_or_else(|_| {
        panic!(
            "no release build at {}: run scripts/test.sh (trunk build --release --offline)",
            dist.display()
        )
    })
}

#[test]
fn first_load_of_home_fits_the_brotli_budget() {
    let dist = dist_dir();
    let index_html = read_index(&dist);

    report!("\nsize report: {} (brotli quality 11)", dist.display());
    report!("{:>10} {:>10}  file", "raw", "brotli");
    let mut total_raw = 0;
    let mut total_brotli = 0;
    for file in files_under(&dist) {
        let bytes = std::fs::read(&file).expect("read dist file");
        let compressed = brotli_size(&bytes);
        total_raw += bytes.len();
        total_brotli += compressed;
        let name = file.strip_prefix(&dist).unwrap_or(&file).display();
        report!("{:>10} {:>10}  {name}", bytes.len(), compressed);
    }
    report!("{total_raw:>10} {total_brotli:>10}  all of dist");

    let first_load = first_load_of_home(&index_html);
    let mut first_load_bytes = 0;
    report!("\nfirst load of /:");
    for path in &first_load {
        let file = dist.join(path.trim_start_matches('/'));
        let bytes = std::fs::read(&file)
            .unwrap_or_else(|_| panic!("index.html references {path}, missing from dist"));
        let compressed = brotli_size(&bytes);
        first_load_bytes += compressed;
        report!("{compressed:>10}  {path}");
    }
    report!("{first_load_bytes:>10}  total first-load bytes (budget {FIRST_LOAD_BUDGET_BYTES})\n");

    // Code splitting: wasm that `/` does not load is fetched on demand by the split loader
    // (scripts/wasm-split/), e.g. the product page's chunk. Listed, not counted.
    let lazy_chunks: Vec<PathBuf> = files_under(&dist)
        .into_iter()
        .filter(|f| f.extension().is_some_and(|e| e == "wasm"))
        .filter(|f| {
            let path = format!("/{}", f.strip_prefix(&dist).unwrap_or(f).display());
            !first_load.contains(&path)
        })
        .collect();
    let mut lazy_bytes = 0;
    report!("lazy wasm chunks (fetched when their code first runs, not part of the first load):");
    for chunk in &lazy_chunks {
        let compressed = brotli_size(&std::fs::read(chunk).expect("read chunk"));
        lazy_bytes += compressed;
        let name = chunk.strip_prefix(&dist).unwrap_or(chunk).display();
        report!("{compressed:>10}  /{name}");
    }
    report!(
        "{lazy_bytes:>10}  total of {} lazy chunks\n",
        lazy_chunks.len()
    );
    embed_report(&dist, &first_load);
    assert!(
        !lazy_chunks.is_empty(),
        "no lazy wasm chunks in dist: code splitting is off (is scripts/wasm-split first on PATH?)"
    );
    assert!(
        first_load.iter().any(|p| p.ends_with(".wasm")),
        "the first load includes the app's wasm: {first_load:?}"
    );
    assert!(
        first_load_bytes <= FIRST_LOAD_BUDGET_BYTES,
        "first load of / is {first_load_bytes} bytes brotli, over the {FIRST_LOAD_BUDGET_BYTES} budget"
    );
}

/// The wasm files the split loader fetches for split point `name`: its own module and the
/// shared chunks it lists as dependencies (paths under dist).
fn split_files(dist: &Path, name: &str) -> Vec<String> {
    let dir = dist.join("snippets/wasm-split");
    let files: Vec<String> = std::fs::read_dir(&dir)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    let Some(loader) = files
        .iter()
        .find(|f| f.starts_with("__wasm_split-") && f.ends_with(".js"))
        .and_then(|f| std::fs::read_to_string(dir.join(f)).ok())
    else {
        return Vec::new();
    };
    let marker = format!("__wasm_split_load_{name} =");
    let Some(at) = loader.find(&marker) else {
        return Vec::new();
    };
    let block = &loader[at..];
    let block = &block[..block.find("]));").unwrap_or(block.len())];
    let mut wanted = vec![format!("split_{name}-")];
    for dep in block.split("__chunk_").skip(1) {
        let n: String = dep.chars().take_while(char::is_ascii_digit).collect();
        if !n.is_empty() {
            wanted.push(format!("chunk_{n}-"));
        }
    }
    files
        .iter()
        .filter(|f| f.ends_with(".wasm") && wanted.iter().any(|w| f.starts_with(w.as_str())))
        .map(|f| format!("/snippets/wasm-split/{f}"))
        .collect()
}

/// What a partner page's visitor downloads for one widget (issue 8), reported, not budgeted:
/// the loader `/embed.js` on the partner page, then in the frame the same shell as `/`
/// (index.html, its CSS, JS glue and main wasm) but the whole `main.ftl` of the widget's
/// language (English here) instead of the shell's messages, `/lazy/widgets.css`, the widget
/// app's chunk (`embed_app`) and the widget view's chunk, with the shared chunks they depend
/// on. A second widget on the same page reuses all of it from the browser's cache.
fn embed_report(dist: &Path, shell: &BTreeSet<String>) {
    let size = |path: &str| {
        std::fs::read(dist.join(path.trim_start_matches('/')))
            .map(|b| brotli_size(&b))
            .ok()
    };
    let Some(loader) = size("/embed.js") else {
        report!("no /embed.js in dist: widget sizes not reported\n");
        return;
    };
    let mut frame: BTreeSet<String> = shell
        .iter()
        .filter(|p| !p.starts_with("/locales/"))
        .cloned()
        .collect();
    frame.insert("/locales/en/main.ftl".into());
    frame.insert("/lazy/widgets.css".into());
    let frame_bytes: usize = frame.iter().filter_map(|p| size(p)).sum();
    let app: BTreeSet<String> = split_files(dist, "embed_app").into_iter().collect();
    let app_bytes: usize = app.iter().filter_map(|p| size(p)).sum();
    report!("first load of a partner widget (/embed/…):");
    report!("{loader:>10}  /embed.js (the loader, on the partner page)");
    report!("{frame_bytes:>10}  in the frame: the shell of / with the whole en main.ftl, and /lazy/widgets.css");
    report!(
        "{app_bytes:>10}  embed_app: the widget app's chunk and {} shared chunk(s)",
        app.len().saturating_sub(1)
    );
    for split in ["embed_product", "embed_buy", "embed_collection"] {
        let files: Vec<String> = split_files(dist, split)
            .into_iter()
            .filter(|f| !app.contains(f))
            .collect();
        let chunk_bytes: usize = files.iter().filter_map(|p| size(p)).sum();
        report!(
            "{chunk_bytes:>10}  {split}: its chunk and {} more shared chunk(s)",
            files.len().saturating_sub(1)
        );
        report!(
            "{:>10}  total for one {split} widget",
            loader + frame_bytes + app_bytes + chunk_bytes
        );
    }
    report!("");
    assert!(
        loader <= 3000,
        "embed.js is {loader} bytes brotli, over 3 KB"
    );
}

/// `snippets/wasm-split/manifest.json` (scripts/wasm-split/manifest.py): split module name →
/// every wasm file its load fetches (own module first, then shared chunks), as dist paths.
fn split_manifest(dist: &Path) -> BTreeMap<String, Vec<String>> {
    let path = dist.join("snippets/wasm-split/manifest.json");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("no {}: is scripts/wasm-split on PATH?", path.display()));
    let manifest: serde_json::Value = serde_json::from_str(&text).expect("manifest.json is JSON");
    let modules = manifest["modules"]
        .as_object()
        .expect("manifest.json has \"modules\"");
    modules
        .iter()
        .map(|(name, files)| {
            let files = files
                .as_array()
                .expect("a module's files are a list")
                .iter()
                .map(|f| format!("/snippets/wasm-split/{}", f.as_str().expect("a file name")))
                .collect();
            (name.clone(), files)
        })
        .collect()
}

/// The lazy stylesheet every lazy shop page loads (the `SHOP` bundle of src/styles.rs).
fn page_styles() -> Vec<String> {
    let source = std::fs::read_to_string(storefront_e2e::repo_root().join("src/styles.rs"))
        .expect("read src/styles.rs");
    let start = "pub const SHOP: &str = \"";
    let at = source
        .find(start)
        .expect("src/styles.rs defines SHOP (update this test if the page styles moved)");
    let name = &source[at + start.len()..];
    let name = &name[..name.find('"').unwrap_or(name.len())];
    vec![format!("/lazy/{name}.css")]
}

#[test]
fn product_page_whole_load_fits_the_brotli_budget() {
    let dist = dist_dir();
    let index_html = read_index(&dist);
    let manifest = split_manifest(&dist);
    let mut load = first_load_of_home(&index_html);
    // The first lazy page brings the whole message file and the shop's page stylesheets.
    load.insert("/locales/en/main.ftl".into());
    load.extend(page_styles());
    let product = manifest
        .get("product_page")
        .expect("the manifest lists the product_page split module");
    load.extend(product.iter().cloned());
    let mut total = 0;
    report!("\nwhole load of a product page /p/:id (beyond the first load of /):");
    let shell = first_load_of_home(&index_html);
    for path in &load {
        let bytes = std::fs::read(dist.join(path.trim_start_matches('/')))
            .unwrap_or_else(|_| panic!("{path} is missing from dist"));
        let compressed = brotli_size(&bytes);
        total += compressed;
        if !shell.contains(path) {
            report!("{compressed:>10}  {path}");
        }
    }
    report!("{total:>10}  total with the first load of / (budget {PRODUCT_PAGE_BUDGET_BYTES})\n");
    assert!(
        total <= PRODUCT_PAGE_BUDGET_BYTES,
        "a product page's whole load is {total} bytes brotli, over the {PRODUCT_PAGE_BUDGET_BYTES} budget"
    );
}

#[test]
fn wasm_chunks_are_few_and_not_tiny() {
    let dist = dist_dir();
    let manifest = split_manifest(&dist);
    report!("\nwasm files per split module (raw bytes):");
    for (name, files) in &manifest {
        let sizes: Vec<String> = files
            .iter()
            .map(|f| {
                let len = std::fs::metadata(dist.join(f.trim_start_matches('/')))
                    .map(|m| m.len())
                    .unwrap_or_else(|_| panic!("{f} of {name} is missing from dist"));
                format!("{} {len}", f.rsplit('/').next().unwrap_or(f))
            })
            .collect();
        report!("  {name}: {}", sizes.join(", "));
        assert!(
            files.len() <= MAX_WASM_FILES_PER_SPLIT,
            "loading {name} fetches {} wasm files (at most {MAX_WASM_FILES_PER_SPLIT}): {files:?}",
            files.len()
        );
    }
    let chunks: Vec<PathBuf> = files_under(&dist.join("snippets/wasm-split"))
        .into_iter()
        .filter(|f| f.extension().is_some_and(|e| e == "wasm"))
        .collect();
    report!("{} lazily loaded wasm files\n", chunks.len());
    assert!(
        !chunks.is_empty(),
        "no lazy wasm files: code splitting is off"
    );
    assert!(
        chunks.len() <= MAX_CHUNK_FILES,
        "the build wrote {} lazy wasm files (at most {MAX_CHUNK_FILES})",
        chunks.len()
    );
    for chunk in &chunks {
        let len = std::fs::metadata(chunk)
            .map(|m| m.len())
            .unwrap_or_default();
        assert!(
            len >= MIN_CHUNK_BYTES,
            "{} is {len} bytes, under {MIN_CHUNK_BYTES}: tiny chunks cost a request each",
            chunk.display()
        );
        let name = format!(
            "/snippets/wasm-split/{}",
            chunk.file_name().unwrap_or_default().to_string_lossy()
        );
        assert!(
            manifest.values().any(|files| files.contains(&name)),
            "{name} is in dist but no split module loads it"
        );
    }
}

#[test]
fn finds_what_index_html_loads() {
    let html = r#"<link rel="preload" href="/app-1a2b_bg.wasm" as="fetch"><link rel="stylesheet" href="/style-99.css?x=1"><script type="module">import init from '/app-1a2b.js';</script><a href="https://example.invalid/">"#;
    let found = referenced_paths(html);
    assert!(found.contains("/app-1a2b_bg.wasm"));
    assert!(found.contains("/style-99.css"));
    assert!(found.contains("/app-1a2b.js"));
    assert_eq!(found.len(), 3, "{found:?}");
}

/// A product-card widget's first load, all in, after brotli (issue 14). Only ever lower it.
const WIDGET_BUDGET_BYTES: usize = 120 * 1000;

/// What a partner page's visitor downloads for one product-card widget: the loader `/embed.js`
/// on the partner page, then in the frame the widget build (`dist/embed/`, embed.html): its
/// page, what the page loads (JS glue, wasm, stylesheet) and the widget messages of one
/// language (the largest of the six, so no locale is over budget). Nothing else is fetched:
/// the widget build has no lazy chunks.
#[test]
fn product_card_widget_first_load_fits_its_budget() {
    let dist = dist_dir();
    let embed = dist.join("embed");
    let page = std::fs::read_to_string(embed.join("index.html")).unwrap_or_else(|_| {
        panic!(
            "no widget build at {}: trunk build --release --offline makes it (scripts/embed/)",
            embed.display()
        )
    });
    let size = |path: &str| {
        let file = dist.join(path.trim_start_matches('/'));
        let bytes = std::fs::read(&file)
            .unwrap_or_else(|_| panic!("the widget's first load needs {path}, missing from dist"));
        brotli_size(&bytes)
    };
    let mut files = widget_page_paths(&page);
    assert!(
        files.iter().all(|p| p.starts_with("/embed/")),
        "the widget page loads only the widget build: {files:?}"
    );
    assert!(
        !files.iter().any(|p| p.contains("wasm-split")),
        "the widget build has no split loader: {files:?}"
    );
    files.insert("/embed.js".into());
    files.insert("/embed/index.html".into());
    let locale = ["en", "ru", "es", "pt-BR", "de", "ar"]
        .into_iter()
        .map(|l| format!("/embed/locales/{l}/widget.ftl"))
        .max_by_key(|p| size(p))
        .unwrap_or_default();
    files.insert(locale);
    let mut by_kind = std::collections::BTreeMap::<&str, usize>::new();
    let mut total = 0;
    report!("\nfirst load of a product-card widget (the widget build, dist/embed/):");
    for path in &files {
        let bytes = size(path);
        let kind = path.rsplit('.').next().unwrap_or("other");
        *by_kind.entry(kind).or_default() += bytes;
        total += bytes;
        report!("{bytes:>10}  {path}");
    }
    for (kind, bytes) in &by_kind {
        report!("{bytes:>10}  all .{kind}");
    }
    report!("{total:>10}  total (budget {WIDGET_BUDGET_BYTES})\n");
    assert!(
        files.iter().any(|p| p.ends_with(".wasm")) && files.iter().any(|p| p.ends_with(".css")),
        "the widget page loads its wasm and stylesheet: {files:?}"
    );
    assert!(
        total <= WIDGET_BUDGET_BYTES,
        "a product-card widget's first load is {total} bytes brotli, over the {WIDGET_BUDGET_BYTES} budget"
    );
}

/// The `/embed/…` URLs the widget page names (quoted or not), without query or fragment.
fn widget_page_paths(html: &str) -> BTreeSet<String> {
    html.split(|c: char| c.is_whitespace() || "\"'=<>(),;".contains(c))
        .filter(|t| t.starts_with("/embed/") && !t.ends_with('/'))
        .map(|t| t.split(['?', '#']).next().unwrap_or(t).to_string())
        .collect()
}

#[test]
fn finds_what_the_widget_page_loads() {
    let html = r#"<link href=/embed/widget-1a.css rel=stylesheet><script type=module>import init from '/embed/w-2b.js';
const wasm = await init({ module_or_path: '/embed/w-2b_bg.wasm' });</script><link href="/embed/w-2b.js?v=1" rel=modulepreload><a href="/p/1">"#;
    let found: Vec<String> = widget_page_paths(html).into_iter().collect();
    assert_eq!(
        found,
        [
            "/embed/w-2b.js",
            "/embed/w-2b_bg.wasm",
            "/embed/widget-1a.css"
        ]
    );
}
