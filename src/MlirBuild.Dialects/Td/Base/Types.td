//===- Types.td - type constraints --------------------------*- tablegen -*-===//
//
// Type constraints for operands and results, with ODS's names: scalar types
// (I<>, F<>, Index, ...), containers (TensorOf<>, RankedTensorOf<>, TupleOf<>),
// combinators (AnyTypeOf<>, AllOfType<>, ConfinedType<>) and the variadic
// markers (Variadic<>, Optional<>, VariadicOfVariadic<>).
//
// Beside the C++ predicate, containers and combinators keep their inputs as
// fields (`allowedTypes`, `elementTypes`, `containerKind`, `predicateList`) so
// a generator can rebuild the check without reading C++.
//
//===----------------------------------------------------------------------===//

#ifndef MLIRBUILD_BASE_TYPES
#define MLIRBUILD_BASE_TYPES

include "Base/Constraints.td"

// A type constraint that is a named type (or type family) in its own right.
class Type<Pred condition, string descr = "",
           string cppType = "::mlir::Type">
    : TypeConstraint<condition, descr, cppType> {
  string description = "";
  // C++ expression building the type from `$_builder`; empty when the
  // constraint admits several types (then it cannot be inferred).
  string builderCall = "";
}

// A type that can be built without extra information.
class BuildableType<code builder> {
  code builderCall = builder;
}

// Another name (and summary) for an existing type.
class TypeAlias<Type t, string summary = t.summary>
    : Type<t.predicate, summary, t.cppType> {
  let builderCall = t.builderCall;
  Type aliasedType = t;
}

// A type constrained further by predicates.
class ConfinedType<Type type, list<Pred> predicates, string summary = "",
                   string cppType = type.cppType>
    : Type<And<!listconcat([type.predicate], predicates)>, summary, cppType> {
  Type baseType = type;
  list<Pred> predicateList = predicates;
}

// Makes `Type` buildable exactly when `other` is.
class SameBuildabilityAs<Type other, code builder> {
  code builderCall = !if(!empty(other.builderCall), "", builder);
}

//===----------------------------------------------------------------------===//
// Combinators and variadic markers
//===----------------------------------------------------------------------===//

// Any one of the listed types.
class AnyTypeOf<list<Type> allowedTypeList, string summary = "",
                string cppType = "::mlir::Type">
    : Type<Or<!foreach(t, allowedTypeList, t.predicate)>,
           !if(!eq(summary, ""),
               !interleave(!foreach(t, allowedTypeList, t.summary), " or "),
               summary),
           cppType> {
  list<Type> allowedTypes = allowedTypeList;
}

// All of the listed constraints at once.
class AllOfType<list<Type> allowedTypeList, string summary = "",
                string cppType = "::mlir::Type">
    : Type<And<!foreach(t, allowedTypeList, t.predicate)>,
           !if(!eq(summary, ""),
               !interleave(!foreach(t, allowedTypeList, t.summary), " and "),
               summary),
           cppType> {
  list<Type> allowedTypes = allowedTypeList;
}

// Zero or more values of `type` (a variadic operand or result group).
class Variadic<Type type>
    : TypeConstraint<type.predicate, "variadic of " # type.summary,
                     type.cppType> {
  Type baseType = type;
  int minSize = 0;
}

// One or more values of `type`.
class VariadicOfSize1OrMore<Type type> : Variadic<type> {
  let minSize = 1;
}

// A variadic group of variadic groups; the segment sizes live in the named
// DenseI32ArrayAttr attribute.
class VariadicOfVariadic<Type type, string variadicSegmentAttrName>
    : Variadic<type> {
  string segmentAttrName = variadicSegmentAttrName;
}

// Zero or one value of `type`.
class Optional<Type type>
    : TypeConstraint<type.predicate, type.summary, type.cppType> {
  Type baseType = type;
}

//===----------------------------------------------------------------------===//
// Scalar types
//===----------------------------------------------------------------------===//

def AnyType : Type<CPred<"true">, "any type">;

def NoneType : Type<CPred<"::llvm::isa<::mlir::NoneType>($_self)">, "none type",
                    "::mlir::NoneType">,
               BuildableType<"$_builder.getType<::mlir::NoneType>()">;

def Index : Type<CPred<"::llvm::isa<::mlir::IndexType>($_self)">, "index",
                 "::mlir::IndexType">,
            BuildableType<"$_builder.getIndexType()">;

// Integers of any width; `width` is kept for enum attributes and generators.
class AnyI<int width>
    : Type<CPred<"$_self.isInteger(" # width # ")">, width # "-bit integer",
           "::mlir::IntegerType"> {
  int bitwidth = width;
}

// Signless integer of the given width (`i32`).
class I<int width>
    : Type<CPred<"$_self.isSignlessInteger(" # width # ")">,
           width # "-bit signless integer", "::mlir::IntegerType">,
      BuildableType<"$_builder.getIntegerType(" # width # ")"> {
  int bitwidth = width;
}

// Signed integer of the given width (`si32`).
class SI<int width>
    : Type<CPred<"$_self.isSignedInteger(" # width # ")">,
           width # "-bit signed integer", "::mlir::IntegerType">,
      BuildableType<"$_builder.getIntegerType(" # width # ", /*isSigned=*/true)"> {
  int bitwidth = width;
}

// Unsigned integer of the given width (`ui32`).
class UI<int width>
    : Type<CPred<"$_self.isUnsignedInteger(" # width # ")">,
           width # "-bit unsigned integer", "::mlir::IntegerType">,
      BuildableType<"$_builder.getIntegerType(" # width # ", /*isSigned=*/false)"> {
  int bitwidth = width;
}

def I1 : I<1>;
def I2 : I<2>;
def I4 : I<4>;
def I8 : I<8>;
def I16 : I<16>;
def I32 : I<32>;
def I64 : I<64>;
def I128 : I<128>;
def SI1 : SI<1>;
def SI8 : SI<8>;
def SI16 : SI<16>;
def SI32 : SI<32>;
def SI64 : SI<64>;
def UI1 : UI<1>;
def UI2 : UI<2>;
def UI4 : UI<4>;
def UI8 : UI<8>;
def UI16 : UI<16>;
def UI32 : UI<32>;
def UI64 : UI<64>;

def AnyInteger : Type<CPred<"::llvm::isa<::mlir::IntegerType>($_self)">,
                      "integer", "::mlir::IntegerType">;
def AnySignlessInteger : Type<CPred<"$_self.isSignlessInteger()">,
                              "signless integer", "::mlir::IntegerType">;
def AnySignedInteger : Type<CPred<"$_self.isSignedInteger()">,
                            "signed integer", "::mlir::IntegerType">;
def AnyUnsignedInteger : Type<CPred<"$_self.isUnsignedInteger()">,
                              "unsigned integer", "::mlir::IntegerType">;
def AnySignlessIntegerOrIndex
    : Type<CPred<"$_self.isSignlessIntOrIndex()">,
           "signless integer or index">;

// A float type spelled by its MLIR keyword; `width` is its storage width.
class FloatOfKind<string keyword, string cppClass, int width>
    : Type<CPred<"::llvm::isa<::mlir::" # cppClass # ">($_self)">,
           keyword # " type", "::mlir::" # cppClass>,
      BuildableType<"$_builder.getType<::mlir::" # cppClass # ">()"> {
  string floatKeyword = keyword;
  int bitwidth = width;
}

// IEEE float of the given width (`f32`).
class F<int width>
    : Type<CPred<"$_self.isF" # width # "()">, width # "-bit float",
           "::mlir::FloatType">,
      BuildableType<"$_builder.getF" # width # "Type()"> {
  int bitwidth = width;
}

def F16 : F<16>;
def F32 : F<32>;
def F64 : F<64>;
def F80 : F<80>;
def F128 : F<128>;
def BF16 : FloatOfKind<"bf16", "BFloat16Type", 16>;
def TF32 : FloatOfKind<"tf32", "FloatTF32Type", 19>;
def F8E3M4 : FloatOfKind<"f8E3M4", "Float8E3M4Type", 8>;
def F8E4M3 : FloatOfKind<"f8E4M3", "Float8E4M3Type", 8>;
def F8E4M3FN : FloatOfKind<"f8E4M3FN", "Float8E4M3FNType", 8>;
def F8E4M3FNUZ : FloatOfKind<"f8E4M3FNUZ", "Float8E4M3FNUZType", 8>;
def F8E4M3B11FNUZ : FloatOfKind<"f8E4M3B11FNUZ", "Float8E4M3B11FNUZType", 8>;
def F8E5M2 : FloatOfKind<"f8E5M2", "Float8E5M2Type", 8>;
def F8E5M2FNUZ : FloatOfKind<"f8E5M2FNUZ", "Float8E5M2FNUZType", 8>;
def F8E8M0FNU : FloatOfKind<"f8E8M0FNU", "Float8E8M0FNUType", 8>;
def F6E2M3FN : FloatOfKind<"f6E2M3FN", "Float6E2M3FNType", 6>;
def F6E3M2FN : FloatOfKind<"f6E3M2FN", "Float6E3M2FNType", 6>;
def F4E2M1FN : FloatOfKind<"f4E2M1FN", "Float4E2M1FNType", 4>;

def AnyFloat : Type<CPred<"::llvm::isa<::mlir::FloatType>($_self)">,
                    "floating-point", "::mlir::FloatType">;

def AnyComplex : Type<CPred<"::llvm::isa<::mlir::ComplexType>($_self)">,
                      "complex-type", "::mlir::ComplexType">;

// Complex type whose parts are `elType` (`complex<f32>`).
class Complex<Type elType>
    : ConfinedType<AnyComplex,
        [SubstLeaves<"$_self",
                     "::llvm::cast<::mlir::ComplexType>($_self).getElementType()",
                     elType.predicate>],
        "complex type with " # elType.summary # " elements",
        "::mlir::ComplexType"> {
  Type elementType = elType;
}

def FunctionType : Type<CPred<"::llvm::isa<::mlir::FunctionType>($_self)">,
                        "function type", "::mlir::FunctionType">;

//===----------------------------------------------------------------------===//
// Shaped containers
//===----------------------------------------------------------------------===//

def IsShapedTypePred : CPred<"::llvm::isa<::mlir::ShapedType>($_self)">;
def IsTensorTypePred : CPred<"::llvm::isa<::mlir::TensorType>($_self)">;
def IsRankedTensorTypePred
    : CPred<"::llvm::isa<::mlir::RankedTensorType>($_self)">;
def IsUnrankedTensorTypePred
    : CPred<"::llvm::isa<::mlir::UnrankedTensorType>($_self)">;
def IsMemRefTypePred : CPred<"::llvm::isa<::mlir::MemRefType>($_self)">;
def IsVectorTypePred : CPred<"::llvm::isa<::mlir::VectorType>($_self)">;
def IsTupleTypePred : CPred<"::llvm::isa<::mlir::TupleType>($_self)">;
def HasRankPred
    : CPred<"::llvm::cast<::mlir::ShapedType>($_self).hasRank()">;
def HasStaticShapePred
    : CPred<"::llvm::cast<::mlir::ShapedType>($_self).hasStaticShape()">;

// The shaped type has one of the listed ranks. `ranks` stays readable.
class HasAnyRankOfPred<list<int> rankList>
    : And<[HasRankPred,
           Or<!foreach(r, rankList,
                       CPred<"::llvm::cast<::mlir::ShapedType>($_self).getRank() == "
                             # r>)>]> {
  list<int> ranks = rankList;
}

// A shaped container (tensor, memref, vector) whose element type is one of
// `allowedTypes`; `containerKind` names the container for generators.
class ShapedContainerType<list<Type> allowedTypes, Pred containerPred,
                          string descr, string cppType = "::mlir::Type",
                          string kind = "shaped">
    : Type<And<[containerPred,
                Concat<"[](::mlir::Type elementType) { return ",
                       SubstLeaves<"$_self", "elementType",
                                   AnyTypeOf<allowedTypes>.predicate>,
                       "; }(::llvm::cast<::mlir::ShapedType>($_self).getElementType())">]>,
           descr # " of " # AnyTypeOf<allowedTypes>.summary # " values",
           cppType> {
  list<Type> elementTypes = allowedTypes;
  string containerKind = kind;
  Pred containerPredicate = containerPred;
}

// Tensor (ranked or not) of the given element types, with extra predicates.
class TensorOf<list<Type> allowedTypes, list<Pred> preds = [],
               string summary = "tensor">
    : ShapedContainerType<allowedTypes, And<!listconcat([IsTensorTypePred], preds)>,
                          summary, "::mlir::TensorType", "tensor"> {
  list<Pred> shapePredicates = preds;
}

// Ranked tensor of the given element types, with extra predicates.
class RankedTensorOf<list<Type> allowedTypes, list<Pred> preds = [],
                     string summary = "ranked tensor">
    : ShapedContainerType<allowedTypes,
                          And<!listconcat([IsRankedTensorTypePred], preds)>,
                          summary, "::mlir::RankedTensorType", "ranked_tensor"> {
  list<Pred> shapePredicates = preds;
}

class UnrankedTensorOf<list<Type> allowedTypes>
    : ShapedContainerType<allowedTypes, IsUnrankedTensorTypePred,
                          "unranked tensor", "::mlir::UnrankedTensorType",
                          "unranked_tensor">;

class StaticShapeTensorOf<list<Type> allowedTypes>
    : RankedTensorOf<allowedTypes, [HasStaticShapePred],
                     "statically shaped tensor">;

class TensorRankOf<list<Type> allowedTypes, list<int> ranks>
    : RankedTensorOf<allowedTypes, [HasAnyRankOfPred<ranks>],
                     !interleave(!foreach(r, ranks, r # "D"), "/") # " tensor">;

class 0DTensorOf<list<Type> allowedTypes> : TensorRankOf<allowedTypes, [0]>;
class 1DTensorOf<list<Type> allowedTypes> : TensorRankOf<allowedTypes, [1]>;
class 2DTensorOf<list<Type> allowedTypes> : TensorRankOf<allowedTypes, [2]>;
class 3DTensorOf<list<Type> allowedTypes> : TensorRankOf<allowedTypes, [3]>;
class 4DTensorOf<list<Type> allowedTypes> : TensorRankOf<allowedTypes, [4]>;

def AnyTensor : TensorOf<[AnyType]>;
def AnyRankedTensor : RankedTensorOf<[AnyType]>;
def AnyUnrankedTensor : UnrankedTensorOf<[AnyType]>;
def AnyStaticShapeTensor : StaticShapeTensorOf<[AnyType]>;

class MemRefOf<list<Type> allowedTypes>
    : ShapedContainerType<allowedTypes, IsMemRefTypePred, "memref",
                          "::mlir::MemRefType", "memref">;
def AnyMemRef : MemRefOf<[AnyType]>;

class VectorOf<list<Type> allowedTypes>
    : ShapedContainerType<allowedTypes, IsVectorTypePred, "vector",
                          "::mlir::VectorType", "vector">;
def AnyVector : VectorOf<[AnyType]>;

// Tuple (possibly nested) whose leaves are any of `allowedTypes`.
class TupleOf<list<Type> allowedTypes>
    : Type<And<[IsTupleTypePred,
                Concat<"::llvm::all_of(::llvm::cast<::mlir::TupleType>($_self).getTypes(), "
                       # "[](::mlir::Type t) { return t && (",
                       SubstLeaves<"$_self", "t", AnyTypeOf<allowedTypes>.predicate>,
                       "); })">]>,
           "tuple with any combination of " # AnyTypeOf<allowedTypes>.summary
               # " values"> {
  Type elementType = AnyTypeOf<allowedTypes>;
  list<Type> elementTypes = allowedTypes;
  string getElementTypesCall = "::llvm::cast<::mlir::TupleType>($_self).getTypes()";
}

def AnyTuple : Type<IsTupleTypePred, "tuple", "::mlir::TupleType">;

#endif // MLIRBUILD_BASE_TYPES
