using System.Collections.Generic;
using MlirBuild.TableGen.Ods;

namespace MlirBuild.Generators.Emit;

/// <summary>Emits the dialect class that registers the generated ops with the IR core.</summary>
internal static class DialectEmitter
{
    public static string Emit(OdsDialect dialect, string className, IReadOnlyList<string> opClasses, string ns)
    {
        var w = new SourceWriter();
        FileHeader.Write(w, ns);
        XmlDoc.Write(w, dialect.Summary.Length == 0 ? "The '" + dialect.Name + "' dialect." : dialect.Summary, dialect.Description);
        using (w.Block("public sealed partial class " + className + " : global::MlirBuild.Ir.Dialect"))
        {
            w.Line("/// <summary>The dialect namespace (op name prefix).</summary>");
            w.Line("public const string DialectNamespace = " + CSharpLiteral.String(dialect.Name) + ";");
            w.Line();
            w.Line("/// <summary>A dialect instance with every generated op registered.</summary>");
            w.Line("public static " + className + " Instance { get; } = new " + className + "();");
            w.Line();
            using (w.Block("public " + className + "()\n    : base(DialectNamespace)"))
            {
                foreach (var op in opClasses)
                {
                    w.Line("Register(" + op + ".CreateDefinition());");
                }

                w.Line("OnCreated();");
            }

            w.Line();
            w.Line("/// <summary>Hand-written additions (types, attributes, extra ops) can hook in here.</summary>");
            w.Line("partial void OnCreated();");
            w.Line();
            w.Line("/// <summary>Registers this dialect with <paramref name=\"context\"/>.</summary>");
            w.Line("public static void Register(global::MlirBuild.Ir.MlirContext context) => context.RegisterDialect(Instance);");
        }

        return w.ToString();
    }
}
