namespace MlirBuild.Ir.Tools;

/// <summary>What <see cref="MlirFormatter"/> produced: the printed text (null when nothing could be printed) and
/// the diagnostics (errors make <see cref="Succeeded"/> false; with split input other chunks may still be printed).</summary>
public sealed record FormatResult(string? Text, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => Text is not null && !Diagnostics.Any(d => d.IsError);
}
