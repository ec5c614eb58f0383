using MlirBuild.Ir;

namespace MlirBuild.Dialects.StableHlo;

/// <summary>
/// The few token kinds the HLO directive grammars need (punctuation, bare keywords, signed integers), read either
/// from an op's custom form (<see cref="OpAsmParser"/>) or from the verbatim body of a dialect attribute
/// (<c>#stablehlo.conv&lt;...&gt;</c>), so one grammar serves both.
/// </summary>
public abstract class DirectiveReader
{
    public static DirectiveReader Of(OpAsmParser parser) => new AsmReader(parser);

    /// <summary>Reads <paramref name="text"/>; the first error is <see cref="TextDirectiveReader.FirstError"/>.</summary>
    public static TextDirectiveReader OfText(string text) => new(text);

    public abstract bool TryPunct(string punct);

    public abstract string? TryKeyword();

    /// <summary>A decimal integer, optionally negative; null without consuming when none is next.</summary>
    public abstract long? TryInteger();

    public abstract void Error(string message);

    /// <summary>Where the next token starts, for <see cref="ErrorAt"/> (a location or a text offset).</summary>
    public abstract object Position { get; }

    /// <summary>Reports an error at a <see cref="Position"/> taken earlier (e.g. the start of a bad list).</summary>
    public abstract void ErrorAt(object position, string message);

    public bool Punct(string punct)
    {
        if (TryPunct(punct))
        {
            return true;
        }

        Error($"expected '{punct}'");
        return false;
    }

    public bool Keyword(string keyword)
    {
        if (TryKeyword(keyword))
        {
            return true;
        }

        Error($"expected '{keyword}'");
        return false;
    }

    public abstract bool TryKeyword(string keyword);

    /// <summary>An integer (or null after reporting <paramref name="what"/> as expected).</summary>
    public long? Integer(string what)
    {
        var value = TryInteger();
        if (value is null)
        {
            Error($"expected {what}");
        }

        return value;
    }

    /// <summary><c>[</c> (int (<c>,</c> int)*)? <c>]</c>.</summary>
    public long[]? IntegerList()
    {
        if (!Punct("["))
        {
            return null;
        }

        var values = new List<long>();
        if (TryPunct("]"))
        {
            return [];
        }

        do
        {
            var value = Integer("an integer");
            if (value is null)
            {
                return null;
            }

            values.Add(value.Value);
        }
        while (TryPunct(","));
        return Punct("]") ? values.ToArray() : null;
    }

    private sealed class AsmReader(OpAsmParser p) : DirectiveReader
    {
        public override bool TryPunct(string punct) => p.TryParsePunct(punct);

        public override string? TryKeyword() => p.TryParseAnyKeyword();

        public override bool TryKeyword(string keyword) => p.TryParseKeyword(keyword);

        public override long? TryInteger()
        {
            if (p.TryParsePunct("-"))
            {
                var magnitude = p.TryParseInteger();
                if (magnitude is null)
                {
                    p.EmitError("expected an integer after '-'");
                    return null;
                }

                return -magnitude.Value;
            }

            return p.TryParseInteger();
        }

        public override void Error(string message) => p.EmitError(message);

        public override object Position => p.CurrentLocation;

        public override void ErrorAt(object position, string message) => p.EmitError((LocationAttr)position, message);
    }
}

/// <summary>A <see cref="DirectiveReader"/> over a string (attribute bodies); the first error is kept with its offset.</summary>
public sealed class TextDirectiveReader : DirectiveReader
{
    private readonly string text;
    private int position;

    internal TextDirectiveReader(string text) => this.text = text;

    /// <summary>The first error, as <c>message at offset N</c>; null while none.</summary>
    public string? FirstError { get; private set; }

    /// <summary>True when only whitespace is left.</summary>
    public bool AtEnd
    {
        get
        {
            SkipSpace();
            return position >= text.Length;
        }
    }

    public override bool TryPunct(string punct)
    {
        SkipSpace();
        if (string.CompareOrdinal(text, position, punct, 0, punct.Length) != 0)
        {
            return false;
        }

        position += punct.Length;
        return true;
    }

    public override string? TryKeyword()
    {
        SkipSpace();
        var end = position;
        if (end < text.Length && (char.IsAsciiLetter(text[end]) || text[end] == '_'))
        {
            end++;
            while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '_' or '$' or '.'))
            {
                end++;
            }
        }

        if (end == position)
        {
            return null;
        }

        var word = text[position..end];
        position = end;
        return word;
    }

    public override bool TryKeyword(string keyword)
    {
        var start = position;
        if (TryKeyword() == keyword)
        {
            return true;
        }

        position = start;
        return false;
    }

    public override long? TryInteger()
    {
        SkipSpace();
        var end = position;
        if (end < text.Length && text[end] == '-')
        {
            end++;
        }

        var digits = end;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        if (end == digits || !long.TryParse(text.AsSpan(position, end - position), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        position = end;
        return value;
    }

    public override void Error(string message) => ErrorAt(Position, message);

    public override object Position
    {
        get
        {
            SkipSpace();
            return position;
        }
    }

    public override void ErrorAt(object position, string message) =>
        FirstError ??= FormattableString.Invariant($"{message} at offset {(int)position}");

    private void SkipSpace()
    {
        while (position < text.Length && char.IsWhiteSpace(text[position]))
        {
            position++;
        }
    }
}
