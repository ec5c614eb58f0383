using MlirBuild.Interpreter.Evaluation;
using MlirBuild.Interpreter.Files;
using MlirBuild.Interpreter.Tensors;
using MlirBuild.Ir;

namespace MlirBuild.Interpreter.Driver;

/// <summary>Totals of a run over several files.</summary>
public sealed record RunSummary(int Passed, int Failed)
{
    public override string ToString() => $"{Passed} passed, {Failed} failed";
}

/// <summary>
/// The library behind <c>mlirbuild run</c>: parses each file (or each <c>// -----</c> part), runs its checks or its
/// entry function on the given inputs, compares results with expected tensors, prints every failure with its
/// location and returns the pass/fail counts.
/// </summary>
public static class RunDriver
{
    /// <summary>
    /// The context <c>mlirbuild run</c> parses with: builtin, func and the generated HLO dialects (stablehlo, chlo,
    /// check, interpreter), so pretty-form modules parse; unregistered dialects stay allowed for generic-form input
    /// (e.g. mhlo ops), which the evaluator also accepts.
    /// </summary>
    public static MlirContext CreateContext()
    {
        var context = new MlirContext(allowUnregisteredDialects: true);
        MlirBuild.Dialects.HloDialects.Register(context);
        return context;
    }

    /// <summary>Runs with <see cref="CreateContext"/>.</summary>
    public static RunSummary Run(IReadOnlyList<string> files, RunOptions options, TextWriter output) =>
        Run(files, options, CreateContext, output);

    public static RunSummary Run(IReadOnlyList<string> files, RunOptions options, Func<MlirContext> contextFactory, TextWriter output)
    {
        int passed = 0;
        int failed = 0;
        foreach (var file in files)
        {
            string text;
            try
            {
                text = File.ReadAllText(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                output.WriteLine($"{file}: error: {e.Message}");
                failed++;
                continue;
            }

            var parts = options.SplitInputFile ? SplitInput(text) : [(text, 1)];
            for (int i = 0; i < parts.Count; i++)
            {
                string label = parts.Count > 1 ? $"{file} (part {i + 1})" : file;
                bool ok = RunCase(file, label, parts[i].Text, options, contextFactory, output, parts.Count > 1 ? i : -1);
                if (ok)
                {
                    passed++;
                }
                else
                {
                    failed++;
                }
            }
        }

        var summary = new RunSummary(passed, failed);
        output.WriteLine(summary);
        return summary;
    }

    /// <summary>Splits at lines that are exactly <c>// -----</c>; each part is padded with blank lines so locations keep the file's line numbers.</summary>
    public static List<(string Text, int FirstLine)> SplitInput(string text)
    {
        var parts = new List<(string, int)>();
        var lines = text.Split('\n');
        var current = new System.Text.StringBuilder();
        int first = 1;
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd('\r').Trim() == "// -----")
            {
                parts.Add((current.ToString(), first));
                first = i + 2;
                current.Clear();
                current.Append('\n', i + 1);
                continue;
            }

            current.Append(lines[i]);
            if (i < lines.Length - 1)
            {
                current.Append('\n');
            }
        }

        parts.Add((current.ToString(), first));
        return parts;
    }

    private static bool RunCase(string file, string label, string text, RunOptions options, Func<MlirContext> contextFactory, TextWriter output, int partIndex)
    {
        var parsed = MlirParser.Parse(text, file, contextFactory());
        if (!parsed.Succeeded)
        {
            foreach (var d in parsed.Diagnostics.Where(d => d.IsError))
            {
                output.WriteLine(d.ToString());
            }

            output.WriteLine($"{label}: FAILED (does not parse)");
            return false;
        }

        var module = parsed.Module!;
        bool hasInputs = options.Inputs.Count > 0 || options.IoJson is not null || options.Args is not null;
        RunOutcome outcome;
        IReadOnlyList<NamedTensor> expected = [];
        try
        {
            if (!hasInputs && options.Expects.Count == 0)
            {
                outcome = ModuleRunner.RunChecks(module, options.Entry, output);
            }
            else
            {
                var inputs = LoadInputs(options, out expected);
                outcome = ModuleRunner.RunFunction(module, options.Entry ?? "main", inputs, output);
            }
        }
        catch (TensorFileException e)
        {
            output.WriteLine($"error: {e.Message}");
            return false;
        }

        bool ok = outcome.Passed;
        foreach (var failure in outcome.Failures)
        {
            output.WriteLine(failure.ToString());
        }

        if (outcome.Error is not null)
        {
            output.WriteLine(outcome.Error);
        }

        if (outcome.Error is null)
        {
            ok &= CompareOutputs(label, outcome.OutputTensors, expected, options, output);
            if (options.OutputDirectory is not null)
            {
                WriteOutputs(file, partIndex, outcome.OutputTensors, options.OutputDirectory);
            }
            else if (hasInputs && expected.Count == 0)
            {
                PrintOutputs(outcome.OutputTensors, output);
            }
        }

        if (!ok)
        {
            output.WriteLine($"{label}: FAILED");
        }

        return ok;
    }

    private static List<Tensor> LoadInputs(RunOptions options, out IReadOnlyList<NamedTensor> expected)
    {
        var inputs = new List<Tensor>();
        var expectedList = new List<NamedTensor>();
        if (options.IoJson is not null)
        {
            string json;
            try
            {
                json = File.ReadAllText(options.IoJson);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new TensorFileException($"{options.IoJson}: {e.Message}");
            }

            var io = IoJsonFile.Read(json, options.IoJson);
            inputs.AddRange(io.Inputs.Select(t => t.Tensor));
            expectedList.AddRange(io.Outputs);
        }

        if (options.Args is not null)
        {
            inputs.AddRange(ParseArgs(options.Args));
        }

        foreach (var (_, path) in options.Inputs)
        {
            inputs.Add(TensorFiles.Read(path).Tensor);
        }

        foreach (var path in options.Expects)
        {
            expectedList.Add(TensorFiles.Read(path));
        }

        expected = expectedList;
        return inputs;
    }

    /// <summary>Parses <c>[dense&lt;...&gt; : tensor&lt;...&gt;, ...]</c> into tensors.</summary>
    public static List<Tensor> ParseArgs(string text)
    {
        var diagnostics = new DiagnosticBag();
        var attr = MlirParser.ParseAttribute(text, CreateContext(), diagnostics);
        if (attr is not ArrayAttr array)
        {
            throw new TensorFileException("--args: expected an array attribute, e.g. [dense<1> : tensor<2xi32>, ...]");
        }

        return array.Elements.Select(e => e is DenseElementsAttr dense
            ? IrTypes.FromDense(dense)
            : throw new TensorFileException($"--args: expected dense elements attributes, got {e}")).ToList();
    }

    /// <summary>Results of a run with inputs and nothing to compare with: printed (small ones in full).</summary>
    private static void PrintOutputs(IReadOnlyList<Tensor> outputs, TextWriter output)
    {
        for (int i = 0; i < outputs.Count; i++)
        {
            string value = outputs[i].ElementCount <= 4096
                ? OpRegistry.FormatDense(outputs[i])
                : $"{outputs[i].TypeString} ({outputs[i].ElementCount} elements; -o DIR writes it)";
            output.WriteLine($"result{i} = {value}");
        }
    }

    private static bool CompareOutputs(string label, IReadOnlyList<Tensor> actual, IReadOnlyList<NamedTensor> expected, RunOptions options, TextWriter output)
    {
        if (expected.Count == 0)
        {
            return true;
        }

        if (expected.Count != actual.Count)
        {
            output.WriteLine($"{label}: error: {actual.Count} results, {expected.Count} expected");
            return false;
        }

        bool ok = true;
        for (int i = 0; i < expected.Count; i++)
        {
            var failure = CheckComparisons.Close(actual[i], expected[i].Tensor, options.RelativeTolerance, options.AbsoluteTolerance);
            if (failure is not null)
            {
                output.WriteLine($"{label}: error: result {i} ({expected[i].Name}): {failure}");
                ok = false;
            }
        }

        return ok;
    }

    private static void WriteOutputs(string file, int partIndex, IReadOnlyList<Tensor> outputs, string directory)
    {
        Directory.CreateDirectory(directory);
        string stem = Path.GetFileNameWithoutExtension(file) + (partIndex >= 0 ? $".part{partIndex + 1}" : string.Empty);
        for (int i = 0; i < outputs.Count; i++)
        {
            TensorFiles.Write(Path.Combine(directory, $"{stem}.result{i}.npy"), new NamedTensor($"result{i}", outputs[i]));
        }
    }
}
