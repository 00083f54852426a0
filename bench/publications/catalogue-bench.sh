#!/usr/bin/env bash
# Throughput and latency of the publications catalogue and of a publication's page with 5,000
# publications in the library, against a static file served by the same Liberty, in one run with
# wrk on loopback. Pages measured: the first catalogue page, a filtered catalogue page (kind +
# topic), a full-text catalogue search, a deep catalogue page, and a detail page.
#
# Usage: bench/publications/catalogue-bench.sh [seconds-per-run]
#   Starts its own portal from the worktree (needs a build: mvn -o package -DskipTests) on
#   BENCH_HTTP_PORT (default 9195) with its own data directory, fills the library to
#   BENCH_PUBLICATIONS (default 5000) synthetic publications (beacon.publications.synthetic.count),
#   measures, and stops the portal. Set BENCH_BASE to measure a portal you started yourself.
# Needs wrk (Debian package "wrk") and curl.
set -euo pipefail
SECONDS_PER_RUN=${1:-15}
PORT=${BENCH_HTTP_PORT:-9195}
HTTPS_PORT=${BENCH_HTTPS_PORT:-9495}
COUNT=${BENCH_PUBLICATIONS:-5000}
DATA=${BENCH_DATA_DIR:-/tmp/beacon-bench-publications}
CONNECTIONS=16
THREADS=2
ROOT=$(cd "$(dirname "$0")/../.." && pwd)

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }

PORTAL_PID=""
stop_portal() {
  if [ -n "$PORTAL_PID" ]; then
    (cd "$ROOT" && mvn -o -q liberty:stop >/dev/null 2>&1) || true
    kill "$PORTAL_PID" 2>/dev/null || true
    wait "$PORTAL_PID" 2>/dev/null || true
    PORTAL_PID=""
  fi
}
trap stop_portal EXIT

start_portal() {
  local synthetic=$1
  (cd "$ROOT" && BEACON_HTTP_PORT=$PORT BEACON_HTTPS_PORT=$HTTPS_PORT BEACON_DATA_DIR=$DATA \
     BEACON_MAIL_HOST=localhost BEACON_PUBLICATIONS_SYNTHETIC_COUNT=$synthetic \
     mvn -o liberty:run >"$DATA.log" 2>&1) &
  PORTAL_PID=$!
  for _ in $(seq 1 900); do
    if grep -q "Beacon started" "$DATA.log" 2>/dev/null; then return 0; fi
    sleep 2
  done
  echo "The portal did not start; see $DATA.log" >&2
  exit 1
}

if [ -z "${BENCH_BASE:-}" ]; then
  mkdir -p "$DATA"
  echo "Preparing a library of $COUNT publications in $DATA (first start loads taxonomy and demo content)…"
  start_portal 0
  stop_portal
  start_portal "$COUNT"
  BASE=http://localhost:$PORT
else
  BASE=$BENCH_BASE
fi
case "$BASE" in
  http://localhost*|http://127.*|http://\[::1\]*) ;;
  *) echo "Refusing to load anything but loopback: $BASE" >&2; exit 2 ;;
esac
curl -fsS -o /dev/null "$BASE/publications" || { echo "No catalogue at $BASE/publications" >&2; exit 2; }
TOTAL=$(curl -fsS "$BASE/oai?verb=ListIdentifiers&metadataPrefix=oai_dc" | grep -o 'completeListSize="[0-9]*"' | grep -o '[0-9]*' || echo "?")
echo "Published publications (OAI completeListSize): $TOTAL"
# Let the search index catch up with the outbox before measuring full-text search.
sleep 10

LUA=$(mktemp --suffix=.lua)
trap 'rm -f "$LUA"; stop_portal' EXIT
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
  wrk -t"$THREADS" -c"$CONNECTIONS" -d5s "$BASE$path" >/dev/null
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency -s "$LUA" "$BASE$path" | grep '^RESULT'
}

echo "Base $BASE, $CONNECTIONS connections, $THREADS threads, ${SECONDS_PER_RUN}s per run"
declare -a NAMES=(static catalogue filtered fulltext deep detail)
declare -A PATHS=(
  [static]=/static/favicon.svg
  [catalogue]=/publications
  [filtered]="/publications?kind=research-report&topic=labour-trafficking"
  [fulltext]="/publications?q=recruitment"
  [deep]="/publications?page=200"
  [detail]=/publications/hidden-hands-colorado-agriculture
)
RESULTS=()
for name in "${NAMES[@]}"; do
  line=$(run "${PATHS[$name]}")
  printf '%-10s %-60s %s\n' "$name" "${PATHS[$name]}" "${line#RESULT }"
  RESULTS+=("$name ${line#RESULT }")
done

python3 - "${RESULTS[@]}" <<'PY'
import sys
rows = {}
for arg in sys.argv[1:]:
    name, *kvs = arg.split()
    rows[name] = dict(kv.split("=") for kv in kvs)
static = float(rows["static"]["rps"])
for name, r in rows.items():
    if name != "static":
        print(f"{name:10s} {float(r['rps']):8.1f} req/s  ratio to static {float(r['rps'])/static:.3f}  p99 {float(r['p99_ms']):.1f} ms  errors {r['errors']}")
PY
