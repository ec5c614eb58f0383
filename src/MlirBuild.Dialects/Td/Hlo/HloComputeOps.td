//===- HloComputeOps.td - contractions, reductions, calls of the HLO op set -*- tablegen -*-===//
//
// `defm P : HloComputeOps<D, Flavor>`: dot products, convolutions, FFT,
// linear algebra, batch norm, random numbers, reductions and region-carrying
// computations, sort, composite and custom calls.
//
//===----------------------------------------------------------------------===//

#ifndef MLIRBUILD_HLO_COMPUTE_OPS
#define MLIRBUILD_HLO_COMPUTE_OPS

include "Hlo/HloOpBase.td"

multiclass HloComputeOps<Dialect d, HloFlavor f> {
  defvar Dims = f.dimsAttr;
  defvar PrecisionConfig = TypedArrayAttrBase<!cast<Attr>(NAME # "_PrecisionAttr"),
                                              "precision config">;
  defvar DotDims = !cast<Attr>(NAME # "_DotDimensionNumbers");
  defvar DotAlgorithm = !cast<Attr>(NAME # "_DotAlgorithm");
  defvar ConvDims = !cast<Attr>(NAME # "_ConvDimensionNumbers");
  defvar AnyValue = !cast<Type>(NAME # "_AnyValue");
  defvar TensorOrToken = !cast<Type>(NAME # "_TensorOrToken");
  defvar CustomCallValue = !cast<Type>(NAME # "_CustomCallValue");
  defvar NonNegative = ConfinedAttr<I64Attr, [IntNonNegative]>;
  defvar Positive = ConfinedAttr<I64Attr, [IntPositive]>;
  defvar Flag = DefaultValuedOptionalAttr<BoolAttr, "false">;
  defvar Padding = OptionalAttr<I64ElementsAttr>;
  defvar FloatTensor = HLO_RankedTensorOf<[HLO_Float]>;
  defvar Float1DTensor = TensorRankOf<[HLO_Float], [1]>;

  //===--------------------------------------------------------------------===//
  // Contractions
  //===--------------------------------------------------------------------===//

  def _DotOp : HLO_Op<d, "dot", [NoMemoryEffect]> {
    let summary = "matrix/vector product";
    let description = [{
      Legacy dot: vector-vector, matrix-vector or matrix-matrix product.
      `%r = stablehlo.dot %a, %b, precision = [DEFAULT, DEFAULT] : (tensor<1x2xi32>, tensor<2x1xi32>) -> tensor<1x1xi32>`
    }];
    let arguments = (ins HLO_Tensor:$lhs, HLO_TensorOrPerAxisQuantizedTensor:$rhs,
                         OptionalAttr<PrecisionConfig>:$precision_config);
    let results = (outs HLO_TensorOrPerAxisQuantizedTensor);
    let assemblyFormat = [{
      $lhs `,` $rhs `` custom<PrecisionConfig>($precision_config) attr-dict
        `:` functional-type(operands, results)
    }];
  }

  def _DotGeneralOp : HLO_Op<d, "dot_general", [NoMemoryEffect]> {
    let summary = "generalized dot product";
    let description = [{
      Contracts `lhs` and `rhs` over the contracting dimensions, batched over
      the batching dimensions of `dot_dimension_numbers`; the result has the
      batch, then lhs free, then rhs free dimensions.

      ```mlir
      %r = stablehlo.dot_general %a, %b, batching_dims = [0] x [0],
             contracting_dims = [2] x [1], precision = [DEFAULT, DEFAULT]
             : (tensor<2x2x2xi64>, tensor<2x2x2xi64>) -> tensor<2x2x2xi64>
      ```
    }];
    let arguments = (ins HLO_Tensor:$lhs, HLO_TensorOrPerAxisQuantizedTensor:$rhs,
                         DotDims:$dot_dimension_numbers,
                         OptionalAttr<PrecisionConfig>:$precision_config,
                         OptionalAttr<DotAlgorithm>:$algorithm);
    let results = (outs HLO_TensorOrPerAxisQuantizedTensor);
    let assemblyFormat = [{
      $lhs `,` $rhs `,` custom<DotDimensionNumbers>($dot_dimension_numbers) ``
        custom<PrecisionConfigAndAlgorithm>($precision_config, $algorithm)
        attr-dict `:` functional-type(operands, results)
    }];
    let hasVerifier = 1;
  }

  def _EinsumOp : HLO_Op<d, "einsum", [Pure]> {
    let summary = "Einstein summation of two tensors";
    let description = [{
      `%r = stablehlo.einsum %a, %b, config = "ab,bc->ac" : (tensor<4x16xf32>, tensor<16x4xf32>) -> tensor<4x4xf32>`
    }];
    let arguments = (ins HLO_Tensor:$lhs, HLO_Tensor:$rhs, StrAttr:$einsum_config);
    let results = (outs HLO_Tensor);
    let assemblyFormat = [{
      $lhs `,` $rhs `,` `config` `=` $einsum_config attr-dict `:` functional-type(operands, results)
    }];
  }

  def _UnaryEinsumOp : HLO_Op<d, "unary_einsum", [Pure]> {
    let summary = "Einstein summation of one tensor";
    let description = [{
      `%r = stablehlo.unary_einsum %a, config = "ab->a" : (tensor<4x16xf32>) -> tensor<4xf32>`
    }];
    let arguments = (ins HLO_Tensor:$operand, StrAttr:$einsum_config);
    let results = (outs HLO_Tensor);
    let assemblyFormat = [{
      $operand `,` `config` `=` $einsum_config attr-dict `:` functional-type(operands, results)
    }];
  }

  def _ConvolutionOp : HLO_Op<d, "convolution", [NoMemoryEffect]> {
    let summary = "convolution";
    let description = [{
      Windowed dot products of `lhs` with the kernel `rhs`, with strides,
      padding, dilations, reversal and feature/batch groups.

      ```mlir
      %r = stablehlo.convolution(%x, %k)
             dim_numbers = [b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f],
             window = {stride = [4, 4], pad = [[0, 0], [0, 0]], lhs_dilate = [2, 2]}
             {batch_group_count = 1 : i64, feature_group_count = 1 : i64}
             : (tensor<1x4x4x1xi64>, tensor<3x3x1x1xi64>) -> tensor<1x2x2x1xi64>
      ```
    }];
    let arguments = (ins HLO_Tensor:$lhs, HLO_TensorOrPerAxisQuantizedTensor:$rhs,
                         OptionalAttr<Dims>:$window_strides, Padding:$padding,
                         OptionalAttr<Dims>:$lhs_dilation,
                         OptionalAttr<Dims>:$rhs_dilation,
                         OptionalAttr<f.boolsAttr>:$window_reversal,
                         ConvDims:$dimension_numbers,
                         Positive:$feature_group_count,
                         Positive:$batch_group_count,
                         OptionalAttr<PrecisionConfig>:$precision_config);
    let results = (outs HLO_TensorOrPerAxisQuantizedTensor);
    let assemblyFormat = [{
      `(` operands `)`
        `dim_numbers` `=` custom<ConvolutionDimensions>($dimension_numbers) `,`
        `window` `=` `{` custom<WindowAttributes>($window_strides, $padding,
                                                  $lhs_dilation, $rhs_dilation,
                                                  $window_reversal) `}`
        attr-dict `:` functional-type(operands, results)
    }];
    let hasVerifier = 1;
  }

  def _DynamicConvOp : HLO_Op<d, "dynamic_conv", [NoMemoryEffect]> {
    let summary = "convolution with run-time padding";
    let description = [{
      `convolution` whose padding is the operand `padding` (shape [N, 2]).
      Generic form: `%r = "stablehlo.dynamic_conv"(%x, %k, %pad) {dimension_numbers = #stablehlo.conv<...>, ...} : (...) -> tensor<...>`
    }];
    let arguments = (ins HLO_Tensor:$lhs, HLO_Tensor:$rhs,
                         HLO_Static2DIntTensor:$padding,
                         OptionalAttr<Dims>:$window_strides,
                         OptionalAttr<Dims>:$lhs_dilation,
                         OptionalAttr<Dims>:$rhs_dilation,
                         OptionalAttr<f.boolsAttr>:$window_reversal,
                         ConvDims:$dimension_numbers,
                         Positive:$feature_group_count,
                         Positive:$batch_group_count,
                         OptionalAttr<PrecisionConfig>:$precision_config);
    let results = (outs HLO_Tensor);
  }

  //===--------------------------------------------------------------------===//
  // Transforms and linear algebra
  //===--------------------------------------------------------------------===//

  def _FftOp : HLO_Op<d, "fft", [NoMemoryEffect, InferTensorType]> {
    let summary = "fast Fourier transform";
    let description = [{
      FFT, IFFT, RFFT or IRFFT over the trailing `fft_length` dimensions.
      `%r = stablehlo.fft %x, type = FFT, length = [4] : (tensor<4xcomplex<f32>>) -> tensor<4xcomplex<f32>>`
    }];
    let arguments = (ins HLO_FpOrComplexTensor:$operand,
                         !cast<Attr>(NAME # "_FftTypeAttr"):$fft_type,
                         Dims:$fft_length);
    let results = (outs HLO_FpOrComplexTensor);
    let assemblyFormat = !if(f.denseArrays, [{
      $operand `,` `type` `=` $fft_type `,` `length` `=` $fft_length
        attr-dict `:` functional-type(operands, results)
    }], ?);
  }

  def _CholeskyOp : HLO_Op<d, "cholesky", [NoMemoryEffect,
      HLO_CompatibleOperandsAndResultElementType, InferTensorType]> {
    let summary = "Cholesky decomposition";
    let description = [{
      Lower (`lower = true`) or upper triangular factor of each matrix in a
      batch of symmetric (Hermitian) positive definite matrices.
      `%r = stablehlo.cholesky %a, lower = true : tensor<3x3xf32>`
    }];
    let arguments = (ins HLO_FpComplexOrQuantizedIntTensor:$a, Flag:$lower);
    let results = (outs HLO_FpComplexOrQuantizedIntTensor:$result);
    let assemblyFormat = [{
      $a (`,` `lower` `=` $lower^)? attr-dict
        `:` custom<SameOperandsAndResultType>(type($a), type($result))
    }];
  }

  def _TriangularSolveOp : HLO_Op<d, "triangular_solve", [NoMemoryEffect,
      HLO_CompatibleOperandsAndResultElementType, InferTensorType]> {
    let summary = "triangular linear solve";
    let description = [{
      Solves op(a) * x = b (left_side) or x * op(a) = b with `a` triangular;
      op is given by `transpose_a`. Generic form:
      `%x = "stablehlo.triangular_solve"(%a, %b) {left_side = true, lower = true, unit_diagonal = false, transpose_a = #stablehlo<transpose NO_TRANSPOSE>} : (tensor<3x3xf32>, tensor<3x1xf32>) -> tensor<3x1xf32>`
    }];
    let arguments = (ins HLO_FpOrComplexTensor:$a, HLO_FpOrComplexTensor:$b,
                         BoolAttr:$left_side, BoolAttr:$lower,
                         BoolAttr:$unit_diagonal,
                         !cast<Attr>(NAME # "_TransposeAttr"):$transpose_a);
    let results = (outs HLO_FpOrComplexTensor);
  }

  def _BatchNormGradOp : HLO_Op<d, "batch_norm_grad", [NoMemoryEffect,
      AllElementTypesMatch<["operand", "grad_operand", "grad_scale", "grad_offset"]>,
      InferTensorType]> {
    let summary = "batch normalization gradients";
    let description = [{
      Gradients of batch_norm_training with respect to operand, scale and
      offset, given `grad_output`. Generic form.
    }];
    let arguments = (ins FloatTensor:$operand, Float1DTensor:$scale,
                         Float1DTensor:$mean, Float1DTensor:$variance,
                         FloatTensor:$grad_output, F32Attr:$epsilon,
                         NonNegative:$feature_index);
    let results = (outs FloatTensor:$grad_operand, Float1DTensor:$grad_scale,
                        Float1DTensor:$grad_offset);
  }

  def _BatchNormInferenceOp : HLO_Op<d, "batch_norm_inference", [NoMemoryEffect,
      AllElementTypesMatch<["operand", "result"]>, InferTensorType]> {
    let summary = "batch normalization with given statistics";
    let description = [{
      Normalizes `operand` along all dimensions but `feature_index` with the
      given mean and variance, then scales and offsets. Generic form.
    }];
    let arguments = (ins FloatTensor:$operand, Float1DTensor:$scale,
                         Float1DTensor:$offset, Float1DTensor:$mean,
                         Float1DTensor:$variance, F32Attr:$epsilon,
                         NonNegative:$feature_index);
    let results = (outs FloatTensor:$result);
  }

  def _BatchNormTrainingOp : HLO_Op<d, "batch_norm_training", [NoMemoryEffect,
      AllElementTypesMatch<["operand", "output", "batch_mean", "batch_var"]>,
      InferTensorType]> {
    let summary = "batch normalization with computed statistics";
    let description = [{
      Computes per-feature mean and variance over the other dimensions,
      normalizes, scales and offsets; returns the statistics too. Generic form.
    }];
    let arguments = (ins FloatTensor:$operand, Float1DTensor:$scale,
                         Float1DTensor:$offset, F32Attr:$epsilon,
                         NonNegative:$feature_index);
    let results = (outs FloatTensor:$output, Float1DTensor:$batch_mean,
                        Float1DTensor:$batch_var);
  }

  //===--------------------------------------------------------------------===//
  // Random numbers
  //===--------------------------------------------------------------------===//

  def _RngOp : HLO_Op<d, "rng", [InferTensorTypeWithReify,
      AllElementTypesMatch<["a", "b", "result"]>]> {
    let summary = "random numbers";
    let description = [{
      Uniform numbers in [a, b) or normal numbers with mean a and deviation b,
      of shape `shape`.
      `%r = stablehlo.rng %a, %b, %shape, distribution = NORMAL : (tensor<f32>, tensor<f32>, tensor<2xi64>) -> tensor<3x3xf32>`
    }];
    let arguments = (ins TensorRankOf<[HLO_Pred, HLO_Int, HLO_Float], [0]>:$a,
                         TensorRankOf<[HLO_Pred, HLO_Int, HLO_Float], [0]>:$b,
                         HLO_StaticDimensionTensor:$shape,
                         !cast<Attr>(NAME # "_RngDistributionAttr"):$rng_distribution);
    let results = (outs HLO_PredIntOrFpTensor:$result);
    let assemblyFormat = [{
      $a `,` $b `,` $shape `,` `distribution` `=` $rng_distribution
        attr-dict `:` functional-type(operands, results)
    }];
  }

  def _RngBitGeneratorOp : HLO_Op<d, "rng_bit_generator", [NoMemoryEffect]> {
    let summary = "random bits";
    let description = [{
      Random bits from `initial_state` with `rng_algorithm`; returns the new
      state and the bits.
      `%s, %b = stablehlo.rng_bit_generator %st, algorithm = THREE_FRY : (tensor<2xui64>) -> (tensor<2xui64>, tensor<10xui64>)`
    }];
    let arguments = (ins !cast<Attr>(NAME # "_RngAlgorithmAttr"):$rng_algorithm,
                         HLO_IntOrFpTensor:$initial_state);
    let results = (outs HLO_IntOrFpTensor:$output_state,
                        HLO_StaticShapeIntOrFpTensor:$output);
    let assemblyFormat = [{
      $initial_state `,` `algorithm` `=` $rng_algorithm attr-dict
        `:` functional-type(operands, results)
    }];
  }

  //===--------------------------------------------------------------------===//
  // Ops with computations in regions
  //===--------------------------------------------------------------------===//

  def _ReduceOp : HLO_Op<d, "reduce", [RecursiveMemoryEffects,
      SameVariadicOperandSize, InferTensorType]> {
    let summary = "reduction";
    let description = [{
      Reduces `inputs` over `dimensions` with the `body` computation, starting
      from `init_values`. Two pretty forms (custom): a compact one when the
      body is a single binary op of this dialect on its arguments, and a full
      one with a `reducer` block:

      ```mlir
      %r = stablehlo.reduce(%x init: %zero) applies stablehlo.add across dimensions = [1]
             : (tensor<1x6xi64>, tensor<i64>) -> tensor<1xi64>
      %s:2 = stablehlo.reduce(%a init: %c), (%b init: %d) across dimensions = [0]
             : (tensor<15xf32>, tensor<15xi32>, tensor<f32>, tensor<i32>) -> (tensor<f32>, tensor<i32>)
        reducer(%p: tensor<f32>, %q: tensor<f32>) (%u: tensor<i32>, %v: tensor<i32>) {
          ...
          stablehlo.return %m, %n : tensor<f32>, tensor<i32>
        }
      ```
    }];
    let arguments = (ins Variadic<HLO_Tensor>:$inputs,
                         Variadic<HLO_Tensor>:$init_values, Dims:$dimensions);
    let results = (outs Variadic<HLO_Tensor>);
    let regions = (region SizedRegion<1>:$body);
    let hasCustomAssemblyFormat = 1;
    let hasVerifier = 1;
  }

  def _ReduceWindowOp : HLO_Op<d, "reduce_window", [RecursiveMemoryEffects,
      SameVariadicOperandSize, InferTensorType]> {
    let summary = "windowed reduction";
    let description = [{
      Reduces each window of `inputs` (sizes, strides, dilations, padding)
      with `body`. Generic form:
      `%r = "stablehlo.reduce_window"(%x, %init) ({...}) {window_dimensions = array<i64: 2, 1>, ...} : (...) -> tensor<...>`
    }];
    let arguments = (ins Variadic<HLO_Tensor>:$inputs,
                         Variadic<HLO_Tensor>:$init_values,
                         Dims:$window_dimensions,
                         OptionalAttr<Dims>:$window_strides,
                         OptionalAttr<Dims>:$base_dilations,
                         OptionalAttr<Dims>:$window_dilations, Padding:$padding);
    let results = (outs Variadic<HLO_Tensor>);
    let regions = (region SizedRegion<1>:$body);
    let hasVerifier = 1;
  }

  def _SelectAndScatterOp : HLO_Op<d, "select_and_scatter", [
      RecursiveMemoryEffects, InferTypeOpInterface]> {
    let summary = "select in windows, scatter sources";
    let description = [{
      For each window of `operand`, `select` picks an element; the matching
      `source` value is combined with `scatter` into a result initialised
      with `init_value`. Generic form with two regions.
    }];
    let arguments = (ins HLO_Tensor:$operand, HLO_Tensor:$source,
                         HLO_Tensor:$init_value,
                         OptionalAttr<Dims>:$window_dimensions,
                         OptionalAttr<Dims>:$window_strides, Padding:$padding);
    let results = (outs HLO_Tensor);
    let regions = (region SizedRegion<1>:$select, SizedRegion<1>:$scatter);
    let hasVerifier = 1;
  }

  def _MapOp : HLO_Op<d, "map", [RecursiveMemoryEffects,
      SameOperandsAndResultShape, InferTensorTypeWithReify]> {
    let summary = "elementwise computation";
    let description = [{
      Applies `computation` (scalar tensors in, one scalar tensor out) to the
      inputs elementwise over `dimensions` (all of them). Generic form.
    }];
    let arguments = (ins Variadic<HLO_Tensor>:$inputs, Dims:$dimensions);
    let results = (outs HLO_Tensor);
    let regions = (region SizedRegion<1>:$computation);
  }

  def _SortOp : HLO_Op<d, "sort", [RecursiveMemoryEffects,
      SameOperandsAndResultShape, InferTensorType]> {
    let summary = "sort";
    let description = [{
      Sorts the inputs together along `dimension` (-1: last) by the
      `comparator`, which gets 2 scalars per input and returns i1. Generic
      form:
      `%r:2 = "stablehlo.sort"(%k, %v) <{dimension = 0 : i64, is_stable = true}> ({...}) : (...) -> (...)`
    }];
    let arguments = (ins Variadic<HLO_Tensor>:$inputs,
                         DefaultValuedOptionalAttr<I64Attr, "-1">:$dimension,
                         Flag:$is_stable);
    let results = (outs Variadic<HLO_Tensor>);
    let regions = (region SizedRegion<1>:$comparator);
    let hasVerifier = 1;
  }

  def _CompositeOp : HLO_Op<d, "composite", [NoMemoryEffect]> {
    let summary = "named op with a decomposition";
    let description = [{
      An op `name` (with `composite_attributes`, `version`) that means the
      same as calling `decomposition` on the inputs.

      ```mlir
      %r = stablehlo.composite "my.add_n" %x {
        composite_attributes = {n = 2 : i64}, decomposition = @add_n_impl
      } : (tensor<i64>) -> tensor<i64>
      ```
    }];
    let arguments = (ins Variadic<AnyValue>:$inputs, StrAttr:$name,
                         DefaultValuedOptionalAttr<DictionaryAttr, "{}">:$composite_attributes,
                         FlatSymbolRefAttr:$decomposition,
                         DefaultValuedOptionalAttr<I32Attr, "0">:$version);
    let results = (outs Variadic<AnyValue>);
    // Optional inline copies of the decomposition, printed after the operands.
    let regions = (region VariadicRegion<AnyRegion>:$composite_regions);
    let assemblyFormat = [{
      $name operands (` ` `(` $composite_regions^ `)`)? attr-dict
        `:` functional-type(operands, results)
    }];
  }

  def _CustomCallOp : HLO_Op<d, "custom_call",
      [DeclareOpInterfaceMethods<MemoryEffectsOpInterface>]> {
    let summary = "call implementation-defined code";
    let description = [{
      Calls the target `call_target_name` with `inputs`; `backend_config`
      carries a string or dictionary for it, `api_version` its calling
      convention.

      ```mlir
      %r = stablehlo.custom_call @foo(%x) {backend_config = "bar"} : (tensor<f32>) -> tensor<f32>
      stablehlo.custom_call @check.expect_close(%a, %b) {has_side_effect = true} : (tensor<2xf32>, tensor<2xf32>) -> ()
      ```
    }];
    let arguments = (ins Variadic<CustomCallValue>:$inputs,
                         StrAttr:$call_target_name, Flag:$has_side_effect,
                         OptionalAttr<AnyAttrOf<[StrAttr, DictionaryAttr]>>:$backend_config,
                         DefaultValuedOptionalAttr<!cast<Attr>(NAME # "_CustomCallApiVersion"),
                             "CustomCallApiVersion::API_VERSION_ORIGINAL">:$api_version,
                         DefaultValuedOptionalAttr<FlatSymbolRefArrayAttr, "{}">:$called_computations,
                         OptionalAttr<TypedArrayAttrBase<IndexElementsAttr, "layouts">>:$operand_layouts,
                         OptionalAttr<TypedArrayAttrBase<IndexElementsAttr, "layouts">>:$result_layouts,
                         DefaultValuedOptionalAttr<TypedArrayAttrBase<
                             !cast<Attr>(NAME # "_OutputOperandAlias"), "aliases">,
                             "{}">:$output_operand_aliases,
                         // Per-result tiling (array of tile-size lists), if any.
                         OptionalAttr<ArrayAttr>:$result_tilings);
    let results = (outs Variadic<CustomCallValue>);
    let assemblyFormat = [{
      custom<CustomCallTarget>($call_target_name) `(` $inputs `)`
        attr-dict `:` functional-type(operands, results)
    }];
    let hasVerifier = 1;
  }

  def _OptimizationBarrierOp : HLO_Op<d, "optimization_barrier", [Pure,
      HLO_PairwiseSameOperandAndResultType, InferTypeOpInterface]> {
    let summary = "barrier against reordering";
    let description = [{
      Returns its operands unchanged; computations cannot move across it.
      `%a, %b = stablehlo.optimization_barrier %x, %y : tensor<f32>, tensor<f32>`
      With no operands it prints `stablehlo.optimization_barrier()`.
    }];
    let arguments = (ins Variadic<TensorOrToken>:$operand);
    let results = (outs Variadic<TensorOrToken>:$result);
    let assemblyFormat = [{
      attr-dict ($operand^ `:` custom<PairwiseOpType>(type($operand), type($result))):(`(` `)`)?
    }];
  }
}

#endif // MLIRBUILD_HLO_COMPUTE_OPS
