using System.Diagnostics;

namespace MlirBuild.Tests.Common;

/// <summary>Runs an oracle tool (mlir-opt, mlir-tblgen) and captures its output. A missing tool fails the test.</summary>
public static class ExternalTool
{
    public sealed record Result(int ExitCode, string StdOut, string StdErr);

    public static Result Run(string exe, IEnumerable<string> args, string? stdin = null, int timeoutMs = 120_000)
    {
        if (!File.Exists(exe))
        {
            throw new InvalidOperationException($"{exe} is missing: run build/install-test-deps.sh");
        }

        var psi = new ProcessStartInfo(exe)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = stdin is not null,
            UseShellExecute = false,
        };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        using var p = Process.Start(psi)!;
        var stdoutTask = p.StandardOutput.ReadToEndAsync();
        var stderrTask = p.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            p.StandardInput.Write(stdin);
            p.StandardInput.Close();
        }

        if (!p.WaitForExit(timeoutMs))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"{exe} did not finish in {timeoutMs} ms");
        }

        return new Result(p.ExitCode, stdoutTask.Result, stderrTask.Result);
    }
}
