using MlirBuild.TableGen.Ods;

namespace MlirBuild.Generators.Emit;

/// <summary>The op's textual-form part (<c>&lt;Op&gt;.Format.g.cs</c>).</summary>
internal sealed class OpFormatOutput
{
    public OpFormatOutput(string source, bool compiled)
    {
        Source = source;
        Compiled = compiled;
    }

    public string Source { get; }

    /// <summary>A declarative format was compiled: register ParseAssembly/PrintAssembly/CanPrintAssembly.</summary>
    public bool Compiled { get; }
}

/// <summary>
/// Emits an op's textual-form hooks: the parser and printer compiled from a declarative <c>assemblyFormat</c>, or,
/// for <c>hasCustomAssemblyFormat</c>, the optional partial hooks for hand-written syntax. Formats the generator
/// cannot compile (see <see cref="FormatModel.Unsupported"/>) leave the op in the generic form.
/// </summary>
internal static class OpFormatEmitter
{
    private const string Ir = "global::MlirBuild.Ir.";
    private const string Status = Ir + "CustomDirectiveStatus";

    public static OpFormatOutput? Emit(OpLayout layout, OdsModel model, EnumNames enums, CustomDirectiveRegistry directives, string ns)
    {
        var op = layout.Op;
        if (op.AssemblyFormat is not null)
        {
            var format = FormatModel.Create(layout, model);
            if (format is null || format.Unsupported is not null)
            {
                return null;
            }

            var context = new FormatContext(model, enums, directives);
            var w = new SourceWriter();
            FileHeader.Write(w, ns);
            using (w.Block("public sealed partial class " + layout.ClassName))
            {
                FormatParserEmitter.Emit(w, format, context);
                FormatPrinterEmitter.Emit(w, format, context);
            }

            return new OpFormatOutput(w.ToString(), compiled: true);
        }

        if (op.HasCustomAssemblyFormat)
        {
            var w = new SourceWriter();
            FileHeader.Write(w, ns);
            using (w.Block("public sealed partial class " + layout.ClassName))
            {
                EmitCustomAssemblyHooks(w);
            }

            return new OpFormatOutput(w.ToString(), compiled: false);
        }

        return null;
    }

    private static void EmitCustomAssemblyHooks(SourceWriter w)
    {
        const string Fs = FormatSupportEmitter.ClassName;
        w.Line("/// <summary>Hand-written parser of the op's custom syntax (after the op name); set status (hasCustomAssemblyFormat).</summary>");
        w.Line("static partial void ParseCustomAssembly(" + Ir + "OpAsmParser parser, " + Ir + "OperationState result, ref " + Status + " status);");
        w.Line();
        w.Line("/// <summary>Hand-written printer of the op's custom syntax (after the op name); set status to Success.</summary>");
        w.Line("static partial void PrintCustomAssembly(" + Ir + "Operation op, " + Ir + "OpAsmPrinter printer, ref " + Status + " status);");
        w.Line();
        using (w.Block("private static bool ParseCustomAssemblyHook(" + Ir + "OpAsmParser parser, " + Ir + "OperationState result)"))
        {
            w.Line("var status = " + Status + ".NotImplemented;");
            w.Line("ParseCustomAssembly(parser, result, ref status);");
            w.Line("return status == " + Status + ".Success;");
        }

        w.Line();
        using (w.Block("private static void PrintCustomAssemblyHook(" + Ir + "Operation op, " + Ir + "OpAsmPrinter printer)"))
        {
            w.Line("var status = " + Status + ".NotImplemented;");
            w.Line("PrintCustomAssembly(op, printer, ref status);");
        }

        w.Line();
        w.Line("/// <summary>Both custom-syntax hooks are implemented (checked once).</summary>");
        w.Line("private static readonly bool CustomAssemblyImplemented = ProbeCustomAssembly();");
        w.Line();
        using (w.Block("private static bool ProbeCustomAssembly()"))
        {
            w.Line("bool parse = false, print = false;");
            w.Line("try { ParseCustomAssembly(" + Fs + ".Probe<" + Ir + "OpAsmParser>(), null!, ref " + Fs + ".Slot<" + Status + ">.Value); }");
            w.Line("catch (" + Fs + ".ProbeException) { parse = true; }");
            w.Line("try { PrintCustomAssembly(" + Fs + ".Probe<" + Ir + "Operation>(), null!, ref " + Fs + ".Slot<" + Status + ">.Value); }");
            w.Line("catch (" + Fs + ".ProbeException) { print = true; }");
            w.Line("return parse && print;");
        }

        w.Line();
    }
}
