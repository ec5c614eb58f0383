namespace MlirBuild.Ir;

/// <summary><c>(d0, d1)[s0] -> (d0 + s0, d1)</c>.</summary>
public sealed record AffineMap(int NumDims, int NumSymbols, EquatableArray<AffineExpr> Results)
{
    public void Print(AsmWriter w)
    {
        PrintDimsAndSymbols(w, NumDims, NumSymbols);
        w.Write(" -> (");
        w.WriteList(Results, (x, e) => AffineExprPrinter.Print(x, e, false));
        w.Write(')');
    }

    internal static void PrintDimsAndSymbols(AsmWriter w, int dims, int symbols)
    {
        w.Write('(');
        for (int i = 0; i < dims; i++)
        {
            w.Write(i > 0 ? ", d" : "d").Write(i);
        }

        w.Write(')');
        if (symbols > 0)
        {
            w.Write('[');
            for (int i = 0; i < symbols; i++)
            {
                w.Write(i > 0 ? ", s" : "s").Write(i);
            }

            w.Write(']');
        }
    }
}

/// <summary><c>affine_map&lt;...&gt;</c>.</summary>
public sealed record AffineMapAttr(AffineMap Map) : MlirAttribute
{
    public override void PrintBody(AsmWriter w)
    {
        w.Write("affine_map<");
        Map.Print(w);
        w.Write('>');
    }
}

/// <summary>One constraint of an integer set: <c>expr == 0</c> or <c>expr &gt;= 0</c>.</summary>
public readonly record struct AffineConstraint(AffineExpr Expr, bool IsEquality);

/// <summary><c>affine_set&lt;(d0)[s0] : (d0 - s0 &gt;= 0)&gt;</c>.</summary>
public sealed record IntegerSetAttr(int NumDims, int NumSymbols, EquatableArray<AffineConstraint> Constraints) : MlirAttribute
{
    public override void PrintBody(AsmWriter w)
    {
        w.Write("affine_set<");
        AffineMap.PrintDimsAndSymbols(w, NumDims, NumSymbols);
        w.Write(" : (");
        w.WriteList(Constraints, (x, c) =>
        {
            AffineExprPrinter.Print(x, c.Expr, false);
            x.Write(c.IsEquality ? " == 0" : " >= 0");
        });
        w.Write(")>");
    }
}
