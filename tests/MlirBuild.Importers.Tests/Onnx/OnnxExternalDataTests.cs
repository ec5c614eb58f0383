using Google.Protobuf;
using MlirBuild.Importers.Onnx;
using MlirBuild.Importers.Onnx.Proto;

namespace MlirBuild.Importers.Tests.Onnx;

public class OnnxExternalDataTests
{
    private static TensorProto External(string location, long? offset = null, long? length = null, params long[] dims)
    {
        var t = new TensorProto { Name = "w", DataType = (int)OnnxDataType.Float, DataLocation = TensorProto.Types.DataLocation.External };
        t.Dims.AddRange(dims);
        t.ExternalData.Add(new StringStringEntryProto { Key = "location", Value = location });
        if (offset is { } o)
        {
            t.ExternalData.Add(new StringStringEntryProto { Key = "offset", Value = o.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        if (length is { } l)
        {
            t.ExternalData.Add(new StringStringEntryProto { Key = "length", Value = l.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        return t;
    }

    private static OnnxTensorFileResult ReadIn(TempDirectory dir, TensorProto t, string sub = "")
    {
        var folder = Path.Combine(dir.Path, sub);
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "input_0.pb");
        File.WriteAllBytes(file, t.ToByteArray());
        return OnnxTensorFile.Read(file);
    }

    [Fact]
    public void ReadsDataAtOffset()
    {
        using var dir = new TempDirectory();
        var payload = new byte[] { 9, 9, 0, 0, 0x80, 0x3F, 0, 0, 0, 0x40 };
        File.WriteAllBytes(dir.File("weights.bin"), payload);
        var r = ReadIn(dir, External("weights.bin", 2, 8, 2));
        Assert.True(r.Succeeded, string.Join("\n", r.Problems));
        Assert.Equal(payload[2..], r.Tensor!.RawData.ToArray());
    }

    [Fact]
    public void ReadsSubdirectoryWithoutLength()
    {
        using var dir = new TempDirectory();
        Directory.CreateDirectory(dir.File("data"));
        File.WriteAllBytes(dir.File("data/w.bin"), new byte[12]);
        var r = ReadIn(dir, External("data/w.bin", null, null, 3));
        Assert.True(r.Succeeded, string.Join("\n", r.Problems));
        Assert.Equal(3, r.Tensor!.ElementCount);
    }

    [Theory]
    [InlineData("../secret.bin", "escapes the model's directory")]
    [InlineData("data/../../secret.bin", "escapes the model's directory")]
    [InlineData("/etc/passwd", "must be relative")]
    [InlineData("", "no 'location'")]
    [InlineData("missing.bin", "does not exist")]
    public void RejectsBadLocations(string location, string expected)
    {
        using var dir = new TempDirectory();
        File.WriteAllBytes(dir.File("secret.bin"), new byte[4]);
        var r = ReadIn(dir, External(location, null, null, 1), "model");
        Assert.False(r.Succeeded);
        var p = Assert.Single(r.Problems, x => x.IsError);
        Assert.Contains(expected, p.Message);
        Assert.Contains("input_0.pb", p.File);
        Assert.Contains("tensor 'w'", p.Where);
    }

    [Fact]
    public void RejectsSymlinkLeadingOut()
    {
        using var dir = new TempDirectory();
        Directory.CreateDirectory(dir.File("model"));
        File.WriteAllBytes(dir.File("outside.bin"), new byte[4]);
        File.CreateSymbolicLink(dir.File("model/link.bin"), dir.File("outside.bin"));
        var r = ReadIn(dir, External("link.bin", null, null, 1), "model");
        Assert.False(r.Succeeded);
        Assert.Contains("symbolic link", r.Problems[0].Message);
    }

    [Theory]
    [InlineData(0L, 400L, "has only 8 bytes")]
    [InlineData(100L, 4L, "beyond the end")]
    [InlineData(0L, 4L, "holds 4 bytes but the tensor's shape and type need 8")]
    public void RejectsSizesThatDoNotFit(long offset, long length, string expected)
    {
        using var dir = new TempDirectory();
        File.WriteAllBytes(dir.File("w.bin"), new byte[8]);
        var r = ReadIn(dir, External("w.bin", offset, length, 2));
        Assert.False(r.Succeeded);
        Assert.Contains(expected, r.Problems[0].Message);
    }

    [Fact]
    public void AbsurdDeclaredSizeIsRejectedBeforeReading()
    {
        using var dir = new TempDirectory();
        File.WriteAllBytes(dir.File("w.bin"), new byte[8]);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var r = ReadIn(dir, External("w.bin", 0, 1L << 40, 1L << 38));
        Assert.False(r.Succeeded);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 1 << 20);
    }

    [Fact]
    public void BadOffsetTextIsAnError()
    {
        using var dir = new TempDirectory();
        File.WriteAllBytes(dir.File("w.bin"), new byte[8]);
        var t = External("w.bin", null, null, 2);
        t.ExternalData.Add(new StringStringEntryProto { Key = "offset", Value = "-5" });
        Assert.Contains("offset '-5'", ReadIn(dir, t).Problems[0].Message);
    }
}
