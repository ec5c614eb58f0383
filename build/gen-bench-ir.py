#!/usr/bin/env python3
"""Writes the large benchmark module for build/bench-ir.sh, in generic form so both mlir-opt and MlirBuild parse it.

usage: gen-bench-ir.py OUT.mlir [--ops N] [--hex-mib M]
Default: 300,000 ops in 1,000 functions and one constant with 64 MiB of raw data printed as a hex string.
"""
import argparse
import random


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--ops", type=int, default=300_000)
    ap.add_argument("--hex-mib", type=int, default=64)
    args = ap.parse_args()
    rng = random.Random(7)
    funcs = 1000
    per_func = max(1, args.ops // funcs)
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        w = f.write
        w('"builtin.module"() ({\n')
        elems = args.hex_mib * 1024 * 1024 // 4
        w('  "bench.weights"() {value = dense<"0x')
        chunk = bytes(rng.getrandbits(8) for _ in range(1 << 16)).hex().upper()
        remaining = elems * 4
        while remaining > 0:
            n = min(remaining, 1 << 16)
            w(chunk[: 2 * n])
            remaining -= n
        w(f'"> : tensor<{elems}xf32>}} : () -> ()\n')
        for fi in range(funcs):
            w(f'  "func.func"() <{{function_type = (i32, f32) -> i32, sym_name = "f{fi}"}}> ({{\n')
            w("  ^bb0(%arg0: i32, %arg1: f32):\n")
            last_i, last_f = "%arg0", "%arg1"
            for k in range(per_func):
                kind = k % 5
                if kind == 0:
                    w(f'    %{k} = "arith.addi"({last_i}, %arg0) <{{overflowFlags = #arith.overflow<none>}}> : (i32, i32) -> i32\n')
                    last_i = f"%{k}"
                elif kind == 1:
                    w(f'    %{k} = "arith.mulf"({last_f}, %arg1) <{{fastmath = #arith.fastmath<none>}}> : (f32, f32) -> f32\n')
                    last_f = f"%{k}"
                elif kind == 2:
                    w(f'    %{k} = "arith.constant"() <{{value = {rng.randint(-1000, 1000)} : i32}}> : () -> i32\n')
                elif kind == 3:
                    w(f'    %{k} = "bench.op"({last_i}, {last_f}) {{tag = "t{k}", scale = {rng.random():.6f} : f32}} : (i32, f32) -> i32\n')
                    last_i = f"%{k}"
                else:
                    w(f'    %{k} = "arith.cmpi"({last_i}, %arg0) <{{predicate = 2 : i64}}> : (i32, i32) -> i1\n')
            w(f'    "func.return"({last_i}) : (i32) -> ()\n')
            w("  }) : () -> ()\n")
        w("}) : () -> ()\n")


if __name__ == "__main__":
    main()
