//===- HloShapeOps.td - data movement and shape ops of the HLO op set -*- tablegen -*-===//
//
// `defm P : HloShapeOps<D, Flavor>`: constants, iota, broadcasts, reshapes,
// transposes, slices, padding, concatenation, gather/scatter, tuples and the
// dimension-size ops.
//
//===----------------------------------------------------------------------===//

#ifndef MLIRBUILD_HLO_SHAPE_OPS
#define MLIRBUILD_HLO_SHAPE_OPS

include "Hlo/HloOpBase.td"

multiclass HloShapeOps<Dialect d, HloFlavor f> {
  defvar Dims = f.dimsAttr;
  defvar Tuple = !cast<Type>(NAME # "_Tuple");
  defvar TensorOrTokenOrTuple = !cast<Type>(NAME # "_TensorOrTokenOrTuple");
  defvar AnyValue = !cast<Type>(NAME # "_AnyValue");
  defvar GatherDims = !cast<Attr>(NAME # "_GatherDimensionNumbers");
  defvar ScatterDims = !cast<Attr>(NAME # "_ScatterDimensionNumbers");
  defvar NonNegative = ConfinedAttr<I64Attr, [IntNonNegative]>;
  defvar Flag = DefaultValuedOptionalAttr<BoolAttr, "false">;

  def _ConstantOp : HLO_Op<d, "constant", [ConstantLike, Pure,
                                           InferTypeOpInterface]> {
    let summary = "constant tensor";
    let description = [{
      Produces the tensor `value`. Pretty form: the attribute alone, whose
      type is the result type; for quantized results (whose element type the
      attribute cannot carry) the generic form is printed.

      ```mlir
      %c = stablehlo.constant dense<[[0.0, 1.0], [2.0, 3.0]]> : tensor<2x2xf32>
      %q = stablehlo.constant() <{value = dense<4> : tensor<2xi8>}> : () -> tensor<2x!quant.uniform<i8:f32, 2.0>>
      ```
    }];
    let arguments = (ins ElementsAttr:$value);
    let results = (outs HLO_StaticShapeTensorOrPerAxisQuantizedTensor:$output);
    let hasCustomAssemblyFormat = 1;
    let hasFolder = 1;
  }

  def _IotaOp : HLO_Op<d, "iota", [Pure]> {
    let summary = "increasing indices";
    let description = [{
      Fills the result with 0, 1, 2, ... along `iota_dimension`.
      `%r = stablehlo.iota dim = 0 : tensor<4x5xi32>`
    }];
    let arguments = (ins NonNegative:$iota_dimension);
    let results = (outs HLO_StaticShapeIntFpComplexOrQuantizedTensor:$output);
    let assemblyFormat = "`dim` `=` $iota_dimension attr-dict `:` type($output)";
    let hasVerifier = 1;
  }

  def _DynamicIotaOp : HLO_Op<d, "dynamic_iota", [Pure]> {
    let summary = "increasing indices, shape given at run time";
    let description = [{
      Like `iota`, with the result shape read from `output_shape`.
      `%r = stablehlo.dynamic_iota %shape, dim = 0 : (tensor<1xindex>) -> tensor<4xi32>`
    }];
    let arguments = (ins HLO_StaticDimensionTensor:$output_shape,
                         NonNegative:$iota_dimension);
    let results = (outs HLO_Tensor:$result);
    let assemblyFormat = [{
      $output_shape `,` `dim` `=` $iota_dimension attr-dict `:` functional-type(operands, results)
    }];
  }

  def _BroadcastOp : HLO_Op<d, "broadcast", [Pure,
      SameOperandsAndResultElementType, InferTensorType]> {
    let summary = "broadcast with new leading dimensions";
    let description = [{
      Prepends dimensions of sizes `broadcast_sizes` to the operand's shape,
      repeating its values (legacy form of broadcast_in_dim).
      `%r = stablehlo.broadcast %x, sizes = [1, 2] : (tensor<3xi32>) -> tensor<1x2x3xi32>`
    }];
    let arguments = (ins HLO_Tensor:$operand, Dims:$broadcast_sizes);
    let results = (outs HLO_TensorOrPerAxisQuantizedTensor);
    let assemblyFormat = !if(f.denseArrays, [{
      $operand `,` `sizes` `=` $broadcast_sizes attr-dict `:` functional-type(operands, results)
    }], ?);
  }

  def _BroadcastInDimOp : HLO_Op<d, "broadcast_in_dim", [NoMemoryEffect,
      HLO_CompatibleOperandsAndResultElementType]> {
    let summary = "broadcast to a shape";
    let description = [{
      Operand dimension i becomes result dimension broadcast_dimensions[i]
      (of equal size, or of size 1 and repeated); other result dimensions
      repeat the data.
      `%r = stablehlo.broadcast_in_dim %x, dims = [2, 1] : (tensor<1x3xi32>) -> tensor<2x3x2xi32>`
    }];
    let arguments = (ins HLO_TensorOrPerAxisQuantizedTensor:$operand,
                         Dims:$broadcast_dimensions);
    let results = (outs HLO_TensorOrPerAxisQuantizedTensor);
    let assemblyFormat = !if(f.denseArrays, [{
      $operand `,` `dims` `=` $broadcast_dimensions attr-dict `:` functional-type(operands, results)
    }], ?);
    let hasVerifier = 1;
  }

  def _DynamicBroadcastInDimOp : HLO_Op<d, "dynamic_broadcast_in_dim",
      [NoMemoryEffect]> {
    let summary = "broadcast to a shape given at run time";
    let description = [{
      Like `broadcast_in_dim`, with the result shape read from
      `output_dimensions`; the optional lists say which operand dimensions
      are known to expand or known not to.
      `%r = stablehlo.dynamic_broadcast_in_dim %x, %shape, dims = [1, 2] : (tensor<?x4xf32>, tensor<3xi32>) -> tensor<1x?x4xf32>`
    }];
    let arguments = (ins HLO_TensorOrPerAxisQuantizedTensor:$operand,
                         HLO_StaticDimensionTensor:$output_dimensions,
                         Dims:$broadcast_dimensions,
                         OptionalAttr<Dims>:$known_expanding_dimensions,
                         OptionalAttr<Dims>:$known_nonexpanding_dimensions);
    let results = (outs HLO_TensorOrPerAxisQuantizedTensor);
    let assemblyFormat = !if(f.denseArrays, [{
      $operand `,` $output_dimensions `,` `dims` `=` $broadcast_dimensions
        attr-dict `:` functional-type(operands, results)
    }], ?);
  }

  def _ConcatenateOp : HLO_Op<d, "concatenate", [NoMemoryEffect,
      SameOperandsAndResultElementType, InferTypeOpInterface]> {
    let summary = "concatenation";
    let description = [{
      Joins the inputs along `dimension`.
      `%r = stablehlo.concatenate %a, %b, dim = 0 : (tensor<3x2xi64>, tensor<1x2xi64>) -> tensor<4x2xi64>`
    }];
    let arguments = (ins Variadic<HLO_Tensor>:$inputs, NonNegative:$dimension);
    let results = (outs HLO_Tensor);
    let assemblyFormat = [{
      custom<VariadicOperandWithAttribute>($inputs) `dim` `=` $dimension
        attr-dict `:` functional-type(operands, results)
    }];
  }

  def _ReshapeOp : HLO_Op<d, "reshape", [NoMemoryEffect,
      HLO_CompatibleOperandsAndResultElementType]> {
    let summary = "reshape";
    let description = [{
      Same elements in row-major order, new static shape.
      `%r = stablehlo.reshape %x : (tensor<2x3xi32>) -> tensor<6xi32>`
    }];
    let arguments = (ins HLO_TensorOrPerAxisQuantizedTensor:$operand);
    let results = (outs HLO_TensorOrPerAxisQuantizedTensor);
    let assemblyFormat = "operands attr-dict `:` functional-type(operands, results)";
    let hasVerifier = 1;
  }

  def _DynamicReshapeOp : HLO_Op<d, "dynamic_reshape", [NoMemoryEffect]> {
    let summary = "reshape to a shape given at run time";
    let description = [{
      `%r = stablehlo.dynamic_reshape %x, %shape : (tensor<?xf32>, tensor<2xindex>) -> tensor<?x?xf32>`
    }];
    let arguments = (ins HLO_TensorOrPerAxisQuantizedTensor:$operand,
                         HLO_StaticDimensionTensor:$output_shape);
    let results = (outs HLO_TensorOrPerAxisQuantizedTensor:$result);
    let assemblyFormat = "operands attr-dict `:` functional-type(operands, results)";
  }

  def _TransposeOp : HLO_Op<d, "transpose", [NoMemoryEffect,
      HLO_CompatibleOperandsAndResultElementType, InferTypeOpInterface]> {
    let summary = "permute dimensions";
    let description = [{
      Result dimension i is operand dimension permutation[i].
      `%r = stablehlo.transpose %x, dims = [2, 1, 0] : (tensor<1x2x3xi32>) -> tensor<3x2x1xi32>`
    }];
    let arguments = (ins HLO_TensorOrPerAxisQuantizedTensor:$operand,
                         Dims:$permutation);
    let results = (outs HLO_TensorOrPerAxisQuantizedTensor:$result);
    let assemblyFormat = !if(f.denseArrays, [{
      $operand `,` `dims` `=` $permutation attr-dict `:` functional-type(operands, results)
    }], ?);
  }

  def _ReverseOp : HLO_Op<d, "reverse", [NoMemoryEffect,
      SameOperandsAndResultElementType, InferTypeOpInterface]> {
    let summary = "reverse along dimensions";
    let description = [{
      Reverses the order of elements along each of `dimensions`.
      `%r = stablehlo.reverse %x, dims = [1] : tensor<3x2xi32>`
    }];
    let arguments = (ins HLO_Tensor:$operand, Dims:$dimensions);
    let results = (outs HLO_Tensor:$result);
    let assemblyFormat = !if(f.denseArrays, [{
      $operand `,` `dims` `=` $dimensions
        attr-dict `:` custom<SameOperandsAndResultType>(type($operand), type($result))
    }], ?);
  }

  def _SliceOp : HLO_Op<d, "slice", [NoMemoryEffect,
      SameOperandsAndResultElementType, InferTypeOpInterface,
      AllTypesMatch<["start_indices", "limit_indices", "strides"]>]> {
    let summary = "static slice";
    let description = [{
      Elements from start_indices (inclusive) to limit_indices (exclusive)
      every `strides`, per dimension.
      `%r = stablehlo.slice %x [1:3, 4:8:2] : (tensor<3x8xi64>) -> tensor<2x2xi64>`
    }];
    let arguments = (ins HLO_Tensor:$operand, Dims:$start_indices,
                         Dims:$limit_indices, Dims:$strides);
    let results = (outs HLO_Tensor);
    let assemblyFormat = !if(f.denseArrays, [{
      $operand custom<SliceRanges>($start_indices, $limit_indices, $strides)
        attr-dict `:` functional-type(operands, results)
    }], ?);
  }

  def _DynamicSliceOp : HLO_Op<d, "dynamic_slice", [NoMemoryEffect,
      AllElementTypesMatch<["operand", "result"]>, InferTensorType]> {
    let summary = "slice at run-time offsets";
    let description = [{
      A `slice_sizes` block starting at the scalar `start_indices` (clamped
      to stay in bounds).
      `%r = stablehlo.dynamic_slice %x, %i, %j, sizes = [2, 2] : (tensor<4x4xi32>, tensor<i64>, tensor<i64>) -> tensor<2x2xi32>`
    }];
    let arguments = (ins HLO_Tensor:$operand,
                         Variadic<HLO_ScalarIntTensor>:$start_indices,
                         Dims:$slice_sizes);
    let results = (outs HLO_Tensor:$result);
    let assemblyFormat = !if(f.denseArrays, [{
      $operand `,` custom<VariadicOperandWithAttribute>($start_indices)
        `sizes` `=` $slice_sizes attr-dict `:` functional-type(operands, results)
    }], ?);
  }

  def _DynamicUpdateSliceOp : HLO_Op<d, "dynamic_update_slice", [
      NoMemoryEffect, AllElementTypesMatch<["operand", "update", "result"]>,
      InferTensorType]> {
    let summary = "overwrite a block at run-time offsets";
    let description = [{
      `operand` with the block at `start_indices` replaced by `update`.
      `%r = stablehlo.dynamic_update_slice %x, %u, %i, %j : (tensor<4x4xi32>, tensor<2x2xi32>, tensor<i64>, tensor<i64>) -> tensor<4x4xi32>`
    }];
    let arguments = (ins HLO_Tensor:$operand, HLO_Tensor:$update,
                         Variadic<HLO_ScalarIntTensor>:$start_indices);
    let results = (outs HLO_Tensor:$result);
    let assemblyFormat = "operands attr-dict `:` functional-type(operands, results)";
  }

  def _RealDynamicSliceOp : HLO_Op<d, "real_dynamic_slice", [NoMemoryEffect,
      AllElementTypesMatch<["operand", "result"]>,
      AllTypesMatch<["start_indices", "limit_indices", "strides"]>]> {
    let summary = "slice with run-time bounds and strides";
    let description = [{
      `slice` whose start, limit and stride vectors are operands.
      `%r = stablehlo.real_dynamic_slice %x, %s, %l, %t : (tensor<?x5xf32>, tensor<2xi32>, tensor<2xi32>, tensor<2xi32>) -> tensor<?x5xf32>`
    }];
    let arguments = (ins HLO_Tensor:$operand, HLO_DimensionTensor:$start_indices,
                         HLO_DimensionTensor:$limit_indices,
                         HLO_DimensionTensor:$strides);
    let results = (outs HLO_Tensor:$result);
    let assemblyFormat = "operands attr-dict `:` functional-type(operands, results)";
  }

  def _PadOp : HLO_Op<d, "pad", [NoMemoryEffect,
      SameOperandsAndResultElementType, InferTypeOpInterface]> {
    let summary = "padding";
    let description = [{
      Adds `edge_padding_low`/`high` elements at the ends (negative values
      cut) and `interior_padding` between elements, filled with
      `padding_value`.
      `%r = stablehlo.pad %x, %v, low = [0, 1], high = [2, 1], interior = [1, 2] : (tensor<2x3xi32>, tensor<i32>) -> tensor<5x9xi32>`
    }];
    let arguments = (ins HLO_Tensor:$operand, HLO_ScalarTensor:$padding_value,
                         Dims:$edge_padding_low, Dims:$edge_padding_high,
                         Dims:$interior_padding);
    let results = (outs HLO_Tensor);
    let assemblyFormat = !if(f.denseArrays, [{
      $operand `,` $padding_value `,` `low` `=` $edge_padding_low `,`
        `high` `=` $edge_padding_high `,` `interior` `=` $interior_padding
        attr-dict `:` functional-type(operands, results)
    }], ?);
  }

  def _DynamicPadOp : HLO_Op<d, "dynamic_pad", [NoMemoryEffect,
      AllElementTypesMatch<["operand", "padding_value", "result"]>,
      AllTypesMatch<["edge_padding_low", "edge_padding_high", "interior_padding"]>]> {
    let summary = "padding with run-time amounts";
    let description = [{
      `pad` whose padding vectors are operands.
      `%r = stablehlo.dynamic_pad %x, %v, %lo, %hi, %in : (tensor<?x5xf32>, tensor<f32>, tensor<2xi32>, tensor<2xi32>, tensor<2xi32>) -> tensor<?x5xf32>`
    }];
    let arguments = (ins HLO_Tensor:$operand, HLO_ScalarTensor:$padding_value,
                         HLO_StaticDimensionTensor:$edge_padding_low,
                         HLO_StaticDimensionTensor:$edge_padding_high,
                         HLO_StaticDimensionTensor:$interior_padding);
    let results = (outs HLO_Tensor:$result);
    let assemblyFormat = "operands attr-dict `:` functional-type(operands, results)";
  }

  def _GatherOp : HLO_Op<d, "gather", [ConditionallySpeculatable,
      NoMemoryEffect, InferTensorTypeWithReify]> {
    let summary = "gather slices";
    let description = [{
      Collects `slice_sizes` slices of `operand` at the offsets held in
      `start_indices`, as `dimension_numbers` describes. Generic form:

      ```mlir
      %r = "stablehlo.gather"(%x, %idx) {
        dimension_numbers = #stablehlo.gather<offset_dims = [2, 3],
          collapsed_slice_dims = [0], start_index_map = [1, 0], index_vector_dim = 2>,
        slice_sizes = array<i64: 1, 2, 2>, indices_are_sorted = false
      } : (tensor<3x4x2xi32>, tensor<2x3x2xi64>) -> tensor<2x3x2x2xi32>
      ```
    }];
    let arguments = (ins HLO_Tensor:$operand, HLO_IntTensor:$start_indices,
                         GatherDims:$dimension_numbers, Dims:$slice_sizes,
                         Flag:$indices_are_sorted);
    let results = (outs HLO_Tensor:$result);
  }

  def _DynamicGatherOp : HLO_Op<d, "dynamic_gather", [ConditionallySpeculatable,
      NoMemoryEffect, InferTensorTypeWithReify]> {
    let summary = "gather with run-time slice sizes";
    let description = [{
      `gather` whose slice sizes are an operand. Generic form:
      `%r = "stablehlo.dynamic_gather"(%x, %idx, %sizes) {dimension_numbers = #stablehlo.gather<...>} : (...) -> tensor<...>`
    }];
    let arguments = (ins HLO_Tensor:$operand, HLO_IntTensor:$start_indices,
                         HLO_Static1DIntTensor:$slice_sizes,
                         GatherDims:$dimension_numbers, Flag:$indices_are_sorted);
    let results = (outs HLO_Tensor);
  }

  def _ScatterOp : HLO_Op<d, "scatter", [ConditionallySpeculatable,
      RecursiveMemoryEffects, SameVariadicOperandSize, InferTypeOpInterface]> {
    let summary = "scatter updates";
    let description = [{
      Copies of `inputs` where the slices addressed by `scatter_indices` are
      combined with `updates` through `update_computation`. Generic form:

      ```mlir
      %r = "stablehlo.scatter"(%x, %idx, %upd) ({
        ^bb0(%a: tensor<i64>, %b: tensor<i64>):
          %s = stablehlo.add %a, %b : tensor<i64>
          stablehlo.return %s : tensor<i64>
      }) {
        scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [3, 4],
          inserted_window_dims = [1], scatter_dims_to_operand_dims = [2, 1],
          index_vector_dim = 3>,
        indices_are_sorted = false, unique_indices = false
      } : (tensor<2x3x4x2xi64>, tensor<2x2x3x2xi64>, tensor<2x2x3x2x2xi64>) -> tensor<2x3x4x2xi64>
      ```
    }];
    let arguments = (ins Variadic<HLO_Tensor>:$inputs,
                         RankedTensorOf<[AnyInteger, Index]>:$scatter_indices,
                         Variadic<HLO_Tensor>:$updates,
                         ScatterDims:$scatter_dimension_numbers,
                         Flag:$indices_are_sorted, Flag:$unique_indices);
    let results = (outs Variadic<HLO_Tensor>);
    let regions = (region SizedRegion<1>:$update_computation);
    let hasVerifier = 1;
  }

  def _GetDimensionSizeOp : HLO_Op<d, "get_dimension_size", [NoMemoryEffect,
      InferTensorType]> {
    let summary = "size of a dimension";
    let description = [{
      `%n = stablehlo.get_dimension_size %x, dim = 1 : (tensor<2x?xf32>) -> tensor<i32>`
    }];
    let arguments = (ins HLO_TensorOrPerAxisQuantizedTensor:$operand,
                         NonNegative:$dimension);
    let results = (outs HLO_I32ScalarTensor);
    let assemblyFormat = [{
      $operand `,` `dim` `=` $dimension attr-dict `:` functional-type(operands, results)
    }];
  }

  def _SetDimensionSizeOp : HLO_Op<d, "set_dimension_size", [NoMemoryEffect,
      InferTensorType]> {
    let summary = "set the run-time size of a bounded dimension";
    let description = [{
      `%r = stablehlo.set_dimension_size %x, %n, dim = 1 : (tensor<4x2xf32>, tensor<i32>) -> tensor<4x?xf32, #stablehlo.type_extensions<bounds = [?, 2]>>`
    }];
    let arguments = (ins HLO_Tensor:$operand, HLO_I32ScalarTensor:$size,
                         NonNegative:$dimension);
    let results = (outs HLO_Tensor);
    let assemblyFormat = [{
      $operand `,` $size `,` `dim` `=` $dimension attr-dict
        `:` functional-type(operands, results)
    }];
  }

  def _BitcastConvertOp : HLO_Op<d, "bitcast_convert", [NoMemoryEffect]> {
    let summary = "reinterpret bits";
    let description = [{
      Reinterprets the operand's bits as the result type; a narrower or
      wider element type adds or removes a minor dimension.
      `%r = stablehlo.bitcast_convert %x : (tensor<2xf32>) -> tensor<2x4xi8>`
    }];
    let arguments = (ins HLO_TensorOrPerAxisQuantizedTensor:$operand);
    let results = (outs HLO_TensorOrPerAxisQuantizedTensor);
    let assemblyFormat = "operands attr-dict `:` functional-type(operands, results)";
    let hasVerifier = 1;
  }

  def _TupleOp : HLO_Op<d, "tuple", [Pure, InferTypeOpInterface]> {
    let summary = "build a tuple";
    let description = [{
      `%t = stablehlo.tuple %a, %b : tuple<tensor<2xf32>, tuple<tensor<i32>>>`
    }];
    let arguments = (ins Variadic<!cast<Type>(NAME # "_AnyValue")>:$val);
    let results = (outs Tuple:$result);
    let assemblyFormat = [{
      $val attr-dict `:` custom<TupleOpType>(type($val), type($result))
    }];
  }

  def _GetTupleElementOp : HLO_Op<d, "get_tuple_element", [Pure,
      InferTypeOpInterface]> {
    let summary = "tuple element";
    let description = [{
      `%e = stablehlo.get_tuple_element %t[0] : (tuple<tensor<2xf32>, tensor<i32>>) -> tensor<2xf32>`
    }];
    let arguments = (ins Tuple:$operand, ConfinedAttr<I32Attr, [IntNonNegative]>:$index);
    let results = (outs AnyValue);
    let assemblyFormat = [{
      $operand `[` $index `]` attr-dict `:` functional-type(operands, results)
    }];
  }

  def _TorchIndexSelectOp : HLO_Op<d, "torch_index_select", [Pure]> {
    let summary = "index_select with batch dimensions";
    let description = [{
      PyTorch's index_select along `dim`, the first `batch_dims` dimensions
      of operand and index being batch dimensions. Generic form:
      `%r = "stablehlo.torch_index_select"(%x, %i) {dim = 2 : i64, batch_dims = 1 : i64} : (...) -> tensor<...>`
    }];
    let arguments = (ins HLO_Tensor:$operand, HLO_Tensor:$index, I64Attr:$dim,
                         I64Attr:$batch_dims);
    let results = (outs HLO_Tensor);
  }
}

#endif // MLIRBUILD_HLO_SHAPE_OPS
