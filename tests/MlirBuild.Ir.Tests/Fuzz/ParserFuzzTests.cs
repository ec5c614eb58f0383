using System.Diagnostics;
using System.Text.RegularExpressions;
using MlirBuild.Ir.Tests.Conformance;
using MlirBuild.Ir.Tools;
using Xunit.Abstractions;

namespace MlirBuild.Ir.Tests.Fuzz;

/// <summary>
/// Bad input must always end in a located diagnostic (<c>file:line:col: error: ...</c>) or in valid output:
/// never an exception, a stack overflow (which would kill this process) or a hang. Seeded, so failures reproduce.
/// Runs parse → verify → print (generic and pretty) through <see cref="MlirFormatter"/>.
/// </summary>
public sealed partial class ParserFuzzTests(ITestOutputHelper output)
{
    private const int Seed = 20261125;

    /// <summary><c>file:line:col: error:</c> (the file is fuzz.mlir, or one named by a location in the input).</summary>
    [GeneratedRegex(@"^[^\n]+:\d+:\d+: error: ")]
    private static partial Regex LocatedError();

    /// <summary>Corpus sources plus mlir-opt's generic prints of them (which our parser accepts in full, so
    /// mutations reach deep into the grammar instead of stopping at the first custom-syntax op).</summary>
    private static readonly Lazy<IReadOnlyList<string>> Seeds = new(() =>
    {
        var sources = CorpusModule.LoadAll().Select(m => m.Text).Where(t => t.Length < 6000).ToList();
        var generic = MlirOptBatch.Run(sources, "--mlir-print-op-generic", "--mlir-print-debuginfo").Outputs.OfType<string>();
        return sources.Concat(generic).ToList();
    });

    [Fact]
    public void TruncatedInputs() => RunCases("truncated", 1500, rng => FuzzInputs.Truncate(PickSeed(rng), rng));

    [Fact]
    public void MutatedInputs() => RunCases("mutated", 3000, rng => FuzzInputs.Mutate(PickSeed(rng), rng));

    [Fact]
    public void RandomBytes() => RunCases("random bytes", 600, FuzzInputs.RandomBytes);

    [Fact]
    public void TokenSoup() => RunCases("token soup", 1000, FuzzInputs.TokenSoup);

    [Theory]
    [InlineData(300)]
    [InlineData(5_000)]
    [InlineData(100_000)]
    public void DeeplyNestedInputs(int depth)
    {
        foreach (var (name, text) in FuzzInputs.DeepNesting(depth))
        {
            var outcome = Check(text);
            Assert.True(outcome is null, $"{name} x{depth}: {outcome}");
        }
    }

    private static string PickSeed(Random rng) => Seeds.Value[rng.Next(Seeds.Value.Count)];

    private void RunCases(string kind, int count, Func<Random, string> generate)
    {
        var failures = new List<string>();
        var rejected = 0;
        var slowest = TimeSpan.Zero;
        var total = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var rng = new Random(HashCode.Combine(Seed, kind.GetHashCode(StringComparison.Ordinal) & 0xFFFF, i));
            var text = generate(rng);
            var watch = Stopwatch.StartNew();
            var outcome = Check(text, out var wasRejected);
            watch.Stop();
            slowest = watch.Elapsed > slowest ? watch.Elapsed : slowest;
            rejected += wasRejected ? 1 : 0;
            if (outcome is not null)
            {
                failures.Add($"case {i}: {outcome}\n  input: {Show(text)}");
            }
            else if (watch.Elapsed > TimeSpan.FromSeconds(2))
            {
                failures.Add($"case {i}: took {watch.Elapsed.TotalSeconds:F1} s\n  input: {Show(text)}");
            }
        }

        output.WriteLine($"{kind}: {count} cases ({rejected} rejected with a located error, {count - rejected} accepted), " +
                         $"slowest {slowest.TotalMilliseconds:F0} ms, total {total.Elapsed.TotalSeconds:F1} s");
        Assert.True(failures.Count == 0, $"{failures.Count} of {count} {kind} cases failed:\n" + string.Join("\n", failures.Take(10)));
    }

    private static string? Check(string text) => Check(text, out _);

    /// <summary>Null when the input was handled properly; otherwise what went wrong.</summary>
    private static string? Check(string text, out bool rejected)
    {
        rejected = false;
        try
        {
            var options = new FormatOptions { AllowUnregisteredDialects = true };
            var generic = MlirFormatter.Format(text, "fuzz.mlir", options with { Generic = true });
            var pretty = MlirFormatter.Format(text, "fuzz.mlir", options);
            if (generic.Succeeded != pretty.Succeeded)
            {
                return "generic and pretty formatting disagree on success";
            }

            if (generic.Succeeded)
            {
                return null;
            }

            rejected = true;
            var first = generic.Diagnostics.FirstOrDefault(d => d.IsError);
            return first is not null && LocatedError().IsMatch(first.ToString())
                ? null
                : "rejected without a located error: " + (first?.ToString() ?? "(no diagnostic)");
        }
        catch (Exception e)
        {
            return $"{e.GetType().Name}: {e.Message}\n{e.StackTrace?.Split('\n').FirstOrDefault()}";
        }
    }

    private static string Show(string text)
    {
        var clipped = text.Length > 300 ? text[..300] + "..." : text;
        return System.Text.Json.JsonSerializer.Serialize(clipped);
    }
}
