//===- TestDialect.td - a dialect exercising the C# generator ---*- tablegen -*-===//
//
// Each op covers one shape the generator must handle: fixed operands, inferred
// result types, optional and variadic groups with ODS's segment rules, enum,
// default-valued, unit and dense-array attributes, regions and successors.
//
//===----------------------------------------------------------------------===//

include "MlirBuildBase.td"

def Test_Dialect : Dialect {
  let name = "test";
  let cppNamespace = "::mlir::test";
  let summary = "Ops that exercise the generator.";
}

class Test_Op<string mnemonic, list<Trait> traits = []>
    : Op<Test_Dialect, mnemonic, traits>;

def Test_Mode : I32EnumAttr<"Mode", "a mode", [
    I32EnumAttrCase<"fast", 0>,
    I32EnumAttrCase<"exact", 1, "EXACT">
  ]> {
  let cppNamespace = "::mlir::test";
}

def Test_AddOp : Test_Op<"add", [Pure, SameOperandsAndResultType]> {
  let summary = "adds two values";
  let description = [{
    Adds `lhs` and `rhs`.
  }];
  let arguments = (ins AnyTypeOf<[I32, F32]>:$lhs, AnyTypeOf<[I32, F32]>:$rhs,
                       DefaultValuedAttr<Test_Mode, "::mlir::test::Mode::fast">:$mode);
  let results = (outs AnyTypeOf<[I32, F32]>:$result);
  let assemblyFormat = "$lhs `,` $rhs attr-dict `:` type($result)";
}

def Test_SegmentsOp : Test_Op<"segments", [AttrSizedOperandSegments]> {
  let summary = "operand groups sized by an attribute";
  let arguments = (ins Variadic<Index>:$first, Optional<I1>:$flag,
                       Variadic<TensorOf<[F32]>>:$second,
                       OptionalAttr<StrAttr>:$label, UnitAttr:$marked,
                       DenseI64ArrayAttr:$sizes);
  let results = (outs Variadic<AnyType>:$outputs);
}

def Test_SameSizeOp : Test_Op<"same_size", [SameVariadicOperandSize]> {
  let summary = "two variadic groups of equal size";
  let arguments = (ins Variadic<AnyType>:$a, I64:$pivot, Variadic<AnyType>:$b,
                       I64Attr:$count);
}

def Test_BranchOp : Test_Op<"branch", [Terminator]> {
  let summary = "branches with operands";
  let arguments = (ins I1:$condition, Variadic<AnyType>:$forwarded);
  let successors = (successor AnySuccessor:$then, AnySuccessor:$else);
}

def Test_RegionOp : Test_Op<"region", [SingleBlock, NoTerminator]> {
  let summary = "holds a body and more regions";
  let arguments = (ins F32Attr:$scale, OptionalAttr<BoolAttr>:$flag, TypeAttr:$kind);
  let regions = (region SizedRegion<1>:$body, VariadicRegion<AnyRegion>:$others);
}

//===----------------------------------------------------------------------===//
// Attributes and types: enum attributes in both spellings, a struct with
// optional and default-valued parameters, keywords, a custom directive, a
// hand-written assembly and a parameterless type.
//===----------------------------------------------------------------------===//

def Test_Level : I32EnumAttr<"Level", "a level", [
    I32EnumAttrCase<"LOW", 0>, I32EnumAttrCase<"HIGH", 1>]> {
  let genSpecializedAttr = 0;
  let cppNamespace = "::mlir::test";
}

// `#test<mode EXACT>`: the default `$value` format is not a pretty name.
def Test_ModeAttr : EnumAttr<Test_Dialect, Test_Mode, "mode">;

// `#test.level<HIGH>`
def Test_LevelAttr : EnumAttr<Test_Dialect, Test_Level, "level"> {
  let assemblyFormat = "`<` $value `>`";
}

def Test_PairAttr : AttrDef<Test_Dialect, "Pair"> {
  let mnemonic = "pair";
  let summary = "a struct of assorted parameters";
  let parameters = (ins "int64_t":$first,
                        DefaultValuedParameter<"int64_t", "7">:$second,
                        "::mlir::Type":$elem,
                        StringRefParameter<"a label">:$label,
                        DefaultValuedParameter<"bool", "false">:$flag,
                        APFloatParameter<"a scale">:$scale,
                        EnumParameter<Test_Level>:$level);
  let assemblyFormat = "`<` struct(params) `>`";
}

def Test_RangeAttr : AttrDef<Test_Dialect, "Range"> {
  let mnemonic = "range";
  let parameters = (ins "int64_t":$low, "int64_t":$high);
  let assemblyFormat = "`<` $low `to` $high `>`";
}

def Test_CustomAttr : AttrDef<Test_Dialect, "Custom"> {
  let mnemonic = "custom";
  let parameters = (ins "int64_t":$n);
  let hasCustomAssemblyFormat = 1;
}

def Test_TokenType : TypeDef<Test_Dialect, "Token"> {
  let mnemonic = "token";
}

def Test_BoxType : TypeDef<Test_Dialect, "Box"> {
  let mnemonic = "box";
  let parameters = (ins "::mlir::Type":$element, ArrayRefParameter<"int64_t">:$sizes);
  let assemblyFormat = "`<` $element `,` custom<Sizes>($sizes) `>`";
}

def Test_ListType : TypeDef<Test_Dialect, "List"> {
  let mnemonic = "list";
  let parameters = (ins ArrayRefParameter<"::mlir::Type">:$types);
  let assemblyFormat = "`<` $types `>`";
}

def Test_UsePairOp : Test_Op<"use_pair"> {
  let summary = "takes dialect attributes";
  let arguments = (ins Test_PairAttr:$pair, Test_LevelAttr:$level,
                       OptionalAttr<Test_RangeAttr>:$range);
}
