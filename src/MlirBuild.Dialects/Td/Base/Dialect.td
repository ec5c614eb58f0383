//===- Dialect.td - the Dialect record ----------------------*- tablegen -*-===//
//
// A dialect groups ops, types and attributes under one namespace prefix. Field
// names are ODS's; the generators read `name`, `cppNamespace`, `summary` and
// `description`, the rest are switches that the C++ ODS backends also expect.
//
//===----------------------------------------------------------------------===//

#ifndef MLIRBUILD_BASE_DIALECT
#define MLIRBUILD_BASE_DIALECT

include "Base/Constraints.td"

class Dialect {
  // The prefix of every op, type and attribute name (`stablehlo`).
  string name = ?;
  string summary = ?;
  string description = ?;
  // Dialects whose entities this dialect creates (loaded together).
  list<string> dependentDialects = [];
  // Discardable attributes the dialect defines: (ins Type:$name, ...).
  dag discardableAttrs = (ins);
  // Namespace of generated code; our C# generator maps it to a C# namespace
  // unless the project metadata overrides it.
  string cppNamespace = name;
  string extraClassDeclaration = "";
  bit hasConstantMaterializer = 0;
  bit hasNonDefaultDestructor = 0;
  bit hasOperationAttrVerify = 0;
  bit hasRegionArgAttrVerify = 0;
  bit hasRegionResultAttrVerify = 0;
  bit hasOperationInterfaceFallback = 0;
  // When set, `#dialect.mnemonic<...>` / `!dialect.mnemonic<...>` dispatch to
  // the AttrDef/TypeDef records of the dialect.
  bit useDefaultAttributePrinterParser = 0;
  bit useDefaultTypePrinterParser = 0;
  bit hasCanonicalizer = 0;
  bit isExtensible = 0;
  // Inherent attributes are stored as op properties (printed as `<{...}>`).
  bit usePropertiesForAttributes = 1;
}

#endif // MLIRBUILD_BASE_DIALECT
