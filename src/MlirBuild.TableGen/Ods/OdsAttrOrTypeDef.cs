namespace MlirBuild.TableGen.Ods;

/// <summary>
/// A parameter of an AttrDef/TypeDef. <see cref="ElementCppType"/> is the element of an ArrayRefParameter;
/// <see cref="CustomDirective"/> names a hand-written parse/print pair (our specs' <c>customDirective</c> field);
/// <see cref="HasCustomParser"/>/<see cref="HasCustomPrinter"/> tell whether the parameter has C++ parse/print code;
/// <see cref="EnumDefName"/> is the enum of an EnumParameter.
/// </summary>
public sealed record OdsDefParameter(
    string Name,
    string CppType,
    string Summary,
    string Syntax,
    bool IsOptional,
    string? DefaultValue,
    bool IsArray)
{
    public string? ElementCppType { get; init; }

    public string? CustomDirective { get; init; }

    public bool HasCustomParser { get; init; }

    public bool HasCustomPrinter { get; init; }

    public string? EnumDefName { get; init; }
}

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
