using System.Globalization;
using System.Text.RegularExpressions;

namespace MlirBuild.Ir.Quant;

/// <summary>
/// Parses the body of a quant dialect type (<c>quant.uniform&lt;...&gt;</c>, <c>quant.any&lt;...&gt;</c>,
/// <c>quant.calibrated&lt;...&gt;</c>) with the grammar, checks and messages of MLIR 22's quant type parser and type
/// verifiers. Errors go to <c>error(offset, message)</c> with the offset into the body where mlir-opt points; the first
/// error ends the parse.
/// </summary>
internal sealed partial class QuantTypeParser
{
    private const int MaxNesting = 200;

    private readonly QuantTypeLexer lex;
    private readonly Action<int, string> error;
    private QuantToken tok;
    private bool failed;

    private QuantTypeParser(string text, int start, Action<int, string> error)
    {
        lex = new QuantTypeLexer(text, start);
        this.error = error;
        tok = lex.Next();
    }

    private string Text(QuantToken t) => lex.Text[t.Start..t.End];

    public static MlirType? Parse(string body, Action<int, string> error)
    {
        // `quant.name<...>` keeps everything after the dot; `quant<...>` hands the text inside the brackets to the parser.
        int dot = body.IndexOf('.');
        int lt = body.IndexOf('<');
        bool pretty = dot >= 0 && (lt < 0 || dot < lt);
        string text = pretty ? body : body[..^1];
        int start = pretty ? dot + 1 : lt + 1;
        return new QuantTypeParser(text, start, error).ParseType();
    }

    private MlirType? ParseType()
    {
        var name = tok;
        if (name.Kind != QuantTokenKind.Identifier)
        {
            return Fail(tok, "expected valid keyword");
        }

        Advance();
        MlirType? result = Text(name) switch
        {
            "uniform" => ParseUniform(name.Start),
            "any" => ParseAny(name.Start),
            "calibrated" => ParseCalibrated(name.Start),
            _ => Fail(name, $"unknown quantized type {Text(name)}"),
        };
        return failed ? null : result;
    }

    private MlirType? ParseAny(int nameLoc)
    {
        if (!Expect('<') || !ParseStorage(out bool signed, out int width, out long min, out long max))
        {
            return null;
        }

        FloatType? expressed = null;
        if (IsPunct(':'))
        {
            Advance();
            expressed = ParseFloatType();
            if (expressed is null)
            {
                return null;
            }
        }

        if (!Expect('>') || !VerifyStorage(nameLoc, min, max))
        {
            return null;
        }

        return new AnyQuantizedType(signed, width, min, max, expressed);
    }

    private MlirType? ParseUniform(int nameLoc)
    {
        if (!Expect('<') || !ParseStorage(out bool signed, out int width, out long min, out long max) || !Expect(':'))
        {
            return null;
        }

        var expressed = ParseFloatType();
        if (expressed is null)
        {
            return null;
        }

        bool perAxis = false;
        bool subChannel = false;
        var dims = new List<int>();
        var blockSizes = new List<long>();
        if (IsPunct(':'))
        {
            Advance();
            if (IsPunct('{'))
            {
                Advance();
                subChannel = true;
                if (!ParseBlockSizes(dims, blockSizes))
                {
                    return null;
                }
            }
            else
            {
                perAxis = true;
                if (!ParseInteger(out long axis, int.MinValue, int.MaxValue))
                {
                    return null;
                }

                dims.Add((int)axis);
            }
        }

        if (!Expect(','))
        {
            return null;
        }

        var scales = new List<double>();
        var zeroPoints = new List<long>();
        var shape = new List<long>();
        if (!perAxis && !subChannel)
        {
            if (!ParseScaleZero(expressed, scales, zeroPoints))
            {
                return null;
            }
        }
        else if (!Expect('{') || !ParseParamListUntilRBrace(expressed, scales, zeroPoints, shape, 1))
        {
            return null;
        }

        if (!Expect('>') || !VerifyStorage(nameLoc, min, max))
        {
            return null;
        }

        if (perAxis)
        {
            if (dims[0] < 0)
            {
                return Fail(nameLoc, $"illegal quantized dimension: {dims[0]}");
            }

            return new UniformQuantizedPerAxisType(signed, width, min, max, expressed, scales.ToArray(), zeroPoints.ToArray(), dims[0]);
        }

        if (subChannel)
        {
            return MakeSubChannel(nameLoc, signed, width, min, max, expressed, dims, blockSizes, shape, scales, zeroPoints);
        }

        return new UniformQuantizedType(signed, width, min, max, expressed, scales[0], zeroPoints[0]);
    }

    private MlirType? MakeSubChannel(
        int nameLoc, bool signed, int width, long min, long max, FloatType expressed,
        List<int> dims, List<long> blockSizes, List<long> shape, List<double> scales, List<long> zeroPoints)
    {
        for (int i = 0; i < dims.Count; i++)
        {
            if (dims[i] < 0)
            {
                return Fail(nameLoc, $"illegal quantized dimension: {dims[i]}");
            }

            if (blockSizes[i] <= 0)
            {
                return Fail(nameLoc, $"illegal block size: {blockSizes[i]}");
            }
        }

        // MLIR keeps the parameters as dense tensors: scales rounded to the expressed type, zero points truncated to the
        // storage width (two's complement).
        var sem = expressed.Semantics;
        var rounded = scales.Select(s => FloatFormat.ToDouble(sem, sem.FromDouble(s))).ToArray();
        var wrapped = zeroPoints.Select(z => width >= 64 ? z : (z << (64 - width)) >> (64 - width)).ToArray();
        return new UniformQuantizedSubChannelType(
            signed, width, min, max, expressed, dims.ToArray(), blockSizes.ToArray(), shape.ToArray(), rounded, wrapped);
    }

    private MlirType? ParseCalibrated(int nameLoc)
    {
        if (!Expect('<'))
        {
            return null;
        }

        var expressed = ParseFloatType();
        if (expressed is null)
        {
            return null;
        }

        if (!Expect('<') || !ParseFloat(out double min) || !Expect(':') || !ParseFloat(out double max) || !Expect('>'))
        {
            return null;
        }

        if (!Expect('>'))
        {
            return null;
        }

        if (max <= min)
        {
            return Fail(nameLoc, $"illegal min and max: ({DiagnosticNumber.Format(min)}:{DiagnosticNumber.Format(max)})");
        }

        return new CalibratedQuantizedType(expressed, min, max);
    }

    /// <summary>storage-type (`&lt;` min `:` max `&gt;`)?, with MLIR's width and range checks.</summary>
    private bool ParseStorage(out bool signed, out int width, out long min, out long max)
    {
        signed = false;
        width = 0;
        min = max = 0;
        var typeTok = tok;
        if (tok.Kind != QuantTokenKind.Identifier)
        {
            Fail(tok, "expected valid keyword");
            return false;
        }

        string name = Text(tok);
        Advance();
        var m = StorageName().Match(name);
        if (!m.Success)
        {
            if (name.StartsWith('u'))
            {
                Fail(typeTok, "expected storage type width");
            }
            else if (FloatType.FromName(name) is not null || name is "index" or "none")
            {
                Fail(typeTok, "storage type must be integral");
            }
            else
            {
                Fail(typeTok, "illegal storage type prefix");
            }

            return false;
        }

        signed = m.Groups[1].Value is "i" or "si";
        if (!ulong.TryParse(m.Groups[2].Value, NumberStyles.None, CultureInfo.InvariantCulture, out ulong w) || w == 0 || w > QuantizedType.MaxStorageBits)
        {
            Fail(typeTok, $"illegal storage type size: {(w > uint.MaxValue ? 0 : w)}");
            return false;
        }

        width = (int)w;
        long defaultMin = QuantizedType.DefaultMinimum(signed, width);
        long defaultMax = QuantizedType.DefaultMaximum(signed, width);
        min = defaultMin;
        max = defaultMax;
        if (!IsPunct('<'))
        {
            return true;
        }

        Advance();
        var minTok = tok;
        if (!ParseInteger(out min, long.MinValue, long.MaxValue) || !Expect(':'))
        {
            return false;
        }

        var maxTok = tok;
        if (!ParseInteger(out max, long.MinValue, long.MaxValue) || !Expect('>'))
        {
            return false;
        }

        if (min < defaultMin)
        {
            Fail(minTok, $"illegal storage type minimum: {min}");
            return false;
        }

        if (max > defaultMax)
        {
            Fail(maxTok, $"illegal storage type maximum: {max}");
            return false;
        }

        return true;
    }

    /// <summary>The check MLIR's QuantizedType verifier adds once the whole type is parsed.</summary>
    private bool VerifyStorage(int nameLoc, long min, long max)
    {
        if (max - min <= 0)
        {
            Fail(nameLoc, $"illegal storage min and storage max: ({min}:{max})");
            return false;
        }

        return true;
    }

    /// <summary>`{` already consumed: `}` or axis `:` blockSize (`,` axis `:` blockSize)* `}`.</summary>
    private bool ParseBlockSizes(List<int> dims, List<long> blockSizes)
    {
        if (IsPunct('}'))
        {
            Advance();
            return true;
        }

        do
        {
            if (!ParseInteger(out long axis, int.MinValue, int.MaxValue) || !Expect(':') || !ParseInteger(out long size, long.MinValue, long.MaxValue))
            {
                return false;
            }

            dims.Add((int)axis);
            blockSizes.Add(size);
        }
        while (TryPunct(','));

        return Expect('}');
    }

    /// <summary>
    /// `{` already consumed: a comma list of scale[:zero] or nested `{...}` lists, all of the same shape, then `}`.
    /// <paramref name="dims"/> receives the list's shape.
    /// </summary>
    private bool ParseParamListUntilRBrace(FloatType expressed, List<double> scales, List<long> zeroPoints, List<long> dims, int depth)
    {
        if (depth > MaxNesting)
        {
            Fail(tok, "quantization parameters are nested too deeply");
            return false;
        }

        List<long>? first = null;
        long size = 0;
        do
        {
            var these = new List<long>();
            if (IsPunct('{'))
            {
                Advance();
                if (!ParseParamListUntilRBrace(expressed, scales, zeroPoints, these, depth + 1))
                {
                    return false;
                }
            }
            else if (!ParseScaleZero(expressed, scales, zeroPoints))
            {
                return false;
            }

            size++;
            if (first is null)
            {
                first = these;
            }
            else if (!first.SequenceEqual(these))
            {
                Fail(tok, "tensor literal is invalid; ranks are not consistent between elements");
                return false;
            }
        }
        while (TryPunct(','));

        if (!Expect('}'))
        {
            return false;
        }

        dims.Clear();
        dims.Add(size);
        dims.AddRange(first!);
        return true;
    }

    /// <summary>scale (`:` zeroPoint)?; the scale must lie within the expressed type's positive finite range.</summary>
    private bool ParseScaleZero(FloatType expressed, List<double> scales, List<long> zeroPoints)
    {
        if (!ParseFloat(out double scale))
        {
            return false;
        }

        var (smallest, largest) = ScaleRange(expressed.Semantics);
        if (scale < smallest || scale > largest || double.IsNaN(scale))
        {
            Fail(tok, $"scale {DiagnosticNumber.Format(scale)} out of expressed type range [{DiagnosticNumber.Format(smallest)}, {DiagnosticNumber.Format(largest)}]");
            return false;
        }

        long zero = 0;
        if (TryPunct(':') && !ParseInteger(out zero, long.MinValue, long.MaxValue))
        {
            return false;
        }

        scales.Add(scale);
        zeroPoints.Add(zero);
        return true;
    }

    /// <summary>Smallest positive (denormal) and largest finite value of a float format, as doubles.</summary>
    internal static (double Smallest, double Largest) ScaleRange(FloatSemantics sem)
    {
        int mantissaBits = sem.Precision - 1;
        double smallest = Math.ScaleB(1.0, sem.MinExponent - mantissaBits);
        double largestSignificand = sem.NonFinite == NonFiniteBehavior.NanOnly && !sem.NanIsNegativeZero
            ? (mantissaBits == 0 ? 1.0 : 2.0 - Math.ScaleB(1.0, 1 - mantissaBits))
            : 2.0 - Math.ScaleB(1.0, -mantissaBits);
        return (smallest, Math.ScaleB(largestSignificand, sem.MaxExponent));
    }

    /// <summary>MLIR's parseFloat: `-`? float literal, or a hexadecimal integer holding the bits of a double.</summary>
    private bool ParseFloat(out double value)
    {
        value = 0;
        bool negative = TryPunct('-');
        var t = tok;
        if (t.Kind == QuantTokenKind.Float)
        {
            Advance();
            value = double.Parse(Text(t), NumberStyles.Float, CultureInfo.InvariantCulture);
            value = negative ? -value : value;
            return true;
        }

        if (t.Kind == QuantTokenKind.Integer)
        {
            string s = Text(t);
            if (!s.StartsWith("0x", StringComparison.Ordinal))
            {
                Fail(t, "unexpected decimal integer literal for a floating point value");
                return false;
            }

            if (negative)
            {
                Fail(t, "hexadecimal float literal should not have a leading minus");
                return false;
            }

            if (!ulong.TryParse(s.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out ulong bits))
            {
                Fail(t, "hexadecimal float constant out of range for type");
                return false;
            }

            Advance();
            value = BitConverter.Int64BitsToDouble(unchecked((long)bits));
            return true;
        }

        Fail(t, "expected floating point literal");
        return false;
    }

    /// <summary>MLIR's parseInteger: `-`? decimal or hex integer that must fit [<paramref name="min"/>, <paramref name="max"/>].</summary>
    private bool ParseInteger(out long value, long min, long max)
    {
        value = 0;
        bool negative = TryPunct('-');
        var t = tok;
        if (t.Kind != QuantTokenKind.Integer)
        {
            Fail(t, "expected integer value");
            return false;
        }

        string s = Text(t);
        bool ok = s.StartsWith("0x", StringComparison.Ordinal)
            ? ulong.TryParse(s.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out ulong magnitude)
            : ulong.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out magnitude);
        Advance();
        if (ok)
        {
            if (negative)
            {
                ok = magnitude <= (ulong)long.MaxValue + 1;
                value = ok ? unchecked(-(long)magnitude) : 0;
            }
            else
            {
                ok = magnitude <= long.MaxValue;
                value = (long)magnitude;
            }
        }

        if (!ok || value < min || value > max)
        {
            Fail(t, "integer value too large");
            return false;
        }

        return true;
    }

    /// <summary>A float type keyword; other types are "invalid kind of type specified" as in MLIR.</summary>
    private FloatType? ParseFloatType()
    {
        var t = tok;
        if (t.Kind == QuantTokenKind.Identifier && FloatType.FromName(Text(t)) is { } f)
        {
            Advance();
            return f;
        }

        if (t.Kind == QuantTokenKind.Alias)
        {
            Fail(t, "type aliases inside quant types are not supported");
            return null;
        }

        Fail(t, t.Kind == QuantTokenKind.Identifier ? "invalid kind of type specified" : "expected non-function type");
        return null;
    }

    private bool IsPunct(char c) => tok.Kind == QuantTokenKind.Punct && tok.Punct == c;

    private bool TryPunct(char c)
    {
        if (!IsPunct(c))
        {
            return false;
        }

        Advance();
        return true;
    }

    private bool Expect(char c)
    {
        if (TryPunct(c))
        {
            return true;
        }

        // Like MLIR's emitWrongTokenError: point just after the previous token, not at the unexpected one.
        int at = tok.Start;
        while (at > 0 && char.IsWhiteSpace(lex.Text[at - 1]))
        {
            at--;
        }

        Fail(at, $"expected '{c}'");
        return false;
    }

    private void Advance() => tok = lex.Next();

    private MlirType? Fail(QuantToken at, string message) => Fail(at.Start, message);

    private MlirType? Fail(int offset, string message)
    {
        if (!failed)
        {
            failed = true;
            error(offset, message);
        }

        return null;
    }

    [GeneratedRegex("^(i|si|u|ui)([0-9]+)$")]
    private static partial Regex StorageName();
}
