using System.CommandLine;
using MlirBuild.Interpreter.Driver;

namespace MlirBuild.Cli.Commands;

/// <summary>
/// <c>mlirbuild run FILE.mlir... [--entry main] [--input NAME=FILE]... [--expect FILE]... [--io FILE.io.json]
/// [--rtol R] [--atol A] [--split-input-file] [-o DIR]</c>: a thin shell over <see cref="RunDriver"/>.
/// </summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Arity = ArgumentArity.OneOrMore, Description = "MLIR files to run" };
        var entry = new Option<string?>("--entry") { Description = "Function to run (default: @main, or every test function of a check-only module)" };
        var inputs = new Option<string[]>("--input") { Description = "Input tensor (.npy or ONNX .pb), as FILE or NAME=FILE, in argument order" };
        var expects = new Option<string[]>("--expect") { Description = "Expected result tensor (.npy or .pb), in result order" };
        var args = new Option<string?>("--args") { Description = "Inputs as MLIR attributes: \"[dense<1> : tensor<2xi32>, ...]\" (before --input files)" };
        var io = new Option<string?>("--io") { Description = "A tfjs .io.json file with inputs and expected outputs" };
        var rtol = new Option<double>("--rtol") { Description = "Relative tolerance for expected results", DefaultValueFactory = _ => 1e-5 };
        var atol = new Option<double>("--atol") { Description = "Absolute tolerance for expected results", DefaultValueFactory = _ => 1e-6 };
        var split = new Option<bool>("--split-input-file") { Description = "Run each '// -----' part of a file as its own case" };
        var outDir = new Option<string?>("--output", "-o") { Description = "Directory to write results to as .npy" };

        var command = new Command("run", "Interpret StableHLO modules: run their checks, or run a function on input tensors and compare or write the results.");
        command.Arguments.Add(files);
        command.Options.Add(entry);
        command.Options.Add(inputs);
        command.Options.Add(expects);
        command.Options.Add(args);
        command.Options.Add(io);
        command.Options.Add(rtol);
        command.Options.Add(atol);
        command.Options.Add(split);
        command.Options.Add(outDir);
        command.SetAction(parse =>
        {
            var options = new RunOptions
            {
                Entry = parse.GetValue(entry),
                Inputs = (parse.GetValue(inputs) ?? []).Select(ParseInput).ToList(),
                Expects = parse.GetValue(expects) ?? [],
                IoJson = parse.GetValue(io),
                Args = parse.GetValue(args),
                RelativeTolerance = parse.GetValue(rtol),
                AbsoluteTolerance = parse.GetValue(atol),
                SplitInputFile = parse.GetValue(split),
                OutputDirectory = parse.GetValue(outDir),
            };
            var summary = RunDriver.Run(parse.GetValue(files) ?? [], options, RunDriver.CreateContext, parse.InvocationConfiguration.Output);
            return summary.Failed == 0 && summary.Passed > 0 ? 0 : 1;
        });
        return command;
    }

    private static (string? Name, string Path) ParseInput(string text)
    {
        int eq = text.IndexOf('=', StringComparison.Ordinal);
        return eq > 0 && !File.Exists(text) ? (text[..eq], text[(eq + 1)..]) : (null, text);
    }
}
