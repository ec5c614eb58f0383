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
            WriteIfChanged(Path.Combine(outputDirectory, source.HintName), source.Text);
        }

        return 0;
    }

    /// <summary>
    /// Writes <paramref name="text"/> (UTF-8, no BOM) to a temporary name, then moves it over <paramref name="target"/>,
    /// unless the file already holds exactly these bytes: as llvm-tblgen's write-if-changed, an unchanged file keeps
    /// its timestamp (nothing downstream rebuilds), and regenerating skips the write and rename, which cost more than
    /// generation itself on a journaling file system (build/bench-gencsharp.sh).
    /// </summary>
    internal static bool WriteIfChanged(string target, string text)
    {
        var bytes = Utf8NoBom.GetBytes(text);
        var existing = new FileInfo(target);
        if (existing.Exists && existing.Length == bytes.Length && File.ReadAllBytes(target).AsSpan().SequenceEqual(bytes))
        {
            return false;
        }

        var tmp = target + ".tmp" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        File.WriteAllBytes(tmp, bytes);
        File.Move(tmp, target, overwrite: true);
        return true;
    }

    private static readonly System.Text.UTF8Encoding Utf8NoBom = new(false);

    private static void Report(IEnumerable<OdsDiagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            Console.Error.WriteLine(d.ToString());
        }
    }
}
