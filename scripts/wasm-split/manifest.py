#!/usr/bin/env python3
"""Writes manifest.json next to the split loader: for each split module, every wasm file its
load fetches (its own module first, then the shared chunks), so the server can preload a
route's chunks with its HTML.

    manifest.py DIR   # DIR holds __wasm_split-<hash>.js and the wasm files it names

{"loader": "__wasm_split-<hash>.js", "modules": {"product_page": ["split_product_page-….wasm",
"chunk_3-….wasm", …]}}; names are relative to DIR. Fails when the loader names a file that is
not in DIR, or has a layout this script does not know (see the wasm-bindgen wrapper)."""
import json
import re
import sys
from pathlib import Path

CHUNK = re.compile(
    r"const (__chunk_\d+) = makeLoad\(\(\) => \{\s*const src = fetch\(new URL\(\"\./([^\"]+\.wasm)\""
    r".*?\n, \[([^\]]*)\]\);",
    re.S,
)
SPLIT = re.compile(
    r"export const __wasm_split_load_(\w+) = wrapAsyncCb\(makeLoad\((.*?)\n?, \[([^\]]*)\]\)\);",
    re.S,
)
FILE = re.compile(r"new URL\(\"\./([^\"]+\.wasm)\"")


def deps_of(text):
    return [d.strip() for d in text.split(",") if d.strip()]


def main(folder):
    folder = Path(folder)
    loaders = sorted(folder.glob("__wasm_split-*.js"))
    if len(loaders) != 1:
        sys.exit(f"manifest.py: expected one __wasm_split-*.js in {folder}, found {len(loaders)}")
    loader = loaders[0].read_text()
    chunks = {var: (name, deps_of(deps)) for var, name, deps in CHUNK.findall(loader)}

    def chunk_files(var, seen):
        if var in seen:
            return []
        seen.add(var)
        if var not in chunks:
            sys.exit(f"manifest.py: the loader uses {var}, which it does not define")
        name, deps = chunks[var]
        files = [name]
        for dep in deps:
            files += chunk_files(dep, seen)
        return files

    modules = {}
    for split, fetcher, deps in SPLIT.findall(loader):
        files = FILE.findall(fetcher)[:1]  # an empty split module fetches nothing of its own
        seen = set()
        for dep in deps_of(deps):
            files += chunk_files(dep, seen)
        modules[split] = files
    if not modules:
        sys.exit(f"manifest.py: no split loaders found in {loaders[0].name}: unknown layout")
    for files in modules.values():
        for name in files:
            if not (folder / name).is_file():
                sys.exit(f"manifest.py: {name} is named by the loader but missing in {folder}")
    manifest = {"loader": loaders[0].name, "modules": dict(sorted(modules.items()))}
    (folder / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
