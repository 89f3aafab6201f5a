#!/usr/bin/env bash
# Issue #18: the gut-brain cohort (docs/examples/gutbrain-cohort.yaml, SIZE patients) on the local
# runner (1 and 2 threads) and on Spark local[1] and local[2], each in a fresh JVM through ./limbic,
# wall-clock time of the whole command (Spark's start included), the ratios, and whether the tables
# are the same bytes (the same run id, a catalog each).
#   bench/spark-cohort.sh [SIZE]    default 10000
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
size="${1:-10000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
sed "s/size: 10000/size: $size/" "$root/docs/examples/gutbrain-cohort.yaml" > "$work/cohort.yaml"
"$root/limbic" --version >/dev/null   # builds on first use
seconds() { # NAME ARGS...: runs, prints the wall-clock seconds
  local name="$1"; shift
  local start end
  start=$(date +%s.%N)
  LIMBIC_CATALOG="$work/$name.duckdb" "$root/limbic" run "$work/cohort.yaml" --out "$work/$name" --run-id bench "$@" \
    >"$work/$name.log" 2>&1 || { cat "$work/$name.log" >&2; exit 1; }
  end=$(date +%s.%N)
  echo "$end - $start" | bc -l
}
t_local1=$(seconds local1 --threads 1)
t_local2=$(seconds local2 --threads 2)
t_spark1=$(seconds spark1 --engine spark --master 'local[1]')
t_spark2=$(seconds spark2 --engine spark --master 'local[2]')
same=yes
for run in local1 spark1 spark2; do
  for table in timecourses metrics parameters failures; do
    cmp -s "$work/local2/$table.csv" "$work/$run/$table.csv" || { same=no; echo "differs: $run/$table.csv" >&2; }
  done
done
printf 'gut-brain cohort of %d patients (wall clock, s): local 1 thread %.1f, local 2 threads %.1f, spark local[1] %.1f, spark local[2] %.1f\n' \
  "$size" "$t_local1" "$t_local2" "$t_spark1" "$t_spark2"
printf 'spark local[2] / local 2 threads (time): %.3f   spark scaling local[1] -> local[2]: %.2fx   local scaling: %.2fx\n' \
  "$(echo "$t_spark2 / $t_local2" | bc -l)" "$(echo "$t_spark1 / $t_spark2" | bc -l)" "$(echo "$t_local1 / $t_local2" | bc -l)"
echo "tables byte-identical on all four: $same"
[ "$same" = yes ]
