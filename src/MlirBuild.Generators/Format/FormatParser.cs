using System.Collections.Generic;
using MlirBuild.TableGen.Ods;

namespace MlirBuild.Generators.Format;

/// <summary>An error in an assembly format string, at a character offset into that string.</summary>
public sealed record FormatError(int Offset, string Message);

/// <summary>The outcome of parsing a format: the tree when there were no errors.</summary>
public sealed record FormatParseResult(AssemblyFormat? Format, ImmutableEquatableArray<FormatError> Errors)
{
    public bool Success => Format is not null && Errors.Count == 0;
}

/// <summary>
/// Parses MLIR's declarative assembly format (op and attribute/type definition formats) into a
/// <see cref="AssemblyFormat"/>. Structural errors are reported with offsets; whether variables name real
/// arguments is checked later against the op model.
/// </summary>
public sealed class FormatParser
{
    private enum Context
    {
        TopLevel,
        OptionalGroup,
        CustomArgument,
        TypeArgument,
        QualifiedArgument,
        RefArgument,
        StructArgument,
    }

    private readonly FormatLexer _lexer;
    private readonly List<FormatError> _errors = new List<FormatError>();
    private FormatToken _current;

    private FormatParser(string text)
    {
        _lexer = new FormatLexer(text);
        _current = _lexer.Next();
    }

    public static FormatParseResult Parse(string text)
    {
        var parser = new FormatParser(text);
        var elements = new List<FormatElement>();
        while (parser._current.Kind != FormatTokenKind.End && parser._errors.Count == 0)
        {
            var element = parser.ParseElement(Context.TopLevel);
            if (element is null)
            {
                break;
            }

            elements.Add(element);
        }

        return parser._errors.Count == 0
            ? new FormatParseResult(new AssemblyFormat(elements.ToImmutableEquatableArray()), ImmutableEquatableArray<FormatError>.Empty)
            : new FormatParseResult(null, parser._errors.ToImmutableEquatableArray());
    }

    private void Advance() => _current = _lexer.Next();

    private FormatElement? Fail(string message, int offset)
    {
        _errors.Add(new FormatError(offset, message));
        return null;
    }

    private bool Expect(FormatTokenKind kind, string what)
    {
        if (_current.Kind != kind)
        {
            Fail("expected " + what, _current.Offset);
            return false;
        }

        Advance();
        return true;
    }

    private FormatElement? ParseElement(Context context)
    {
        var token = _current;
        switch (token.Kind)
        {
            case FormatTokenKind.Error:
                return Fail(token.Text, token.Offset);
            case FormatTokenKind.Literal:
                Advance();
                if (!IsValidLiteral(token.Text))
                {
                    return Fail("expected valid literal but got '" + token.Text + "'", token.Offset);
                }

                return new LiteralElement(token.Text);
            case FormatTokenKind.String:
                // String arguments are only meaningful as C++-expression arguments of custom directives.
                Advance();
                if (context != Context.CustomArgument)
                {
                    return Fail("string literals are only valid as custom directive arguments", token.Offset);
                }

                return new LiteralElement(token.Text);
            case FormatTokenKind.Variable:
                Advance();
                return new VariableElement(token.Text);
            case FormatTokenKind.LParen:
                if (context != Context.TopLevel && context != Context.OptionalGroup)
                {
                    return Fail("optional groups can only be used as top-level elements", token.Offset);
                }

                return ParseOptionalGroup();
            case FormatTokenKind.Keyword:
                Advance();
                return ParseDirective(token, context);
            case FormatTokenKind.End:
                return Fail("unexpected end of format", token.Offset);
            default:
                return Fail("expected directive, literal, variable, or optional group", token.Offset);
        }
    }

    private FormatElement? ParseDirective(FormatToken token, Context context)
    {
        switch (token.Text)
        {
            case "attr-dict": return new KeywordDirective(KeywordDirectiveKind.AttrDict);
            case "attr-dict-with-keyword": return new KeywordDirective(KeywordDirectiveKind.AttrDictWithKeyword);
            case "prop-dict": return new KeywordDirective(KeywordDirectiveKind.PropDict);
            case "operands": return new KeywordDirective(KeywordDirectiveKind.Operands);
            case "results": return new KeywordDirective(KeywordDirectiveKind.Results);
            case "regions": return new KeywordDirective(KeywordDirectiveKind.Regions);
            case "successors": return new KeywordDirective(KeywordDirectiveKind.Successors);
            case "params": return new KeywordDirective(KeywordDirectiveKind.Params);
            case "type": return ParseWrapper(WrapperDirectiveKind.Type, Context.TypeArgument);
            case "qualified": return ParseWrapper(WrapperDirectiveKind.Qualified, Context.QualifiedArgument);
            case "ref": return ParseWrapper(WrapperDirectiveKind.Ref, Context.RefArgument);
            case "functional-type": return ParseFunctionalType();
            case "custom": return ParseCustom();
            case "struct": return ParseStruct();
            case "oilist":
                if (context != Context.TopLevel && context != Context.OptionalGroup)
                {
                    return Fail("'oilist' is only valid as a top-level directive", token.Offset);
                }

                return ParseOIList();
            default:
                return Fail("unknown directive '" + token.Text + "'", token.Offset);
        }
    }

    private FormatElement? ParseWrapper(WrapperDirectiveKind kind, Context argumentContext)
    {
        if (!Expect(FormatTokenKind.LParen, "'(' before argument list"))
        {
            return null;
        }

        var argument = ParseElement(argumentContext);
        if (argument is null || !Expect(FormatTokenKind.RParen, "')' after argument list"))
        {
            return null;
        }

        return new WrapperDirective(kind, argument);
    }

    private FormatElement? ParseFunctionalType()
    {
        if (!Expect(FormatTokenKind.LParen, "'(' before argument list"))
        {
            return null;
        }

        var inputs = ParseElement(Context.TypeArgument);
        if (inputs is null || !Expect(FormatTokenKind.Comma, "',' after inputs argument"))
        {
            return null;
        }

        var results = ParseElement(Context.TypeArgument);
        if (results is null || !Expect(FormatTokenKind.RParen, "')' after argument list"))
        {
            return null;
        }

        return new FunctionalTypeDirective(inputs, results);
    }

    private FormatElement? ParseCustom()
    {
        if (!Expect(FormatTokenKind.Less, "'<' before custom directive name"))
        {
            return null;
        }

        var name = _current;
        if (name.Kind != FormatTokenKind.Keyword)
        {
            return Fail("expected custom directive name identifier", name.Offset);
        }

        Advance();
        if (!Expect(FormatTokenKind.Greater, "'>' after custom directive name")
            || !Expect(FormatTokenKind.LParen, "'(' before custom directive parameters"))
        {
            return null;
        }

        var arguments = ParseArgumentList(Context.CustomArgument);
        return arguments is null ? null : new CustomDirective(name.Text, arguments);
    }

    private FormatElement? ParseStruct()
    {
        if (!Expect(FormatTokenKind.LParen, "'(' before struct argument list"))
        {
            return null;
        }

        var arguments = ParseArgumentList(Context.StructArgument);
        return arguments is null ? null : new StructDirective(arguments);
    }

    /// <summary>Parses <c>a, b, c)</c> after the opening parenthesis (an empty list is allowed).</summary>
    private ImmutableEquatableArray<FormatElement>? ParseArgumentList(Context context)
    {
        var arguments = new List<FormatElement>();
        if (_current.Kind == FormatTokenKind.RParen)
        {
            Advance();
            return arguments.ToImmutableEquatableArray();
        }

        while (true)
        {
            var argument = ParseElement(context);
            if (argument is null)
            {
                return null;
            }

            arguments.Add(argument);
            if (_current.Kind == FormatTokenKind.Comma)
            {
                Advance();
                continue;
            }

            if (!Expect(FormatTokenKind.RParen, "')' after argument list"))
            {
                return null;
            }

            return arguments.ToImmutableEquatableArray();
        }
    }

    private FormatElement? ParseOptionalGroup()
    {
        var start = _current.Offset;
        Advance();
        var then = ParseGroupElements(out var anchorIndex);
        if (then is null)
        {
            return null;
        }

        var elseElements = ImmutableEquatableArray<FormatElement>.Empty;
        if (_current.Kind == FormatTokenKind.Colon)
        {
            Advance();
            if (!Expect(FormatTokenKind.LParen, "'(' to start else branch of optional group"))
            {
                return null;
            }

            var parsedElse = ParseGroupElements(out var elseAnchor);
            if (parsedElse is null)
            {
                return null;
            }

            if (elseAnchor >= 0)
            {
                return Fail("the else group of an optional group may not have an anchor", start);
            }

            elseElements = parsedElse;
        }

        if (!Expect(FormatTokenKind.Question, "'?' after optional group"))
        {
            return null;
        }

        if (then.Count == 0)
        {
            return Fail("optional group has no elements", start);
        }

        if (anchorIndex < 0)
        {
            return Fail("optional group has no anchor element", start);
        }

        var first = FirstNonWhitespace(then);
        if (first is null || first is OptionalGroup)
        {
            return Fail("first parsable element of an optional group must be a literal, variable, or custom directive", start);
        }

        return new OptionalGroup(then, elseElements, anchorIndex);
    }

    /// <summary>Parses elements up to the closing parenthesis of a group and consumes it.</summary>
    private ImmutableEquatableArray<FormatElement>? ParseGroupElements(out int anchorIndex)
    {
        anchorIndex = -1;
        var elements = new List<FormatElement>();
        while (_current.Kind != FormatTokenKind.RParen)
        {
            if (_current.Kind == FormatTokenKind.End)
            {
                Fail("expected ')' to end optional group", _current.Offset);
                return null;
            }

            var element = ParseElement(Context.OptionalGroup);
            if (element is null)
            {
                return null;
            }

            elements.Add(element);
            if (_current.Kind == FormatTokenKind.Caret)
            {
                if (anchorIndex >= 0)
                {
                    Fail("only one element can be marked as the anchor of an optional group", _current.Offset);
                    return null;
                }

                anchorIndex = elements.Count - 1;
                Advance();
            }
        }

        Advance();
        return elements.ToImmutableEquatableArray();
    }

    private FormatElement? ParseOIList()
    {
        if (!Expect(FormatTokenKind.LParen, "'(' before oilist argument list"))
        {
            return null;
        }

        var clauses = new List<OIListClause>();
        while (true)
        {
            var keyword = _current;
            if (keyword.Kind != FormatTokenKind.Literal || !IsKeyword(keyword.Text))
            {
                return Fail("expected keyword literal to start an oilist clause", keyword.Offset);
            }

            Advance();
            var elements = new List<FormatElement>();
            while (_current.Kind != FormatTokenKind.Pipe && _current.Kind != FormatTokenKind.RParen)
            {
                if (_current.Kind == FormatTokenKind.End)
                {
                    return Fail("expected ')' to end oilist", _current.Offset);
                }

                var element = ParseElement(Context.OptionalGroup);
                if (element is null)
                {
                    return null;
                }

                elements.Add(element);
            }

            clauses.Add(new OIListClause(keyword.Text, elements.ToImmutableEquatableArray()));
            var separator = _current.Kind;
            Advance();
            if (separator == FormatTokenKind.RParen)
            {
                return new OIListDirective(clauses.ToImmutableEquatableArray());
            }
        }
    }

    private static FormatElement? FirstNonWhitespace(IEnumerable<FormatElement> elements)
    {
        foreach (var element in elements)
        {
            if (element is LiteralElement literal && literal.IsWhitespace)
            {
                continue;
            }

            return element;
        }

        return null;
    }

    /// <summary>MLIR accepts spacing literals, single punctuation or letters, <c>-&gt;</c>, <c>...</c> and keywords.</summary>
    internal static bool IsValidLiteral(string text)
    {
        if (text.Length == 0 || text == " " || text == "\\n")
        {
            return true;
        }

        if (text.Length == 1)
        {
            return char.IsLetter(text[0]) || "_:,=<>()[]{}?+*|".IndexOf(text[0]) >= 0;
        }

        return text == "->" || text == "..." || IsKeyword(text);
    }

    internal static bool IsKeyword(string text)
    {
        if (text.Length == 0 || !(char.IsLetter(text[0]) || text[0] == '_'))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!(FormatLexer.IsIdentifierChar(c) || c == '$' || c == '.'))
            {
                return false;
            }
        }

        return true;
    }
}
