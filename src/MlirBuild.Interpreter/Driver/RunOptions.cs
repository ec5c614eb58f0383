namespace MlirBuild.Interpreter.Driver;

/// <summary>Options of one <c>mlirbuild run</c> invocation (see <see cref="RunDriver"/>).</summary>
public sealed record RunOptions
{
    /// <summary>Function to run; null runs <c>@main</c> or, for check-only modules, every test function.</summary>
    public string? Entry { get; init; }

    /// <summary>Input tensor files in argument order; a name (<c>NAME=FILE</c>) is kept for messages.</summary>
    public IReadOnlyList<(string? Name, string Path)> Inputs { get; init; } = [];

    /// <summary>Expected result tensor files in result order.</summary>
    public IReadOnlyList<string> Expects { get; init; } = [];

    /// <summary>
    /// Inputs written as MLIR attributes, <c>[dense&lt;1&gt; : tensor&lt;2xi32&gt;, ...]</c> (stablehlo-translate's
    /// <c>--args</c>); they come before <see cref="Inputs"/>.
    /// </summary>
    public string? Args { get; init; }

    /// <summary>A tfjs .io.json file giving inputs and expected outputs.</summary>
    public string? IoJson { get; init; }

    public double RelativeTolerance { get; init; } = 1e-5;

    public double AbsoluteTolerance { get; init; } = 1e-6;

    /// <summary>Split each file at <c>// -----</c> lines and run every part as its own case.</summary>
    public bool SplitInputFile { get; init; }

    /// <summary>Directory to write results to (<c>&lt;file&gt;.result&lt;i&gt;.npy</c>).</summary>
    public string? OutputDirectory { get; init; }
}
