#!/usr/bin/env bash
# The partner widgets' build (embed.html + Trunk.embed.toml → dist/embed/, served under /embed/),
# made by every `trunk build` of the app through its last post_build hook (Trunk.toml): trunk
# builds embed.html into the app's staging dist as embed/. Its cargo run builds the
# storefront-embed binary without the default `shop` feature (Cargo.toml says why);
# scripts/embed/bin/wasm-bindgen and strip.py prepare its wasm; `l10n-check cut` (Trunk.embed.toml) writes
# the widgets' messages.
set -euo pipefail
say() { printf '[embed] %s\n' "$*" >&2; }
die() { printf '[embed] error: %s\n' "$*" >&2; exit 1; }

: "${TRUNK_STAGING_DIR:?run by trunk}" "${TRUNK_PROFILE:?run by trunk}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"

release=()
[[ "$TRUNK_PROFILE" == release ]] && release=(--release)

case "${1:-}" in
  post_build)
    # wasm-bindgen's output dir in target/ still holds the app's snippets (its split loader);
    # trunk would copy them into the widget build and preload them. The app's staging dist has
    # its copy already.
    target_dir="$(cargo metadata --format-version 1 --no-deps --offline \
      | grep -o '"target_directory":"[^"]*"' | cut -d'"' -f4)"
    [[ -n "$target_dir" ]] || die "cargo metadata names no target directory"
    rm -rf "$target_dir/wasm-bindgen/$TRUNK_PROFILE/snippets"
    out="$TRUNK_STAGING_DIR/embed"
    env -u TRUNK_STAGING_DIR -u TRUNK_DIST_DIR -u TRUNK_HTML -u TRUNK_PUBLIC_URL PATH="$here/bin:$PATH" \
      trunk --config Trunk.embed.toml build --offline "${release[@]}" --dist "$out" \
      || die "trunk build of embed.html failed"
    [[ -f "$out/index.html" ]] || die "the widget build wrote no $out/index.html"
    say "widget build in $(basename "$TRUNK_STAGING_DIR")/embed: $(du -sb "$out" | cut -f1) bytes"
    ;;
  *) die "usage: build.sh post_build" ;;
esac
