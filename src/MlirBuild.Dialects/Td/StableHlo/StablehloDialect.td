//===- StablehloDialect.td - the stablehlo dialect record ---*- tablegen -*-===//

#ifndef MLIRBUILD_STABLEHLO_DIALECT
#define MLIRBUILD_STABLEHLO_DIALECT

include "Hlo/HloAttrs.td"

def StableHLO_Dialect : Dialect {
  let name = "stablehlo";
  let cppNamespace = "::mlir::stablehlo";
  let summary = "StableHLO: a portable operation set for ML programs.";
  let description = [{
    StableHLO is the versioned, portable form of XLA's HLO operation set. Its
    ops work on ranked tensors (possibly with dynamic, bounded dimensions),
    tokens that order side effects, and tuples. Every op follows the StableHLO
    specification (docs/spec.md of openxla/stablehlo).
  }];
  let useDefaultAttributePrinterParser = 1;
  let useDefaultTypePrinterParser = 1;
  let usePropertiesForAttributes = 1;
}

// Types, enums and attributes: StableHLO_Token, StableHLO_ComparisonDirectionAttr,
// StableHLO_ConvDimensionNumbers, ... (see Hlo/HloAttrs.td).
defm StableHLO : HloDialectTypesAndEnums<StableHLO_Dialect>;
defm StableHLO : HloDialectAttrs<StableHLO_Dialect>;

#endif // MLIRBUILD_STABLEHLO_DIALECT
