#!/usr/bin/env bash
# Rerun every generator of registry files, from a scratch directory (py2opsin writes a temporary file in the
# working directory). Generators cross-check against each other's output, so the loop runs until nothing
# changes (at most three passes). Dev only: needs the curation extra (py2opsin, Java).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
generators=(cn_narcotic_build cn_psychotropic cn_nps_supplementary_yaml cn_non_medical
            us_lists us_schedule_i us_schedules us_schedules_iii_v un_1988_tables un_19xx_incb)
for pass in 1 2 3; do
  before="$(cat "$root"/registry/*/*.yaml | sha256sum)"
  for g in "${generators[@]}"; do
    (cd "$scratch" && python3 "$here/$g.py" > "$scratch/$g.log" 2>&1) || { cat "$scratch/$g.log"; exit 1; }
  done
  after="$(cat "$root"/registry/*/*.yaml | sha256sum)"
  echo "pass $pass: $([ "$before" = "$after" ] && echo unchanged || echo changed)"
  [ "$before" = "$after" ] && exit 0
done
echo "still changing after three passes" >&2
exit 1
