#!/usr/bin/env bash
# Runs every test: formatting and clippy, unit, server integration over HTTP, locale checks,
# browser end-to-end in headless Chromium (crates/e2e), and the size budget of the release
# build. Installs what is missing first.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/tools.sh"
cd "$SF_ROOT"
# Each phase says how long it took: CI time is a budget (README, "The two commands").
phase_start=$SECONDS
lap() { say "$1 took $((SECONDS - phase_start)) s"; phase_start=$SECONDS; }

ensure_build_tools
ensure_browser
lap "installing tools"

say "checking formatting: cargo fmt --check"
cargo fmt --all --check || die "code is not formatted: run 'cargo fmt --all'"

# The lints (Cargo.toml, [workspace.lints]; warnings are errors): the host crates with their
# tests, then the app as wasm, the shop and the widget build. One target dir (the default) and
# the dev profile's `debug = 0` keep this cheap; the tests' build below reuses nothing of it
# (clippy only checks), so it runs before the long builds to fail early.
say "linting: cargo clippy (host, wasm shop, wasm widgets)"
cargo clippy --workspace --all-targets -- -D warnings || die "clippy found problems (host crates)"
cargo clippy --target wasm32-unknown-unknown -p storefront -- -D warnings \
  || die "clippy found problems (the app, wasm)"
cargo clippy --target wasm32-unknown-unknown -p storefront --no-default-features \
  --bin storefront-embed -- -D warnings || die "clippy found problems (the widget build, wasm)"
lap "clippy"

build_app
lap "the release build of the app and the widgets"
say "building the server for the browser tests"
cargo build -p storefront-server || die "server build failed"
lap "the server build"

export STOREFRONT_DIST="$SF_ROOT/dist"
export STOREFRONT_SERVER_BIN="${CARGO_TARGET_DIR:-$SF_ROOT/target}/debug/storefront-server"
export CHROMIUM_BIN=/usr/bin/chromium CHROMEDRIVER_BIN=/usr/bin/chromedriver

say "building the tests: cargo test --workspace --no-run"
cargo test --workspace --no-run || die "the tests do not build"
lap "building the tests"
say "running the tests: cargo test --workspace"
cargo test --workspace --no-fail-fast "$@"
lap "cargo test"
say "all tests passed in $SECONDS s"
