#!/usr/bin/env bash
# Throughput and latency of the home page against a static file served by the same Liberty,
# measured in one run with wrk on loopback. Target: home page >= 10% of the static file's rate,
# p99 under 100 ms at 16 connections.
#
# Usage: start the portal (mvn liberty:run), then: bench/home-vs-static.sh [base-url] [seconds]
# Needs wrk (Debian package "wrk").
set -euo pipefail
BASE=${1:-http://localhost:9080}
SECONDS_PER_RUN=${2:-20}
CONNECTIONS=16
THREADS=2

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
case "$BASE" in
  http://localhost*|http://127.*|http://\[::1\]*) ;;
  *) echo "Refusing to load anything but loopback: $BASE" >&2; exit 2 ;;
esac
curl -fsS -o /dev/null "$BASE/" || { echo "No portal answers at $BASE (start it with mvn liberty:run)" >&2; exit 2; }

LUA=$(mktemp --suffix=.lua)
trap 'rm -f "$LUA"' EXIT
cat > "$LUA" <<'LUA'
done = function(summary, latency, requests)
  io.write(string.format("RESULT rps=%.1f p50_ms=%.2f p99_ms=%.2f errors=%d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
LUA

run() {
  local path=$1
  # warm-up, not measured
  wrk -t"$THREADS" -c"$CONNECTIONS" -d5s "$BASE$path" >/dev/null
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency -s "$LUA" "$BASE$path" | grep '^RESULT'
}

echo "Base $BASE, $CONNECTIONS connections, $THREADS threads, ${SECONDS_PER_RUN}s per run"
static=$(run /static/favicon.svg)
home=$(run /)
echo "static file  /static/favicon.svg: ${static#RESULT }"
echo "home page    /                  : ${home#RESULT }"

python3 - "$static" "$home" <<'PY'
import sys
def parse(line):
    return dict(kv.split("=") for kv in line.split()[1:])
s, h = parse(sys.argv[1]), parse(sys.argv[2])
ratio = float(h["rps"]) / float(s["rps"])
print(f"home/static throughput ratio: {ratio:.3f} (target >= 0.10)")
print(f"home p99: {float(h['p99_ms']):.1f} ms (target < 100 ms)")
ok = ratio >= 0.10 and float(h["p99_ms"]) < 100 and int(h["errors"]) == 0
print("TARGET MET" if ok else "TARGET MISSED")
PY
