//===- ChloOps.td - the chlo dialect ------------------------*- tablegen -*-===//
//
// "Client HLO": ops that frontends emit and that lower to stablehlo —
// implicitly broadcasting binary ops (`chlo.broadcast_add`, ...), special
// functions (erf, lgamma, digamma, ...), top_k, ragged_dot, scan. Operands
// may be unranked tensors, unlike stablehlo.
//
//===----------------------------------------------------------------------===//

#ifndef MLIRBUILD_CHLO_OPS
#define MLIRBUILD_CHLO_OPS

include "Hlo/HloAttrs.td"

def CHLO_Dialect : Dialect {
  let name = "chlo";
  let cppNamespace = "::mlir::chlo";
  let summary = "Client HLO: higher-level ops that decompose into stablehlo.";
  let description = [{
    Ops with implicit broadcasting and special functions, used between
    frontends (JAX, TensorFlow) and stablehlo; each has a decomposition into
    stablehlo ops.
  }];
  let useDefaultAttributePrinterParser = 1;
}

//===----------------------------------------------------------------------===//
// Types, enums, attributes
//===----------------------------------------------------------------------===//

def CHLO_AnyTensor : TensorOf<[HLO_Float, HLO_Pred, HLO_Int, HLO_Complex,
                               HLO_QuantizedInt]>;
def CHLO_AnyFpTensor : TensorOf<[HLO_Float]>;
def CHLO_AnyComplexTensor : TensorOf<[HLO_Complex]>;
def CHLO_AnyFpOrComplexTensor : TensorOf<[HLO_Float, HLO_Complex]>;
def CHLO_AnyPredTensor : TensorOf<[HLO_Pred]>;
def CHLO_AnyPredOrIntTensor : TensorOf<[HLO_Pred, HLO_Int]>;

def CHLO_ComparisonDirection : I32EnumAttr<"ComparisonDirection",
    "Which comparison broadcast_compare performs", [
      I32EnumAttrCase<"EQ", 0>, I32EnumAttrCase<"NE", 1>,
      I32EnumAttrCase<"GE", 2>, I32EnumAttrCase<"GT", 3>,
      I32EnumAttrCase<"LE", 4>, I32EnumAttrCase<"LT", 5>]> {
  let genSpecializedAttr = 0;
  let cppNamespace = "::mlir::chlo";
}
def CHLO_ComparisonDirectionAttr
    : EnumAttr<CHLO_Dialect, CHLO_ComparisonDirection, "comparison_direction">;

def CHLO_ComparisonType : I32EnumAttr<"ComparisonType",
    "How broadcast_compare orders its operands", [
      I32EnumAttrCase<"NOTYPE", 0>, I32EnumAttrCase<"FLOAT", 1>,
      I32EnumAttrCase<"TOTALORDER", 2>, I32EnumAttrCase<"SIGNED", 3>,
      I32EnumAttrCase<"UNSIGNED", 4>]> {
  let genSpecializedAttr = 0;
  let cppNamespace = "::mlir::chlo";
}
def CHLO_ComparisonTypeAttr
    : EnumAttr<CHLO_Dialect, CHLO_ComparisonType, "comparison_type">;

def CHLO_Precision : I32EnumAttr<"Precision", "Precision of ragged_dot", [
      I32EnumAttrCase<"DEFAULT", 0>, I32EnumAttrCase<"HIGH", 1>,
      I32EnumAttrCase<"HIGHEST", 2>]> {
  let genSpecializedAttr = 0;
  let cppNamespace = "::mlir::chlo";
}
def CHLO_PrecisionAttr : EnumAttr<CHLO_Dialect, CHLO_Precision, "precision">;

def CHLO_RaggedDotDimensionNumbers : AttrDef<CHLO_Dialect, "RaggedDotDimensionNumbers"> {
  let mnemonic = "ragged_dot";
  let summary = "dimension numbers of ragged_dot";
  let description = [{
    dot_general's batching and contracting dimensions plus the ragged lhs
    dimension and the rhs group dimension:
    `#chlo.ragged_dot<lhs_batching_dimensions = [], rhs_batching_dimensions = [],
    lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1],
    lhs_ragged_dimensions = [0], rhs_group_dimensions = [0]>`. Every field is
    printed, empty lists included.
  }];
  let parameters = (ins
    HLO_DimsParameter<"lhs batching dimensions">:$lhs_batching_dimensions,
    HLO_DimsParameter<"rhs batching dimensions">:$rhs_batching_dimensions,
    HLO_DimsParameter<"lhs contracting dimensions">:$lhs_contracting_dimensions,
    HLO_DimsParameter<"rhs contracting dimensions">:$rhs_contracting_dimensions,
    HLO_DimsParameter<"lhs ragged dimensions">:$lhs_ragged_dimensions,
    HLO_DimsParameter<"rhs group dimensions">:$rhs_group_dimensions);
  let assemblyFormat = "`<` struct(params) `>`";
}

//===----------------------------------------------------------------------===//
// Op families
//===----------------------------------------------------------------------===//

class CHLO_Op<string mnemonic, list<Trait> traits = []>
    : Op<CHLO_Dialect, mnemonic, traits>;

// `%r = chlo.broadcast_add %a, %b {broadcast_dimensions = array<i64: 1>}
//    : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>`: numpy-style
// broadcasting of the operands to a common shape, or along
// `broadcast_dimensions` (operand of lower rank -> result dimensions).
class CHLO_BroadcastBinaryOp<string mnemonic, Type operandType,
                             Type resultType = CHLO_AnyTensor,
                             list<Trait> traits = []>
    : CHLO_Op<mnemonic, traits # [Pure]> {
  let arguments = (ins operandType:$lhs, operandType:$rhs,
                       OptionalAttr<DenseI64ArrayAttr>:$broadcast_dimensions);
  let results = (outs resultType);
  let assemblyFormat = [{
    $lhs `,` $rhs attr-dict `:` `(` type($lhs) `,` type($rhs) `)` `->` type(results)
  }];
}

// `%r = chlo.erf %x : tensor<4xf32> -> tensor<4xf32>`.
class CHLO_UnaryOp<string mnemonic, Type operandType,
                   Type resultType = operandType, list<Trait> traits = []>
    : CHLO_Op<mnemonic, traits # [Pure, Elementwise, SameOperandsAndResultShape]> {
  let arguments = (ins operandType:$operand);
  let results = (outs resultType:$result);
  let assemblyFormat = "$operand attr-dict `:` type($operand) `->` type($result)";
}

// `%r = chlo.next_after %x, %y : tensor<4xf32>, tensor<4xf32> -> tensor<4xf32>`.
class CHLO_BinaryOp<string mnemonic, string lhsName, string rhsName,
                    Type operandType>
    : CHLO_Op<mnemonic, [Pure, Elementwise, SameOperandsAndResultShape]> {
  let arguments = !dag(ins, [operandType, operandType], [lhsName, rhsName]);
  let results = (outs operandType:$result);
  let assemblyFormat = "$" # lhsName # " `,` $" # rhsName #
      " attr-dict `:` type($" # lhsName # ") `,` type($" # rhsName # ") `->` type(results)";
}

//===----------------------------------------------------------------------===//
// Broadcasting binary ops
//===----------------------------------------------------------------------===//

def CHLO_BroadcastAddOp : CHLO_BroadcastBinaryOp<"broadcast_add", CHLO_AnyTensor, CHLO_AnyTensor, [Commutative]> {
  let summary = "addition with broadcasting";
  let description = "stablehlo.add after broadcasting both operands to the result shape.";
}
def CHLO_BroadcastAtan2Op : CHLO_BroadcastBinaryOp<"broadcast_atan2", CHLO_AnyTensor> {
  let summary = "atan2 with broadcasting";
  let description = "stablehlo.atan2 after broadcasting.";
}
def CHLO_BroadcastDivOp : CHLO_BroadcastBinaryOp<"broadcast_divide", CHLO_AnyTensor> {
  let summary = "division with broadcasting";
  let description = "stablehlo.divide after broadcasting.";
}
def CHLO_BroadcastMaxOp : CHLO_BroadcastBinaryOp<"broadcast_maximum", CHLO_AnyTensor, CHLO_AnyTensor, [Commutative]> {
  let summary = "maximum with broadcasting";
  let description = "stablehlo.maximum after broadcasting.";
}
def CHLO_BroadcastMinOp : CHLO_BroadcastBinaryOp<"broadcast_minimum", CHLO_AnyTensor, CHLO_AnyTensor, [Commutative]> {
  let summary = "minimum with broadcasting";
  let description = "stablehlo.minimum after broadcasting.";
}
def CHLO_BroadcastMulOp : CHLO_BroadcastBinaryOp<"broadcast_multiply", CHLO_AnyTensor, CHLO_AnyTensor, [Commutative]> {
  let summary = "multiplication with broadcasting";
  let description = "stablehlo.multiply after broadcasting.";
}
def CHLO_BroadcastNextAfterOp : CHLO_BroadcastBinaryOp<"broadcast_next_after", CHLO_AnyTensor> {
  let summary = "next_after with broadcasting";
  let description = "chlo.next_after after broadcasting.";
}
def CHLO_BroadcastPolygammaOp : CHLO_BroadcastBinaryOp<"broadcast_polygamma", CHLO_AnyTensor> {
  let summary = "polygamma with broadcasting";
  let description = "chlo.polygamma after broadcasting.";
}
def CHLO_BroadcastPowOp : CHLO_BroadcastBinaryOp<"broadcast_power", CHLO_AnyTensor> {
  let summary = "power with broadcasting";
  let description = "stablehlo.power after broadcasting.";
}
def CHLO_BroadcastRemOp : CHLO_BroadcastBinaryOp<"broadcast_remainder", CHLO_AnyTensor> {
  let summary = "remainder with broadcasting";
  let description = "stablehlo.remainder after broadcasting.";
}
def CHLO_BroadcastShiftLeftOp : CHLO_BroadcastBinaryOp<"broadcast_shift_left", CHLO_AnyTensor> {
  let summary = "shift left with broadcasting";
  let description = "stablehlo.shift_left after broadcasting.";
}
def CHLO_BroadcastShiftRightArithmeticOp : CHLO_BroadcastBinaryOp<"broadcast_shift_right_arithmetic", CHLO_AnyTensor> {
  let summary = "arithmetic shift right with broadcasting";
  let description = "stablehlo.shift_right_arithmetic after broadcasting.";
}
def CHLO_BroadcastShiftRightLogicalOp : CHLO_BroadcastBinaryOp<"broadcast_shift_right_logical", CHLO_AnyTensor> {
  let summary = "logical shift right with broadcasting";
  let description = "stablehlo.shift_right_logical after broadcasting.";
}
def CHLO_BroadcastSubOp : CHLO_BroadcastBinaryOp<"broadcast_subtract", CHLO_AnyTensor> {
  let summary = "subtraction with broadcasting";
  let description = "stablehlo.subtract after broadcasting.";
}
def CHLO_BroadcastZetaOp : CHLO_BroadcastBinaryOp<"broadcast_zeta", CHLO_AnyFpTensor, CHLO_AnyFpTensor> {
  let summary = "Hurwitz zeta with broadcasting";
  let description = "chlo.zeta after broadcasting.";
}
def CHLO_BroadcastAndOp : CHLO_BroadcastBinaryOp<"broadcast_and", CHLO_AnyPredOrIntTensor, CHLO_AnyTensor, [Commutative]> {
  let summary = "and with broadcasting";
  let description = "stablehlo.and after broadcasting.";
}
def CHLO_BroadcastOrOp : CHLO_BroadcastBinaryOp<"broadcast_or", CHLO_AnyPredOrIntTensor, CHLO_AnyTensor, [Commutative]> {
  let summary = "or with broadcasting";
  let description = "stablehlo.or after broadcasting.";
}
def CHLO_BroadcastXorOp : CHLO_BroadcastBinaryOp<"broadcast_xor", CHLO_AnyPredOrIntTensor, CHLO_AnyTensor, [Commutative]> {
  let summary = "xor with broadcasting";
  let description = "stablehlo.xor after broadcasting.";
}
def CHLO_BroadcastComplexOp : CHLO_BroadcastBinaryOp<"broadcast_complex", CHLO_AnyFpTensor, CHLO_AnyComplexTensor> {
  let summary = "complex construction with broadcasting";
  let description = "stablehlo.complex after broadcasting.";
}

def CHLO_BroadcastCompareOp : CHLO_Op<"broadcast_compare", [Pure]> {
  let summary = "comparison with broadcasting";
  let description = [{
    stablehlo.compare after broadcasting.
    `%r = chlo.broadcast_compare %a, %b {comparison_direction = #chlo<comparison_direction LT>} : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xi1>`
  }];
  let arguments = (ins CHLO_AnyTensor:$lhs, CHLO_AnyTensor:$rhs,
                       OptionalAttr<DenseI64ArrayAttr>:$broadcast_dimensions,
                       CHLO_ComparisonDirectionAttr:$comparison_direction,
                       OptionalAttr<CHLO_ComparisonTypeAttr>:$compare_type);
  let results = (outs CHLO_AnyPredTensor);
  let assemblyFormat = [{
    $lhs `,` $rhs attr-dict `:` `(` type($lhs) `,` type($rhs) `)` `->` type(results)
  }];
}

def CHLO_BroadcastSelectOp : CHLO_Op<"broadcast_select", [Pure]> {
  let summary = "select with broadcasting";
  let description = [{
    stablehlo.select after broadcasting the three operands.
    `%r = chlo.broadcast_select %p, %a, %b : (tensor<i1>, tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>`
  }];
  let arguments = (ins TensorOf<[HLO_Pred]>:$pred, CHLO_AnyTensor:$on_true,
                       CHLO_AnyTensor:$on_false);
  let results = (outs CHLO_AnyTensor);
  let assemblyFormat = [{
    $pred `,` $on_true `,` $on_false attr-dict
      `:` `(` type($pred) `,` type($on_true) `,` type($on_false) `)` `->` type(results)
  }];
}

//===----------------------------------------------------------------------===//
// Special functions
//===----------------------------------------------------------------------===//

def CHLO_AcosOp : CHLO_UnaryOp<"acos", CHLO_AnyFpOrComplexTensor> { let summary = "arccosine"; let description = "Elementwise acos."; }
def CHLO_AcoshOp : CHLO_UnaryOp<"acosh", CHLO_AnyFpOrComplexTensor> { let summary = "inverse hyperbolic cosine"; let description = "Elementwise acosh."; }
def CHLO_AsinOp : CHLO_UnaryOp<"asin", CHLO_AnyFpOrComplexTensor> { let summary = "arcsine"; let description = "Elementwise asin."; }
def CHLO_AsinhOp : CHLO_UnaryOp<"asinh", CHLO_AnyFpOrComplexTensor> { let summary = "inverse hyperbolic sine"; let description = "Elementwise asinh."; }
def CHLO_AsinAcosKernelOp : CHLO_UnaryOp<"_asin_acos_kernel", CHLO_AnyComplexTensor> {
  let summary = "helper of complex asin/acos";
  let description = "The common kernel of the complex asin and acos decompositions.";
}
def CHLO_AtanOp : CHLO_UnaryOp<"atan", CHLO_AnyFpOrComplexTensor> { let summary = "arctangent"; let description = "Elementwise atan."; }
def CHLO_AtanhOp : CHLO_UnaryOp<"atanh", CHLO_AnyFpOrComplexTensor> { let summary = "inverse hyperbolic tangent"; let description = "Elementwise atanh."; }
def CHLO_BesselI1eOp : CHLO_UnaryOp<"bessel_i1e", CHLO_AnyFpTensor> { let summary = "scaled modified Bessel function of order 1"; let description = "Elementwise exp(-|x|) * I1(x)."; }
def CHLO_ConjOp : CHLO_UnaryOp<"conj", CHLO_AnyFpOrComplexTensor> { let summary = "complex conjugate"; let description = "Elementwise conjugate (identity for floats)."; }
def CHLO_CoshOp : CHLO_UnaryOp<"cosh", CHLO_AnyFpOrComplexTensor> { let summary = "hyperbolic cosine"; let description = "Elementwise cosh."; }
def CHLO_DigammaOp : CHLO_UnaryOp<"digamma", CHLO_AnyFpTensor> { let summary = "digamma function"; let description = "Elementwise derivative of lgamma."; }
def CHLO_ErfOp : CHLO_UnaryOp<"erf", CHLO_AnyFpTensor> { let summary = "error function"; let description = "Elementwise erf."; }
def CHLO_ErfInvOp : CHLO_UnaryOp<"erf_inv", CHLO_AnyFpTensor> { let summary = "inverse error function"; let description = "Elementwise inverse of erf."; }
def CHLO_ErfcOp : CHLO_UnaryOp<"erfc", CHLO_AnyFpTensor> { let summary = "complementary error function"; let description = "Elementwise 1 - erf(x)."; }
def CHLO_IsInfOp : CHLO_UnaryOp<"is_inf", CHLO_AnyFpTensor, CHLO_AnyPredTensor> { let summary = "infinity test"; let description = "Elementwise: x is +inf or -inf."; }
def CHLO_IsNegInfOp : CHLO_UnaryOp<"is_neg_inf", CHLO_AnyFpTensor, CHLO_AnyPredTensor> { let summary = "negative infinity test"; let description = "Elementwise: x is -inf."; }
def CHLO_IsPosInfOp : CHLO_UnaryOp<"is_pos_inf", CHLO_AnyFpTensor, CHLO_AnyPredTensor> { let summary = "positive infinity test"; let description = "Elementwise: x is +inf."; }
def CHLO_LgammaOp : CHLO_UnaryOp<"lgamma", CHLO_AnyFpTensor> { let summary = "log-gamma"; let description = "Elementwise ln|Gamma(x)|."; }
def CHLO_SinhOp : CHLO_UnaryOp<"sinh", CHLO_AnyFpOrComplexTensor> { let summary = "hyperbolic sine"; let description = "Elementwise sinh."; }
def CHLO_SquareOp : CHLO_UnaryOp<"square", CHLO_AnyFpOrComplexTensor> { let summary = "square"; let description = "Elementwise x * x."; }
def CHLO_TanOp : CHLO_UnaryOp<"tan", CHLO_AnyFpOrComplexTensor> { let summary = "tangent"; let description = "Elementwise tan."; }

def CHLO_MulhiOp : CHLO_BinaryOp<"mulhi", "lhs", "rhs", HLO_IntTensor> {
  let summary = "high half of an integer product";
  let description = [{
    Elementwise upper half of the double-width product of lhs and rhs.
    `%r = chlo.mulhi %a, %b : tensor<3xi8>, tensor<3xi8> -> tensor<3xi8>`
  }];
}
def CHLO_NextAfterOp : CHLO_BinaryOp<"next_after", "x", "y", CHLO_AnyFpTensor> {
  let summary = "next representable float";
  let description = "Elementwise: the float after x in the direction of y.";
}
def CHLO_PolygammaOp : CHLO_BinaryOp<"polygamma", "n", "x", CHLO_AnyFpTensor> {
  let summary = "polygamma function";
  let description = "Elementwise n-th derivative of digamma at x.";
}
def CHLO_ZetaOp : CHLO_BinaryOp<"zeta", "x", "q", CHLO_AnyFpTensor> {
  let summary = "Hurwitz zeta function";
  let description = "Elementwise zeta(x, q).";
}

//===----------------------------------------------------------------------===//
// Other ops
//===----------------------------------------------------------------------===//

def CHLO_ConstantOp : CHLO_Op<"constant", [ConstantLike, Pure,
    AllTypesMatch<["value", "output"]>]> {
  let summary = "constant tensor";
  let description = "`%c = chlo.constant dense<1.0> : tensor<f32>`";
  let arguments = (ins ElementsAttr:$value);
  let results = (outs HLO_StaticShapeTensor:$output);
  let assemblyFormat = "attr-dict $value";
}

def CHLO_ConstantLikeOp : CHLO_Op<"constant_like", [Pure,
    SameOperandsAndResultShape]> {
  let summary = "splat constant shaped like an operand";
  let description = [{
    A tensor of the operand's shape filled with the scalar `value`. Generic
    form: `%c = "chlo.constant_like"(%x) {value = 1.0 : f32} : (tensor<?xf32>) -> tensor<?xf32>`
  }];
  let arguments = (ins AnyAttr:$value, CHLO_AnyTensor:$operand);
  let results = (outs CHLO_AnyTensor);
}

def CHLO_TopKOp : CHLO_Op<"top_k", [Pure]> {
  let summary = "k largest elements along the last dimension";
  let description = [{
    `%v, %i = chlo.top_k(%x, k = 2) : tensor<5x3xf32> -> (tensor<5x2xf32>, tensor<5x2xi32>)`
  }];
  let arguments = (ins CHLO_AnyTensor:$operand, ConfinedAttr<I64Attr, [IntNonNegative]>:$k,
                       DefaultValuedOptionalAttr<BoolAttr, "false">:$is_stable);
  let results = (outs CHLO_AnyTensor:$values, CHLO_AnyTensor:$indices);
  let assemblyFormat = [{
    `(` $operand `,` `k` `=` $k (`,` `is_stable` `=` $is_stable^)? `)` attr-dict
      `:` type($operand) `->` `(` type($values) `,` type($indices) `)`
  }];
}

def CHLO_RaggedDotOp : CHLO_Op<"ragged_dot", [Pure]> {
  let summary = "dot product over ragged groups";
  let description = [{
    dot_general where the lhs ragged dimension is split into groups of sizes
    `group_sizes`, each multiplied by its own rhs group. Generic form:
    `%r = "chlo.ragged_dot"(%a, %b, %sizes) {ragged_dot_dimension_numbers = #chlo.ragged_dot<...>} : (...) -> tensor<...>`
  }];
  let arguments = (ins CHLO_AnyTensor:$lhs, CHLO_AnyTensor:$rhs,
                       RankedTensorOf<[I32, I64]>:$group_sizes,
                       CHLO_RaggedDotDimensionNumbers:$ragged_dot_dimension_numbers,
                       OptionalAttr<TypedArrayAttrBase<CHLO_PrecisionAttr, "precision config">>:$precision_config);
  let results = (outs CHLO_AnyTensor:$result);
}

def CHLO_ScanOp : CHLO_Op<"scan", [RecursiveMemoryEffects, AttrSizedOperandSegments,
                                   AttrSizedResultSegments]> {
  let summary = "scan with carries";
  let description = [{
    Runs `body` along `dimension` of the inputs, threading the carries
    (starting from `inits`); returns the per-position outputs and the final
    carries. Custom form:

    ```mlir
    %out, %carry = chlo.scan(%x) inits(%init) dimension=0 {
    ^bb0(%e: tensor<i32>, %c: tensor<i32>):
      %s = stablehlo.add %e, %c : tensor<i32>
      stablehlo.return %s, %s : tensor<i32>, tensor<i32>
    } : (tensor<4xi32>, tensor<i32>) -> (tensor<4xi32>, tensor<i32>)
    ```
  }];
  let arguments = (ins Variadic<CHLO_AnyTensor>:$inputs,
                       Variadic<CHLO_AnyTensor>:$inits,
                       ConfinedAttr<I64Attr, [IntNonNegative]>:$dimension,
                       OptionalAttr<I64Attr>:$scan_dim_size,
                       DefaultValuedOptionalAttr<BoolAttr, "false">:$is_reverse,
                       OptionalAttr<BoolAttr>:$is_associative);
  let results = (outs Variadic<CHLO_AnyTensor>:$outputs,
                      Variadic<CHLO_AnyTensor>:$carries);
  let regions = (region SizedRegion<1>:$body);
  let hasCustomAssemblyFormat = 1;
}

#endif // MLIRBUILD_CHLO_OPS
