#!/usr/bin/env bash
# Load on the web explorer (issue #17, 'must show' 4): starts `limbic serve` on a free loopback port
# with a 512 MB heap, runs bench/ServeLoad.java (USERS virtual users for SECONDS: models, a model
# sheet, a small run submitted, polled and fetched, in a loop), then prints throughput, latency
# percentiles, errors and the server's peak resident memory. Bounded: loopback only, fixed duration.
# Usage: bench/serve-load.sh [USERS=50] [SECONDS=60] [MAX_RUNS=2]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$root/scripts/java-env.sh"
users="${1:-50}"; seconds="${2:-60}"; max_runs="${3:-2}"
"$root/limbic" --version >/dev/null   # builds the jar if it is stale
log="$(mktemp)"
"$JAVA_HOME/bin/java" -Xmx512m -XX:+UseParallelGC -Xss8m --enable-native-access=ALL-UNNAMED -jar "$root/limbic-cli/target/limbic.jar" \
  serve --port 0 --max-runs "$max_runs" >"$log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; rm -f "$log"' EXIT
for _ in $(seq 1 100); do grep -q "http://" "$log" && break; sleep 0.2; done
url="$(grep -o 'http://[^ ]*' "$log" | head -1)"
[ -n "$url" ] || { cat "$log" >&2; echo "serve-load: the server did not start" >&2; exit 2; }
echo "machine: $(nproc) cores, load average before: $(cut -d" " -f1-3 /proc/loadavg); server $url, --max-runs $max_runs, -Xmx512m"
peak=0
( while kill -0 "$server" 2>/dev/null; do
    rss=$(awk '/VmRSS/ {print $2}' /proc/"$server"/status 2>/dev/null || echo 0)
    echo "$rss"; sleep 1
  done ) >"$log.rss" &
sampler=$!
status=0
"$JAVA_HOME/bin/java" "$root/bench/ServeLoad.java" "$url" "$users" "$seconds" || status=$?
kill "$sampler" 2>/dev/null || true
peak=$(sort -n "$log.rss" | tail -1); rm -f "$log.rss"
echo "server peak resident memory: $((peak / 1024)) MB"
exit "$status"
