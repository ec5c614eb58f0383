using MlirBuild.TableGen.Ods;

namespace MlirBuild.Generators.Format;

/// <summary>
/// One element of a declarative assembly format (MLIR's `assemblyFormat` grammar). The tree is value-equal so it
/// can travel through the incremental pipeline.
/// </summary>
public abstract record FormatElement;

/// <summary>A backquoted literal: a keyword or punctuation, or the spacing literals `` ``, `` ` ` `` and `` `\n` ``.</summary>
public sealed record LiteralElement(string Text) : FormatElement
{
    /// <summary>The empty literal `` `` ``: suppresses the space the printer would otherwise insert.</summary>
    public bool IsEmpty => Text.Length == 0;

    /// <summary>`` ` ` ``: forces a space.</summary>
    public bool IsSpace => Text == " ";

    /// <summary>`` `\n` ``: forces a newline.</summary>
    public bool IsNewline => Text == "\\n";

    /// <summary>Whitespace-only literals are printing hints and never parsed.</summary>
    public bool IsWhitespace => IsEmpty || IsSpace || IsNewline;
}

/// <summary>`$name`: an operand, result, attribute, property, region or successor (or a def parameter).</summary>
public sealed record VariableElement(string Name) : FormatElement;

/// <summary>The kinds of directive that take no arguments.</summary>
public enum KeywordDirectiveKind
{
    /// <summary><c>attr-dict</c></summary>
    AttrDict,

    /// <summary><c>attr-dict-with-keyword</c></summary>
    AttrDictWithKeyword,

    /// <summary><c>prop-dict</c></summary>
    PropDict,

    /// <summary><c>operands</c></summary>
    Operands,

    /// <summary><c>results</c></summary>
    Results,

    /// <summary><c>regions</c></summary>
    Regions,

    /// <summary><c>successors</c></summary>
    Successors,

    /// <summary><c>params</c> (attribute and type definitions)</summary>
    Params,
}

/// <summary>A directive spelled by a bare keyword, such as <c>attr-dict</c> or <c>operands</c>.</summary>
public sealed record KeywordDirective(KeywordDirectiveKind Kind) : FormatElement;

/// <summary>The directives that wrap exactly one argument.</summary>
public enum WrapperDirectiveKind
{
    /// <summary><c>type(x)</c>: the type(s) of an operand or result group.</summary>
    Type,

    /// <summary><c>qualified(x)</c>: print an attribute or type with its dialect prefix.</summary>
    Qualified,

    /// <summary><c>ref(x)</c>: a reference to an element already parsed (inside custom directives).</summary>
    Ref,
}

/// <summary><c>type(x)</c>, <c>qualified(x)</c> or <c>ref(x)</c>.</summary>
public sealed record WrapperDirective(WrapperDirectiveKind Kind, FormatElement Argument) : FormatElement;

/// <summary><c>functional-type(inputs, results)</c>.</summary>
public sealed record FunctionalTypeDirective(FormatElement Inputs, FormatElement Results) : FormatElement;

/// <summary><c>custom&lt;Name&gt;(args)</c>: parsing and printing handed to user-written hooks.</summary>
public sealed record CustomDirective(string Name, ImmutableEquatableArray<FormatElement> Arguments) : FormatElement;

/// <summary><c>struct(params)</c> in attribute and type definitions.</summary>
public sealed record StructDirective(ImmutableEquatableArray<FormatElement> Arguments) : FormatElement;

/// <summary>
/// An optional group <c>( then )?</c> or <c>( then ) : ( else )?</c>. <see cref="AnchorIndex"/> is the index in
/// <see cref="Then"/> of the element marked with <c>^</c>, whose presence decides whether the group is printed.
/// </summary>
public sealed record OptionalGroup(
    ImmutableEquatableArray<FormatElement> Then,
    ImmutableEquatableArray<FormatElement> Else,
    int AnchorIndex) : FormatElement
{
    public FormatElement Anchor => Then[AnchorIndex];
}

/// <summary>One clause of an <c>oilist</c>: a keyword literal followed by its elements.</summary>
public sealed record OIListClause(string Keyword, ImmutableEquatableArray<FormatElement> Elements) : FormatElement;

/// <summary><c>oilist(`a` ... | `b` ...)</c>: clauses that may each appear once, in any order.</summary>
public sealed record OIListDirective(ImmutableEquatableArray<OIListClause> Clauses) : FormatElement;

/// <summary>A parsed assembly format: the top-level element sequence.</summary>
public sealed record AssemblyFormat(ImmutableEquatableArray<FormatElement> Elements);
