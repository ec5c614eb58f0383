namespace MlirBuild.Ir;

/// <summary>
/// <c>sparse&lt;indices, values&gt; : tensor&lt;...&gt;</c>: a mostly-zero constant given by the coordinates of its non-zero
/// elements. <see cref="Indices"/> is an i64 <c>tensor&lt;N x rank&gt;</c> (or a splat, as MLIR keeps it) and
/// <see cref="Values"/> a 1-d <see cref="DenseElementsAttr"/> or <see cref="DenseStringElementsAttr"/> of N elements; both
/// stay raw bytes.
/// </summary>
public sealed record SparseElementsAttr(ShapedType Type, DenseElementsAttr Indices, MlirAttribute Values) : MlirAttribute
{
    public override void PrintBody(AsmWriter w)
    {
        // As mlir-opt: indices never as hex, values as hex when large; no indices at all prints `sparse<>`.
        if (Indices.Type.NumElements == 0)
        {
            w.Write("sparse<>");
        }
        else
        {
            w.Write("sparse<");
            DenseFormat.PrintElements(w, Indices.Type, Indices.Raw.Span, Indices.IsSplat, allowHex: false);
            w.Write(", ");
            switch (Values)
            {
                case DenseElementsAttr d:
                    DenseFormat.PrintElements(w, d.Type, d.Raw.Span, d.IsSplat, allowHex: true);
                    break;
                case DenseStringElementsAttr s:
                    s.PrintLiteral(w);
                    break;
            }

            w.Write('>');
        }

        w.Write(" : ").Write(Type);
    }
}
