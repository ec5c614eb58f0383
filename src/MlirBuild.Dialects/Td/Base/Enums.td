//===- Enums.td - enumerations and enum attributes ----------*- tablegen -*-===//
//
// Enumerations with ODS's names. An enum is a list of cases (symbol, integer
// value, spelling). It is used either as an integer attribute restricted to
// the case values (I32EnumAttr with genSpecializedAttr = 0) or, more commonly
// in our dialects, wrapped by EnumAttr into a dialect attribute printed as
// `#dialect<mnemonic CASE>` (e.g. `#stablehlo<comparison_direction EQ>`).
//
//===----------------------------------------------------------------------===//

#ifndef MLIRBUILD_BASE_ENUMS
#define MLIRBUILD_BASE_ENUMS

include "Base/AttrTypeDefs.td"

// One case: C++/C# symbol, integer value, textual spelling, storage width.
class EnumCase<string sym, int intVal, string strVal, int widthVal> {
  string symbol = sym;
  int value = intVal;
  string str = strVal;
  int width = widthVal;
}

// A case that is also an integer attribute constraint (equal to its value).
class IntEnumAttrCaseBase<I intType, string sym, string strVal, int intVal>
    : EnumCase<sym, intVal, strVal, intType.bitwidth>,
      SignlessIntegerAttrBase<intType, "case " # strVal> {
  let predicate = CPred<"::llvm::cast<::mlir::IntegerAttr>($_self).getValue().eq(::llvm::APInt("
                        # intType.bitwidth # ", " # intVal # "))">;
}

class I32EnumAttrCase<string sym, int val, string str = sym>
    : IntEnumAttrCaseBase<I32, sym, str, val>;
class I64EnumAttrCase<string sym, int val, string str = sym>
    : IntEnumAttrCaseBase<I64, sym, str, val>;
// Same as I32EnumAttrCase; the spelling defaults to the symbol.
class I32EnumCase<string sym, int val, string str = sym>
    : I32EnumAttrCase<sym, val, str>;

// A bit-flag case: `val` is the mask (one bit, no bit, or a group of bits).
class BitEnumCaseBase<string sym, int val, string str, int width>
    : EnumCase<sym, val, str, width>;
class BitEnumAttrCaseBase<I intType, string sym, int val, string str = sym>
    : BitEnumCaseBase<sym, val, str, intType.bitwidth>,
      SignlessIntegerAttrBase<intType, "case " # str>;
class I32BitEnumAttrCase<string sym, int val, string str = sym>
    : BitEnumAttrCaseBase<I32, sym, val, str>;
class I64BitEnumAttrCase<string sym, int val, string str = sym>
    : BitEnumAttrCaseBase<I64, sym, val, str>;
class I32BitEnumAttrCaseNone<string sym, string str = sym>
    : I32BitEnumAttrCase<sym, 0, str>;
class BitEnumAttrCaseBit<I intType, string sym, int pos, string str = sym>
    : BitEnumAttrCaseBase<intType, sym, !shl(1, pos), str> {
  assert !and(!ge(pos, 0), !lt(pos, intType.bitwidth)),
      "bit " # pos # " does not fit in " # intType.bitwidth # " bits";
}
class I32BitEnumAttrCaseBit<string sym, int pos, string str = sym>
    : BitEnumAttrCaseBit<I32, sym, pos, str>;
class I64BitEnumAttrCaseBit<string sym, int pos, string str = sym>
    : BitEnumAttrCaseBit<I64, sym, pos, str>;
class BitEnumAttrCaseGroup<I intType, string sym, list<BitEnumCaseBase> cases,
                           string str = sym>
    : BitEnumAttrCaseBase<intType, sym,
                          !foldl(0, cases, acc, c, !or(acc, c.value)), str>;
class I32BitEnumAttrCaseGroup<string sym, list<BitEnumCaseBase> cases,
                              string str = sym>
    : BitEnumAttrCaseGroup<I32, sym, cases, str>;

// The enumeration itself; `className` names the generated C++/C# enum.
class EnumInfo<string name, string summaryValue, list<EnumCase> cases,
               int width> {
  string summary = summaryValue;
  string description = "Enum cases:\n" # !interleave(
      !foreach(c, cases, "* " # c.str # " (`" # c.symbol # "`)"), "\n");
  string cppNamespace = "";
  string className = name;
  string cppType = cppNamespace # "::" # className;
  list<EnumCase> enumerants = cases;
  int bitwidth = width;
  string underlyingType = "uint" # width # "_t";
  string underlyingToSymbolFnName = "symbolize" # name;
  string stringToSymbolFnName = "symbolize" # name;
  string symbolToStringFnName = "stringify" # name;
  string symbolToStringFnRetType = "::llvm::StringRef";
  string maxEnumValFnName = "getMaxEnumValFor" # name;
}

// An enumeration usable directly as an attribute constraint. With
// `genSpecializedAttr` set, a dedicated attribute class holds the value.
class EnumAttrInfo<string name, list<EnumCase> cases, Attr baseClass>
    : EnumInfo<name, baseClass.summary, cases,
               !cast<I>(baseClass.valueType).bitwidth>,
      Attr<baseClass.predicate, baseClass.summary> {
  let description = "";
  bit genSpecializedAttr = 1;
  Attr baseAttrClass = baseClass;
  string specializedAttrClassName = name # "Attr";
  let predicate = !if(genSpecializedAttr,
      CPred<"::llvm::isa<" # cppNamespace # "::" # specializedAttrClassName
            # ">($_self)">,
      baseAttrClass.predicate);
  let storageType = !if(genSpecializedAttr,
      cppNamespace # "::" # specializedAttrClassName,
      baseAttrClass.storageType);
  let returnType = !if(genSpecializedAttr,
      cppNamespace # "::" # className, baseAttrClass.returnType);
  let constBuilderCall = !if(genSpecializedAttr,
      cppNamespace # "::" # specializedAttrClassName
          # "::get($_builder.getContext(), $0)",
      baseAttrClass.constBuilderCall);
  let valueType = baseAttrClass.valueType;
  // How an EnumParameter of this enum is parsed and printed: a bare keyword.
  code parameterParser = [{[&]() -> ::mlir::FailureOr<}] # cppType # [{> {
    auto loc = $_parser.getCurrentLocation();
    std::string keyword;
    if (::mlir::failed($_parser.parseKeywordOrString(&keyword)))
      return ::mlir::failure();
    if (auto value = }] # cppNamespace # "::" # stringToSymbolFnName # [{(keyword))
      return *value;
    return {(::llvm::LogicalResult)($_parser.emitError(loc)
        << "expected }] # className # [{ keyword")};
  }()}];
  code parameterPrinter = "$_printer << " # symbolToStringFnName # "($_self)";
}

// The integer attribute admitting exactly the case values.
class IntEnumAttrBase<I intType, list<IntEnumAttrCaseBase> cases,
                      string summary>
    : SignlessIntegerAttrBase<intType, summary> {
  let predicate = And<[SignlessIntegerAttrBase<intType, summary>.predicate,
                       Or<!foreach(c, cases, c.predicate)>]>;
}

class IntEnumAttr<I intType, string name, string summary,
                  list<IntEnumAttrCaseBase> cases>
    : EnumAttrInfo<name, cases,
        IntEnumAttrBase<intType, cases,
          !if(!empty(summary),
              "allowed " # intType.summary # " cases: "
                  # !interleave(!foreach(c, cases, c.value), ", "),
              summary)>>;

class I32EnumAttr<string name, string summary, list<I32EnumAttrCase> cases>
    : IntEnumAttr<I32, name, summary, cases> {
  let underlyingType = "uint32_t";
}
class I64EnumAttr<string name, string summary, list<I64EnumAttrCase> cases>
    : IntEnumAttr<I64, name, summary, cases> {
  let underlyingType = "uint64_t";
}

// What every bit enum carries: the mask of valid bits and how a set of
// flags is spelled (`a|b`, or `a, b` with separator ",").
class BitEnumBase<list<BitEnumCaseBase> cases> {
  int validBits = !foldl(0, cases, acc, c, !or(acc, c.value));
  string separator = "|";
  // Print a group case instead of its members when all of them are set.
  bit printBitEnumPrimaryGroups = 0;
  // Quote the printed flags (`"a|b"`) so they parse as one string.
  bit printBitEnumQuoted = 0;
}

// Integer attribute with no bits outside the cases' masks.
class BitEnumAttrBase<I intType, list<BitEnumCaseBase> cases, string summary>
    : SignlessIntegerAttrBase<intType, summary> {
  let predicate = And<[
    SignlessIntegerAttrBase<intType, summary>.predicate,
    CPred<"!(::llvm::cast<::mlir::IntegerAttr>($_self).getValue().getZExtValue() & (~("
          # !interleave(!foreach(c, cases, c.value # "u"), "|") # ")))">]>;
}

// Bit flags: a value is any OR of case masks.
class BitEnumAttr<I intType, string name, string summary,
                  list<BitEnumCaseBase> cases>
    : EnumAttrInfo<name, cases, BitEnumAttrBase<intType, cases, summary>>,
      BitEnumBase<cases> {
  let symbolToStringFnRetType = "std::string";
  string parseSeparatorFn = !if(!ge(!find(separator, "|"), 0),
                                "parseOptionalVerticalBar",
                                "parseOptionalComma");
  let parameterParser = [{[&]() -> ::mlir::FailureOr<}] # cppType # [{> {
    }] # cppType # [{ flags = {};
    auto loc = $_parser.getCurrentLocation();
    do {
      std::string keyword;
      if (::mlir::failed($_parser.parseKeywordOrString(&keyword)))
        return ::mlir::failure();
      auto flag = }] # cppNamespace # "::" # stringToSymbolFnName # [{(keyword);
      if (!flag)
        return {(::llvm::LogicalResult)($_parser.emitError(loc)
            << "expected }] # className # [{ flag")};
      flags = flags | *flag;
    } while (::mlir::succeeded($_parser.}] # parseSeparatorFn # [{()));
    return flags;
  }()}];
}
class I32BitEnumAttr<string name, string summary,
                     list<BitEnumCaseBase> cases>
    : BitEnumAttr<I32, name, summary, cases> {
  let underlyingType = "uint32_t";
}
class I64BitEnumAttr<string name, string summary,
                     list<BitEnumCaseBase> cases>
    : BitEnumAttr<I64, name, summary, cases> {
  let underlyingType = "uint64_t";
}

// An AttrDef/TypeDef parameter holding an enum value.
class EnumParameter<EnumInfo enumInfo>
    : AttrParameter<enumInfo.cppNamespace # "::" # enumInfo.className,
                    "an enum of type " # enumInfo.className> {
  EnumInfo enum = enumInfo;
  let parser = !if(!isa<EnumAttrInfo>(enumInfo),
                   !cast<EnumAttrInfo>(enumInfo).parameterParser, ?);
  let printer = !if(!isa<EnumAttrInfo>(enumInfo),
                    !cast<EnumAttrInfo>(enumInfo).parameterPrinter, ?);
}

// The dialect attribute wrapping an enum: `#dialect<name CASE>`, or with an
// assemblyFormat of "`<` $value `>`": `#dialect<name<CASE>>`.
class EnumAttr<Dialect dialect, EnumInfo enumInfo, string name = "",
               list<Trait> traits = []>
    : AttrDef<dialect, enumInfo.className, traits> {
  EnumInfo enum = enumInfo;
  let summary = enumInfo.summary;
  let description = enumInfo.description;
  let cppClassName = enumInfo.className # "Attr";
  let cppNamespace = enumInfo.cppNamespace;
  let returnType = enumInfo.cppNamespace # "::" # enumInfo.className;
  let convertFromStorage = "$_self.getValue()";
  let constBuilderCall = cppNamespace # "::" # cppClassName
                         # "::get($_builder.getContext(), $0)";
  let parameters = (ins EnumParameter<enumInfo>:$value);
  let mnemonic = name;
  let assemblyFormat = "$value";
}

#endif // MLIRBUILD_BASE_ENUMS
