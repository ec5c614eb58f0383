#!/usr/bin/env bash
# Sweep (not a test): runs shared/corpus/stablehlo/testdata through `mlirbuild run`. Until the generated stablehlo
# dialect parses the pretty syntax, build/corpus/stablehlo_to_generic.py rewrites each file into generic form first.
# Usage: build/corpus-interp.sh [OUT_DIR]   -> OUT_DIR/run.log (per-file failures, then "N passed, M failed")
set -uo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
CORPUS="$ROOT/../shared/corpus/stablehlo/testdata"
OUT="${1:-$(mktemp -d)}"
mkdir -p "$OUT/generic"
dotnet build "$ROOT/src/MlirBuild.Cli" -c Release -v q -nologo >/dev/null
python3 "$ROOT/build/corpus/stablehlo_to_generic.py" "$CORPUS" "$OUT/generic" 2>"$OUT/convert.log"
find "$OUT/generic" -name '*.mlir' | sort > "$OUT/files.txt"
# one process for all files keeps the sweep fast; xargs only splits the argument list
xargs -a "$OUT/files.txt" "$ROOT/src/MlirBuild.Cli/bin/Release/net10.0/mlirbuild" run > "$OUT/run.log" 2>&1
tail -1 "$OUT/run.log"
