//===- Constraints.td - predicates and constraint roots ----*- tablegen -*-===//
//
// MlirBuild's ODS-compatible base library, part 1: predicates and the roots of
// every constraint kind. Class and field names follow MLIR's ODS so that the ODS
// model (ours in C#, and mlir-tblgen) reads these records the same way.
//
// A predicate is a tree. Leaves are C++ boolean expressions over `$_self`
// (CPred); inner nodes combine them. Our C# generator does not evaluate the C++
// text: it recognises the named constraint classes (TensorOf, I, F, ...) and the
// structured fields they carry. The C++ text is kept so that mlir-tblgen can
// emit working verifiers from the same records.
//
//===----------------------------------------------------------------------===//

#ifndef MLIRBUILD_BASE_CONSTRAINTS
#define MLIRBUILD_BASE_CONSTRAINTS

// Operators of the dags that list an op's parts: (ins ...), (outs ...),
// (region ...), (successor ...).
def ins;
def outs;
def region;
def successor;

// Root of all predicates.
class Pred;

// A leaf predicate: a C++ expression; `$_self` names the checked entity.
class CPred<code pred> : Pred {
  code predExpr = "(" # pred # ")";
}

// The ways inner predicate nodes combine their children.
class PredCombinerKind;
def PredCombinerAnd : PredCombinerKind;
def PredCombinerOr : PredCombinerKind;
def PredCombinerNot : PredCombinerKind;
def PredCombinerSubstLeaves : PredCombinerKind;
def PredCombinerConcat : PredCombinerKind;

class CombinedPred<PredCombinerKind k, list<Pred> c> : Pred {
  PredCombinerKind kind = k;
  list<Pred> children = c;
}

// Every child holds.
class And<list<Pred> children> : CombinedPred<PredCombinerAnd, children>;
// At least one child holds.
class Or<list<Pred> children> : CombinedPred<PredCombinerOr, children>;
// The child does not hold.
class Neg<Pred child> : CombinedPred<PredCombinerNot, [child]>;

// Rewrites every leaf of `child`, replacing the text `pat` by `repl`.
class SubstLeaves<string pat, string repl, Pred child>
    : CombinedPred<PredCombinerSubstLeaves, [child]> {
  string pattern = pat;
  string replacement = repl;
}

// Wraps the text of `child` between `pre` and `suf`.
class Concat<string pre, Pred child, string suf>
    : CombinedPred<PredCombinerConcat, [child]> {
  string prefix = pre;
  string suffix = suf;
}

// Always true; used where a constraint accepts anything.
def TruePred : CPred<"true">;

// Root of all constraints: a predicate plus a one-line summary for messages.
class Constraint<Pred pred, string desc = ""> {
  Pred predicate = pred;
  string summary = desc;
}

// Constraints on types or attributes may be emitted as named C++ functions.
class AttrTypeConstraint<Pred pred, string summary = "",
                         string cppFunctionNameParam = "">
    : Constraint<pred, summary> {
  string cppFunctionName = cppFunctionNameParam;
}

class TypeConstraint<Pred predicate, string summary = "",
                     string cppTypeParam = "::mlir::Type",
                     string cppFunctionNameParam = "">
    : AttrTypeConstraint<predicate, summary, cppFunctionNameParam> {
  // The C++ class a value of this type is cast to in generated accessors.
  string cppType = cppTypeParam;
}

class AttrConstraint<Pred predicate, string summary = "",
                     string cppFunctionNameParam = "">
    : AttrTypeConstraint<predicate, summary, cppFunctionNameParam>;

class RegionConstraint<Pred predicate, string summary = "">
    : Constraint<predicate, summary>;

class SuccessorConstraint<Pred predicate, string summary = "">
    : Constraint<predicate, summary>;

class PropConstraint<Pred predicate, string summary = "",
                     string interfaceTypeParam = "">
    : Constraint<predicate, summary> {
  string interfaceType = interfaceTypeParam;
}

#endif // MLIRBUILD_BASE_CONSTRAINTS
