//===- FormatDialect.td - ops exercising compiled assembly formats -*- tablegen -*-===//
//
// Optional groups (unit, optional and default-valued attribute anchors, an else
// group), spacing literals and custom directives with and without hand-written
// hooks.
//
//===----------------------------------------------------------------------===//

include "MlirBuildBase.td"

def Fmt_Dialect : Dialect {
  let name = "fmt";
  let cppNamespace = "::mlir::fmt";
}

class Fmt_Op<string mnemonic, list<Trait> traits = []> : Op<Fmt_Dialect, mnemonic, traits>;

def Fmt_OptOp : Fmt_Op<"opt", [SameOperandsAndResultType]> {
  let arguments = (ins I32:$a, Optional<I32>:$b, UnitAttr:$flag, OptionalAttr<I64Attr>:$count,
                       DefaultValuedAttr<I64Attr, "3">:$level);
  let results = (outs I32:$r);
  let assemblyFormat = "$a (`,` $b^)? (`flag` $flag^)? (`count` `=` $count^)? attr-dict `:` type($r)";
}

def Fmt_ElseOp : Fmt_Op<"else"> {
  let arguments = (ins Variadic<I32>:$xs);
  let assemblyFormat = "($xs^ `:` type($xs)):(`(` `)`)? attr-dict";
}

def Fmt_CustOp : Fmt_Op<"cust", [SameOperandsAndResultType]> {
  let arguments = (ins I32:$a, I64Attr:$n);
  let results = (outs I32:$r);
  let assemblyFormat = "custom<Pair>($a, $n) attr-dict `:` type($r)";
}

def Fmt_NoCustOp : Fmt_Op<"nocust", [SameOperandsAndResultType]> {
  let arguments = (ins I32:$a);
  let results = (outs I32:$r);
  let assemblyFormat = "custom<Missing>($a) attr-dict `:` type($r)";
}

def Fmt_SpaceOp : Fmt_Op<"space", [SameOperandsAndResultType]> {
  let arguments = (ins I32:$a, I64Attr:$n);
  let results = (outs I32:$r);
  let assemblyFormat = "$a `` `,` `[` $n `]` ` ` `x` attr-dict `:` type($r)";
}
