#!/usr/bin/env bash
# Benchmark: evaluate TosaOps.td with all its includes and print the records, ours vs mlir-tblgen, same run.
# Ours is measured three ways: the Native AOT bench entry as a cold process (like mlir-tblgen), the JIT CLI
# (`mlirbuild tblgen --print-records`) as a cold process, and in-process warm timings.
# Usage: build/bench-tblgen.sh [file.td relative to /usr/lib/llvm-22/include] [runs]
set -eu
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
INC=/usr/lib/llvm-22/include
TD="$INC/${1:-mlir/Dialect/Tosa/IR/TosaOps.td}"
RUNS="${2:-10}"
TBLGEN=/usr/lib/llvm-22/bin/mlir-tblgen
BENCH="$ROOT/build/bench/TblgenBench"
AOT="$BENCH/bin/aot"
echo "building (Native AOT bench entry, Release CLI)..." >&2
dotnet publish "$BENCH" -c Release -r linux-x64 -o "$AOT" -v q >/dev/null
dotnet build "$ROOT/src/MlirBuild.Cli" -c Release -v q >/dev/null
dotnet build "$BENCH" -c Release -v q >/dev/null
CLI="$ROOT/src/MlirBuild.Cli/bin/Release/net10.0/mlirbuild"

# Same output, or the comparison is meaningless.
cmp -s <("$TBLGEN" --print-records -I "$INC" "$TD") <("$AOT/TblgenBench" once "$TD" "$INC") || { echo "outputs differ" >&2; exit 1; }

median_ms() { # command... ; prints the median wall time of RUNS runs in ms
  local times=()
  for _ in $(seq "$RUNS"); do
    local s e
    s=$(date +%s%N); "$@" > /dev/null; e=$(date +%s%N)
    times+=($(( (e - s) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

# Interleave the tools so machine load affects both alike.
ref=$(median_ms "$TBLGEN" --print-records -I "$INC" "$TD")
aot=$(median_ms "$AOT/TblgenBench" once "$TD" "$INC")
jit=$(median_ms "$CLI" tblgen --print-records -I "$INC" "$TD")
ref2=$(median_ms "$TBLGEN" --print-records -I "$INC" "$TD")
ref=$(( ref < ref2 ? ref : ref2 ))
echo "file: ${TD#$INC/} ($RUNS runs each, median wall time, evaluate + print records to /dev/null)"
echo "mlir-tblgen --print-records:          ${ref} ms"
echo "ours, Native AOT bench entry:         ${aot} ms  ($(awk -v a="$aot" -v b="$ref" 'BEGIN{printf "%.2f", (b>0?a/b:0)}')x)"
echo "ours, mlirbuild tblgen (JIT, cold):   ${jit} ms  ($(awk -v a="$jit" -v b="$ref" 'BEGIN{printf "%.2f", (b>0?a/b:0)}')x)"
echo -n "ours, JIT "; dotnet "$BENCH/bin/Release/net10.0/TblgenBench.dll" warm "$TD" "$INC" 30
