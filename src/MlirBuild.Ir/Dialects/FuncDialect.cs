namespace MlirBuild.Ir;

/// <summary>The func dialect: <c>func.func</c>, <c>func.return</c>, <c>func.call</c>, <c>func.call_indirect</c>, <c>func.constant</c>.</summary>
public sealed class FuncDialect : Dialect
{
    public const string FuncOpName = "func.func";
    public const string ReturnOpName = "func.return";
    public const string CallOpName = "func.call";
    public const string CallIndirectOpName = "func.call_indirect";
    public const string ConstantOpName = "func.constant";

    public static readonly FuncDialect Instance = new();

    private FuncDialect()
        : base("func")
    {
        Register(new OpDefinition(
            FuncOpName,
            OpTraits.IsolatedFromAbove | OpTraits.Symbol | OpTraits.AffineScope,
            new[] { "sym_name", "function_type", "sym_visibility", "arg_attrs", "res_attrs", "no_inline" })
        {
            Print = FuncSyntax.PrintFunc,
            Parse = FuncSyntax.ParseFunc,
            DefaultDialect = "func",
        });
        Register(new OpDefinition(ReturnOpName, OpTraits.IsTerminator | OpTraits.Pure | OpTraits.ReturnLike)
        {
            Print = FuncSyntax.PrintReturn,
            Parse = FuncSyntax.ParseReturn,
        });
        Register(new OpDefinition(CallOpName, OpTraits.None, new[] { "callee", "arg_attrs", "res_attrs", "no_inline" })
        {
            Print = FuncSyntax.PrintCall,
            Parse = FuncSyntax.ParseCall,
        });
        Register(new OpDefinition(CallIndirectOpName, OpTraits.None, new[] { "arg_attrs", "res_attrs" })
        {
            Print = FuncSyntax.PrintCallIndirect,
            Parse = FuncSyntax.ParseCallIndirect,
        });
        Register(new OpDefinition(ConstantOpName, OpTraits.Pure | OpTraits.ConstantLike, new[] { "value" })
        {
            Print = FuncSyntax.PrintConstant,
            Parse = FuncSyntax.ParseConstant,
            SuggestResultName = op => (op.GetAttr("value") as SymbolRefAttr)?.Leaf,
        });
    }

    /// <summary>Creates a <c>func.func</c> with an entry block whose arguments match the inputs.</summary>
    public static Operation CreateFunc(MlirContext context, string name, FunctionType type, LocationAttr? location = null, string? visibility = null)
    {
        var state = new OperationState(FuncOpName, location, context);
        state.AddAttribute("sym_name", new StringAttr(name));
        state.AddAttribute("function_type", new TypeAttr(type));
        if (visibility is not null)
        {
            state.AddAttribute("sym_visibility", new StringAttr(visibility));
        }

        var block = state.AddRegion().AddBlock();
        foreach (var t in type.Inputs)
        {
            block.AddArgument(t, location);
        }

        return Operation.Create(state);
    }
}
