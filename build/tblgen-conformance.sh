#!/usr/bin/env bash
# Sweep: every .td under the MLIR include dir that mlir-tblgen accepts on its own; compare the Defs section of
# `mlirbuild tblgen --print-records` with `mlir-tblgen --print-records` (anonymous record numbers normalized).
# Prints "N passed, M failed" (and the failing files). Usage: build/tblgen-conformance.sh [filter-regex]
set -u
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
INC=/usr/lib/llvm-22/include
TBLGEN=/usr/lib/llvm-22/bin/mlir-tblgen
FILTER="${1:-.}"
CLI_DIR="$ROOT/src/MlirBuild.Cli/bin/Release/net10.0"
if [ ! -x "$CLI_DIR/mlirbuild" ]; then
  dotnet build "$ROOT/src/MlirBuild.Cli" -c Release -v q >/dev/null || exit 2
fi
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
# Sort each def block after normalizing anonymous_N, so differently numbered anonymous records compare equal.
defs() {
  python3 -c '
import re,sys
text=sys.stdin.read()
i=text.find("------------- Defs -----------------\n")
body=text[i:] if i>=0 else ""
body=re.sub(r"anonymous_\d+","anonymous_N",body)
blocks=re.split(r"(?m)^(?=def )",body)
sys.stdout.write("".join(sorted(blocks)))'
}
pass=0; fail=0; accepted=0; identical=0; rejected=0; both_rejected=0; failed_files=()
cd "$INC"
for f in $(find mlir -name '*.td' | sort | grep -E "$FILTER"); do
  if ! "$TBLGEN" --print-records -I "$INC" "$f" > "$WORK/ref.txt" 2>/dev/null; then
    rejected=$((rejected+1))
    if ! "$CLI_DIR/mlirbuild" tblgen --print-records -I "$INC" "$f" > /dev/null 2>&1; then both_rejected=$((both_rejected+1)); fi
    continue
  fi
  accepted=$((accepted+1))
  "$CLI_DIR/mlirbuild" tblgen --print-records -I "$INC" "$f" > "$WORK/ours.txt" 2> "$WORK/err.txt"
  if [ $? -eq 0 ] && cmp -s <(defs < "$WORK/ref.txt") <(defs < "$WORK/ours.txt"); then
    pass=$((pass+1))
    if cmp -s "$WORK/ref.txt" "$WORK/ours.txt"; then identical=$((identical+1)); fi
  else
    fail=$((fail+1)); failed_files+=("$f")
  fi
done
for f in "${failed_files[@]+"${failed_files[@]}"}"; do echo "FAIL $f"; done
echo "accepted by mlir-tblgen: $accepted; whole output (classes too, anonymous numbers unnormalized) byte-identical: $identical"
echo "rejected by mlir-tblgen: $rejected; also rejected by ours: $both_rejected"
echo "$pass passed, $fail failed"
