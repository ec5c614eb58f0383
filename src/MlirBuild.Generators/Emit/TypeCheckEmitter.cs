using System.Collections.Generic;
using System.Globalization;
using MlirBuild.TableGen.Ods;

namespace MlirBuild.Generators.Emit;

/// <summary>Turns an <see cref="OdsTypeMatcher"/> into a C# boolean expression over a type variable.</summary>
internal static class TypeCheckEmitter
{
    private static readonly HashSet<string> FloatKinds = new HashSet<string>
    {
        "F16", "BF16", "F32", "F64", "F80", "F128", "TF32", "F8E5M2", "F8E4M3", "F8E4M3FN", "F8E5M2FNUZ",
        "F8E4M3FNUZ", "F8E4M3B11FNUZ", "F8E3M4", "F8E8M0FNU", "F6E2M3FN", "F6E3M2FN", "F4E2M1FN",
    };

    /// <summary>True when the matcher accepts every type (no check is generated).</summary>
    public static bool IsTrivial(OdsTypeMatcher matcher) => Expression(matcher, "t") == "true";

    /// <summary>The check as an expression over <paramref name="variable"/>; pattern variables get unique names.</summary>
    public static string Expression(OdsTypeMatcher matcher, string variable)
    {
        var counter = new int[1];
        return Expression(matcher, variable, counter);
    }

    private static string Expression(OdsTypeMatcher matcher, string variable, int[] counter)
    {
        switch (matcher.Kind)
        {
            case OdsTypeMatcherKind.Any:
                return "true";
            case OdsTypeMatcherKind.Index:
                return variable + " is global::MlirBuild.Ir.IndexType";
            case OdsTypeMatcherKind.None:
                return variable + " is global::MlirBuild.Ir.NoneType";
            case OdsTypeMatcherKind.Tuple:
                return variable + " is global::MlirBuild.Ir.TupleType";
            case OdsTypeMatcherKind.Function:
                return variable + " is global::MlirBuild.Ir.FunctionType";
            case OdsTypeMatcherKind.Integer:
                {
                    var parts = new List<string>();
                    if (matcher.Width != 0)
                    {
                        parts.Add("Width: " + matcher.Width.ToString(CultureInfo.InvariantCulture));
                    }

                    switch (matcher.Signedness)
                    {
                        case "signless": parts.Add("Signedness: global::MlirBuild.Ir.Signedness.Signless"); break;
                        case "signed": parts.Add("Signedness: global::MlirBuild.Ir.Signedness.Signed"); break;
                        case "unsigned": parts.Add("Signedness: global::MlirBuild.Ir.Signedness.Unsigned"); break;
                    }

                    return variable + " is global::MlirBuild.Ir.IntegerType" + (parts.Count == 0 ? string.Empty : " { " + string.Join(", ", parts) + " }");
                }

            case OdsTypeMatcherKind.Float:
                {
                    if (matcher.Name.Length == 0)
                    {
                        return variable + " is global::MlirBuild.Ir.FloatType";
                    }

                    var kind = matcher.Name.ToUpperInvariant();
                    return FloatKinds.Contains(kind)
                        ? variable + " is global::MlirBuild.Ir.FloatType { Kind: global::MlirBuild.Ir.FloatKind." + kind + " }"
                        : "true";
                }

            case OdsTypeMatcherKind.Complex:
                return Container(variable, "global::MlirBuild.Ir.ComplexType", matcher.Element, counter);
            case OdsTypeMatcherKind.RankedTensor:
                return Shaped(variable, "s is global::MlirBuild.Ir.RankedTensorType", matcher.Element, counter);
            case OdsTypeMatcherKind.UnrankedTensor:
                return Shaped(variable, "s is global::MlirBuild.Ir.UnrankedTensorType", matcher.Element, counter);
            case OdsTypeMatcherKind.Tensor:
                return Shaped(variable, "s is global::MlirBuild.Ir.RankedTensorType or global::MlirBuild.Ir.UnrankedTensorType", matcher.Element, counter);
            case OdsTypeMatcherKind.MemRef:
                return Shaped(variable, "s is global::MlirBuild.Ir.MemRefType or global::MlirBuild.Ir.UnrankedMemRefType", matcher.Element, counter);
            case OdsTypeMatcherKind.Vector:
                return Shaped(variable, "s is global::MlirBuild.Ir.VectorType", matcher.Element, counter);
            case OdsTypeMatcherKind.AnyOf:
                {
                    var parts = new List<string>();
                    foreach (var alternative in matcher.Alternatives)
                    {
                        var e = Expression(alternative, variable, counter);
                        if (e == "true")
                        {
                            return "true";
                        }

                        parts.Add("(" + e + ")");
                    }

                    return parts.Count == 0 ? "true" : string.Join(" || ", parts);
                }

            default:
                return "true";
        }
    }

    private static string Container(string variable, string typeName, OdsTypeMatcher? element, int[] counter)
    {
        var name = "c" + (counter[0]++).ToString(CultureInfo.InvariantCulture);
        var inner = element is null ? "true" : Expression(element, name + ".ElementType", counter);
        return inner == "true" ? variable + " is " + typeName : "(" + variable + " is " + typeName + " " + name + " && (" + inner + "))";
    }

    private static string Shaped(string variable, string kindTest, OdsTypeMatcher? element, int[] counter)
    {
        var name = "s" + (counter[0]++).ToString(CultureInfo.InvariantCulture);
        var test = kindTest.Replace("s is", name + " is");
        var inner = element is null ? "true" : Expression(element, name + ".ElementType", counter);
        return "(" + variable + " is global::MlirBuild.Ir.ShapedType " + name + " && (" + test + ")" + (inner == "true" ? string.Empty : " && (" + inner + ")") + ")";
    }
}
