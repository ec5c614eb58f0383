using Google.Protobuf;
using MlirBuild.Importers.Onnx;
using MlirBuild.Importers.Onnx.Proto;

namespace MlirBuild.Importers.Tests.Onnx;

public class OnnxTensorDecodingTests
{
    private static OnnxTensorFileResult Decode(TensorProto t) => OnnxTensorFile.Parse(t.ToByteArray(), "t.pb");

    private static TensorProto Tensor(OnnxDataType type, params long[] dims)
    {
        var t = new TensorProto { DataType = (int)type, Name = "t" };
        t.Dims.AddRange(dims);
        return t;
    }

    [Fact]
    public void FloatDataBecomesLittleEndianBytes()
    {
        var t = Tensor(OnnxDataType.Float, 2);
        t.FloatData.Add(1.5f);
        t.FloatData.Add(-2f);
        var r = Decode(t);
        Assert.True(r.Succeeded, string.Join("\n", r.Problems));
        // 1.5f = 0x3FC00000, -2f = 0xC0000000
        Assert.Equal(new byte[] { 0, 0, 0xC0, 0x3F, 0, 0, 0, 0xC0 }, r.Tensor!.RawData.ToArray());
        Assert.Equal(new long[] { 2 }, r.Tensor.Dims);
    }

    [Theory]
    [InlineData(OnnxDataType.Int8, new[] { -1, 2 }, new byte[] { 0xFF, 2 })]
    [InlineData(OnnxDataType.UInt8, new[] { 255, 7 }, new byte[] { 0xFF, 7 })]
    [InlineData(OnnxDataType.Bool, new[] { 0, 5 }, new byte[] { 0, 1 })]
    [InlineData(OnnxDataType.Int16, new[] { -2, 258 }, new byte[] { 0xFE, 0xFF, 2, 1 })]
    [InlineData(OnnxDataType.Float16, new[] { 0x3C00, 0xC000 }, new byte[] { 0x00, 0x3C, 0x00, 0xC0 })]
    [InlineData(OnnxDataType.Int32, new[] { 1, -1 }, new byte[] { 1, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0xFF })]
    public void Int32DataIsNarrowedPerElementType(OnnxDataType type, int[] values, byte[] expected)
    {
        var t = Tensor(type, values.Length);
        t.Int32Data.AddRange(values);
        var r = Decode(t);
        Assert.True(r.Succeeded, string.Join("\n", r.Problems));
        Assert.Equal(expected, r.Tensor!.RawData.ToArray());
    }

    [Fact]
    public void Int64AndUInt64AndDoubleFields()
    {
        var a = Tensor(OnnxDataType.Int64);
        a.Int64Data.Add(-2);
        Assert.Equal(BitConverter.GetBytes(-2L), Decode(a).Tensor!.RawData.ToArray());

        var b = Tensor(OnnxDataType.UInt32, 1);
        b.Uint64Data.Add(0xFFFFFFFF);
        Assert.Equal(new byte[] { 0xFF, 0xFF, 0xFF, 0xFF }, Decode(b).Tensor!.RawData.ToArray());

        var c = Tensor(OnnxDataType.Complex128, 1);
        c.DoubleData.Add(1.0);
        c.DoubleData.Add(-0.5);
        Assert.Equal(BitConverter.GetBytes(1.0).Concat(BitConverter.GetBytes(-0.5)), Decode(c).Tensor!.RawData.ToArray());
    }

    [Fact]
    public void RawDataIsKeptWithoutCopyingPerElement()
    {
        var t = Tensor(OnnxDataType.Int32, 2, 2);
        t.RawData = ByteString.CopyFrom(Enumerable.Range(0, 16).Select(i => (byte)i).ToArray());
        var r = Decode(t);
        Assert.True(r.Succeeded);
        Assert.Equal(16, r.Tensor!.RawData.Length);
        Assert.Equal(4, r.Tensor.ElementCount);
    }

    [Fact]
    public void StringTensorKeepsBytes()
    {
        var t = Tensor(OnnxDataType.String, 2);
        t.StringData.Add(ByteString.CopyFromUtf8("héllo"));
        t.StringData.Add(ByteString.CopyFrom(0xFF, 0x00));
        var r = Decode(t);
        Assert.True(r.Succeeded);
        Assert.Equal("héllo"u8.ToArray(), r.Tensor!.Strings[0].ToArray());
        Assert.Equal(new byte[] { 0xFF, 0 }, r.Tensor.Strings[1].ToArray());
    }

    [Fact]
    public void RawDataShorterThanShapeIsAnError()
    {
        var t = Tensor(OnnxDataType.Float, 3);
        t.RawData = ByteString.CopyFrom(new byte[8]);
        var r = Decode(t);
        Assert.False(r.Succeeded);
        var p = Assert.Single(r.Problems);
        Assert.Contains("t.pb", p.ToString());
        Assert.Contains("raw_data has 8 bytes", p.Message);
        Assert.Contains("needs 12", p.Message);
    }

    [Fact]
    public void AbsurdShapeWithTinyDataFailsWithoutAllocating()
    {
        var t = Tensor(OnnxDataType.Double, 1L << 30, 1L << 20);
        t.RawData = ByteString.CopyFrom(new byte[8]);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var r = Decode(t);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.False(r.Succeeded);
        Assert.Contains("too large", r.Problems[0].Message);
        Assert.True(allocated < 1 << 20, $"allocated {allocated} bytes");
    }

    [Fact]
    public void OverflowingShapeIsAnError()
    {
        var t = Tensor(OnnxDataType.Float, long.MaxValue / 2, 4);
        var r = Decode(t);
        Assert.False(r.Succeeded);
        Assert.Contains("overflows", r.Problems[0].Message);
    }

    [Fact]
    public void NegativeDimensionIsAnError()
    {
        var t = Tensor(OnnxDataType.Float, -1);
        Assert.Contains("negative dimension", Decode(t).Problems[0].Message);
    }

    [Fact]
    public void MissingDataAndWrongCountAreErrors()
    {
        Assert.Contains("tensor has no data", Decode(Tensor(OnnxDataType.Float, 2)).Problems[0].Message);
        var t = Tensor(OnnxDataType.Int64, 3);
        t.Int64Data.Add(1);
        Assert.Contains("int64_data has 1 values", Decode(t).Problems[0].Message);
    }

    [Fact]
    public void TwoDataSourcesAreAnError()
    {
        var t = Tensor(OnnxDataType.Float, 1);
        t.FloatData.Add(1);
        t.RawData = ByteString.CopyFrom(new byte[4]);
        Assert.Contains("more than one data source", Decode(t).Problems[0].Message);
    }

    [Fact]
    public void SegmentsAndUnknownElementTypesAreErrors()
    {
        var t = Tensor(OnnxDataType.Float, 1);
        t.FloatData.Add(1);
        t.Segment = new TensorProto.Types.Segment { Begin = 0, End = 1 };
        Assert.Contains("segment", Decode(t).Problems[0].Message);
        var u = new TensorProto { DataType = 99 };
        Assert.Contains("unsupported tensor element type 99", Decode(u).Problems[0].Message);
    }

    [Fact]
    public void TruncatedAndCorruptFilesAreReported()
    {
        var t = Tensor(OnnxDataType.Float, 4);
        t.RawData = ByteString.CopyFrom(new byte[16]);
        var bytes = t.ToByteArray();
        var r = OnnxTensorFile.Parse(bytes[..(bytes.Length - 3)], "cut.pb");
        Assert.False(r.Succeeded);
        Assert.Contains("truncated or corrupt", r.Problems[0].Message);
        var garbage = OnnxTensorFile.Parse([0xFF, 0xFF, 0xFF, 0xFF, 0xFF], "garbage.pb");
        Assert.False(garbage.Succeeded);
        Assert.StartsWith("garbage.pb: error:", garbage.Problems[0].ToString());
    }

    [Fact]
    public void UnknownFieldsAreWarnedAboutAndIgnored()
    {
        var t = Tensor(OnnxDataType.Float, 1);
        t.FloatData.Add(3);
        var bytes = t.ToByteArray().Concat(new byte[] { 0xF8, 0x06, 0x01 }).ToArray(); // field 111, varint 1
        var r = OnnxTensorFile.Parse(bytes, "u.pb");
        Assert.True(r.Succeeded);
        var w = Assert.Single(r.Problems);
        Assert.False(w.IsError);
        Assert.Contains("unknown field 111", w.Message);
    }

    [Fact]
    public void MissingFileIsReported()
    {
        var r = OnnxTensorFile.Read("/nonexistent/dir/input_0.pb");
        Assert.False(r.Succeeded);
        Assert.Contains("does not exist", r.Problems[0].Message);
    }
}
