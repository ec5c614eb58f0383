#!/usr/bin/env bash
# Benchmark (not a test): parse + verify + print of a large generic-form module by `mlirbuild format --generic`
# against `mlir-opt --mlir-print-op-generic` in the same run. Reports wall time and peak RSS (median of RUNS runs,
# measured with /usr/bin/time -v) and whether both outputs are byte-identical.
# usage: build/bench-ir.sh [--ops N] [--hex-mib M] [--runs R]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
ops=300000 hex=64 runs=3
while [[ $# -gt 0 ]]; do
  case "$1" in
    --ops) ops="$2"; shift 2 ;;
    --hex-mib) hex="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
mlir_opt=/usr/lib/llvm-22/bin/mlir-opt
[[ -x "$mlir_opt" ]] || { echo "mlir-opt 22 missing: run build/install-test-deps.sh" >&2; exit 1; }
[[ -x /usr/bin/time ]] || apt-get install -y -qq time >/dev/null

work="${TMPDIR:-/tmp}/mlirbuild-bench-ir"
mkdir -p "$work"
input="$work/bench-${ops}ops-${hex}mib.mlir"
if [[ ! -f "$input" ]]; then
  echo "generating $input ..."
  python3 "$root/build/gen-bench-ir.py" "$input" --ops "$ops" --hex-mib "$hex"
fi
size=$(stat -L -c %s "$input")

echo "building mlirbuild (Release) ..."
dotnet build "$root/src/MlirBuild.Cli/MlirBuild.Cli.csproj" -c Release -v quiet -nologo >/dev/null
cli_dll="$root/src/MlirBuild.Cli/bin/Release/net10.0/mlirbuild.dll"

# measure NAME OUT CMD...: runs CMD $runs times, prints the median wall seconds and peak RSS in MiB.
measure() {
  local name="$1" out="$2"; shift 2
  local walls=() rsss=()
  for ((i = 0; i < runs; i++)); do
    /usr/bin/time -v -o "$work/time.txt" "$@" -o "$out" "$input" >/dev/null 2>"$work/err.txt" || {
      echo "$name failed:"; head -5 "$work/err.txt"; return 1; }
    walls+=("$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0; for (k = 1; k <= n; k++) s = s * 60 + p[k]; print s}' "$work/time.txt")")
    rsss+=("$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")")
  done
  local wall rss
  wall=$(printf '%s\n' "${walls[@]}" | sort -g | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}')
  rss=$(printf '%s\n' "${rsss[@]}" | sort -g | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}')
  printf '%-10s wall %7.2f s   peak RSS %7.1f MiB   (runs: %s)\n' "$name" "$wall" "$(echo "$rss / 1024" | bc -l)" "${walls[*]}"
  eval "${name//-/_}_wall=$wall; ${name//-/_}_rss=$rss"
}

echo "input: $input ($(echo "$size / 1048576" | bc -l | xargs printf '%.1f') MiB, $ops ops, ${hex} MiB hex constant)"
measure mlir-opt "$work/out-mlir-opt.mlir" "$mlir_opt" --allow-unregistered-dialect --mlir-print-op-generic
measure mlirbuild "$work/out-mlirbuild.mlir" dotnet "$cli_dll" format --generic --allow-unregistered-dialect
printf 'wall ratio mlirbuild/mlir-opt: %.2f (target <= 1.5)\n' "$(echo "$mlirbuild_wall / $mlir_opt_wall" | bc -l)"
printf 'peak RSS / file size: mlirbuild %.2f, mlir-opt %.2f (target <= 2 for mlirbuild)\n' \
  "$(echo "$mlirbuild_rss * 1024 / $size" | bc -l)" "$(echo "$mlir_opt_rss * 1024 / $size" | bc -l)"
if cmp -s "$work/out-mlir-opt.mlir" "$work/out-mlirbuild.mlir"; then
  echo "outputs: byte-identical"
else
  echo "outputs: DIFFER ($(cmp "$work/out-mlir-opt.mlir" "$work/out-mlirbuild.mlir" 2>&1 | head -1))"
fi
