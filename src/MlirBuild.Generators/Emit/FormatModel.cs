using System.Collections.Generic;
using System.Linq;
using MlirBuild.Generators.Format;
using MlirBuild.TableGen.Ods;

namespace MlirBuild.Generators.Emit;

/// <summary>How many values an operand, result, region or successor variable stands for.</summary>
internal enum FormatArity
{
    Single,
    Optional,
    Variadic,
}

/// <summary>What a <c>$name</c> of an op format refers to.</summary>
internal enum FormatVarKind
{
    Operand,
    Result,
    Attribute,
    Region,
    Successor,
}

/// <summary>A resolved format variable.</summary>
internal sealed class FormatVar
{
    public FormatVar(FormatVarKind kind, int index, string name, FormatArity arity, OpLayout.AttributeMember? attribute)
    {
        Kind = kind;
        Index = index;
        Name = name;
        Arity = arity;
        Attribute = attribute;
    }

    public FormatVarKind Kind { get; }

    /// <summary>Index among the op's operands, results, regions or successors (attributes: among layout attributes).</summary>
    public int Index { get; }

    public string Name { get; }

    public FormatArity Arity { get; }

    public OpLayout.AttributeMember? Attribute { get; }
}

/// <summary>Where the parser takes the types of one operand or result group from.</summary>
internal sealed class TypeSource
{
    private TypeSource(FormatVar? variable, string? buildable, bool parsed, bool all, string? transform = null)
    {
        Transform = transform;
        Variable = variable;
        Buildable = buildable;
        Parsed = parsed;
        All = all;
    }

    /// <summary>Another operand/result whose parsed type(s) it copies, or a typed attribute whose type it takes.</summary>
    public FormatVar? Variable { get; }

    /// <summary>The <c>OdsFormatSupport</c> method applying a TypesMatchWith transformer we know (null: identity).</summary>
    public string? Transform { get; }

    /// <summary>A C# expression building the type (ODS buildable types).</summary>
    public string? Buildable { get; }

    /// <summary>The format parses this group's types itself (<c>type($x)</c>).</summary>
    public bool Parsed { get; }

    /// <summary>From <c>type(operands)</c> / <c>type(results)</c>.</summary>
    public bool All { get; }

    public static TypeSource FromParse() => new TypeSource(null, null, true, false);

    public static TypeSource FromAll() => new TypeSource(null, null, false, true);

    public static TypeSource From(FormatVar variable, string? transform = null) => new TypeSource(variable, null, false, false, transform);

    public static TypeSource Build(string expression) => new TypeSource(null, expression, false, false);
}

/// <summary>
/// An op's assembly format resolved against the op (OpFormatGen's verification): variables bound, which types the
/// format spells, and where every other operand/result type comes from. <see cref="Unsupported"/> names the
/// reason when the generator cannot compile the format (the op then keeps the generic form).
/// </summary>
internal sealed class FormatModel
{
    private readonly Dictionary<string, FormatVar> _variables = new Dictionary<string, FormatVar>();

    private FormatModel(OpLayout layout, AssemblyFormat format)
    {
        Layout = layout;
        Format = format;
        var op = layout.Op;
        SeenOperandTypes = new bool[op.Operands.Count];
        SeenResultTypes = new bool[op.Results.Count];
        OperandTypes = new TypeSource?[op.Operands.Count];
        ResultTypes = new TypeSource?[op.Results.Count];
        for (var i = 0; i < op.Operands.Count; i++)
        {
            Bind(op.Operands[i].Name, new FormatVar(FormatVarKind.Operand, i, op.Operands[i].Name, ArityOf(op.Operands[i].Constraint), null));
        }

        for (var i = 0; i < op.Results.Count; i++)
        {
            Bind(op.Results[i].Name, new FormatVar(FormatVarKind.Result, i, op.Results[i].Name, ArityOf(op.Results[i].Constraint), null));
        }

        for (var i = 0; i < layout.Attributes.Count; i++)
        {
            Bind(layout.Attributes[i].Name, new FormatVar(FormatVarKind.Attribute, i, layout.Attributes[i].Name, FormatArity.Single, layout.Attributes[i]));
        }

        for (var i = 0; i < op.Regions.Count; i++)
        {
            Bind(op.Regions[i].Name, new FormatVar(FormatVarKind.Region, i, op.Regions[i].Name, op.Regions[i].IsVariadic ? FormatArity.Variadic : FormatArity.Single, null));
        }

        for (var i = 0; i < op.Successors.Count; i++)
        {
            Bind(op.Successors[i].Name, new FormatVar(FormatVarKind.Successor, i, op.Successors[i].Name, op.Successors[i].IsVariadic ? FormatArity.Variadic : FormatArity.Single, null));
        }
    }

    public OpLayout Layout { get; }

    public AssemblyFormat Format { get; }

    public string? Unsupported { get; private set; }

    public bool AllOperands { get; private set; }

    public bool AllOperandTypes { get; private set; }

    public bool AllResultTypes { get; private set; }

    public bool HasAllRegions { get; private set; }

    public bool HasAllSuccessors { get; private set; }

    public bool InfersResultTypes { get; private set; }

    public bool[] SeenOperandTypes { get; }

    public bool[] SeenResultTypes { get; }

    /// <summary>Attribute names used as format variables (elided from <c>attr-dict</c>).</summary>
    public List<string> UsedAttributes { get; } = new List<string>();

    public TypeSource?[] OperandTypes { get; }

    public TypeSource?[] ResultTypes { get; }

    /// <summary>Custom directives used, in order of first use.</summary>
    public List<CustomDirective> CustomDirectives { get; } = new List<CustomDirective>();

    /// <summary>Resolves and checks an op's format; null when the op has no declarative format or it does not parse.</summary>
    public static FormatModel? Create(OpLayout layout, OdsModel model)
    {
        var text = layout.Op.AssemblyFormat;
        if (text is null)
        {
            return null;
        }

        var parsed = FormatParser.Parse(text);
        if (!parsed.Success)
        {
            return null;
        }

        var result = new FormatModel(layout, parsed.Format!);
        result.Analyze(model);
        return result;
    }

    public FormatVar? Lookup(string name) => _variables.TryGetValue(name, out var v) ? v : null;

    private void Bind(string name, FormatVar variable)
    {
        if (name.Length != 0 && !_variables.ContainsKey(name))
        {
            _variables[name] = variable;
        }
    }

    private static FormatArity ArityOf(OdsTypeConstraint constraint) =>
        constraint.IsOptional ? FormatArity.Optional : constraint.IsVariableLength ? FormatArity.Variadic : FormatArity.Single;

    private void Fail(string reason) => Unsupported ??= reason;

    private void Analyze(OdsModel model)
    {
        var op = Layout.Op;
        if (op.Properties.Count > 0)
        {
            Fail("properties");
        }

        if (op.Traits.Any(t => t.QualifiedName.Contains("SingleBlockImplicitTerminator")))
        {
            Fail("SingleBlockImplicitTerminator regions");
        }

        if (op.Operands.Any(o => o.Constraint.Arity == OdsValueArity.VariadicOfVariadic))
        {
            Fail("VariadicOfVariadic operands");
        }

        Walk(Format.Elements, inCustom: false);
        ResolveTypes(model);
    }

    private void Walk(IEnumerable<FormatElement> elements, bool inCustom)
    {
        foreach (var element in elements)
        {
            switch (element)
            {
                case LiteralElement literal when inCustom:
                    Fail("C++ string argument '" + literal.Text + "' of a custom directive");
                    break;
                case VariableElement v:
                    MarkVariable(v.Name);
                    break;
                case KeywordDirective k:
                    switch (k.Kind)
                    {
                        case KeywordDirectiveKind.Operands:
                            AllOperands = true;
                            break;
                        case KeywordDirectiveKind.Regions:
                            HasAllRegions = true;
                            break;
                        case KeywordDirectiveKind.Successors:
                            HasAllSuccessors = true;
                            break;
                        case KeywordDirectiveKind.PropDict:
                            Fail("prop-dict");
                            break;
                        case KeywordDirectiveKind.Results:
                        case KeywordDirectiveKind.Params:
                            Fail("'" + k.Kind + "' outside a type directive");
                            break;
                    }

                    break;
                case WrapperDirective w when w.Kind == WrapperDirectiveKind.Type:
                    MarkType(w.Argument);
                    break;
                case WrapperDirective w:
                    Walk(new[] { w.Argument }, inCustom);
                    break;
                case FunctionalTypeDirective f:
                    MarkType(f.Inputs);
                    MarkType(f.Results);
                    break;
                case CustomDirective c:
                    if (!CustomDirectives.Any(d => d.Name == c.Name && d.Arguments.Equals(c.Arguments)))
                    {
                        CustomDirectives.Add(c);
                    }

                    foreach (var argument in c.Arguments)
                    {
                        if (argument is VariableElement { Name: var n } && Lookup(n) is { Kind: FormatVarKind.Result })
                        {
                            Fail("result variable as a custom directive argument");
                        }
                    }

                    Walk(c.Arguments, inCustom: true);
                    break;
                case OptionalGroup g:
                    switch (FormatPrinterEmitter.FirstNonSpace(g.Then))
                    {
                        case LiteralElement:
                        case CustomDirective:
                        case VariableElement { Name: var first } when Lookup(first) is { Kind: not FormatVarKind.Result and not FormatVarKind.Successor }:
                            break;
                        default:
                            Fail("unsupported first element of an optional group");
                            break;
                    }

                    Walk(g.Then, inCustom);
                    Walk(g.Else, inCustom);
                    break;
                case OIListDirective:
                    Fail("oilist");
                    break;
                case StructDirective:
                    Fail("struct");
                    break;
            }
        }
    }

    private void MarkVariable(string name)
    {
        var v = Lookup(name);
        if (v is null)
        {
            Fail("unknown variable $" + name);
            return;
        }

        if (v.Kind == FormatVarKind.Attribute && !UsedAttributes.Contains(name))
        {
            UsedAttributes.Add(name);
        }
    }

    private void MarkType(FormatElement argument)
    {
        switch (argument)
        {
            case WrapperDirective { Kind: WrapperDirectiveKind.Ref } r:
                MarkType(r.Argument);
                break;
            case WrapperDirective { Kind: WrapperDirectiveKind.Type } t:
                MarkType(t.Argument);
                break;
            case KeywordDirective { Kind: KeywordDirectiveKind.Operands }:
                AllOperandTypes = true;
                break;
            case KeywordDirective { Kind: KeywordDirectiveKind.Results }:
                AllResultTypes = true;
                break;
            case VariableElement v when Lookup(v.Name) is { Kind: FormatVarKind.Operand } operand:
                SeenOperandTypes[operand.Index] = true;
                break;
            case VariableElement v when Lookup(v.Name) is { Kind: FormatVarKind.Result } result:
                SeenResultTypes[result.Index] = true;
                break;
            default:
                Fail("unsupported type directive argument");
                break;
        }
    }

    /// <summary>OpFormatGen's type resolution: traits tie unparsed types to parsed ones, else buildable types.</summary>
    private void ResolveTypes(OdsModel model)
    {
        var op = Layout.Op;
        var resolvers = new Dictionary<string, FormatVar>();
        var transforms = new Dictionary<string, string>();
        foreach (var trait in op.Traits)
        {
            if (trait.TypeMatch is { } match)
            {
                if (match.Transformer is null)
                {
                    AllTypesMatch(match.Names, resolvers);
                }
                else if (match.Names.Count == 2 && SeenArgument(match.Names[0]) is { } from)
                {
                    if (match.Transformer.Trim() == "$_self")
                    {
                        resolvers[match.Names[1]] = from;
                        transforms.Remove(match.Names[1]);
                    }
                    else if (KnownTransform(match.Transformer) is { } transform)
                    {
                        resolvers[match.Names[1]] = from;
                        transforms[match.Names[1]] = transform;
                    }
                    else
                    {
                        // A C++ transformer the C# side cannot run: leave it unresolved unless something else resolves it.
                        resolvers.Remove(match.Names[1]);
                    }
                }
            }
            else if (trait.QualifiedName == "::mlir::OpTrait::SameTypeOperands")
            {
                SameTypes(resolvers, includeResults: false);
            }
            else if (trait.QualifiedName == "::mlir::OpTrait::SameOperandsAndResultType")
            {
                SameTypes(resolvers, includeResults: true);
            }
        }

        var infers = op.Traits.Any(t => t.QualifiedName == "::mlir::InferTypeOpInterface");
        if (AllResultTypes)
        {
            for (var i = 0; i < op.Results.Count; i++)
            {
                ResultTypes[i] = TypeSource.FromAll();
            }
        }
        else if (op.Results.Count > 0 && !SeenResultTypes.Any(s => s) && infers && !op.AllResultTypesKnown)
        {
            InfersResultTypes = true;
        }
        else
        {
            for (var i = 0; i < op.Results.Count; i++)
            {
                ResultTypes[i] = SeenResultTypes[i] ? TypeSource.FromParse() : Resolve(op.Results[i], resolvers, transforms, allowBuildable: true);
                if (ResultTypes[i] is null)
                {
                    Fail("type of result '" + op.Results[i].Name + "' cannot be inferred");
                }
            }
        }

        for (var i = 0; i < op.Operands.Count; i++)
        {
            if (AllOperandTypes)
            {
                OperandTypes[i] = TypeSource.FromAll();
                continue;
            }

            OperandTypes[i] = SeenOperandTypes[i] ? TypeSource.FromParse()
                : Resolve(op.Operands[i], resolvers, transforms, allowBuildable: !(AllOperands && op.Operands[i].Constraint.IsVariableLength));
            if (OperandTypes[i] is null)
            {
                Fail("type of operand '" + op.Operands[i].Name + "' cannot be inferred");
            }
        }

        _ = model;
    }

    private static TypeSource? Resolve(OdsNamedValue value, Dictionary<string, FormatVar> resolvers, Dictionary<string, string> transforms, bool allowBuildable)
    {
        if (resolvers.TryGetValue(value.Name, out var from))
        {
            return TypeSource.From(from, transforms.TryGetValue(value.Name, out var t) ? t : null);
        }

        var built = allowBuildable ? OpFactoryEmitter.BuilderCallType(value.Constraint.BuilderCall) : null;
        return built is null ? null : TypeSource.Build(built);
    }

    /// <summary>The C# helper for a TypesMatchWith C++ transformer we can mirror, or null.</summary>
    private static string? KnownTransform(string transformer)
    {
        var t = transformer.Replace(" ", string.Empty);
        if (t.Contains("getI1SameShape($_self)"))
        {
            return "I1SameShape";
        }

        if (t == "getElementTypeOrSelf($_self)" || t == "::mlir::getElementTypeOrSelf($_self)")
        {
            return "ElementTypeOrSelf";
        }

        return null;
    }

    private void AllTypesMatch(IReadOnlyList<string> names, Dictionary<string, FormatVar> resolvers)
    {
        for (var i = 0; i < names.Count; i++)
        {
            var from = SeenArgument(names[i]);
            if (from is null)
            {
                continue;
            }

            for (var j = 0; j < names.Count; j++)
            {
                if (j != i)
                {
                    resolvers[names[j]] = from;
                }
            }
        }
    }

    private void SameTypes(Dictionary<string, FormatVar> resolvers, bool includeResults)
    {
        var op = Layout.Op;
        FormatVar? from = null;
        var firstOperand = System.Array.IndexOf(SeenOperandTypes, true);
        if (firstOperand >= 0)
        {
            from = Lookup(op.Operands[firstOperand].Name);
        }
        else if (includeResults && System.Array.IndexOf(SeenResultTypes, true) is var firstResult && firstResult >= 0)
        {
            from = Lookup(op.Results[firstResult].Name);
        }

        if (from is null)
        {
            return;
        }

        for (var i = 0; i < op.Operands.Count; i++)
        {
            if (!SeenOperandTypes[i])
            {
                resolvers[op.Operands[i].Name] = from;
            }
        }

        if (includeResults)
        {
            for (var i = 0; i < op.Results.Count; i++)
            {
                if (!SeenResultTypes[i])
                {
                    resolvers[op.Results[i].Name] = from;
                }
            }
        }
    }

    /// <summary>MLIR's findSeenArg: an operand or result whose type the format spells, or an attribute it uses.</summary>
    private FormatVar? SeenArgument(string name)
    {
        var v = Lookup(name);
        switch (v?.Kind)
        {
            case FormatVarKind.Operand:
                return SeenOperandTypes[v.Index] ? v : null;
            case FormatVarKind.Result:
                return SeenResultTypes[v.Index] ? v : null;
            case FormatVarKind.Attribute:
                return UsedAttributes.Contains(name) ? v : null;
            default:
                return null;
        }
    }
}
