//===- Attrs.td - attribute constraints ---------------------*- tablegen -*-===//
//
// Attribute kinds an op can take as inherent attributes, with ODS's names and
// fields: `storageType` (the attribute class), `returnType` (what an accessor
// returns), `convertFromStorage`, `constBuilderCall` (build from a constant),
// `defaultValue`, `isOptional`, `baseAttr`, `valueType`.
//
// Wrappers (OptionalAttr, DefaultValuedAttr, ConfinedAttr, ...) keep the
// wrapped attribute in `baseAttr` so generators can peel them.
//
//===----------------------------------------------------------------------===//

#ifndef MLIRBUILD_BASE_ATTRS
#define MLIRBUILD_BASE_ATTRS

include "Base/Types.td"

// Base of every attribute constraint usable as an op argument.
class Attr<Pred condition, string summary = ""> :
    AttrConstraint<condition, summary> {
  // C++ class the attribute is stored as.
  code storageType = ?;
  // C++ type returned by the generated accessor.
  code returnType = ?;
  // Turns `$_self` (the stored attribute) into `returnType`.
  code convertFromStorage = "$_self.getValue()";
  // Builds the attribute from a constant `$0`; unset when not buildable.
  code constBuilderCall = ?;
  // Value used when the attribute is absent (a C++ expression).
  code defaultValue = ?;
  // The type of the attribute value, for typed attributes.
  Type valueType = ?;
  bit isOptional = 0;
  // The attribute this one wraps, if any.
  Attr baseAttr = ?;
  string cppNamespace = "";
  string description = "";
}

// An attribute computed from other parts of the op, never stored.
class DerivedAttr<code ret, code b, code convert = ""> :
    Attr<CPred<"true">, "derived attribute"> {
  let returnType = ret;
  code body = b;
  let convertFromStorage = convert;
}

// The attribute may be absent; the accessor returns an optional.
class OptionalAttr<Attr attr> : Attr<attr.predicate, attr.summary> {
  let storageType = attr.storageType;
  let returnType = "::std::optional<" # attr.returnType # ">";
  let convertFromStorage = "$_self ? " # returnType # "(" #
                           attr.convertFromStorage # ") : (::std::nullopt)";
  let valueType = attr.valueType;
  let isOptional = 1;
  let baseAttr = attr;
}

// The attribute may be absent; the accessor then returns `val`. The verifier
// and builders materialise the default.
class DefaultValuedAttr<Attr attr, string val> :
    Attr<attr.predicate, attr.summary> {
  let storageType = attr.storageType;
  let returnType = attr.returnType;
  let convertFromStorage = attr.convertFromStorage;
  let constBuilderCall = attr.constBuilderCall;
  let defaultValue = val;
  let valueType = attr.valueType;
  let baseAttr = attr;
}

// Like DefaultValuedAttr, but an absent attribute stays absent when printed.
class DefaultValuedOptionalAttr<Attr attr, string val> :
    Attr<attr.predicate, attr.summary> {
  let storageType = attr.storageType;
  let returnType = attr.returnType;
  let convertFromStorage = attr.convertFromStorage;
  let constBuilderCall = attr.constBuilderCall;
  let defaultValue = val;
  let valueType = attr.valueType;
  let isOptional = 1;
  let baseAttr = attr;
}

// `attr` that must also satisfy every constraint in `constraints`.
class ConfinedAttr<Attr attr, list<AttrConstraint> constraints> : Attr<
    And<!listconcat([attr.predicate], !foreach(c, constraints, c.predicate))>,
    !foldl(attr.summary, constraints, acc, c, acc # " " # c.summary)> {
  let storageType = attr.storageType;
  let returnType = attr.returnType;
  let convertFromStorage = attr.convertFromStorage;
  let constBuilderCall = attr.constBuilderCall;
  let defaultValue = attr.defaultValue;
  let valueType = attr.valueType;
  let isOptional = attr.isOptional;
  let baseAttr = attr;
  list<AttrConstraint> attrConstraints = constraints;
}

// Any one of the listed attribute kinds; accessed as a plain `cppType`.
class AnyAttrOf<list<Attr> allowedAttrs, string summary = "",
                string cppType = "::mlir::Attribute",
                string fromStorage = "$_self">
    : Attr<Or<!foreach(a, allowedAttrs, a.predicate)>,
           !if(!eq(summary, ""),
               !interleave(!foreach(a, allowedAttrs, a.summary), " or "),
               summary)> {
  let storageType = cppType;
  let returnType = cppType;
  let convertFromStorage = fromStorage;
  list<Attr> allowedAttributes = allowedAttrs;
}

// Every listed constraint holds.
class AllAttrOf<list<AttrConstraint> constraints> : AttrConstraint<
    And<!foreach(c, constraints, c.predicate)>,
    !interleave(!foreach(c, constraints, c.summary), " and ")> {
  list<AttrConstraint> attrConstraints = constraints;
}

// The attribute equals the constant `val` of kind `attribute`.
class ConstantAttr<Attr attribute, string val> : AttrConstraint<
    CPred<"$_self == " # !subst("$0", val, attribute.constBuilderCall)>,
    "constant attribute " # val> {
  Attr attr = attribute;
  string value = val;
}

//===----------------------------------------------------------------------===//
// Scalar attributes
//===----------------------------------------------------------------------===//

def AnyAttr : Attr<CPred<"true">, "any attribute"> {
  let storageType = "::mlir::Attribute";
  let returnType = "::mlir::Attribute";
  let convertFromStorage = "$_self";
  let constBuilderCall = "$0";
}

// An attribute of C++ kind `attrKind` whose value has type `attrValType`.
class TypedAttrBase<Type attrValType, string attrKind, Pred condition,
                    string descr> : Attr<condition, descr> {
  let storageType = "::mlir::" # attrKind;
  let constBuilderCall = "$_builder.get" # attrKind # "(" #
                         attrValType.builderCall # ", $0)";
  let valueType = attrValType;
}

def IsIntegerAttrPred : CPred<"::llvm::isa<::mlir::IntegerAttr>($_self)">;
def IsFloatAttrPred : CPred<"::llvm::isa<::mlir::FloatAttr>($_self)">;

def AnyIntegerAttr : Attr<IsIntegerAttrPred, "arbitrary integer attribute"> {
  let storageType = "::mlir::IntegerAttr";
  let returnType = "::llvm::APInt";
}

// Integer attribute whose type is signless `attrValType` (`42 : i64`).
class SignlessIntegerAttrBase<I attrValType, string descr> :
    TypedAttrBase<attrValType, "IntegerAttr",
      And<[IsIntegerAttrPred,
           CPred<"::llvm::cast<::mlir::IntegerAttr>($_self).getType()"
                 # ".isSignlessInteger(" # attrValType.bitwidth # ")">]>,
      descr> {
  let returnType = "::llvm::APInt";
}

// Same, but the accessor returns a fixed-width C++ integer.
class TypedSignlessIntegerAttrBase<I attrValType, string retType, string descr>
    : SignlessIntegerAttrBase<attrValType, descr> {
  let returnType = retType;
  let convertFromStorage = "$_self.getValue().getZExtValue()";
}

def I1Attr : TypedSignlessIntegerAttrBase<I1, "bool", "1-bit signless integer attribute">;
def I8Attr : TypedSignlessIntegerAttrBase<I8, "uint8_t", "8-bit signless integer attribute">;
def I16Attr : TypedSignlessIntegerAttrBase<I16, "uint16_t", "16-bit signless integer attribute">;
def I32Attr : TypedSignlessIntegerAttrBase<I32, "uint32_t", "32-bit signless integer attribute">;
def I64Attr : TypedSignlessIntegerAttrBase<I64, "uint64_t", "64-bit signless integer attribute">;

// Signed / unsigned integer attributes (`5 : si32`, `5 : ui32`).
class TypedIntegerAttr<Type t, int width, string retType, string descr,
                       string sign>
    : TypedAttrBase<t, "IntegerAttr",
        And<[IsIntegerAttrPred,
             CPred<"::llvm::cast<::mlir::IntegerAttr>($_self).getType().is"
                   # sign # "Integer(" # width # ")">]>, descr> {
  let returnType = retType;
  let convertFromStorage = "$_self.getValue().get" #
      !if(!eq(sign, "Signed"), "S", "Z") # "ExtValue()";
}
def SI32Attr : TypedIntegerAttr<SI32, 32, "int32_t", "32-bit signed integer attribute", "Signed">;
def SI64Attr : TypedIntegerAttr<SI64, 64, "int64_t", "64-bit signed integer attribute", "Signed">;
def UI32Attr : TypedIntegerAttr<UI32, 32, "uint32_t", "32-bit unsigned integer attribute", "Unsigned">;
def UI64Attr : TypedIntegerAttr<UI64, 64, "uint64_t", "64-bit unsigned integer attribute", "Unsigned">;

def IndexAttr : TypedAttrBase<Index, "IntegerAttr",
    And<[IsIntegerAttrPred,
         CPred<"::llvm::isa<::mlir::IndexType>(::llvm::cast<::mlir::IntegerAttr>($_self).getType())">]>,
    "index attribute"> {
  let returnType = "::llvm::APInt";
}

// Float attribute whose type is `attrValType` (`1.0 : f32`).
class FloatAttrBase<F attrValType, string descr> :
    TypedAttrBase<attrValType, "FloatAttr",
      And<[IsFloatAttrPred,
           CPred<"::llvm::cast<::mlir::FloatAttr>($_self).getType().isF"
                 # attrValType.bitwidth # "()">]>,
      descr> {
  let returnType = "::llvm::APFloat";
}
def F32Attr : FloatAttrBase<F32, "32-bit float attribute">;
def F64Attr : FloatAttrBase<F64, "64-bit float attribute">;

def AnyFloatAttr : Attr<IsFloatAttrPred, "arbitrary float attribute"> {
  let storageType = "::mlir::FloatAttr";
  let returnType = "::llvm::APFloat";
}

def BoolAttr : Attr<CPred<"::llvm::isa<::mlir::BoolAttr>($_self)">,
                    "bool attribute"> {
  let storageType = "::mlir::BoolAttr";
  let returnType = "bool";
  let valueType = I1;
  let constBuilderCall = "$_builder.getBoolAttr($0)";
}

def StrAttr : Attr<CPred<"::llvm::isa<::mlir::StringAttr>($_self)">,
                   "string attribute"> {
  let storageType = "::mlir::StringAttr";
  let returnType = "::llvm::StringRef";
  let valueType = NoneType;
  let constBuilderCall = "$_builder.getStringAttr($0)";
}

// Present or absent; carries no value. Optional by nature.
def UnitAttr : Attr<CPred<"::llvm::isa<::mlir::UnitAttr>($_self)">,
                    "unit attribute"> {
  let storageType = "::mlir::UnitAttr";
  let constBuilderCall = "(($0) ? $_builder.getUnitAttr() : nullptr)";
  let convertFromStorage = "$_self != nullptr";
  let returnType = "bool";
  let defaultValue = "false";
  let valueType = NoneType;
  let isOptional = 1;
}

def DictionaryAttr
    : Attr<CPred<"::llvm::isa<::mlir::DictionaryAttr>($_self)">,
           "dictionary of named attribute values"> {
  let storageType = "::mlir::DictionaryAttr";
  let returnType = "::mlir::DictionaryAttr";
  let convertFromStorage = "$_self";
  let constBuilderCall = "$_builder.getDictionaryAttr($0)";
}

// A TypeAttr whose type satisfies `typePred`.
class TypeAttrBase<string retType, string summary,
                   Pred typePred = CPred<"true">> :
    Attr<And<[CPred<"::llvm::isa<::mlir::TypeAttr>($_self)">,
              CPred<"::llvm::isa<" # retType #
                    ">(::llvm::cast<::mlir::TypeAttr>($_self).getValue())">,
              SubstLeaves<"$_self",
                          "::llvm::cast<::mlir::TypeAttr>($_self).getValue()",
                          typePred>]>,
         summary> {
  let storageType = "::mlir::TypeAttr";
  let returnType = retType;
  let valueType = NoneType;
  let convertFromStorage = "::llvm::cast<" # retType # ">($_self.getValue())";
}

def TypeAttr : TypeAttrBase<"::mlir::Type", "any type attribute"> {
  let constBuilderCall = "::mlir::TypeAttr::get($0)";
}

// A TypeAttr holding a type that satisfies `ty`.
class TypeAttrOf<Type ty> :
    TypeAttrBase<ty.cppType, "type attribute of " # ty.summary, ty.predicate> {
  let constBuilderCall = "::mlir::TypeAttr::get($0)";
  Type typeConstraint = ty;
}

//===----------------------------------------------------------------------===//
// Symbols
//===----------------------------------------------------------------------===//

// The name of a symbol defined by the op (`sym_name`).
def SymbolNameAttr : Attr<CPred<"::llvm::isa<::mlir::StringAttr>($_self)">,
                          "string attribute"> {
  let storageType = "::mlir::StringAttr";
  let returnType = "::llvm::StringRef";
  let valueType = NoneType;
  let constBuilderCall = "$_builder.getStringAttr($0)";
}

// A possibly nested reference `@a::@b`.
def SymbolRefAttr
    : Attr<CPred<"::llvm::isa<::mlir::SymbolRefAttr>($_self)">,
           "symbol reference attribute"> {
  let storageType = "::mlir::SymbolRefAttr";
  let returnType = "::mlir::SymbolRefAttr";
  let valueType = NoneType;
  let constBuilderCall = "::mlir::SymbolRefAttr::get($_builder.getContext(), $0)";
  let convertFromStorage = "$_self";
}

// A reference to a symbol in the nearest symbol table (`@f`).
def FlatSymbolRefAttr
    : Attr<CPred<"::llvm::isa<::mlir::FlatSymbolRefAttr>($_self)">,
           "flat symbol reference attribute"> {
  let storageType = "::mlir::FlatSymbolRefAttr";
  let returnType = "::llvm::StringRef";
  let valueType = NoneType;
  let constBuilderCall = "::mlir::SymbolRefAttr::get($_builder.getContext(), $0)";
  let convertFromStorage = "$_self.getValue()";
}

//===----------------------------------------------------------------------===//
// Arrays
//===----------------------------------------------------------------------===//

def IsArrayAttrPred : CPred<"::llvm::isa<::mlir::ArrayAttr>($_self)">;

class ArrayAttrBase<Pred condition, string summary> : Attr<condition, summary> {
  let storageType = [{ ::mlir::ArrayAttr }];
  let returnType = [{ ::mlir::ArrayAttr }];
  let valueType = NoneType;
  let convertFromStorage = "$_self";
  let constBuilderCall = "$_builder.getArrayAttr($0)";
}

def ArrayAttr : ArrayAttrBase<IsArrayAttrPred, "array attribute">;

// Array attribute whose elements all satisfy `element`.
class TypedArrayAttrBase<Attr element, string summary> : ArrayAttrBase<
    And<[IsArrayAttrPred,
         Concat<"::llvm::all_of(::llvm::cast<::mlir::ArrayAttr>($_self), "
                # "[&](::mlir::Attribute attr) { return attr && (",
                SubstLeaves<"$_self", "attr", element.predicate>,
                "); })">]>,
    summary> {
  Attr elementAttr = element;
}

def I32ArrayAttr : TypedArrayAttrBase<I32Attr, "32-bit integer array attribute">;
def I64ArrayAttr : TypedArrayAttrBase<I64Attr, "64-bit integer array attribute">;
def F32ArrayAttr : TypedArrayAttrBase<F32Attr, "32-bit float array attribute">;
def F64ArrayAttr : TypedArrayAttrBase<F64Attr, "64-bit float array attribute">;
def BoolArrayAttr : TypedArrayAttrBase<BoolAttr, "1-bit boolean array attribute">;
def StrArrayAttr : TypedArrayAttrBase<StrAttr, "string array attribute">;
def TypeArrayAttr : TypedArrayAttrBase<TypeAttr, "type array attribute">;
def DictArrayAttr : TypedArrayAttrBase<DictionaryAttr, "Array of dictionary attributes">;
def SymbolRefArrayAttr : TypedArrayAttrBase<SymbolRefAttr, "symbol ref array attribute">;
def FlatSymbolRefArrayAttr
    : TypedArrayAttrBase<FlatSymbolRefAttr, "flat symbol ref array attribute">;

// Packed array of scalars (`array<i64: 1, 2>`), stored as raw bytes.
class DenseArrayAttrBase<string denseAttrName, string cppType,
                         string summaryName> :
    Attr<CPred<"::llvm::isa<::mlir::" # denseAttrName # ">($_self)">,
         summaryName # " dense array attribute"> {
  let storageType = "::mlir::" # denseAttrName;
  let returnType = "::llvm::ArrayRef<" # cppType # ">";
  let convertFromStorage = "$_self";
  let constBuilderCall = "$_builder.get" # denseAttrName # "($0)";
  // Element kind for generators: bool, i8, i16, i32, i64, f32, f64.
  string elementKind = summaryName;
}

def DenseBoolArrayAttr : DenseArrayAttrBase<"DenseBoolArrayAttr", "bool", "i1">;
def DenseI8ArrayAttr : DenseArrayAttrBase<"DenseI8ArrayAttr", "int8_t", "i8">;
def DenseI16ArrayAttr : DenseArrayAttrBase<"DenseI16ArrayAttr", "int16_t", "i16">;
def DenseI32ArrayAttr : DenseArrayAttrBase<"DenseI32ArrayAttr", "int32_t", "i32">;
def DenseI64ArrayAttr : DenseArrayAttrBase<"DenseI64ArrayAttr", "int64_t", "i64">;
def DenseF32ArrayAttr : DenseArrayAttrBase<"DenseF32ArrayAttr", "float", "f32">;
def DenseF64ArrayAttr : DenseArrayAttrBase<"DenseF64ArrayAttr", "double", "f64">;

//===----------------------------------------------------------------------===//
// Elements (tensor constants)
//===----------------------------------------------------------------------===//

class ElementsAttrBase<Pred condition, string summary> :
    Attr<condition, summary> {
  let storageType = "::mlir::ElementsAttr";
  let returnType = "::mlir::ElementsAttr";
  let convertFromStorage = "$_self";
}

// Any constant tensor payload: dense, dense resource, sparse, splat.
def ElementsAttr
    : ElementsAttrBase<CPred<"::llvm::isa<::mlir::ElementsAttr>($_self)">,
                       "constant vector/tensor attribute">;

def AnyDenseElementsAttr
    : ElementsAttrBase<CPred<"::llvm::isa<::mlir::DenseElementsAttr>($_self)">,
                       "constant vector/tensor attribute"> {
  let storageType = "::mlir::DenseElementsAttr";
  let returnType = "::mlir::DenseElementsAttr";
}

// Dense integer elements whose element type is a `width`-bit signless integer.
class IntElementsAttrBase<int width> : ElementsAttrBase<
    And<[CPred<"::llvm::isa<::mlir::DenseIntElementsAttr>($_self)">,
         CPred<"::llvm::cast<::mlir::DenseIntElementsAttr>($_self).getType()"
               # ".getElementType().isSignlessInteger(" # width # ")">]>,
    width # "-bit signless integer elements attribute"> {
  let storageType = "::mlir::DenseIntElementsAttr";
  let returnType = "::mlir::DenseIntElementsAttr";
  let constBuilderCall = "::llvm::cast<::mlir::DenseIntElementsAttr>("
      # "::mlir::DenseElementsAttr::get(::mlir::RankedTensorType::get({}, "
      # "$_builder.getIntegerType(" # width # ")), ::llvm::ArrayRef($0)))";
  int bitwidth = width;
}
def I32ElementsAttr : IntElementsAttrBase<32>;
def I64ElementsAttr : IntElementsAttrBase<64>;

class FloatElementsAttr<int width> : ElementsAttrBase<
    And<[CPred<"::llvm::isa<::mlir::DenseFPElementsAttr>($_self)">,
         CPred<"::llvm::cast<::mlir::DenseElementsAttr>($_self).getType()"
               # ".getElementType().isF" # width # "()">]>,
    width # "-bit float elements attribute"> {
  let storageType = "::mlir::DenseElementsAttr";
  let returnType = "::mlir::DenseElementsAttr";
  int bitwidth = width;
}
def F32ElementsAttr : FloatElementsAttr<32>;

// Dense elements of i1 (`dense<[true, false]> : tensor<2xi1>`).
def BoolElementsAttr : ElementsAttrBase<
    And<[CPred<"::llvm::isa<::mlir::DenseIntElementsAttr>($_self)">,
         CPred<"::llvm::cast<::mlir::DenseIntElementsAttr>($_self).getType()"
               # ".getElementType().isSignlessInteger(1)">]>,
    "constant boolean vector/tensor attribute"> {
  let storageType = "::mlir::DenseElementsAttr";
  let returnType = "::mlir::DenseElementsAttr";
}

// Dense elements of index type (layouts: `dense<[1, 0]> : tensor<2xindex>`).
def IndexElementsAttr : ElementsAttrBase<
    And<[CPred<"::llvm::isa<::mlir::DenseIntElementsAttr>($_self)">,
         CPred<"::llvm::cast<::mlir::DenseIntElementsAttr>($_self).getType()"
               # ".getElementType().isIndex()">]>,
    "index elements attribute"> {
  let storageType = "::mlir::DenseIntElementsAttr";
  let returnType = "::mlir::DenseIntElementsAttr";
}
def F64ElementsAttr : FloatElementsAttr<64>;

//===----------------------------------------------------------------------===//
// Constraints to combine with ConfinedAttr
//===----------------------------------------------------------------------===//

class IntMinValue<int n> : AttrConstraint<
    CPred<"::llvm::cast<::mlir::IntegerAttr>($_self).getInt() >= " # n>,
    "whose minimum value is " # n> {
  int minValue = n;
}

class IntMaxValue<int n> : AttrConstraint<
    CPred<"::llvm::cast<::mlir::IntegerAttr>($_self).getInt() <= " # n>,
    "whose maximum value is " # n> {
  int maxValue = n;
}

def IntNonNegative : AttrConstraint<
    CPred<"!::llvm::cast<::mlir::IntegerAttr>($_self).getValue().isNegative()">,
    "whose value is non-negative">;

def IntPositive : AttrConstraint<
    CPred<"::llvm::cast<::mlir::IntegerAttr>($_self).getValue().isStrictlyPositive()">,
    "whose value is positive">;

class ArrayMinCount<int n> : AttrConstraint<
    CPred<"::llvm::cast<::mlir::ArrayAttr>($_self).size() >= " # n>,
    "with at least " # n # " elements"> {
  int minCount = n;
}

class ArrayCount<int n> : AttrConstraint<
    CPred<"::llvm::cast<::mlir::ArrayAttr>($_self).size() == " # n>,
    "with exactly " # n # " elements"> {
  int count = n;
}

class DenseArrayCount<int n> : AttrConstraint<
    CPred<"::llvm::cast<::mlir::DenseArrayAttr>($_self).size() == " # n>,
    "with exactly " # n # " elements"> {
  int count = n;
}

class DenseArrayMinCount<int n> : AttrConstraint<
    CPred<"::llvm::cast<::mlir::DenseArrayAttr>($_self).size() >= " # n>,
    "with at least " # n # " elements"> {
  int minCount = n;
}

// Every element of a DenseArrayAttr compares with 0 as `op` says.
class DenseArrayElementsCompare<string op, string what> : AttrConstraint<
    CPred<"::llvm::all_of(::llvm::cast<::mlir::DenseI64ArrayAttr>($_self).asArrayRef(), "
          # "[](int64_t v) { return v " # op # " 0; })">,
    "whose elements are " # what> {
  string comparison = op;
}
def DenseArrayStrictlyPositive : DenseArrayElementsCompare<">", "positive">;
def DenseArrayNonNegative : DenseArrayElementsCompare<">=", "non-negative">;

// The elements are in strictly increasing order.
def DenseArrayStrictlySorted : AttrConstraint<
    CPred<"::llvm::is_sorted(::llvm::cast<::mlir::DenseI64ArrayAttr>($_self).asArrayRef(), "
          # "[](int64_t a, int64_t b) { return a < b; })">,
    "whose elements are strictly increasing">;

#endif // MLIRBUILD_BASE_ATTRS
