#!/usr/bin/env bash
# Runs every test: unit, server integration over HTTP, locale checks, browser end-to-end in
# headless Chromium, and the size budget of the release build. Installs what is missing first.
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
