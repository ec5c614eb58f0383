using System.Security.Cryptography;
using System.Text;
using MlirBuild.Importers.Onnx;
using MlirBuild.Tests.Common;

namespace MlirBuild.Importers.Tests.Onnx;

/// <summary>Reading backend test cases: every node test loads; sequences and optionals match python3-onnx's reading.</summary>
public class OnnxTestCaseTests
{
    [Fact]
    public void EveryNodeTestCaseLoads()
    {
        var dirs = Directory.GetDirectories(Path.Combine(RepoPaths.OnnxTestData, "node")).Order(StringComparer.Ordinal).ToList();
        Assert.True(dirs.Count > 900);
        var failures = new List<string>();
        foreach (var dir in dirs)
        {
            var (testCase, problems) = OnnxTestCase.Load(dir);
            if (testCase is null || testCase.ExpectedOutputs.Count == 0)
            {
                failures.Add(dir + ": " + string.Join("; ", problems));
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void SequencesAndOptionalsMatchPythonOnnx()
    {
        const string oracle = """
import sys, glob, hashlib, onnx
from onnx import numpy_helper
def tensor(t):
    a = numpy_helper.to_array(t)
    data = b''.join(s if isinstance(s, bytes) else s.encode() for s in a.flatten()) if t.data_type == 8 else a.tobytes()
    return 'T%d[%s]:%s' % (t.data_type, 'x'.join(map(str, t.dims)), hashlib.sha256(data).hexdigest()[:12])
def seq(s):
    items = [tensor(t) for t in s.tensor_values] + [seq(x) for x in s.sequence_values] + [opt(x) for x in s.optional_values]
    return 'S[' + ','.join(items) + ']'
def opt(o):
    inner = ''
    if o.elem_type == 1 and o.HasField('tensor_value'): inner = tensor(o.tensor_value)
    if o.elem_type == 3 and o.HasField('sequence_value'): inner = seq(o.sequence_value)
    if o.elem_type == 5 and o.HasField('optional_value'): inner = opt(o.optional_value)
    return 'O(' + inner + ')'
for d in sorted(glob.glob(sys.argv[1] + '/node/*/')):
    m = onnx.load(d + 'model.onnx')
    inits = {i.name for i in m.graph.initializer}
    vals = [('input', i, v) for i, v in enumerate([v for v in m.graph.input if v.name not in inits])] + [('output', i, v) for i, v in enumerate(m.graph.output)]
    if all(v.type.WhichOneof('value') == 'tensor_type' for _, _, v in vals): continue
    out = []
    for kind, i, v in vals:
        raw = open(d + 'test_data_set_0/%s_%d.pb' % (kind, i), 'rb').read()
        k = v.type.WhichOneof('value')
        if k == 'tensor_type': t = onnx.TensorProto(); t.ParseFromString(raw); out.append(tensor(t))
        elif k == 'sequence_type': s = onnx.SequenceProto(); s.ParseFromString(raw); out.append(seq(s))
        elif k == 'optional_type': o = onnx.OptionalProto(); o.ParseFromString(raw); out.append(opt(o))
    print(d.rstrip('/'), ' '.join(out))
""";
        var r = ExternalTool.Run("/usr/bin/python3", ["-c", oracle, RepoPaths.OnnxTestData]);
        Assert.True(r.ExitCode == 0, r.StdErr);
        var lines = r.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length >= 20, $"only {lines.Length} non-tensor cases");
        foreach (var line in lines)
        {
            var dir = line[..line.IndexOf(' ')];
            var (testCase, problems) = OnnxTestCase.Load(dir);
            Assert.True(testCase is not null, dir + ": " + string.Join("; ", problems));
            var ours = string.Join(" ", testCase!.Inputs.Concat(testCase.ExpectedOutputs).Select(v => Describe(v.Value)));
            Assert.Equal(line[(dir.Length + 1)..], ours);
        }
    }

    private static string Describe(OnnxValue value) => value switch
    {
        OnnxTensorValue t => Describe(t.Tensor),
        OnnxSequenceValue s => "S[" + string.Join(",", s.Elements.Select(Describe)) + "]",
        OnnxOptionalValue o => "O(" + (o.Element is null ? "" : Describe(o.Element)) + ")",
        _ => "?",
    };

    private static string Describe(OnnxTensor t)
    {
        var bytes = t.DataType == OnnxDataType.String ? t.Strings.SelectMany(s => s.ToArray()).ToArray() : t.RawData.ToArray();
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..12];
        return $"T{(int)t.DataType}[{string.Join("x", t.Dims)}]:{hash}";
    }
}
