using System;
using System.Globalization;
using System.Text;

namespace MlirBuild.Generators.Emit;

/// <summary>
/// Builds C# source text line by line with four-space indentation and '\n' line ends, formatting numbers with the
/// invariant culture so the output does not depend on the machine.
/// </summary>
public sealed class SourceWriter
{
    private const string IndentUnit = "    ";
    private readonly StringBuilder _builder = new StringBuilder();

    public int Indentation { get; private set; }

    public SourceWriter Line(string text)
    {
        if (text.Length == 0)
        {
            _builder.Append('\n');
            return this;
        }

        for (var i = 0; i < Indentation; i++)
        {
            _builder.Append(IndentUnit);
        }

        _builder.Append(text).Append('\n');
        return this;
    }

    public SourceWriter Line() => Line(string.Empty);

    /// <summary>
    /// Starts a non-empty line at the current indentation and returns the builder to append its text to; finish it
    /// with <see cref="EndLine"/>. For hot paths (long doc comments) that would otherwise build temporary strings.
    /// </summary>
    internal StringBuilder BeginLine()
    {
        for (var i = 0; i < Indentation; i++)
        {
            _builder.Append(IndentUnit);
        }

        return _builder;
    }

    internal void EndLine() => _builder.Append('\n');

    /// <summary>Writes a formatted line; arguments are formatted with the invariant culture.</summary>
    public SourceWriter LineFormat(string format, params object[] args) =>
        Line(string.Format(CultureInfo.InvariantCulture, format, args));

    /// <summary>Writes each line of a multi-line text at the current indentation.</summary>
    public SourceWriter Lines(string text)
    {
        foreach (var line in text.Replace("\r\n", "\n").Split('\n'))
        {
            Line(line.TrimEnd());
        }

        return this;
    }

    /// <summary>Writes <paramref name="header"/> and an opening brace, and indents until the returned scope is disposed.</summary>
    public Scope Block(string header)
    {
        Line(header);
        Line("{");
        Indentation++;
        return new Scope(this, "}");
    }

    /// <summary>Like <see cref="Block"/> but closes with a custom text such as <c>};</c>.</summary>
    public Scope Block(string header, string close)
    {
        Line(header);
        Line("{");
        Indentation++;
        return new Scope(this, close);
    }

    public void Indent() => Indentation++;

    public void Unindent()
    {
        if (Indentation == 0)
        {
            throw new InvalidOperationException("unbalanced indentation");
        }

        Indentation--;
    }

    public override string ToString() => _builder.ToString();

    /// <summary>Closes a block when disposed.</summary>
    public readonly struct Scope : IDisposable
    {
        private readonly SourceWriter _writer;
        private readonly string _close;

        internal Scope(SourceWriter writer, string close)
        {
            _writer = writer;
            _close = close;
        }

        public void Dispose()
        {
            _writer.Unindent();
            _writer.Line(_close);
        }
    }
}
