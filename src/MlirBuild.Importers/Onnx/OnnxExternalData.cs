using System.Globalization;
using MlirBuild.Importers.Onnx.Proto;

namespace MlirBuild.Importers.Onnx;

/// <summary>
/// Reads tensor bytes stored outside the model (TensorProto.data_location = EXTERNAL). The file must lie inside
/// the model's directory (no absolute paths, no "..", no symbolic link leading out), and the declared offset and
/// length must fit the file and the tensor's shape before anything is allocated.
/// </summary>
internal static class OnnxExternalData
{
    public static byte[]? Read(TensorProto tensor, string? baseDirectory, long expectedBytes, OnnxReport report, string where)
    {
        if (baseDirectory is null)
        {
            report.Error(where, "external data is not allowed here (no model directory to resolve it against)");
            return null;
        }

        string? location = null;
        long offset = 0;
        long? length = null;
        foreach (var entry in tensor.ExternalData)
        {
            switch (entry.Key)
            {
                case "location":
                    location = entry.Value;
                    break;
                case "offset":
                    if (!TryParseSize(entry.Value, out offset))
                    {
                        report.Error(where, $"external data offset '{entry.Value}' is not a non-negative integer");
                        return null;
                    }

                    break;
                case "length":
                    if (!TryParseSize(entry.Value, out var declared))
                    {
                        report.Error(where, $"external data length '{entry.Value}' is not a non-negative integer");
                        return null;
                    }

                    length = declared;
                    break;
                case "checksum":
                    break;
                default:
                    report.Warning(where, $"unknown external data key '{entry.Key}' ignored");
                    break;
            }
        }

        if (string.IsNullOrEmpty(location))
        {
            report.Error(where, "external data has no 'location'");
            return null;
        }

        var path = ResolveInside(baseDirectory, location, report, where);
        if (path is null)
        {
            return null;
        }

        var info = new FileInfo(path);
        if (!info.Exists)
        {
            report.Error(where, $"external data file '{location}' does not exist");
            return null;
        }

        var fileLength = info.Length;
        if (offset > fileLength)
        {
            report.Error(where, $"external data offset {offset} is beyond the end of '{location}' ({fileLength} bytes)");
            return null;
        }

        var available = fileLength - offset;
        var actual = length ?? available;
        if (actual > available)
        {
            report.Error(where, $"external data declares {actual} bytes at offset {offset} but '{location}' has only {available} bytes there");
            return null;
        }

        if (actual != expectedBytes)
        {
            report.Error(where, $"external data holds {actual} bytes but the tensor's shape and type need {expectedBytes}");
            return null;
        }

        if (expectedBytes > OnnxShapes.MaxTensorBytes)
        {
            report.Error(where, $"tensor of {expectedBytes} bytes is larger than the supported maximum of {OnnxShapes.MaxTensorBytes}");
            return null;
        }

        var bytes = new byte[expectedBytes];
        try
        {
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            var read = 0;
            while (read < bytes.Length)
            {
                var n = RandomAccess.Read(handle, bytes.AsSpan(read), offset + read);
                if (n == 0)
                {
                    report.Error(where, $"external data file '{location}' ended early (read {read} of {expectedBytes} bytes)");
                    return null;
                }

                read += n;
            }
        }
        catch (IOException e)
        {
            report.Error(where, $"cannot read external data file '{location}': {e.Message}");
            return null;
        }
        catch (UnauthorizedAccessException e)
        {
            report.Error(where, $"cannot read external data file '{location}': {e.Message}");
            return null;
        }

        return bytes;
    }

    /// <summary>The full path of <paramref name="relative"/> under <paramref name="baseDirectory"/>, or null (reported) when it would leave it.</summary>
    internal static string? ResolveInside(string baseDirectory, string relative, OnnxReport report, string where)
    {
        if (relative.Contains('\0') || Path.IsPathRooted(relative) || relative.StartsWith('/') || relative.StartsWith('\\'))
        {
            report.Error(where, $"external data path '{relative}' must be relative to the model's directory");
            return null;
        }

        var root = Path.GetFullPath(baseDirectory);
        var rootWithSeparator = Path.EndsInDirectorySeparator(root) ? root : root + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(Path.Combine(root, relative.Replace('\\', '/')));
        if (!full.StartsWith(rootWithSeparator, StringComparison.Ordinal))
        {
            report.Error(where, $"external data path '{relative}' escapes the model's directory");
            return null;
        }

        // A symbolic link inside the directory may still point outside it: check each component's final target.
        var realRoot = FinalTarget(new DirectoryInfo(root)) ?? root;
        var realRootWithSeparator = Path.EndsInDirectorySeparator(realRoot) ? realRoot : realRoot + Path.DirectorySeparatorChar;
        var current = root;
        foreach (var part in full[rootWithSeparator.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            FileSystemInfo info = Directory.Exists(current) ? new DirectoryInfo(current) : new FileInfo(current);
            var target = FinalTarget(info);
            if (target is not null && !target.StartsWith(realRootWithSeparator, StringComparison.Ordinal) && target != realRoot)
            {
                report.Error(where, $"external data path '{relative}' leads out of the model's directory through a symbolic link");
                return null;
            }
        }

        return full;
    }

    private static string? FinalTarget(FileSystemInfo info)
    {
        try
        {
            return info.LinkTarget is null ? null : info.ResolveLinkTarget(returnFinalTarget: true)?.FullName;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static bool TryParseSize(string text, out long value) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
