using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using MlirBuild.Generators.Format;
using MlirBuild.TableGen.Ods;

namespace MlirBuild.Generators.Emit;

/// <summary>One parameter of a custom directive hook pair (docs/ods-generator.md, "Custom directives").</summary>
internal sealed record DirectiveParameter(string Name, string ParseType, bool ParseByRef, string PrintType, string ProbeValue);

/// <summary>One overload of a custom directive: its hooks' parameters and the generated member names.</summary>
internal sealed class DirectiveSignature
{
    public DirectiveSignature(string name, IReadOnlyList<DirectiveParameter> parameters, int overload)
    {
        Name = name;
        Parameters = parameters;
        var suffix = overload == 0 ? string.Empty : overload.ToString(CultureInfo.InvariantCulture);
        ImplementedField = name + "Implemented" + suffix;
        ProbeMethod = "Probe" + name + suffix;
    }

    public string Name { get; }

    public IReadOnlyList<DirectiveParameter> Parameters { get; }

    /// <summary>A static bool: both hooks of this overload are implemented.</summary>
    public string ImplementedField { get; }

    public string ProbeMethod { get; }

    public string Key => Name + "(" + string.Join(",", Parameters.Select(p => (p.ParseByRef ? "ref " : string.Empty) + p.ParseType + "|" + p.PrintType)) + ")";
}

/// <summary>
/// Collects the custom directive signatures of one dialect's ops and emits the dialect's
/// <c>&lt;Dialect&gt;CustomDirectives</c> partial class: optional partial hook declarations, internal invokers and
/// the once-per-process implementation probes.
/// </summary>
internal sealed class CustomDirectiveRegistry
{
    private const string Ir = "global::MlirBuild.Ir.";
    private const string List = "global::System.Collections.Generic.List<";
    private const string ReadOnlyList = "global::System.Collections.Generic.IReadOnlyList<";

    private readonly Dictionary<string, DirectiveSignature> _byKey = new Dictionary<string, DirectiveSignature>();
    private readonly List<DirectiveSignature> _ordered = new List<DirectiveSignature>();

    public CustomDirectiveRegistry(string className) => ClassName = className;

    public string ClassName { get; }

    public bool IsEmpty => _ordered.Count == 0;

    /// <summary>The signature for a directive use, registering it on first sight.</summary>
    public DirectiveSignature Signature(FormatModel format, CustomDirective custom)
    {
        var used = new HashSet<string> { "parser", "printer", "op", "status" };
        var parameters = new List<DirectiveParameter>();
        foreach (var argument in custom.Arguments)
        {
            parameters.Add(Parameter(format, argument, used));
        }

        var probe = new DirectiveSignature(custom.Name, parameters, 0);
        if (_byKey.TryGetValue(probe.Key, out var existing))
        {
            return existing;
        }

        var signature = new DirectiveSignature(custom.Name, parameters, _ordered.Count(s => s.Name == custom.Name));
        _byKey[signature.Key] = signature;
        _ordered.Add(signature);
        return signature;
    }

    private static string Claim(string name, HashSet<string> used)
    {
        var baseName = CSharpLiteral.Identifier(name.Replace('.', '_'));
        var candidate = baseName;
        var n = 1;
        while (!used.Add(candidate))
        {
            candidate = baseName + n++;
        }

        return candidate;
    }

    private static DirectiveParameter Parameter(FormatModel format, FormatElement argument, HashSet<string> used)
    {
        switch (argument)
        {
            case WrapperDirective { Kind: WrapperDirectiveKind.Ref } r:
                {
                    var inner = Parameter(format, r.Argument, new HashSet<string>(used));
                    var byValue = inner.ParseType.StartsWith(List, System.StringComparison.Ordinal)
                        ? ReadOnlyList + inner.ParseType.Substring(List.Length)
                        : inner.ParseType == Ir + "Region" ? inner.ParseType
                        : inner.ParseType == Ir + "UnresolvedOperand" ? inner.ParseType
                        : inner.ParseType.EndsWith("?", System.StringComparison.Ordinal) ? inner.ParseType : inner.ParseType + "?";
                    return new DirectiveParameter(Claim(inner.Name, used), byValue, false, inner.PrintType, inner.ProbeValue);
                }

            case WrapperDirective { Kind: WrapperDirectiveKind.Qualified } q:
                return Parameter(format, q.Argument, used);
            case WrapperDirective { Kind: WrapperDirectiveKind.Type } t:
                {
                    var (name, arity) = TypeTarget(format, t.Argument);
                    return arity == FormatArity.Variadic
                        ? new DirectiveParameter(Claim(name + "Types", used), List + Ir + "MlirType>", false, ReadOnlyList + Ir + "MlirType>", "null!")
                        : new DirectiveParameter(Claim(name + "Type", used), Ir + "MlirType?", true, arity == FormatArity.Single ? Ir + "MlirType" : Ir + "MlirType?", "null!");
                }

            case KeywordDirective { Kind: KeywordDirectiveKind.AttrDict or KeywordDirectiveKind.AttrDictWithKeyword }:
                return new DirectiveParameter(Claim("attributes", used), List + Ir + "NamedAttribute>", false, ReadOnlyList + Ir + "NamedAttribute>", "null!");
            case VariableElement v:
                {
                    var variable = format.Lookup(v.Name)!;
                    var name = Claim(v.Name, used);
                    switch (variable.Kind)
                    {
                        case FormatVarKind.Operand:
                            return variable.Arity == FormatArity.Single ? new DirectiveParameter(name, Ir + "UnresolvedOperand", true, Ir + "Value", "null!")
                                : variable.Arity == FormatArity.Optional ? new DirectiveParameter(name, Ir + "UnresolvedOperand?", true, Ir + "Value?", "null")
                                : new DirectiveParameter(name, List + Ir + "UnresolvedOperand>", false, ReadOnlyList + Ir + "Value>", "null!");
                        case FormatVarKind.Region:
                            return variable.Arity == FormatArity.Single ? new DirectiveParameter(name, Ir + "Region", false, Ir + "Region", "null!")
                                : new DirectiveParameter(name, List + Ir + "Region>", false, ReadOnlyList + Ir + "Region>", "null!");
                        case FormatVarKind.Successor:
                            return variable.Arity == FormatArity.Single ? new DirectiveParameter(name, Ir + "Block?", true, Ir + "Block", "null!")
                                : new DirectiveParameter(name, List + Ir + "Block>", false, ReadOnlyList + Ir + "Block>", "null!");
                        default:
                            return new DirectiveParameter(name, Ir + "MlirAttribute?", true, Ir + "MlirAttribute?", "null");
                    }
                }

            default:
                return new DirectiveParameter(Claim("argument", used), "object?", false, "object?", "null");
        }
    }

    private static (string Name, FormatArity Arity) TypeTarget(FormatModel format, FormatElement argument)
    {
        switch (argument)
        {
            case VariableElement v when format.Lookup(v.Name) is { } variable:
                return (v.Name, variable.Arity);
            case KeywordDirective { Kind: KeywordDirectiveKind.Operands }:
                return ("operands", FormatArity.Variadic);
            case KeywordDirective { Kind: KeywordDirectiveKind.Results }:
                return ("results", FormatArity.Variadic);
            default:
                return ("value", FormatArity.Single);
        }
    }

    /// <summary>The dialect's directive class, or null when no op of the dialect uses a custom directive.</summary>
    public string? Emit(string ns, string dialectName)
    {
        if (_ordered.Count == 0)
        {
            return null;
        }

        var w = new SourceWriter();
        FileHeader.Write(w, ns);
        w.Line("/// <summary>");
        w.Line("/// The <c>custom&lt;Name&gt;</c> directives of the '" + XmlDoc.Escape(dialectName) + "' dialect's assembly formats. Implement the");
        w.Line("/// partial <c>ParseName</c>/<c>PrintName</c> hooks in a hand-written part of this class (docs/ods-generator.md);");
        w.Line("/// without them ops using the directive parse with an error and print in the generic form.");
        w.Line("/// </summary>");
        using (w.Block("internal static partial class " + ClassName))
        {
            foreach (var signature in _ordered)
            {
                EmitSignature(w, signature);
            }
        }

        return w.ToString();
    }

    private static void EmitSignature(SourceWriter w, DirectiveSignature s)
    {
        var parseParams = string.Concat(s.Parameters.Select(p => ", " + (p.ParseByRef ? "ref " : string.Empty) + p.ParseType + " " + p.Name));
        var parseArgs = string.Concat(s.Parameters.Select(p => ", " + (p.ParseByRef ? "ref " : string.Empty) + p.Name));
        var printParams = string.Concat(s.Parameters.Select(p => ", " + p.PrintType + " " + p.Name));
        var printArgs = string.Concat(s.Parameters.Select(p => ", " + p.Name));
        const string Status = Ir + "CustomDirectiveStatus";

        w.Line("/// <summary>Parses <c>custom&lt;" + s.Name + "&gt;</c>; set <paramref name=\"status\"/> (see <see cref=\"" + Status + "\"/>).</summary>");
        w.Line("static partial void Parse" + s.Name + "(" + Ir + "OpAsmParser parser" + parseParams + ", ref " + Status + " status);");
        w.Line();
        w.Line("/// <summary>Prints <c>custom&lt;" + s.Name + "&gt;</c>; set <paramref name=\"status\"/> to Success.</summary>");
        w.Line("static partial void Print" + s.Name + "(" + Ir + "OpAsmPrinter printer, " + Ir + "Operation op" + printParams + ", ref " + Status + " status);");
        w.Line();
        using (w.Block("internal static " + Status + " InvokeParse" + s.Name + "(" + Ir + "OpAsmParser parser" + parseParams + ")"))
        {
            w.Line("var status = " + Status + ".NotImplemented;");
            w.Line("Parse" + s.Name + "(parser" + parseArgs + ", ref status);");
            w.Line("return status;");
        }

        w.Line();
        using (w.Block("internal static void InvokePrint" + s.Name + "(" + Ir + "OpAsmPrinter printer, " + Ir + "Operation op" + printParams + ")"))
        {
            w.Line("var status = " + Status + ".NotImplemented;");
            w.Line("Print" + s.Name + "(printer, op" + printArgs + ", ref status);");
        }

        w.Line();
        w.Line("/// <summary>Both hooks of this overload are implemented (checked once).</summary>");
        w.Line("internal static readonly bool " + s.ImplementedField + " = " + s.ProbeMethod + "();");
        w.Line();
        using (w.Block("private static bool " + s.ProbeMethod + "()"))
        {
            // A call to a partial method without implementation is removed with its arguments: reaching Probe
            // means the hook exists; Probe throws, so the hook never runs.
            const string Fs = FormatSupportEmitter.ClassName;
            var probeParse = string.Concat(s.Parameters.Select(p => ", " + (p.ParseByRef ? "ref " + Fs + ".Slot<" + p.ParseType + ">.Value" : "default!")));
            var probePrint = string.Concat(s.Parameters.Select(p => ", default!"));
            w.Line("bool parse = false, print = false;");
            w.Line("try { Parse" + s.Name + "(" + Fs + ".Probe<" + Ir + "OpAsmParser>()" + probeParse + ", ref " + Fs + ".Slot<" + Status + ">.Value); }");
            w.Line("catch (" + Fs + ".ProbeException) { parse = true; }");
            w.Line("try { Print" + s.Name + "(" + Fs + ".Probe<" + Ir + "OpAsmPrinter>(), null!" + probePrint + ", ref " + Fs + ".Slot<" + Status + ">.Value); }");
            w.Line("catch (" + Fs + ".ProbeException) { print = true; }");
            w.Line("return parse && print;");
        }

        w.Line();
    }
}

/// <summary>What format emission needs beyond the op: the model, enum names and the dialect's directive registry.</summary>
internal sealed class FormatContext
{
    private readonly OdsModel _model;
    private readonly EnumNames _enums;

    public FormatContext(OdsModel model, EnumNames enums, CustomDirectiveRegistry directives)
    {
        _model = model;
        _enums = enums;
        Directives = directives;
    }

    public CustomDirectiveRegistry Directives { get; }

    public AttributeFormat AttributeFormat(OpLayout.AttributeMember member, bool qualified) =>
        Emit.AttributeFormat.For(member.Attribute.Constraint, _model, _enums, qualified);
}
