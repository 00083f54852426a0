#!/usr/bin/env bash
# Search index benchmark (a benchmark, not a test: CI does not run it).
#
# Measures the embedded Lucene search index (core's LuceneSearchIndex) on synthetic, deterministic
# corpora of 10,000 and 100,000 items (English/Spanish, five modules, anti-trafficking vocabulary):
# the time of a full rebuild with replaceAll (seconds and docs/s), the heap used after it, and the
# latency of at least 300 public queries of varied shapes after a 50-query warm-up (median, p95,
# p99, max, mean hits; also per query shape). The last line is "TARGET MET" or "TARGET MISSED" for
# the content issue's target: p95 under 50 ms at 100,000 items.
#
# Run from anywhere (it works from the repository root):
#   bench/search-bench.sh
#   bench/search-bench.sh -Dbench.sizes=10000 -Dbench.queries=500   # extra -D options go to the benchmark
#   bench/search-bench.sh -Dbench.adapter=postgres -Dbench.db.name=beacon_bench   # PostgresSearchIndex
#     (BEACON_DB_HOST/PORT/USER/PASSWORD in the environment; see bench/search/README.md)
#
# It installs core (and the parent pom) into ~/.m2, then compiles and runs bench/search with
# exec:java. A run takes a few minutes and needs ~1 GB of free disk for the temporary indexes,
# which it deletes. Results vary with machine load (other builds, CI): on a busy machine run it
# again, and compare figures only between runs on the same machine.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

started=$(date +%s)

echo "== Installing core (offline first)"
if ! mvn -B -q -ntp -o install -DskipTests -Dspotless.check.skip=true -pl core -am; then
    echo "== Offline install failed; retrying online"
    mvn -B -q -ntp install -DskipTests -Dspotless.check.skip=true -pl core -am
fi

# Compile the benchmark and resolve the exec plugin offline if everything is in ~/.m2; online
# otherwise. (Checked before the run, so that a failing benchmark is not run twice.)
offline=(-o)
if ! mvn -B -q -ntp -o -f bench/search/pom.xml compile exec:help >/dev/null; then
    echo "== Offline resolution failed; resolving online"
    offline=()
    mvn -B -q -ntp -f bench/search/pom.xml compile exec:help >/dev/null
fi

echo "== Running the benchmark"
mvn -B -q -ntp "${offline[@]}" -f bench/search/pom.xml compile exec:java "$@"

echo "== Done in $(( $(date +%s) - started )) s"
