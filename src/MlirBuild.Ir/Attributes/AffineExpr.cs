namespace MlirBuild.Ir;

public enum AffineExprKind
{
    Add,
    Mul,
    Mod,
    FloorDiv,
    CeilDiv,
    Constant,
    Dim,
    Symbol,
}

/// <summary>An affine expression tree (<c>d0 + s0 * 2</c>). Built through <see cref="Binary"/>, which applies MLIR's simple folds.</summary>
public abstract record AffineExpr
{
    public abstract AffineExprKind Kind { get; }

    public static AffineExpr Dim(int position) => new AffineDimExpr(position);

    public static AffineExpr Symbol(int position) => new AffineSymbolExpr(position);

    public static AffineExpr Constant(long value) => new AffineConstantExpr(value);

    /// <summary>Builds <c>lhs op rhs</c> with constant folding and constants on the right of commutative ops.</summary>
    public static AffineExpr Binary(AffineExprKind kind, AffineExpr lhs, AffineExpr rhs)
    {
        if (lhs is AffineConstantExpr a && rhs is AffineConstantExpr b)
        {
            switch (kind)
            {
                case AffineExprKind.Add: return Constant(a.Value + b.Value);
                case AffineExprKind.Mul: return Constant(a.Value * b.Value);
                case AffineExprKind.Mod when b.Value > 0: return Constant(((a.Value % b.Value) + b.Value) % b.Value);
                case AffineExprKind.FloorDiv when b.Value != 0: return Constant((long)Math.Floor((double)a.Value / b.Value));
                case AffineExprKind.CeilDiv when b.Value != 0: return Constant((long)Math.Ceiling((double)a.Value / b.Value));
            }
        }

        if ((kind == AffineExprKind.Add || kind == AffineExprKind.Mul) && lhs is AffineConstantExpr && rhs is not AffineConstantExpr)
        {
            (lhs, rhs) = (rhs, lhs);
        }

        if (rhs is AffineConstantExpr c)
        {
            if (kind == AffineExprKind.Add && c.Value == 0)
            {
                return lhs;
            }

            if (kind == AffineExprKind.Mul && c.Value == 1)
            {
                return lhs;
            }

            if (kind == AffineExprKind.Mul && lhs is AffineBinaryExpr { Kind: AffineExprKind.Mul, Rhs: AffineConstantExpr inner } lm)
            {
                return Binary(AffineExprKind.Mul, lm.Lhs, Constant(inner.Value * c.Value));
            }

            if (kind == AffineExprKind.Add && lhs is AffineBinaryExpr { Kind: AffineExprKind.Add, Rhs: AffineConstantExpr inner2 } la)
            {
                return Binary(AffineExprKind.Add, la.Lhs, Constant(inner2.Value + c.Value));
            }
        }

        return new AffineBinaryExpr(kind, lhs, rhs);
    }

    public override string ToString()
    {
        var sw = new StringWriter();
        AffineExprPrinter.Print(new AsmWriter(sw), this, strong: false);
        return sw.ToString();
    }
}

public sealed record AffineDimExpr(int Position) : AffineExpr
{
    public override AffineExprKind Kind => AffineExprKind.Dim;

    public override string ToString() => "d" + Position;
}

public sealed record AffineSymbolExpr(int Position) : AffineExpr
{
    public override AffineExprKind Kind => AffineExprKind.Symbol;

    public override string ToString() => "s" + Position;
}

public sealed record AffineConstantExpr(long Value) : AffineExpr
{
    public override AffineExprKind Kind => AffineExprKind.Constant;

    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

public sealed record AffineBinaryExpr(AffineExprKind Op, AffineExpr Lhs, AffineExpr Rhs) : AffineExpr
{
    public override AffineExprKind Kind => Op;

    public override string ToString() => base.ToString();
}

/// <summary>MLIR's affine expression printing: subtraction sugar and parentheses by binding strength.</summary>
internal static class AffineExprPrinter
{
    public static void Print(AsmWriter w, AffineExpr expr, bool strong)
    {
        switch (expr)
        {
            case AffineDimExpr d:
                w.Write('d').Write(d.Position);
                return;
            case AffineSymbolExpr s:
                w.Write('s').Write(s.Position);
                return;
            case AffineConstantExpr c:
                w.Write(c.Value);
                return;
        }

        var bin = (AffineBinaryExpr)expr;
        if (bin.Op != AffineExprKind.Add)
        {
            if (strong)
            {
                w.Write('(');
            }

            if (bin.Op == AffineExprKind.Mul && bin.Rhs is AffineConstantExpr { Value: -1 })
            {
                w.Write('-');
                Print(w, bin.Lhs, true);
            }
            else
            {
                Print(w, bin.Lhs, true);
                w.Write(bin.Op switch
                {
                    AffineExprKind.Mul => " * ",
                    AffineExprKind.Mod => " mod ",
                    AffineExprKind.FloorDiv => " floordiv ",
                    _ => " ceildiv ",
                });
                Print(w, bin.Rhs, true);
            }

            if (strong)
            {
                w.Write(')');
            }

            return;
        }

        if (strong)
        {
            w.Write('(');
        }

        if (bin.Rhs is AffineBinaryExpr { Op: AffineExprKind.Mul, Rhs: AffineConstantExpr rc } rm && rc.Value <= -1)
        {
            Print(w, bin.Lhs, false);
            w.Write(" - ");
            if (rc.Value == -1)
            {
                Print(w, rm.Lhs, rm.Lhs.Kind == AffineExprKind.Add);
            }
            else
            {
                Print(w, rm.Lhs, true);
                w.Write(" * ").Write(-rc.Value);
            }
        }
        else if (bin.Rhs is AffineConstantExpr { Value: < 0 } neg)
        {
            Print(w, bin.Lhs, false);
            w.Write(" - ").Write(-neg.Value);
        }
        else
        {
            Print(w, bin.Lhs, false);
            w.Write(" + ");
            Print(w, bin.Rhs, false);
        }

        if (strong)
        {
            w.Write(')');
        }
    }
}
