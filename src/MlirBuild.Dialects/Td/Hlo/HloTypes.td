//===- HloTypes.td - element and tensor types of the HLO family -*- tablegen -*-===//
//
// Type constraints shared by stablehlo, mhlo, chlo and the test dialects
// (check, interpreter). They do not depend on a dialect: the token type, which
// does (`!stablehlo.token` vs `!mhlo.token`), is passed to the op multiclass.
//
// StableHLO values are ranked tensors whose element type is a boolean (i1),
// an integer (signless, signed or unsigned, 2 to 64 bits), a float (f4..f64,
// bf16, the f8 variants), a complex of f32/f64, or a uniform quantized integer
// (`!quant.uniform<i8:f32, 0.5:3>`, also per axis: `!quant.uniform<i8:f32:0,
// {0.1:1, 0.2:2}>`).
//
//===----------------------------------------------------------------------===//

#ifndef MLIRBUILD_HLO_TYPES
#define MLIRBUILD_HLO_TYPES

include "MlirBuildBase.td"

//===----------------------------------------------------------------------===//
// Element types
//===----------------------------------------------------------------------===//

def HLO_Pred : TypeAlias<I1, "bool">;

// Integers of the widths StableHLO supports, in all three signedness forms.
def HLO_SInt : AnyTypeOf<[I2, I4, I8, I16, I32, I64], "signless integer">;
def HLO_UInt : AnyTypeOf<[UI2, UI4, UI8, UI16, UI32, UI64], "unsigned integer">;
def HLO_SignedInt : AnyTypeOf<[SI8, SI16, SI32, SI64], "signed integer">;
def HLO_Int : AnyTypeOf<[HLO_SInt, HLO_UInt], "2/4/8/16/32/64-bit integer">;

def HLO_Float : AnyTypeOf<[F4E2M1FN, F6E2M3FN, F6E3M2FN, F8E3M4, F8E4M3,
                           F8E4M3FN, F8E4M3FNUZ, F8E4M3B11FNUZ, F8E5M2,
                           F8E5M2FNUZ, F8E8M0FNU, F16, F32, F64, BF16],
                          "floating-point">;
def HLO_Float32Or64 : AnyTypeOf<[F32, F64], "32/64-bit float">;
def HLO_Complex : Complex<AnyTypeOf<[F32, F64]>>;

// Uniform quantized integer types of the `quant` dialect. `storageWidths`
// lists the allowed storage widths; `perAxis` says which quantization kind.
class HLO_QuantizedIntOf<string cppClass, list<int> widths, bit axis,
                         string descr>
    : Type<And<[CPred<"::llvm::isa<::mlir::quant::" # cppClass # ">($_self)">,
                Or<!foreach(w, widths,
                    CPred<"::llvm::cast<::mlir::quant::" # cppClass #
                          ">($_self).getStorageTypeIntegralWidth() == " # w>)>]>,
           descr, "::mlir::quant::" # cppClass> {
  // For generators: the textual family `!quant.uniform<...>`.
  string quantKind = "uniform";
  list<int> storageWidths = widths;
  bit perAxis = axis;
}
def HLO_QuantizedSignedInt
    : HLO_QuantizedIntOf<"UniformQuantizedType", [2, 4, 8, 16, 32], 0,
                         "uniform quantized signed integer">;
def HLO_QuantizedUnsignedInt
    : HLO_QuantizedIntOf<"UniformQuantizedType", [2, 4, 8, 16, 32], 0,
                         "uniform quantized unsigned integer">;
def HLO_QuantizedInt
    : HLO_QuantizedIntOf<"UniformQuantizedType", [2, 4, 8, 16, 32], 0,
                         "uniform quantized integer">;
def HLO_PerAxisQuantizedInt
    : HLO_QuantizedIntOf<"UniformQuantizedPerAxisType", [2, 4, 8, 16, 32], 1,
                         "per-axis uniform quantized integer">;

def HLO_IntOrFp : AnyTypeOf<[HLO_Int, HLO_Float]>;
def HLO_PredOrInt : AnyTypeOf<[HLO_Pred, HLO_Int]>;
def HLO_PredIntOrFp : AnyTypeOf<[HLO_Pred, HLO_Int, HLO_Float]>;
def HLO_FpOrComplex : AnyTypeOf<[HLO_Float, HLO_Complex]>;
def HLO_IntFpOrComplex : AnyTypeOf<[HLO_Int, HLO_Float, HLO_Complex]>;
def HLO_Element : AnyTypeOf<[HLO_Pred, HLO_Int, HLO_Float, HLO_Complex,
                             HLO_QuantizedInt]>;

//===----------------------------------------------------------------------===//
// Tensors
//===----------------------------------------------------------------------===//

// A ranked tensor of the given element types. StableHLO tensors are always
// ranked; a dimension may be dynamic (`?`) and bounded through the
// `#stablehlo.type_extensions<bounds = [...]>` encoding.
class HLO_RankedTensorOf<list<Type> elements, string descr = "ranked tensor">
    : RankedTensorOf<elements, [], descr>;

class HLO_StaticTensorOf<list<Type> elements>
    : RankedTensorOf<elements, [HasStaticShapePred], "statically shaped tensor">;

def HLO_Tensor : HLO_RankedTensorOf<[HLO_Float, HLO_Pred, HLO_Int,
                                     HLO_Complex, HLO_QuantizedInt]>;
def HLO_NonQuantizedTensor
    : HLO_RankedTensorOf<[HLO_Float, HLO_Pred, HLO_Int, HLO_Complex]>;
def HLO_TensorOrPerAxisQuantizedTensor
    : HLO_RankedTensorOf<[HLO_Float, HLO_Pred, HLO_Int, HLO_Complex,
                          HLO_QuantizedInt, HLO_PerAxisQuantizedInt]>;
def HLO_StaticShapeTensor
    : HLO_StaticTensorOf<[HLO_Float, HLO_Pred, HLO_Int, HLO_Complex,
                          HLO_QuantizedInt]>;
def HLO_StaticShapeTensorOrPerAxisQuantizedTensor
    : HLO_StaticTensorOf<[HLO_Float, HLO_Pred, HLO_Int, HLO_Complex,
                          HLO_QuantizedInt, HLO_PerAxisQuantizedInt]>;

def HLO_PredTensor : HLO_RankedTensorOf<[HLO_Pred]>;
def HLO_IntTensor : HLO_RankedTensorOf<[HLO_Int]>;
def HLO_FpTensor : HLO_RankedTensorOf<[HLO_Float]>;
def HLO_ComplexTensor : HLO_RankedTensorOf<[HLO_Complex]>;
def HLO_Fp32Or64Tensor : HLO_RankedTensorOf<[HLO_Float32Or64]>;
def HLO_PredOrIntTensor : HLO_RankedTensorOf<[HLO_Pred, HLO_Int]>;
def HLO_IntOrFpTensor : HLO_RankedTensorOf<[HLO_Int, HLO_Float]>;
def HLO_PredIntOrFpTensor : HLO_RankedTensorOf<[HLO_Pred, HLO_Int, HLO_Float]>;
def HLO_FpOrComplexTensor : HLO_RankedTensorOf<[HLO_Float, HLO_Complex]>;
def HLO_FpOrQuantizedIntTensor
    : HLO_RankedTensorOf<[HLO_Float, HLO_QuantizedInt]>;
def HLO_FpComplexOrQuantizedIntTensor
    : HLO_RankedTensorOf<[HLO_Float, HLO_Complex, HLO_QuantizedInt]>;
def HLO_IntFpOrComplexOrQuantizedIntTensor
    : HLO_RankedTensorOf<[HLO_Int, HLO_Float, HLO_Complex, HLO_QuantizedInt]>;
def HLO_SIntFpComplexOrQuantizedIntTensor
    : HLO_RankedTensorOf<[HLO_SInt, HLO_SignedInt, HLO_Float, HLO_Complex,
                          HLO_QuantizedInt]>;
def HLO_QuantizedIntTensor : HLO_RankedTensorOf<[HLO_QuantizedInt]>;
def HLO_QuantizedIntOrPerAxisQuantizedIntTensor
    : HLO_RankedTensorOf<[HLO_QuantizedInt, HLO_PerAxisQuantizedInt]>;
def HLO_FloatOrQuantizedIntOrPerAxisQuantizedIntTensor
    : HLO_RankedTensorOf<[HLO_Float, HLO_QuantizedInt, HLO_PerAxisQuantizedInt]>;
def HLO_StaticShapeIntOrFpTensor : HLO_StaticTensorOf<[HLO_Int, HLO_Float]>;
def HLO_StaticShapeIntFpComplexOrQuantizedTensor
    : HLO_StaticTensorOf<[HLO_Int, HLO_Float, HLO_Complex, HLO_QuantizedInt]>;

// Tensors that must have exactly one / at most one element, by rank.
def HLO_ScalarTensor : TensorRankOf<[HLO_Element], [0]>;
def HLO_ScalarIntTensor : TensorRankOf<[HLO_Int], [0]>;
def HLO_PredScalarTensor : TensorRankOf<[HLO_Pred], [0]>;
def HLO_I32ScalarTensor : TensorRankOf<[I32], [0]>;

// 1-D integer tensors carrying shapes or dimension sizes (index or ints).
def HLO_DimensionValue : AnyTypeOf<[Index, HLO_Int]>;
def HLO_DimensionTensor : TensorRankOf<[HLO_DimensionValue], [1]>;
def HLO_StaticDimensionTensor
    : RankedTensorOf<[HLO_DimensionValue],
                     [HasStaticShapePred, HasAnyRankOfPred<[1]>],
                     "statically shaped 1-dimensional tensor">;
def HLO_Static1DIntTensor
    : RankedTensorOf<[HLO_Int], [HasStaticShapePred, HasAnyRankOfPred<[1]>],
                     "statically shaped 1-dimensional integer tensor">;
def HLO_Static2DIntTensor
    : RankedTensorOf<[HLO_Int], [HasStaticShapePred, HasAnyRankOfPred<[2]>],
                     "statically shaped 2-dimensional integer tensor">;

def HLO_I32RankedTensor : RankedTensorOf<[I32]>;
def HLO_UI32RankedTensor : RankedTensorOf<[UI32]>;

#endif // MLIRBUILD_HLO_TYPES
