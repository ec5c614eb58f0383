namespace MlirBuild.Ir;

/// <summary>Parses one value into <paramref name="value"/>; false after reporting an error.</summary>
public delegate bool DialectValueParser<T>(out T value);

/// <summary>Maps a keyword to a value (an enum's TryParse); false when the keyword names no value.</summary>
public delegate bool KeywordValueParser<T>(string keyword, out T value);

/// <summary>
/// Parses the text of a dialect attribute or type (what <see cref="Dialect.ParseAttribute"/> and
/// <see cref="Dialect.ParseType"/> receive) with the IR lexer: keywords, punctuation, integers, floats, strings, and
/// nested types and attributes. It is an <see cref="OpAsmParser"/>, so helpers written for op custom directives work
/// on attribute bodies too (SSA operands and regions are not available here).
/// </summary>
public sealed class DialectAsmParser : OpAsmParser
{
    private readonly Parser parser;
    private readonly OpAsmParser inner;

    private DialectAsmParser(string text, MlirContext context)
    {
        (parser, inner) = Parser.ForDialectBody(text, context);
        Text = text;
    }

    /// <summary>The text being parsed.</summary>
    public string Text { get; }

    /// <summary>A parser over arbitrary symbol text (positioned at its start).</summary>
    public static DialectAsmParser Create(string text, MlirContext context) => new(text, context);

    /// <summary>
    /// A parser over the symbol of a dialect attribute/type body: for <c>dialect.name&lt;...&gt;</c> the text after
    /// <c>dialect.</c>, for <c>dialect&lt;name ...&gt;</c> the text inside the brackets (MLIR hands dialects the same
    /// symbol in both spellings). Null when <paramref name="body"/> is not of <paramref name="dialectNamespace"/>.
    /// </summary>
    public static DialectAsmParser? ForSymbol(string body, string dialectNamespace, MlirContext context)
    {
        if (!body.StartsWith(dialectNamespace, StringComparison.Ordinal) || body.Length <= dialectNamespace.Length)
        {
            return null;
        }

        var rest = body.Substring(dialectNamespace.Length);
        if (rest[0] == '.')
        {
            return new DialectAsmParser(rest.Substring(1), context);
        }

        if (rest[0] == '<' && rest[^1] == '>')
        {
            return new DialectAsmParser(rest.Substring(1, rest.Length - 2), context);
        }

        return null;
    }

    /// <summary>True when everything has been consumed.</summary>
    public bool AtEnd => parser.AtEndOfInput;

    /// <summary>The first error reported so far (message only), or null.</summary>
    public string? ErrorMessage => parser.FirstErrorMessage;

    /// <summary>The unconsumed text from the current token on.</summary>
    public string RemainingText => parser.RemainingText;

    /// <summary>True when the next token is an integer literal, or a minus sign before one.</summary>
    public bool PeekNumber() => parser.IsNumberNext;

    /// <summary>A signed 64-bit integer (<c>-1</c>, <c>42</c>); reports an error and returns null otherwise.</summary>
    public long? ParseInteger() => parser.ParseSignedInteger();

    /// <summary>A float literal read as f64 (integers allowed); reports an error and returns null otherwise.</summary>
    public double? ParseFloat() => parser.ParseFloat64();

    /// <summary><c>true</c> or <c>false</c>.</summary>
    public bool? ParseBool()
    {
        if (TryParseKeyword("true"))
        {
            return true;
        }

        if (TryParseKeyword("false"))
        {
            return false;
        }

        EmitError("expected 'true' or 'false'");
        return null;
    }

    /// <summary>A bare keyword; reports an error when none is next.</summary>
    public string? ParseAnyKeyword()
    {
        var k = TryParseAnyKeyword();
        if (k is null)
        {
            EmitError("expected valid keyword");
        }

        return k;
    }

    /// <summary>A string literal; reports an error when none is next.</summary>
    public string? ParseString()
    {
        var s = TryParseString();
        if (s is null)
        {
            EmitError("expected string");
        }

        return s;
    }

    /// <summary>Reports "unexpected trailing characters" unless everything has been consumed.</summary>
    public bool ParseEnd()
    {
        if (AtEnd)
        {
            return true;
        }

        EmitError("unexpected trailing characters");
        return false;
    }

    /// <summary>Out-style forms used by generated parsers: each returns false after reporting an error.</summary>
    public bool ParseInteger(out long value)
    {
        var v = ParseInteger();
        value = v ?? 0;
        return v is not null;
    }

    public bool ParseFloat(out double value)
    {
        var v = ParseFloat();
        value = v ?? 0;
        return v is not null;
    }

    public bool ParseBool(out bool value)
    {
        var v = ParseBool();
        value = v ?? false;
        return v is not null;
    }

    public bool ParseString(out string value)
    {
        var v = ParseString();
        value = v ?? string.Empty;
        return v is not null;
    }

    public bool ParseAnyKeyword(out string value)
    {
        var v = ParseAnyKeyword();
        value = v ?? string.Empty;
        return v is not null;
    }

    public bool ParseType(out MlirType value)
    {
        var v = ParseType();
        value = v!;
        return v is not null;
    }

    public bool ParseAttribute(out MlirAttribute value)
    {
        var v = ParseAttribute();
        value = v!;
        return v is not null;
    }

    /// <summary>A type of class <typeparamref name="T"/> (e.g. a generated dialect type).</summary>
    public bool ParseTypeOf<T>(out T value)
        where T : MlirType
    {
        value = null!;
        var v = ParseType();
        if (v is null)
        {
            return false;
        }

        if (v is not T t)
        {
            EmitError("invalid kind of type specified");
            return false;
        }

        value = t;
        return true;
    }

    /// <summary>An attribute of class <typeparamref name="T"/> (e.g. a generated dialect attribute).</summary>
    public bool ParseAttributeOf<T>(out T value)
        where T : MlirAttribute
    {
        value = null!;
        var v = ParseAttribute();
        if (v is null)
        {
            return false;
        }

        if (v is not T t)
        {
            EmitError("invalid kind of attribute specified");
            return false;
        }

        value = t;
        return true;
    }

    /// <summary>An enum case keyword (or string), mapped by <paramref name="lookup"/>.</summary>
    public bool ParseEnum<T>(KeywordValueParser<T> lookup, string enumName, out T value)
    {
        value = default!;
        var keyword = TryParseAnyKeyword() ?? TryParseString();
        if (keyword is null || !lookup(keyword, out value))
        {
            EmitError("expected " + enumName + " keyword");
            return false;
        }

        return true;
    }

    /// <summary>Bit-enum flags: keywords joined by <paramref name="separator"/> (<c>nnan,ninf</c>), mapped as one text.</summary>
    public bool ParseEnumFlags<T>(KeywordValueParser<T> lookup, string separator, string enumName, out T value)
    {
        value = default!;
        var text = new System.Text.StringBuilder();
        do
        {
            var keyword = TryParseAnyKeyword();
            if (keyword is null)
            {
                EmitError("expected " + enumName + " keyword");
                return false;
            }

            if (text.Length > 0)
            {
                text.Append(separator);
            }

            text.Append(keyword);
        }
        while (TryParsePunct(separator));

        if (!lookup(text.ToString(), out value))
        {
            EmitError("expected " + enumName + " keyword");
            return false;
        }

        return true;
    }

    /// <summary>
    /// Values separated by commas, without brackets (MLIR's default for array parameters). An empty list is
    /// accepted where a closing bracket or the end follows.
    /// </summary>
    public bool ParseCommaSeparated<T>(DialectValueParser<T> element, out EquatableArray<T> value)
    {
        value = EquatableArray<T>.Empty;
        if (AtEnd || PeekPunct(">") || PeekPunct("]") || PeekPunct(")") || PeekPunct("}"))
        {
            return true;
        }

        var items = new List<T>();
        do
        {
            if (!element(out var item))
            {
                return false;
            }

            items.Add(item);
        }
        while (TryParsePunct(","));

        value = new EquatableArray<T>(items.ToArray());
        return true;
    }

    public override MlirContext Context => inner.Context;

    public override LocationAttr CurrentLocation => inner.CurrentLocation;

    public override Diagnostic EmitError(string message) => inner.EmitError(message);

    public override Diagnostic EmitError(LocationAttr location, string message) => inner.EmitError(location, message);

    public override bool TryParseKeyword(string keyword) => inner.TryParseKeyword(keyword);

    public override string? TryParseAnyKeyword() => inner.TryParseAnyKeyword();

    public override bool TryParsePunct(string punct) => inner.TryParsePunct(punct);

    public override bool PeekPunct(string punct) => inner.PeekPunct(punct);

    public override string? TryParseSymbolName() => inner.TryParseSymbolName();

    public override string? TryParseString() => inner.TryParseString();

    public override long? TryParseInteger() => inner.TryParseInteger();

    public override MlirType? ParseType() => inner.ParseType();

    public override MlirType? TryParseType() => inner.TryParseType();

    public override MlirAttribute? ParseAttribute(MlirType? type = null) => inner.ParseAttribute(type);

    public override bool ParseOptionalAttrDict(List<NamedAttribute> into) => inner.ParseOptionalAttrDict(into);

    public override bool ParseAttrDictBody(List<NamedAttribute> into) => inner.ParseAttrDictBody(into);

    public override MlirAttribute? TryParseAttribute(MlirType? type = null) => inner.TryParseAttribute(type);

    public override bool AtAttributeStart() => inner.AtAttributeStart();

    public override DenseArrayAttr? ParseDenseArrayBody(MlirType elementType) => inner.ParseDenseArrayBody(elementType);

    public override bool PeekKeyword(string keyword) => inner.PeekKeyword(keyword);

    public override Block? TryParseSuccessor() => null;

    public override UnresolvedOperand? TryParseOperand() => null;

    public override bool ResolveOperands(IReadOnlyList<UnresolvedOperand> operands, IReadOnlyList<MlirType> types, List<Value> into)
    {
        EmitError("SSA values are not allowed in an attribute or type");
        return false;
    }

    public override RegionArgument? TryParseArgument(bool allowAttributes = true) => null;

    public override bool ParseRegion(Region region, IReadOnlyList<RegionArgument>? arguments = null)
    {
        EmitError("regions are not allowed in an attribute or type");
        return false;
    }

    public override bool ParseOptionalLocationSpecifier(out LocationAttr? location)
    {
        location = null;
        return true;
    }
}
