using System.Collections.Generic;
using MlirBuild.TableGen.Ods;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace MlirBuild.Generators;

/// <summary>Roslyn diagnostics for generator problems, located in the .td file (file:line:col).</summary>
internal static class GeneratorDiagnostics
{
    private static readonly Dictionary<string, string> Titles = new Dictionary<string, string>
    {
        [DiagnosticIds.TableGenError] = "TableGen error",
        [DiagnosticIds.IncludeNotFound] = "Include not found among the .td AdditionalFiles",
        [DiagnosticIds.OdsError] = "Invalid ODS definition",
        [DiagnosticIds.UnsupportedLayout] = "Unsupported variadic layout",
        [DiagnosticIds.DuplicateClass] = "Duplicate generated class",
        [DiagnosticIds.FormatError] = "Assembly format not supported",
    };

    public static Diagnostic Create(OdsDiagnostic d)
    {
        Titles.TryGetValue(d.Id, out var title);
        var descriptor = new DiagnosticDescriptor(
            d.Id,
            title ?? d.Id,
            "{0}",
            "MlirBuild.Generators",
            d.IsError ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
            isEnabledByDefault: true);
        var line = d.Location.Line > 0 ? d.Location.Line - 1 : 0;
        var column = d.Location.Column > 0 ? d.Location.Column - 1 : 0;
        var position = new LinePosition(line, column);
        var location = d.Location.File.Length == 0
            ? Location.None
            : Location.Create(d.Location.File, default, new LinePositionSpan(position, position));
        return Diagnostic.Create(descriptor, location, d.Message);
    }
}
