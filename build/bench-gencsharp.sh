#!/usr/bin/env bash
# Benchmark: C# generation from TableGen (evaluation + ODS model + emission), against mlir-tblgen --gen-op-decls.
#  1. TosaOps.td as a cold process, same run, interleaved: mlir-tblgen --gen-op-decls; the Native AOT build of the
#     generation entry (build/bench/GenCSharpBench, the same code as `mlirbuild tblgen --gen-csharp`, writes the
#     same files); the JIT CLI `mlirbuild tblgen --gen-csharp`.
#  2. Each of our dialect specs (src/MlirBuild.Dialects/Td, ODS-compatible) the same way, and their sums.
#  3. In-process: each phase of generation for TosaOps.td (JIT, warm), and the Roslyn source generator over
#     src/MlirBuild.Dialects as the compiler runs it (build/bench/GeneratorDriverBench: first run, warm full run,
#     re-runs after edits).
# Cold figures are the median wall time of RUNS runs. The machine load average is printed with the figures.
# Usage: build/bench-gencsharp.sh [runs] [file.td relative to /usr/lib/llvm-22/include]
set -eu
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
INC=/usr/lib/llvm-22/include
RUNS="${1:-5}"
TD="$INC/${2:-mlir/Dialect/Tosa/IR/TosaOps.td}"
TBLGEN=/usr/lib/llvm-22/bin/mlir-tblgen
BENCH="$ROOT/build/bench/GenCSharpBench"
DRIVER="$ROOT/build/bench/GeneratorDriverBench"
AOT="$BENCH/bin/aot/GenCSharpBench"
echo "building (Native AOT generation entry, Release CLI, driver bench)..." >&2
dotnet publish "$BENCH" -c Release -r linux-x64 -o "$BENCH/bin/aot" -v q -nologo >/dev/null
dotnet build "$BENCH" -c Release -v q -nologo >/dev/null
dotnet build "$ROOT/src/MlirBuild.Cli" -c Release -v q -nologo >/dev/null
dotnet build "$DRIVER" -c Release -v q -nologo >/dev/null
CLI="$ROOT/src/MlirBuild.Cli/bin/Release/net10.0/mlirbuild"
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
TDDIR="$ROOT/src/MlirBuild.Dialects/Td"
SPECS="StableHlo/StablehloOps.td Mhlo/MhloOps.td Chlo/ChloOps.td Check/CheckOps.td Interpreter/InterpreterOps.td Onnx/OnnxOps.td Tf/TfOps.td"

# The AOT entry must write exactly what the CLI writes, or the comparison is meaningless.
"$AOT" once "$TD" "$OUT/aot" -I "$INC"
"$CLI" tblgen --gen-csharp -I "$INC" "$TD" -o "$OUT/cli"
diff -r "$OUT/aot" "$OUT/cli" >/dev/null || { echo "AOT entry and CLI outputs differ" >&2; exit 1; }

load() { cut -d' ' -f1-3 /proc/loadavg; }
ms_of() { local s e; s=$(date +%s%N); "$@" > /dev/null; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2fx", (b > 0 ? a / b : 0) }'; }

# compare LABEL TD INCDIR: RUNS rounds of (mlir-tblgen, AOT, JIT CLI), interleaved so load hits all alike.
compare() {
  local td="$2" inc="$3" r=() a=() j=()
  for _ in $(seq "$RUNS"); do
    r+=($(ms_of "$TBLGEN" --gen-op-decls -I "$inc" "$td"))
    a+=($(ms_of "$AOT" once "$td" "$OUT/a" -I "$inc"))
    j+=($(ms_of "$CLI" tblgen --gen-csharp -I "$inc" "$td" -o "$OUT/j"))
  done
  REF=$(median "${r[@]}"); AOTMS=$(median "${a[@]}"); JITMS=$(median "${j[@]}")
  printf '%-34s mlir-tblgen %5d ms | ours AOT %5d ms (%s) | ours JIT CLI %5d ms (%s)\n' "$1" "$REF" "$AOTMS" "$(ratio "$AOTMS" "$REF")" "$JITMS" "$(ratio "$JITMS" "$REF")"
}

echo "== cold processes, median of $RUNS (load average before: $(load))"
compare "${TD#$INC/}" "$TD" "$INC"
sr=0; sa=0; sj=0
for spec in $SPECS; do
  compare "$spec" "$TDDIR/$spec" "$TDDIR"
  sr=$((sr + REF)); sa=$((sa + AOTMS)); sj=$((sj + JITMS))
done
printf '%-34s mlir-tblgen %5d ms | ours AOT %5d ms (%s) | ours JIT CLI %5d ms (%s)\n' "all 7 specs (sum)" "$sr" "$sa" "$(ratio "$sa" "$sr")" "$sj" "$(ratio "$sj" "$sr")"
echo "(load average after: $(load))"

echo "== in-process (load average before: $(load))"
echo -n "${TD#$INC/}, JIT: "; dotnet "$BENCH/bin/Release/net10.0/GenCSharpBench.dll" warm "$TD" $((RUNS * 4)) -I "$INC"
echo -n "${TD#$INC/}, AOT: "; "$AOT" warm "$TD" $((RUNS * 4)) -I "$INC"
dotnet "$DRIVER/bin/Release/net10.0/GeneratorDriverBench.dll" "$ROOT" $((RUNS * 2))
echo "(load average after: $(load))"
