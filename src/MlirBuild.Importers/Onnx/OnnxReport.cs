namespace MlirBuild.Importers.Onnx;

/// <summary>One problem found while reading a model or tensor file.</summary>
/// <param name="IsError">False for warnings (for example unknown fields, which are ignored).</param>
/// <param name="File">The model or tensor file.</param>
/// <param name="Where">What part of the file: "node 'conv1' (Conv)", "initializer 'W'", "graph input 'x'"...</param>
/// <param name="Message">What is wrong, in terms of the ONNX format.</param>
public sealed record OnnxProblem(bool IsError, string File, string Where, string Message)
{
    public override string ToString() =>
        File + ": " + (IsError ? "error" : "warning") + ": " + (Where.Length == 0 ? Message : Where + ": " + Message);
}

/// <summary>Collects problems for one file. Readers keep going after an error to report more than one.</summary>
internal sealed class OnnxReport
{
    /// <summary>Stops runaway reporting on garbage input (every node broken in a 1M-node graph).</summary>
    private const int MaxProblems = 200;

    private readonly List<OnnxProblem> problems = [];

    public OnnxReport(string file) => File = file;

    public string File { get; }

    public IReadOnlyList<OnnxProblem> Problems => problems;

    public bool HasErrors { get; private set; }

    public void Error(string where, string message)
    {
        HasErrors = true;
        Add(new OnnxProblem(true, File, where, message));
    }

    public void Warning(string where, string message) => Add(new OnnxProblem(false, File, where, message));

    private void Add(OnnxProblem problem)
    {
        if (problems.Count < MaxProblems)
        {
            problems.Add(problem);
        }
        else if (problems.Count == MaxProblems)
        {
            problems.Add(new OnnxProblem(problem.IsError, File, "", "too many problems; stopped reporting"));
        }
    }
}
