namespace MlirBuild.TableGen.Ods;

/// <summary>Where a definition starts in a .td file (1-based line and column), for diagnostics.</summary>
public sealed record OdsLocation(string File, int Line, int Column)
{
    public static OdsLocation Unknown { get; } = new OdsLocation(string.Empty, 0, 0);

    public override string ToString() => File + ":" + Line + ":" + Column;
}
