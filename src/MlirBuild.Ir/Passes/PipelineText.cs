namespace MlirBuild.Ir.Passes;

/// <summary>
/// One element of a textual pass pipeline: either a pass with options (<c>canonicalize{max-iterations=3}</c>) or an
/// op anchor with a nested pipeline (<c>func.func(cse,canonicalize)</c>).
/// </summary>
public sealed record PipelineElement(
    string Name,
    IReadOnlyDictionary<string, string> Options,
    IReadOnlyList<PipelineElement>? Nested,
    int Column)
{
    public bool IsAnchor => Nested is not null;

    public override string ToString() => IsAnchor
        ? $"{Name}({string.Join(",", Nested!)})"
        : Options.Count == 0 ? Name : $"{Name}{{{string.Join(" ", Options.Select(o => o.Key + "=" + o.Value))}}}";
}

/// <summary>
/// Parses pipeline text as mlir-opt's <c>--pass-pipeline</c> does:
/// <c>builtin.module(func.func(canonicalize),symbol-dce)</c>. Errors carry the 1-based column.
/// </summary>
public static class PipelineText
{
    public sealed record Result(IReadOnlyList<PipelineElement> Elements, string? Error, int ErrorColumn)
    {
        public bool Succeeded => Error is null;
    }

    public static Result Parse(string text)
    {
        var p = new Reader(text);
        try
        {
            p.SkipSpace();
            var elements = p.Text.Length == p.Pos ? [] : p.ParseList();
            p.SkipSpace();
            if (p.Pos != p.Text.Length)
            {
                p.Fail($"unexpected '{p.Text[p.Pos]}' in pass pipeline");
            }

            return new Result(elements, null, 0);
        }
        catch (PipelineSyntaxException e)
        {
            return new Result([], e.Message, e.Column);
        }
    }

    private sealed class PipelineSyntaxException(string message, int column) : Exception(message)
    {
        public int Column { get; } = column;
    }

    private sealed class Reader(string text)
    {
        private const int MaxDepth = 64;
        private int depth;

        public string Text { get; } = text;

        public int Pos { get; private set; }

        public void SkipSpace()
        {
            while (Pos < Text.Length && char.IsWhiteSpace(Text[Pos]))
            {
                Pos++;
            }
        }

        public void Fail(string message) => throw new PipelineSyntaxException(message, Pos + 1);

        public List<PipelineElement> ParseList()
        {
            var list = new List<PipelineElement> { ParseElement() };
            SkipSpace();
            while (Pos < Text.Length && Text[Pos] == ',')
            {
                Pos++;
                list.Add(ParseElement());
                SkipSpace();
            }

            return list;
        }

        private PipelineElement ParseElement()
        {
            SkipSpace();
            var column = Pos + 1;
            var start = Pos;
            while (Pos < Text.Length && (char.IsLetterOrDigit(Text[Pos]) || Text[Pos] is '_' or '-' or '.' or '$'))
            {
                Pos++;
            }

            if (Pos == start)
            {
                Fail("expected a pass or operation name");
            }

            var name = Text[start..Pos];
            SkipSpace();
            if (Pos < Text.Length && Text[Pos] == '(')
            {
                if (++depth > MaxDepth)
                {
                    Fail("pass pipeline nested too deeply");
                }

                Pos++;
                SkipSpace();
                var nested = Pos < Text.Length && Text[Pos] == ')' ? [] : ParseList();
                SkipSpace();
                Expect(')');
                depth--;
                return new PipelineElement(name, new Dictionary<string, string>(), nested, column);
            }

            var options = new SortedDictionary<string, string>(StringComparer.Ordinal);
            if (Pos < Text.Length && Text[Pos] == '{')
            {
                Pos++;
                ParseOptions(options);
            }

            return new PipelineElement(name, options, null, column);
        }

        /// <summary><c>key=value key2={nested value} flag</c> up to the closing brace.</summary>
        private void ParseOptions(IDictionary<string, string> options)
        {
            while (true)
            {
                SkipSpace();
                if (Pos >= Text.Length)
                {
                    Fail("expected '}' to end pass options");
                }

                if (Text[Pos] == '}')
                {
                    Pos++;
                    return;
                }

                var start = Pos;
                while (Pos < Text.Length && Text[Pos] is not ('=' or '}') && !char.IsWhiteSpace(Text[Pos]))
                {
                    Pos++;
                }

                var key = Text[start..Pos];
                if (key.Length == 0)
                {
                    Fail("expected an option name");
                }

                var value = "true";
                if (Pos < Text.Length && Text[Pos] == '=')
                {
                    Pos++;
                    value = ParseValue();
                }

                if (!options.TryAdd(key, value))
                {
                    Fail($"option '{key}' given twice");
                }
            }
        }

        private string ParseValue()
        {
            var start = Pos;
            var nesting = 0;
            while (Pos < Text.Length)
            {
                var c = Text[Pos];
                if (c == '"' || c == '\'')
                {
                    var close = Text.IndexOf(c, Pos + 1);
                    if (close < 0)
                    {
                        Fail("unterminated quoted option value");
                    }

                    Pos = close + 1;
                    continue;
                }

                if (c is '{' or '(' or '[')
                {
                    nesting++;
                }
                else if (c is '}' or ')' or ']')
                {
                    if (nesting == 0)
                    {
                        break;
                    }

                    nesting--;
                }
                else if (char.IsWhiteSpace(c) && nesting == 0)
                {
                    break;
                }

                Pos++;
            }

            var value = Text[start..Pos];
            return value.Length >= 2 && value[0] is '"' or '\'' && value[^1] == value[0] ? value[1..^1] : value;
        }

        private void Expect(char c)
        {
            if (Pos >= Text.Length || Text[Pos] != c)
            {
                Fail($"expected '{c}'");
            }

            Pos++;
        }
    }
}
