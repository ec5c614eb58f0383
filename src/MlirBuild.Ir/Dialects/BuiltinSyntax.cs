namespace MlirBuild.Ir;

/// <summary>Custom syntax of builtin ops: <c>module @name attributes {...} { ... }</c>.</summary>
internal static class BuiltinSyntax
{
    public static bool ParseModule(OpAsmParser p, OperationState result)
    {
        if (p.TryParseSymbolName() is { } name)
        {
            result.AddAttribute("sym_name", new StringAttr(name));
        }

        if (!p.ParseOptionalAttrDictWithKeyword(result.Attributes))
        {
            return false;
        }

        var body = result.AddRegion();
        if (!p.ParseRegion(body))
        {
            return false;
        }

        if (body.IsEmpty)
        {
            body.AddBlock();
        }

        return true;
    }
}
