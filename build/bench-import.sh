#!/usr/bin/env bash
# Import benchmark: import time, weight throughput (target >= 200 MB/s) and peak memory for the largest TF.js
# model of the shared corpus (by weight bytes), plus the other large models and a SavedModel for comparison.
# Usage: bash build/bench-import.sh [RUNS]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
corpus="$root/../shared/corpus"
runs="${1:-10}"
dotnet build "$root/build/bench/ImportBench" -c Release --nologo -v quiet >/dev/null
bench="$root/build/bench/ImportBench/bin/Release/net10.0/ImportBench"
largest="$(ls -S "$corpus"/tfjs/*.bin | head -1)"
for model in "${largest%.bin}.json" "$corpus/tfjs/movenet-lightning.json" "$corpus/tfjs/handtrack.json"; do
  "$bench" "$model" "$runs"
done
"$bench" "$corpus/savedmodel/saved_model_half_plus_two_tf2_cpu/00000123" "$runs"
# Peak resident memory of one whole CLI import of the largest model (includes .NET start-up and printing).
dotnet build "$root/src/MlirBuild.Cli" -c Release --nologo -v quiet >/dev/null
out="$(mktemp)"
/usr/bin/time -f "cli_import_largest wall=%es max_rss=%MKB" "$root/src/MlirBuild.Cli/bin/Release/net10.0/mlirbuild" import "${largest%.bin}.json" -o "$out"
rm -f "$out"
