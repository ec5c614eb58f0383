using System;
using System.Collections.Generic;
using MlirBuild.TableGen.Lexing;

namespace MlirBuild.TableGen.Parsing
{
    internal sealed partial class Parser
    {
        private Init ParseOperation(Record? curRec, RecTy? itemType)
        {
            var opTok = lex.Kind;
            var opLoc = lex.Loc;
            switch (opTok)
            {
                case TokenKind.XNot:
                case TokenKind.XToLower:
                case TokenKind.XToUpper:
                case TokenKind.XLog2:
                case TokenKind.XHead:
                case TokenKind.XTail:
                case TokenKind.XSize:
                case TokenKind.XEmpty:
                case TokenKind.XCast:
                case TokenKind.XRepr:
                case TokenKind.XGetDagOp:
                case TokenKind.XListFlatten:
                case TokenKind.XInitialized:
                    return ParseUnary(curRec, opTok);
                case TokenKind.XIsA:
                {
                    lex.Lex();
                    var type = ParseOperatorType();
                    Expect(TokenKind.LParen, "expected '(' after type of !isa");
                    var lhs = ParseValue(curRec);
                    Expect(TokenKind.RParen, "expected ')' in !isa");
                    return new IsAOpInit(type, lhs).Fold();
                }

                case TokenKind.XExists:
                {
                    lex.Lex();
                    var type = ParseOperatorType();
                    Expect(TokenKind.LParen, "expected '(' after type of !exists");
                    var exprLoc = lex.Loc;
                    var expr = ParseValue(curRec);
                    if (expr is not TypedInit et || et.Type is not StringRecTy)
                    {
                        throw Error(exprLoc, "expected string type argument in !exists operator");
                    }

                    Expect(TokenKind.RParen, "expected ')' in !exists");
                    return new ExistsOpInit(type, expr).Fold(curRec, false);
                }

                case TokenKind.XConcat:
                case TokenKind.XAdd:
                case TokenKind.XSub:
                case TokenKind.XMul:
                case TokenKind.XDiv:
                case TokenKind.XAnd:
                case TokenKind.XOr:
                case TokenKind.XXor:
                case TokenKind.XSra:
                case TokenKind.XSrl:
                case TokenKind.XShl:
                case TokenKind.XEq:
                case TokenKind.XNe:
                case TokenKind.XLe:
                case TokenKind.XLt:
                case TokenKind.XGe:
                case TokenKind.XGt:
                case TokenKind.XListConcat:
                case TokenKind.XListSplat:
                case TokenKind.XListRemove:
                case TokenKind.XStrConcat:
                case TokenKind.XInterleave:
                case TokenKind.XGetDagArg:
                case TokenKind.XGetDagName:
                case TokenKind.XSetDagOp:
                    return ParseBinary(curRec, itemType, opTok, opLoc);
                case TokenKind.XForEach:
                case TokenKind.XFilter:
                    return ParseForEachFilter(curRec, itemType);
                case TokenKind.XRange:
                    return ParseRange(curRec);
                case TokenKind.XSetDagArg:
                case TokenKind.XSetDagName:
                case TokenKind.XDag:
                case TokenKind.XIf:
                case TokenKind.XSubst:
                    return ParseTernary(curRec, itemType, opTok);
                case TokenKind.XSubstr:
                case TokenKind.XFind:
                    return ParseSubstrFind(curRec, opTok);
                case TokenKind.XCond:
                    return ParseCond(curRec, itemType);
                case TokenKind.XFoldl:
                    return ParseFoldl(curRec);
                case TokenKind.XInstances:
                {
                    lex.Lex();
                    var type = ParseOperatorType();
                    Expect(TokenKind.LParen, "expected '(' after type of !instances");
                    Init regex = new StringInit(string.Empty);
                    if (lex.Kind != TokenKind.RParen)
                    {
                        var regexLoc = lex.Loc;
                        regex = ParseValue(curRec);
                        if (regex is not TypedInit rt || rt.Type is not StringRecTy)
                        {
                            throw Error(regexLoc, "expected string type argument in !instances operator");
                        }
                    }

                    Expect(TokenKind.RParen, "expected ')' in !instances");
                    return new InstancesOpInit(type, regex).Fold(curRec, false);
                }

                case TokenKind.XMatch:
                    return ParseBinary(curRec, itemType, opTok, opLoc);
                default:
                    throw TokError("bang operator '" + opTok + "' is not supported");
            }
        }

        private RecTy ParseOperatorType()
        {
            Expect(TokenKind.Less, "expected type name for operator");
            if (lex.Kind == TokenKind.Code)
            {
                throw TokError("the 'code' type is not allowed in bang operators; use 'string'");
            }

            var t = ParseType();
            Expect(TokenKind.Greater, "expected type name for operator");
            return t;
        }

        private Init ParseUnary(Record? curRec, TokenKind tok)
        {
            lex.Lex();
            UnaryOp code;
            RecTy? type = null;
            switch (tok)
            {
                case TokenKind.XCast:
                    code = UnaryOp.Cast;
                    type = ParseOperatorType();
                    break;
                case TokenKind.XRepr: code = UnaryOp.Repr; type = StringRecTy.Instance; break;
                case TokenKind.XToLower: code = UnaryOp.ToLower; type = StringRecTy.Instance; break;
                case TokenKind.XToUpper: code = UnaryOp.ToUpper; type = StringRecTy.Instance; break;
                case TokenKind.XNot: code = UnaryOp.Not; type = IntRecTy.Instance; break;
                case TokenKind.XLog2: code = UnaryOp.Log2; type = IntRecTy.Instance; break;
                case TokenKind.XHead: code = UnaryOp.Head; break;
                case TokenKind.XTail: code = UnaryOp.Tail; break;
                case TokenKind.XSize: code = UnaryOp.Size; type = IntRecTy.Instance; break;
                case TokenKind.XEmpty: code = UnaryOp.Empty; type = IntRecTy.Instance; break;
                case TokenKind.XInitialized: code = UnaryOp.Initialized; type = IntRecTy.Instance; break;
                case TokenKind.XListFlatten: code = UnaryOp.ListFlatten; break;
                default:
                    code = UnaryOp.GetDagOp;
                    if (lex.Kind == TokenKind.Less)
                    {
                        type = ParseOperatorType();
                        if (type is not RecordRecTy)
                        {
                            throw TokError("type for !getdagop must be a record type");
                        }
                    }
                    else
                    {
                        type = RecordRecTy.AnyRecord;
                    }

                    break;
            }

            Expect(TokenKind.LParen, "expected '(' after unary operator");
            var lhs = ParseValue(curRec);
            if (code == UnaryOp.Empty || code == UnaryOp.Size)
            {
                if (lhs is TypedInit t && t.Type is not ListRecTy && t.Type is not StringRecTy && t.Type is not DagRecTy)
                {
                    throw TokError("expected string, list, or dag type argument in unary operator");
                }
            }

            if (code == UnaryOp.Head || code == UnaryOp.Tail || code == UnaryOp.ListFlatten)
            {
                if (lhs is not TypedInit lt || lt.Type is not ListRecTy listTy)
                {
                    throw TokError("expected list type argument in unary operator");
                }

                if (lhs is ListInit li && li.Count == 0 && code != UnaryOp.ListFlatten)
                {
                    throw TokError("empty list argument in unary operator");
                }

                if (code == UnaryOp.ListFlatten)
                {
                    type = listTy.ElementType is ListRecTy inner ? inner : listTy;
                }
                else if (lhs is ListInit li2)
                {
                    var item = li2.Elements[0] as TypedInit ?? throw TokError("untyped list element in unary operator");
                    type = code == UnaryOp.Head ? item.Type : item.Type.ListOf;
                }
                else
                {
                    type = code == UnaryOp.Head ? listTy.ElementType : listTy;
                }
            }

            Expect(TokenKind.RParen, "expected ')' in unary operator");
            return new UnOpInit(code, lhs, type!).Fold(curRec, false);
        }

        private Init ParseBinary(Record? curRec, RecTy? itemType, TokenKind opTok, SourceLocation opLoc)
        {
            lex.Lex();
            BinaryOp code = opTok switch
            {
                TokenKind.XConcat => BinaryOp.Concat,
                TokenKind.XAdd => BinaryOp.Add,
                TokenKind.XSub => BinaryOp.Sub,
                TokenKind.XMul => BinaryOp.Mul,
                TokenKind.XDiv => BinaryOp.Div,
                TokenKind.XAnd => BinaryOp.And,
                TokenKind.XOr => BinaryOp.Or,
                TokenKind.XXor => BinaryOp.Xor,
                TokenKind.XSra => BinaryOp.Sra,
                TokenKind.XSrl => BinaryOp.Srl,
                TokenKind.XShl => BinaryOp.Shl,
                TokenKind.XEq => BinaryOp.Eq,
                TokenKind.XNe => BinaryOp.Ne,
                TokenKind.XLe => BinaryOp.Le,
                TokenKind.XLt => BinaryOp.Lt,
                TokenKind.XGe => BinaryOp.Ge,
                TokenKind.XGt => BinaryOp.Gt,
                TokenKind.XListConcat => BinaryOp.ListConcat,
                TokenKind.XListSplat => BinaryOp.ListSplat,
                TokenKind.XListRemove => BinaryOp.ListRemove,
                TokenKind.XStrConcat => BinaryOp.StrConcat,
                TokenKind.XInterleave => BinaryOp.Interleave,
                TokenKind.XSetDagOp => BinaryOp.SetDagOp,
                TokenKind.XGetDagArg => BinaryOp.GetDagArg,
                TokenKind.XMatch => BinaryOp.Match,
                _ => BinaryOp.GetDagName,
            };

            RecTy? type = null;
            RecTy? argType = null;
            switch (code)
            {
                case BinaryOp.Concat:
                case BinaryOp.SetDagOp:
                    type = DagRecTy.Instance;
                    argType = DagRecTy.Instance;
                    break;
                case BinaryOp.GetDagArg:
                    type = ParseOperatorType();
                    argType = DagRecTy.Instance;
                    break;
                case BinaryOp.GetDagName:
                    type = StringRecTy.Instance;
                    argType = DagRecTy.Instance;
                    break;
                case BinaryOp.And:
                case BinaryOp.Or:
                case BinaryOp.Xor:
                case BinaryOp.Sra:
                case BinaryOp.Srl:
                case BinaryOp.Shl:
                case BinaryOp.Add:
                case BinaryOp.Sub:
                case BinaryOp.Mul:
                case BinaryOp.Div:
                    type = IntRecTy.Instance;
                    argType = IntRecTy.Instance;
                    break;
                case BinaryOp.Eq:
                case BinaryOp.Ne:
                case BinaryOp.Le:
                case BinaryOp.Lt:
                case BinaryOp.Ge:
                case BinaryOp.Gt:
                    type = BitRecTy.Instance;
                    break;
                case BinaryOp.ListConcat:
                case BinaryOp.ListRemove:
                    argType = itemType;
                    break;
                case BinaryOp.StrConcat:
                    type = StringRecTy.Instance;
                    argType = StringRecTy.Instance;
                    break;
                case BinaryOp.Match:
                    type = BitRecTy.Instance;
                    argType = StringRecTy.Instance;
                    break;
                case BinaryOp.Interleave:
                    type = StringRecTy.Instance;
                    break;
            }

            if (type is not null && itemType is not null && !type.TypeIsConvertibleTo(itemType))
            {
                throw Error(opLoc, "expected value of type '" + itemType + "', got '" + type + "'");
            }

            Expect(TokenKind.LParen, "expected '(' after binary operator");
            var initList = new List<Init>();
            while (true)
            {
                var initLoc = lex.Loc;
                var v = ParseValue(curRec, argType);
                initList.Add(v);
                if (v is not TypedInit tv)
                {
                    throw Error(opLoc, "expected value to be a typed value, got '" + v.GetAsString() + "'");
                }

                var listType = tv.Type;
                if (argType is null)
                {
                    argType = listType;
                    switch (code)
                    {
                        case BinaryOp.ListConcat:
                        case BinaryOp.ListRemove:
                            if (argType is not ListRecTy)
                            {
                                throw Error(initLoc, "expected a list, got value of type '" + argType + "'");
                            }

                            break;
                        case BinaryOp.ListSplat:
                            if (initList.Count == 2 && argType is not IntRecTy)
                            {
                                throw Error(initLoc, "expected second parameter to be an int, got value of type '" + argType + "'");
                            }

                            argType = null;
                            break;
                        case BinaryOp.Interleave:
                            argType = null;
                            break;
                    }
                }
                else
                {
                    var resolved = RecTy.Resolve(argType, listType);
                    if (resolved is null)
                    {
                        throw Error(initLoc, "expected value of type '" + argType + "', got '" + listType + "'");
                    }

                    if (code != BinaryOp.Add && code != BinaryOp.Sub && code != BinaryOp.And && code != BinaryOp.Or
                        && code != BinaryOp.Xor && code != BinaryOp.Sra && code != BinaryOp.Srl && code != BinaryOp.Shl
                        && code != BinaryOp.Mul && code != BinaryOp.Div)
                    {
                        argType = resolved;
                    }
                }

                switch (code)
                {
                    case BinaryOp.SetDagOp:
                        argType = RecordRecTy.AnyRecord;
                        break;
                    case BinaryOp.GetDagArg:
                        argType = null;
                        break;
                    case BinaryOp.GetDagName:
                        argType = IntRecTy.Instance;
                        break;
                }

                if (!Consume(TokenKind.Comma))
                {
                    break;
                }
            }

            Expect(TokenKind.RParen, "expected ')' in operator");
            if (code == BinaryOp.ListConcat || code == BinaryOp.ListRemove)
            {
                type = argType;
            }

            if (code == BinaryOp.ListSplat)
            {
                type = ((TypedInit)initList[0]).Type.ListOf;
            }

            if (code == BinaryOp.StrConcat || code == BinaryOp.ListConcat || code == BinaryOp.Concat || code == BinaryOp.Add
                || code == BinaryOp.And || code == BinaryOp.Or || code == BinaryOp.Xor || code == BinaryOp.Mul)
            {
                while (initList.Count > 2)
                {
                    var rhs = initList[initList.Count - 1];
                    initList.RemoveAt(initList.Count - 1);
                    initList[initList.Count - 1] = new BinOpInit(code, initList[initList.Count - 1], rhs, type!).Fold(curRec);
                }
            }

            if (initList.Count != 2)
            {
                throw Error(opLoc, "expected two operands to operator");
            }

            return new BinOpInit(code, initList[0], initList[1], type!).Fold(curRec);
        }

        private Init ParseRange(Record? curRec)
        {
            var opLoc = lex.Loc;
            lex.Lex();
            Expect(TokenKind.LParen, "expected '(' after !range operator");
            var args = new List<TypedInit>();
            while (true)
            {
                if (args.Count >= 3)
                {
                    throw TokError("expected at most three values of integer");
                }

                var initLoc = lex.Loc;
                var v = ParseValue(curRec) as TypedInit ?? throw Error(opLoc, "expected value to be a typed value");
                if (!(v.Type is IntRecTy || (args.Count == 0 && v.Type is ListRecTy)))
                {
                    throw Error(initLoc, "expected list or int, got value of type '" + v.Type + "'");
                }

                if (args.Count > 0 && args[0].Type is ListRecTy)
                {
                    throw Error(initLoc, "expected one list, got extra value of type '" + v.Type + "'");
                }

                args.Add(v);
                if (!Consume(TokenKind.Comma))
                {
                    break;
                }
            }

            Expect(TokenKind.RParen, "expected ')' in operator");
            Init lhs, mhs, rhs;
            if (args.Count == 1)
            {
                lhs = new IntInit(0);
                mhs = args[0].Type is ListRecTy ? new UnOpInit(UnaryOp.Size, args[0], IntRecTy.Instance).Fold(curRec, false) : args[0];
                rhs = new IntInit(1);
            }
            else
            {
                lhs = args[0];
                mhs = args[1];
                rhs = args.Count == 3 ? args[2] : new IntInit(1);
            }

            return new TernOpInit(TernaryOp.Range, lhs, mhs, rhs, IntRecTy.Instance.ListOf).Fold(curRec);
        }

        private static RecTy? TypeOfValue(Init v)
        {
            if (v is BitsInit b)
            {
                return BitsRecTy.Get(b.NumBits);
            }

            if (v is BitInit)
            {
                return BitRecTy.Instance;
            }

            return (v as TypedInit)?.Type;
        }

        private Init ParseTernary(Record? curRec, RecTy? itemType, TokenKind tok)
        {
            lex.Lex();
            TernaryOp code;
            RecTy? type = null;
            switch (tok)
            {
                case TokenKind.XDag: code = TernaryOp.Dag; type = DagRecTy.Instance; itemType = null; break;
                case TokenKind.XIf: code = TernaryOp.If; break;
                case TokenKind.XSubst: code = TernaryOp.Subst; break;
                case TokenKind.XSetDagArg: code = TernaryOp.SetDagArg; type = DagRecTy.Instance; itemType = null; break;
                default: code = TernaryOp.SetDagName; type = DagRecTy.Instance; itemType = null; break;
            }

            Expect(TokenKind.LParen, "expected '(' after ternary operator");
            var lhs = ParseValue(curRec);
            Expect(TokenKind.Comma, "expected ',' in ternary operator");
            var mhsLoc = lex.Loc;
            var mhs = ParseValue(curRec, itemType);
            Expect(TokenKind.Comma, "expected ',' in ternary operator");
            var rhsLoc = lex.Loc;
            var rhs = ParseValue(curRec, itemType);
            Expect(TokenKind.RParen, "expected ')' in binary operator");
            switch (code)
            {
                case TernaryOp.Dag:
                {
                    var mt = mhs as TypedInit;
                    if (mt is null && mhs is not UnsetInit)
                    {
                        throw Error(mhsLoc, "could not determine type of the child list in !dag");
                    }

                    if (mt is not null && mt.Type is not ListRecTy)
                    {
                        throw Error(mhsLoc, "expected list of children, got type '" + mt.Type + "'");
                    }

                    var rt = rhs as TypedInit;
                    if (rt is null && rhs is not UnsetInit)
                    {
                        throw Error(rhsLoc, "could not determine type of the name list in !dag");
                    }

                    if (rt is not null && !StringRecTy.Instance.ListOf.Equals(rt.Type))
                    {
                        throw Error(rhsLoc, "expected list<string>, got type '" + rt.Type + "'");
                    }

                    if (mt is null && rt is null)
                    {
                        throw Error(mhsLoc, "cannot have both unset children and unset names in !dag");
                    }

                    break;
                }

                case TernaryOp.If:
                {
                    var mty = TypeOfValue(mhs);
                    var rty = TypeOfValue(rhs);
                    if (mhs is UnsetInit)
                    {
                        mty = rty;
                    }

                    if (rhs is UnsetInit)
                    {
                        rty = mty;
                    }

                    if (mty is null || rty is null)
                    {
                        throw TokError("could not get type for !if");
                    }

                    type = RecTy.Resolve(mty, rty) ?? throw TokError("inconsistent types '" + mty + "' and '" + rty + "' for !if");
                    break;
                }

                case TernaryOp.Subst:
                    type = (rhs as TypedInit)?.Type ?? throw TokError("could not get type for !subst");
                    break;
                case TernaryOp.SetDagArg:
                case TernaryOp.SetDagName:
                    if (mhs is not TypedInit mt2 || !(mt2.Type is IntRecTy || mt2.Type is StringRecTy))
                    {
                        throw Error(mhsLoc, "expected integer index or string name, got '" + mhs.GetAsString() + "'");
                    }

                    break;
            }

            return new TernOpInit(code, lhs, mhs, rhs, type!).Fold(curRec);
        }

        private Init ParseSubstrFind(Record? curRec, TokenKind tok)
        {
            bool isSubstr = tok == TokenKind.XSubstr;
            lex.Lex();
            Expect(TokenKind.LParen, "expected '(' after operator");
            var lhs = ParseValue(curRec);
            Expect(TokenKind.Comma, "expected ',' in operator");
            var mhs = ParseValue(curRec);
            Init rhs = Consume(TokenKind.Comma) ? ParseValue(curRec) : new IntInit(isSubstr ? long.MaxValue : 0);
            Expect(TokenKind.RParen, "expected ')' in operator");
            if (lhs is TypedInit lt && lt.Type is not StringRecTy)
            {
                throw TokError("expected string, got type '" + lt.Type + "'");
            }

            return new TernOpInit(isSubstr ? TernaryOp.Substr : TernaryOp.Find, lhs, mhs, rhs, isSubstr ? StringRecTy.Instance : IntRecTy.Instance).Fold(curRec);
        }

        private Init ParseForEachFilter(Record? curRec, RecTy? itemType)
        {
            var opLoc = lex.Loc;
            var operation = lex.Kind;
            lex.Lex();
            if (lex.Kind != TokenKind.LParen)
            {
                throw TokError("expected '(' after !foreach/!filter");
            }

            if (lex.Lex() != TokenKind.Id)
            {
                throw TokError("first argument of !foreach/!filter must be an identifier");
            }

            var lhsName = lex.StrVal;
            Init lhs = new StringInit(lhsName);
            lex.Lex();
            if (curRec is not null && curRec.GetValue(lhsName) is not null)
            {
                throw TokError("iteration variable '" + lhs.GetAsString() + "' is already defined");
            }

            Expect(TokenKind.Comma, "expected ',' in !foreach/!filter");
            var mhs = ParseValue(curRec);
            Expect(TokenKind.Comma, "expected ',' in !foreach/!filter");
            var mt = mhs as TypedInit ?? throw TokError("could not get type of !foreach/!filter list or dag");
            RecTy inEltType;
            RecTy? exprEltType = null;
            bool isDag = false;
            if (mt.Type is ListRecTy inList)
            {
                inEltType = inList.ElementType;
                if (itemType is not null)
                {
                    if (itemType is ListRecTy outList)
                    {
                        exprEltType = operation == TokenKind.XForEach ? outList.ElementType : IntRecTy.Instance;
                    }
                    else
                    {
                        throw Error(opLoc, "expected value of type '" + itemType + "', but got list type");
                    }
                }
            }
            else if (mt.Type is DagRecTy)
            {
                if (operation == TokenKind.XFilter)
                {
                    throw TokError("!filter must have a list argument");
                }

                inEltType = mt.Type;
                isDag = true;
            }
            else
            {
                throw TokError(operation == TokenKind.XForEach ? "!foreach must have a list or dag argument" : "!filter must have a list argument");
            }

            var parseRec = curRec ?? new Record(new StringInit(".parse"), SourceLocation.Unknown, records, RecordKind.Def);
            var scope = PushScope(ScopeKind.Record);
            scope.CurRec = parseRec;
            parseRec.AddValue(new RecordValue(lhs, SourceLocation.Unknown, inEltType, FieldKind.Normal));
            Init rhs;
            try
            {
                rhs = ParseValue(parseRec, exprEltType);
            }
            finally
            {
                parseRec.RemoveValue(lhs);
                PopScope(scope);
            }

            Expect(TokenKind.RParen, "expected ')' in !foreach/!filter");
            RecTy outType = inEltType;
            if (operation == TokenKind.XForEach && !isDag)
            {
                outType = (rhs as TypedInit ?? throw TokError("could not get type of !foreach result expression")).Type.ListOf;
            }
            else if (operation == TokenKind.XFilter)
            {
                outType = inEltType.ListOf;
            }

            return new TernOpInit(operation == TokenKind.XForEach ? TernaryOp.ForEach : TernaryOp.Filter, lhs, mhs, rhs, outType).Fold(curRec);
        }

        private Init ParseCond(Record? curRec, RecTy? itemType)
        {
            lex.Lex();
            Expect(TokenKind.LParen, "expected '(' after !cond operator");
            var cases = new List<Init>();
            var vals = new List<Init>();
            while (true)
            {
                if (Consume(TokenKind.RParen))
                {
                    break;
                }

                cases.Add(ParseValue(curRec));
                Expect(TokenKind.Colon, "expected ':'  following a condition in !cond operator");
                vals.Add(ParseValue(curRec, itemType));
                if (Consume(TokenKind.RParen))
                {
                    break;
                }

                Expect(TokenKind.Comma, "expected ',' or ')' following a value in !cond operator");
            }

            if (cases.Count < 1)
            {
                throw TokError("there should be at least 1 'condition : value' in the !cond operator");
            }

            RecTy? type = null;
            foreach (var v in vals)
            {
                var vty = TypeOfValue(v);
                if (v is UnsetInit)
                {
                    continue;
                }

                if (type is null)
                {
                    type = vty;
                }
                else
                {
                    type = RecTy.Resolve(type, vty!) ?? throw TokError("inconsistent types '" + type + "' and '" + vty + "' for !cond");
                }
            }

            if (type is null)
            {
                throw TokError("could not determine type for !cond from its arguments");
            }

            return new CondOpInit(cases.ToArray(), vals.ToArray(), type).Fold(curRec);
        }

        private Init ParseFoldl(Record? curRec)
        {
            lex.Lex();
            Expect(TokenKind.LParen, "expected '(' after !foldl");
            var startU = ParseValue(curRec);
            var start = startU as TypedInit ?? throw TokError("could not get type of !foldl start: '" + startU.GetAsString() + "'");
            Expect(TokenKind.Comma, "expected ',' in !foldl");
            var listU = ParseValue(curRec);
            var list = listU as TypedInit ?? throw TokError("could not get type of !foldl list: '" + listU.GetAsString() + "'");
            if (list.Type is not ListRecTy listType)
            {
                throw TokError("!foldl list must be a list, but is of type '" + list.Type);
            }

            if (lex.Kind != TokenKind.Comma)
            {
                throw TokError("expected ',' in !foldl");
            }

            if (lex.Lex() != TokenKind.Id)
            {
                throw TokError("third argument of !foldl must be an identifier");
            }

            Init a = new StringInit(lex.StrVal);
            if (curRec is not null && curRec.GetValue(a) is not null)
            {
                throw TokError("left !foldl variable '" + a.GetAsString() + "' already defined");
            }

            if (lex.Lex() != TokenKind.Comma)
            {
                throw TokError("expected ',' in !foldl");
            }

            if (lex.Lex() != TokenKind.Id)
            {
                throw TokError("fourth argument of !foldl must be an identifier");
            }

            Init b = new StringInit(lex.StrVal);
            if (curRec is not null && curRec.GetValue(b) is not null)
            {
                throw TokError("right !foldl variable '" + b.GetAsString() + "' already defined");
            }

            if (lex.Lex() != TokenKind.Comma)
            {
                throw TokError("expected ',' in !foldl");
            }

            lex.Lex();
            var parseRec = curRec ?? new Record(new StringInit(".parse"), SourceLocation.Unknown, records, RecordKind.Def);
            var scope = PushScope(ScopeKind.Record);
            scope.CurRec = parseRec;
            parseRec.AddValue(new RecordValue(a, SourceLocation.Unknown, start.Type, FieldKind.Normal));
            parseRec.AddValue(new RecordValue(b, SourceLocation.Unknown, listType.ElementType, FieldKind.Normal));
            Init exprU;
            try
            {
                exprU = ParseValue(parseRec);
            }
            finally
            {
                parseRec.RemoveValue(a);
                parseRec.RemoveValue(b);
                PopScope(scope);
            }

            var expr = exprU as TypedInit ?? throw TokError("could not get type of !foldl expression");
            if (!expr.Type.Equals(start.Type))
            {
                throw TokError("!foldl expression must be of same type as start (" + start.Type + "), but is of type " + expr.Type);
            }

            Expect(TokenKind.RParen, "expected ')' in fold operator");
            return new FoldOpInit(start, list, a, b, expr, start.Type).Fold(curRec);
        }
    }
}
