//===- TfBase.td - tf dialect record, types and attribute kinds -*- tablegen -*-===//
//
// The `tf` dialect models TensorFlow graph ops one to one: op names are the
// OpDef names (`tf.AddV2`), operand/result names and attribute names are the
// OpDef's. Ops print in generic form:
//
//   %0 = "tf.Conv2D"(%x, %w) {data_format = "NHWC", dilations = [1, 1, 1, 1],
//        padding = "SAME", strides = [1, 1, 1, 1], use_cudnn_on_gpu = true}
//        : (tensor<1x8x8x3xf32>, tensor<3x3x3x16xf32>) -> tensor<1x8x8x16xf32>
//
// Type attributes of the OpDef (T, Tidx, dtype, ...) that MLIR can read off
// operand or result types are derived attributes (fields of the op record,
// not stored), as in TensorFlow's own MLIR dialect; the others are stored.
// TensorFlow-specific element types live in the `tf_type` dialect
// (`!tf_type.resource`, `!tf_type.string`, ...).
//
//===----------------------------------------------------------------------===//

#ifndef MLIRBUILD_TF_BASE
#define MLIRBUILD_TF_BASE

include "MlirBuildBase.td"

def TF_Dialect : Dialect {
  let name = "tf";
  let cppNamespace = "::mlir::TF";
  let summary = "TensorFlow graph ops.";
  let description = [{
    One op per TensorFlow OpDef, with the OpDef's operand, result and
    attribute names; control dependencies and devices are discardable
    attributes or tf_executor structure.
  }];
}

def TFType_Dialect : Dialect {
  let name = "tf_type";
  let cppNamespace = "::mlir::tf_type";
  let summary = "TensorFlow element types.";
  let description = "Element types TensorFlow has and MLIR's builtin types lack.";
  let useDefaultTypePrinterParser = 1;
}

//===----------------------------------------------------------------------===//
// tf_type types
//===----------------------------------------------------------------------===//

class TFType_Def<string name, string typeMnemonic, string desc>
    : TypeDef<TFType_Dialect, name> {
  let mnemonic = typeMnemonic;
  let summary = desc;
  let description = desc;
}

def TF_String : TFType_Def<"String", "string", "TensorFlow string (bytes)">;
def TF_Variant : TFType_Def<"Variant", "variant",
    "TensorFlow variant: a tensor list, dataset, ... (subtypes optional)"> {
  let parameters = (ins OptionalArrayRefParameter<"::mlir::TensorType", "subtypes">:$subtypes);
  let assemblyFormat = "(`<` $subtypes^ `>`)?";
}
def TF_Resource : TFType_Def<"Resource", "resource",
    "TensorFlow resource handle, e.g. of a variable (subtypes optional)"> {
  let parameters = (ins OptionalArrayRefParameter<"::mlir::TensorType", "subtypes">:$subtypes);
  let assemblyFormat = "(`<` $subtypes^ `>`)?";
}
def TF_Control : TFType_Def<"Control", "control", "control dependency token">;
def TF_Qint8 : TFType_Def<"Qint8", "qint8", "quantized int8">;
def TF_Qint16 : TFType_Def<"Qint16", "qint16", "quantized int16">;
def TF_Qint32 : TFType_Def<"Qint32", "qint32", "quantized int32">;
def TF_Quint8 : TFType_Def<"Quint8", "quint8", "quantized uint8">;
def TF_Quint16 : TFType_Def<"Quint16", "quint16", "quantized uint16">;

//===----------------------------------------------------------------------===//
// Type constraints
//===----------------------------------------------------------------------===//

def TF_Bool : TypeAlias<I1, "bool">;
def TF_Int : AnyTypeOf<[I8, I16, I32, I64, UI8, UI16, UI32, UI64], "integer">;
def TF_Float : AnyTypeOf<[F16, BF16, F32, F64], "floating-point">;
def TF_Complex : AnyTypeOf<[Complex<F32>, Complex<F64>], "complex">;
def TF_Quantized : AnyTypeOf<[TF_Qint8, TF_Qint16, TF_Qint32, TF_Quint8, TF_Quint16]>;
def TF_Number : AnyTypeOf<[TF_Int, TF_Float, TF_Complex, TF_Quantized], "number">;
def TF_IntOrFloat : AnyTypeOf<[TF_Int, TF_Float]>;
def TF_ElementType : AnyTypeOf<[TF_Bool, TF_Int, TF_Float, TF_Complex,
                                TF_Quantized, TF_String, TF_Resource,
                                TF_Variant], "TensorFlow element">;

def TF_Tensor : TensorOf<[TF_ElementType]>;
def TF_NumberTensor : TensorOf<[TF_Number]>;
def TF_FloatTensor : TensorOf<[TF_Float]>;
def TF_IntTensor : TensorOf<[TF_Int]>;
def TF_I32OrI64Tensor : TensorOf<[I32, I64]>;
def TF_IntOrFloatTensor : TensorOf<[TF_IntOrFloat]>;
def TF_BoolTensor : TensorOf<[TF_Bool]>;
def TF_StrTensor : TensorOf<[TF_String]>;
def TF_ResourceTensor : TensorOf<[TF_Resource]>;
def TF_VariantTensor : TensorOf<[TF_Variant]>;
def TF_Int32Tensor : TensorOf<[I32]>;

//===----------------------------------------------------------------------===//
// Attribute kinds
//===----------------------------------------------------------------------===//

// An OpDef type attribute read off the element type of operand group `idx`
// (T of AddV2 is the element type of `x`).
class TF_DerivedOperandTypeAttr<int idx> : DerivedAttr<
    "::mlir::Type",
    "return ::mlir::getElementTypeOrSelf(*getODSOperands(" # idx # ").begin());",
    "::mlir::TypeAttr::get($_self)"> {
  int operandIndex = idx;
}

// An OpDef type attribute read off the element type of result group `idx`.
class TF_DerivedResultTypeAttr<int idx> : DerivedAttr<
    "::mlir::Type",
    "return ::mlir::getElementTypeOrSelf(*getODSResults(" # idx # ").begin());",
    "::mlir::TypeAttr::get($_self)"> {
  int resultIndex = idx;
}

// An OpDef `N`: the number of values in operand group `idx`.
class TF_DerivedOperandSizeAttr<int idx> : DerivedAttr<
    "size_t", "return std::distance(getODSOperands(" # idx # ").begin(), "
              # "getODSOperands(" # idx # ").end());",
    "$_builder.getI64IntegerAttr($_self)"> {
  int operandIndex = idx;
}

// An OpDef `N` counting result group `idx`.
class TF_DerivedResultSizeAttr<int idx> : DerivedAttr<
    "size_t", "return std::distance(getODSResults(" # idx # ").begin(), "
              # "getODSResults(" # idx # ").end());",
    "$_builder.getI64IntegerAttr($_self)"> {
  int resultIndex = idx;
}

// An OpDef list(type) attribute: the element types of operand group `idx`.
class TF_DerivedOperandTypeListAttr<int idx> : DerivedAttr<
    "::mlir::OperandElementTypeRange",
    "return {getODSOperands(" # idx # ").getTypes()};",
    "::mlir::ArrayAttr()"> {
  int operandIndex = idx;
}

// `"NHWC"` / `"NCHW"` (and the 3-D variants).
defvar TF_ConvnetDataFormatAttr = DefaultValuedOptionalAttr<StrAttr, "\"NHWC\"">;
// `"SAME"`, `"VALID"` or `"EXPLICIT"` (then explicit_paddings holds them).
defvar TF_PaddingAttr = StrAttr;
defvar TF_ExplicitPaddingsAttr = DefaultValuedOptionalAttr<I64ArrayAttr, "{}">;
defvar TF_DilationsAttr = DefaultValuedOptionalAttr<I64ArrayAttr, "{1, 1, 1, 1}">;
defvar TF_UseCudnnAttr = DefaultValuedOptionalAttr<BoolAttr, "true">;
// `shape` attributes (`#tf_type.shape<1x?x3>`) are kept as any attribute.
defvar TF_ShapeAttr = AnyAttr;
// A TensorProto constant: dense (or string) elements.
defvar TF_TensorAttr = ElementsAttr;
// A function reference with attributes (`@f`, in TF: NameAttrList).
defvar TF_FuncAttr = SymbolRefAttr;

//===----------------------------------------------------------------------===//
// Op families
//===----------------------------------------------------------------------===//

class TF_Op<string mnemonic, list<Trait> traits = []>
    : Op<TF_Dialect, mnemonic, traits>;

// `y = op(x)` elementwise; T is the element type of x.
class TF_UnaryOp<string mnemonic, Type type, string desc,
                 list<Trait> traits = []>
    : TF_Op<mnemonic, traits # [Pure, SameOperandsAndResultType]> {
  let summary = desc;
  let description = "Elementwise " # desc # ".";
  let arguments = (ins type:$x);
  let results = (outs type:$y);
  DerivedAttr T = TF_DerivedOperandTypeAttr<0>;
}

// `z = op(x, y)` elementwise with numpy broadcasting; T from x.
class TF_BinaryOp<string mnemonic, Type type, string desc,
                  list<Trait> traits = [], Type resultType = type>
    : TF_Op<mnemonic, traits # [Pure]> {
  let summary = desc;
  let description = "Elementwise " # desc # ", broadcasting x and y.";
  let arguments = (ins type:$x, type:$y);
  let results = (outs resultType:$z);
  DerivedAttr T = TF_DerivedOperandTypeAttr<0>;
}

#endif // MLIRBUILD_TF_BASE
