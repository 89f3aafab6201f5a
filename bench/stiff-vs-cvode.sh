#!/usr/bin/env bash
# Limbic's stiff default against SUNDIALS CVODE (BDF, dense LU, analytic Jacobian) on HIRES, POLLU and
# ROBER, on this machine, in this run. Prints both lines per setting and the ratio Limbic / CVODE of
# the median solve time. Usage: bench/stiff-vs-cvode.sh [REPS]   (default 51)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
reps="${1:-51}"
src="$root/../shared/bench/cvode_bench.c"
[ -f "$src" ] || { echo "stiff-vs-cvode: $src not found (the CVODE reference lives in ../shared/bench beside the repo)" >&2; exit 2; }
if [ ! -f /usr/include/cvode/cvode.h ] && [ ! -f /usr/local/include/cvode/cvode.h ]; then
  echo "stiff-vs-cvode: SUNDIALS headers not found; install them (Debian: apt-get install -y libsundials-dev)" >&2
  exit 2
fi
bin="$(mktemp -d)/cvode_bench"
gcc -O2 -o "$bin" "$src" -lsundials_cvode -lsundials_nvecserial -lsundials_sunmatrixdense \
  -lsundials_sunlinsoldense -lm
field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$2"; }
printf '%-6s %-6s | %7s %6s %10s | %7s %6s %10s | %s\n' problem tol limbic mescd median_us cvode mescd median_us ratio
for setting in "hires 1e-6" "hires 1e-8" "pollu 1e-6" "pollu 1e-8" "rober 1e-8" "rober 1e-10"; do
  set -- $setting
  lim="$("$root/limbic" bench stiff "$1" --rtol "$2" --atol "$2" --reps "$reps")"
  cv="$("$bin" "$1" "$2" "$2" "$reps")"
  echo "  limbic: $lim"
  echo "  cvode:  $cv"
  lt="$(field median_us "$lim")"; ct="$(field median_us "$cv")"
  printf '%-6s %-6s | %7s %6s %10s | %7s %6s %10s | %.2f\n' "$1" "$2" \
    "$(field steps "$lim")" "$(field mescd "$lim")" "$lt" "$(field steps "$cv")" "$(field mescd "$cv")" "$ct" \
    "$(awk -v a="$lt" -v b="$ct" 'BEGIN { print a / b }')"
done
