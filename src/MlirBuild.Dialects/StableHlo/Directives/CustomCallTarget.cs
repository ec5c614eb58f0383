using MlirBuild.Ir;

namespace MlirBuild.Dialects.StableHlo;

/// <summary>
/// <c>custom&lt;CustomCallTarget&gt;($call_target_name)</c>: a symbol name (<c>@name</c>, or <c>@"quoted name"</c>) stored
/// as the string attribute without <c>@</c>.
/// </summary>
public static class CustomCallTarget
{
    public static bool Parse(OpAsmParser parser, out MlirAttribute? callTargetName)
    {
        var name = parser.ParseSymbolName();
        callTargetName = name is null ? null : new StringAttr(name);
        return name is not null;
    }

    public static bool CanPrint(MlirAttribute? callTargetName) => callTargetName is StringAttr;

    public static void Print(OpAsmPrinter printer, MlirAttribute? callTargetName)
    {
        if (callTargetName is StringAttr name)
        {
            printer.PrintSymbolName(name.Value);
        }
    }
}
