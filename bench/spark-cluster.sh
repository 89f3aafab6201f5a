#!/usr/bin/env bash
# Issue #18, must-show 3 and 5: a two-worker Spark standalone cluster started on this machine on
# loopback (a Master and two Workers of one core each, Spark's own classes from limbic-spark's jars,
# no Spark download), the gut-brain cohort run on it, and the same run again with one executor killed
# (kill -9) while its tasks run. Both must write the same CSV bytes as the local runner (the Parquet
# files' rows are compared by SparkIdentityTest), and the killed run must exit 0 after Spark retried
# the lost tasks on the other executor and the Worker started a new one.
#   bench/spark-cluster.sh [SIZE]    default 40000 patients
# This is the recipe of docs/spark.md ("A standalone cluster"), on one machine.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
. "$root/scripts/java-env.sh"
size="${1:-40000}"
work="$(mktemp -d)"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
"$root/limbic" --version >/dev/null   # builds on first use
lib="$root/limbic-spark/target/lib"
# a Worker starts executors with SPARK_HOME/jars on their class path: Spark's jars, as Maven copied them
mkdir -p "$work/spark-home"
ln -s "$lib" "$work/spark-home/jars"
export SPARK_HOME="$work/spark-home"
# without this, the launcher looks for a source build (launcher/target/scala-2.13) and no executor starts
export SPARK_SCALA_VERSION=2.13
# exec: the background job is the JVM itself, so that cleanup kills the Master and Workers, not a subshell
spark_class() { exec "$JAVA_HOME/bin/java" "@$root/limbic-spark/jvm-options" -cp "$lib/*" "$@"; }
port=$(( 20000 + RANDOM % 20000 ))
master="spark://127.0.0.1:$port"
spark_class org.apache.spark.deploy.master.Master --host 127.0.0.1 --port "$port" --webui-port 0 >"$work/master.log" 2>&1 &
pids+=($!)
for _ in $(seq 60); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.5; done
for w in 1 2; do
  spark_class org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --cores 1 --memory 2g --webui-port 0 \
    --work-dir "$work/worker$w" "$master" >"$work/worker$w.log" 2>&1 &
  pids+=($!)
done
sleep 5   # the Workers register with the Master
sed "s/size: 10000/size: $size/" "$root/docs/examples/gutbrain-cohort.yaml" > "$work/cohort.yaml"
run() { # NAME ARGS...
  local name="$1"; shift
  LIMBIC_CATALOG="$work/$name.duckdb" "$root/limbic" run "$work/cohort.yaml" --out "$work/$name" --run-id cluster "$@" \
    >"$work/$name.log" 2>&1
}
same() { # NAME: the run's CSV files are the local runner's bytes
  local ok=yes
  for table in timecourses metrics parameters failures; do
    cmp -s "$work/local/$table.csv" "$work/$1/$table.csv" || { ok=no; echo "differs: $1/$table.csv" >&2; }
  done
  echo "$ok"
}
start=$(date +%s.%N); run local --threads 2; t_local=$(echo "$(date +%s.%N) - $start" | bc -l)
start=$(date +%s.%N); run cluster --engine spark --master "$master" || { cat "$work/cluster.log" >&2; exit 1; }
t_cluster=$(echo "$(date +%s.%N) - $start" | bc -l)
same_cluster=$(same cluster)
executors() { pgrep -f 'org.apache.spark.executor.CoarseGrainedExecutorBackend' || true; }
# the same run, and one executor killed once both are computing
start=$(date +%s.%N)
run killed --engine spark --master "$master" &
driver=$!
for _ in $(seq 120); do [ "$(executors | wc -l)" -ge 2 ] && break; sleep 0.5; done
sleep 6
victim=$(executors | head -1)
[ -n "$victim" ] || { echo "no executor to kill" >&2; exit 1; }
kill -9 "$victim"
killed_at=$(echo "$(date +%s.%N) - $start" | bc -l)
status=0; wait "$driver" || status=$?
t_killed=$(echo "$(date +%s.%N) - $start" | bc -l)
[ "$status" = 0 ] || { cat "$work/killed.log" >&2; echo "the run with a killed executor failed (exit $status)" >&2; exit 1; }
same_killed=$(same killed)
launched=$(find "$work"/worker1 "$work"/worker2 -mindepth 2 -maxdepth 2 -type d | wc -l)
printf 'gut-brain cohort of %d patients: local runner (2 threads) %.1f s; two-worker standalone cluster (1 core each) %.1f s; same bytes: %s\n' \
  "$size" "$t_local" "$t_cluster" "$same_cluster"
printf 'executor %s killed at %.1f s; the run exited 0 after %.1f s; executors the Workers started over the two cluster runs: %d; same bytes: %s\n' \
  "$victim" "$killed_at" "$t_killed" "$launched" "$same_killed"
[ "$same_cluster" = yes ] && [ "$same_killed" = yes ]
