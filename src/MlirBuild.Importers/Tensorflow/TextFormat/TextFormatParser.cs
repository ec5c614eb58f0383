using System.Collections;
using System.Globalization;
using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace MlirBuild.Importers.Tensorflow.TextFormat;

/// <summary>
/// Parses protobuf text format into any generated message by walking its descriptor (Google.Protobuf ships no
/// text-format parser). Errors carry line:column. Supports nested messages with <c>{}</c> or <c>&lt;&gt;</c>,
/// repeated fields as repeated entries or <c>[a, b]</c> lists, maps as key/value entries, enums by name or number,
/// and adjacent string literals. Nesting is bounded so hostile input cannot overflow the stack.
/// </summary>
public static class TextFormatParser
{
    private const int MaxDepth = 100;

    /// <summary>Parses <paramref name="text"/> as a <typeparamref name="T"/>; on failure returns null and the issue.</summary>
    public static T? Parse<T>(string text, string file, out ImportIssue? issue)
        where T : class, IMessage<T>, new()
    {
        try
        {
            var message = new T();
            new Reader(new TextLexer(text, file)).ParseFields(message, TextTokenKind.End, null, 0);
            issue = null;
            return message;
        }
        catch (ModelFormatException e)
        {
            issue = e.Issue;
            return null;
        }
    }

    private sealed class Reader(TextLexer lexer)
    {
        private TextToken _token = lexer.Next();

        public void ParseFields(IMessage message, TextTokenKind endKind, string? endSymbol, int depth)
        {
            if (depth > MaxDepth)
            {
                throw Error(_token, "messages nested too deeply");
            }

            var descriptor = message.Descriptor;
            while (!(endKind == TextTokenKind.End ? _token.Kind == TextTokenKind.End : IsSymbol(endSymbol!)))
            {
                if (_token.Kind == TextTokenKind.End)
                {
                    throw Error(_token, $"expected '{endSymbol}' before end of input");
                }

                var nameToken = Expect(TextTokenKind.Identifier, "field name");
                var field = descriptor.FindFieldByName(nameToken.Text)
                    ?? throw Error(nameToken, $"message {descriptor.Name} has no field '{nameToken.Text}'");
                ParseFieldValue(message, field, depth);
                if (IsSymbol(",") || IsSymbol(";"))
                {
                    Advance();
                }
            }

            if (endKind != TextTokenKind.End)
            {
                Advance();
            }
        }

        private void ParseFieldValue(IMessage message, FieldDescriptor field, int depth)
        {
            bool isMessage = field.FieldType is FieldType.Message or FieldType.Group;
            bool hadColon = false;
            if (IsSymbol(":"))
            {
                Advance();
                hadColon = true;
            }
            else if (!isMessage)
            {
                throw Error(_token, $"expected ':' after field '{field.Name}'");
            }

            if (field.IsRepeated && IsSymbol("["))
            {
                Advance();
                while (!IsSymbol("]"))
                {
                    AddOne(message, field, depth);
                    if (IsSymbol(","))
                    {
                        Advance();
                    }
                    else if (!IsSymbol("]"))
                    {
                        throw Error(_token, "expected ',' or ']' in list");
                    }
                }

                Advance();
                return;
            }

            _ = hadColon;
            AddOne(message, field, depth);
        }

        private void AddOne(IMessage message, FieldDescriptor field, int depth)
        {
            if (field.IsMap)
            {
                var entryType = field.MessageType;
                var keyField = entryType.FindFieldByNumber(1);
                var valueField = entryType.FindFieldByNumber(2);
                object? key = null, value = null;
                var open = ExpectOpen();
                string close = open == "{" ? "}" : ">";
                while (!IsSymbol(close))
                {
                    var name = Expect(TextTokenKind.Identifier, "'key' or 'value'");
                    var target = name.Text == "key" ? keyField : name.Text == "value" ? valueField
                        : throw Error(name, $"map entry has no field '{name.Text}'");
                    if (IsSymbol(":"))
                    {
                        Advance();
                    }

                    var parsed = ParseSingle(target, depth + 1);
                    if (target == keyField)
                    {
                        key = parsed;
                    }
                    else
                    {
                        value = parsed;
                    }

                    if (IsSymbol(",") || IsSymbol(";"))
                    {
                        Advance();
                    }
                }

                Advance();
                key ??= DefaultOf(keyField);
                value ??= DefaultOf(valueField);
                var map = (IDictionary)field.Accessor.GetValue(message);
                map[key] = value;
                return;
            }

            if (!field.IsRepeated && field.FieldType is FieldType.Message or FieldType.Group)
            {
                // Repeating a singular message field merges into it, as protobuf does.
                var existing = (IMessage?)field.Accessor.GetValue(message);
                if (existing is null || (field.ContainingOneof is { } oneof && oneof.Accessor.GetCaseFieldDescriptor(message) != field))
                {
                    existing = NewMessage(field.MessageType);
                    field.Accessor.SetValue(message, existing);
                }

                ParseMessageBody(existing, depth + 1);
                return;
            }

            var single = ParseSingle(field, depth + 1);
            if (field.IsRepeated)
            {
                ((IList)field.Accessor.GetValue(message)).Add(single);
            }
            else
            {
                field.Accessor.SetValue(message, single);
            }
        }

        private object ParseSingle(FieldDescriptor field, int depth)
        {
            var token = _token;
            switch (field.FieldType)
            {
                case FieldType.Message or FieldType.Group:
                {
                    var m = NewMessage(field.MessageType);
                    ParseMessageBody(m, depth);
                    return m;
                }

                case FieldType.String:
                    return System.Text.Encoding.UTF8.GetString(ParseStringBytes());
                case FieldType.Bytes:
                    return ByteString.CopyFrom(ParseStringBytes());
                case FieldType.Bool:
                {
                    Advance();
                    return token.Text switch
                    {
                        "true" or "t" or "True" or "1" => true,
                        "false" or "f" or "False" or "0" => false,
                        _ => throw Error(token, $"expected a boolean for '{field.Name}', got '{Describe(token)}'"),
                    };
                }

                case FieldType.Enum:
                {
                    Advance();
                    if (token.Kind == TextTokenKind.Identifier)
                    {
                        var v = field.EnumType.FindValueByName(token.Text)
                            ?? throw Error(token, $"enum {field.EnumType.Name} has no value '{token.Text}'");
                        return Enum.ToObject(field.EnumType.ClrType, v.Number);
                    }

                    if (token.Kind == TextTokenKind.Number && int.TryParse(token.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int n))
                    {
                        return Enum.ToObject(field.EnumType.ClrType, n);
                    }

                    throw Error(token, $"expected an enum value for '{field.Name}', got '{Describe(token)}'");
                }

                case FieldType.Float or FieldType.Double:
                {
                    Advance();
                    double d = ParseFloat(token, field);
                    return field.FieldType == FieldType.Float ? (object)(float)d : d;
                }

                default:
                {
                    Advance();
                    return ParseInteger(token, field);
                }
            }
        }

        private void ParseMessageBody(IMessage message, int depth)
        {
            var open = ExpectOpen();
            ParseFields(message, TextTokenKind.Symbol, open == "{" ? "}" : ">", depth);
        }

        private string ExpectOpen()
        {
            if (IsSymbol("{") || IsSymbol("<"))
            {
                var t = _token;
                Advance();
                return t.Text;
            }

            throw Error(_token, $"expected '{{' but found '{Describe(_token)}'");
        }

        private byte[] ParseStringBytes()
        {
            var first = Expect(TextTokenKind.String, "a quoted string");
            if (_token.Kind != TextTokenKind.String)
            {
                return first.Bytes!;
            }

            var all = new List<byte>(first.Bytes!);
            while (_token.Kind == TextTokenKind.String)
            {
                all.AddRange(_token.Bytes!);
                Advance();
            }

            return all.ToArray();
        }

        private double ParseFloat(TextToken token, FieldDescriptor field)
        {
            string s = token.Text;
            if (token.Kind == TextTokenKind.Identifier || token.Kind == TextTokenKind.Number)
            {
                string lower = s.ToLowerInvariant();
                bool neg = lower.StartsWith('-');
                string body = neg ? lower[1..] : lower;
                if (body is "inf" or "infinity" or "inff")
                {
                    return neg ? double.NegativeInfinity : double.PositiveInfinity;
                }

                if (body is "nan" or "nanf")
                {
                    return double.NaN;
                }

                if (body.EndsWith('f') && !body.StartsWith("0x", StringComparison.Ordinal))
                {
                    lower = lower[..^1];
                }

                if (double.TryParse(lower, NumberStyles.Float, CultureInfo.InvariantCulture, out double d))
                {
                    return d;
                }

                if (TryParseInteger(s, out var big))
                {
                    return (double)big;
                }
            }

            throw Error(token, $"expected a number for '{field.Name}', got '{Describe(token)}'");
        }

        private object ParseInteger(TextToken token, FieldDescriptor field)
        {
            if (token.Kind != TextTokenKind.Number || !TryParseInteger(token.Text, out var value))
            {
                throw Error(token, $"expected an integer for '{field.Name}', got '{Describe(token)}'");
            }

            (System.Numerics.BigInteger min, System.Numerics.BigInteger max, Func<System.Numerics.BigInteger, object> make) = field.FieldType switch
            {
                FieldType.Int32 or FieldType.SInt32 or FieldType.SFixed32 => ((System.Numerics.BigInteger)int.MinValue, (System.Numerics.BigInteger)int.MaxValue, (Func<System.Numerics.BigInteger, object>)(v => (int)v)),
                FieldType.Int64 or FieldType.SInt64 or FieldType.SFixed64 => (long.MinValue, long.MaxValue, v => (long)v),
                FieldType.UInt32 or FieldType.Fixed32 => (0, uint.MaxValue, v => (uint)v),
                _ => (0, ulong.MaxValue, v => (ulong)v),
            };
            if (value < min || value > max)
            {
                throw Error(token, $"value {token.Text} is out of range for '{field.Name}'");
            }

            return make(value);
        }

        private static bool TryParseInteger(string s, out System.Numerics.BigInteger value)
        {
            bool neg = s.StartsWith('-');
            string body = neg ? s[1..] : s;
            bool ok;
            value = 0;
            if (body.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
            {
                ok = System.Numerics.BigInteger.TryParse("0" + body[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value);
            }
            else if (body.Length > 1 && body[0] == '0' && body.All(ch => ch is >= '0' and <= '7'))
            {
                value = 0;
                foreach (char ch in body)
                {
                    value = (value * 8) + (ch - '0');
                }

                ok = true;
            }
            else
            {
                ok = body.Length > 0 && body.All(char.IsAsciiDigit) &&
                     System.Numerics.BigInteger.TryParse(body, NumberStyles.None, CultureInfo.InvariantCulture, out value);
            }

            if (neg)
            {
                value = -value;
            }

            return ok;
        }

        private static object DefaultOf(FieldDescriptor field) => field.FieldType switch
        {
            FieldType.String => "",
            FieldType.Bytes => ByteString.Empty,
            FieldType.Bool => false,
            FieldType.Message or FieldType.Group => NewMessage(field.MessageType),
            FieldType.Enum => Enum.ToObject(field.EnumType.ClrType, 0),
            FieldType.Float => 0f,
            FieldType.Double => 0d,
            FieldType.Int32 or FieldType.SInt32 or FieldType.SFixed32 => 0,
            FieldType.UInt32 or FieldType.Fixed32 => 0u,
            FieldType.UInt64 or FieldType.Fixed64 => 0ul,
            _ => 0L,
        };

        private static IMessage NewMessage(MessageDescriptor descriptor) => descriptor.Parser.ParseFrom(ByteString.Empty);

        private bool IsSymbol(string s) => _token.Kind == TextTokenKind.Symbol && _token.Text == s;

        private void Advance() => _token = lexer.Next();

        private TextToken Expect(TextTokenKind kind, string what)
        {
            var t = _token;
            if (t.Kind != kind)
            {
                throw Error(t, $"expected {what} but found '{Describe(t)}'");
            }

            Advance();
            return t;
        }

        private static string Describe(TextToken t) => t.Kind switch
        {
            TextTokenKind.End => "end of input",
            TextTokenKind.String => "string",
            _ => t.Text,
        };

        private ModelFormatException Error(TextToken at, string message) => lexer.Error(at.Line, at.Column, message);
    }
}
