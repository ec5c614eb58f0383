using System;
using System.Collections.Generic;
using MlirBuild.TableGen.Lexing;

namespace MlirBuild.TableGen.Parsing
{
    internal enum ParseMode
    {
        Value,
        Name,
    }

    internal sealed partial class Parser
    {
        private const int MaxValueDepth = 1000;

        private RecTy ParseType()
        {
            switch (lex.Kind)
            {
                case TokenKind.String:
                case TokenKind.Code:
                    lex.Lex();
                    return StringRecTy.Instance;
                case TokenKind.Bit:
                    lex.Lex();
                    return BitRecTy.Instance;
                case TokenKind.Int:
                    lex.Lex();
                    return IntRecTy.Instance;
                case TokenKind.Dag:
                    lex.Lex();
                    return DagRecTy.Instance;
                case TokenKind.Id:
                    return RecordRecTy.Get(ParseClassId());
                case TokenKind.Bits:
                {
                    if (lex.Lex() != TokenKind.Less)
                    {
                        throw TokError("expected '<' after bits type");
                    }

                    if (lex.Lex() != TokenKind.IntVal)
                    {
                        throw TokError("expected integer in bits<n> type");
                    }

                    long n = lex.IntVal;
                    if (n < 0 || n > 65536)
                    {
                        throw TokError("bits<n> size out of range");
                    }

                    if (lex.Lex() != TokenKind.Greater)
                    {
                        throw TokError("expected '>' at end of bits<n> type");
                    }

                    lex.Lex();
                    return BitsRecTy.Get((int)n);
                }

                case TokenKind.List:
                {
                    if (lex.Lex() != TokenKind.Less)
                    {
                        throw TokError("expected '<' after list type");
                    }

                    lex.Lex();
                    var sub = ParseType();
                    Expect(TokenKind.Greater, "expected '>' at end of list<ty> type");
                    return sub.ListOf;
                }

                default:
                    throw TokError("Unknown token when expecting a type");
            }
        }

        private Init ParseIDValue(Record? curRec, string name, SourceLocation nameLoc, ParseMode mode)
        {
            var v = GetVar(name);
            if (v is not null)
            {
                return v;
            }

            if (mode == ParseMode.Name)
            {
                return new StringInit(name);
            }

            var g = records.GetGlobal(name);
            if (g is not null)
            {
                return g;
            }

            if (curRec is not null && !curRec.IsClass && curMultiClass is null && curRec.NameInit is StringInit rn && rn.Value == name)
            {
                return new UnOpInit(UnaryOp.Cast, new StringInit(name), curRec.Type);
            }

            throw Error(nameLoc, "Variable not defined: '" + name + "'");
        }

        private Init? GetVar(string name)
        {
            for (var s = curScope; s is not null; s = s.Parent)
            {
                if (s.TryGetLocal(name, out var local))
                {
                    return local;
                }

                switch (s.Kind)
                {
                    case ScopeKind.Record:
                        if (s.CurRec is not null)
                        {
                            var rv = s.CurRec.GetValue(name);
                            if (rv is not null)
                            {
                                return new VarInit(rv.NameInit, rv.Type);
                            }

                            if (s.CurRec.IsClass)
                            {
                                var a = FindValueInArgs(s.CurRec, name, ":");
                                if (a is not null)
                                {
                                    return a;
                                }
                            }
                        }

                        break;
                    case ScopeKind.ForeachLoop:
                        if (s.Loop?.IterVar is VarInit iv && iv.Name == name)
                        {
                            return iv;
                        }

                        break;
                    case ScopeKind.MultiClass:
                        if (s.MultiClass is not null)
                        {
                            var a = FindValueInArgs(s.MultiClass.Rec, name, "::");
                            if (a is not null)
                            {
                                return a;
                            }
                        }

                        break;
                }
            }

            return null;
        }

        private static Init? FindValueInArgs(Record rec, string name, string scoper)
        {
            var argName = QualifyName(rec, new StringInit(name), scoper);
            if (rec.IsTemplateArg(argName))
            {
                return new VarInit(argName, rec.GetValue(argName)!.Type);
            }

            return name == "NAME" ? new VarInit(argName, StringRecTy.Instance) : null;
        }

        private Init ParseValue(Record? curRec, RecTy? itemType = null, ParseMode mode = ParseMode.Value)
        {
            if (++valueDepth > MaxValueDepth)
            {
                valueDepth = 0;
                throw TokError("expression nesting too deep");
            }

            try
            {
                return ParseValueCore(curRec, itemType, mode);
            }
            finally
            {
                valueDepth--;
            }
        }

        private Init ParseValueCore(Record? curRec, RecTy? itemType, ParseMode mode)
        {
            var lhsLoc = lex.Loc;
            var result = ParseSimpleValue(curRec, itemType, mode);
            while (true)
            {
                switch (lex.Kind)
                {
                    case TokenKind.LBrace:
                    {
                        if (mode == ParseMode.Name)
                        {
                            return result;
                        }

                        var curlyLoc = lex.Loc;
                        lex.Lex();
                        var ranges = new List<int>();
                        ParseRangeList(ranges);
                        ranges.Reverse();
                        var r = result.ConvertBitRange(ranges);
                        if (r is null)
                        {
                            throw Error(curlyLoc, "Invalid bit range for value");
                        }

                        result = r;
                        Expect(TokenKind.RBrace, "expected '}' at end of bit range list");
                        break;
                    }

                    case TokenKind.LSquare:
                    {
                        if (result is not TypedInit lhs)
                        {
                            throw Error(lhsLoc, "Invalid value, list expected");
                        }

                        if (lhs.Type is not ListRecTy lhsTy)
                        {
                            throw Error(lhsLoc, "Type '" + lhs.Type + "' is invalid, list expected");
                        }

                        lex.Lex();
                        var rhs = ParseSliceElements(curRec, true);
                        result = rhs.Type is ListRecTy
                            ? new BinOpInit(BinaryOp.ListSlice, lhs, rhs, lhsTy).Fold(curRec)
                            : new BinOpInit(BinaryOp.ListElem, lhs, rhs, lhsTy.ElementType).Fold(curRec);
                        Expect(TokenKind.RSquare, "expected ']' at end of list slice");
                        break;
                    }

                    case TokenKind.Dot:
                    {
                        if (lex.Lex() != TokenKind.Id)
                        {
                            throw TokError("expected field identifier after '.'");
                        }

                        var fieldName = lex.StrVal;
                        var ft = result.GetFieldType(fieldName);
                        if (ft is null)
                        {
                            throw TokError("Cannot access field '" + fieldName + "' of value '" + result.GetAsString() + "'");
                        }

                        result = new FieldInit(result, fieldName, ft).Fold(curRec);
                        lex.Lex();
                        break;
                    }

                    case TokenKind.Paste:
                    {
                        var pasteLoc = lex.Loc;
                        if (result is not TypedInit lhs)
                        {
                            throw Error(pasteLoc, "LHS of paste is not typed!");
                        }

                        if (lhs.Type is ListRecTy)
                        {
                            lex.Lex();
                            switch (lex.Kind)
                            {
                                case TokenKind.Colon:
                                case TokenKind.Semi:
                                case TokenKind.LBrace:
                                    result = lhs;
                                    break;
                                default:
                                    var rhsResult = ParseValue(curRec, itemType, ParseMode.Value);
                                    result = BinOpInit.ListConcat(lhs, rhsResult);
                                    break;
                            }

                            break;
                        }

                        if (lhs.Type is not StringRecTy)
                        {
                            lhs = new UnOpInit(UnaryOp.Cast, lhs, StringRecTy.Instance).Fold(curRec, false) as TypedInit
                                ?? throw Error(pasteLoc, "can't cast '" + lhs.GetAsString() + "' to string");
                        }

                        TypedInit rhs;
                        lex.Lex();
                        switch (lex.Kind)
                        {
                            case TokenKind.Colon:
                            case TokenKind.Semi:
                            case TokenKind.LBrace:
                                rhs = new StringInit(string.Empty);
                                break;
                            default:
                                var rr = ParseValue(curRec, null, ParseMode.Name);
                                rhs = rr as TypedInit ?? throw Error(pasteLoc, "RHS of paste is not typed!");
                                if (rhs.Type is not StringRecTy)
                                {
                                    rhs = new UnOpInit(UnaryOp.Cast, rhs, StringRecTy.Instance).Fold(curRec, false) as TypedInit
                                        ?? throw Error(pasteLoc, "can't cast '" + rhs.GetAsString() + "' to string");
                                }

                                break;
                        }

                        result = BinOpInit.StrConcat(lhs, rhs);
                        break;
                    }

                    default:
                        return result;
                }
            }
        }

        private Init ParseSimpleValue(Record? curRec, RecTy? itemType, ParseMode mode)
        {
            var code = lex.Kind;
            if (TokenTables.IsBangOperator(code))
            {
                return ParseOperation(curRec, itemType);
            }

            switch (code)
            {
                case TokenKind.TrueVal:
                    lex.Lex();
                    return new IntInit(1);
                case TokenKind.FalseVal:
                    lex.Lex();
                    return new IntInit(0);
                case TokenKind.IntVal:
                {
                    var r = new IntInit(lex.IntVal);
                    lex.Lex();
                    return r;
                }

                case TokenKind.BinaryIntVal:
                {
                    var bits = new Init[lex.BinaryBits];
                    for (int i = 0; i < bits.Length; i++)
                    {
                        bits[i] = BitInit.Get(i < 64 && ((lex.IntVal >> i) & 1) != 0);
                    }

                    lex.Lex();
                    return new BitsInit(bits);
                }

                case TokenKind.StrVal:
                {
                    var val = lex.StrVal;
                    lex.Lex();
                    if (lex.Kind == TokenKind.StrVal)
                    {
                        var sb = new System.Text.StringBuilder(val);
                        while (lex.Kind == TokenKind.StrVal)
                        {
                            sb.Append(lex.StrVal);
                            lex.Lex();
                        }

                        val = sb.ToString();
                    }

                    return new StringInit(val);
                }

                case TokenKind.CodeFragment:
                {
                    var r = new StringInit(lex.StrVal, true);
                    lex.Lex();
                    return r;
                }

                case TokenKind.Question:
                    lex.Lex();
                    return UnsetInit.Instance;
                case TokenKind.Id:
                {
                    var nameLoc = lex.Loc;
                    var name = lex.StrVal;
                    var next = lex.Lex();
                    if (next == TokenKind.Equal)
                    {
                        return new StringInit(name);
                    }

                    if (next != TokenKind.Less)
                    {
                        return ParseIDValue(curRec, name, nameLoc, mode);
                    }

                    var cls = records.GetClass(name) ?? throw Error(nameLoc, "Expected a class name, got '" + name + "'");
                    var args = new List<ArgumentInit>();
                    lex.Lex();
                    ParseTemplateArgValueList(args, curRec, cls, false);
                    CheckTemplateArgValues(args, nameLoc, cls);
                    ResolveArguments(cls, args, nameLoc, (n, v) => { });
                    return new VarDefInit(cls, args.ToArray()).Fold();
                }

                case TokenKind.LBrace:
                {
                    var braceLoc = lex.Loc;
                    lex.Lex();
                    var vals = new List<Init>();
                    if (lex.Kind != TokenKind.RBrace)
                    {
                        ParseValueList(vals, curRec, null);
                    }

                    Expect(TokenKind.RBrace, "expected '}' at end of bit list value");
                    var newBits = new List<Init>();
                    for (int i = 0; i < vals.Count; i++)
                    {
                        if (vals[i] is BitsInit bi)
                        {
                            for (int j = 0; j < bi.NumBits; j++)
                            {
                                newBits.Add(bi.Bits[bi.NumBits - j - 1]);
                            }

                            continue;
                        }

                        if (vals[i] is VarInit vi && vi.Type is BitsRecTy brt)
                        {
                            for (int j = 0; j < brt.NumBits; j++)
                            {
                                newBits.Add(vi.GetBit(brt.NumBits - j - 1));
                            }

                            continue;
                        }

                        var bit = vals[i].GetCastTo(BitRecTy.Instance) ?? throw Error(braceLoc, "Element #" + i + " (" + vals[i].GetAsString() + ") is not convertable to a bit");
                        newBits.Add(bit);
                    }

                    newBits.Reverse();
                    return new BitsInit(newBits.ToArray());
                }

                case TokenKind.LSquare:
                {
                    lex.Lex();
                    var vals = new List<Init>();
                    ListRecTy? givenListTy = null;
                    if (itemType is not null)
                    {
                        givenListTy = itemType as ListRecTy ?? throw TokError("Encountered a list when expecting a " + itemType);
                    }

                    if (lex.Kind != TokenKind.RSquare)
                    {
                        ParseValueList(vals, curRec, givenListTy?.ElementType);
                    }

                    Expect(TokenKind.RSquare, "expected ']' at end of list value");
                    RecTy? givenEltTy = null;
                    if (Consume(TokenKind.Less))
                    {
                        givenEltTy = ParseType();
                        Expect(TokenKind.Greater, "expected '>' at end of list element type");
                    }

                    RecTy? eltTy = null;
                    foreach (var v in vals)
                    {
                        if (v is TypedInit targ)
                        {
                            if (eltTy is not null)
                            {
                                eltTy = RecTy.Resolve(eltTy, targ.Type) ?? throw TokError("Incompatible types in list elements");
                            }
                            else
                            {
                                eltTy = targ.Type;
                            }
                        }
                    }

                    if (givenEltTy is not null)
                    {
                        if (eltTy is not null && !eltTy.TypeIsConvertibleTo(givenEltTy))
                        {
                            throw TokError("Incompatible types in list elements");
                        }

                        eltTy = givenEltTy;
                    }

                    RecTy deduced;
                    if (eltTy is null)
                    {
                        if (itemType is null)
                        {
                            throw TokError("No type for list");
                        }

                        deduced = givenListTy!.ElementType;
                    }
                    else
                    {
                        if (givenListTy is not null && !eltTy.TypeIsConvertibleTo(givenListTy.ElementType))
                        {
                            throw TokError("Element type mismatch for list: element type '" + eltTy + "' not convertible to '" + givenListTy.ElementType);
                        }

                        deduced = eltTy;
                    }

                    return new ListInit(vals.ToArray(), deduced);
                }

                case TokenKind.LParen:
                {
                    lex.Lex();
                    if (lex.Kind != TokenKind.Id && lex.Kind != TokenKind.XCast && lex.Kind != TokenKind.Question && lex.Kind != TokenKind.XGetDagOp)
                    {
                        throw TokError("expected identifier in dag init");
                    }

                    var op = ParseValue(curRec);
                    string? opName = null;
                    if (Consume(TokenKind.Colon))
                    {
                        if (lex.Kind != TokenKind.VarName)
                        {
                            throw TokError("expected variable name in dag operator");
                        }

                        opName = lex.StrVal;
                        lex.Lex();
                    }

                    var args = new List<Init>();
                    var names = new List<string?>();
                    if (lex.Kind != TokenKind.RParen)
                    {
                        ParseDagArgList(args, names, curRec);
                    }

                    Expect(TokenKind.RParen, "expected ')' in dag init");
                    return new DagInit(op, opName, args.ToArray(), names.ToArray());
                }

                default:
                    throw TokError(lex.Kind == TokenKind.Eof ? "Unexpected end of input when parsing a value" : "Unknown or reserved token when parsing a value");
            }
        }

        private void ParseDagArgList(List<Init> args, List<string?> names, Record? curRec)
        {
            while (true)
            {
                if (lex.Kind == TokenKind.VarName)
                {
                    args.Add(UnsetInit.Instance);
                    names.Add(lex.StrVal);
                    lex.Lex();
                }
                else
                {
                    var val = ParseValue(curRec);
                    string? varName = null;
                    if (lex.Kind == TokenKind.Colon)
                    {
                        if (lex.Lex() != TokenKind.VarName)
                        {
                            throw TokError("expected variable name in dag literal");
                        }

                        varName = lex.StrVal;
                        lex.Lex();
                    }

                    args.Add(val);
                    names.Add(varName);
                }

                if (!Consume(TokenKind.Comma))
                {
                    break;
                }
            }
        }

        private void ParseValueList(List<Init> result, Record? curRec, RecTy? itemType)
        {
            result.Add(ParseValue(curRec, itemType));
            while (Consume(TokenKind.Comma))
            {
                if (lex.Kind == TokenKind.RSquare)
                {
                    return;
                }

                result.Add(ParseValue(curRec, itemType));
            }
        }

        private void ParseTemplateArgValueList(List<ArgumentInit> result, Record? curRec, Record argsRec, bool isDefm)
        {
            var targs = argsRec.TemplateArgs;
            if (Consume(TokenKind.Greater))
            {
                return;
            }

            bool hasNamed = false;
            int argIndex = 0;
            while (true)
            {
                if (argIndex >= targs.Count)
                {
                    throw TokError("Too many template arguments: " + (argIndex + 1));
                }

                var valueLoc = lex.Loc;
                var value = ParseValue(curRec, hasNamed ? null : argsRec.GetValue(targs[argIndex])!.Type);
                if (lex.Kind == TokenKind.Equal)
                {
                    if (value is not StringInit nm)
                    {
                        throw Error(valueLoc, "The name of named argument should be a valid identifier");
                    }

                    var qualified = QualifyName(argsRec, nm, isDefm ? "::" : ":");
                    var namedArg = argsRec.GetValue(qualified) ?? throw Error(valueLoc, "Argument " + nm.GetAsString() + " doesn't exist");
                    lex.Lex();
                    valueLoc = lex.Loc;
                    value = ParseValue(curRec, namedArg.Type);
                    if (value is UnsetInit)
                    {
                        throw Error(valueLoc, "The value of named argument should be initialized, but we got '" + value.GetAsString() + "'");
                    }

                    result.Add(new ArgumentInit(value, qualified));
                    hasNamed = true;
                }
                else
                {
                    if (hasNamed)
                    {
                        throw Error(valueLoc, "Positional argument should be put before named argument");
                    }

                    result.Add(new ArgumentInit(value, argIndex));
                }

                if (Consume(TokenKind.Greater))
                {
                    return;
                }

                Expect(TokenKind.Comma, "Expected comma before next argument");
                argIndex++;
            }
        }

        private static void CheckTemplateArgValues(List<ArgumentInit> values, SourceLocation loc, Record argsRec)
        {
            var targs = argsRec.TemplateArgs;
            for (int i = 0; i < values.Count; i++)
            {
                var value = values[i];
                var argName = value.IsPositional ? targs[value.Index] : value.Name!;
                var arg = argsRec.GetValue(argName)!;
                if (value.Value is TypedInit tv)
                {
                    var cast = tv.GetCastTo(arg.Type);
                    if (cast is null)
                    {
                        throw Error(loc, "Value specified for template argument '" + arg.Name + "' is of type " + tv.Type + "; expected type " + arg.Type + ": " + tv.GetAsString());
                    }

                    values[i] = value.WithValue(cast);
                }
            }
        }

        private int[] ParseOptionalBitList()
        {
            var startLoc = lex.Loc;
            if (!Consume(TokenKind.LBrace))
            {
                return Array.Empty<int>();
            }

            var ranges = new List<int>();
            ParseRangeList(ranges);
            if (!Consume(TokenKind.RBrace))
            {
                throw Error(startLoc, "expected '}' at end of bit list");
            }

            return ranges.ToArray();
        }

        private int[] ParseOptionalRangeList()
        {
            var startLoc = lex.Loc;
            if (!Consume(TokenKind.Less))
            {
                return Array.Empty<int>();
            }

            var ranges = new List<int>();
            ParseRangeList(ranges);
            if (!Consume(TokenKind.Greater))
            {
                throw Error(startLoc, "expected '>' at end of range list");
            }

            return ranges.ToArray();
        }

        private void ParseRangeList(List<int> result)
        {
            ParseRangePiece(result, null);
            while (Consume(TokenKind.Comma))
            {
                ParseRangePiece(result, null);
            }
        }

        private void ParseRangePiece(List<int> ranges, TypedInit? firstItem)
        {
            var curVal = firstItem ?? ParseValue(null);
            if (curVal is not IntInit ii)
            {
                throw TokError("expected integer or bitrange");
            }

            long start = ii.Value;
            long end;
            if (start < 0)
            {
                throw TokError("invalid range, cannot be negative");
            }

            switch (lex.Kind)
            {
                case TokenKind.DotDotDot:
                case TokenKind.Minus:
                {
                    lex.Lex();
                    var iend = ParseValue(null) as IntInit ?? throw TokError("expected integer value as end of range");
                    end = iend.Value;
                    break;
                }

                case TokenKind.IntVal:
                    end = -lex.IntVal;
                    lex.Lex();
                    break;
                default:
                    ranges.Add((int)start);
                    return;
            }

            if (end < 0)
            {
                throw TokError("invalid range, cannot be negative");
            }

            if (Math.Abs(end - start) > 1_000_000)
            {
                throw TokError("range too large");
            }

            if (start < end)
            {
                for (long i = start; i <= end; i++)
                {
                    ranges.Add((int)i);
                }
            }
            else
            {
                for (long i = start; i >= end; i--)
                {
                    ranges.Add((int)i);
                }
            }
        }

        private TypedInit ParseSliceElement(Record? curRec)
        {
            var lhsLoc = lex.Loc;
            var lhs = ParseValue(curRec) as TypedInit ?? throw Error(lhsLoc, "expected a typed value in slice");
            TypedInit rhs;
            switch (lex.Kind)
            {
                case TokenKind.DotDotDot:
                case TokenKind.Minus:
                {
                    lex.Lex();
                    var rhsLoc = lex.Loc;
                    rhs = ParseValue(curRec) as TypedInit ?? throw Error(rhsLoc, "expected int...int");
                    if (rhs.Type is not IntRecTy)
                    {
                        throw Error(rhsLoc, "expected int...int, got " + rhs.Type);
                    }

                    break;
                }

                case TokenKind.IntVal:
                {
                    long i = -lex.IntVal;
                    if (i < 0)
                    {
                        throw TokError("invalid range, cannot be negative");
                    }

                    rhs = new IntInit(i);
                    lex.Lex();
                    break;
                }

                default:
                    return lhs;
            }

            if (lhs.Type is not IntRecTy)
            {
                throw Error(lhsLoc, "expected int...int, got " + lhs.Type);
            }

            return (TypedInit)new BinOpInit(BinaryOp.RangeC, lhs, rhs, IntRecTy.Instance.ListOf).Fold(curRec);
        }

        private TypedInit ParseSliceElements(Record? curRec, bool single)
        {
            var elems = new List<Init>();
            var slices = new List<TypedInit>();
            TypedInit? curVal;

            void FlushElems()
            {
                if (elems.Count > 0)
                {
                    slices.Add(new ListInit(elems.ToArray(), IntRecTy.Instance));
                    elems.Clear();
                }
            }

            do
            {
                var lhsLoc = lex.Loc;
                curVal = ParseSliceElement(curRec);
                if (curVal.Type is ListRecTy lt)
                {
                    if (lt.ElementType is not IntRecTy)
                    {
                        throw Error(lhsLoc, "expected list<int>, got " + lt);
                    }

                    FlushElems();
                    slices.Add(curVal);
                    single = false;
                    curVal = null;
                }
                else if (curVal.Type is not IntRecTy)
                {
                    throw Error(lhsLoc, "unhandled type " + curVal.Type + " in range");
                }

                if (lex.Kind != TokenKind.Comma)
                {
                    break;
                }

                lex.Lex();
                single = false;
                if (curVal is not null)
                {
                    elems.Add(curVal);
                }

                curVal = null;
            }
            while (lex.Kind != TokenKind.RSquare);

            if (curVal is not null)
            {
                if (single)
                {
                    return curVal;
                }

                elems.Add(curVal);
            }

            FlushElems();
            TypedInit? result = null;
            foreach (var s in slices)
            {
                result = result is null ? s : (TypedInit)BinOpInit.ListConcat(result, s);
            }

            return result ?? new ListInit(Array.Empty<Init>(), IntRecTy.Instance);
        }
    }
}
