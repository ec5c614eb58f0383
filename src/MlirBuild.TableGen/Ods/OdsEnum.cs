namespace MlirBuild.TableGen.Ods;

/// <summary>Which enum family an enum definition comes from.</summary>
public enum OdsEnumKind
{
    /// <summary><c>I32EnumAttr</c> / <c>I64EnumAttr</c> (or the newer <c>I32Enum</c>/<c>I64Enum</c>): one case at a time.</summary>
    Integer,

    /// <summary><c>BitEnumAttr</c>: cases are bit flags that combine.</summary>
    Bit,
}

/// <summary>One case of an enum: its C++ symbol, its spelling in the IR and its value.</summary>
public sealed record OdsEnumCase(string Symbol, string Str, long Value)
{
    /// <summary>A bit-enum case naming several bits (<c>BitEnumCaseGroup</c>).</summary>
    public bool IsGroup { get; init; }
}

/// <summary>An enum (<c>EnumAttrInfo</c> record): its C++ name, storage width, cases and summary.</summary>
public sealed record OdsEnum(
    string DefName,
    string ClassName,
    string CppNamespace,
    OdsEnumKind Kind,
    int BitWidth,
    string Summary,
    string Description,
    string Separator,
    ImmutableEquatableArray<OdsEnumCase> Cases,
    OdsLocation Location)
{
    /// <summary>Bit enums: print whole groups before single bits (<c>printBitEnumPrimaryGroups</c>).</summary>
    public bool PrintPrimaryGroups { get; init; }
}

/// <summary>A dialect attribute wrapping an enum (<c>EnumAttr&lt;Dialect, Enum, mnemonic&gt;</c>).</summary>
public sealed record OdsEnumAttr(
    string DefName,
    string DialectDefName,
    string EnumDefName,
    string Mnemonic,
    string? AssemblyFormat,
    OdsLocation Location);
