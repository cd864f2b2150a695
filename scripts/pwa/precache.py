#!/usr/bin/env python3
"""Writes the service worker into trunk's staging dist: public/sw.js with its `MANIFEST` line
replaced by this build's id and precache list (README.md, "Offline and updates"). Run by trunk
as the LAST post_build hook (after the chunks and the stylesheets are in place);
`precache.py DIST` runs it by hand on a built dist.

Precached: every file of the build except the route chunks (snippets/**/*.wasm, cached when a
page first loads them), the locale files (the page names its own), the widget files (/embed…)
and source maps. The build id is a hash of the worker's template and every file's name and bytes, so any change
to the build gives a new worker, and the same build always the same one."""
import hashlib
import json
import os
import re
import sys

MARKER = re.compile(r"^const MANIFEST = .*// @precache.*$", re.M)


def files(dist):
    for root, _, names in os.walk(dist):
        for name in names:
            full = os.path.join(root, name)
            yield "/" + os.path.relpath(full, dist).replace(os.sep, "/"), full


def precached(path):
    if path in ("/sw.js",) or path.endswith(".map"):
        return False
    if path.startswith(("/locales/", "/embed")):
        return False
    if path.startswith("/snippets/") and path.endswith(".wasm"):
        return False
    return True


def main():
    dist = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("TRUNK_STAGING_DIR")
    source = os.environ.get("TRUNK_SOURCE_DIR", os.getcwd())
    if not dist:
        sys.exit("usage: precache.py DIST (or run by trunk)")
    template_path = os.path.join(source, "public", "sw.js")
    with open(template_path, encoding="utf-8") as f:
        template = f.read()
    if not MARKER.search(template):
        sys.exit(f"[pwa] {template_path} has no `const MANIFEST = … // @precache` line")
    # The worker's own code counts too: a changed worker starts with fresh caches.
    build = hashlib.sha256(template.encode())
    listed = []
    for path, full in sorted(files(dist)):
        if path == "/sw.js":
            continue
        build.update(path.encode())
        with open(full, "rb") as f:
            build.update(hashlib.sha256(f.read()).digest())
        if precached(path):
            listed.append(path)
    manifest = {"build": build.hexdigest()[:16], "precache": listed}
    line = f"const MANIFEST = {json.dumps(manifest, separators=(',', ':'))}; // @precache"
    out = MARKER.sub(lambda _: line, template, count=1)
    with open(os.path.join(dist, "sw.js"), "w", encoding="utf-8") as f:
        f.write(out)
    print(f"[pwa] sw.js: build {manifest['build']}, {len(listed)} files precached", file=sys.stderr)


if __name__ == "__main__":
    main()
