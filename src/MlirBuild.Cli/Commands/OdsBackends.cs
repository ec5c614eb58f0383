using MlirBuild.Generators.Emit;
using MlirBuild.TableGen;
using MlirBuild.TableGen.Ods;
using MlirBuild.TableGen.Ods.Docs;

namespace MlirBuild.Cli.Commands;

/// <summary>The ODS backends of <c>mlirbuild tblgen</c>: <c>--gen-op-doc</c> and <c>--gen-csharp</c>.</summary>
internal static class OdsBackends
{
    /// <summary>Markdown op docs, byte-identical to mlir-tblgen's for the ops ODS reads the same way.</summary>
    public static string GenOpDoc(RecordKeeper records)
    {
        var model = OdsReader.Read(records);
        Report(model.Diagnostics);
        return OpDocEmitter.Emit(model.Operations);
    }

    /// <summary>
    /// Writes the generated C# (the same emitter as the source generator, plus its support class) into
    /// <paramref name="outputDirectory"/>; each file goes to a temporary name first, then is moved.
    /// </summary>
    public static int GenCSharp(RecordKeeper records, string? outputDirectory)
    {
        if (outputDirectory is null)
        {
            Console.Error.WriteLine("mlirbuild tblgen: --gen-csharp needs -o DIR");
            return 2;
        }

        var model = OdsReader.Read(records);
        var ns = "MlirBuild.Generated." + CSharpLiteral.Pascal(model.Operations.Count > 0 ? model.Operations[0].DialectName : model.Dialects.Count > 0 ? model.Dialects[0].Name : "ods");
        var result = CSharpEmitter.Emit(new CSharpEmitRequest(model, ns, ImmutableEquatableArray<string>.Empty));
        Report(result.Diagnostics);
        if (result.Diagnostics.Any(d => d.IsError))
        {
            return 1;
        }

        Directory.CreateDirectory(outputDirectory);
        var files = result.Sources.Append(new GeneratedSource(SupportEmitter.HintName, SupportEmitter.Emit()));
        foreach (var source in files)
        {
            var target = Path.Combine(outputDirectory, source.HintName);
            var tmp = target + ".tmp" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
            File.WriteAllText(tmp, source.Text, new System.Text.UTF8Encoding(false));
            File.Move(tmp, target, overwrite: true);
        }

        return 0;
    }

    private static void Report(IEnumerable<OdsDiagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            Console.Error.WriteLine(d.ToString());
        }
    }
}
