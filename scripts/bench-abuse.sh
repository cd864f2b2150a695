#!/usr/bin/env bash
# Abuse benchmark of the reference server (NOT a test): loopback only, bounded in count and time
# (about 3-5 minutes). It starts its own server on 127.0.0.1 with a temporary database and
# measures, each phase against a freshly started server on the same database:
#   A. 8 parallel counterfeit reports, each with 3 noisy lossy WebP files of 8192x5400
#      (~3 MB each, `cwebp -q 0`): peak RSS, MB the server wrote, answers, time;
#   B. the same with 24-megapixel files (6000x4000), the largest the hardened server decodes;
#   C. 128 parallel sign-ins with wrong passwords (distinct e-mails): peak RSS, answers;
#   D. 600 slowloris connections (a header line every 5 s): how many are still open at 30 s.
# During A-C a client reads GET /api/v1/products/1 in a loop: its p50/p95 latency.
# Each parallel client uses its own loopback address (127.0.0.x / 127.0.1.x), as many attackers
# would, so per-client limits do not hide the cost of the work itself.
#
# Usage: [BENCH_PHASES=ABCD] scripts/bench-abuse.sh [SERVER_BINARY]   (default: target/server/storefront-server,
#        built by `cargo build --profile server -p storefront-server`). Needs python3, curl and
#        cwebp (Debian: apt-get install webp). Inputs are cached in target/bench-abuse-inputs.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BIN="${1:-${STOREFRONT_SERVER_BIN:-$ROOT/target/server/storefront-server}}"
[ -x "$BIN" ] || { echo "no server binary at $BIN" >&2; exit 1; }
for tool in python3 curl cwebp; do
  command -v "$tool" >/dev/null || { echo "bench-abuse needs $tool" >&2; exit 1; }
done
PRODUCTS="${BENCH_PRODUCTS:-5000}"
INPUTS="$ROOT/target/bench-abuse-inputs"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/bench-abuse.XXXXXX")"
TOKEN="bench-abuse-operator-token"
PID=""
HELPERS=()
cleanup() {
  local p
  for p in "${HELPERS[@]}" $PID; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

cat > "$WORK/tools.py" <<'PY'
import os, signal, socket, sys, time, urllib.request

def noise(w, h, out):
    with open(out, "wb") as f:
        f.write(b"P6\n%d %d\n255\n" % (w, h))
        for _ in range(h):
            f.write(os.urandom(w * 3))

def sample(pid, out):
    """Peak VmRSS (kB) of pid until SIGTERM."""
    peak = 0
    stop = []
    signal.signal(signal.SIGTERM, lambda *a: stop.append(1))
    while not stop:
        try:
            with open(f"/proc/{pid}/status") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        peak = max(peak, int(line.split()[1]))
        except OSError:
            break
        time.sleep(0.05)
    with open(out, "w") as f:
        f.write(str(peak))

def io(pid):
    vals = {}
    with open(f"/proc/{pid}/io") as f:
        for line in f:
            k, v = line.split(":")
            vals[k] = int(v)
    print(vals["write_bytes"], vals["wchar"])

def latency(url, out):
    """GET url in a loop until SIGTERM; writes one latency (ms) a line, -1 for a failure."""
    stop = []
    signal.signal(signal.SIGTERM, lambda *a: stop.append(1))
    with open(out, "w") as f:
        while not stop:
            t = time.perf_counter()
            try:
                with urllib.request.urlopen(url, timeout=30) as r:
                    r.read()
                ms = (time.perf_counter() - t) * 1000
            except Exception:
                ms = -1
            f.write(f"{ms:.1f}\n")
            f.flush()
            time.sleep(0.05)

def pct(path):
    xs = sorted(float(x) for x in open(path) if x.strip() and float(x) >= 0)
    fails = sum(1 for x in open(path) if x.strip() and float(x) < 0)
    if not xs:
        print(f"no successful reads, {fails} failed")
        return
    p = lambda q: xs[min(len(xs) - 1, int(q * len(xs)))]
    print(f"n={len(xs)} p50={p(0.5):.0f} ms p95={p(0.95):.0f} ms max={xs[-1]:.0f} ms failed={fails}")

def slowloris(host, port, n, seconds):
    socks = []
    for i in range(n):
        s = socket.socket()
        s.settimeout(2)
        try:
            s.bind((f"127.0.2.{i % 250 + 1}", 0))
            s.connect((host, port))
            s.sendall(b"GET /api/v1/health HTTP/1.1\r\nHost: bench\r\n")
            s.setblocking(False)
            socks.append(s)
        except OSError:
            s.close()
    start = time.time()
    opened = len(socks)
    while time.time() - start < seconds:
        time.sleep(5)
        for s in socks:
            try:
                s.send(b"X-Slow: 1\r\n")
            except OSError:
                pass
    still = 0
    for s in socks:
        try:
            while True:  # drain what the server sent; an empty read is its close
                if not s.recv(65536):
                    break
        except BlockingIOError:
            still += 1
        except OSError:
            pass
        s.close()
    print(f"opened={opened} still_open_at_{seconds}s={still}")

cmd = sys.argv[1]
if cmd == "noise": noise(int(sys.argv[2]), int(sys.argv[3]), sys.argv[4])
elif cmd == "sample": sample(int(sys.argv[2]), sys.argv[3])
elif cmd == "io": io(int(sys.argv[2]))
elif cmd == "latency": latency(sys.argv[2], sys.argv[3])
elif cmd == "pct": pct(sys.argv[2])
elif cmd == "slowloris": slowloris(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]))
PY
T() { python3 "$WORK/tools.py" "$@"; }

mkdir -p "$INPUTS"
make_webp() { # name width height
  if [ ! -s "$INPUTS/$1.webp" ]; then
    echo "making $1.webp (${2}x${3} noise, cwebp -q 0)"
    T noise "$2" "$3" "$WORK/$1.ppm"
    cwebp -quiet -q 0 "$WORK/$1.ppm" -o "$INPUTS/$1.webp"
    rm -f "$WORK/$1.ppm"
  fi
}
make_webp noise-44mp 8192 5400
make_webp noise-24mp 6000 4000

start_server() {
  STOREFRONT_OPERATOR_TOKEN="$TOKEN" RUST_LOG=warn "$BIN" --bind 127.0.0.1:0 \
    --db "$WORK/data/bench.db" --dist "$WORK/no-dist" --products "$PRODUCTS" --demo \
    > "$WORK/server.out" 2>> "$WORK/server.err" &
  PID=$!
  local i
  for i in $(seq 1 600); do
    BASE="$(sed -n 's/^listening on //p' "$WORK/server.out" | head -1)"
    [ -n "$BASE" ] && return 0
    kill -0 "$PID" 2>/dev/null || { cat "$WORK/server.err" >&2; exit 1; }
    sleep 0.5
  done
  echo "server did not start" >&2; exit 1
}
# SIGTERM, then SIGKILL after 5 s (a server still decoding would otherwise finish first).
stop_server() {
  kill "$PID" 2>/dev/null || true
  local i
  for i in $(seq 1 50); do kill -0 "$PID" 2>/dev/null || break; sleep 0.1; done
  kill -9 "$PID" 2>/dev/null || true
  wait "$PID" 2>/dev/null || true
  PID=""
}

# Runs "$@" (a phase) with the RSS sampler and the catalogue reader; prints their figures.
measure() {
  local label="$1"; shift
  start_server
  local rss0 io0 t0
  rss0="$(awk '/VmRSS/ {print $2}' "/proc/$PID/status")"
  io0="$(T io "$PID")"
  # python3 itself in the background (not a shell function), so that $! is its pid.
  python3 "$WORK/tools.py" sample "$PID" "$WORK/peak" &
  local sampler=$!
  python3 "$WORK/tools.py" latency "$BASE/api/v1/products/1" "$WORK/lat" &
  local reader=$!
  HELPERS=("$sampler" "$reader")
  t0="$(date +%s.%N)"
  "$@"
  local t1; t1="$(date +%s.%N)"
  kill "$reader" "$sampler"; wait "$reader" "$sampler" 2>/dev/null || true
  HELPERS=()
  local io1; io1="$(T io "$PID")"
  local stored; stored="$(du -sb "$WORK/data/uploads" 2>/dev/null | cut -f1 || echo 0)"
  echo "== $label"
  echo "   answers:        $(sort "$WORK/codes" | uniq -c | awk '{printf "%s×%s ", $1, $2}')"
  echo "   time:           $(awk "BEGIN {printf \"%.1f s\", $t1 - $t0}")"
  local peak; peak="$(cat "$WORK/peak" 2>/dev/null || echo 0)"
  echo "   RSS:            $((rss0 / 1024)) MB at start, peak $((peak / 1024)) MB"
  set -- $io0; local w0=$1 c0=$2; set -- $io1
  echo "   written:        $(( ($1 - w0) / 1048576 )) MB to storage (write_bytes), $(( ($2 - c0) / 1048576 )) MB by write calls; uploads now $(( ${stored:-0} / 1048576 )) MB"
  echo "   catalogue:      $(T pct "$WORK/lat")"
  stop_server
  rm -rf "$WORK/data/uploads"
}

reports() { # file
  : > "$WORK/codes"
  local i pids=()
  for i in $(seq 1 8); do
    curl -s -o /dev/null -w '%{http_code}\n' --max-time 150 --interface "127.0.0.$((i + 10))" \
      -H 'Expect:' -H "Idempotency-Key: bench-$i-$RANDOM" -F reason=counterfeit \
      -F "details=Bench report: the listing shows a counterfeit item." \
      -F "evidence=@$1" -F "evidence=@$1" -F "evidence=@$1" \
      "$BASE/api/v1/products/1/reports" >> "$WORK/codes" &
    pids+=($!)
  done
  wait "${pids[@]}" || true
}
reports_44() { reports "$INPUTS/noise-44mp.webp"; }
reports_24() { reports "$INPUTS/noise-24mp.webp"; }

sign_ins() {
  : > "$WORK/codes"
  local i pids=()
  for i in $(seq 1 128); do
    curl -s -o /dev/null -w '%{http_code}\n' --max-time 60 --interface "127.0.1.$((i % 250 + 1))" \
      -H 'Content-Type: application/json' \
      -d "{\"email\":\"bench$i@example.com\",\"password\":\"wrong password $i\"}" \
      "$BASE/api/v1/session" >> "$WORK/codes" &
    pids+=($!)
  done
  wait "${pids[@]}" || true
}

echo "server: $BIN"
echo "inputs: $(stat -c '%n %s bytes' "$INPUTS"/noise-44mp.webp "$INPUTS"/noise-24mp.webp | sed "s|$INPUTS/||" | paste -sd ';')"
PHASES="${BENCH_PHASES:-ABCD}"
[[ $PHASES == *A* ]] && measure "A. 8 parallel reports x 3 files of 8192x5400 lossy WebP ($(( $(stat -c %s "$INPUTS/noise-44mp.webp") * 24 / 1048576 )) MB uploaded)" reports_44
[[ $PHASES == *B* ]] && measure "B. 8 parallel reports x 3 files of 6000x4000 lossy WebP ($(( $(stat -c %s "$INPUTS/noise-24mp.webp") * 24 / 1048576 )) MB uploaded)" reports_24
[[ $PHASES == *C* ]] && measure "C. 128 parallel sign-ins with wrong passwords" sign_ins

if [[ $PHASES == *D* ]]; then
  start_server
  echo "== D. slowloris: 600 connections sending a header line every 5 s"
  echo "   $(T slowloris 127.0.0.1 "${BASE##*:}" 600 30)"
  stop_server
fi
