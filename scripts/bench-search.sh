#!/usr/bin/env bash
# Search benchmark (not part of the tests): builds the server and the benchmark with the
# optimised `server` profile, seeds a catalogue (default 100,000 products) in a temporary
# database, and prints p50/p95/p99/max latency per request kind over 127.0.0.1.
#   scripts/bench-search.sh                      # 100k products, 200 requests per kind
#   scripts/bench-search.sh --products 20000 --requests 500 --warmup 50
#   scripts/bench-search.sh --db /tmp/bench.db   # keep the database and reuse it next time
set -euo pipefail
cd "$(dirname "$0")/.."
echo "building (cargo build --profile server -p storefront-server --bin storefront-server --example bench_search)…" >&2
cargo build --quiet --profile server -p storefront-server --bin storefront-server --example bench_search
target_dir="${CARGO_TARGET_DIR:-target}"
exec "$target_dir/server/examples/bench_search" --server "$target_dir/server/storefront-server" "$@"
