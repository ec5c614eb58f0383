//===- HloOpBase.td - op classes and traits shared by HLO dialects -*- tablegen -*-===//
//
// Op families of the HLO op set, parameterized over the dialect so that the
// stablehlo and mhlo op sets come from one definition (Hlo/HloOps.td).
//
//===----------------------------------------------------------------------===//

#ifndef MLIRBUILD_HLO_OPBASE
#define MLIRBUILD_HLO_OPBASE

include "Hlo/HloAttrs.td"

//===----------------------------------------------------------------------===//
// Flavors: what differs between stablehlo and mhlo
//===----------------------------------------------------------------------===//

// `dimsAttr` is the attribute kind of dimension lists (permutation,
// broadcast_dimensions, slice bounds, window sizes, ...). StableHLO uses
// DenseI64ArrayAttr (`array<i64: 1, 0>`, printed `[1, 0]` in pretty forms);
// MHLO uses I64ElementsAttr (`dense<[1, 0]> : tensor<2xi64>`) and, where
// StableHLO's pretty form spells such a list, MHLO's op has no declarative
// form (it prints generically). `extraOps` adds MHLO's own ops.
class HloFlavor<Attr dims, Attr bools, bit arrays, bit extra> {
  Attr dimsAttr = dims;
  // Per-dimension flags (window_reversal): DenseBoolArrayAttr / i1 elements.
  Attr boolsAttr = bools;
  bit denseArrays = arrays;
  bit extraOps = extra;
}
def HLO_StableFlavor : HloFlavor<DenseI64ArrayAttr, DenseBoolArrayAttr, 1, 0>;
def HLO_MhloFlavor : HloFlavor<I64ElementsAttr, BoolElementsAttr, 0, 1>;

//===----------------------------------------------------------------------===//
// Traits
//===----------------------------------------------------------------------===//

class HLO_NativeOpTrait<string name> : NativeOpTrait<name> {
  let cppNamespace = "::mlir::hlo::OpTrait";
}

// Operand and result types agree up to refinement (a static dimension may
// meet a dynamic one, a quantized type its storage). The result type is that
// of the first operand when inferred.
def HLO_CompatibleOperandsAndResultType : TraitList<[
  HLO_NativeOpTrait<"CompatibleOperandsAndResultType">, InferTypeOpInterface]>;
def HLO_CompatibleOperandsAndResultElementType
    : HLO_NativeOpTrait<"CompatibleOperandsAndResultElementType">;
def HLO_CompatibleOperandsElementType
    : HLO_NativeOpTrait<"CompatibleOperandsElementType">;
// Operand i and result i have the same type.
def HLO_PairwiseSameOperandAndResultType
    : HLO_NativeOpTrait<"PairwiseSameOperandAndResultType">;
def HLO_PairwiseSameOperandAndResultElementType
    : HLO_NativeOpTrait<"PairwiseSameOperandAndResultElementType">;
// Operands are either of one shape, or scalars broadcast to it (clamp, select).
def HLO_BroadcastingElementwise
    : HLO_NativeOpTrait<"BroadcastingElementwise">;

//===----------------------------------------------------------------------===//
// Op families
//===----------------------------------------------------------------------===//

class HLO_Op<Dialect d, string mnemonic, list<Trait> traits = []>
    : Op<d, mnemonic, traits>;

// `%r = d.op %x : tensor<...>` (or `: (tensor<a>) -> tensor<b>` when the types
// differ). `extraArgs` are attributes after the operand.
class HLO_UnaryElementwiseOp<Dialect d, string mnemonic, list<Trait> traits,
                             Type operandType, Type resultType = operandType,
                             dag extraArgs = (ins)>
    : HLO_Op<d, mnemonic, traits # [NoMemoryEffect, Elementwise,
                                    SameOperandsAndResultShape]> {
  let arguments = !con((ins operandType:$operand), extraArgs);
  let results = (outs resultType:$result);
  let assemblyFormat = [{
    $operand attr-dict `:` custom<SameOperandsAndResultType>(type($operand), type($result))
  }];
}

// `%r = d.op %a, %b : tensor<...>`.
class HLO_BinaryElementwiseOp<Dialect d, string mnemonic, list<Trait> traits,
                              Type operandType, Type resultType = operandType>
    : HLO_Op<d, mnemonic, traits # [NoMemoryEffect, Elementwise,
                                    SameOperandsAndResultShape]> {
  let arguments = (ins operandType:$lhs, operandType:$rhs);
  let results = (outs resultType:$result);
  let assemblyFormat = [{
    $lhs `,` $rhs attr-dict
      `:` custom<SameOperandsAndResultType>(type($lhs), type($rhs), type($result))
  }];
}

#endif // MLIRBUILD_HLO_OPBASE
