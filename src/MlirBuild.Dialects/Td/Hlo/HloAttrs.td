//===- HloAttrs.td - types, enums and attributes of an HLO dialect -*- tablegen -*-===//
//
// `defm P : HloDialectTypesAndEnums<D>; defm P : HloDialectAttrs<D>;` define, for dialect D, every dialect-specific
// type, enum and attribute the HLO op set needs, named `P_<Name>`:
//
//   types       P_Token (`!d.token`), P_Future (`!d.future<...>`)
//   constraints P_TensorOrToken, P_Tuple, P_TensorOrTokenOrTuple, ...
//   enums       P_ComparisonDirection, P_ComparisonType, P_Precision,
//               P_FftType, P_Transpose, P_RngDistribution, P_RngAlgorithm,
//               P_ResultAccuracyMode, P_CustomCallApiVersion
//   enum attrs  `#d<comparison_direction EQ>`, `#d<precision HIGH>`, ...
//   attributes  `#d.conv<...>`, `#d.dot<...>`, `#d.dot_algorithm<...>`,
//               `#d.gather<...>`, `#d.scatter<...>`, `#d.channel_handle<...>`,
//               `#d.output_operand_alias<...>`, `#d.type_extensions<...>`,
//               `#d.result_accuracy<...>`
//
// stablehlo and mhlo instantiate it with their own dialect, so the same
// definitions print as `#stablehlo.conv<...>` and `#mhlo.conv<...>`.
//
//===----------------------------------------------------------------------===//

#ifndef MLIRBUILD_HLO_ATTRS
#define MLIRBUILD_HLO_ATTRS

include "Hlo/HloTypes.td"

// A list of dimension numbers printed in brackets: `[0, 1]`, `[]`. The
// hand-written `DimSizes` hook parses and prints it (see
// docs/stablehlo-assembly.md); `?` stands for a dynamic size where allowed.
class HLO_DimsParameter<string desc = "dimensions">
    : ArrayRefParameter<"int64_t", desc> {
  let parser = "parseDimSizes($_parser)";
  let printer = "printDimSizes($_printer, $_self)";
  // Name of the hand-written parse/print pair, for our generator.
  string customDirective = "DimSizes";
  let syntax = "`[` (int (`,` int)*)? `]`";
}

// Same, omitted from `struct(params)` output when empty.
class HLO_OptionalDimsParameter<string desc = "dimensions">
    : HLO_DimsParameter<desc> {
  let defaultValue = "::llvm::ArrayRef<int64_t>()";
}

multiclass HloDialectTypesAndEnums<Dialect d> {
  //===--------------------------------------------------------------------===//
  // Types
  //===--------------------------------------------------------------------===//

  def _Token : TypeDef<d, "Token"> {
    let mnemonic = "token";
    let summary = "token";
    let description = "A value with no data that orders side effects.";
  }

  def _Future : TypeDef<d, "Future"> {
    let mnemonic = "future";
    let summary = "future";
    let description = [{
      The pending results of an `async_start`, of the listed types:
      `!stablehlo.future<tensor<2xf32>, !stablehlo.token>`.
    }];
    let parameters = (ins ArrayRefParameter<"::mlir::Type", "types">:$types);
    let assemblyFormat = "`<` $types `>`";
  }

  // Memrefs appear in HLO only in custom calls and tuples.
  def _Buffer : MemRefOf<[HLO_Float, HLO_Pred, HLO_Int, HLO_Complex,
                          HLO_QuantizedInt]>;

  //===--------------------------------------------------------------------===//
  // Enums (plain enum infos; the `#d<mnemonic CASE>` attributes follow in
  // HloDialectAttrs)
  //===--------------------------------------------------------------------===//

  def _ComparisonDirection : I32EnumAttr<"ComparisonDirection",
      "Which comparison `compare` performs", [
        I32EnumAttrCase<"EQ", 0>, I32EnumAttrCase<"NE", 1>,
        I32EnumAttrCase<"GE", 2>, I32EnumAttrCase<"GT", 3>,
        I32EnumAttrCase<"LE", 4>, I32EnumAttrCase<"LT", 5>]> {
    let genSpecializedAttr = 0;
    let cppNamespace = d.cppNamespace;
  }
  def _ComparisonType : I32EnumAttr<"ComparisonType",
      "How `compare` orders its operands", [
        I32EnumAttrCase<"NOTYPE", 0>, I32EnumAttrCase<"FLOAT", 1>,
        I32EnumAttrCase<"TOTALORDER", 2>, I32EnumAttrCase<"SIGNED", 3>,
        I32EnumAttrCase<"UNSIGNED", 4>]> {
    let genSpecializedAttr = 0;
    let cppNamespace = d.cppNamespace;
  }
  def _Precision : I32EnumAttr<"Precision",
      "Precision of a dot or convolution on accelerators", [
        I32EnumAttrCase<"DEFAULT", 0>, I32EnumAttrCase<"HIGH", 1>,
        I32EnumAttrCase<"HIGHEST", 2>]> {
    let genSpecializedAttr = 0;
    let cppNamespace = d.cppNamespace;
  }
  def _FftType : I32EnumAttr<"FftType", "Kind of Fourier transform", [
        I32EnumAttrCase<"FFT", 0>, I32EnumAttrCase<"IFFT", 1>,
        I32EnumAttrCase<"RFFT", 2>, I32EnumAttrCase<"IRFFT", 3>]> {
    let genSpecializedAttr = 0;
    let cppNamespace = d.cppNamespace;
  }
  def _Transpose : I32EnumAttr<"Transpose",
      "How triangular_solve transposes `a`", [
        I32EnumAttrCase<"TRANSPOSE_INVALID", 0>,
        I32EnumAttrCase<"NO_TRANSPOSE", 1>, I32EnumAttrCase<"TRANSPOSE", 2>,
        I32EnumAttrCase<"ADJOINT", 3>]> {
    let genSpecializedAttr = 0;
    let cppNamespace = d.cppNamespace;
  }
  def _RngDistribution : I32EnumAttr<"RngDistribution",
      "Distribution of `rng` values", [
        I32EnumAttrCase<"UNIFORM", 1>, I32EnumAttrCase<"NORMAL", 2>]> {
    let genSpecializedAttr = 0;
    let cppNamespace = d.cppNamespace;
  }
  def _RngAlgorithm : I32EnumAttr<"RngAlgorithm",
      "Bit generator algorithm of `rng_bit_generator`", [
        I32EnumAttrCase<"DEFAULT", 0>, I32EnumAttrCase<"THREE_FRY", 1>,
        I32EnumAttrCase<"PHILOX", 2>]> {
    let genSpecializedAttr = 0;
    let cppNamespace = d.cppNamespace;
  }
  def _ResultAccuracyMode : I32EnumAttr<"ResultAccuracyMode",
      "Accuracy an implementation must reach for a transcendental op", [
        I32EnumAttrCase<"DEFAULT", 0>, I32EnumAttrCase<"HIGHEST", 1>,
        I32EnumAttrCase<"TOLERANCE", 2>]> {
    let genSpecializedAttr = 0;
    let cppNamespace = d.cppNamespace;
  }
  // Printed with angle brackets: `#d.result_accuracy_mode<DEFAULT>`.
  def _CustomCallApiVersion : I32EnumAttr<"CustomCallApiVersion",
      "Calling convention of a custom call target", [
        I32EnumAttrCase<"API_VERSION_UNSPECIFIED", 0>,
        I32EnumAttrCase<"API_VERSION_ORIGINAL", 1>,
        I32EnumAttrCase<"API_VERSION_STATUS_RETURNING", 2>,
        I32EnumAttrCase<"API_VERSION_STATUS_RETURNING_UNIFIED", 3>,
        I32EnumAttrCase<"API_VERSION_TYPED_FFI", 4>]> {
    let genSpecializedAttr = 0;
    let cppNamespace = d.cppNamespace;
  }

  //===--------------------------------------------------------------------===//
  // Structured attributes
  //===--------------------------------------------------------------------===//

}

// Needs the records of HloDialectTypesAndEnums with the same prefix, so it is
// a second multiclass instantiated after the first.
multiclass HloDialectAttrs<Dialect d> {
  defvar Token = !cast<Type>(NAME # "_Token");
  defvar Buffer = !cast<Type>(NAME # "_Buffer");
  def _TensorOrToken : AnyTypeOf<[HLO_Tensor, Token]>;
  def _TensorOrPerAxisQuantizedTensorOrToken
      : AnyTypeOf<[HLO_TensorOrPerAxisQuantizedTensor, Token]>;
  // A tuple of tensors, tokens, buffers and tuples (nesting allowed). Records
  // of this multiclass cannot be referenced from it, hence the defvar.
  defvar Tuple = TupleOf<[HLO_TensorOrPerAxisQuantizedTensor, Buffer, Token]>;
  def _Tuple : TypeAlias<Tuple, "nested tuple of tensors, buffers and tokens">;
  def _TensorOrTokenOrTuple : AnyTypeOf<[HLO_Tensor, Token, Tuple]>;
  def _AnyValue : AnyTypeOf<[HLO_TensorOrPerAxisQuantizedTensor, Token, Tuple,
                             Buffer]>;
  def _CustomCallValue
      : AnyTypeOf<[TensorOf<[HLO_Element, HLO_PerAxisQuantizedInt]>, Buffer,
                   Token, Tuple, !cast<Type>(NAME # "_Future")]>;

  //===--------------------------------------------------------------------===//
  // Enums (each also as `#d<mnemonic CASE>`)
  //===--------------------------------------------------------------------===//

  def _ComparisonDirectionAttr : EnumAttr<d,
      !cast<EnumInfo>(NAME # "_ComparisonDirection"), "comparison_direction">;

  def _ComparisonTypeAttr : EnumAttr<d,
      !cast<EnumInfo>(NAME # "_ComparisonType"), "comparison_type">;

  def _PrecisionAttr
      : EnumAttr<d, !cast<EnumInfo>(NAME # "_Precision"), "precision">;

  def _FftTypeAttr
      : EnumAttr<d, !cast<EnumInfo>(NAME # "_FftType"), "fft_type">;

  def _TransposeAttr
      : EnumAttr<d, !cast<EnumInfo>(NAME # "_Transpose"), "transpose">;

  def _RngDistributionAttr : EnumAttr<d,
      !cast<EnumInfo>(NAME # "_RngDistribution"), "rng_distribution">;

  def _RngAlgorithmAttr : EnumAttr<d,
      !cast<EnumInfo>(NAME # "_RngAlgorithm"), "rng_algorithm">;

  def _ResultAccuracyModeAttr : EnumAttr<d,
      !cast<EnumInfo>(NAME # "_ResultAccuracyMode"), "result_accuracy_mode"> {
    let assemblyFormat = "`<` $value `>`";
  }

  // Stored as a plain i32 attribute (`api_version = 4 : i32`).
  def _ChannelHandle : AttrDef<d, "ChannelHandle"> {
    let mnemonic = "channel_handle";
    let summary = "channel of a collective or send/recv";
    let description = [{
      `handle` identifies the channel; `type` is 0 (invalid), 1 (device to
      device), 2 (device to host) or 3 (host to device).
      `#stablehlo.channel_handle<handle = 1, type = 2>`
    }];
    let parameters = (ins "int64_t":$handle, "int64_t":$type);
    let assemblyFormat = "`<` struct(params) `>`";
  }

  def _ConvDimensionNumbers : AttrDef<d, "ConvDimensionNumbers"> {
    let mnemonic = "conv";
    let summary = "layout of convolution operands and result";
    let description = [{
      Which dimension of the input, kernel and output is batch / feature and
      which are spatial, in StableHLO's compact notation:
      `#stablehlo.conv<[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]>` (see the
      `ConvolutionDimensions` hook in docs/stablehlo-assembly.md); the
      verbose form `#stablehlo.conv<raw input_batch_dimension = 0, ...>` is
      accepted too.
    }];
    let parameters = (ins
      "int64_t":$input_batch_dimension,
      "int64_t":$input_feature_dimension,
      HLO_DimsParameter<"spatial dimensions of the input">:$input_spatial_dimensions,
      "int64_t":$kernel_input_feature_dimension,
      "int64_t":$kernel_output_feature_dimension,
      HLO_DimsParameter<"spatial dimensions of the kernel">:$kernel_spatial_dimensions,
      "int64_t":$output_batch_dimension,
      "int64_t":$output_feature_dimension,
      HLO_DimsParameter<"spatial dimensions of the output">:$output_spatial_dimensions);
    let hasCustomAssemblyFormat = 1;
  }

  def _DotDimensionNumbers : AttrDef<d, "DotDimensionNumbers"> {
    let mnemonic = "dot";
    let summary = "batching and contracting dimensions of dot_general";
    let description = [{
      `#stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions
      = [0], lhs_contracting_dimensions = [2], rhs_contracting_dimensions =
      [1]>`; empty lists are omitted.
    }];
    let parameters = (ins
      HLO_OptionalDimsParameter<"lhs batching dimensions">:$lhs_batching_dimensions,
      HLO_OptionalDimsParameter<"rhs batching dimensions">:$rhs_batching_dimensions,
      HLO_OptionalDimsParameter<"lhs contracting dimensions">:$lhs_contracting_dimensions,
      HLO_OptionalDimsParameter<"rhs contracting dimensions">:$rhs_contracting_dimensions);
    let assemblyFormat = "`<` struct(params) `>`";
  }

  def _DotAlgorithm : AttrDef<d, "DotAlgorithm"> {
    let mnemonic = "dot_algorithm";
    let summary = "numeric algorithm of a dot_general";
    let description = [{
      Element types the operands are rounded to, the accumulation type, how
      many components each operand is split into, the number of primitive
      products, and whether imprecise accumulation is allowed.
    }];
    let parameters = (ins
      "::mlir::Type":$lhs_precision_type,
      "::mlir::Type":$rhs_precision_type,
      "::mlir::Type":$accumulation_type,
      "int64_t":$lhs_component_count,
      "int64_t":$rhs_component_count,
      "int64_t":$num_primitive_operations,
      "bool":$allow_imprecise_accumulation);
    let assemblyFormat = [{
      `<` `lhs_precision_type` `=` $lhs_precision_type `,`
          `rhs_precision_type` `=` $rhs_precision_type `,`
          `accumulation_type` `=` $accumulation_type `,`
          `lhs_component_count` `=` $lhs_component_count `,`
          `rhs_component_count` `=` $rhs_component_count `,`
          `num_primitive_operations` `=` $num_primitive_operations `,`
          `allow_imprecise_accumulation` `=` $allow_imprecise_accumulation `>`
    }];
  }

  def _GatherDimensionNumbers : AttrDef<d, "GatherDimensionNumbers"> {
    let mnemonic = "gather";
    let summary = "dimension numbers of gather";
    let description = [{
      `#stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0],
      start_index_map = [0], index_vector_dim = 1>`; empty lists and
      `index_vector_dim = 0` are omitted.
    }];
    let parameters = (ins
      HLO_OptionalDimsParameter<"offset dimensions">:$offset_dims,
      HLO_OptionalDimsParameter<"collapsed slice dimensions">:$collapsed_slice_dims,
      HLO_OptionalDimsParameter<"operand batching dimensions">:$operand_batching_dims,
      HLO_OptionalDimsParameter<"start indices batching dimensions">:$start_indices_batching_dims,
      HLO_OptionalDimsParameter<"start index map">:$start_index_map,
      DefaultValuedParameter<"int64_t", "0", "index vector dimension">:$index_vector_dim);
    let assemblyFormat = "`<` struct(params) `>`";
  }

  def _ScatterDimensionNumbers : AttrDef<d, "ScatterDimensionNumbers"> {
    let mnemonic = "scatter";
    let summary = "dimension numbers of scatter";
    let description = [{
      `#stablehlo.scatter<update_window_dims = [1], inserted_window_dims =
      [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 1>`; empty
      lists and `index_vector_dim = 0` are omitted.
    }];
    let parameters = (ins
      HLO_OptionalDimsParameter<"update window dimensions">:$update_window_dims,
      HLO_OptionalDimsParameter<"inserted window dimensions">:$inserted_window_dims,
      HLO_OptionalDimsParameter<"input batching dimensions">:$input_batching_dims,
      HLO_OptionalDimsParameter<"scatter indices batching dimensions">:$scatter_indices_batching_dims,
      HLO_OptionalDimsParameter<"scatter dims to operand dims">:$scatter_dims_to_operand_dims,
      DefaultValuedParameter<"int64_t", "0", "index vector dimension">:$index_vector_dim);
    let assemblyFormat = "`<` struct(params) `>`";
  }

  def _OutputOperandAlias : AttrDef<d, "OutputOperandAlias"> {
    let mnemonic = "output_operand_alias";
    let summary = "a custom call result that aliases an operand";
    let description = [{
      Result (tuple path `output_tuple_indices`) shares its buffer with
      operand `operand_index` (tuple path `operand_tuple_indices`).
    }];
    let parameters = (ins
      HLO_DimsParameter<"result tuple path">:$output_tuple_indices,
      "int64_t":$operand_index,
      HLO_DimsParameter<"operand tuple path">:$operand_tuple_indices);
    let assemblyFormat = [{
      `<` `output_tuple_indices` `=` $output_tuple_indices `,`
          `operand_index` `=` $operand_index `,`
          `operand_tuple_indices` `=` $operand_tuple_indices `>`
    }];
  }

  def _TypeExtensions : AttrDef<d, "TypeExtensions"> {
    let mnemonic = "type_extensions";
    let summary = "bounds of the dynamic dimensions of a tensor";
    let description = [{
      Used as a ranked tensor encoding:
      `tensor<?x3xf32, #stablehlo.type_extensions<bounds = [16, ?]>>`; `?`
      marks a dimension without bound.
    }];
    let parameters = (ins HLO_DimsParameter<"dimension bounds">:$bounds);
    let assemblyFormat = "`<` `bounds` `=` custom<DimSizes>($bounds) `>`";
  }

  def _ResultAccuracyAttr : AttrDef<d, "ResultAccuracy"> {
    let mnemonic = "result_accuracy";
    let summary = "requested accuracy of a transcendental op";
    let description = [{
      `#stablehlo.result_accuracy<atol = 1.0e-5, rtol = 0.0, ulps = 1,
      mode = #stablehlo.result_accuracy_mode<TOLERANCE>>`; with mode DEFAULT
      or HIGHEST the tolerances are zero.
    }];
    let parameters = (ins
      DefaultValuedParameter<"::llvm::APFloat", "::llvm::APFloat(0.0)",
                             "absolute tolerance">:$atol,
      DefaultValuedParameter<"::llvm::APFloat", "::llvm::APFloat(0.0)",
                             "relative tolerance">:$rtol,
      DefaultValuedParameter<"int64_t", "0", "tolerance in ULPs">:$ulps,
      AttrParameter<d.cppNamespace # "::ResultAccuracyModeAttr", "mode">:$mode);
    let assemblyFormat = "`<` struct(params) `>`";
  }
}

#endif // MLIRBUILD_HLO_ATTRS
