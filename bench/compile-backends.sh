#!/usr/bin/env bash
# Code generation backends compared with JMH (limbic-bench): compile time (generation + class definition +
# instantiation) of java.lang.classfile against Janino on generated 100- and 1,000-reaction mass-action
# networks, warm (AverageTime) and cold (first compile in a fresh JVM, SingleShotTime), and rhs/Jacobian
# evaluation time of both kernels on the 100-reaction network. About 4 minutes on 2 cores.
# Usage: bench/compile-backends.sh [extra JMH options, e.g. -f 1 for a quick look]
# Full JMH output: target/compile-backends.log; results as CSV: target/compile-backends.csv.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$root/scripts/java-env.sh"
mkdir -p "$root/target"
echo "compile-backends: building limbic-bench (log in target/build.log) ..." >&2
if ! (cd "$root" && mvn -B -ntp -DskipTests package -pl limbic-bench -am) >"$root/target/build.log" 2>&1; then
  tail -40 "$root/target/build.log" >&2
  echo "compile-backends: build failed; the full log is $root/target/build.log" >&2
  exit 2
fi
echo "machine: $(nproc) cores, $("$JAVA_HOME/bin/java" -version 2>&1 | head -1), load average before: $(cut -d" " -f1-3 /proc/loadavg)"
"$JAVA_HOME/bin/java" --sun-misc-unsafe-memory-access=allow -jar "$root/limbic-bench/target/benchmarks.jar" \
  'org.limbic.bench.compile.(CompileTimeBenchmark|FirstCompileBenchmark|KernelEvaluationBenchmark)' \
  -rf csv -rff "$root/target/compile-backends.csv" "$@" >"$root/target/compile-backends.log" 2>&1 \
  || { tail -40 "$root/target/compile-backends.log" >&2; exit 1; }
sed -n '/^Benchmark /,$p' "$root/target/compile-backends.log" | grep -v '^Benchmark result'
# JMH's score is a mean; on a shared 2-core machine one slow iteration moves it a lot, so print the
# median and minimum of the measured iterations (all forks) too.

echo "median and minimum over all measured iterations:"
awk '/^# Benchmark: / { name = $3; sub(/.*\./, "", name); sub(/^org\.limbic\.compile\./, "", $3); bench = $3 }
     /^# Parameters: / { params = $0; sub(/^# Parameters: /, "", params) }
     /^Iteration / { key = bench " " params; unit = $4; n[key]++; v[key, n[key]] = $3; units[key] = unit
                     if (!(key in seen)) { seen[key] = 1; order[++keys] = key } }
     END { for (k = 1; k <= keys; k++) { key = order[k]; m = n[key]
             for (i = 1; i <= m; i++) a[i] = v[key, i]
             for (i = 2; i <= m; i++) { x = a[i]; for (j = i - 1; j >= 1 && a[j] > x; j--) a[j + 1] = a[j]; a[j + 1] = x }
             med = m % 2 ? a[(m + 1) / 2] : (a[m / 2] + a[m / 2 + 1]) / 2
             printf "  %-60s n=%-3d median=%10.3f min=%10.3f %s\n", key, m, med, a[1], units[key] } }' \
  "$root/target/compile-backends.log"
