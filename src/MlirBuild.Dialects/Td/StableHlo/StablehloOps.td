//===- StablehloOps.td - the stablehlo op set ---------------*- tablegen -*-===//
//
// The 118 ops of the `stablehlo` dialect: the 108 ops of the StableHLO
// specification plus broadcast, create_token, cross-replica-sum, dot, einsum,
// unary_einsum, torch_index_select, set_dimension_size, real_dynamic_slice
// and return. The op set is written once, over the dialect, in Hlo/*Ops.td;
// this file instantiates it for stablehlo (records StableHLO_<Name>Op).
//
// Textual forms: declarative `assemblyFormat` where StableHLO's printed form
// is declarative, `custom<Name>(...)` directives and hasCustomAssemblyFormat
// (constant, reduce, while) otherwise; docs/stablehlo-assembly.md specifies
// every hand-written hook.
//
//===----------------------------------------------------------------------===//

#ifndef MLIRBUILD_STABLEHLO_OPS
#define MLIRBUILD_STABLEHLO_OPS

include "StableHlo/StablehloDialect.td"
include "Hlo/HloElementwiseOps.td"
include "Hlo/HloShapeOps.td"
include "Hlo/HloComputeOps.td"
include "Hlo/HloControlOps.td"

defm StableHLO : HloElementwiseOps<StableHLO_Dialect>;
defm StableHLO : HloShapeOps<StableHLO_Dialect, HLO_StableFlavor>;
defm StableHLO : HloComputeOps<StableHLO_Dialect, HLO_StableFlavor>;
defm StableHLO : HloControlOps<StableHLO_Dialect>;

#endif // MLIRBUILD_STABLEHLO_OPS
