//===- MlirBuildBase.td - MlirBuild's ODS-compatible base ---*- tablegen -*-===//
//
// Include this file (with `-I src/MlirBuild.Dialects/Td`) to write dialect
// specs against our own base library. The classes and fields have ODS's names,
// so specs written against it read like upstream MLIR ones and mlir-tblgen's
// backends accept them as well as our C# generator.
//
//===----------------------------------------------------------------------===//

#ifndef MLIRBUILD_BASE
#define MLIRBUILD_BASE

include "Base/Constraints.td"
include "Base/Dialect.td"
include "Base/Types.td"
include "Base/Attrs.td"
include "Base/Traits.td"
include "Base/AttrTypeDefs.td"
include "Base/Enums.td"
include "Base/Ops.td"

#endif // MLIRBUILD_BASE
