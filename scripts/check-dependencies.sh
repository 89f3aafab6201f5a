#!/usr/bin/env bash
# Fails when the resolved dependencies of any module bring what issue #16 removed: JSBML's umbrella
# artifact (twelve extensions, jtidy), xstream before 1.4.21 or woodstox before 5.4.0
# (CVE-2022-40152). Run by .ci/run; prints the offending lines of `mvn dependency:tree`.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$root/scripts/java-env.sh"
cd "$root"
tree="$(mktemp)"
trap 'rm -f "$tree"' EXIT
# compile, so that the reactor resolves its own modules without an install
mvn -B -ntp -q compile dependency:tree -DoutputFile="$tree" -DappendOutput=true >/dev/null
python3 - "$tree" <<'PY'
import re, sys
def version(v):
    return tuple(int(x) for x in re.findall(r"\d+", v)[:3])
bad = []
seen = 0
for line in open(sys.argv[1]):
    m = re.search(r"([\w.\-]+):([\w.\-]+):jar:([\w.\-]+):", line)
    if not m:
        continue
    seen += 1
    group, artifact, v = m.groups()
    if (group, artifact) == ("org.sbml.jsbml", "jsbml"):
        bad.append(line.strip() + "   <- JSBML umbrella: depend on jsbml-core and jsbml-comp")
    elif artifact == "xstream" and version(v) < (1, 4, 21):
        bad.append(line.strip() + "   <- xstream before 1.4.21")
    elif artifact == "woodstox-core" and version(v) < (5, 4, 0):
        bad.append(line.strip() + "   <- woodstox before 5.4.0 (CVE-2022-40152)")
if seen < 20:
    print("check-dependencies: the dependency tree has only " + str(seen) + " lines; did Maven fail?")
    sys.exit(1)
if bad:
    print("check-dependencies: " + str(len(bad)) + " unwanted dependencies:", *bad, sep="\n  ")
    sys.exit(1)
print("check-dependencies: " + str(seen) + " resolved dependencies, no JSBML umbrella, xstream >= 1.4.21, woodstox >= 5.4.0")
PY
