using MlirBuild.Ir;

namespace MlirBuild.Dialects.StableHlo;

/// <summary>
/// Small ops around tokens and tuples: <c>after_all</c> (<c>custom&lt;VariadicSameOperandsAndResultType&gt;</c>),
/// <c>tuple</c> (<c>custom&lt;TupleOpType&gt;</c>), <c>optimization_barrier</c> (<c>custom&lt;PairwiseOpType&gt;</c>) and the
/// <c>attr-dict : type(results)</c> ops (<c>replica_id</c>, <c>partition_id</c>, <c>create_token</c>).
/// </summary>
internal static class TokenAndTupleSyntax
{
    public static bool ParseAfterAll(OpAsmParser p, OperationState result)
    {
        var operands = new List<UnresolvedOperand>();
        if (!p.ParseOperandList(operands) || !p.ParseOptionalAttrDict(result.Attributes) || !p.ParsePunct(":")
            || !VariadicSameOperandsAndResultType.Parse(p, operands.Count, out var inputTypes, out var resultType))
        {
            return false;
        }

        result.ResultTypes.Add(resultType!);
        return p.ResolveOperands(operands, inputTypes, result.Operands);
    }

    public static void PrintAfterAll(Operation op, OpAsmPrinter p)
    {
        HloSyntax.PrintOperandsWithSpace(op, p);
        HloSyntax.PrintAttrDict(op, p);
        p.Write(" : ");
        VariadicSameOperandsAndResultType.Print(p, op.GetResult(0).Type);
    }

    public static bool ParseTuple(OpAsmParser p, OperationState result)
    {
        var operands = new List<UnresolvedOperand>();
        if (!p.ParseOperandList(operands) || !p.ParseOptionalAttrDict(result.Attributes) || !p.ParsePunct(":")
            || !TupleOpType.Parse(p, operands.Count, out var operandTypes, out var resultType))
        {
            return false;
        }

        result.ResultTypes.Add(resultType!);
        return p.ResolveOperands(operands, operandTypes, result.Operands);
    }

    public static void PrintTuple(Operation op, OpAsmPrinter p)
    {
        HloSyntax.PrintOperandsWithSpace(op, p);
        HloSyntax.PrintAttrDict(op, p);
        p.Write(" : ");
        TupleOpType.Print(p, op.GetResult(0).Type);
    }

    // `attr-dict ($operand^ `:` custom<PairwiseOpType>(...)):(`(` `)`)?`
    public static bool ParseOptimizationBarrier(OpAsmParser p, OperationState result)
    {
        if (!p.ParseOptionalAttrDict(result.Attributes))
        {
            return false;
        }

        if (p.TryParsePunct("("))
        {
            return p.ParsePunct(")");
        }

        var operands = new List<UnresolvedOperand>();
        if (!p.ParseOperandList(operands) || !p.ParsePunct(":")
            || !PairwiseOpType.Parse(p, operands.Count, out var operandTypes, out var resultTypes))
        {
            return false;
        }

        result.ResultTypes.AddRange(resultTypes);
        return p.ResolveOperands(operands, operandTypes, result.Operands);
    }

    public static void PrintOptimizationBarrier(Operation op, OpAsmPrinter p)
    {
        HloSyntax.PrintAttrDict(op, p);
        if (op.NumOperands == 0)
        {
            p.Write("()");
            return;
        }

        HloSyntax.PrintOperandsWithSpace(op, p);
        p.Write(" : ");
        PairwiseOpType.Print(p, HloSyntax.TypesOf(op.Operands));
    }

    public static bool ParseResultTypesOnly(OpAsmParser p, OperationState result) =>
        p.ParseOptionalAttrDict(result.Attributes) && p.ParsePunct(":") && p.ParseTypeList(result.ResultTypes);

    public static void PrintResultTypesOnly(Operation op, OpAsmPrinter p)
    {
        HloSyntax.PrintAttrDict(op, p);
        p.Write(" : ");
        p.Writer.WriteList(HloSyntax.ResultTypes(op), (w, t) => w.Write(t));
    }
}
