using System.Collections.Generic;
using System.Collections.Immutable;

namespace MlirBuild.TableGen
{
    /// <summary>How serious a diagnostic is.</summary>
    public enum DiagnosticSeverity
    {
        Note,
        Warning,
        Error,
    }

    /// <summary>A located message about the TableGen input: user errors are data, never exceptions.</summary>
    public sealed record TableGenDiagnostic(DiagnosticSeverity Severity, SourceLocation Location, string Message)
    {
        /// <summary>Notes attached to this diagnostic (e.g. "location of previous definition").</summary>
        public ImmutableArray<TableGenDiagnostic> Notes { get; init; } = ImmutableArray<TableGenDiagnostic>.Empty;

        /// <summary><c>file:line:col: error: message</c>, like llvm-tblgen.</summary>
        public override string ToString()
        {
            var kind = Severity switch
            {
                DiagnosticSeverity.Error => "error",
                DiagnosticSeverity.Warning => "warning",
                _ => "note",
            };
            var text = Location.IsKnown ? $"{Location}: {kind}: {Message}" : $"{kind}: {Message}";
            foreach (var note in Notes)
            {
                text += "\n" + note;
            }

            return text;
        }
    }

    /// <summary>Internal carrier that aborts evaluation after a fatal user error; caught at the entry point.</summary>
    internal sealed class TableGenFatalError : System.Exception
    {
        public TableGenFatalError(TableGenDiagnostic diagnostic)
            : base(diagnostic.Message)
        {
            Diagnostic = diagnostic;
        }

        public TableGenDiagnostic Diagnostic { get; }
    }

    /// <summary>Collects diagnostics in the order they are reported.</summary>
    internal sealed class DiagnosticBag
    {
        private readonly List<TableGenDiagnostic> items = new List<TableGenDiagnostic>();

        public bool HasErrors { get; private set; }

        public IReadOnlyList<TableGenDiagnostic> Items => items;

        public void Add(TableGenDiagnostic d)
        {
            items.Add(d);
            if (d.Severity == DiagnosticSeverity.Error)
            {
                HasErrors = true;
            }
        }
    }
}

namespace MlirBuild.TableGen
{
    internal static class Errors
    {
        public static TableGenFatalError Fatal(SourceLocation loc, string message) =>
            new TableGenFatalError(new TableGenDiagnostic(DiagnosticSeverity.Error, loc, message));
    }
}
