#!/usr/bin/env bash
# Benchmark: C# generation (TableGen evaluation + ODS model + emission, what the source generator does per root)
# with `mlirbuild tblgen --gen-csharp`, against `mlir-tblgen --gen-op-decls` on the same upstream file, and the
# generation time of each of our dialect specs. Cold processes, median wall time of RUNS runs.
# Usage: build/bench-gencsharp.sh [file.td relative to /usr/lib/llvm-22/include] [runs]
set -eu
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
INC=/usr/lib/llvm-22/include
TD="$INC/${1:-mlir/Dialect/Tosa/IR/TosaOps.td}"
RUNS="${2:-5}"
TBLGEN=/usr/lib/llvm-22/bin/mlir-tblgen
dotnet build "$ROOT/src/MlirBuild.Cli" -c Release -v q -nologo >/dev/null
CLI="$ROOT/src/MlirBuild.Cli/bin/Release/net10.0/mlirbuild"
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

median_ms() { # command... ; prints the median wall time of RUNS runs in ms
  local times=()
  for _ in $(seq "$RUNS"); do
    local s e
    s=$(date +%s%N); "$@" > /dev/null; e=$(date +%s%N)
    times+=($(( (e - s) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

ref=$(median_ms "$TBLGEN" --gen-op-decls -I "$INC" "$TD")
ours=$(median_ms "$CLI" tblgen --gen-csharp -I "$INC" "$TD" -o "$OUT/up")
echo "file: ${TD#$INC/} ($RUNS runs each, median wall time, cold process)"
echo "mlir-tblgen --gen-op-decls:   ${ref} ms"
echo "mlirbuild tblgen --gen-csharp: ${ours} ms ($(ls "$OUT/up" | wc -l) files)"
awk -v a="$ours" -v b="$ref" 'BEGIN { printf "ratio: %.2fx\n", a / b }'

TDDIR="$ROOT/src/MlirBuild.Dialects/Td"
total=0
for spec in StableHlo/StablehloOps.td Mhlo/MhloOps.td Chlo/ChloOps.td Check/CheckOps.td Interpreter/InterpreterOps.td Onnx/OnnxOps.td Tf/TfOps.td; do
  ms=$(median_ms "$CLI" tblgen --gen-csharp -I "$TDDIR" "$TDDIR/$spec" -o "$OUT/$(basename "$spec" .td)")
  total=$((total + ms))
  echo "our spec $spec: ${ms} ms"
done
echo "all our dialect specs: ${total} ms (sum of cold processes)"
