using System.Collections;
using System.Globalization;
using System.Text;
using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace MlirBuild.Importers.Tensorflow.TextFormat;

/// <summary>
/// Writes a message in protobuf text format, fields in number order and map entries sorted by key, so the output
/// is deterministic. Floats print in round-trip form; bytes and strings with C escapes.
/// </summary>
public static class TextFormatPrinter
{
    public static string Print(IMessage message)
    {
        var sb = new StringBuilder();
        PrintFields(message, sb, 0);
        return sb.ToString();
    }

    private static void PrintFields(IMessage message, StringBuilder sb, int indent)
    {
        foreach (var field in message.Descriptor.Fields.InFieldNumberOrder())
        {
            var value = field.Accessor.GetValue(message);
            if (field.IsMap)
            {
                var map = (IDictionary)value;
                var keys = map.Keys.Cast<object>().OrderBy(k => k, Comparer<object>.Create(CompareKeys)).ToList();
                foreach (var key in keys)
                {
                    Indent(sb, indent).Append(field.Name).Append(" {\n");
                    Indent(sb, indent + 1).Append("key: ");
                    AppendScalar(sb, field.MessageType.FindFieldByNumber(1), key);
                    sb.Append('\n');
                    var valueField = field.MessageType.FindFieldByNumber(2);
                    AppendField(sb, valueField, map[key]!, indent + 1);
                    Indent(sb, indent).Append("}\n");
                }
            }
            else if (field.IsRepeated)
            {
                foreach (var item in (IList)value)
                {
                    AppendField(sb, field, item!, indent);
                }
            }
            else if (field.ContainingOneof is { } oneof)
            {
                if (oneof.Accessor.GetCaseFieldDescriptor(message) == field)
                {
                    AppendField(sb, field, value, indent);
                }
            }
            else if (field.FieldType is FieldType.Message or FieldType.Group)
            {
                if (value is not null)
                {
                    AppendField(sb, field, value, indent);
                }
            }
            else if (!IsDefault(value))
            {
                AppendField(sb, field, value, indent);
            }
        }
    }

    private static int CompareKeys(object a, object b) => a switch
    {
        string s => string.CompareOrdinal(s, (string)b),
        IComparable c => c.CompareTo(b),
        _ => 0,
    };

    private static bool IsDefault(object value) => value switch
    {
        string s => s.Length == 0,
        ByteString b => b.IsEmpty,
        bool b => !b,
        int i => i == 0,
        long l => l == 0,
        uint u => u == 0,
        ulong u => u == 0,
        float f => f == 0 && !float.IsNegative(f),
        double d => d == 0 && !double.IsNegative(d),
        Enum e => Convert.ToInt32(e, CultureInfo.InvariantCulture) == 0,
        _ => false,
    };

    private static void AppendField(StringBuilder sb, FieldDescriptor field, object value, int indent)
    {
        Indent(sb, indent).Append(field.Name);
        if (value is IMessage m)
        {
            sb.Append(" {\n");
            PrintFields(m, sb, indent + 1);
            Indent(sb, indent).Append("}\n");
            return;
        }

        sb.Append(": ");
        AppendScalar(sb, field, value);
        sb.Append('\n');
    }

    private static void AppendScalar(StringBuilder sb, FieldDescriptor field, object value)
    {
        switch (value)
        {
            case string s:
                AppendQuoted(sb, Encoding.UTF8.GetBytes(s));
                break;
            case ByteString b:
                AppendQuoted(sb, b.Span);
                break;
            case bool b:
                sb.Append(b ? "true" : "false");
                break;
            case float f:
                sb.Append(FormatFloat(f));
                break;
            case double d:
                sb.Append(FormatDouble(d));
                break;
            case Enum e:
            {
                int n = Convert.ToInt32(e, CultureInfo.InvariantCulture);
                var named = field.EnumType.FindValueByNumber(n);
                sb.Append(named is null ? n.ToString(CultureInfo.InvariantCulture) : named.Name);
                break;
            }

            case IFormattable f:
                sb.Append(f.ToString(null, CultureInfo.InvariantCulture));
                break;
            default:
                sb.Append(value);
                break;
        }
    }

    private static string FormatFloat(float f) =>
        float.IsNaN(f) ? "nan" : float.IsPositiveInfinity(f) ? "inf" : float.IsNegativeInfinity(f) ? "-inf"
        : f.ToString("R", CultureInfo.InvariantCulture);

    private static string FormatDouble(double d) =>
        double.IsNaN(d) ? "nan" : double.IsPositiveInfinity(d) ? "inf" : double.IsNegativeInfinity(d) ? "-inf"
        : d.ToString("R", CultureInfo.InvariantCulture);

    private static void AppendQuoted(StringBuilder sb, ReadOnlySpan<byte> bytes)
    {
        sb.Append('"');
        foreach (byte b in bytes)
        {
            switch (b)
            {
                case (byte)'"': sb.Append("\\\""); break;
                case (byte)'\\': sb.Append("\\\\"); break;
                case (byte)'\n': sb.Append("\\n"); break;
                case (byte)'\t': sb.Append("\\t"); break;
                case (byte)'\r': sb.Append("\\r"); break;
                default:
                    if (b >= 0x20 && b < 0x7f)
                    {
                        sb.Append((char)b);
                    }
                    else
                    {
                        // Octal keeps the escape unambiguous whatever follows it.
                        sb.Append('\\').Append(Convert.ToString(b, 8).PadLeft(3, '0'));
                    }

                    break;
            }
        }

        sb.Append('"');
    }

    private static StringBuilder Indent(StringBuilder sb, int indent) => sb.Append(' ', indent * 2);
}
