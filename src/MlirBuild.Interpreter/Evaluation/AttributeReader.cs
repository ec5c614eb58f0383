using System.Globalization;
using System.Numerics;
using MlirBuild.Interpreter.Tensors;
using MlirBuild.Ir;

namespace MlirBuild.Interpreter.Evaluation;

/// <summary>
/// Reads op attributes whatever form they take: builtin attributes directly, dialect attributes
/// (<c>#stablehlo&lt;comparison_direction LT&gt;</c>, <c>#stablehlo.gather&lt;...&gt;</c>) through their printed text, so the
/// same code serves generic-form modules now and generated typed attributes later.
/// </summary>
public static class AttributeReader
{
    public static MlirAttribute? Get(Operation op, string name) => op.GetAttr(name);

    public static long[]? TryLongs(MlirAttribute? attr) => attr switch
    {
        null => null,
        DenseArrayAttr a => ReadDenseArray(a),
        DenseElementsAttr d => ElementCodec.ToLongs(IrTypes.FromDense(d)),
        ArrayAttr arr => arr.Elements.Select(e => e is IntegerAttr i ? (long)i.Value : throw new InterpreterException($"expected integers in {attr}")).ToArray(),
        IntegerAttr i => [(long)i.Value],
        _ => ParseLongList(attr.ToString()),
    };

    public static long[] Longs(Operation op, string name) =>
        TryLongs(op.GetAttr(name)) ?? throw new InterpreterException($"{op.Name}: missing attribute '{name}'");

    public static long[] LongsOr(Operation op, string name, long[] fallback) => TryLongs(op.GetAttr(name)) ?? fallback;

    public static long Long(Operation op, string name, long? fallback = null)
    {
        var attr = op.GetAttr(name);
        if (attr is null)
        {
            return fallback ?? throw new InterpreterException($"{op.Name}: missing attribute '{name}'");
        }

        return attr switch
        {
            IntegerAttr i => (long)i.Value,
            _ => TryLongs(attr) is [var v] ? v : throw new InterpreterException($"{op.Name}: '{name}' is not an integer"),
        };
    }

    public static double Double(Operation op, string name, double? fallback = null)
    {
        var attr = op.GetAttr(name);
        return attr switch
        {
            null => fallback ?? throw new InterpreterException($"{op.Name}: missing attribute '{name}'"),
            FloatAttr f => f.Value,
            IntegerAttr i => (double)i.Value,
            _ => throw new InterpreterException($"{op.Name}: '{name}' is not a float"),
        };
    }

    public static bool Bool(Operation op, string name, bool fallback = false)
    {
        var attr = op.GetAttr(name);
        return attr switch
        {
            null => fallback,
            BoolAttr b => b.Value,
            UnitAttr => true,
            IntegerAttr i => !i.Value.IsZero,
            _ => attr.ToString().Contains("true", StringComparison.Ordinal),
        };
    }

    public static bool[]? TryBools(MlirAttribute? attr)
    {
        switch (attr)
        {
            case null:
                return null;
            case DenseArrayAttr a:
                return a.Raw.ToArray().Select(b => b != 0).ToArray();
            case DenseElementsAttr d:
                return IrTypes.FromDense(d).Bytes.ToArray().Select(b => b != 0).ToArray();
            case ArrayAttr arr:
                return arr.Elements.Select(e => e is BoolAttr b ? b.Value : e.ToString() == "true").ToArray();
        }

        var text = attr.ToString();
        int colon = text.IndexOf(':');
        var body = text[(colon + 1)..].Trim(' ', '>', ']', '[');
        return body.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => s is "true" or "1").ToArray();
    }

    /// <summary>The keyword of an enum attribute: <c>#stablehlo&lt;comparison_direction LT&gt;</c> gives <c>LT</c>.</summary>
    public static string? Enum(Operation op, string name)
    {
        var attr = op.GetAttr(name);
        if (attr is null)
        {
            return null;
        }

        if (attr is StringAttr s)
        {
            return s.Value;
        }

        string text = attr.ToString().TrimEnd('>').Trim();
        int space = text.LastIndexOfAny([' ', '<']);
        return text[(space + 1)..];
    }

    /// <summary>Fields of a struct-like dialect attribute body: <c>key = value</c> pairs split at top-level commas.</summary>
    public static Dictionary<string, string> StructFields(MlirAttribute attr)
    {
        string text = attr.ToString();
        int open = text.IndexOf('<');
        string body = open >= 0 && text.EndsWith('>') ? text[(open + 1)..^1] : text;
        if (body.StartsWith("raw ", StringComparison.Ordinal))
        {
            body = body[4..];
        }

        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in SplitTopLevel(body))
        {
            int eq = part.IndexOf('=');
            if (eq > 0)
            {
                fields[part[..eq].Trim()] = part[(eq + 1)..].Trim();
            }
        }

        return fields;
    }

    public static IEnumerable<string> SplitTopLevel(string text)
    {
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '<' or '[' or '(' or '{': depth++; break;
                case '>' or ']' or ')' or '}': depth--; break;
                case ',' when depth == 0:
                    yield return text[start..i].Trim();
                    start = i + 1;
                    break;
            }
        }

        if (start < text.Length && text[start..].Trim().Length > 0)
        {
            yield return text[start..].Trim();
        }
    }

    public static long[] ParseLongList(string text)
    {
        int colon = text.IndexOf(':');
        if (text.StartsWith("array<", StringComparison.Ordinal) && colon > 0)
        {
            text = text[(colon + 1)..];
        }

        var list = new List<long>();
        foreach (var token in text.Split([',', '[', ']', '>', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            if (long.TryParse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long v))
            {
                list.Add(v);
            }
        }

        return [.. list];
    }

    private static long[] ReadDenseArray(DenseArrayAttr a)
    {
        var type = IrTypes.ElementTypeOf(a.ElementType);
        var tensor = new Tensor(type, [a.Raw.Length / type.ByteSize], a.Raw);
        return ElementCodec.ToLongs(tensor);
    }

    /// <summary>A [[lo, hi], ...] padding attribute as two arrays.</summary>
    public static (long[] Low, long[] High) Padding(Operation op, string name, int rank)
    {
        var flat = TryLongs(op.GetAttr(name));
        if (flat is null)
        {
            return (new long[rank], new long[rank]);
        }

        var low = new long[rank];
        var high = new long[rank];
        for (int i = 0; i < rank && (2 * i) + 1 < flat.Length; i++)
        {
            low[i] = flat[2 * i];
            high[i] = flat[(2 * i) + 1];
        }

        return (low, high);
    }

    public static BigInteger ToBig(long v) => v;
}
