//===- MhloOps.td - the mhlo dialect ------------------------*- tablegen -*-===//
//
// `mhlo` is XLA's in-compiler HLO dialect. Its op set is StableHLO's, so it is
// instantiated from the same multiclasses as stablehlo (Hlo/*Ops.td) with the
// MHLO flavor, plus ops only MHLO has. Where MHLO spells things differently
// the flavor encodes it:
//   - dimension lists (transpose permutation, broadcast dims, slice bounds,
//     window sizes, reduce dimensions, fft_length, ...) are I64ElementsAttr
//     (`dense<[1, 0]> : tensor<2xi64>`) instead of DenseI64ArrayAttr;
//   - window_reversal is i1 elements instead of DenseBoolArrayAttr;
//   - ops whose stablehlo pretty form spells such a list (broadcast,
//     broadcast_in_dim, dynamic_broadcast_in_dim, transpose, reverse, slice,
//     dynamic_slice, pad, fft) have no declarative form and print generically;
//   - attributes and types carry the mhlo prefix: `#mhlo.conv<...>`,
//     `#mhlo<comparison_direction EQ>`, `!mhlo.token`.
// See docs/stablehlo-assembly.md ("MHLO").
//
//===----------------------------------------------------------------------===//

#ifndef MLIRBUILD_MHLO_OPS
#define MLIRBUILD_MHLO_OPS

include "Hlo/HloElementwiseOps.td"
include "Hlo/HloShapeOps.td"
include "Hlo/HloComputeOps.td"
include "Hlo/HloControlOps.td"

def MHLO_Dialect : Dialect {
  let name = "mhlo";
  let cppNamespace = "::mlir::mhlo";
  let summary = "MHLO: XLA's HLO operation set inside the compiler.";
  let description = [{
    The HLO op set as XLA uses it internally; the same ops as stablehlo plus
    compiler-private ones (copy, bitcast, add_dependency, ...).
  }];
  let useDefaultAttributePrinterParser = 1;
  let useDefaultTypePrinterParser = 1;
}

defm MHLO : HloDialectTypesAndEnums<MHLO_Dialect>;
defm MHLO : HloDialectAttrs<MHLO_Dialect>;
defm MHLO : HloElementwiseOps<MHLO_Dialect>;
defm MHLO : HloShapeOps<MHLO_Dialect, HLO_MhloFlavor>;
defm MHLO : HloComputeOps<MHLO_Dialect, HLO_MhloFlavor>;
defm MHLO : HloControlOps<MHLO_Dialect>;

//===----------------------------------------------------------------------===//
// Ops only MHLO has
//===----------------------------------------------------------------------===//

def MHLO_AddDependencyOp : HLO_Op<MHLO_Dialect, "add_dependency", [Pure]> {
  let summary = "order a value after a token";
  let description = [{
    Returns `operand`, ordered after `token`. Generic form:
    `%r = "mhlo.add_dependency"(%x, %t) : (tensor<4xf32>, !mhlo.token) -> tensor<4xf32>`
  }];
  let arguments = (ins MHLO_TensorOrToken:$operand, MHLO_Token:$token);
  let results = (outs MHLO_TensorOrToken:$output);
}

def MHLO_BitcastOp : HLO_Op<MHLO_Dialect, "bitcast", [Pure]> {
  let summary = "layout-changing bitcast";
  let description = [{
    Reinterprets the operand with another layout and shape of the same
    size (XLA-private). Generic form.
  }];
  let arguments = (ins HLO_Tensor:$operand);
  let results = (outs HLO_Tensor);
}

def MHLO_CopyOp : HLO_Op<MHLO_Dialect, "copy", [Pure,
    HLO_CompatibleOperandsAndResultType]> {
  let summary = "copy";
  let description = "`%r = mhlo.copy %x : tensor<f32>`";
  let arguments = (ins MHLO_TensorOrTokenOrTuple:$operand,
                       OptionalAttr<I32Attr>:$cross_program_prefetch_index);
  let results = (outs MHLO_TensorOrTokenOrTuple:$result);
  let assemblyFormat = [{
    operands attr-dict `:` custom<SameOperandsAndResultType>(type($operand), type($result))
  }];
}

def MHLO_ErfOp : HLO_UnaryElementwiseOp<MHLO_Dialect, "erf",
    [Pure, HLO_CompatibleOperandsAndResultType], HLO_FpTensor> {
  let summary = "error function";
  let description = "Elementwise erf. `%r = mhlo.erf %x : tensor<2x2xf32>`";
}

def MHLO_TopKOp : HLO_Op<MHLO_Dialect, "topk", [RecursiveMemoryEffects,
    InferTensorType]> {
  let summary = "k largest (or smallest) along the last dimension";
  let description = [{
    `%v, %i = mhlo.topk(%x, k = 5, largest = true) : tensor<100xf32> -> (tensor<5xf32>, tensor<5xi32>)`
  }];
  let arguments = (ins HLO_Tensor:$operand, I64Attr:$k,
                       DefaultValuedOptionalAttr<BoolAttr, "true">:$largest);
  let results = (outs HLO_Tensor:$values, HLO_Tensor:$indices);
  let assemblyFormat = [{
    `(` $operand `,` `k` `=` $k (`,` `largest` `=` $largest^)? `)` attr-dict
      `:` type($operand) `->` `(` type($values) `,` type($indices) `)`
  }];
}

def MHLO_TraceOp : HLO_Op<MHLO_Dialect, "trace"> {
  let summary = "tag a value for tracing";
  let description = "`mhlo.trace %x, \"tag\" : tensor<5xi32>`";
  let arguments = (ins HLO_Tensor:$operand, StrAttr:$tag);
  let assemblyFormat = "$operand `,` $tag attr-dict `:` type($operand)";
}

def MHLO_StochasticConvertOp : HLO_Op<MHLO_Dialect, "stochastic_convert", [Pure,
    Elementwise]> {
  let summary = "convert with stochastic rounding";
  let description = [{
    Converts floats to a narrower type, rounding with the random bits of
    `random`. Generic form.
  }];
  let arguments = (ins HLO_FpTensor:$operand, HLO_RankedTensorOf<[HLO_UInt]>:$random);
  let results = (outs HLO_Tensor);
}

def MHLO_XlaRngGetAndUpdateStateOp : HLO_Op<MHLO_Dialect,
    "xla.rng_get_and_update_state"> {
  let summary = "advance the global random state";
  let description = [{
    Returns the current 128-bit random state and adds `delta` to it.
    `%s = mhlo.xla.rng_get_and_update_state {delta = 1 : i64} : tensor<2xui64>`
  }];
  let arguments = (ins I64Attr:$delta);
  let results = (outs TensorRankOf<[UI64], [1]>);
  let assemblyFormat = "attr-dict `:` type(results)";
}

#endif // MLIRBUILD_MHLO_OPS
