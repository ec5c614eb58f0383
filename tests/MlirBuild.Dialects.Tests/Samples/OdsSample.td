// A small dialect written once and compiled twice: against upstream MLIR's ODS
// (-DUPSTREAM, -I /usr/lib/llvm-22/include) and against our base library
// (-I src/MlirBuild.Dialects/Td). The ODS backends must produce the same
// declarations and documentation from both: that is what "ODS-compatible" means.
#ifdef UPSTREAM
include "mlir/IR/OpBase.td"
include "mlir/IR/EnumAttr.td"
include "mlir/IR/AttrTypeBase.td"
include "mlir/Interfaces/ControlFlowInterfaces.td"
include "mlir/Interfaces/SideEffectInterfaces.td"
include "mlir/Interfaces/InferTypeOpInterface.td"
#else
include "MlirBuildBase.td"
#endif

def S_Dialect : Dialect {
  let name = "sample";
  let cppNamespace = "::sample";
  let summary = "A sample dialect";
  let description = "Exercises the parts of ODS our specs use.";
  let useDefaultAttributePrinterParser = 1;
  let useDefaultTypePrinterParser = 1;
}

def S_Direction : I32EnumAttr<"Direction", "comparison direction", [
  I32EnumAttrCase<"EQ", 0>, I32EnumAttrCase<"NE", 1>, I32EnumAttrCase<"LT", 2, "less">
]> {
  let genSpecializedAttr = 0;
  let cppNamespace = "::sample";
}
def S_DirectionAttr : EnumAttr<S_Dialect, S_Direction, "direction">;

def S_Flags : I32BitEnumAttr<"Flags", "flags", [
  I32BitEnumAttrCaseNone<"none">, I32BitEnumAttrCaseBit<"a", 0>, I32BitEnumAttrCaseBit<"b", 1>
]> {
  let genSpecializedAttr = 0;
  let cppNamespace = "::sample";
}

def S_Token : TypeDef<S_Dialect, "Token"> {
  let mnemonic = "token";
  let summary = "a token";
}

def S_Window : AttrDef<S_Dialect, "Window"> {
  let mnemonic = "window";
  let summary = "window shape";
  let parameters = (ins "int64_t":$rank, ArrayRefParameter<"int64_t">:$sizes,
                        OptionalParameter<"::mlir::Type">:$elementType);
  let assemblyFormat = "`<` struct(params) `>`";
}

def S_AddOp : Op<S_Dialect, "add", [Pure, Commutative, SameOperandsAndResultType]> {
  let summary = "elementwise addition";
  let description = "Adds two tensors.";
  let arguments = (ins TensorOf<[I32, F32, Complex<F32>]>:$lhs, AnyTensor:$rhs,
                       OptionalAttr<I64Attr>:$x,
                       DefaultValuedAttr<BoolAttr, "false">:$flag,
                       DenseI64ArrayAttr:$dims, S_DirectionAttr:$dir,
                       ConfinedAttr<I64Attr, [IntMinValue<0>]>:$k,
                       OptionalAttr<S_Window>:$window, UnitAttr:$u,
                       DefaultValuedOptionalAttr<F32Attr, "1.0">:$scale,
                       OptionalAttr<TypedArrayAttrBase<S_DirectionAttr, "directions">>:$dirs,
                       FlatSymbolRefAttr:$callee, StrAttr:$name, TypeAttr:$ty,
                       ElementsAttr:$value, DenseBoolArrayAttr:$mask);
  let results = (outs AnyTensor:$result);
  let assemblyFormat = "$lhs `,` $rhs attr-dict `:` type($result)";
  let hasFolder = 1;
}

def S_WhileOp : Op<S_Dialect, "while", [RecursiveMemoryEffects, AttrSizedOperandSegments]> {
  let arguments = (ins Variadic<AnyType>:$a, Variadic<AnyRankedTensor>:$b, Optional<S_Token>:$tok);
  let results = (outs Variadic<AnyType>:$results);
  let regions = (region SizedRegion<1>:$cond, AnyRegion:$body, VariadicRegion<AnyRegion>:$rest);
  let hasCustomAssemblyFormat = 1;
  let hasVerifier = 1;
}

def S_SortOp : Op<S_Dialect, "sort", [SameVariadicOperandSize, InferTensorType]> {
  let arguments = (ins Variadic<TensorRankOf<[AnyInteger], [1, 2]>>:$keys,
                       Variadic<TupleOf<[AnyTensor, S_Token]>>:$values);
  let results = (outs Variadic<AnyTensor>);
}

def S_ReturnOp : Op<S_Dialect, "return", [Pure, Terminator, ReturnLike, HasParent<"WhileOp">]> {
  let arguments = (ins Variadic<AnyType>:$results);
  let assemblyFormat = "$results attr-dict (`:` type($results)^)?";
}
