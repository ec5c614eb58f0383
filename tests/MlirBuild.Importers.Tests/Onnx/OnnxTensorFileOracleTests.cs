using System.Security.Cryptography;
using MlirBuild.Importers.Onnx;
using MlirBuild.Tests.Common;

namespace MlirBuild.Importers.Tests.Onnx;

/// <summary>Decodes test-data tensors and compares the bytes with what python3-onnx's numpy_helper makes of them.</summary>
public class OnnxTensorFileOracleTests
{
    // For each .pb path: element type, dims and sha256 of the element bytes (strings: length-prefixed).
    private const string OracleScript = """
import sys, hashlib, struct, onnx
from onnx import numpy_helper
for path in sys.stdin.read().split():
    t = onnx.TensorProto()
    t.ParseFromString(open(path, 'rb').read())
    a = numpy_helper.to_array(t)
    if t.data_type == onnx.TensorProto.STRING:
        data = b''.join(struct.pack('<q', len(s)) + s for s in (x if isinstance(x, bytes) else x.encode() for x in a.flatten()))
    else:
        data = a.tobytes()
    print(path, t.data_type, 'x'.join(str(d) for d in t.dims), hashlib.sha256(data).hexdigest())
""";

    /// <summary>Every 7th node test's tensor-typed inputs and outputs (sequences and optionals use other messages).</summary>
    private static List<string> SampleFiles()
    {
        var script = """
import sys, glob, onnx
dirs = sorted(glob.glob(sys.argv[1] + '/node/*/'))[::7]
for d in dirs:
    m = onnx.load(d + 'model.onnx')
    for kind, values in (('input', m.graph.input), ('output', m.graph.output)):
        for i, v in enumerate(values):
            if v.type.WhichOneof('value') == 'tensor_type' and v.type.tensor_type.elem_type != onnx.TensorProto.BFLOAT16:
                print(d + 'test_data_set_0/%s_%d.pb' % (kind, i))
""";
        var r = ExternalTool.Run("/usr/bin/python3", ["-c", script, RepoPaths.OnnxTestData]);
        Assert.True(r.ExitCode == 0, r.StdErr);
        return [.. r.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(File.Exists)];
    }

    [Fact]
    public void DecodedBytesMatchNumpyHelper()
    {
        var files = SampleFiles();
        Assert.True(files.Count > 150, $"only {files.Count} sample files");
        var oracle = ExternalTool.Run("/usr/bin/python3", ["-c", OracleScript], stdin: string.Join("\n", files));
        Assert.True(oracle.ExitCode == 0, oracle.StdErr);
        var lines = oracle.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(files.Count, lines.Length);
        foreach (var line in lines)
        {
            var parts = line.Split(' ');
            var result = OnnxTensorFile.Read(parts[0]);
            Assert.True(result.Succeeded, parts[0] + "\n" + string.Join("\n", result.Problems));
            var tensor = result.Tensor!;
            Assert.Equal(int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture), (int)tensor.DataType);
            Assert.Equal(parts[2], string.Join("x", tensor.Dims));
            Assert.True(parts[3] == Sha256(tensor), parts[0]);
        }
    }

    private static string Sha256(OnnxTensor t)
    {
        if (t.DataType != OnnxDataType.String)
        {
            return Convert.ToHexStringLower(SHA256.HashData(t.RawData.Span));
        }

        var buffer = new List<byte>();
        foreach (var s in t.Strings)
        {
            buffer.AddRange(BitConverter.GetBytes((long)s.Length));
            buffer.AddRange(s.ToArray());
        }

        return Convert.ToHexStringLower(SHA256.HashData(buffer.ToArray()));
    }
}
