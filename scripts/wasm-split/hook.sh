#!/usr/bin/env bash
# Trunk hooks for code splitting (see Trunk.toml and the wasm-bindgen wrapper next to this file).
#   pre_build:  fail early and clearly when trunk would run the plain wasm-bindgen (the app's
#               split points would then import a module that does not exist);
#   post_build: copy the wasm chunks of this build next to their loader in the staging dist,
#               and write manifest.json there (manifest.py: the wasm files of each split module).
set -euo pipefail
say() { printf '[wasm-split] %s\n' "$*" >&2; }
die() { printf '[wasm-split] error: %s\n' "$*" >&2; exit 1; }

case "${1:-}" in
  pre_build)
    wasm-bindgen --storefront-wasm-split >/dev/null 2>&1 || die "'wasm-bindgen' on PATH is not the \
splitting wrapper: source scripts/tools.sh, or put $(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd) \
first on PATH (see \"Code splitting\" in CONTRIBUTING.md)"
    ;;
  post_build)
    : "${TRUNK_STAGING_DIR:?run by trunk}" "${TRUNK_PROFILE:?run by trunk}"
    loader_dir="$TRUNK_STAGING_DIR/snippets/wasm-split"
    shopt -s nullglob
    loaders=("$loader_dir"/__wasm_split-*.js)
    if ((${#loaders[@]} == 0)); then
      exit 0 # no split points in use
    fi
    ((${#loaders[@]} == 1)) || die "more than one loader in $loader_dir"
    target_dir="$(cargo metadata --format-version 1 --no-deps --offline \
      | grep -o '"target_directory":"[^"]*"' | cut -d'"' -f4)"
    [[ -n "$target_dir" ]] || die "cargo metadata names no target directory"
    chunks="$target_dir/wasm-bindgen/$TRUNK_PROFILE/wasm-split/chunks"
    [[ "$(cat "$chunks/LOADER" 2>/dev/null)" == "$(basename "${loaders[0]}")" ]] \
      || die "$chunks does not belong to this build's loader ${loaders[0]}"
    # Every chunk the loader names must be there; copy exactly those.
    grep -o '"\./[^"/]*\.wasm"' "${loaders[0]}" | tr -d '"' | sed 's|^\./||' | sort -u \
      | while read -r name; do
          [[ -f "$chunks/$name" ]] || die "chunk $name named by the loader is missing in $chunks"
          cp "$chunks/$name" "$loader_dir/$name"
        done
    say "copied $(find "$loader_dir" -name '*.wasm' | wc -l) wasm chunks into snippets/wasm-split/"
    # Which wasm files each split module's load fetches, for the server's preloads.
    python3 "$(dirname "${BASH_SOURCE[0]}")/manifest.py" "$loader_dir" \
      || die "could not write $loader_dir/manifest.json"
    ;;
  *) die "usage: hook.sh pre_build|post_build" ;;
esac
