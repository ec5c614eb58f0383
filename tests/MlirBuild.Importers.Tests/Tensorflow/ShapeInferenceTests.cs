namespace MlirBuild.Importers.Tests.Tensorflow;

/// <summary>Result types the importer infers for common ops, checked through whole imports of small graphs.</summary>
public sealed class ShapeInferenceTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "tfimport-shapes-" + Guid.NewGuid().ToString("N"));

    public ShapeInferenceTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string IntConst(string name, params int[] values) =>
        $$"""node { name: "{{name}}" op: "Const" attr { key: "dtype" value { type: DT_INT32 } } attr { key: "value" value { tensor { dtype: DT_INT32 tensor_shape { dim { size: {{values.Length}} } } {{string.Concat(values.Select(v => $"int_val: {v} "))}} } } } }""";

    private string ResultTypeOf(string graph, string node)
    {
        string path = Path.Combine(_dir, Guid.NewGuid().ToString("N") + ".pbtxt");
        File.WriteAllText(path, """node { name: "x" op: "Placeholder" attr { key: "dtype" value { type: DT_FLOAT } } attr { key: "shape" value { shape { dim { size: 1 } dim { size: 8 } dim { size: 6 } dim { size: 3 } } } } }""" + "\n" + graph);
        var module = ImportHelpers.ImportOk(path);
        string? type = null;
        module.Walk(op =>
        {
            if (op.Location is MlirBuild.Ir.NameLoc n && n.Name == node)
            {
                type = op.Results[0].Type.ToString();
            }
        });
        return type ?? throw new InvalidOperationException(node + " not found");
    }

    [Theory]
    [InlineData(new[] { 0, 1, 0, 0 }, new[] { 1, 7, 6, 3 }, new[] { 1, 2, 1, 1 }, 0, 0, 0, "tensor<1x3x6x3xf32>")] // rows 1,3,5
    [InlineData(new[] { 0, -1, 0, 0 }, new[] { 0, 0, 0, 0 }, new[] { 1, -1, 1, 1 }, 13, 15, 0, "tensor<1x8x6x3xf32>")] // reversed rows
    [InlineData(new[] { 0, -1, 0, 0 }, new[] { 0, 0, 0, 0 }, new[] { 1, -1, 1, 1 }, 13, 13, 0, "tensor<1x7x6x3xf32>")] // reversed, end 0 exclusive
    [InlineData(new[] { 0, 0, 0, 1 }, new[] { 0, 0, 0, 2 }, new[] { 1, 1, 1, 1 }, 7, 7, 8, "tensor<1x8x6xf32>")] // shrink channel
    [InlineData(new[] { 0, 2 }, new[] { 1, 100 }, new[] { 1, 1 }, 0, 0, 0, "tensor<1x6x6x3xf32>")] // end clamps, tail dims kept
    public void StridedSliceWithConstantSpec(int[] begin, int[] end, int[] strides, int beginMask, int endMask, int shrinkMask, string expected)
    {
        string graph = string.Join("\n", IntConst("b", begin), IntConst("e", end), IntConst("s", strides),
            $$"""node { name: "ss" op: "StridedSlice" input: "x" input: "b" input: "e" input: "s" attr { key: "T" value { type: DT_FLOAT } } attr { key: "Index" value { type: DT_INT32 } } attr { key: "begin_mask" value { i: {{beginMask}} } } attr { key: "end_mask" value { i: {{endMask}} } } attr { key: "shrink_axis_mask" value { i: {{shrinkMask}} } } }""");
        Assert.Equal(expected, ResultTypeOf(graph, "ss"));
    }

    [Fact]
    public void ResizeTakesItsConstantSize() =>
        Assert.Equal("tensor<1x16x12x3xf32>", ResultTypeOf(IntConst("size", 16, 12) + "\n" +
            """node { name: "r" op: "ResizeBilinear" input: "x" input: "size" attr { key: "T" value { type: DT_FLOAT } } }""", "r"));

    [Fact]
    public void ConvolutionWithSamePaddingAndStride() =>
        Assert.Equal("tensor<1x4x3x5xf32>", ResultTypeOf(
            """node { name: "w" op: "Const" attr { key: "dtype" value { type: DT_FLOAT } } attr { key: "value" value { tensor { dtype: DT_FLOAT tensor_shape { dim { size: 3 } dim { size: 3 } dim { size: 3 } dim { size: 5 } } float_val: 0 } } } }""" + "\n" +
            """node { name: "c" op: "Conv2D" input: "x" input: "w" attr { key: "T" value { type: DT_FLOAT } } attr { key: "padding" value { s: "SAME" } } attr { key: "strides" value { list { i: 1 i: 2 i: 2 i: 1 } } } }""", "c"));

    [Fact]
    public void BroadcastingBinaryOpAndReduction()
    {
        string graph = """node { name: "y" op: "Const" attr { key: "dtype" value { type: DT_FLOAT } } attr { key: "value" value { tensor { dtype: DT_FLOAT tensor_shape { dim { size: 6 } dim { size: 1 } } float_val: 1 } } } }""" + "\n" +
            """node { name: "a" op: "AddV2" input: "x" input: "y" attr { key: "T" value { type: DT_FLOAT } } }""" + "\n" + IntConst("axes", 1, -1) + "\n" +
            """node { name: "m" op: "Mean" input: "a" input: "axes" attr { key: "T" value { type: DT_FLOAT } } attr { key: "keep_dims" value { b: true } } }""";
        Assert.Equal("tensor<1x8x6x3xf32>", ResultTypeOf(graph, "a"));
        Assert.Equal("tensor<1x1x6x1xf32>", ResultTypeOf(graph, "m"));
    }
}
