#!/usr/bin/env bash
# Compares `mlirbuild tblgen --gen-op-doc` with `mlir-tblgen --gen-op-doc` op section by op section over every
# upstream dialect .td file under /usr/lib/llvm-22/include/mlir/Dialect that mlir-tblgen documents ops for.
# Prints per-file mismatches and ends with `N passed, M failed` (op sections), plus the count of identical files.
# Usage: bash build/opdoc-conformance.sh [-v] [FILTER-REGEX]
set -euo pipefail
cd "$(dirname "$0")/.."
verbose=0
if [[ "${1:-}" == "-v" ]]; then verbose=1; shift; fi
filter="${1:-.}"
INC=/usr/lib/llvm-22/include
TBLGEN=/usr/lib/llvm-22/bin/mlir-tblgen
dotnet build src/MlirBuild.Cli -c Release -v q -nologo >/dev/null
CLI=(dotnet src/MlirBuild.Cli/bin/Release/net10.0/mlirbuild.dll)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
: > "$work/results.txt"
for f in $(cd "$INC" && find mlir/Dialect -name '*.td' | sort | grep -E "$filter"); do
  ref="$work/ref.md"
  if ! "$TBLGEN" --gen-op-doc -I "$INC" "$INC/$f" -o "$ref" 2>/dev/null; then continue; fi
  if ! grep -q '^### `' "$ref"; then continue; fi
  ours="$work/ours.md"
  if ! "${CLI[@]}" tblgen --gen-op-doc -I "$INC" "$INC/$f" -o "$ours" 2>"$work/err.txt"; then
    : > "$ours"
  fi
  python3 - "$f" "$ref" "$ours" "$verbose" >> "$work/results.txt" <<'PY'
import sys, difflib
name, ref_path, ours_path, verbose = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4] == "1"
def sections(path):
    text = open(path, encoding="utf-8", errors="replace").read()
    out, key, buf = {}, None, []
    for line in text.split("\n"):
        if line.startswith("### `"):
            if key is not None: out[key] = "\n".join(buf)
            key, buf = line, []
        buf.append(line)
    if key is not None: out[key] = "\n".join(buf)
    return out, text
ref, ref_text = sections(ref_path)
ours, ours_text = sections(ours_path)
passed = sum(1 for k, v in ref.items() if ours.get(k) == v)
failed = len(ref) - passed
print(f"FILE {name} {passed} {failed} {1 if ref_text == ours_text else 0}")
if failed and verbose:
    for k, v in ref.items():
        if ours.get(k) != v:
            diff = difflib.unified_diff(v.split("\n"), ours.get(k, "<missing>").split("\n"), "mlir-tblgen", "mlirbuild", lineterm="", n=1)
            print("\n".join("# " + l for l in list(diff)[:40]))
            break
PY
done
python3 - "$work/results.txt" <<'PY'
import sys
p = f = files = same = 0
for line in open(sys.argv[1]):
    if line.startswith("FILE "):
        _, name, a, b, s = line.split()
        p += int(a); f += int(b); files += 1; same += int(s)
        if int(b): print(f"{name}: {a} passed, {b} failed")
    else:
        sys.stdout.write(line)
print(f"files: {same} of {files} identical")
print(f"{p} passed, {f} failed")
PY
