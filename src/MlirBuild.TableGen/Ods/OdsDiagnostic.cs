namespace MlirBuild.TableGen.Ods;

/// <summary>A problem found while reading ODS records: an unsupported or malformed definition, with its location.</summary>
public sealed record OdsDiagnostic(string Id, bool IsError, string Message, OdsLocation Location)
{
    public override string ToString() => Location + ": " + (IsError ? "error" : "warning") + ": " + Message;
}
