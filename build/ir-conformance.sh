#!/usr/bin/env bash
# Differential conformance of MlirBuild's IR parser/printer with mlir-opt 22 over the corpus in
# tests/MlirBuild.Ir.Tests/Conformance/Corpus, through the `mlirbuild format` CLI:
#   generic:  mlir-opt's generic print, parsed and printed generic by us, is byte-identical;
#   pretty:   our default print of it re-parses in mlir-opt to the same generic text;
# each with and without --mlir-print-debuginfo. Lists failures; ends with `N passed, M failed` (a module passes
# when all four checks pass). usage: build/ir-conformance.sh [-v]  (-v shows the first differing line)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
[[ -x /usr/lib/llvm-22/bin/mlir-opt ]] || { echo "mlir-opt 22 missing: run build/install-test-deps.sh" >&2; exit 1; }
dotnet build "$root/src/MlirBuild.Cli/MlirBuild.Cli.csproj" -c Release -v quiet -nologo >/dev/null
exec python3 - "$root" "$@" <<'PY'
import os, subprocess, sys, tempfile
root = sys.argv[1]
verbose = "-v" in sys.argv[2:]
corpus = os.path.join(root, "tests", "MlirBuild.Ir.Tests", "Conformance", "Corpus")
mlir_opt = "/usr/lib/llvm-22/bin/mlir-opt"
cli = [os.environ.get("DOTNET", "dotnet"), os.path.join(root, "src", "MlirBuild.Cli", "bin", "Release", "net10.0", "mlirbuild.dll")]
MARK = "// -----"

ids, texts = [], []
for d, _, files in sorted(os.walk(corpus)):
    for f in sorted(files):
        if not f.endswith(".mlir"):
            continue
        rel = os.path.relpath(os.path.join(d, f), corpus)
        for k, chunk in enumerate(open(os.path.join(d, f), encoding="utf-8").read().split(MARK)):
            ids.append(f"{rel}#{k}")
            texts.append(chunk)
ids_sorted = sorted(range(len(ids)), key=lambda i: ids[i])
tmp = tempfile.mkdtemp(prefix="mlirbuild-conformance-")

def pieces(text):
    out = []
    for raw in text.split(MARK + "\n"):
        out.append(raw if raw else None)
    return out

def run_split(cmd, chunks, name):
    path = os.path.join(tmp, name)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(("\n" + MARK + "\n").join(c if c is not None else "" for c in chunks))
    p = subprocess.run(cmd + [path], capture_output=True, text=True)
    got = pieces(p.stdout)
    if len(got) != len(chunks):
        sys.exit(f"{' '.join(cmd[:2])}: printed {len(got)} chunks for {len(chunks)} inputs\n{p.stderr[:2000]}")
    return got

def first_diff(a, b):
    la, lb = a.split("\n"), b.split("\n")
    for i in range(max(len(la), len(lb))):
        x = la[i] if i < len(la) else "<end>"
        y = lb[i] if i < len(lb) else "<end>"
        if x != y:
            return f"line {i + 1}: expected {x[:200]!r}, got {y[:200]!r}"
    return "differ"

failed = {}
for dbg in (False, True):
    oflags = ["--mlir-print-op-generic"] + (["--mlir-print-debuginfo"] if dbg else [])
    cflags = ["--allow-unregistered-dialect", "--split-input-file"] + (["--print-debuginfo"] if dbg else [])
    suffix = "+debuginfo" if dbg else ""
    oracle = run_split([mlir_opt, "--allow-unregistered-dialect", "--split-input-file"] + oflags, texts, "input.mlir")
    ours = run_split(cli + ["format", "--generic"] + cflags, oracle, "oracle.mlir")
    pretty = run_split(cli + ["format"] + cflags, oracle, "oracle2.mlir")
    reparsed = run_split([mlir_opt, "--allow-unregistered-dialect", "--split-input-file"] + oflags, pretty, "pretty.mlir")
    counts = {"generic": 0, "pretty": 0}
    for i in range(len(ids)):
        if oracle[i] is None:
            failed.setdefault(ids[i], []).append("mlir-opt rejects the corpus module")
            continue
        for mode, got in (("generic", ours[i]), ("pretty", reparsed[i] if pretty[i] is not None else None)):
            if got == oracle[i]:
                counts[mode] += 1
                continue
            why = "no output (error)" if got is None else first_diff(oracle[i], got)
            failed.setdefault(ids[i], []).append(f"{mode}{suffix}: {why}")
    print(f"generic{suffix}: {counts['generic']} of {len(ids)} byte-identical; "
          f"pretty{suffix}: {counts['pretty']} of {len(ids)} re-parse to the same generic text")

for i in ids_sorted:
    if ids[i] in failed:
        reasons = failed[ids[i]]
        print(f"FAIL {ids[i]}: " + ("; ".join(reasons) if verbose else ", ".join(r.split(":")[0] for r in reasons)))
print(f"{len(ids) - len(failed)} passed, {len(failed)} failed")
sys.exit(1 if failed else 0)
PY
