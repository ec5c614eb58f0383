using System.Text;

namespace MlirBuild.Ir;

/// <summary>
/// Parses MLIR text into a <c>builtin.module</c> (an implicit one wraps top-level ops unless the file holds exactly
/// one module). Errors come back as diagnostics (<c>file:line:col: error: ...</c>), never as exceptions.
/// </summary>
public static class MlirParser
{
    public static ParseResult Parse(string text, string fileName, MlirContext context, ParserOptions? options = null) =>
        Parse(Encoding.UTF8.GetBytes(text), fileName, context, options);

    /// <summary>Reads and parses a file; a file that cannot be read is reported as a diagnostic.</summary>
    public static ParseResult ParseFile(string path, MlirContext context, ParserOptions? options = null)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            var diags = new DiagnosticBag();
            diags.Error(new FileLineColLoc(path, 0, 0), "could not open input file: " + e.Message);
            return new ParseResult(null, diags);
        }

        return Parse(bytes, path, context, options);
    }

    /// <summary>Parses UTF-8 text. Large hex constants are decoded straight from this buffer into raw bytes.</summary>
    public static ParseResult Parse(ReadOnlyMemory<byte> utf8, string fileName, MlirContext context, ParserOptions? options = null) =>
        Parse(new Parser(utf8, fileName, context, options ?? new ParserOptions()));

    /// <summary>
    /// Parses a (possibly memory-mapped) file, letting it drop the pages the parser has passed, so peak memory is
    /// about the IR rather than IR plus file. The IR keeps no reference into <paramref name="source"/>.
    /// </summary>
    public static ParseResult Parse(MappedSource source, string fileName, MlirContext context, ParserOptions? options = null) =>
        Parse(new Parser(source.Memory, fileName, context, options ?? new ParserOptions(), source.IsMapped ? source.Release : null));

    private static ParseResult Parse(Parser parser)
    {
        Operation? module;
        try
        {
            module = parser.ParseTopLevel();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A parser bug must still end in a located diagnostic, not a crash.
            parser.Diagnostics.Error(parser.CurrentLocation, "internal parser error: " + e.Message);
            module = null;
        }

        return new ParseResult(parser.Diagnostics.HasErrors ? null : module, parser.Diagnostics);
    }

    /// <summary>Parses a standalone type (e.g. <c>tensor&lt;2xf32&gt;</c>); null with diagnostics on error.</summary>
    public static MlirType? ParseType(string text, MlirContext context, DiagnosticBag? diagnostics = null)
    {
        var parser = new Parser(Encoding.UTF8.GetBytes(text), "<type>", context, new ParserOptions());
        var t = parser.ParseStandaloneType();
        diagnostics?.AddRange(parser.Diagnostics);
        return parser.Diagnostics.HasErrors ? null : t;
    }

    /// <summary>Parses a standalone attribute (e.g. <c>dense&lt;1&gt; : tensor&lt;2xi32&gt;</c>).</summary>
    public static MlirAttribute? ParseAttribute(string text, MlirContext context, DiagnosticBag? diagnostics = null)
    {
        var parser = new Parser(Encoding.UTF8.GetBytes(text), "<attribute>", context, new ParserOptions());
        var a = parser.ParseStandaloneAttribute();
        diagnostics?.AddRange(parser.Diagnostics);
        return parser.Diagnostics.HasErrors ? null : a;
    }
}
