namespace MlirBuild.TableGen.Ods;

/// <summary>A parameter of an AttrDef/TypeDef.</summary>
public sealed record OdsDefParameter(
    string Name,
    string CppType,
    string Summary,
    string Syntax,
    bool IsOptional,
    string? DefaultValue,
    bool IsArray);

/// <summary>An <c>AttrDef</c> or <c>TypeDef</c>: dialect, mnemonic, parameters and assembly format.</summary>
public sealed record OdsAttrOrTypeDef(
    bool IsAttribute,
    string DefName,
    string DialectDefName,
    string CppClassName,
    string? Mnemonic,
    string Summary,
    string Description,
    ImmutableEquatableArray<OdsDefParameter> Parameters,
    string? AssemblyFormat,
    bool HasCustomAssemblyFormat,
    OdsLocation Location);
