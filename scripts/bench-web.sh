#!/usr/bin/env bash
# Page speed of the shop (a benchmark, not a test): Lighthouse 12.2.3 (npm, pinned, installed
# into .tools/lighthouse on first use) against Debian's Chromium, default mobile preset
# (simulated slow 4G, mid phone), RUNS runs per page over /, a product page, a category page
# and a search; prints the median performance score, FCP, LCP, TBT, CLS, request count and the
# SEO and Best Practices scores per page.
#
# Needs a RELEASE app build in dist/ (`trunk build --release --offline`) and the server binary.
# Usage: scripts/bench-web.sh [--dist DIR] [--server BIN] [--runs N] [--products N] [--keep DIR]
# (--keep DIR: keep every Lighthouse report there, e.g. to see the LCP element and its timing)
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DIST="$ROOT/dist"
SERVER="${CARGO_TARGET_DIR:-$ROOT/target}/debug/storefront-server"
RUNS=3
PRODUCTS=20000
KEEP=""
while [ $# -gt 0 ]; do
  case "$1" in
    --dist) DIST="$2"; shift 2 ;;
    --server) SERVER="$2"; shift 2 ;;
    --runs) RUNS="$2"; shift 2 ;;
    --products) PRODUCTS="$2"; shift 2 ;;
    --keep) KEEP="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
[ -f "$DIST/index.html" ] || { echo "no $DIST/index.html: trunk build --release --offline" >&2; exit 1; }
[ -x "$SERVER" ] || { echo "no server binary at $SERVER: cargo build -p storefront-server" >&2; exit 1; }

TOOLS="$ROOT/.tools/lighthouse"
LH="$TOOLS/node_modules/.bin/lighthouse"
if [ ! -x "$LH" ]; then
  mkdir -p "$TOOLS"
  npm install --prefix "$TOOLS" --no-audit --no-fund --save-exact lighthouse@12.2.3 >&2
fi
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
FLAGS="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run"

WORK="$(mktemp -d)"
SERVER_PID=""
cleanup() {
  if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
  if [ -n "$KEEP" ]; then mkdir -p "$KEEP" && cp "$WORK"/*.json "$KEEP"/ 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

"$SERVER" --bind 127.0.0.1:0 --db "$WORK/shop.db" --dist "$DIST" --products "$PRODUCTS" \
  >"$WORK/out" 2>"$WORK/log" &
SERVER_PID=$!
BASE=""
for _ in $(seq 1 600); do
  BASE="$(sed -n 's/^listening on \(.*\)$/\1/p' "$WORK/out" | head -1)"
  [ -n "$BASE" ] && break
  sleep 0.5
done
[ -n "$BASE" ] || { echo "server did not start:"; cat "$WORK/log"; exit 1; } >&2
BASE="${BASE%/}"

PRODUCT="$(curl -s "$BASE/api/v1/home?lang=en" | python3 -c 'import json,sys; print(json.load(sys.stdin)["deals"][0]["id"])')"
CATEGORY="$(curl -s "$BASE/api/v1/categories?lang=en" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["slug"])')"
PAGES=("/" "/p/$PRODUCT" "/c/$CATEGORY" "/search?q=phone")

for page in "${PAGES[@]}"; do
  for run in $(seq 1 "$RUNS"); do
    "$LH" "$BASE$page" --quiet --output=json --output-path="$WORK/$(printf %s "$page" | tr -c 'a-z0-9' '_')-$run.json" \
      --only-categories=performance,seo,best-practices --chrome-flags="$FLAGS" >/dev/null 2>>"$WORK/lh.log" \
      || echo "lighthouse failed on $page (run $run)" >&2
  done
done

python3 - "$WORK" "$RUNS" "${PAGES[@]}" <<'EOF'
import json, os, statistics, sys
work, runs, pages = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
print(f"{'page':<22} {'perf':>5} {'FCP s':>7} {'LCP s':>7} {'TBT ms':>7} {'CLS':>6} {'req':>5} {'SEO':>4} {'BP':>4}")
for page in pages:
    key = "".join(c if c in "abcdefghijklmnopqrstuvwxyz0123456789" else "_" for c in page)
    rows = []
    for run in range(1, runs + 1):
        path = os.path.join(work, f"{key}-{run}.json")
        if not os.path.exists(path):
            continue
        r = json.load(open(path))
        if r.get("runtimeError"):
            # e.g. NO_NAVSTART on a busy machine: the run measured nothing.
            print(f"{page}: run {run} failed: {r['runtimeError'].get('code')}", file=sys.stderr)
            continue
        a = r["audits"]
        rows.append((
            (r["categories"]["performance"]["score"] or 0) * 100,
            a["first-contentful-paint"]["numericValue"] / 1000,
            a["largest-contentful-paint"]["numericValue"] / 1000,
            a["total-blocking-time"]["numericValue"],
            a["cumulative-layout-shift"]["numericValue"],
            len(a["network-requests"]["details"]["items"]),
            (r["categories"]["seo"]["score"] or 0) * 100,
            (r["categories"]["best-practices"]["score"] or 0) * 100,
        ))
    if not rows:
        print(f"{page:<22} (no runs)")
        continue
    m = [statistics.median(col) for col in zip(*rows)]
    print(f"{page:<22} {m[0]:>5.0f} {m[1]:>7.2f} {m[2]:>7.2f} {m[3]:>7.0f} {m[4]:>6.3f} {m[5]:>5.0f} {m[6]:>4.0f} {m[7]:>4.0f}")
EOF
