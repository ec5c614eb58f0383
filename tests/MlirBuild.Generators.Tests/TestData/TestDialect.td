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
