#!/usr/bin/env bash
# Installs only what is missing for building (and, with --browser, testing) Storefront, and says
# what it installs. Sourced by start.sh and test.sh; leaves PATH pointing at the tools.
set -euo pipefail

SF_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# Tools that are not cargo binaries live outside the checkout, like ~/.cargo/bin, so a fresh
# clone (CI's) finds them installed; STOREFRONT_TOOLS moves them.
SF_TOOLS="${STOREFRONT_TOOLS:-${XDG_CACHE_HOME:-$HOME/.cache}/storefront-tools}"
# The code splitter is tools/wasm-split-cli (wasm_split_cli_support 0.2.4 with the chunking
# policy of tools/wasm-split-cli/PATCHES.md), installed per version of its source: a change to
# it installs anew, and checkouts with different versions do not overwrite each other's.
SF_WASM_SPLIT_SRC="$SF_ROOT/tools/wasm-split-cli"
SF_WASM_SPLIT_ID="$(cd "$SF_WASM_SPLIT_SRC" && find Cargo.toml Cargo.lock src -type f | LC_ALL=C sort \
  | xargs sha256sum | sha256sum | cut -c1-16)"
export WASM_SPLIT_CLI="$SF_TOOLS/wasm-split-$SF_WASM_SPLIT_ID/bin/wasm-split-cli"
TRUNK_VERSION="0.21.14"
BINARYEN_VERSION="132"
# Splits the wasm at the app's `#[wasm_split]`/`#[lazy]` points; 0.2.4 reads the markers of
# wasm_split_helpers 0.2.3 (the version leptos 0.8.23 pulls in). See scripts/wasm-split/.

say() { printf '\033[1m[tools]\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31m[tools] error:\033[0m %s\n' "$*" >&2; exit 1; }

# scripts/wasm-split comes first: its `wasm-bindgen` wraps the real one (code splitting).
export PATH="$SF_ROOT/scripts/wasm-split:$SF_TOOLS/node_modules/.bin:$HOME/.cargo/bin:$PATH"

need_command() {
  command -v "$1" >/dev/null 2>&1 || die "'$1' is not installed and this script cannot install it: $2"
}

# The wasm-bindgen version the app is locked to; the CLI must be exactly the same.
locked_wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$SF_ROOT/Cargo.lock"
}

ensure_wasm_target() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "installing the Rust target wasm32-unknown-unknown (rustup)"
    rustup target add wasm32-unknown-unknown || die "rustup could not add wasm32-unknown-unknown"
  fi
}

ensure_trunk() {
  if [[ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]]; then
    say "installing trunk $TRUNK_VERSION (cargo install, takes ~6 minutes on 2 cores)"
    cargo install trunk --version "$TRUNK_VERSION" --locked || die "cargo install trunk $TRUNK_VERSION failed"
  fi
}

ensure_wasm_bindgen() {
  local want
  want="$(locked_wasm_bindgen_version)"
  [[ -n "$want" ]] || die "Cargo.lock names no wasm-bindgen version; run 'cargo generate-lockfile' first"
  if [[ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $want" ]]; then
    say "installing wasm-bindgen-cli $want to match Cargo.lock (cargo install, ~4 minutes)"
    # Not --locked: one of its locked dependencies is no longer in the registry.
    cargo install wasm-bindgen-cli --version "$want" --force || die "cargo install wasm-bindgen-cli $want failed"
  fi
}

ensure_wasm_opt() {
  # Debian's binaryen 108 miscompiles our -Oz output; npm's binaryen 132 works.
  if ! "$SF_TOOLS/node_modules/.bin/wasm-opt" --version 2>/dev/null | grep -q "version_$BINARYEN_VERSION"; then
    need_command npm "install Node.js and npm (Debian: apt-get install -y nodejs npm)"
    say "installing wasm-opt from npm binaryen@$BINARYEN_VERSION into $SF_TOOLS/"
    mkdir -p "$SF_TOOLS"
    npm install --prefix "$SF_TOOLS" --no-audit --no-fund --loglevel=error "binaryen@$BINARYEN_VERSION" \
      || die "npm install binaryen@$BINARYEN_VERSION failed"
  fi
}

ensure_wasm_split() {
  local root="${WASM_SPLIT_CLI%/bin/wasm-split-cli}"
  if [[ ! -x "$WASM_SPLIT_CLI" ]]; then
    say "installing wasm-split-cli from tools/wasm-split-cli into $root (cargo install, ~2 minutes)"
    cargo install --locked --path "$SF_WASM_SPLIT_SRC" --features build-binary --root "$root" --force \
      || die "cargo install --path tools/wasm-split-cli failed"
  fi
  wasm-bindgen --storefront-wasm-split >/dev/null 2>&1 \
    || die "scripts/wasm-split/wasm-bindgen is not first on PATH, or finds no real wasm-bindgen"
}

ensure_browser() {
  if [[ ! -x /usr/bin/chromium || ! -x /usr/bin/chromedriver ]]; then
    say "installing Chromium and ChromeDriver (apt-get install chromium chromium-driver)"
    local sudo=""
    if [[ "$(id -u)" != 0 ]]; then
      command -v sudo >/dev/null 2>&1 || die "Chromium is missing and installing it needs root: run 'apt-get install -y chromium chromium-driver' as root"
      sudo="sudo"
    fi
    $sudo apt-get update -qq || die "apt-get update failed"
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver >/dev/null \
      || die "apt-get install chromium chromium-driver failed"
  fi
}

ensure_build_tools() {
  need_command cargo "install Rust with rustup first (https://rustup.rs)"
  need_command rustup "install Rust with rustup first"
  ensure_wasm_target
  ensure_trunk
  ensure_wasm_bindgen
  ensure_wasm_opt
  ensure_wasm_split
}

build_app() {
  # Trunk.toml's last hook builds the partner widgets (embed.html) into dist/embed/ as well.
  say "building the app and the widgets: trunk build --release --offline"
  (cd "$SF_ROOT" && trunk build --release --offline) || die "trunk build failed"
}
