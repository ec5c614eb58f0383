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
# ms_of command...: "WALL CPU" in ms (CPU = user + sys of the command; run in $(...), so the subshell's children
# are the command alone). CPU time is the steadier figure on a loaded machine.
ms_of() {
  local s e
  s=$(date +%s%N); "$@" > /dev/null; e=$(date +%s%N)
  times > "$OUT/times"
  echo "$(( (e - s) / 1000000 )) $(sed -n 2p "$OUT/times" | awk '{ t = 0; for (i = 1; i <= 2; i++) { split($i, p, "m"); t += p[1] * 60000 + p[2] * 1000 } printf "%d", t }')"
}
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2fx", (b > 0 ? a / b : 0) }'; }

# compare LABEL TD INCDIR: RUNS rounds of (mlir-tblgen, AOT into a fresh directory, AOT regenerating into the same
# directory, JIT CLI), interleaved so load hits all alike. mlir-tblgen writes to stdout (/dev/null); ours writes
# one file per op/enum/dialect; regenerating skips files whose bytes are unchanged (write-if-changed).
compare() {
  local td="$2" inc="$3" n x
  local r=() f=() a=() j=() rc=() fc=() ac=() jc=()
  for n in $(seq "$RUNS"); do
    x=($(ms_of "$TBLGEN" --gen-op-decls -I "$inc" "$td")); r+=(${x[0]}); rc+=(${x[1]})
    x=($(ms_of "$AOT" once "$td" "$OUT/fresh$n" -I "$inc")); f+=(${x[0]}); fc+=(${x[1]})
    x=($(ms_of "$AOT" once "$td" "$OUT/a" -I "$inc")); a+=(${x[0]}); ac+=(${x[1]})
    x=($(ms_of "$CLI" tblgen --gen-csharp -I "$inc" "$td" -o "$OUT/j")); j+=(${x[0]}); jc+=(${x[1]})
  done
  rm -rf "$OUT"/fresh*
  REF=$(median "${r[@]}"); FRESH=$(median "${f[@]}"); AOTMS=$(median "${a[@]}"); JITMS=$(median "${j[@]}")
  REFC=$(median "${rc[@]}"); FRESHC=$(median "${fc[@]}"); AOTC=$(median "${ac[@]}"); JITC=$(median "${jc[@]}")
  row "$1" "$REF" "$FRESH" "$AOTMS" "$JITMS" "$REFC" "$FRESHC" "$AOTC" "$JITC"
}
row() { # label, 4 wall times, 4 CPU times
  printf '%-30s wall %5d | %5d %7s | %5d %7s | %5d %7s\n' "$1" "$2" "$3" "($(ratio "$3" "$2"))" "$4" "($(ratio "$4" "$2"))" "$5" "($(ratio "$5" "$2"))"
  printf '%-30s cpu  %5d | %5d %7s | %5d %7s | %5d %7s\n' "" "$6" "$7" "($(ratio "$7" "$6"))" "$8" "($(ratio "$8" "$6"))" "$9" "($(ratio "$9" "$6"))"
}

echo "== cold processes, median of $RUNS runs, ms (load average before: $(load))"
printf '%-35s %-11s | %-17s | %-15s | %s\n' "" "mlir-tblgen" "ours AOT, new dir" "AOT, regenerate" "JIT CLI, regenerate"
compare "${TD#$INC/}" "$TD" "$INC"
s=(0 0 0 0 0 0 0 0)
for spec in $SPECS; do
  compare "$spec" "$TDDIR/$spec" "$TDDIR"
  v=($REF $FRESH $AOTMS $JITMS $REFC $FRESHC $AOTC $JITC)
  for i in 0 1 2 3 4 5 6 7; do s[i]=$((s[i] + v[i])); done
done
row "all 7 specs (sum)" "${s[@]}"
echo "(load average after: $(load))"

echo "== in-process (load average before: $(load))"
echo -n "${TD#$INC/}, JIT: "; dotnet "$BENCH/bin/Release/net10.0/GenCSharpBench.dll" warm "$TD" $((RUNS * 4)) -I "$INC"
echo -n "${TD#$INC/}, AOT: "; "$AOT" warm "$TD" $((RUNS * 4)) -I "$INC"
dotnet "$DRIVER/bin/Release/net10.0/GeneratorDriverBench.dll" "$ROOT" $((RUNS * 2))
echo "(load average after: $(load))"
