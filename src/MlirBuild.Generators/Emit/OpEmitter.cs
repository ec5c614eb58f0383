using System.Globalization;
using System.Linq;
using MlirBuild.TableGen.Ods;

namespace MlirBuild.Generators.Emit;

/// <summary>
/// Emits the sealed partial class of one op: name, wrapping and casts, typed accessors with ODS segment semantics,
/// typed attribute properties, the factory, the ODS verifier and the op definition used for registration.
/// </summary>
internal static class OpEmitter
{
    private const string Ir = "global::MlirBuild.Ir.";
    private const string Support = SupportEmitter.ClassName;

    public static string Emit(OpLayout layout, string ns, string dialectClass, bool hasFormatHooks = false)
    {
        var op = layout.Op;
        var w = new SourceWriter();
        FileHeader.Write(w, ns);
        // Only the file name of the location: generated code must not depend on where the sources live.
        var file = op.Location.File.Substring(op.Location.File.LastIndexOfAny(new[] { '/', '\\' }) + 1);
        XmlDoc.Write(w, op.Summary, op.Description, "ODS definition " + op.DefName + " (" + file + ":" + Index(op.Location.Line) + ").");
        using (w.Block("public sealed partial class " + layout.ClassName))
        {
            w.Line("/// <summary>The full op name.</summary>");
            w.Line("public const string OperationName = " + CSharpLiteral.String(op.FullName) + ";");
            w.Line();
            EmitWrapping(w, layout);
            OpAccessorEmitter.Emit(w, layout);
            OpFactoryEmitter.Emit(w, layout);
            OpVerifierEmitter.Emit(w, layout);
            EmitDefinition(w, layout, dialectClass, hasFormatHooks);
        }

        return w.ToString();
    }

    private static void EmitWrapping(SourceWriter w, OpLayout layout)
    {
        var c = layout.ClassName;
        using (w.Block("private " + c + "(" + Ir + "Operation operation)"))
        {
            w.Line("Operation = operation;");
        }

        w.Line();
        w.Line("/// <summary>The wrapped operation.</summary>");
        w.Line("public " + Ir + "Operation Operation { get; }");
        w.Line();
        w.Line("/// <summary>The op's location.</summary>");
        w.Line("public " + Ir + "LocationAttr Location => Operation.Location;");
        w.Line();
        w.Line("/// <summary>Wraps <paramref name=\"operation\"/> when it is a <c>" + XmlDoc.Escape(layout.Op.FullName) + "</c>, else returns null.</summary>");
        w.Line("public static " + c + "? TryAs(" + Ir + "Operation operation) => operation.Name == OperationName ? new " + c + "(operation) : null;");
        w.Line();
        w.Line("/// <summary>Wraps <paramref name=\"operation\"/>; throws when it is another op.</summary>");
        w.Line("public static " + c + " As(" + Ir + "Operation operation) => TryAs(operation) ?? throw new global::System.InvalidCastException(\"expected \" + OperationName + \" but got \" + operation.Name);");
        w.Line();
        w.Line("public static implicit operator " + Ir + "Operation(" + c + " op) => op.Operation;");
        w.Line();
    }

    private static void EmitDefinition(SourceWriter w, OpLayout layout, string dialectClass, bool hasFormatHooks)
    {
        var op = layout.Op;
        var inherent = op.Attributes.Where(a => !a.Constraint.IsDerived).Select(a => a.Name)
            .Concat(op.Properties.Select(p => p.Name)).ToList();
        if (layout.OperandSegmentsAttribute is not null)
        {
            inherent.Add(layout.OperandSegmentsAttribute);
        }

        if (layout.ResultSegmentsAttribute is not null)
        {
            inherent.Add(layout.ResultSegmentsAttribute);
        }

        var traits = TraitMapping.Flags(op);
        w.Line("/// <summary>The definition registered with <see cref=\"" + dialectClass + "\"/>: traits, inherent attributes and hooks.</summary>");
        using (w.Block("internal static " + Ir + "OpDefinition CreateDefinition()"))
        {
            var names = inherent.Count == 0 ? "global::System.Array.Empty<string>()" : "new string[] { " + string.Join(", ", inherent.Select(CSharpLiteral.String)) + " }";
            w.Line("return new " + Ir + "OpDefinition(OperationName, " + traits + ", " + names + ")");
            w.Line("{");
            w.Line("    Verify = VerifyOds,");
            if (hasFormatHooks)
            {
                w.Line("    Parse = ParseAssembly,");
                w.Line("    Print = PrintAssembly,");
                w.Line("    CanPrint = CanPrintAssembly,");
            }
            else if (op.HasCustomAssemblyFormat)
            {
                // Hand-written whole-op syntax, used only when both optional hooks exist.
                w.Line("    Parse = CustomAssemblyImplemented ? ParseCustomAssemblyHook : null,");
                w.Line("    Print = CustomAssemblyImplemented ? PrintCustomAssemblyHook : null,");
            }

            w.Line("};");
        }
    }

    internal static string Index(int i) => i.ToString(CultureInfo.InvariantCulture);
}
