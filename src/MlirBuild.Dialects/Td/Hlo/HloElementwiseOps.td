//===- HloElementwiseOps.td - elementwise ops of the HLO op set -*- tablegen -*-===//
//
// `defm P : HloElementwiseOps<D>` defines P_AbsOp ... P_XorOp for
// dialect D (P is the record prefix, `StableHLO` or `MHLO`). Semantics follow
// the StableHLO specification; summaries and descriptions are ours.
//
//===----------------------------------------------------------------------===//

#ifndef MLIRBUILD_HLO_ELEMENTWISE_OPS
#define MLIRBUILD_HLO_ELEMENTWISE_OPS

include "Hlo/HloOpBase.td"

multiclass HloElementwiseOps<Dialect d> {
  defvar ComparisonDirectionAttr = !cast<Attr>(NAME # "_ComparisonDirectionAttr");
  defvar ComparisonTypeAttr = !cast<Attr>(NAME # "_ComparisonTypeAttr");
  // Transcendental ops may carry a requested accuracy; absent means DEFAULT.
  defvar Accuracy = (ins OptionalAttr<!cast<Attr>(NAME # "_ResultAccuracyAttr")>:$result_accuracy);
  defvar Compatible = [HLO_CompatibleOperandsAndResultType];

  //===--------------------------------------------------------------------===//
  // Unary
  //===--------------------------------------------------------------------===//

  def _AbsOp : HLO_UnaryElementwiseOp<d, "abs", [InferTypeOpInterface],
      HLO_RankedTensorOf<[HLO_SInt, HLO_SignedInt, HLO_Float, HLO_Complex, HLO_QuantizedInt]>,
      HLO_RankedTensorOf<[HLO_SInt, HLO_SignedInt, HLO_Float, HLO_QuantizedInt]>> {
    let summary = "absolute value";
    let description = [{
      Elementwise |x|. For complex operands the result is the modulus, of the
      matching float type.

      ```mlir
      %r = stablehlo.abs %x : tensor<3xi32>
      %m = stablehlo.abs %z : (tensor<2xcomplex<f32>>) -> tensor<2xf32>
      ```
    }];
  }

  def _CbrtOp : HLO_UnaryElementwiseOp<d, "cbrt", Compatible,
      HLO_FpComplexOrQuantizedIntTensor, HLO_FpComplexOrQuantizedIntTensor, Accuracy> {
    let summary = "cube root";
    let description = "Elementwise cube root. `%r = stablehlo.cbrt %x : tensor<4xf32>`";
  }

  def _CeilOp : HLO_UnaryElementwiseOp<d, "ceil", Compatible, HLO_FpOrQuantizedIntTensor> {
    let summary = "round toward positive infinity";
    let description = "Elementwise ceiling. `%r = stablehlo.ceil %x : tensor<5xf32>`";
  }

  def _ConvertOp : HLO_UnaryElementwiseOp<d, "convert", [], HLO_NonQuantizedTensor> {
    let summary = "element type conversion";
    let description = [{
      Converts each element to the result's element type (int <-> float,
      widening, narrowing, bool, complex), with the spec's rounding and
      saturation rules.

      ```mlir
      %r = stablehlo.convert %x : (tensor<3xi32>) -> tensor<3xf32>
      ```
    }];
  }

  def _ClzOp : HLO_UnaryElementwiseOp<d, "count_leading_zeros", Compatible, HLO_IntTensor> {
    let summary = "count leading zero bits";
    let description = "Elementwise count of leading zero bits. `%r = stablehlo.count_leading_zeros %x : tensor<2xi64>`";
  }

  def _CosineOp : HLO_UnaryElementwiseOp<d, "cosine", Compatible,
      HLO_FpComplexOrQuantizedIntTensor, HLO_FpComplexOrQuantizedIntTensor, Accuracy> {
    let summary = "cosine";
    let description = "Elementwise cosine. `%r = stablehlo.cosine %x : tensor<2xf32>`";
  }

  def _ExpOp : HLO_UnaryElementwiseOp<d, "exponential", Compatible,
      HLO_FpComplexOrQuantizedIntTensor, HLO_FpComplexOrQuantizedIntTensor, Accuracy> {
    let summary = "natural exponential";
    let description = "Elementwise e^x. `%r = stablehlo.exponential %x : tensor<2x2xf64>`";
  }

  def _Expm1Op : HLO_UnaryElementwiseOp<d, "exponential_minus_one", Compatible,
      HLO_FpComplexOrQuantizedIntTensor, HLO_FpComplexOrQuantizedIntTensor, Accuracy> {
    let summary = "exponential minus one";
    let description = "Elementwise e^x - 1, accurate near 0. `%r = stablehlo.exponential_minus_one %x : tensor<2xf64>`";
  }

  def _FloorOp : HLO_UnaryElementwiseOp<d, "floor", Compatible, HLO_FpOrQuantizedIntTensor> {
    let summary = "round toward negative infinity";
    let description = "Elementwise floor. `%r = stablehlo.floor %x : tensor<2xf32>`";
  }

  def _ImagOp : HLO_UnaryElementwiseOp<d, "imag", [InferTypeOpInterface],
      HLO_FpOrComplexTensor, HLO_FpTensor> {
    let summary = "imaginary part";
    let description = [{
      Elementwise imaginary part of a complex tensor (zero for floats).
      `%r = stablehlo.imag %z : (tensor<2xcomplex<f32>>) -> tensor<2xf32>`
    }];
  }

  def _IsFiniteOp : HLO_Op<d, "is_finite", [NoMemoryEffect, Elementwise,
                                            SameOperandsAndResultShape,
                                            InferTypeOpInterface]> {
    let summary = "finiteness test";
    let description = [{
      Elementwise: true unless the element is +inf, -inf or NaN.
      `%y = stablehlo.is_finite %x : (tensor<7xf32>) -> tensor<7xi1>`
    }];
    let arguments = (ins HLO_FpOrQuantizedIntTensor:$x);
    let results = (outs HLO_PredTensor:$y);
    let assemblyFormat = "operands attr-dict `:` functional-type(operands, results)";
  }

  def _LogOp : HLO_UnaryElementwiseOp<d, "log", Compatible,
      HLO_FpComplexOrQuantizedIntTensor, HLO_FpComplexOrQuantizedIntTensor, Accuracy> {
    let summary = "natural logarithm";
    let description = "Elementwise ln(x). `%r = stablehlo.log %x : tensor<2x2xf64>`";
  }

  def _Log1pOp : HLO_UnaryElementwiseOp<d, "log_plus_one", Compatible,
      HLO_FpComplexOrQuantizedIntTensor, HLO_FpComplexOrQuantizedIntTensor, Accuracy> {
    let summary = "logarithm of one plus x";
    let description = "Elementwise ln(1 + x), accurate near 0. `%r = stablehlo.log_plus_one %x : tensor<5xf64>`";
  }

  def _LogisticOp : HLO_UnaryElementwiseOp<d, "logistic", Compatible,
      HLO_FpComplexOrQuantizedIntTensor, HLO_FpComplexOrQuantizedIntTensor, Accuracy> {
    let summary = "logistic sigmoid";
    let description = "Elementwise 1 / (1 + e^-x). `%r = stablehlo.logistic %x : tensor<2x2xf64>`";
  }

  def _NegOp : HLO_UnaryElementwiseOp<d, "negate", Compatible,
      HLO_IntFpOrComplexOrQuantizedIntTensor> {
    let summary = "negation";
    let description = "Elementwise -x (wrapping for integers). `%r = stablehlo.negate %x : tensor<2x3xi32>`";
  }

  def _NotOp : HLO_UnaryElementwiseOp<d, "not", Compatible, HLO_PredOrIntTensor> {
    let summary = "logical or bitwise not";
    let description = "Elementwise NOT: logical for i1, bitwise for integers. `%r = stablehlo.not %x : tensor<5xi1>`";
  }

  def _PopulationCountOp : HLO_UnaryElementwiseOp<d, "popcnt", Compatible, HLO_IntTensor> {
    let summary = "count set bits";
    let description = "Elementwise number of one bits. `%r = stablehlo.popcnt %x : tensor<4xi64>`";
  }

  def _RealOp : HLO_UnaryElementwiseOp<d, "real", [InferTypeOpInterface],
      HLO_FpOrComplexTensor, HLO_FpTensor> {
    let summary = "real part";
    let description = [{
      Elementwise real part of a complex tensor (identity for floats).
      `%r = stablehlo.real %z : (tensor<2xcomplex<f32>>) -> tensor<2xf32>`
    }];
  }

  def _ReducePrecisionOp : HLO_Op<d, "reduce_precision", [
      NoMemoryEffect, Elementwise, SameOperandsAndResultShape,
      HLO_CompatibleOperandsAndResultType]> {
    let summary = "round to a narrower float format";
    let description = [{
      Rounds each element to the float format with `exponent_bits` exponent
      and `mantissa_bits` mantissa bits, keeping the element type.
      `%r = stablehlo.reduce_precision %x, format = e5m10 : tensor<6xf32>`
    }];
    let arguments = (ins HLO_FpOrQuantizedIntTensor:$operand,
                         ConfinedAttr<I32Attr, [IntPositive]>:$exponent_bits,
                         ConfinedAttr<I32Attr, [IntNonNegative]>:$mantissa_bits);
    let results = (outs HLO_FpOrQuantizedIntTensor:$output);
    let assemblyFormat = [{
      $operand `,` `format` `=` custom<ExponentMantissa>($exponent_bits, $mantissa_bits)
        attr-dict `:` custom<SameOperandsAndResultType>(type($operand), type($output))
    }];
  }

  def _RoundOp : HLO_UnaryElementwiseOp<d, "round_nearest_afz", Compatible,
      HLO_FpOrQuantizedIntTensor> {
    let summary = "round half away from zero";
    let description = "Elementwise rounding, ties away from zero. `%r = stablehlo.round_nearest_afz %x : tensor<5xf64>`";
  }

  def _RoundNearestEvenOp : HLO_UnaryElementwiseOp<d, "round_nearest_even",
      Compatible, HLO_FpOrQuantizedIntTensor> {
    let summary = "round half to even";
    let description = "Elementwise rounding, ties to even. `%r = stablehlo.round_nearest_even %x : tensor<5xf64>`";
  }

  def _RsqrtOp : HLO_UnaryElementwiseOp<d, "rsqrt", Compatible,
      HLO_FpComplexOrQuantizedIntTensor, HLO_FpComplexOrQuantizedIntTensor, Accuracy> {
    let summary = "reciprocal square root";
    let description = "Elementwise 1 / sqrt(x). `%r = stablehlo.rsqrt %x : tensor<2x2xf64>`";
  }

  def _SignOp : HLO_UnaryElementwiseOp<d, "sign", Compatible,
      HLO_SIntFpComplexOrQuantizedIntTensor> {
    let summary = "sign";
    let description = [{
      Elementwise -1, 0 or 1 (NaN stays NaN; for complex numbers x / |x|).
      `%r = stablehlo.sign %x : tensor<5xf64>`
    }];
  }

  def _SineOp : HLO_UnaryElementwiseOp<d, "sine", Compatible,
      HLO_FpComplexOrQuantizedIntTensor, HLO_FpComplexOrQuantizedIntTensor, Accuracy> {
    let summary = "sine";
    let description = "Elementwise sine. `%r = stablehlo.sine %x : tensor<2xf32>`";
  }

  def _SqrtOp : HLO_UnaryElementwiseOp<d, "sqrt", Compatible,
      HLO_FpComplexOrQuantizedIntTensor, HLO_FpComplexOrQuantizedIntTensor, Accuracy> {
    let summary = "square root";
    let description = "Elementwise square root. `%r = stablehlo.sqrt %x : tensor<2x2xf64>`";
  }

  def _TanOp : HLO_UnaryElementwiseOp<d, "tan", Compatible,
      HLO_FpComplexOrQuantizedIntTensor, HLO_FpComplexOrQuantizedIntTensor, Accuracy> {
    let summary = "tangent";
    let description = "Elementwise tangent. `%r = stablehlo.tan %x : tensor<4xf64>`";
  }

  def _TanhOp : HLO_UnaryElementwiseOp<d, "tanh", Compatible,
      HLO_FpComplexOrQuantizedIntTensor, HLO_FpComplexOrQuantizedIntTensor, Accuracy> {
    let summary = "hyperbolic tangent";
    let description = "Elementwise tanh. `%r = stablehlo.tanh %x : tensor<2xf32>`";
  }

  def _UniformQuantizeOp : HLO_UnaryElementwiseOp<d, "uniform_quantize", [],
      HLO_FloatOrQuantizedIntOrPerAxisQuantizedIntTensor,
      HLO_QuantizedIntOrPerAxisQuantizedIntTensor> {
    let summary = "quantize, or requantize";
    let description = [{
      Converts floats to the result's uniform quantized type, or requantizes
      a quantized tensor to other scales and zero points.
      `%q = stablehlo.uniform_quantize %x : (tensor<4xf32>) -> tensor<4x!quant.uniform<i8:f32, 0.5:-3>>`
    }];
  }

  def _UniformDequantizeOp : HLO_UnaryElementwiseOp<d, "uniform_dequantize",
      [InferTypeOpInterface], HLO_QuantizedIntOrPerAxisQuantizedIntTensor,
      HLO_FpTensor> {
    let summary = "dequantize";
    let description = [{
      Converts a quantized tensor to its expressed float type:
      (storage - zero_point) * scale.
      `%x = stablehlo.uniform_dequantize %q : (tensor<4x!quant.uniform<i8:f32, 0.5:-3>>) -> tensor<4xf32>`
    }];
  }

  //===--------------------------------------------------------------------===//
  // Binary
  //===--------------------------------------------------------------------===//

  def _AddOp : HLO_BinaryElementwiseOp<d, "add", Compatible # [Commutative],
      HLO_TensorOrPerAxisQuantizedTensor> {
    let summary = "addition";
    let description = "Elementwise lhs + rhs (logical or for i1). `%r = stablehlo.add %a, %b : tensor<4xf32>`";
  }

  def _AndOp : HLO_BinaryElementwiseOp<d, "and", Compatible # [Commutative],
      HLO_PredOrIntTensor> {
    let summary = "logical or bitwise and";
    let description = "Elementwise AND. `%r = stablehlo.and %a, %b : tensor<3xi8>`";
  }

  def _Atan2Op : HLO_BinaryElementwiseOp<d, "atan2", Compatible,
      HLO_FpComplexOrQuantizedIntTensor> {
    let summary = "two-argument arctangent";
    let description = "Elementwise atan2(lhs, rhs). `%r = stablehlo.atan2 %y, %x : tensor<3xf64>`";
  }

  def _ComplexOp : HLO_Op<d, "complex", [NoMemoryEffect, Elementwise,
      SameOperandsElementType, SameOperandsAndResultShape,
      InferTypeOpInterface]> {
    let summary = "build complex numbers";
    let description = [{
      Elementwise lhs + i * rhs from two float tensors.
      `%z = stablehlo.complex %re, %im : tensor<2xcomplex<f64>>`
    }];
    let arguments = (ins HLO_Fp32Or64Tensor:$lhs, HLO_Fp32Or64Tensor:$rhs);
    let results = (outs HLO_ComplexTensor:$result);
    let assemblyFormat = [{
      operands attr-dict `:` custom<ComplexOpType>(type($lhs), type($rhs), type($result))
    }];
  }

  def _DivOp : HLO_BinaryElementwiseOp<d, "divide", Compatible,
      HLO_IntFpOrComplexOrQuantizedIntTensor> {
    let summary = "division";
    let description = "Elementwise lhs / rhs (truncating for integers). `%r = stablehlo.divide %a, %b : tensor<4xi32>`";
  }

  def _MaxOp : HLO_BinaryElementwiseOp<d, "maximum", Compatible # [Commutative],
      HLO_TensorOrPerAxisQuantizedTensor> {
    let summary = "maximum";
    let description = "Elementwise max (NaN propagates). `%r = stablehlo.maximum %a, %b : tensor<4xf32>`";
  }

  def _MinOp : HLO_BinaryElementwiseOp<d, "minimum", Compatible # [Commutative],
      HLO_TensorOrPerAxisQuantizedTensor> {
    let summary = "minimum";
    let description = "Elementwise min (NaN propagates). `%r = stablehlo.minimum %a, %b : tensor<4xf32>`";
  }

  def _MulOp : HLO_BinaryElementwiseOp<d, "multiply", Compatible # [Commutative],
      HLO_TensorOrPerAxisQuantizedTensor> {
    let summary = "multiplication";
    let description = "Elementwise lhs * rhs (logical and for i1). `%r = stablehlo.multiply %a, %b : tensor<4xf32>`";
  }

  def _OrOp : HLO_BinaryElementwiseOp<d, "or", Compatible # [Commutative],
      HLO_PredOrIntTensor> {
    let summary = "logical or bitwise or";
    let description = "Elementwise OR. `%r = stablehlo.or %a, %b : tensor<3xi1>`";
  }

  def _PowOp : HLO_BinaryElementwiseOp<d, "power", Compatible,
      HLO_IntFpOrComplexOrQuantizedIntTensor> {
    let summary = "exponentiation";
    let description = "Elementwise lhs ^ rhs. `%r = stablehlo.power %a, %b : tensor<6xf64>`";
  }

  def _RemOp : HLO_BinaryElementwiseOp<d, "remainder", Compatible,
      HLO_IntFpOrComplexOrQuantizedIntTensor> {
    let summary = "remainder";
    let description = "Elementwise remainder, with the sign of the dividend. `%r = stablehlo.remainder %a, %b : tensor<4xi64>`";
  }

  def _ShiftLeftOp : HLO_BinaryElementwiseOp<d, "shift_left", Compatible, HLO_IntTensor> {
    let summary = "shift left";
    let description = "Elementwise lhs << rhs; shifts of the bit width or more give 0. `%r = stablehlo.shift_left %a, %b : tensor<3xi64>`";
  }

  def _ShiftRightArithmeticOp : HLO_BinaryElementwiseOp<d, "shift_right_arithmetic",
      Compatible, HLO_IntTensor> {
    let summary = "arithmetic shift right";
    let description = "Elementwise sign-extending lhs >> rhs. `%r = stablehlo.shift_right_arithmetic %a, %b : tensor<3xi64>`";
  }

  def _ShiftRightLogicalOp : HLO_BinaryElementwiseOp<d, "shift_right_logical",
      Compatible, HLO_IntTensor> {
    let summary = "logical shift right";
    let description = "Elementwise zero-filling lhs >> rhs. `%r = stablehlo.shift_right_logical %a, %b : tensor<3xi64>`";
  }

  def _SubtractOp : HLO_BinaryElementwiseOp<d, "subtract", Compatible,
      HLO_IntFpOrComplexOrQuantizedIntTensor> {
    let summary = "subtraction";
    let description = "Elementwise lhs - rhs. `%r = stablehlo.subtract %a, %b : tensor<2xi32>`";
  }

  def _XorOp : HLO_BinaryElementwiseOp<d, "xor", Compatible # [Commutative],
      HLO_PredOrIntTensor> {
    let summary = "logical or bitwise exclusive or";
    let description = "Elementwise XOR. `%r = stablehlo.xor %a, %b : tensor<3xi8>`";
  }

  //===--------------------------------------------------------------------===//
  // Comparison and selection
  //===--------------------------------------------------------------------===//

  def _CompareOp : HLO_Op<d, "compare", [NoMemoryEffect, Elementwise,
      SameOperandsAndResultShape, HLO_CompatibleOperandsElementType,
      InferTensorTypeWithReify]> {
    let summary = "elementwise comparison";
    let description = [{
      Compares lhs and rhs with `comparison_direction`; `compare_type` says
      how (FLOAT, TOTALORDER, SIGNED, UNSIGNED; derived from the element type
      when absent). The result is a tensor of i1.

      ```mlir
      %r = stablehlo.compare LT, %a, %b, FLOAT : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xi1>
      ```
    }];
    let arguments = (ins HLO_Tensor:$lhs, HLO_Tensor:$rhs,
                         ComparisonDirectionAttr:$comparison_direction,
                         OptionalAttr<ComparisonTypeAttr>:$compare_type);
    let results = (outs HLO_PredTensor);
    let assemblyFormat = [{
      $comparison_direction `,` $lhs `,` $rhs (`,` $compare_type^)?
        attr-dict `:` functional-type(operands, results)
    }];
  }

  def _SelectOp : HLO_Op<d, "select", [NoMemoryEffect,
      HLO_BroadcastingElementwise, InferTensorTypeWithReify]> {
    let summary = "elementwise choice";
    let description = [{
      Takes on_true where pred holds, else on_false. `pred` is a scalar or
      has the shape of the other operands.

      ```mlir
      %r = stablehlo.select %p, %a, %b : tensor<2x2xi1>, tensor<2x2xi32>
      %s = stablehlo.select %q, %a, %b : (tensor<i1>, tensor<3xi64>, tensor<3xi64>) -> tensor<3xi64>
      ```
    }];
    let arguments = (ins HLO_PredTensor:$pred, HLO_Tensor:$on_true,
                         HLO_Tensor:$on_false);
    let results = (outs HLO_Tensor:$result);
    let assemblyFormat = [{
      operands attr-dict `:`
        custom<SelectOpType>(type($pred), type($on_true), type($on_false), type($result))
    }];
  }

  def _ClampOp : HLO_Op<d, "clamp", [NoMemoryEffect,
      HLO_CompatibleOperandsAndResultElementType, HLO_BroadcastingElementwise,
      InferTensorType]> {
    let summary = "clamp between bounds";
    let description = [{
      Elementwise min(max(operand, min), max); `min` and `max` are scalars or
      have the operand's shape.
      `%r = stablehlo.clamp %lo, %x, %hi : (tensor<i64>, tensor<3xi64>, tensor<i64>) -> tensor<3xi64>`
    }];
    let arguments = (ins HLO_Tensor:$min, HLO_Tensor:$operand, HLO_Tensor:$max);
    let results = (outs HLO_Tensor:$result);
    let assemblyFormat = [{
      $min `,` $operand `,` $max attr-dict
        `:` custom<SameOperandsAndResultType>(type($min), type($operand), type($max), type($result))
    }];
  }
}

#endif // MLIRBUILD_HLO_ELEMENTWISE_OPS
