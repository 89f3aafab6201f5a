#!/usr/bin/env bash
# Multistart fits of the PEtab benchmark problems (issue #12, must-show 5): 100 Latin-hypercube
# starts (seed 1) on Boehm, Fujita, Fiedler, Borghans and Schwen, 20 on Bachmann, each compared with
# the llh at the published (nominal) parameters. One line per problem, from `limbic fit`, then the
# nominal llh. Usage: bench/petab-fits.sh [--hierarchical] [THREADS] [PROBLEM ...]; results in
# target/petab-fits/ (target/petab-fits-hierarchical/ with --hierarchical, which fits hierarchically).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bench="${LIMBIC_SHARED:-$here/../shared}/petab/benchmark"
[[ -d "$bench" ]] || { echo "petab-fits: $bench is absent; it needs ../shared/petab" >&2; exit 2; }
options=()
suffix=""
if [[ "${1:-}" == --hierarchical ]]; then
  options=(--hierarchical)
  suffix="-hierarchical"
  shift
fi
threads="${1:-2}"
shift || true
problems=("$@")
[[ ${#problems[@]} -gt 0 ]] || problems=(Boehm_JProteomeRes2014 Fiedler_BMCSystBiol2016 Borghans_BiophysChem1997
  Fujita_SciSignal2010 Schwen_PONE2014 Bachmann_MSB2011)
out="$here/target/petab-fits$suffix"
mkdir -p "$out"
for p in "${problems[@]}"; do
  starts=100
  [[ "$p" == Bachmann_MSB2011 ]] && starts=20
  rm -rf "$out/$p"
  "$here/limbic" fit "$bench/$p/$p.yaml" --starts "$starts" --seed 1 --threads "$threads" "${options[@]}" --out "$out/$p" 2>/dev/null | tail -1 || echo "fit $p failed"
  "$here/limbic" petab llh "$bench/$p/$p.yaml" | sed "s/^/  nominal: /"
done
