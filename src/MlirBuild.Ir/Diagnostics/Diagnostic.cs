namespace MlirBuild.Ir;

public enum DiagnosticSeverity
{
    Note,
    Remark,
    Warning,
    Error,
}

/// <summary>A user-facing message with a location; formats as <c>file:line:col: error: message</c> like mlir-opt.</summary>
public sealed record Diagnostic(DiagnosticSeverity Severity, LocationAttr Location, string Message)
{
    public List<Diagnostic> Notes { get; init; } = new();

    public static Diagnostic Error(LocationAttr location, string message) => new(DiagnosticSeverity.Error, location, message);

    public static Diagnostic Warning(LocationAttr location, string message) => new(DiagnosticSeverity.Warning, location, message);

    public Diagnostic AttachNote(LocationAttr location, string message)
    {
        Notes.Add(new Diagnostic(DiagnosticSeverity.Note, location, message));
        return this;
    }

    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>The <c>file:line:col</c> prefix used in messages (mlir-opt's spelling for other locations).</summary>
    public static string FormatLocation(LocationAttr loc) => loc switch
    {
        FileLineColLoc f => $"{f.File}:{f.Line}:{f.Column}",
        NameLoc { Child: { } c and not UnknownLoc } => FormatLocation(c),
        CallSiteLoc c => FormatLocation(c.Callee),
        FusedLoc { Locations.Count: > 0 } f => FormatLocation(f.Locations[0]),
        _ => loc.ToString(),
    };

    private static string SeverityText(DiagnosticSeverity s) => s switch
    {
        DiagnosticSeverity.Note => "note",
        DiagnosticSeverity.Remark => "remark",
        DiagnosticSeverity.Warning => "warning",
        _ => "error",
    };

    /// <summary>The message line without notes.</summary>
    public string Headline => $"{FormatLocation(Location)}: {SeverityText(Severity)}: {Message}";

    public override string ToString()
    {
        if (Notes.Count == 0)
        {
            return Headline;
        }

        var sb = new System.Text.StringBuilder(Headline);
        foreach (var n in Notes)
        {
            sb.Append('\n').Append(n.Headline);
        }

        return sb.ToString();
    }
}

/// <summary>Collects diagnostics; <see cref="HasErrors"/> tells whether any error was reported.</summary>
public sealed class DiagnosticBag : List<Diagnostic>
{
    public bool HasErrors => Exists(d => d.IsError);

    public Diagnostic Error(LocationAttr location, string message)
    {
        var d = Diagnostic.Error(location, message);
        Add(d);
        return d;
    }

    public override string ToString() => string.Join("\n", this);
}
