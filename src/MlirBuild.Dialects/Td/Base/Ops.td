//===- Ops.td - operation definitions -----------------------*- tablegen -*-===//
//
// `Op<Dialect, mnemonic, traits>` declares an operation: its operands and
// attributes (`arguments = (ins ...)`), results (`(outs ...)`), regions,
// successors, textual form and hooks. Field names are ODS's.
//
//===----------------------------------------------------------------------===//

#ifndef MLIRBUILD_BASE_OPS
#define MLIRBUILD_BASE_OPS

include "Base/AttrTypeDefs.td"

//===----------------------------------------------------------------------===//
// Regions and successors
//===----------------------------------------------------------------------===//

class Region<Pred condition, string descr = "">
    : RegionConstraint<condition, descr>;

def AnyRegion : Region<CPred<"true">, "any region">;

// A region with exactly `numBlocks` blocks.
class SizedRegion<int numBlocks>
    : Region<CPred<"::llvm::hasNItems($_self, " # numBlocks # ")">,
             "region with " # numBlocks # " blocks"> {
  int blocks = numBlocks;
}

// A region with at most `numBlocks` blocks.
class MaxSizedRegion<int numBlocks>
    : Region<CPred<"::llvm::hasNItemsOrLess($_self, " # numBlocks # ")">,
             "region with at most " # numBlocks # " blocks"> {
  int maxBlocks = numBlocks;
}

// Any number of regions, each satisfying `region`.
class VariadicRegion<Region region>
    : Region<region.predicate, region.summary> {
  Region baseRegion = region;
}

class Successor<Pred condition, string descr = "">
    : SuccessorConstraint<condition, descr>;

def AnySuccessor : Successor<CPred<"true">, "any successor">;

class VariadicSuccessor<Successor successor>
    : Successor<successor.predicate, successor.summary> {
  Successor baseSuccessor = successor;
}

//===----------------------------------------------------------------------===//
// Op arguments with descriptions
//===----------------------------------------------------------------------===//

// Decorators add facts to an operand or result (e.g. memory effects).
class OpVariableDecorator;

class OpVariable<Constraint varConstraint, string desc = "",
                 list<OpVariableDecorator> varDecorators = []> {
  Constraint constraint = varConstraint;
  string summary = desc;
  list<OpVariableDecorator> decorators = varDecorators;
}
// An operand or attribute with a description: (ins Arg<AnyTensor, "lhs">:$lhs)
class Arg<Constraint constraint, string desc = "",
          list<OpVariableDecorator> decorators = []>
    : OpVariable<constraint, desc, decorators>;
// A result with a description.
class Res<Constraint constraint, string desc = "",
          list<OpVariableDecorator> decorators = []>
    : OpVariable<constraint, desc, decorators>;

//===----------------------------------------------------------------------===//
// Builders, documentation groups, the Op class
//===----------------------------------------------------------------------===//

// An extra builder: (ins "Type":$name, CArg<"int64_t", "0">:$x), body.
class OpBuilder<dag p, code b = ""> {
  dag dagParams = p;
  code body = b;
}
class CArg<string ty, string value = ""> {
  string type = ty;
  string defaultValue = value;
}

// Ops sharing a documentation section.
class OpDocGroup {
  string summary = ?;
  string description = ?;
}

class Op<Dialect dialect, string mnemonic, list<Trait> props = []> {
  Dialect opDialect = dialect;
  // The name after the dialect prefix: `stablehlo.<mnemonic>`.
  string opName = mnemonic;
  string cppNamespace = dialect.cppNamespace;
  string summary = "";
  string description = "";
  OpDocGroup opDocGroup = ?;

  // Operands and inherent attributes, in order: (ins AnyTensor:$lhs, ...).
  dag arguments = (ins);
  // (outs AnyTensor:$result, ...)
  dag results = (outs);
  // (region SizedRegion<1>:$body, ...)
  dag regions = (region);
  // (successor AnySuccessor:$dest, ...)
  dag successors = (successor);

  list<OpBuilder> builders = ?;
  bit skipDefaultBuilders = 0;

  // Declarative syntax; when unset and hasCustomAssemblyFormat is 0 the op
  // uses the generic form `"dialect.op"(...) <{...}> ({...}) : (...) -> ...`.
  string assemblyFormat = ?;
  // The op's syntax is written by hand (a partial parse/print hook).
  bit hasCustomAssemblyFormat = 0;

  // Hand-written verification after the ODS checks, and of the regions.
  bit hasVerifier = 0;
  bit hasRegionVerifier = 0;
  bit hasCanonicalizer = 0;
  bit hasCanonicalizeMethod = 0;
  bit hasFolder = 0;
  bit useCustomPropertiesEncoding = 0;

  list<Trait> traits = props;

  code extraClassDeclaration = ?;
  code extraClassDefinition = ?;
}

#endif // MLIRBUILD_BASE_OPS
