using System;
using MlirBuild.TableGen.Ods;

namespace MlirBuild.Generators.Pipeline;

/// <summary>
/// A .td AdditionalFile: its path, text, whether it is a root (generates code) or include-only, and the C#
/// namespace for its generated code. Value-equal so unchanged files keep later steps cached.
/// </summary>
public sealed record TdFile(string Path, string Text, bool IsRoot, string Namespace);

/// <summary>
/// What one root file needs: the root and the .td files it includes (transitively), nothing else, so an edit to an
/// unrelated .td file leaves this value equal and the root's evaluation cached.
/// </summary>
public sealed record RootInput(TdFile Root, ImmutableEquatableArray<TdFile> Includes, ImmutableEquatableArray<string> EmitFiles);

/// <summary>A root's ODS model (null when evaluation failed) with the diagnostics found on the way.</summary>
public sealed record RootModel(string RootPath, string Namespace, OdsModel? Model, ImmutableEquatableArray<string> EmitFiles, ImmutableEquatableArray<OdsDiagnostic> Diagnostics);

/// <summary>A root's generated sources and its diagnostics.</summary>
public sealed record RootOutput(string RootPath, ImmutableEquatableArray<Emit.GeneratedSource> Sources, ImmutableEquatableArray<OdsDiagnostic> Diagnostics);

/// <summary>Path helpers shared by include resolution.</summary>
internal static class TdPaths
{
    public static string Normalize(string path) => path.Replace('\\', '/');

    public static string FileStem(string path)
    {
        var normalized = Normalize(path);
        var name = normalized.Substring(normalized.LastIndexOf('/') + 1);
        var dot = name.LastIndexOf('.');
        return dot > 0 ? name.Substring(0, dot) : name;
    }

    public static string Directory(string path)
    {
        var normalized = Normalize(path);
        var slash = normalized.LastIndexOf('/');
        return slash < 0 ? string.Empty : normalized.Substring(0, slash);
    }

    public static bool EndsWithSegment(string path, string suffix)
    {
        var p = Normalize(path);
        var s = Normalize(suffix);
        return p.Equals(s, StringComparison.Ordinal) || p.EndsWith("/" + s, StringComparison.Ordinal);
    }
}
