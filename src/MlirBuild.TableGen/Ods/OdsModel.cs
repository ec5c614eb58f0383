namespace MlirBuild.TableGen.Ods;

/// <summary>
/// Everything ODS defines in one evaluated TableGen file, in definition order: dialects, ops, enums, enum
/// attributes, attribute and type definitions, and the problems found while reading them.
/// </summary>
public sealed record OdsModel(
    ImmutableEquatableArray<OdsDialect> Dialects,
    ImmutableEquatableArray<OdsOperation> Operations,
    ImmutableEquatableArray<OdsEnum> Enums,
    ImmutableEquatableArray<OdsEnumAttr> EnumAttrs,
    ImmutableEquatableArray<OdsAttrOrTypeDef> AttrOrTypeDefs,
    ImmutableEquatableArray<OdsDiagnostic> Diagnostics);
