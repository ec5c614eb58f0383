namespace MlirBuild.Ir;

/// <summary>The builtin dialect: <c>builtin.module</c> and <c>builtin.unrealized_conversion_cast</c>.</summary>
public sealed class BuiltinDialect : Dialect
{
    public const string ModuleOpName = "builtin.module";
    public const string UnrealizedConversionCastOpName = "builtin.unrealized_conversion_cast";

    public static readonly BuiltinDialect Instance = new();

    private BuiltinDialect()
        : base("builtin")
    {
        Register(new OpDefinition(
            ModuleOpName,
            OpTraits.IsolatedFromAbove | OpTraits.SymbolTable | OpTraits.NoTerminator | OpTraits.SingleBlock | OpTraits.AffineScope,
            new[] { "sym_name", "sym_visibility" })
        {
            Print = PrintModule,
            DefaultDialect = "builtin",
            Parse = BuiltinSyntax.ParseModule,
            Verify = VerifyModule,
        });
        Register(new OpDefinition(UnrealizedConversionCastOpName, OpTraits.Pure));
    }

    /// <summary>Creates an empty <c>builtin.module</c> with one block.</summary>
    public static Operation CreateModule(MlirContext? context = null, LocationAttr? location = null, string? name = null)
    {
        var state = new OperationState(ModuleOpName, location, context ?? new MlirContext());
        if (name is not null)
        {
            state.AddAttribute("sym_name", new StringAttr(name));
        }

        state.AddRegion().AddBlock();
        return Operation.Create(state);
    }

    private static void PrintModule(Operation op, OpAsmPrinter p)
    {
        if (op.GetAttr("sym_name") is StringAttr name)
        {
            p.Write(" ");
            p.PrintSymbolName(name.Value);
        }

        var all = new List<NamedAttribute>();
        if (op.Properties is not null)
        {
            all.AddRange(op.Properties.Entries);
        }

        all.AddRange(op.Attributes.Entries);
        all.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        p.PrintOptionalAttrDict(all, new[] { "sym_name" }, withKeyword: true);
        p.Write(" ");
        p.PrintRegion(op.Regions[0], printEntryBlockArgs: false, printBlockTerminators: false);
    }

    private static bool VerifyModule(Operation op, DiagnosticBag diagnostics)
    {
        if (op.Regions.Count != 1 || op.Regions[0].Blocks.Count > 1)
        {
            diagnostics.Error(op.Location, "'builtin.module' op expects one region with at most one block");
            return false;
        }

        if (op.Regions[0].EntryBlock is { Arguments.Count: > 0 })
        {
            diagnostics.Error(op.Location, "'builtin.module' op expects body block without arguments");
            return false;
        }

        return true;
    }
}
