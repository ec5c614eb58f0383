using MlirBuild.Interpreter.Driver;
using MlirBuild.Interpreter.Evaluation;
using MlirBuild.Ir;

namespace MlirBuild.Interpreter.Tests.Evaluation;

/// <summary>
/// interpreter.run_parallel, the process ids, send/recv, infeed/outfeed, probe/expect_serialized_eq and print, in
/// generic form (independent of the pretty-syntax work). Collectives are covered by the corpus sample tests.
/// </summary>
public class ProcessGridTests
{
    private static RunOutcome Run(string text, TextWriter? output = null)
    {
        var parsed = MlirParser.Parse(text, "grid.mlir", RunDriver.CreateContext());
        Assert.True(parsed.Succeeded, parsed.Diagnostics.ToString());
        return ModuleRunner.RunChecks(parsed.Module!, output: output);
    }

    [Fact]
    public void ProcessIdsFollowTheProgramsGrid()
    {
        var outcome = Run("""
            func.func @ids() -> (tensor<ui32>, tensor<ui32>) {
              %r = "stablehlo.replica_id"() : () -> tensor<ui32>
              %p = "stablehlo.partition_id"() : () -> tensor<ui32>
              func.return %r, %p : tensor<ui32>, tensor<ui32>
            }
            func.func @main() {
              %0:8 = "interpreter.run_parallel"() {programs = [[@ids, @ids], [@ids, @ids]]} : () -> (tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>, tensor<ui32>)
              "check.expect_eq_const"(%0#2) {value = dense<0> : tensor<ui32>} : (tensor<ui32>) -> ()
              "check.expect_eq_const"(%0#3) {value = dense<1> : tensor<ui32>} : (tensor<ui32>) -> ()
              "check.expect_eq_const"(%0#4) {value = dense<1> : tensor<ui32>} : (tensor<ui32>) -> ()
              "check.expect_eq_const"(%0#5) {value = dense<0> : tensor<ui32>} : (tensor<ui32>) -> ()
              "check.expect_eq_const"(%0#7) {value = dense<1> : tensor<ui32>} : (tensor<ui32>) -> ()
              func.return
            }
            """);
        Assert.True(outcome.Passed, outcome.Error ?? string.Join("\n", outcome.Failures));
        Assert.Equal(5, outcome.ChecksRun);
    }

    [Fact]
    public void SendReachesRecvOnTheSameChannelInOrder()
    {
        var outcome = Run("""
            func.func @send(%x: tensor<2xi64>, %t: !stablehlo.token) -> !stablehlo.token {
              %0 = "stablehlo.send"(%x, %t) {channel_handle = #stablehlo.channel_handle<handle = 1, type = 2>, is_host_transfer = true} : (tensor<2xi64>, !stablehlo.token) -> !stablehlo.token
              %c = "stablehlo.constant"() {value = dense<[7, 8]> : tensor<2xi64>} : () -> tensor<2xi64>
              %1 = "stablehlo.send"(%c, %t) {channel_handle = #stablehlo.channel_handle<handle = 1, type = 2>, is_host_transfer = true} : (tensor<2xi64>, !stablehlo.token) -> !stablehlo.token
              func.return %1 : !stablehlo.token
            }
            func.func @recv(%t: !stablehlo.token) -> (tensor<2xi64>, tensor<2xi64>) {
              %0:2 = "stablehlo.recv"(%t) {channel_handle = #stablehlo.channel_handle<handle = 1, type = 3>, is_host_transfer = true} : (!stablehlo.token) -> (tensor<2xi64>, !stablehlo.token)
              %1:2 = "stablehlo.recv"(%t) {channel_handle = #stablehlo.channel_handle<handle = 1, type = 3>, is_host_transfer = true} : (!stablehlo.token) -> (tensor<2xi64>, !stablehlo.token)
              func.return %0#0, %1#0 : tensor<2xi64>, tensor<2xi64>
            }
            func.func @main() {
              %x = "stablehlo.constant"() {value = dense<[1, 2]> : tensor<2xi64>} : () -> tensor<2xi64>
              %t = "stablehlo.after_all"() : () -> !stablehlo.token
              %r:3 = "interpreter.run_parallel"(%x, %t, %t) {programs = [[@send], [@recv]]} : (tensor<2xi64>, !stablehlo.token, !stablehlo.token) -> (!stablehlo.token, tensor<2xi64>, tensor<2xi64>)
              "check.expect_eq_const"(%r#1) {value = dense<[1, 2]> : tensor<2xi64>} : (tensor<2xi64>) -> ()
              "check.expect_eq_const"(%r#2) {value = dense<[7, 8]> : tensor<2xi64>} : (tensor<2xi64>) -> ()
              func.return
            }
            """);
        Assert.True(outcome.Passed, outcome.Error ?? string.Join("\n", outcome.Failures));
    }

    [Fact]
    public void InfeedTakesTheQueueInOrder()
    {
        var outcome = Run("""
            func.func @feed(%t: !stablehlo.token) -> (tensor<i64>, tensor<i64>) {
              %0:2 = "stablehlo.infeed"(%t) : (!stablehlo.token) -> (tensor<i64>, !stablehlo.token)
              %1:2 = "stablehlo.infeed"(%0#1) : (!stablehlo.token) -> (tensor<i64>, !stablehlo.token)
              func.return %0#0, %1#0 : tensor<i64>, tensor<i64>
            }
            func.func @q0() -> tensor<i64> {
              %0 = "stablehlo.constant"() {value = dense<10> : tensor<i64>} : () -> tensor<i64>
              func.return %0 : tensor<i64>
            }
            func.func @q1() -> tensor<i64> {
              %0 = "stablehlo.constant"() {value = dense<20> : tensor<i64>} : () -> tensor<i64>
              func.return %0 : tensor<i64>
            }
            func.func @main() {
              %t = "stablehlo.after_all"() : () -> !stablehlo.token
              %r:2 = "interpreter.run_parallel"(%t) {infeed = [@q0, @q1], programs = [[@feed]]} : (!stablehlo.token) -> (tensor<i64>, tensor<i64>)
              "check.expect_eq_const"(%r#0) {value = dense<10> : tensor<i64>} : (tensor<i64>) -> ()
              "check.expect_eq_const"(%r#1) {value = dense<20> : tensor<i64>} : (tensor<i64>) -> ()
              func.return
            }
            """);
        Assert.True(outcome.Passed, outcome.Error ?? string.Join("\n", outcome.Failures));
    }

    [Fact]
    public void AFailingProcessIsReportedWithItsIdAndStopsTheOthers()
    {
        var outcome = Run("""
            func.func @reduce(%x: tensor<2xi64>) -> tensor<2xi64> {
              %0 = "stablehlo.all_reduce"(%x) ({
              ^bb0(%a: tensor<i64>, %b: tensor<i64>):
                %s = "stablehlo.add"(%a, %b) : (tensor<i64>, tensor<i64>) -> tensor<i64>
                "stablehlo.return"(%s) : (tensor<i64>) -> ()
              }) {replica_groups = dense<[[0, 1]]> : tensor<1x2xi64>} : (tensor<2xi64>) -> tensor<2xi64>
              func.return %0 : tensor<2xi64>
            }
            func.func @broken(%x: tensor<2xi64>) -> tensor<2xi64> {
              %0 = "stablehlo.no_such_op"(%x) : (tensor<2xi64>) -> tensor<2xi64>
              func.return %0 : tensor<2xi64>
            }
            func.func @main() {
              %x = "stablehlo.constant"() {value = dense<[1, 2]> : tensor<2xi64>} : () -> tensor<2xi64>
              %r:2 = "interpreter.run_parallel"(%x, %x) {programs = [[@reduce], [@broken]]} : (tensor<2xi64>, tensor<2xi64>) -> (tensor<2xi64>, tensor<2xi64>)
              func.return
            }
            """);
        Assert.False(outcome.Passed);
        Assert.Contains("process (1, 0)", outcome.Error);
        Assert.Contains("stablehlo.no_such_op is not supported", outcome.Error);
    }

    [Fact]
    public void ProbesAreComparedPerExecution()
    {
        const string Module = """
            func.func @main() {
              %0 = "stablehlo.constant"() {value = dense<[1.5, -2.0]> : tensor<2xbf16>} : () -> tensor<2xbf16>
              %1 = "interpreter.probe"(%0) {probe_id = "p"} : (tensor<2xbf16>) -> tensor<2xbf16>
              %2 = "stablehlo.add"(%1, %1) : (tensor<2xbf16>, tensor<2xbf16>) -> tensor<2xbf16>
              %3 = "interpreter.probe"(%2) {probe_id = "p"} : (tensor<2xbf16>) -> tensor<2xbf16>
              "check.expect_serialized_eq"(%0) {probe_id = "p"} : (tensor<2xbf16>) -> ()
              "check.expect_serialized_eq"(%2) {probe_id = "p", iteration = 1 : ui32} : (tensor<2xbf16>) -> ()
              "check.expect_serialized_eq"(%2) {probe_id = "p", iteration = 0 : ui32} : (tensor<2xbf16>) -> ()
              "check.expect_serialized_eq"(%2) {probe_id = "q"} : (tensor<2xbf16>) -> ()
              func.return
            }
            """;
        var outcome = Run(Module);
        Assert.Equal(4, outcome.ChecksRun);
        Assert.Equal(2, outcome.Failures.Count);
        Assert.Contains("element [0]: expected 1.5, got 3", outcome.Failures[0].ToString());
        Assert.Contains("no value was probed as \"q\"", outcome.Failures[1].ToString());
    }

    [Fact]
    public void PrintWritesTheDenseForm()
    {
        var output = new StringWriter();
        var outcome = Run("""
            func.func @main() {
              %0 = "stablehlo.constant"() {value = dense<[[1, -2], [3, 4]]> : tensor<2x2xi8>} : () -> tensor<2x2xi8>
              "interpreter.print"(%0) : (tensor<2x2xi8>) -> ()
              func.return
            }
            """, output);
        Assert.True(outcome.Passed, outcome.Error);
        Assert.Equal("dense<[[1, -2], [3, 4]]> : tensor<2x2xi8>", output.ToString().Trim());
    }
}
