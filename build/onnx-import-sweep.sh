#!/usr/bin/env bash
# Imports every model.onnx under libonnx-testdata's data/node and data/simple, prints each module in generic
# form and parses it with mlir-opt 22 (--allow-unregistered-dialect). Prints failures with their reasons, then
# `N passed, M failed` per directory and in total. Usage: bash build/onnx-import-sweep.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
report="$(mktemp)"
trap 'rm -f "$report"' EXIT
cd "$root"
dotnet build tests/MlirBuild.Importers.Tests -c Release -v quiet -nologo >/dev/null
MLIRBUILD_ONNX_SWEEP=all MLIRBUILD_ONNX_SWEEP_REPORT="$report" \
  dotnet test tests/MlirBuild.Importers.Tests -c Release --no-build -nologo -v quiet \
  --filter "FullyQualifiedName~OnnxImportSweepTests" >/dev/null || true
cat "$report"
awk '/ passed, .* failed$/ { p += $1; f += $3 } END { printf "total: %d passed, %d failed\n", p, f }' "$report"
