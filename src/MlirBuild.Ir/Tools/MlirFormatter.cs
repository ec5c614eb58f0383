using System.Text;
using MlirBuild.Ir.Verification;

namespace MlirBuild.Ir.Tools;

/// <summary>
/// Parse → verify → print, as <c>mlir-opt</c> does without passes: the library behind <c>mlirbuild format</c> and
/// the conformance tests. Output is exactly what mlir-opt writes (module, aliases, resources, final empty line).
/// </summary>
public static class MlirFormatter
{
    /// <summary>Formats one module; on errors the text is null and the diagnostics say why.</summary>
    public static FormatResult Format(string source, string bufferName, FormatOptions options) =>
        FormatChunk(source, bufferName, options, implicitModuleLocation: null);

    /// <summary>
    /// Formats each <c>// -----</c> chunk on its own, joining the outputs with <c>// -----</c> lines like
    /// <c>mlir-opt --split-input-file</c> (a chunk with errors contributes nothing; the others are still printed).
    /// Diagnostics point into the whole file.
    /// </summary>
    public static FormatResult FormatSplit(string source, string bufferName, FormatOptions options)
    {
        var output = new StringBuilder();
        var diagnostics = new List<Diagnostic>();
        var chunks = SourceChunk.Split(source);
        for (var i = 0; i < chunks.Count; i++)
        {
            if (i > 0)
            {
                output.Append(SourceChunk.SplitMarker).Append('\n');
            }

            // mlir-opt places the implicit module of every chunk but the first at the chunk's start.
            var moduleLoc = i == 0 ? null : new FileLineColLoc(bufferName, chunks[i].StartLine, chunks[i].StartColumn);
            var r = FormatChunk(chunks[i].PaddedText(), bufferName, options, moduleLoc);
            diagnostics.AddRange(r.Diagnostics);
            output.Append(r.Text);
        }

        return new FormatResult(output.ToString(), diagnostics);
    }

    /// <summary>
    /// Formats UTF-8 input straight to <paramref name="output"/> (no intermediate string: large constants stay raw
    /// bytes). Nothing is written when there are errors; returns the diagnostics.
    /// </summary>
    public static DiagnosticBag Format(ReadOnlyMemory<byte> utf8, string bufferName, FormatOptions options, TextWriter output)
    {
        var diagnostics = new DiagnosticBag();
        var module = Parse(utf8, bufferName, options, diagnostics);
        if (module is not null && !diagnostics.HasErrors && (!options.Verify || Verifier.Verify(module, diagnostics)))
        {
            MlirPrinter.Print(module, output, PrintOptionsFor(options));
        }

        return diagnostics;
    }

    /// <summary>
    /// Formats a file opened with <see cref="MappedSource.Open"/> straight to <paramref name="output"/>: the parser
    /// lets a mapped file drop the pages it has passed, so peak memory is about the IR, not IR plus file.
    /// </summary>
    public static DiagnosticBag Format(MappedSource source, string bufferName, FormatOptions options, TextWriter output)
    {
        var diagnostics = new DiagnosticBag();
        var context = new MlirContext(options.AllowUnregisteredDialects);
        options.ConfigureContext?.Invoke(context);
        var result = MlirParser.Parse(source, bufferName, context);
        diagnostics.AddRange(result.Diagnostics);
        var module = result.Module;
        if (module is not null && !diagnostics.HasErrors && (!options.Verify || Verifier.Verify(module, diagnostics)))
        {
            MlirPrinter.Print(module, output, PrintOptionsFor(options));
        }

        return diagnostics;
    }

    /// <summary>Parses and verifies; null (with diagnostics) on errors.</summary>
    public static Operation? ParseAndVerify(string source, string bufferName, FormatOptions options, DiagnosticBag diagnostics)
    {
        var module = Parse(source, bufferName, options, diagnostics);
        if (module is null || diagnostics.HasErrors)
        {
            return null;
        }

        return !options.Verify || Verifier.Verify(module, diagnostics) ? module : null;
    }

    public static PrintOptions PrintOptionsFor(FormatOptions options) =>
        new() { Generic = options.Generic, PrintDebugInfo = options.PrintDebugInfo };

    private static FormatResult FormatChunk(string source, string bufferName, FormatOptions options, FileLineColLoc? implicitModuleLocation)
    {
        var diagnostics = new DiagnosticBag();
        var module = ParseAndVerify(source, bufferName, options, diagnostics);
        if (module is null)
        {
            return new FormatResult(null, diagnostics);
        }

        if (implicitModuleLocation is not null && module.Location is FileLineColLoc { Line: 0, Column: 0 })
        {
            module.Location = implicitModuleLocation;
        }

        return new FormatResult(MlirPrinter.Print(module, PrintOptionsFor(options)), diagnostics);
    }

    private static Operation? Parse(string source, string bufferName, FormatOptions options, DiagnosticBag diagnostics) =>
        Parse(Encoding.UTF8.GetBytes(source), bufferName, options, diagnostics);

    private static Operation? Parse(ReadOnlyMemory<byte> utf8, string bufferName, FormatOptions options, DiagnosticBag diagnostics)
    {
        var context = new MlirContext(options.AllowUnregisteredDialects);
        options.ConfigureContext?.Invoke(context);
        var result = MlirParser.Parse(utf8, bufferName, context);
        diagnostics.AddRange(result.Diagnostics);
        return result.Module;
    }
}
