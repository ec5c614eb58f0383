using System.Text;
using MlirBuild.Interpreter.Files;
using MlirBuild.Interpreter.Kernels;
using MlirBuild.Interpreter.Tensors;
using MlirBuild.Tests.Common;

namespace MlirBuild.Interpreter.Tests;

public sealed class TensorFileTests
{
    [Fact]
    public void ReadsAHandWrittenNpyFileInFortranOrder()
    {
        // format 1.0 header written by hand from the NumPy format description
        string dict = "{'descr': '<i4', 'fortran_order': True, 'shape': (2, 3), }";
        dict = dict.PadRight(64 - 10 - 1) + "\n";
        var bytes = new List<byte> { 0x93 };
        bytes.AddRange(Encoding.ASCII.GetBytes("NUMPY"));
        bytes.AddRange([1, 0, (byte)dict.Length, 0]);
        bytes.AddRange(Encoding.ASCII.GetBytes(dict));
        foreach (int v in new[] { 1, 4, 2, 5, 3, 6 })
        {
            bytes.AddRange(BitConverter.GetBytes(v));
        }

        var t = NpyFile.Read(bytes.ToArray(), "x.npy");
        Assert.Equal(new[] { 2, 3 }, t.Shape);
        Assert.Equal(new long[] { 1, 2, 3, 4, 5, 6 }, ElementCodec.ToLongs(t));
    }

    [Fact]
    public void NpyRoundTripsEveryNumpyType()
    {
        foreach (var type in new[] { ElementType.F32, ElementType.F64, ElementType.F16, ElementType.I8, ElementType.I64, ElementType.U16, ElementType.I1, ElementType.C64 })
        {
            var t = ShapeKernels.Iota(type, [3, 2], 0);
            var bytes = NpyFile.Write(t);
            Assert.Equal(0, (bytes[8] + 10) % 64); // header padded to 64 bytes
            var back = NpyFile.Read(bytes, "t.npy");
            Assert.Equal(type, back.ElementType);
            Assert.Equal(t.Shape, back.Shape);
            Assert.Equal(t.Bytes.ToArray(), back.Bytes.ToArray());
        }
    }

    [Fact]
    public void BadNpyFilesAreReportedNotThrownAsBugs()
    {
        Assert.Throws<TensorFileException>(() => NpyFile.Read(new byte[] { 1, 2, 3 }, "bad.npy"));
        var valid = NpyFile.Write(ShapeKernels.Iota(ElementType.F32, [4], 0));
        Assert.Throws<TensorFileException>(() => NpyFile.Read(valid.AsSpan(0, valid.Length - 4), "short.npy"));
    }

    [Fact]
    public void ReadsOnnxBackendTestTensors()
    {
        // test_abs: output_0 must be |input_0|, both read from ONNX's own TensorProto files
        string dir = Path.Combine(RepoPaths.OnnxTestData, "node", "test_abs", "test_data_set_0");
        var input = TensorProtoFile.Read(File.ReadAllBytes(Path.Combine(dir, "input_0.pb")), "input_0.pb");
        var output = TensorProtoFile.Read(File.ReadAllBytes(Path.Combine(dir, "output_0.pb")), "output_0.pb");
        Assert.Equal(input.Tensor.Shape, output.Tensor.Shape);
        Assert.True(input.Tensor.ElementCount > 1);
        Assert.Equal(ElementCodec.ToDoubles(output.Tensor), ElementCodec.ToDoubles(input.Tensor).Select(Math.Abs));
    }

    [Fact]
    public void TensorProtoRoundTrips()
    {
        var t = new NamedTensor("y", ShapeKernels.Iota(ElementType.BF16, [2, 2], 1));
        var back = TensorProtoFile.Read(TensorProtoFile.Write(t), "y.pb");
        Assert.Equal("y", back.Name);
        Assert.Equal(ElementType.BF16, back.Tensor.ElementType);
        Assert.Equal(t.Tensor.Bytes.ToArray(), back.Tensor.Bytes.ToArray());
    }

    [Fact]
    public void ReadsACorpusIoJsonAndWritesItBack()
    {
        string path = Path.Combine(RepoPaths.SharedCorpus, "tfjs", "age.io.json");
        var io = IoJsonFile.Read(File.ReadAllText(path), path);
        Assert.Equal("tfjs-cpu 4.22.0", io.Producer);
        Assert.NotEmpty(io.Inputs);
        Assert.NotEmpty(io.Outputs);
        var input = io.Inputs[0].Tensor;
        Assert.Equal(ElementType.F32, input.ElementType);

        // the corpus README promises floats in [0, 1) for float inputs
        Assert.All(ElementCodec.ToDoubles(input), v => Assert.InRange(v, 0, 1));
        var again = IoJsonFile.Read(IoJsonFile.Write(io), "again");
        Assert.Equal(io.Outputs[0].Tensor.Bytes.ToArray(), again.Outputs[0].Tensor.Bytes.ToArray());
        Assert.Throws<TensorFileException>(() => IoJsonFile.Read("{\"inputs\": [{\"name\": \"x\", \"dtype\": \"float32\", \"shape\": [2], \"data\": \"AAAA\"}]}", "bad"));
    }
}
