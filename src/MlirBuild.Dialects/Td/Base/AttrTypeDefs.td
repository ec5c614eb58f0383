//===- AttrTypeDefs.td - dialect attributes and types -------*- tablegen -*-===//
//
// AttrDef and TypeDef declare a dialect's own attributes (`#stablehlo.conv<..>`)
// and types (`!stablehlo.token`): their parameters, mnemonic and textual form.
// Field names follow ODS; a def is also usable as an op argument / operand
// constraint (AttrDef is an Attr, TypeDef is a Type).
//
//===----------------------------------------------------------------------===//

#ifndef MLIRBUILD_BASE_ATTRTYPEDEFS
#define MLIRBUILD_BASE_ATTRTYPEDEFS

include "Base/Attrs.td"
include "Base/Dialect.td"
include "Base/Traits.td"

// A type constraint that belongs to a dialect.
class DialectType<Dialect d, Pred condition, string descr = "",
                  string cppType = "::mlir::Type">
    : Type<condition, descr, cppType> {
  Dialect dialect = d;
}

// An attribute constraint that belongs to a dialect.
class DialectAttr<Dialect d, Pred condition, string summary = "">
    : Attr<condition, summary> {
  Dialect dialect = d;
  let cppNamespace = d.cppNamespace;
}

//===----------------------------------------------------------------------===//
// Parameters
//===----------------------------------------------------------------------===//

// One parameter of an attribute or type. `type` is the C++ type it is stored
// as; generators map the common ones ("int64_t", "bool", "::llvm::StringRef",
// "Type", "::llvm::ArrayRef<int64_t>", "APFloat", ...) to their own types.
class AttrOrTypeParameter<string type, string desc, string accessorType = ""> {
  code allocator = ?;
  code comparator = ?;
  string cppType = type;
  string cppAccessorType = !if(!empty(accessorType), type, accessorType);
  string cppStorageType = cppType;
  code convertFromStorage = "$_self";
  string summary = desc;
  // Syntax shown in documentation, and custom parse/print code.
  string syntax = ?;
  code parser = ?;
  code printer = ?;
  // Value of an omitted optional parameter (C++ expression); empty: required.
  code defaultValue = "";
}
class AttrParameter<string type, string desc, string accessorType = "">
    : AttrOrTypeParameter<type, desc, accessorType>;
class TypeParameter<string type, string desc, string accessorType = "">
    : AttrOrTypeParameter<type, desc, accessorType>;

class StringRefParameter<string desc = "", string value = "">
    : AttrOrTypeParameter<"::llvm::StringRef", desc> {
  let allocator = [{$_dst = $_allocator.copyInto($_self);}];
  let printer = [{$_printer.printString($_self);}];
  let cppStorageType = "std::string";
  let defaultValue = value;
}

class APFloatParameter<string desc>
    : AttrOrTypeParameter<"::llvm::APFloat", desc> {
  let comparator = "$_lhs.bitwiseIsEqual($_rhs)";
}

// A list of `arrayOf` values, printed comma separated.
class ArrayRefParameter<string arrayOf, string desc = "">
    : AttrOrTypeParameter<"::llvm::ArrayRef<" # arrayOf # ">", desc> {
  let allocator = [{$_dst = $_allocator.copyInto($_self);}];
  let cppStorageType = "::llvm::SmallVector<" # arrayOf # ">";
  string elementType = arrayOf;
}

// A list parameter that may be omitted (then empty).
class OptionalArrayRefParameter<string arrayOf, string desc = "">
    : ArrayRefParameter<arrayOf, desc> {
  let defaultValue = cppStorageType # "()";
}

// A parameter that may be omitted in the text (then it has its default).
class OptionalParameter<string type, string desc = "">
    : AttrOrTypeParameter<type, desc> {
  let defaultValue = cppStorageType # "()";
}

class DefaultValuedParameter<string type, string value, string desc = "">
    : AttrOrTypeParameter<type, desc> {
  let defaultValue = value;
}

// A parameter whose value is an attribute satisfying `attr`.
class AttributeSelfTypeParameter<string desc,
                                 string derivedType = "::mlir::Type">
    : AttrOrTypeParameter<derivedType, desc>;

class AttrOrTypeBuilder<dag parameters, code bodyCode = "",
                        string returnTypeStr = ""> {
  dag dagParams = parameters;
  code body = bodyCode;
  string returnType = returnTypeStr;
  bit hasInferredContextParam = 0;
}
class AttrBuilder<dag parameters, code bodyCode = "", string returnType = "">
    : AttrOrTypeBuilder<parameters, bodyCode, returnType>;
class TypeBuilder<dag parameters, code bodyCode = "", string returnType = "">
    : AttrOrTypeBuilder<parameters, bodyCode, returnType>;

//===----------------------------------------------------------------------===//
// AttrDef / TypeDef
//===----------------------------------------------------------------------===//

// What attribute and type definitions share. `valueType` is "Attr" or "Type".
class AttrOrTypeDef<string valueType, string name, list<Trait> defTraits,
                    string baseCppClass> {
  string cppBaseClassName = baseCppClass;
  string description = "";
  string storageClass = name # valueType # "Storage";
  string storageNamespace = "detail";
  bit genStorageClass = 1;
  bit hasStorageCustomConstructor = 0;
  // (ins "int64_t":$size, ArrayRefParameter<"int64_t">:$dims, ...)
  dag parameters = (ins);
  list<AttrOrTypeBuilder> builders = ?;
  list<Trait> traits = defTraits;
  // Keyword after the dialect prefix: `#dialect.mnemonic`.
  string mnemonic = ?;
  // Declarative syntax of the parameters (`<` struct(params) `>`, ...).
  string assemblyFormat = ?;
  // The parameters are parsed/printed by hand-written code instead.
  bit hasCustomAssemblyFormat = 0;
  bit genAccessors = 1;
  bit skipDefaultBuilders = 0;
  bit genVerifyDecl = 0;
  code extraClassDeclaration = [{}];
  code extraClassDefinition = [{}];
  bit genMnemonicAlias = 0;
}

class AttrDef<Dialect dialect, string name, list<Trait> traits = [],
              string baseCppClass = "::mlir::Attribute">
    : DialectAttr<dialect, CPred<"">, "">,
      AttrOrTypeDef<"Attr", name, traits, baseCppClass> {
  string cppClassName = name # "Attr";
  string cppType = dialect.cppNamespace # "::" # cppClassName;
  // The full attribute name, `dialect.mnemonic`.
  string attrName = dialect.name # "." # mnemonic;
  let predicate = CPred<"::llvm::isa<" # cppType # ">($_self)">;
  let storageType = dialect.cppNamespace # "::" # cppClassName;
  let returnType = dialect.cppNamespace # "::" # cppClassName;
  let convertFromStorage = "::llvm::cast<" # cppType # ">($_self)";
}

class TypeDef<Dialect dialect, string name, list<Trait> traits = [],
              string baseCppClass = "::mlir::Type">
    : DialectType<dialect, CPred<"">, "">,
      AttrOrTypeDef<"Type", name, traits, baseCppClass> {
  string cppClassName = name # "Type";
  let cppType = dialect.cppNamespace # "::" # cppClassName;
  // The full type name, `dialect.mnemonic`.
  string typeName = dialect.name # "." # mnemonic;
  let predicate = CPred<"::llvm::isa<" # cppType # ">($_self)">;
  let builderCall = !if(!empty(parameters),
                        "$_builder.getType<" # cppType # ">()", "");
}

#endif // MLIRBUILD_BASE_ATTRTYPEDEFS
