using System.Collections.Generic;
using MlirBuild.TableGen.Ods;

namespace MlirBuild.Generators.Emit;

/// <summary>Maps ODS traits onto the IR core's structural <c>OpTraits</c> flags.</summary>
internal static class TraitMapping
{
    private static readonly Dictionary<string, string> Native = new Dictionary<string, string>
    {
        ["::mlir::OpTrait::IsTerminator"] = "IsTerminator",
        ["::mlir::OpTrait::IsIsolatedFromAbove"] = "IsolatedFromAbove",
        ["::mlir::OpTrait::SymbolTable"] = "SymbolTable",
        ["::mlir::OpTrait::NoTerminator"] = "NoTerminator",
        ["::mlir::OpTrait::SingleBlock"] = "SingleBlock",
        ["::mlir::OpTrait::ConstantLike"] = "ConstantLike",
        ["::mlir::OpTrait::ReturnLike"] = "ReturnLike",
        ["::mlir::OpTrait::IsCommutative"] = "Commutative",
        ["::mlir::OpTrait::AffineScope"] = "AffineScope",
        ["::mlir::OpTrait::HasOnlyGraphRegion"] = "GraphRegion",
    };

    public static string Flags(OdsOperation op)
    {
        var flags = new SortedSet<string>(System.StringComparer.Ordinal);
        foreach (var trait in op.Traits)
        {
            if (Native.TryGetValue(trait.QualifiedName, out var flag))
            {
                flags.Add(flag);
            }
            else if (trait.Kind == OdsTraitKind.Interface && trait.DefName == "NoMemoryEffect")
            {
                flags.Add("Pure");
            }
            else if (trait.Kind == OdsTraitKind.Interface && trait.QualifiedName.EndsWith("SymbolOpInterface::Trait", System.StringComparison.Ordinal))
            {
                flags.Add("Symbol");
            }
        }

        if (flags.Count == 0)
        {
            return "global::MlirBuild.Ir.OpTraits.None";
        }

        var parts = new List<string>();
        foreach (var f in flags)
        {
            parts.Add("global::MlirBuild.Ir.OpTraits." + f);
        }

        return string.Join(" | ", parts);
    }
}
