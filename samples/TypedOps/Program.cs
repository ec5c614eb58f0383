using MlirBuild.Dialects.StableHlo;
using MlirBuild.Ir;

// Consumes the op classes generated from src/MlirBuild.Dialects/Td: builds a stablehlo function with the typed
// factories, prints it, parses the text back, matches ops by class and reads typed attributes.
var context = new MlirContext();
StablehloDialect.Register(context);

var tensor = RankedTensorType.Get([4], FloatType.F32);
var mask = RankedTensorType.Get([4], IntegerType.I1);
var module = BuiltinDialect.CreateModule(context);
var func = FuncDialect.CreateFunc(context, "main", new FunctionType(new MlirType[] { tensor, tensor }, new MlirType[] { mask }));
module.Regions[0].EntryBlock!.Append(func);

var body = func.Regions[0].EntryBlock!;
var (x, y) = (body.Arguments[0], body.Arguments[1]);
var sum = AddOp.Create(tensor, x, y, context: context);
body.Append(sum.Operation);
var less = CompareOp.Create(mask, sum.Result, y, ComparisonDirection.LT, ComparisonType.FLOAT, context: context);
body.Append(less.Operation);
var ret = new OperationState(FuncDialect.ReturnOpName, context: context);
ret.Operands.Add(less.Result0);
body.Append(Operation.Create(ret));

var diagnostics = new DiagnosticBag();
var verified = sum.Operation.Definition!.Verify!(sum.Operation, diagnostics) && less.Operation.Definition!.Verify!(less.Operation, diagnostics);
Console.WriteLine("built and verified: " + verified + (diagnostics.Count == 0 ? string.Empty : "\n" + diagnostics));

var text = MlirPrinter.Print(module, new PrintOptions { Generic = true });
Console.Write(text);

var parsed = MlirParser.Parse(text, "typed-ops.mlir", context);
if (!parsed.Succeeded)
{
    Console.Error.WriteLine(parsed.Diagnostics);
    return 1;
}

parsed.Module!.Walk(op =>
{
    if (CompareOp.TryAs(op) is { } compare)
    {
        Console.WriteLine($"found {CompareOp.OperationName}: direction {compare.ComparisonDirection.ToMlirString()}, type {compare.CompareType?.ToMlirString() ?? "default"}");
    }
    else if (AddOp.TryAs(op) is { } add)
    {
        Console.WriteLine($"found {AddOp.OperationName} of {add.Lhs.Type}");
    }
});

// StableHLO's own spelling of enum attributes, `#stablehlo<comparison_direction GT>`, reads the same way.
var spelled = MlirParser.Parse("""
    func.func @f(%a: tensor<f32>) -> tensor<i1> {
      %0 = "stablehlo.compare"(%a, %a) <{comparison_direction = #stablehlo<comparison_direction GT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
      return %0 : tensor<i1>
    }
    """, "spelled.mlir", new MlirContext(allowUnregisteredDialects: true));
spelled.Module?.Walk(op =>
{
    if (CompareOp.TryAs(op) is { } compare)
    {
        Console.WriteLine($"parsed #stablehlo<comparison_direction GT>: {compare.ComparisonDirection}");
    }
});
return 0;
