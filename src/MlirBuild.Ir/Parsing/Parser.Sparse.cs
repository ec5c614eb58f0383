using System.Globalization;

namespace MlirBuild.Ir;

/// <summary>
/// <c>sparse&lt;indices, values&gt; : type</c> and <c>sparse&lt;&gt; : type</c>, with mlir-opt's shapes (a scalar index is one
/// coordinate repeated over the rank, a scalar value is repeated for every index) and its verifier messages.
/// </summary>
internal sealed partial class Parser
{
    private MlirAttribute? ParseSparseElementsAttr(MlirType? expected)
    {
        var start = tok;
        Consume();
        if (!Expect(TokenKind.Less, "expected '<' after 'sparse'"))
        {
            return null;
        }

        if (ConsumeIf(TokenKind.Greater))
        {
            var emptyType = ParseElementsLiteralType(start, expected);
            if (emptyType is null)
            {
                return null;
            }

            var noIndices = new DenseElementsAttr(RankedTensorType.Get(new long[] { 0, emptyType.Shape.Count }, IntegerType.I64), Array.Empty<byte>(), false);
            var noValuesType = RankedTensorType.Get(new long[] { 0 }, emptyType.ElementType);
            MlirAttribute noValues = DenseElementsAttr.ElementStorageBytesOf(emptyType.ElementType) == 0
                ? new DenseStringElementsAttr(noValuesType, Array.Empty<EquatableArray<byte>>(), false)
                : new DenseElementsAttr(noValuesType, Array.Empty<byte>(), false);
            return new SparseElementsAttr(emptyType, noIndices, noValues);
        }

        // Indices never come as hex: MLIR may need the shape the literal implies.
        var indexElems = new List<DenseElem>();
        var indexShape = new List<long>();
        if (tok.Kind == TokenKind.LSquare ? !ParseDenseList(indexElems, indexShape) : !ParseDenseScalar(indexElems))
        {
            return null;
        }

        if (!Expect(TokenKind.Comma, "expected ','"))
        {
            return null;
        }

        var valuesStart = tok;
        var valueElems = new List<DenseElem>();
        var valueShape = new List<long>();
        Token? hexTok = null;
        if (tok.Kind == TokenKind.String && IsHexString(tok))
        {
            hexTok = tok;
            Consume();
        }
        else if (tok.Kind == TokenKind.LSquare ? !ParseDenseList(valueElems, valueShape) : !ParseDenseScalar(valueElems))
        {
            return null;
        }

        if (!Expect(TokenKind.Greater, "expected '>'"))
        {
            return null;
        }

        var type = ParseElementsLiteralType(start, expected);
        if (type is null)
        {
            return null;
        }

        var indicesType = RankedTensorType.Get(indexShape.Count == 0 ? new long[] { 1, type.Shape.Count } : indexShape.ToArray(), IntegerType.I64);
        if (BuildDenseLiteral(indexElems, indexShape.Count == 0, indicesType) is not DenseElementsAttr indices)
        {
            return null;
        }

        var valuesType = RankedTensorType.Get(valueShape.Count == 0 ? new long[] { indicesType.Shape[0] } : valueShape.ToArray(), type.ElementType);
        MlirAttribute? values;
        if (hexTok is { } hex)
        {
            int eb = DenseElementsAttr.ElementStorageBytesOf(type.ElementType);
            values = eb == 0 ? DenseStringFromHex(valuesStart, hex, valuesType) : DenseFromHex(valuesStart, hex, valuesType, eb);
        }
        else
        {
            values = BuildDenseLiteral(valueElems, valueShape.Count == 0, valuesType);
        }

        if (values is null)
        {
            return null;
        }

        string? error = VerifySparse(type, indices, valuesType);
        if (error is not null)
        {
            EmitError(start, error);
            return null;
        }

        return new SparseElementsAttr(type, indices, values);
    }

    /// <summary>`:` type (unless the context gives it), which must be a statically shaped type.</summary>
    private ShapedType? ParseElementsLiteralType(Token start, MlirType? expected)
    {
        var type = expected;
        if (type is null)
        {
            if (!Expect(TokenKind.Colon, "expected ':'"))
            {
                return null;
            }

            type = ParseType();
            if (type is null)
            {
                return null;
            }
        }

        if (type is not ShapedType st)
        {
            EmitError(start, "elements literal must be a shaped type");
            return null;
        }

        if (!st.HasStaticShape)
        {
            EmitError(start, "elements literal type must have static shape");
            return null;
        }

        return st;
    }

    /// <summary>Writes parsed literal elements into one attribute of <paramref name="type"/> (a scalar literal is a splat).</summary>
    private MlirAttribute? BuildDenseLiteral(List<DenseElem> elems, bool scalar, ShapedType type)
    {
        var elt = type.ElementType;
        int eb = DenseElementsAttr.ElementStorageBytesOf(elt);
        if (eb == 0)
        {
            var strings = new EquatableArray<byte>[elems.Count];
            for (int i = 0; i < elems.Count; i++)
            {
                if (elems[i].Kind != DenseElemKind.String)
                {
                    EmitError(elems[i].Tok, "expected string token");
                    return null;
                }

                strings[i] = lex.StringBytes(elems[i].Tok);
            }

            bool same = strings.Length > 1 && strings.All(s => s == strings[0]);
            return scalar || same
                ? new DenseStringElementsAttr(type, new[] { strings[0] }, true)
                : new DenseStringElementsAttr(type, strings, false);
        }

        var raw = new byte[checked(elems.Count * eb)];
        for (int i = 0; i < elems.Count; i++)
        {
            if (!WriteDenseElement(elems[i], elt, raw.AsSpan(i * eb, eb)))
            {
                return null;
            }
        }

        return scalar ? new DenseElementsAttr(type, raw, true) : DenseElementsAttr.Create(type, raw);
    }

    /// <summary>MLIR's SparseElementsAttr verifier: a 1-d value list, one index row of the type's rank per value, in bounds.</summary>
    private static string? VerifySparse(ShapedType type, DenseElementsAttr indices, ShapedType valuesType)
    {
        if (valuesType.Shape.Count != 1)
        {
            return "expected 1-d tensor for sparse element values";
        }

        var indicesShape = indices.Type.Shape;
        int rank = type.Shape.Count;
        string ShapeError() =>
            $"expected shape ([{Dims(type.Shape)}]); inferred shape of indices literal ([{Dims(indicesShape)}]); inferred shape of values literal ([{Dims(valuesType.Shape)}])";
        if (indicesShape.Count == 2 ? indicesShape[1] != rank : indicesShape.Count != 1 || rank != 1)
        {
            return ShapeError();
        }

        long count = indicesShape[0];
        if (count != valuesType.Shape[0])
        {
            return ShapeError();
        }

        var index = new ulong[rank];
        for (long i = 0; i < (indices.IsSplat ? 1 : count); i++)
        {
            bool valid = true;
            for (int d = 0; d < rank; d++)
            {
                index[d] = (ulong)(long)indices.GetInteger(indices.IsSplat ? 0 : i * rank + d);
                valid &= index[d] < (ulong)type.Shape[d];
            }

            if (!valid)
            {
                return $"sparse index #{i} is not contained within the value shape, with index=[{string.Join(", ", index)}], and type='{type}'";
            }
        }

        return null;
    }

    private static string Dims(EquatableArray<long> shape) => string.Join(", ", shape.Select(d => d.ToString(CultureInfo.InvariantCulture)));
}
