#!/usr/bin/env python3
"""Generates the systematic part of the IR conformance corpus.

Writes one MLIR module per file under tests/MlirBuild.Ir.Tests/Conformance/Corpus/gen/ and checks each with
mlir-opt 22 (--allow-unregistered-dialect). Deterministic: same script, same files. Hand-written cases live beside
them in Corpus/hand/. Run: python3 build/gen-ir-corpus.py [--check-only]
"""
import os
import random
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "MlirBuild.Ir.Tests", "Conformance", "Corpus", "gen")
MLIR_OPT = "/usr/lib/llvm-22/bin/mlir-opt"

modules = {}


def add(name, text):
    assert name not in modules, name
    modules[name] = text.rstrip("\n") + "\n"


# ---------------------------------------------------------------- types
INT_TYPES = ["i1", "i2", "i7", "i8", "i16", "i32", "i64", "i128", "i1024", "si8", "si32", "ui8", "ui64", "index"]
FLOAT_TYPES = ["f16", "bf16", "f32", "f64", "tf32", "f80", "f128",
               "f8E4M3FN", "f8E5M2", "f8E4M3FNUZ", "f8E5M2FNUZ", "f8E4M3B11FNUZ", "f8E3M4", "f8E4M3", "f8E8M0FNU",
               "f6E2M3FN", "f6E3M2FN", "f4E2M1FN"]
SHAPED_TYPES = [
    "tensor<f32>", "tensor<4xf32>", "tensor<?xf32>", "tensor<2x?x3xi8>", "tensor<?x?x?x?xbf16>", "tensor<0xi32>",
    "tensor<1x0x3xf64>", "tensor<*xf32>", "tensor<*xi1>", "tensor<4x4xf32, \"enc\">", "tensor<?x8xf32, #foo.enc<1>>",
    "tensor<8xi32, {x = 1 : i32}>", "tensor<4xcomplex<f32>>", "tensor<2xcomplex<i16>>", "tensor<3xindex>",
    "tensor<2x!foo.bar>", "tensor<2xvector<4xf32>>", "tensor<2xf8E4M3FN>", "tensor<16xf4E2M1FN>",
    "memref<4xf32>", "memref<?x4xf32>", "memref<f32>", "memref<*xf32>", "memref<*xf32, 1>", "memref<4xf32, 3>",
    "memref<4xf32, \"gpu\">", "memref<4x4xf32, strided<[4, 1]>>", "memref<4x4xf32, strided<[?, 1], offset: ?>>",
    "memref<4x?xf32, strided<[?, ?], offset: 5>>", "memref<4x4xf32, affine_map<(d0, d1) -> (d1, d0)>>",
    "memref<8x8xf32, affine_map<(d0, d1)[s0] -> (d0 * 8 + d1 + s0)>, 2>", "memref<2xi8, #gpu.address_space<workgroup>>",
    "memref<4xvector<4xf32>>", "memref<4xcomplex<f64>>", "memref<4xindex, strided<[2]>>",
    "vector<4xf32>", "vector<2x3xi8>", "vector<[4]xf32>", "vector<2x[4]xi32>", "vector<[2]x[4]xf16>",
    "vector<1xindex>", "vector<4xf8E5M2>", "vector<8xi1>", "vector<f32>",
]
OTHER_TYPES = [
    "complex<f32>", "complex<f64>", "complex<i32>", "complex<bf16>", "none", "tuple<>", "tuple<i32>",
    "tuple<i32, f32, tuple<i1, index>>", "tuple<tensor<2xf32>, memref<?xi8>>", "() -> ()", "(i32) -> i64",
    "(i32, f32) -> (i1, index)", "((i32) -> i1) -> (() -> ())", "!foo.bar", "!foo.bar<1, i32>",
    "!foo<\"opaque body\">", "!foo.baz<\"s\", [1, 2], {a = 1}>", "!foo.nest<!foo.inner<i32>>", "!foo.x<<1>>",
    "!foo.y<>", "!foo.z<(1 + 2) * 3>",
]
ALL_TYPES = INT_TYPES + FLOAT_TYPES + SHAPED_TYPES + OTHER_TYPES


def sanitize(s):
    out = []
    for ch in s:
        out.append(ch if ch.isalnum() else "_")
    name = "".join(out)
    while "__" in name:
        name = name.replace("__", "_")
    return name.strip("_")[:60]


for i, t in enumerate(ALL_TYPES):
    add(f"type_{i:03d}_{sanitize(t)}",
        f'func.func private @decl(%arg0: {t}) -> ({t})\n'
        f'func.func @use(%a: {t}) -> ({t}) {{\n'
        f'  %0 = "test.make"() {{ty = {t}}} : () -> ({t})\n'
        f'  %1:2 = "test.pair"(%a, %0) : ({t}, {t}) -> ({t}, {t})\n'
        f'  return %1#1 : {t}\n'
        f'}}\n')

# ---------------------------------------------------------------- integer attributes
INT_VALUES = {
    "i1": ["0", "1", "-1"],
    "i8": ["0", "127", "-128", "255", "-1"],
    "i16": ["32767", "-32768", "12345"],
    "i32": ["0", "2147483647", "-2147483648", "4294967295", "0x7F", "-42"],
    "i64": ["9223372036854775807", "-9223372036854775808", "18446744073709551615", "0xFFFFFFFF"],
    "i128": ["170141183460469231731687303715884105727", "-170141183460469231731687303715884105728", "1"],
    "si8": ["-128", "127"], "ui8": ["0", "255"], "si64": ["-9223372036854775808"], "ui32": ["4294967295"],
    "index": ["0", "-1", "9223372036854775807", "123456"],
    "i3": ["-4", "3", "7"],
}
lines = []
for t, vals in INT_VALUES.items():
    for j, v in enumerate(vals):
        lines.append(f"a_{sanitize(t)}_{j} = {v} : {t}")
for k in range(0, len(lines), 12):
    body = ", ".join(lines[k:k + 12])
    add(f"attr_int_{k // 12:02d}", f'"test.ints"() {{{body}}} : () -> ()\n')
add("attr_int_untyped", '"test.ints"() {a = 1, b = -7, c = 0, d = true, e = false} : () -> ()\n')

# ---------------------------------------------------------------- float attributes
FLOAT_VALUES = ["0.0", "-0.0", "1.0", "-1.5", "0.1", "3.14159265358979", "1.0e10", "1.0e-10", "6.5e4",
                "123456789.0", "2.5e-3", "1.0e38", "1.0e-45", "1.7976931348623157e308", "4.9e-324", "100.0",
                "0.5", "1.0e5", "1.0e6", "1.0e7", "9.999999e-1", "-2.0e-7", "3.0e2"]
HEX_F32 = ["0x7FC00000", "0x7F800000", "0xFF800000", "0x00000001", "0x80000000", "0x7F7FFFFF", "0xFFC00001"]
HEX_F64 = ["0x7FF8000000000000", "0x7FF0000000000000", "0xFFF0000000000000", "0x0000000000000001"]
HEX_F16 = ["0x7C00", "0x7E00", "0x0001", "0xFC00"]
for ft in ["f16", "bf16", "f32", "f64", "tf32", "f80", "f128", "f8E4M3FN", "f8E5M2", "f8E4M3FNUZ", "f8E5M2FNUZ",
           "f8E4M3B11FNUZ", "f8E3M4", "f8E4M3", "f8E8M0FNU", "f6E2M3FN", "f6E3M2FN", "f4E2M1FN"]:
    vals = FLOAT_VALUES
    if ft in ("f8E4M3FN", "f8E4M3FNUZ", "f8E4M3B11FNUZ", "f8E3M4", "f8E4M3", "f6E2M3FN", "f6E3M2FN", "f4E2M1FN",
              "f16", "f8E5M2", "f8E5M2FNUZ"):
        vals = ["0.0", "1.0", "-1.5", "0.5", "2.0", "0.25", "3.0", "-0.75", "1.25", "4.0"]
    if ft == "f8E8M0FNU":
        vals = ["1.0", "2.0", "0.5", "4.0", "0.25", "1024.0"]
    attrs = [f"v{j} = {v} : {ft}" for j, v in enumerate(vals)]
    if ft == "f32":
        attrs += [f"h{j} = {v} : f32" for j, v in enumerate(HEX_F32)]
    if ft == "f64":
        attrs += [f"h{j} = {v} : f64" for j, v in enumerate(HEX_F64)]
    if ft == "f16":
        attrs += [f"h{j} = {v} : f16" for j, v in enumerate(HEX_F16)]
    add(f"attr_float_{sanitize(ft)}", f'"test.floats"() {{{", ".join(attrs)}}} : () -> ()\n')

# random floats, printed by mlir-opt with its shortest/6-digit logic
rng = random.Random(1234)
for k in range(6):
    attrs = []
    for j in range(16):
        mant = rng.uniform(-10, 10)
        exp = rng.randint(-40, 40)
        ft = rng.choice(["f32", "f64", "bf16", "f16"]) if abs(exp) < 4 else rng.choice(["f32", "f64"])
        if ft == "f32" and abs(exp) > 30:
            exp = exp // 2
        attrs.append(f"r{j} = {mant:.9f}e{exp} : {ft}")
    add(f"attr_float_random_{k}", f'"test.floats"() {{{", ".join(attrs)}}} : () -> ()\n')

# ---------------------------------------------------------------- strings
STRINGS = [r'""', r'"plain"', r'"with space"', r'"quote\"inside"', r'"back\\slash"', r'"tab\tnl\n"',
           r'"\00\01\7F\FF"', r'"utf8 \C3\A9"', '"utf8 literal é ü"', r'"\1B[0m"', r'"{[<>]}"', r'"#loc"',
           r'"a\0Ab"', r'"\22\5C"', '"x y z 1 2 3 @sym %val ^bb"']
add("attr_strings", '"test.strings"() {' + ", ".join(f"s{j} = {s}" for j, s in enumerate(STRINGS)) + '} : () -> ()\n')
add("attr_strings_typed", '"test.strings"() {a = "x" : i32, b = "" : tensor<2xf32>, c = "y" : !foo.t} : () -> ()\n')
add("attr_names_quoted",
    '"test.names"() {"quoted name" = 1 : i32, "0starts" = unit, "with.dot" = 2 : i64, _u = 3 : i8, "a$b" = 4 : i8, "x-y" = "e"} : () -> ()\n')

# ---------------------------------------------------------------- dense elements
DENSE = [
    ("dense<1> : tensor<4xi32>", None), ("dense<[1, 2, 3, 4]> : tensor<4xi32>", None),
    ("dense<[[1, 2], [3, 4]]> : tensor<2x2xi64>", None), ("dense<-1> : tensor<2x3xi8>", None),
    ("dense<[true, false, true]> : tensor<3xi1>", None), ("dense<true> : tensor<8xi1>", None),
    ("dense<[[true], [false]]> : tensor<2x1xi1>", None), ("dense<1.5> : tensor<2x2xf32>", None),
    ("dense<[1.0, -2.5, 0.1]> : tensor<3xf64>", None), ("dense<[0.5, 2.0]> : tensor<2xbf16>", None),
    ("dense<[1.0, 2.0]> : tensor<2xf16>", None), ("dense<0.0> : tensor<0xf32>", None),
    ("dense<> : tensor<0xi32>", None), ("dense<[[], [], []]> : tensor<3x0xf32>", None), ("dense<[[]]> : tensor<1x0xf32>", None),
    ("dense<5> : tensor<i32>", None), ("dense<[1, 2]> : vector<2xi32>", None), ("dense<0.0> : vector<4xf32>", None),
    ("dense<(1.0, 2.0)> : tensor<complex<f32>>", None), ("dense<[(1.0, 2.0), (3.0, -4.0)]> : tensor<2xcomplex<f64>>", None),
    ("dense<(1, -1)> : tensor<3xcomplex<i32>>", None), ("dense<[(1, 2), (3, 4)]> : tensor<2xcomplex<i8>>", None),
    ("dense<\"0x0100000002000000\"> : tensor<2xi32>", None), ("dense<\"0x0000803F\"> : tensor<4xf32>", None),
    ("dense<\"0x0102\"> : tensor<2xi8>", None), ("dense<\"0x00003C00\"> : tensor<2xf16>", None),
    ("dense<\"0x01\"> : tensor<8xi1>", None), ("dense<[1, 2, 3]> : tensor<3xindex>", None),
    ("dense<[1, 255]> : tensor<2xui8>", None), ("dense<[-128, 127]> : tensor<2xsi8>", None),
    ("dense<[0.0, 1.0]> : tensor<2xf8E4M3FN>", None), ("dense<[0.5, 1.5]> : tensor<2xf8E5M2>", None),
    ("dense<[1.0, 2.0]> : tensor<2xf4E2M1FN>", None), ("dense<[0x7FC00000, 0x7F800000]> : tensor<2xf32>", None),
    ("dense<[[[1]], [[2]]]> : tensor<2x1x1xi16>", None), ("dense<[\"a\", \"bc\"]> : tensor<2x!foo.str>", None),
    ("dense<\"one\"> : tensor<3x!foo.str>", None), ("dense<[1, 2]> : tensor<2xi128>", None),
    ("dense<[10, 20, 30]> : tensor<3xi64, \"enc\">", None), ("dense<0> : tensor<2x3x4x5xi32>", None),
    ("dense<[1.0e10, -1.0e-10]> : tensor<2xf64>", None), ("dense<3> : tensor<1xi4>", None),
    ("dense<[1, 2, 3, 4, 5, 6, 7]> : tensor<7xi4>", None), ("dense<[1, 0, 1]> : tensor<3xi1>", None),
]
for j, (d, _) in enumerate(DENSE):
    add(f"attr_dense_{j:02d}", f'"test.dense"() {{value = {d}}} : () -> ()\n')

# large (hex-printed when > 100 elements), deterministic contents
for j, (n, ty) in enumerate([(101, "i32"), (128, "f32"), (256, "i8"), (100, "i32"), (150, "f64"), (200, "i1"),
                              (120, "i16"), (130, "bf16"), (110, "i64"), (64, "complex<f32>"), (51, "complex<i32>")]):
    r = random.Random(j)
    if ty.startswith("complex<f"):
        elems = ", ".join(f"({r.randint(-50, 50) / 4}, {r.randint(-50, 50) / 8})" for _ in range(n))
    elif ty.startswith("complex<i"):
        elems = ", ".join(f"({r.randint(-50, 50)}, {r.randint(-50, 50)})" for _ in range(n))
    elif ty in ("f32", "f64", "bf16"):
        elems = ", ".join(f"{r.randint(-1000, 1000) / 16}" for _ in range(n))
    elif ty == "i1":
        elems = ", ".join(r.choice(["true", "false"]) for _ in range(n))
    else:
        bits = int(ty[1:])
        elems = ", ".join(str(r.randint(-(1 << (bits - 1)), (1 << (bits - 1)) - 1)) for _ in range(n))
    add(f"attr_dense_large_{j:02d}_{n}x{sanitize(ty)}", f'"test.dense"() {{value = dense<[{elems}]> : tensor<{n}x{ty}>}} : () -> ()\n')
# large splat and large 2-D (stay splat / hex)
add("attr_dense_large_splat", '"test.dense"() {a = dense<7> : tensor<1000xi32>, b = dense<0.25> : tensor<64x64xf32>} : () -> ()\n')
hexbytes = "".join(f"{(k * 37) % 256:02X}" for k in range(4 * 300))
add("attr_dense_hex_large", f'"test.dense"() {{a = dense<"0x{hexbytes}"> : tensor<300xi32>, b = dense<"0x{hexbytes}"> : tensor<20x15xf32>}} : () -> ()\n')

# ---------------------------------------------------------------- array<T: ...>
ARRAYS = ["array<i1: true, false>", "array<i8: 1, -1>", "array<i16>", "array<i32: 0, 1, 2>",
          "array<i64: -9223372036854775808, 9223372036854775807>", "array<f32: 1.0, 2.5, -0.1>", "array<f64: 1.0e100>",
          "array<f64>", "array<i64: 1>"]
add("attr_dense_array", '"test.arrays"() {' + ", ".join(f"a{j} = {a}" for j, a in enumerate(ARRAYS)) + '} : () -> ()\n')

# ---------------------------------------------------------------- affine maps and sets
MAPS = ["() -> ()", "() -> (0)", "(d0) -> (d0)", "(d0, d1) -> (d1, d0)", "(d0)[s0] -> (d0 + s0)",
        "(d0, d1) -> (d0 * 4 + d1)", "(d0) -> (d0 floordiv 4, d0 mod 4, d0 ceildiv 3)", "(d0, d1)[s0, s1] -> (d0 * s0 + d1 * s1)",
        "(d0) -> (-d0 + 5)", "(d0, d1) -> (d0 - d1 * 2 - 3)", "(d0, d1, d2) -> (d2, 0, d0)", "(d0)[s0] -> (s0 floordiv 2 + d0 mod 3)",
        "(d0) -> (d0 * -1)", "(d0, d1) -> ((d0 + d1) floordiv 8)", "(d0) -> (d0 + 1, d0 - 1)", "()[s0] -> (s0 * 2)",
        "(d0)[s0] -> (d0 mod s0, s0 ceildiv 4)", "(d0) -> (d0 * 3 - (d0 floordiv 2) * 4)"]
for j, m in enumerate(MAPS):
    add(f"attr_affine_map_{j:02d}", f'"test.maps"() {{m = affine_map<{m}>, n = [affine_map<{m}>, affine_map<(d0) -> (d0)>]}} : () -> ()\n')
SETS = ["(d0) : (d0 >= 0)", "(d0, d1) : (d0 - d1 == 0, d1 - 1 >= 0)", "(d0)[s0] : (s0 - d0 - 1 >= 0)",
        "() : (0 == 0)", "(d0, d1)[s0, s1] : (d0 * 2 + s0 >= 0, -d1 + s1 - 1 >= 0, d0 mod 2 == 0)"]
for j, s in enumerate(SETS):
    add(f"attr_affine_set_{j:02d}", f'"test.sets"() {{s = affine_set<{s}>}} : () -> ()\n')

# ---------------------------------------------------------------- symbol refs, misc builtin attributes
add("attr_symbols", '"test.syms"() {a = @f, b = @"quoted sym", c = @a::@b::@c, d = [@x, @y::@z], e = @"with::colon"::@n} : () -> ()\n')
add("attr_collections", '"test.coll"() {a = [], b = [1, "two", 3.0 : f32, [unit]], c = {}, d = {x = 1 : i8, y = {z = []}}, '
    'e = unit, f = i32, g = tensor<?xf32>, h = () -> (), i = #foo.attr, j = #foo<"opaque">, k = #foo.p<1, 2>, l = [#foo.q<"s">], '
    'm = loc("x.py":1:2), n = distinct[0]<42 : i32>, o = distinct[1]<unit>, p = [distinct[0]<42 : i32>]} : () -> ()\n')
add("attr_type_attrs", '"test.tys"() {' + ", ".join(f"t{j} = {t}" for j, t in enumerate(ALL_TYPES[::3])) + '} : () -> ()\n')

# ---------------------------------------------------------------- locations
LOCS = ['loc(unknown)', 'loc("a.py":1:2)', 'loc("a.py":0:0)', 'loc("dir/with space/b.mlir":100:20)',
        'loc("esc\\"q.py":3:4)', 'loc("name")', 'loc("name"("f.py":1:1))', 'loc("outer"("inner"(unknown)))',
        'loc(callsite("callee.py":1:2 at "caller.py":3:4))', 'loc(callsite("f" at callsite("g" at "h.py":9:9)))',
        'loc(fused["a.py":1:1, "b.py":2:2])', 'loc(fused<"meta">["a.py":1:1])', 'loc(fused<{k = 1 : i32}>[unknown, "n"])',
        'loc(fused["a.py":1:1, fused["b":1:1]])', 'loc("a.py":1:2 to 3:4)', 'loc("a.py":1:2 to :9)',
'loc(fused[])', 'loc("n1"("n2"("n3"("f":1:1))))']
for j, l in enumerate(LOCS):
    add(f"loc_{j:02d}", f'func.func @f(%a: i32 {l}) -> i32 {{\n  %0 = "test.op"(%a) : (i32) -> i32 {l}\n  return %0 : i32 {l}\n}} {l}\n')
add("loc_aliases",
    '#l0 = loc("a.py":1:1)\n#l1 = loc("n"(#l0))\n#l2 = loc(fused[#l0, #l1])\n'
    'module {\n  "test.a"() : () -> () loc(#l0)\n  "test.b"() : () -> () loc(#l1)\n  "test.c"() : () -> () loc(#l2)\n'
    '  "test.d"() ({\n  ^bb0(%x: i32 loc(#l1)):\n    "test.e"(%x) : (i32) -> () loc(#l0)\n  }) : () -> () loc(#l2)\n} loc(#l0)\n')

# ---------------------------------------------------------------- arith: ops x types
INT_BIN = ["addi", "subi", "muli", "divsi", "divui", "ceildivsi", "ceildivui", "floordivsi", "remsi", "remui",
           "andi", "ori", "xori", "shli", "shrsi", "shrui", "maxsi", "maxui", "minsi", "minui"]
FLOAT_BIN = ["addf", "subf", "mulf", "divf", "remf", "maximumf", "minimumf", "maxnumf", "minnumf"]
for ty in ["i32", "i64", "index", "vector<4xi16>", "tensor<?x4xi8>"]:
    body = []
    for j, op in enumerate(INT_BIN):
        if ty == "index" and op in ("shrsi",):
            pass
        body.append(f"  %r{j} = arith.{op} %a, %b : {ty}")
    body.append(f"  %o0 = arith.addi %a, %b overflow<nsw> : {ty}")
    body.append(f"  %o1 = arith.muli %a, %b overflow<nsw, nuw> : {ty}")
    body.append(f"  %o2 = arith.subi %a, %b overflow<nuw> : {ty}")
    preds = ["eq", "ne", "slt", "sle", "sgt", "sge", "ult", "ule", "ugt", "uge"]
    for j, p in enumerate(preds):
        body.append(f"  %c{j} = arith.cmpi {p}, %a, %b : {ty}")
    cond = ty.replace("i16", "i1").replace("i8", "i1") + ", " if ty.startswith(("vector", "tensor")) else ""
    body.append(f"  %s = arith.select %c0, %a, %b : {cond}{ty}")
    add(f"arith_int_{sanitize(ty)}", f"func.func @f(%a: {ty}, %b: {ty}) -> {ty} {{\n" + "\n".join(body) + f"\n  return %s : {ty}\n}}\n")
for ty in ["f32", "f64", "f16", "bf16", "vector<8xf32>", "tensor<2x?xf64>"]:
    body = []
    for j, op in enumerate(FLOAT_BIN):
        body.append(f"  %r{j} = arith.{op} %a, %b : {ty}")
    for j, fm in enumerate(["fast", "nnan", "contract", "nnan,ninf", "reassoc,nsz,arcp", "afn"]):
        body.append(f"  %m{j} = arith.addf %a, %b fastmath<{fm}> : {ty}")
    body.append(f"  %n = arith.negf %a : {ty}")
    preds = ["false", "oeq", "ogt", "oge", "olt", "ole", "one", "ord", "ueq", "ugt", "uge", "ult", "ule", "une", "uno", "true"]
    for j, p in enumerate(preds):
        body.append(f"  %c{j} = arith.cmpf {p}, %a, %b : {ty}")
    body.append(f"  %c16 = arith.cmpf olt, %a, %b fastmath<nnan> : {ty}")
    add(f"arith_float_{sanitize(ty)}", f"func.func @f(%a: {ty}, %b: {ty}) -> {ty} {{\n" + "\n".join(body) + f"\n  return %n : {ty}\n}}\n")

CONSTS = ["0 : i32", "-1 : i64", "true", "false", "42 : index", "1.5 : f32", "-0.0 : f64", "0x7FC00000 : f32",
          "1.0e-3 : f16", "2.5 : bf16", "dense<1> : tensor<4xi32>", "dense<[1.0, 2.0]> : vector<2xf32>",
          "dense<0.0> : tensor<2x2xf64>", "255 : i8", "dense<true> : tensor<3xi1>", "0.0 : f8E4M3FN"]
add("arith_constants", "func.func @f() {\n" + "\n".join(f"  %c{j} = arith.constant {c}" for j, c in enumerate(CONSTS)) + "\n  return\n}\n")

CASTS = [("extsi", "i8", "i32"), ("extui", "i16", "i64"), ("trunci", "i64", "i8"), ("sitofp", "i32", "f32"),
         ("uitofp", "i64", "f64"), ("fptosi", "f32", "i32"), ("fptoui", "f64", "i16"), ("extf", "f16", "f32"),
         ("truncf", "f64", "bf16"), ("index_cast", "index", "i32"), ("index_castui", "i64", "index"),
         ("bitcast", "f32", "i32"), ("bitcast", "vector<2xi32>", "vector<2xf32>"), ("extsi", "vector<4xi8>", "vector<4xi64>"),
         ("extf", "tensor<?xbf16>", "tensor<?xf64>"), ("extf", "f8E4M3FN", "f32"), ("truncf", "f32", "f8E5M2")]
body = [f"  %r{j} = arith.{op} %a{j} : {s} to {d}" for j, (op, s, d) in enumerate(CASTS)]
args = ", ".join(f"%a{j}: {s}" for j, (op, s, d) in enumerate(CASTS))
add("arith_casts", f"func.func @f({args}) {{\n" + "\n".join(body) + "\n  return\n}\n")

# ---------------------------------------------------------------- scf / cf control flow variations
def scf_nest(depth):
    """depth nested scf.for loops carrying an index accumulator."""
    lines = ["func.func @f(%lb: index, %ub: index, %st: index) -> index {"]
    ind = "  "
    lines.append(f"{ind}%r0 = scf.for %i0 = %lb to %ub step %st iter_args(%acc0 = %lb) -> (index) {{")
    for d in range(1, depth):
        ind += "  "
        lines.append(f"{ind}%r{d} = scf.for %i{d} = %lb to %ub step %st iter_args(%acc{d} = %acc{d - 1}) -> (index) {{")
    ind += "  "
    lines.append(f"{ind}%v = arith.addi %acc{depth - 1}, %i{depth - 1} : index")
    lines.append(f"{ind}scf.yield %v : index")
    for d in reversed(range(depth)):
        ind = ind[:-2]
        lines.append(f"{ind}}}")
        if d > 0:
            lines.append(f"{ind}scf.yield %r{d} : index")
    lines.append("  return %r0 : index")
    lines.append("}")
    return "\n".join(lines)


for depth in range(1, 6):
    add(f"scf_for_nest_{depth}", scf_nest(depth))

for n in range(1, 9):
    blocks = ["func.func @f(%c: i1, %x: i32) -> i32 {", "  cf.br ^bb1(%x : i32)"]
    for b in range(1, n + 1):
        nxt = b + 1 if b < n else None
        blocks.append(f"^bb{b}(%v{b}: i32):")
        blocks.append(f"  %s{b} = arith.addi %v{b}, %x : i32")
        if nxt:
            if b % 2:
                blocks.append(f"  cf.cond_br %c, ^bb{nxt}(%s{b} : i32), ^bb{b}(%v{b} : i32)")
            else:
                blocks.append(f"  cf.br ^bb{nxt}(%s{b} : i32)")
        else:
            blocks.append(f"  return %s{b} : i32")
    blocks.append("}")
    add(f"cf_chain_{n}", "\n".join(blocks))

# ---------------------------------------------------------------- unregistered ops: structural variations
r = random.Random(99)
for k in range(30):
    nres = r.randint(0, 3)
    nregions = r.randint(0, 2)
    nsucc = 0
    restypes = [r.choice(["i32", "f32", "tensor<2xi8>", "!foo.t", "index", "none"]) for _ in range(nres)]
    attrs = r.choice(["", " {a = 1 : i32}", " {b = \"s\", c = [1, 2]}", " {unit_attr}"])
    props = r.choice(["", " <{p = 1 : i64}>", " <{p = [1, 2], q = \"x\"}>", " <{}>", " <{inner = {a = 1}}>"])
    regions = []
    for rg in range(nregions):
        nblocks = r.randint(0, 2)
        if nblocks == 0:
            regions.append("{\n  }")
            continue
        bl = []
        for b in range(nblocks):
            # only the entry block gets arguments, so successor operand lists stay empty
            nargs = r.randint(0, 2) if b == 0 else 0
            bargs = ", ".join(f"%b{rg}_{b}_{i}: {r.choice(['i32', 'f32', 'index'])}" for i in range(nargs))
            label = f"  ^bb{b}({bargs}):" if (bargs or b > 0) else ""
            if label:
                bl.append(label)
            bl.append(f'    "foo.inner{b}"() : () -> ()')
            if b + 1 < nblocks:
                bl.append(f'    "foo.br"()[^bb{b + 1}] : () -> ()')
            else:
                bl.append('    "foo.term"() : () -> ()')
        regions.append("{\n" + "\n".join(bl) + "\n  }")
    res = ""
    if nres == 1:
        res = "%r = "
    elif nres > 1:
        res = f"%r:{nres} = "
    reg = " (" + ", ".join(regions) + ")" if regions else ""
    add(f"unreg_struct_{k:02d}",
        f'func.func @f(%x: i32) {{\n  {res}"foo.op{k}"(%x, %x){props}{reg}{attrs} : (i32, i32) -> ({", ".join(restypes)})\n  return\n}}\n')


def check(path):
    p = subprocess.run([MLIR_OPT, "--allow-unregistered-dialect", path], capture_output=True, text=True)
    return p.returncode == 0, p.stderr


def main():
    check_only = "--check-only" in sys.argv
    os.makedirs(OUT, exist_ok=True)
    if not check_only:
        for f in os.listdir(OUT):
            if f.endswith(".mlir"):
                os.remove(os.path.join(OUT, f))
        for name, text in sorted(modules.items()):
            with open(os.path.join(OUT, name + ".mlir"), "w", encoding="utf-8", newline="\n") as fh:
                fh.write(text)
    bad = 0
    for f in sorted(os.listdir(OUT)):
        ok, err = check(os.path.join(OUT, f))
        if not ok:
            bad += 1
            print(f"REJECTED {f}:\n{err}")
    print(f"{len(modules)} generated modules, {bad} rejected by mlir-opt")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
