#!/usr/bin/env bash
# Sweep (not a test): runs the StableHLO conformance corpus through our parser (generated stablehlo/chlo/check/
# interpreter dialects) and the interpreter, the way the corpus's own RUN lines use it:
#  - interpret/*.mlir: `mlirbuild run --split-input-file` (every `// -----` module is one case);
#  - testdata files whose RUN lines call `stablehlo-translate --interpret` (incl. RUN-DISABLED ones): `mlirbuild run`;
#  - the remaining testdata files (dynamic/: shape-polymorphic exports whose @main takes arguments and holds no
#    checks) are serialization round-trip tests upstream; they get `mlirbuild format --verify-roundtrip`.
# Usage: build/corpus-interp.sh [--no-build] [OUT_DIR]
#   -> OUT_DIR/{interpret,testdata,roundtrip}.log and a summary with failures grouped by op.
set -uo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
if [[ "${1:-}" == "--no-build" ]]; then
  shift
else
  dotnet build "$ROOT/src/MlirBuild.Cli" -c Release -v q -nologo >/dev/null || exit 1
fi
CORPUS="$ROOT/../shared/corpus/stablehlo"
[[ -d "$CORPUS" ]] || CORPUS=/work/shared/corpus/stablehlo
OUT="${1:-$(mktemp -d)}"
mkdir -p "$OUT"
CLI="$ROOT/src/MlirBuild.Cli/bin/Release/net10.0/mlirbuild"

find "$CORPUS/interpret" -name '*.mlir' | LC_ALL=C sort > "$OUT/interpret-all.txt"
# files whose RUN line passes inputs (--args="[dense<...> : tensor<...>, ...]") run one by one with those inputs
xargs -a "$OUT/interpret-all.txt" grep -l -e '--interpret --args=' -e '--args=.*--interpret' | LC_ALL=C sort > "$OUT/interpret-args.txt"
LC_ALL=C comm -23 "$OUT/interpret-all.txt" "$OUT/interpret-args.txt" > "$OUT/interpret-files.txt"
find "$CORPUS/testdata" -name '*.mlir' | LC_ALL=C sort > "$OUT/testdata-all.txt"
xargs -a "$OUT/testdata-all.txt" grep -l 'stablehlo-translate --interpret' | LC_ALL=C sort > "$OUT/testdata-files.txt"
LC_ALL=C comm -23 "$OUT/testdata-all.txt" "$OUT/testdata-files.txt" > "$OUT/roundtrip-files.txt"

# One process per group keeps the sweep fast; the argument lists fit in one exec.
xargs -a "$OUT/interpret-files.txt" "$CLI" run --split-input-file > "$OUT/interpret.log" 2>&1
while read -r file; do
  args="$(grep -m1 -o -e '--args="[^"]*"' "$file" | sed -E 's/^--args="(.*)"$/\1/')"
  "$CLI" run --args "$args" "$file" >> "$OUT/interpret.log" 2>&1
done < "$OUT/interpret-args.txt"
xargs -a "$OUT/testdata-files.txt" "$CLI" run > "$OUT/testdata.log" 2>&1
xargs -a "$OUT/roundtrip-files.txt" "$CLI" format --verify-roundtrip > "$OUT/roundtrip.log" 2>&1

# Failures by op: the op named in the first error of each failed case (parse errors name the unknown op).
by_op() {
  awk '
    / error: / && !seen { line = $0; seen = 1 }
    /: FAILED/ {
      op = "?"
      if (match(line, /custom op .[a-z_]+\.[a-z_0-9]+/)) { op = substr(line, RSTART + 11, RLENGTH - 11) " (parse)" }
      else if (match(line, /error: [a-z_]+\.[a-z_0-9]+/)) { op = substr(line, RSTART + 7, RLENGTH - 7) }
      else if (line != "") { op = "other: " substr(line, index(line, "error: ") + 7, 60) }
      count[op]++; seen = 0; line = ""
    }
    END { for (o in count) printf "%6d  %s\n", count[o], o }' "$1" | sort -rn
}

for group in interpret testdata; do
  echo "== $group: failures by op =="
  by_op "$OUT/$group.log"
done
echo "== roundtrip: failures =="
grep '^FAIL ' "$OUT/roundtrip.log" | sed -E 's/^FAIL [^:]+: //; s#[^ ]*\.mlir(\#[0-9]+)?:[0-9]+:[0-9]+: ##' | cut -c1-100 | sort | uniq -c | sort -rn | head -20
# xargs may split a long list over several processes: add up their "N passed, M failed" lines.
totals() { grep -E '^[0-9]+ passed, [0-9]+ failed$' "$1" | awk '{p += $1; f += $3} END {printf "%d passed, %d failed", p, f}'; }
echo "== totals =="
echo "interpret (cases):  $(totals "$OUT/interpret.log")"
echo "testdata --interpret files ($(wc -l < "$OUT/testdata-files.txt")): $(totals "$OUT/testdata.log")"
echo "testdata round-trip-only files ($(wc -l < "$OUT/roundtrip-files.txt")): $(totals "$OUT/roundtrip.log")"
p1=$(totals "$OUT/testdata.log" | awk '{print $1}'); p2=$(totals "$OUT/roundtrip.log" | awk '{print $1}')
echo "testdata total: $((p1 + p2)) passed of $(wc -l < "$OUT/testdata-all.txt")"
