using System.Text;

namespace MlirBuild.Ir.Tests.Fuzz;

/// <summary>Seeded generators of bad MLIR input: truncations, byte mutations, random bytes, token soup, deep nesting.</summary>
public static class FuzzInputs
{
    /// <summary>Characters that steer the parser into many different productions when sprinkled into input.</summary>
    private const string Interesting = "{}()<>[]\"%^#!@:,=-.0123456789xe?*\\\n ";

    private static readonly string[] Tokens =
    [
        "\"foo.op\"", "\"builtin.module\"", "\"func.func\"", "(", ")", "{", "}", "<", ">", "[", "]", "<{", "}>", ":", ",",
        "=", "->", "%0", "%arg0", "%x:2", "%x#1", "^bb0", "^bb1(%a: i32)", "@sym", "@a::@b", "#loc", "#map", "!t",
        "loc(", "unknown", "fused", "callsite", " at ", "i32", "f32", "index", "tensor<", "memref<", "vector<", "x",
        "?", "*", "complex<", "tuple<", "dense<", "\"0x0A0B\"", "dense_resource<", "array<i32:", "affine_map<",
        "(d0)", "[s0]", "floordiv", "1", "-1", "0x7FC00000", "1.5e10", "true", "unit", "\"str\\n\"", "{-#", "#-}",
        "dialect_resources:", "builtin:", "attributes", "module", "func.func", "return", "\n", " ", "// -----",
        "distinct[0]<", "strided<[", "offset:", "#foo.bar<", "!foo<\"", "-9223372036854775809", "1e99999",
    ];

    public static string Truncate(string seed, Random rng) => seed[..rng.Next(seed.Length + 1)];

    /// <summary>1 to 8 point mutations: replace, insert or delete a character, or duplicate a slice.</summary>
    public static string Mutate(string seed, Random rng)
    {
        var sb = new StringBuilder(seed);
        var n = rng.Next(1, 9);
        for (var i = 0; i < n; i++)
        {
            var at = sb.Length == 0 ? 0 : rng.Next(sb.Length);
            var c = rng.Next(3) == 0 ? (char)rng.Next(0, 256) : Interesting[rng.Next(Interesting.Length)];
            switch (rng.Next(4))
            {
                case 0 when sb.Length > 0:
                    sb[at] = c;
                    break;
                case 1:
                    sb.Insert(at, c);
                    break;
                case 2 when sb.Length > 0:
                    sb.Remove(at, Math.Min(sb.Length - at, rng.Next(1, 6)));
                    break;
                default:
                    var len = Math.Min(sb.Length - at, rng.Next(1, 40));
                    sb.Insert(rng.Next(sb.Length + 1), sb.ToString(at, len));
                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>Random bytes decoded as UTF-8 (invalid sequences become U+FFFD, as a file read would give).</summary>
    public static string RandomBytes(Random rng)
    {
        var bytes = new byte[rng.Next(0, 600)];
        rng.NextBytes(bytes);
        return Encoding.UTF8.GetString(bytes);
    }

    public static string TokenSoup(Random rng)
    {
        var sb = new StringBuilder();
        var n = rng.Next(1, 80);
        for (var i = 0; i < n; i++)
        {
            sb.Append(Tokens[rng.Next(Tokens.Length)]);
            if (rng.Next(3) == 0)
            {
                sb.Append(' ');
            }
        }

        return sb.ToString();
    }

    /// <summary>Inputs nested <paramref name="depth"/> levels deep in each recursive production of the grammar.</summary>
    public static IEnumerable<(string Name, string Text)> DeepNesting(int depth)
    {
        yield return ("regions", Repeat("\"foo.op\"() ({\n", depth) + Repeat("}) : () -> ()\n", depth));
        yield return ("unclosed regions", Repeat("\"foo.op\"() ({\n", depth));
        yield return ("arrays", "\"foo.op\"() {a = " + Repeat("[", depth) + Repeat("]", depth) + "} : () -> ()");
        yield return ("unclosed arrays", "\"foo.op\"() {a = " + Repeat("[", depth));
        yield return ("dictionaries", "\"foo.op\"() {a = " + Repeat("{b = ", depth) + "1" + Repeat("}", depth) + "} : () -> ()");
        yield return ("tuple types", "\"foo.op\"() : () -> " + Repeat("tuple<", depth) + "i32" + Repeat(">", depth));
        yield return ("tensor of tensors", "\"foo.op\"() : () -> " + Repeat("tensor<", depth) + "i32" + Repeat(">", depth));
        yield return ("function types", "\"foo.op\"() : () -> " + Repeat("(", depth) + "i32" + Repeat(") -> i32", depth));
        yield return ("dense literal", "\"foo.op\"() {a = dense<" + Repeat("[", depth) + "1" + Repeat("]", depth) + "> : tensor<1xi32>} : () -> ()");
        yield return ("affine expr", "\"foo.op\"() {a = affine_map<(d0) -> (" + Repeat("(", depth) + "d0" + Repeat(" + 1)", depth) + ")>} : () -> ()");
        yield return ("name locations", "\"foo.op\"() : () -> () loc(" + Repeat("\"n\"(", depth) + "unknown" + Repeat(")", depth) + ")");
        yield return ("fused locations", "\"foo.op\"() : () -> () loc(" + Repeat("fused[", depth) + "unknown" + Repeat("]", depth) + ")");
        yield return ("callsite locations", "\"foo.op\"() : () -> () loc(" + Repeat("callsite(unknown at ", depth) + "unknown" + Repeat(")", depth) + ")");
        yield return ("opaque dialect type", "\"foo.op\"() : () -> !foo.t" + Repeat("<", depth) + Repeat(">", depth));
        yield return ("opaque dialect attr", "\"foo.op\"() {a = #foo.a" + Repeat("<", depth) + Repeat(">", depth) + "} : () -> ()");
        yield return ("func bodies", Repeat("func.func @f() {\n", depth) + Repeat("}\n", depth));
        yield return ("modules", Repeat("module {\n", depth) + Repeat("}\n", depth));
    }

    private static string Repeat(string s, int n) => new StringBuilder(s.Length * n).Insert(0, s, n).ToString();
}
