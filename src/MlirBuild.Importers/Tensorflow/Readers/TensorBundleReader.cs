using System.Globalization;
using Google.Protobuf;
using MlirBuild.Importers.Tensorflow.Protos;

namespace MlirBuild.Importers.Tensorflow.Readers;

/// <summary>One tensor saved in a checkpoint bundle.</summary>
public sealed record BundleTensor(string Key, DataType DataType, long[] Shape, ReadOnlyMemory<byte> Data);

/// <summary>
/// Reads a TensorFlow checkpoint bundle (<c>prefix.index</c> + <c>prefix.data-NNNNN-of-MMMMM</c>): the index is a
/// table whose empty key holds a <see cref="BundleHeaderProto"/> and whose other keys map tensor names to
/// <see cref="BundleEntryProto"/>s (shard, offset, size, CRC-32C). Values are read only when asked for, each checked
/// against its declared shape, its shard's length and its checksum.
/// </summary>
public sealed class TensorBundleReader
{
    private readonly string _prefix;
    private readonly BundleHeaderProto _header;
    private readonly Dictionary<string, BundleEntryProto> _entries;

    private TensorBundleReader(string prefix, BundleHeaderProto header, Dictionary<string, BundleEntryProto> entries)
    {
        _prefix = prefix;
        _header = header;
        _entries = entries;
    }

    public IReadOnlyCollection<string> Keys => _entries.Keys;

    /// <summary>Opens <c>prefix.index</c>; returns null with an issue when it is missing or malformed.</summary>
    public static TensorBundleReader? Open(string prefix, out ImportIssue? issue)
    {
        string indexPath = prefix + ".index";
        issue = null;
        try
        {
            if (!File.Exists(indexPath))
            {
                throw ModelFormatException.At(indexPath, "checkpoint index file not found");
            }

            var bytes = File.ReadAllBytes(indexPath);
            BundleHeaderProto? header = null;
            var entries = new Dictionary<string, BundleEntryProto>(StringComparer.Ordinal);
            foreach (var (key, value) in SSTableReader.ReadAll(bytes, indexPath))
            {
                string name = System.Text.Encoding.UTF8.GetString(key);
                try
                {
                    if (name.Length == 0)
                    {
                        header = BundleHeaderProto.Parser.ParseFrom(value.Span);
                    }
                    else
                    {
                        entries[name] = BundleEntryProto.Parser.ParseFrom(value.Span);
                    }
                }
                catch (InvalidProtocolBufferException e)
                {
                    throw ModelFormatException.At(indexPath, $"entry '{name}' is not a valid bundle record: {e.Message}");
                }
            }

            if (header is null)
            {
                throw ModelFormatException.At(indexPath, "checkpoint index has no header entry");
            }

            if (header.Endianness != BundleHeaderProto.Types.Endianness.Little)
            {
                throw ModelFormatException.At(indexPath, "big-endian checkpoints are not supported");
            }

            if (header.NumShards < 1 || header.NumShards > 100_000)
            {
                throw ModelFormatException.At(indexPath, $"checkpoint claims {header.NumShards} shards");
            }

            return new TensorBundleReader(prefix, header, entries);
        }
        catch (ModelFormatException e)
        {
            issue = e.Issue;
            return null;
        }
        catch (IOException e)
        {
            issue = new ImportIssue(indexPath, null, "cannot read checkpoint index: " + e.Message);
            return null;
        }
    }

    /// <summary>Reads one tensor's bytes, or returns null with an issue naming the key.</summary>
    public BundleTensor? Read(string key, out ImportIssue? issue)
    {
        issue = null;
        if (!_entries.TryGetValue(key, out var entry))
        {
            issue = new ImportIssue(_prefix + ".index", key, "variable not found in the checkpoint");
            return null;
        }

        string shardPath = string.Format(CultureInfo.InvariantCulture, "{0}.data-{1:D5}-of-{2:D5}", _prefix, entry.ShardId, _header.NumShards);
        try
        {
            if (entry.Slices.Count > 0)
            {
                throw ModelFormatException.At(_prefix + ".index", "partitioned (sliced) variables are not supported", key);
            }

            var shape = TfDataTypes.Dims(entry.Shape);
            int elementSize = TfDataTypes.ByteSize(entry.Dtype);
            long count = TfDataTypes.ElementCount(shape);
            if (count < 0)
            {
                throw ModelFormatException.At(_prefix + ".index", $"invalid or overflowing shape [{string.Join(",", shape)}]", key);
            }

            if (elementSize > 0 && count * elementSize != entry.Size)
            {
                throw ModelFormatException.At(_prefix + ".index", $"declared size {entry.Size} does not match {count} elements of {entry.Dtype}", key);
            }

            if (entry.ShardId < 0 || entry.ShardId >= _header.NumShards)
            {
                throw ModelFormatException.At(_prefix + ".index", $"shard {entry.ShardId} is outside 0..{_header.NumShards - 1}", key);
            }

            if (!File.Exists(shardPath))
            {
                throw ModelFormatException.At(shardPath, "checkpoint data shard not found", key);
            }

            using var stream = new FileStream(shardPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.RandomAccess);
            if (entry.Offset < 0 || entry.Size < 0 || entry.Offset > stream.Length || entry.Size > stream.Length - entry.Offset)
            {
                throw ModelFormatException.At(shardPath, $"bytes {entry.Offset}..{entry.Offset + entry.Size} lie beyond the {stream.Length}-byte shard", key);
            }

            var data = new byte[entry.Size];
            RandomAccess.Read(stream.SafeFileHandle, data, entry.Offset);
            uint crc = Crc32C.Compute(data);
            if (Crc32C.Mask(crc) != entry.Crc32C && crc != entry.Crc32C)
            {
                throw ModelFormatException.At(shardPath, "checksum mismatch in saved value", key);
            }

            if (elementSize == 0)
            {
                throw ModelFormatException.At(shardPath, $"variables of type {entry.Dtype} are not supported", key);
            }

            return new BundleTensor(key, entry.Dtype, shape, data);
        }
        catch (ModelFormatException e)
        {
            issue = e.Issue;
            return null;
        }
        catch (IOException e)
        {
            issue = new ImportIssue(shardPath, key, "cannot read checkpoint data: " + e.Message);
            return null;
        }
    }
}
