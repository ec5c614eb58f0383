using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using MlirBuild.TableGen.Evaluation;

namespace MlirBuild.TableGen
{
    /// <summary>A binary bang operator (<c>!add</c>, <c>!strconcat</c>, <c>!eq</c>, list indexing, ...).</summary>
    public sealed class BinOpInit : OpInit
    {
        internal BinOpInit(BinaryOp op, Init lhs, Init rhs, RecTy type)
            : base(type)
        {
            Op = op;
            Lhs = lhs;
            Rhs = rhs;
        }

        public BinaryOp Op { get; }

        public Init Lhs { get; }

        public Init Rhs { get; }

        internal static Init StrConcat(Init a, Init b)
        {
            if (a is StringInit sa && b is StringInit sb)
            {
                return ConcatStrings(sa, sb);
            }

            return new BinOpInit(BinaryOp.StrConcat, a, b, StringRecTy.Instance);
        }

        internal static Init ListConcat(TypedInit lhs, Init rhs)
        {
            if (lhs is ListInit l && rhs is ListInit r)
            {
                return ConcatLists(l, r);
            }

            return new BinOpInit(BinaryOp.ListConcat, lhs, rhs, lhs.Type);
        }

        private static StringInit ConcatStrings(StringInit a, StringInit b) =>
            new StringInit(a.Value + b.Value, a.IsCode || b.IsCode);

        private static ListInit ConcatLists(ListInit a, ListInit b)
        {
            var arr = new Init[a.Count + b.Count];
            Array.Copy(a.ElementArray, arr, a.Count);
            Array.Copy(b.ElementArray, 0, arr, a.Count, b.Count);
            return new ListInit(arr, a.ElementType);
        }

        internal static bool? Compare(BinaryOp op, Init lhs, Init rhs)
        {
            var li = AsInt(lhs);
            var ri = AsInt(rhs);
            if (li is not null && ri is not null)
            {
                long a = li.Value, b = ri.Value;
                return op switch
                {
                    BinaryOp.Eq => a == b,
                    BinaryOp.Ne => a != b,
                    BinaryOp.Le => a <= b,
                    BinaryOp.Lt => a < b,
                    BinaryOp.Ge => a >= b,
                    _ => a > b,
                };
            }

            if (lhs is StringInit ls && rhs is StringInit rs)
            {
                int c = string.CompareOrdinal(ls.Value, rs.Value);
                return op switch
                {
                    BinaryOp.Eq => c == 0,
                    BinaryOp.Ne => c != 0,
                    BinaryOp.Le => c <= 0,
                    BinaryOp.Lt => c < 0,
                    BinaryOp.Ge => c >= 0,
                    _ => c > 0,
                };
            }

            if ((op == BinaryOp.Eq || op == BinaryOp.Ne) && lhs is DefInit ld && rhs is DefInit rd)
            {
                return (op == BinaryOp.Eq) == ReferenceEquals(ld.Def, rd.Def);
            }

            return null;
        }

        internal static int? DagArgNumber(DagInit dag, Init key, out string error)
        {
            error = string.Empty;
            if (key is IntInit idx)
            {
                if (idx.Value < 0)
                {
                    error = "index " + idx.Value.ToString(CultureInfo.InvariantCulture) + " is negative";
                    return null;
                }

                if (idx.Value >= dag.Count)
                {
                    error = "index " + idx.Value.ToString(CultureInfo.InvariantCulture) + " is out of range (dag has " + dag.Count.ToString(CultureInfo.InvariantCulture) + " arguments)";
                    return null;
                }

                return (int)idx.Value;
            }

            var name = ((StringInit)key).Value;
            var n = dag.GetArgNumber(name);
            if (n is null)
            {
                error = "key '" + name + "' is not found";
            }

            return n;
        }

        internal Init Fold(Record? curRec)
        {
            switch (Op)
            {
                case BinaryOp.Concat:
                {
                    if (Lhs is DagInit l && Rhs is DagInit r)
                    {
                        var lop = l.Operator as DefInit;
                        var rop = r.Operator as DefInit;
                        if ((lop is null && l.Operator is not UnsetInit) || (rop is null && r.Operator is not UnsetInit))
                        {
                            break;
                        }

                        if (lop is not null && rop is not null && !ReferenceEquals(lop.Def, rop.Def))
                        {
                            throw Errors.Fatal(LocOf(curRec), "Concatenated Dag operators do not match: '" + l.GetAsString() + "' vs. '" + r.GetAsString() + "'");
                        }

                        Init op = (Init?)lop ?? (Init?)rop ?? UnsetInit.Instance;
                        var args = new Init[l.Count + r.Count];
                        var names = new string?[l.Count + r.Count];
                        Array.Copy(l.ArgArray, args, l.Count);
                        Array.Copy(r.ArgArray, 0, args, l.Count, r.Count);
                        Array.Copy(l.ArgNameArray, names, l.Count);
                        Array.Copy(r.ArgNameArray, 0, names, l.Count, r.Count);
                        return new DagInit(op, null, args, names);
                    }

                    break;
                }

                case BinaryOp.ListConcat:
                    if (Lhs is ListInit lcl && Rhs is ListInit lcr)
                    {
                        return ConcatLists(lcl, lcr);
                    }

                    break;
                case BinaryOp.ListSplat:
                    if (Lhs is TypedInit value && Rhs is IntInit size)
                    {
                        var arr = new Init[Math.Max(0, size.Value)];
                        for (int i = 0; i < arr.Length; i++)
                        {
                            arr[i] = value;
                        }

                        return new ListInit(arr, value.Type);
                    }

                    break;
                case BinaryOp.ListRemove:
                    if (Lhs is ListInit rl && Rhs is ListInit rr)
                    {
                        var keep = new List<Init>();
                        foreach (var e in rl.Elements)
                        {
                            bool found = false;
                            foreach (var x in rr.Elements)
                            {
                                if (Compare(BinaryOp.Eq, e, x) == true)
                                {
                                    found = true;
                                    break;
                                }
                            }

                            if (!found)
                            {
                                keep.Add(e);
                            }
                        }

                        return new ListInit(keep.ToArray(), rl.ElementType);
                    }

                    break;
                case BinaryOp.ListElem:
                    if (Lhs is ListInit el && Rhs is IntInit ei && ei.Value >= 0 && ei.Value < el.Count)
                    {
                        return el.Elements[(int)ei.Value];
                    }

                    break;
                case BinaryOp.ListSlice:
                    if (Lhs is ListInit sl && Rhs is ListInit idxs)
                    {
                        var arr = new Init[idxs.Count];
                        for (int i = 0; i < arr.Length; i++)
                        {
                            if (idxs.Elements[i] is not IntInit ii || ii.Value < 0 || ii.Value >= sl.Count)
                            {
                                return this;
                            }

                            arr[i] = sl.Elements[(int)ii.Value];
                        }

                        return new ListInit(arr, sl.ElementType);
                    }

                    break;
                case BinaryOp.RangeC:
                    if (Lhs is IntInit a && Rhs is IntInit b)
                    {
                        var list = new List<Init>();
                        if (a.Value <= b.Value)
                        {
                            for (long i = a.Value; i <= b.Value; i++)
                            {
                                list.Add(new IntInit(i));
                            }
                        }
                        else
                        {
                            for (long i = a.Value; i >= b.Value; i--)
                            {
                                list.Add(new IntInit(i));
                            }
                        }

                        return new ListInit(list.ToArray(), IntRecTy.Instance);
                    }

                    break;
                case BinaryOp.StrConcat:
                    if (Lhs is StringInit s1 && Rhs is StringInit s2)
                    {
                        return ConcatStrings(s1, s2);
                    }

                    break;
                case BinaryOp.Interleave:
                    if (Lhs is ListInit il && Rhs is StringInit delim)
                    {
                        var r = il.ElementType is StringRecTy ? InterleaveStrings(il, delim) : InterleaveInts(il, delim);
                        if (r is not null)
                        {
                            return r;
                        }
                    }

                    break;
                case BinaryOp.Eq:
                case BinaryOp.Ne:
                case BinaryOp.Le:
                case BinaryOp.Lt:
                case BinaryOp.Ge:
                case BinaryOp.Gt:
                {
                    var c = Compare(Op, Lhs, Rhs);
                    if (c is not null)
                    {
                        return BitInit.Get(c.Value);
                    }

                    break;
                }

                case BinaryOp.GetDagArg:
                    if (Lhs is DagInit gd && (Rhs is IntInit || Rhs is StringInit))
                    {
                        var n = DagArgNumber(gd, Rhs, out var err);
                        if (n is null)
                        {
                            throw Errors.Fatal(LocOf(curRec), "!getdagarg " + err);
                        }

                        var arg = gd.Args[n.Value];
                        if (arg is TypedInit ti && !ti.Type.TypeIsConvertibleTo(Type))
                        {
                            return UnsetInit.Instance;
                        }

                        return arg;
                    }

                    break;
                case BinaryOp.GetDagName:
                    if (Lhs is DagInit nd && Rhs is IntInit ni)
                    {
                        if (ni.Value < 0 || ni.Value >= nd.Count)
                        {
                            throw Errors.Fatal(LocOf(curRec), "!getdagname index is out of range 0..." + (nd.Count - 1).ToString(CultureInfo.InvariantCulture) + ": " + ni.Value.ToString(CultureInfo.InvariantCulture));
                        }

                        var name = nd.ArgNames[(int)ni.Value];
                        return name is null ? UnsetInit.Instance : new StringInit(name);
                    }

                    break;
                case BinaryOp.Match:
                    if (Lhs is StringInit ms && Rhs is StringInit mr)
                    {
                        return BitInit.Get(RegexCache.Get(mr.Value, curRec).IsMatch(ms.Value));
                    }

                    break;
                case BinaryOp.SetDagOp:
                    if (Lhs is DagInit sd && Rhs is DefInit sop)
                    {
                        return new DagInit(sop, null, sd.ArgArray, sd.ArgNameArray);
                    }

                    break;
                default:
                {
                    var li = AsInt(Lhs);
                    var ri = AsInt(Rhs);
                    if (li is not null && ri is not null)
                    {
                        long x = li.Value, y = ri.Value;
                        long result;
                        switch (Op)
                        {
                            case BinaryOp.Add: result = unchecked(x + y); break;
                            case BinaryOp.Sub: result = unchecked(x - y); break;
                            case BinaryOp.Mul: result = unchecked(x * y); break;
                            case BinaryOp.Div:
                                if (y == 0)
                                {
                                    throw Errors.Fatal(LocOf(curRec), "Illegal operation: division by zero");
                                }

                                if (x == long.MinValue && y == -1)
                                {
                                    throw Errors.Fatal(LocOf(curRec), "Illegal operation: INT64_MIN / -1");
                                }

                                result = x / y;
                                break;
                            case BinaryOp.And: result = x & y; break;
                            case BinaryOp.Or: result = x | y; break;
                            case BinaryOp.Xor: result = x ^ y; break;
                            case BinaryOp.Shl: result = y is >= 0 and < 64 ? (long)((ulong)x << (int)y) : 0; break;
                            case BinaryOp.Sra: result = y is >= 0 and < 64 ? x >> (int)y : (x < 0 ? -1 : 0); break;
                            case BinaryOp.Srl: result = y is >= 0 and < 64 ? (long)((ulong)x >> (int)y) : 0; break;
                            default: throw new InvalidOperationException("unhandled binary op " + Op);
                        }

                        return new IntInit(result);
                    }

                    break;
                }
            }

            return this;
        }

        private static StringInit? InterleaveStrings(ListInit list, StringInit delim)
        {
            var sb = new StringBuilder();
            bool code = false;
            for (int i = 0; i < list.Count; i++)
            {
                if (list.Elements[i] is not StringInit s)
                {
                    return null;
                }

                if (i > 0)
                {
                    sb.Append(delim.Value);
                    code |= s.IsCode;
                }

                sb.Append(s.Value);
            }

            return new StringInit(sb.ToString(), code);
        }

        private static StringInit? InterleaveInts(ListInit list, StringInit delim)
        {
            var sb = new StringBuilder();
            for (int i = 0; i < list.Count; i++)
            {
                var v = AsInt(list.Elements[i]);
                if (v is null)
                {
                    return null;
                }

                if (i > 0)
                {
                    sb.Append(delim.Value);
                }

                sb.Append(v.Value.ToString(CultureInfo.InvariantCulture));
            }

            return new StringInit(sb.ToString());
        }

        internal override Init Resolve(Resolver r)
        {
            var l = Lhs.Resolve(r);
            var rr = Rhs.Resolve(r);
            if (!ReferenceEquals(l, Lhs) || !ReferenceEquals(rr, Rhs))
            {
                return new BinOpInit(Op, l, rr, Type).Fold(r.CurrentRecord);
            }

            return this;
        }

        internal override void Print(StringBuilder sb)
        {
            switch (Op)
            {
                case BinaryOp.ListElem:
                case BinaryOp.ListSlice:
                    Lhs.Print(sb);
                    sb.Append('[');
                    Rhs.Print(sb);
                    sb.Append(']');
                    return;
                case BinaryOp.RangeC:
                    Lhs.Print(sb);
                    sb.Append("...");
                    Rhs.Print(sb);
                    return;
            }

            sb.Append(Op switch
            {
                BinaryOp.Concat => "!con",
                BinaryOp.Add => "!add",
                BinaryOp.Sub => "!sub",
                BinaryOp.Mul => "!mul",
                BinaryOp.Div => "!div",
                BinaryOp.And => "!and",
                BinaryOp.Or => "!or",
                BinaryOp.Xor => "!xor",
                BinaryOp.Shl => "!shl",
                BinaryOp.Sra => "!sra",
                BinaryOp.Srl => "!srl",
                BinaryOp.Eq => "!eq",
                BinaryOp.Ne => "!ne",
                BinaryOp.Le => "!le",
                BinaryOp.Lt => "!lt",
                BinaryOp.Ge => "!ge",
                BinaryOp.Gt => "!gt",
                BinaryOp.ListConcat => "!listconcat",
                BinaryOp.ListSplat => "!listsplat",
                BinaryOp.ListRemove => "!listremove",
                BinaryOp.StrConcat => "!strconcat",
                BinaryOp.Interleave => "!interleave",
                BinaryOp.SetDagOp => "!setdagop",
                BinaryOp.GetDagArg => "!getdagarg<" + Type + ">",
                BinaryOp.GetDagName => "!getdagname",
                BinaryOp.Match => "!match",
                _ => "!?",
            });
            sb.Append('(');
            Lhs.Print(sb);
            sb.Append(", ");
            Rhs.Print(sb);
            sb.Append(')');
        }

        protected override bool EqualsCore(Init other)
        {
            var o = (BinOpInit)other;
            return o.Op == Op && o.Type.Equals(Type) && o.Lhs.Equals(Lhs) && o.Rhs.Equals(Rhs);
        }

        protected override int ComputeHash() => Combine(Combine(Combine((int)Op + 200, Lhs.GetHashCode()), Rhs.GetHashCode()), Type.GetHashCode());
    }
}
