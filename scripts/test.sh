#!/usr/bin/env bash
# Runs every test: unit, server integration over HTTP, locale checks, browser end-to-end in
# headless Chromium, and the size budget of the release build. Installs what is missing first.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/tools.sh"
cd "$SF_ROOT"

ensure_build_tools
ensure_browser

say "checking formatting: cargo fmt --check"
cargo fmt --all --check || die "code is not formatted: run 'cargo fmt --all'"

build_app
say "building the server for the browser tests"
cargo build -p storefront-server || die "server build failed"

export STOREFRONT_DIST="$SF_ROOT/dist"
export STOREFRONT_SERVER_BIN="${CARGO_TARGET_DIR:-$SF_ROOT/target}/debug/storefront-server"
export CHROMIUM_BIN=/usr/bin/chromium CHROMEDRIVER_BIN=/usr/bin/chromedriver

say "running the tests: cargo test --workspace"
cargo test --workspace --no-fail-fast "$@"
