//===- Traits.td - op traits and interfaces -----------------*- tablegen -*-===//
//
// Traits attach properties to ops (Commutative, Terminator, ...); interfaces
// attach overridable behaviour (InferTypeOpInterface, ...). The record names
// are ODS's and the C++ names in `trait`/`cppInterfaceName` are MLIR's, so the
// C# generator can key its built-in handling on either.
//
//===----------------------------------------------------------------------===//

#ifndef MLIRBUILD_BASE_TRAITS
#define MLIRBUILD_BASE_TRAITS

include "Base/Constraints.td"

class Trait;

// A trait implemented natively (C++ `cppNamespace::trait`). The extra
// declarations are spliced into every op that has the trait.
class NativeTrait<string name, string entityType,
                  code extraClassDeclaration = [{}],
                  code extraClassDefinition = [{}]> : Trait {
  string trait = name;
  string cppNamespace = "::mlir::" # entityType # "Trait";
  code extraConcreteClassDeclaration = extraClassDeclaration;
  code extraConcreteClassDefinition = extraClassDefinition;
}

// A native trait with template parameters: `prop<params>::Impl`.
class ParamNativeTrait<string prop, string params, string entityType>
    : NativeTrait<prop # "<" # params # ">::Impl", entityType>;

// A trait that is only a set of other traits.
class TraitList<list<Trait> props> : Trait {
  list<Trait> traits = props;
}

// Base of interface traits: the C++ name of the interface's trait class.
class InterfaceTrait<string name> : NativeTrait<"", ""> {
  let trait = name # "::Trait";
  let cppNamespace = "";
  string extraTraitClassDeclaration = "";
}

//===----------------------------------------------------------------------===//
// Op traits
//===----------------------------------------------------------------------===//

class NativeOpTrait<string name, list<Trait> traits = [],
                    code extraOpDeclaration = [{}],
                    code extraOpDefinition = [{}]>
    : NativeTrait<name, "Op", extraOpDeclaration, extraOpDefinition> {
  list<Trait> dependentTraits = traits;
}

class ParamNativeOpTrait<string prop, string params, list<Trait> traits = []>
    : ParamNativeTrait<prop, params, "Op"> {
  list<Trait> dependentTraits = traits;
}

// Traits the ODS generators implement themselves (operand segments, ...).
class GenInternalTrait<string prop, string entityType> : Trait {
  string trait = "::mlir::" # entityType # "Trait::" # prop;
}
class GenInternalOpTrait<string prop, list<Trait> traits = []>
    : GenInternalTrait<prop, "Op"> {
  list<Trait> dependentTraits = traits;
}

// A trait checked by a predicate over the whole op, with a message.
class PredTrait<string descr, Pred pred> : Trait {
  string summary = descr;
  Pred predicate = pred;
}
class PredOpTrait<string descr, Pred pred, list<Trait> traits = []>
    : PredTrait<descr, pred> {
  list<Trait> dependentTraits = traits;
}

// The C++ expressions in `values` all evaluate to the same value.
class AllMatchPred<list<string> values> : CPred<
    !if(!lt(!size(values), 2), "true",
        "::llvm::all_equal({" # !interleave(values, ", ") # "})")>;

// The named operands/results/attributes agree on `operator` (applied to
// `$_self`, e.g. "$_self.getType()"). The format generator uses `values` to
// infer the types of the others from one of them.
class AllMatchSameOperatorTrait<list<string> names, string operator,
                                string summary>
    : PredOpTrait<"all of {" # !interleave(names, ", ") # "} have same "
                      # summary,
                  AllMatchPred<!foreach(n, names, !subst("$_self", "$" # n,
                                                        operator))>> {
  list<string> values = names;
}
class AllTypesMatch<list<string> names>
    : AllMatchSameOperatorTrait<names, "$_self.getType()", "type">;
class AllElementTypesMatch<list<string> names>
    : AllMatchSameOperatorTrait<names,
        "::mlir::getElementTypeOrSelf($_self)", "element type">;
class AllShapesMatch<list<string> names>
    : AllMatchSameOperatorTrait<names,
        "::llvm::cast<::mlir::ShapedType>($_self.getType()).getShape()",
        "shape">;
class AllRanksMatch<list<string> names>
    : AllMatchSameOperatorTrait<names,
        "::llvm::cast<::mlir::ShapedType>($_self.getType()).getRank()", "rank">;

// The type of `rhsArg` is `transform` applied to the type of `lhsArg`
// (`$_self`); the format generator infers `rhsArg`'s type that way.
class TypesMatchWith<string summary, string lhsArg, string rhsArg,
                     string transform, string comparator = "std::equal_to<>()">
    : PredOpTrait<summary, CPred<comparator # "(" #
        !subst("$_self", "$" # lhsArg # ".getType()", transform) #
        ", $" # rhsArg # ".getType())">> {
  string lhs = lhsArg;
  string rhs = rhsArg;
  string transformer = transform;
}

// Marks traits that constrain the op's place in the IR (parent, region shape).
class StructuralOpTrait;

def Commutative : NativeOpTrait<"IsCommutative">;
def Idempotent : NativeOpTrait<"IsIdempotent">;
def Involution : NativeOpTrait<"IsInvolution">;
def Broadcastable : NativeOpTrait<"ResultsBroadcastableShape">;
def ConstantLike : NativeOpTrait<"ConstantLike">;
def Elementwise : NativeOpTrait<"Elementwise">;
def Scalarizable : NativeOpTrait<"Scalarizable">;
def Vectorizable : NativeOpTrait<"Vectorizable">;
def Tensorizable : NativeOpTrait<"Tensorizable">;
def ResultsAreFloatLike : NativeOpTrait<"ResultsAreFloatLike">;
def SameOperandsShape : NativeOpTrait<"SameOperandsShape">;
def SameOperandsAndResultShape : NativeOpTrait<"SameOperandsAndResultShape">;
def SameOperandsElementType : NativeOpTrait<"SameOperandsElementType">;
def SameOperandsAndResultElementType
    : NativeOpTrait<"SameOperandsAndResultElementType">;
def SameOperandsAndResultType : NativeOpTrait<"SameOperandsAndResultType">;
def SameOperandsAndResultRank : NativeOpTrait<"SameOperandsAndResultRank">;
def SameTypeOperands : NativeOpTrait<"SameTypeOperands">;
def IsolatedFromAbove : NativeOpTrait<"IsIsolatedFromAbove">, StructuralOpTrait;
def Terminator : NativeOpTrait<"IsTerminator">;
def NoTerminator : NativeOpTrait<"NoTerminator">, StructuralOpTrait;
def SingleBlock : NativeOpTrait<"SingleBlock">, StructuralOpTrait;
def NoRegionArguments : NativeOpTrait<"NoRegionArguments">, StructuralOpTrait;
def AffineScope : NativeOpTrait<"AffineScope">, StructuralOpTrait;
def AutomaticAllocationScope : NativeOpTrait<"AutomaticAllocationScope">;
def OpAsmOpInterfaceMarker : NativeOpTrait<"OpAsmOpInterfaceMarker">;

// The op's parent must be one of the named ops (C++ class names).
class HasParent<string op>
    : ParamNativeOpTrait<"HasParent", op>, StructuralOpTrait;
class ParentOneOf<list<string> ops>
    : ParamNativeOpTrait<"HasParent", !interleave(ops, ", ")>,
      StructuralOpTrait;

class SingleBlockImplicitTerminatorImpl<string op>
    : ParamNativeOpTrait<"SingleBlockImplicitTerminator", op>,
      StructuralOpTrait;
// One block whose terminator `op` is implied when omitted in the text.
class SingleBlockImplicitTerminator<string op>
    : TraitList<[SingleBlock, SingleBlockImplicitTerminatorImpl<op>]>;

// Operand / result segments. The sizes of variadic groups come from the
// `operandSegmentSizes` / `resultSegmentSizes` attribute, or are assumed equal.
def AttrSizedOperandSegments
    : NativeOpTrait<"AttrSizedOperandSegments">, StructuralOpTrait;
def AttrSizedResultSegments
    : NativeOpTrait<"AttrSizedResultSegments">, StructuralOpTrait;
def SameVariadicOperandSize : GenInternalOpTrait<"SameVariadicOperandSize">;
def SameVariadicResultSize : GenInternalOpTrait<"SameVariadicResultSize">;

// A region whose kind (SSA-dominance or graph) the op decides.
def RegionKindInterface : NativeOpTrait<"RegionKindInterfaceMarker">;

//===----------------------------------------------------------------------===//
// Interfaces
//===----------------------------------------------------------------------===//

// A method of an interface: return type, name, (ins "Type":$arg, ...), and
// optionally a body (implementation for every op) or a default body.
class InterfaceMethod<string desc, string retTy, string methodName,
                      dag args = (ins), code methodBody = [{}],
                      code defaultImplementation = [{}]> {
  string description = desc;
  string name = methodName;
  string returnType = retTy;
  dag arguments = args;
  string body = methodBody;
  string defaultBody = defaultImplementation;
}

class StaticInterfaceMethod<string desc, string retTy, string methodName,
                            dag args = (ins), code methodBody = [{}],
                            code defaultImplementation = [{}]>
    : InterfaceMethod<desc, retTy, methodName, args, methodBody,
                      defaultImplementation>;

class Interface<string name, list<Interface> baseInterfacesArg = []> {
  string description = "";
  string cppInterfaceName = name;
  string cppNamespace = "";
  list<InterfaceMethod> methods = [];
  code extraClassDeclaration = "";
  code extraSharedClassDeclaration = "";
  code extraClassOf = "";
  list<Interface> baseInterfaces = baseInterfacesArg;
}

// The trait an op gets by implementing an interface.
class OpInterfaceTrait<string name, code verifyBody = [{}],
                       list<Trait> traits = []>
    : InterfaceTrait<name> {
  code verify = verifyBody;
  bit verifyWithRegions = 0;
  list<Trait> dependentTraits = traits;
}

class OpInterface<string name, list<Interface> baseInterfaces = []>
    : Interface<name, baseInterfaces>, OpInterfaceTrait<name>;

// Declares in the op class the interface methods it must (or chooses to)
// implement itself; for us: partial hooks in the hand-written file.
class DeclareInterfaceMethods<list<string> overridenMethods = []> {
  list<string> alwaysOverriddenMethods = overridenMethods;
}
class DeclareOpInterfaceMethods<OpInterface interface,
                                list<string> overridenMethods = []>
    : DeclareInterfaceMethods<overridenMethods>,
      OpInterface<interface.cppInterfaceName, interface.baseInterfaces> {
  let description = interface.description;
  let cppInterfaceName = interface.cppInterfaceName;
  let cppNamespace = interface.cppNamespace;
  let methods = interface.methods;
  let trait = interface.trait;
  let verify = interface.verify;
  let verifyWithRegions = interface.verifyWithRegions;
  let dependentTraits = interface.dependentTraits;
}

// Interfaces we name without spelling out their methods: generators treat
// them by name. Methods are listed where a generated op must implement one.
// The argument list every type-inference hook receives.
defvar InferenceArgs = (ins "::mlir::MLIRContext *":$context,
                            "::std::optional<::mlir::Location>":$location,
                            "::mlir::ValueRange":$operands,
                            "::mlir::DictionaryAttr":$attributes,
                            "::mlir::OpaqueProperties":$properties,
                            "::mlir::RegionRange":$regions);

def InferTypeOpInterface : OpInterface<"InferTypeOpInterface"> {
  let description = "The op computes its result types from its operands, "
                    "attributes, properties and regions; builders may then "
                    "omit result types.";
  let cppNamespace = "::mlir";
  let methods = [
    StaticInterfaceMethod<"Computes the result types.",
      "::llvm::LogicalResult", "inferReturnTypes",
      !con(InferenceArgs,
           (ins "::llvm::SmallVectorImpl<::mlir::Type>&":$inferredReturnTypes))>,
    StaticInterfaceMethod<"Checks or refines given result types.",
      "::llvm::LogicalResult", "refineReturnTypes",
      !con(InferenceArgs,
           (ins "::llvm::SmallVectorImpl<::mlir::Type>&":$returnTypes)),
      [{}], [{ return ::mlir::success(); }]>,
    StaticInterfaceMethod<"Whether two result type lists are compatible.",
      "bool", "isCompatibleReturnTypes",
      (ins "::mlir::TypeRange":$lhs, "::mlir::TypeRange":$rhs),
      [{ return lhs == rhs; }]>
  ];
  let verify = [{ return ::mlir::detail::verifyInferredResultTypes($_op); }];
}

def InferShapedTypeOpInterface : OpInterface<"InferShapedTypeOpInterface"> {
  let description = "The op computes the shapes and element types of its "
                    "shaped results, possibly as IR computing dynamic sizes.";
  let cppNamespace = "::mlir";
  let methods = [
    StaticInterfaceMethod<"Computes shape and element type of each result.",
      "::llvm::LogicalResult", "inferReturnTypeComponents",
      (ins "::mlir::MLIRContext*":$context,
           "::std::optional<::mlir::Location>":$location,
           "::mlir::ValueShapeRange":$operands,
           "::mlir::DictionaryAttr":$attributes,
           "::mlir::OpaqueProperties":$properties,
           "::mlir::RegionRange":$regions,
           "::llvm::SmallVectorImpl<::mlir::ShapedTypeComponents>&":$inferredReturnShapes),
      [{}], [{ return ::mlir::failure(); }]>,
    InterfaceMethod<"Builds IR computing the result shapes.",
      "::llvm::LogicalResult", "reifyReturnTypeShapes",
      (ins "::mlir::OpBuilder&":$builder, "::mlir::ValueRange":$operands,
           "::llvm::SmallVectorImpl<::mlir::Value> &":$reifiedReturnShapes),
      [{}], [{ return ::mlir::failure(); }]>
  ];
}

// Result types come from inferred components (shape + element type).
class InferTensorTypeBase<list<string> overridenMethods> : TraitList<[
  DeclareOpInterfaceMethods<InferTypeOpInterface>,
  DeclareOpInterfaceMethods<InferShapedTypeOpInterface, overridenMethods>,
  NativeOpTrait<"InferTensorType">
]>;
def InferTensorType : InferTensorTypeBase<["inferReturnTypeComponents"]>;
def InferTensorTypeWithReify : InferTensorTypeBase<
    ["inferReturnTypeComponents", "reifyReturnTypeShapes"]>;

def OpAsmOpInterface : OpInterface<"OpAsmOpInterface"> {
  let description = "The op names its results and block arguments in the "
                    "printed form.";
  let cppNamespace = "::mlir";
}

def SymbolOpInterface : OpInterface<"SymbolOpInterface"> {
  let description = "The op defines a symbol (`sym_name`).";
  let cppNamespace = "::mlir";
}
def Symbol : DeclareOpInterfaceMethods<SymbolOpInterface>;
def SymbolTable : NativeOpTrait<"SymbolTable">;

def SymbolUserOpInterface : OpInterface<"SymbolUserOpInterface"> {
  let description = "The op refers to symbols and checks the references.";
  let cppNamespace = "::mlir";
}

def CallOpInterface : OpInterface<"CallOpInterface"> {
  let description = "The op calls a callable (a symbol or a value).";
  let cppNamespace = "::mlir";
}

def CallableOpInterface : OpInterface<"CallableOpInterface"> {
  let description = "The op is a callable region (a function).";
  let cppNamespace = "::mlir";
}

def RegionBranchOpInterface : OpInterface<"RegionBranchOpInterface"> {
  let description = "Control flows between the op and its regions.";
  let cppNamespace = "::mlir";
}

def RegionBranchTerminatorOpInterface
    : OpInterface<"RegionBranchTerminatorOpInterface"> {
  let description = "A terminator that passes values to the parent op or to "
                    "a sibling region.";
  let cppNamespace = "::mlir";
  let methods = [
    InterfaceMethod<"The operands forwarded to the region successor `point`.",
      "::mlir::MutableOperandRange", "getMutableSuccessorOperands",
      (ins "::mlir::RegionSuccessor":$point)>,
    InterfaceMethod<"The regions (or parent) control may flow to.",
      "void", "getSuccessorRegions",
      (ins "::llvm::ArrayRef<::mlir::Attribute>":$operands,
           "::llvm::SmallVectorImpl<::mlir::RegionSuccessor> &":$regions),
      [{}], [{ ::mlir::detail::getSuccessorRegionsOfTerminator($_op, operands, regions); }]>
  ];
}

// Returns control (and values) to the enclosing op.
def ReturnLike : TraitList<[
  DeclareOpInterfaceMethods<RegionBranchTerminatorOpInterface>,
  NativeOpTrait<"ReturnLike">
]>;

def BranchOpInterface : OpInterface<"BranchOpInterface"> {
  let description = "A terminator that branches to successor blocks.";
  let cppNamespace = "::mlir";
}

//===----------------------------------------------------------------------===//
// Side effects and speculation
//===----------------------------------------------------------------------===//

// A resource effects act on, and an effect (read, write, ...).
class Resource<string resourceName> {
  string name = resourceName;
}
def DefaultResource : Resource<"::mlir::SideEffects::DefaultResource">;
def AutomaticAllocationScopeResource
    : Resource<"::mlir::SideEffects::AutomaticAllocationScopeResource">;

class EffectOpInterfaceBase<string name, string baseEffect>
    : OpInterface<name> {
  string baseEffectName = baseEffect;
}

def MemoryEffectsOpInterface
    : EffectOpInterfaceBase<"MemoryEffectOpInterface",
                            "::mlir::MemoryEffects::Effect"> {
  let description = "The op reads, writes, allocates or frees memory.";
  let cppNamespace = "::mlir";
}

// One side effect: its C++ name, the interface and resource it belongs to.
class SideEffect<EffectOpInterfaceBase interface, string effectName,
                 Resource resourceReference, int effectStage = 0,
                 bit fullEffect = 0> {
  string effect = effectName;
  Resource resource = resourceReference;
  string baseEffectName = interface.baseEffectName;
  string interfaceTrait = interface.trait;
  string cppNamespace = interface.cppNamespace;
  int stage = effectStage;
  bit effectOnFullRegion = fullEffect;
}

class MemoryEffect<string effectName, Resource resource = DefaultResource,
                   int stage = 0, bit fullEffect = 0>
    : SideEffect<MemoryEffectsOpInterface, effectName, resource, stage,
                 fullEffect>;
class MemAlloc<Resource resource = DefaultResource, int stage = 0>
    : MemoryEffect<"::mlir::MemoryEffects::Allocate", resource, stage>;
class MemFree<Resource resource = DefaultResource, int stage = 0>
    : MemoryEffect<"::mlir::MemoryEffects::Free", resource, stage>;
class MemRead<Resource resource = DefaultResource, int stage = 0>
    : MemoryEffect<"::mlir::MemoryEffects::Read", resource, stage>;
class MemWrite<Resource resource = DefaultResource, int stage = 0>
    : MemoryEffect<"::mlir::MemoryEffects::Write", resource, stage>;
def MemAlloc : MemAlloc;
def MemFree : MemFree;
def MemRead : MemRead;
def MemWrite : MemWrite;

// An op-level list of effects; the empty list means "no effect on memory".
class SideEffectsTraitBase<EffectOpInterfaceBase parentInterface,
                           list<SideEffect> staticEffects>
    : OpInterfaceTrait<""> {
  let trait = parentInterface.trait;
  let cppNamespace = parentInterface.cppNamespace;
  EffectOpInterfaceBase interface = parentInterface;
  list<SideEffect> effects = staticEffects;
  string baseEffectName = parentInterface.baseEffectName;
}
class MemoryEffects<list<MemoryEffect> effects = []>
    : SideEffectsTraitBase<MemoryEffectsOpInterface, effects>;

def NoMemoryEffect : MemoryEffects<[]>;
// The op's effects are those of the ops in its regions.
def RecursiveMemoryEffects : NativeOpTrait<"HasRecursiveMemoryEffects">;

def ConditionallySpeculatable : OpInterface<"ConditionallySpeculatable"> {
  let description = "Whether the op may be executed speculatively depends on "
                    "its operands and attributes.";
  let cppNamespace = "::mlir";
}
def AlwaysSpeculatableImplTrait : NativeOpTrait<"AlwaysSpeculatableImplTrait">;
def RecursivelySpeculatableImplTrait
    : NativeOpTrait<"RecursivelySpeculatableImplTrait">;
def AlwaysSpeculatable
    : TraitList<[ConditionallySpeculatable, AlwaysSpeculatableImplTrait]>;
def RecursivelySpeculatable
    : TraitList<[ConditionallySpeculatable, RecursivelySpeculatableImplTrait]>;

// No side effects and always safe to speculate: may be folded, CSE'd, hoisted.
def Pure : TraitList<[AlwaysSpeculatable, NoMemoryEffect]>;

#endif // MLIRBUILD_BASE_TRAITS
