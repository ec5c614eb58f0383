#!/usr/bin/env python3
"""Smoke sweep (not a test, no expected values): runs each shape-polymorphic export of
shared/corpus/stablehlo/testdata/dynamic through `mlirbuild run --args`, with every `?` dimension and every scalar
dimension-size argument set to 3 and splat inputs, so ops with dynamic result types are exercised. Upstream only
round-trips these files (build/corpus-interp.sh does that); this shows whether they also execute.
Usage: build/corpus-interp-dynamic.py [CLI] [DIR]   -> "N passed of M" and failures grouped by first error."""
import glob
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CLI = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, 'src/MlirBuild.Cli/bin/Release/net10.0/mlirbuild')
DIR = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, '../shared/corpus/stablehlo/testdata/dynamic')


def splat(tensor_type):
    shape, element = re.match(r'^((?:[0-9?]+x)*)(.*)$', tensor_type[len('tensor<'):-1]).groups()
    dims = ['3' if d == '?' else d for d in shape.split('x')[:-1]]
    if element == 'i1':
        value = 'true'
    elif element.startswith(('i', 'ui', 'si')):
        value = '3' if not dims else '1'  # a scalar integer argument is a dimension size
    elif element.startswith('complex'):
        value = '(0.5, 0.25)'
    else:
        value = '0.5'
    return f'dense<{value}> : tensor<{"x".join(dims + [element])}>'


def main():
    files = sorted(glob.glob(os.path.join(DIR, '*.mlir')))
    passed, failures = 0, {}
    for path in files:
        header = re.search(r'func\.func public @main\((.*?)\)\s*->', open(path).read())
        types = re.findall(r':\s*(tensor<(?:[^<>]|<[^<>]*>)*>)', header.group(1)) if header else []
        args = '[' + ', '.join(splat(t) for t in types) + ']'
        run = subprocess.run([CLI, 'run', path, '--args', args], capture_output=True, text=True)
        if run.returncode == 0:
            passed += 1
            continue
        errors = [line.split('error: ', 1)[-1] for line in run.stdout.splitlines() if 'error: ' in line]
        failures.setdefault((errors or [run.stdout.strip()[-100:]])[0][:110], []).append(os.path.basename(path))
    print(f'{passed} passed of {len(files)}')
    for reason, names in sorted(failures.items(), key=lambda kv: -len(kv[1])):
        print(f'{len(names):4}  {reason}  e.g. {names[0]}')


if __name__ == '__main__':
    main()
