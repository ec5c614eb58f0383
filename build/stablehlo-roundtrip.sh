#!/usr/bin/env bash
# Round-trips every StableHLO corpus module (issue 5, acceptance 1) through `mlirbuild format --verify-roundtrip
# --split-input-file` and prints the failures ranked by reason, then the CLI's counts: `chunks: N passed, M failed`
# (each `// -----` chunk) and `N passed, M failed` (files; a file passes when all its chunks pass).
# Usage: build/stablehlo-roundtrip.sh [--no-build] [extra format flags...]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
if [[ "${1:-}" == "--no-build" ]]; then
  shift
else
  dotnet build src/MlirBuild.Cli -c Release -nologo -v q >&2
fi
corpus="$root/../shared/corpus/stablehlo"
[[ -d "$corpus" ]] || corpus=/work/shared/corpus/stablehlo
report="$(mktemp)"
trap 'rm -f "$report"' EXIT
mapfile -t files < <(find "$corpus/interpret" "$corpus/testdata" -name '*.mlir' | LC_ALL=C sort)
dotnet src/MlirBuild.Cli/bin/Release/net10.0/mlirbuild.dll format --verify-roundtrip --split-input-file \
  "$@" "${files[@]}" > "$report" 2>&1 || true
echo "== failure reasons (first message, file/line details stripped), by count =="
{ grep '^FAIL ' "$report" || true; } | sed -E 's/^FAIL [^:]+: //; s#[^ ]*\.mlir(\#[0-9]+)?:[0-9]+:[0-9]+: ##; s/%[A-Za-z0-9_#]+/%v/g; s/<[^<>]{40,}>/<...>/g' \
  | cut -c1-140 | sort | uniq -c | sort -rn | head -40
tail -2 "$report"
