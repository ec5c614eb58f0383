#!/usr/bin/env bash
# Benchmark (not a test): a ResNet-style block — conv 3x3 over 1x224x224x64, batch norm, add, relu — run by the
# MlirBuild interpreter (build/bench-interp/block.mlir) and by TensorFlow.js 4.22.0's CPU backend in Node, on the
# same inputs in the same run. Prints both medians, the speed-up and both checksums (they should agree).
# Usage: build/bench-interp.sh [RUNS]   (npm packages go to build/bench-interp/node_modules, ignored by git)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DIR="$ROOT/build/bench-interp"
export RUNS="${1:-5}"

if [ ! -d "$DIR/node_modules/@tensorflow/tfjs-backend-cpu" ]; then
  (cd "$DIR" && npm install --no-audit --no-fund --no-save @tensorflow/tfjs-core@4.22.0 @tensorflow/tfjs-backend-cpu@4.22.0 >/dev/null)
fi

dotnet build "$DIR/InterpBench/InterpBench.csproj" -c Release -v q -nologo >/dev/null
ours=$(cd "$DIR" && dotnet "$DIR/InterpBench/bin/Release/net10.0/InterpBench.dll" block.mlir)
theirs=$(cd "$DIR" && node tfjs-block.js 2>/dev/null | grep '^{')
echo "mlirbuild: $ours"
echo "tfjs-cpu:  $theirs"
python3 - "$ours" "$theirs" <<'PY'
import json, sys
a, b = json.loads(sys.argv[1]), json.loads(sys.argv[2])
print(f"speed-up: {b['medianMs'] / a['medianMs']:.1f}x (tfjs {b['medianMs']:.0f} ms / ours {a['medianMs']:.0f} ms); "
      f"checksum diff {abs(a['checksum'] - b['checksum']):.2e}")
PY
