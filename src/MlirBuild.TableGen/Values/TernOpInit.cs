using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using MlirBuild.TableGen.Evaluation;

namespace MlirBuild.TableGen
{
    /// <summary>A ternary bang operator (<c>!if</c>, <c>!foreach</c>, <c>!subst</c>, <c>!dag</c>, ...).</summary>
    public sealed class TernOpInit : OpInit
    {
        internal TernOpInit(TernaryOp op, Init lhs, Init mhs, Init rhs, RecTy type)
            : base(type)
        {
            Op = op;
            Lhs = lhs;
            Mhs = mhs;
            Rhs = rhs;
        }

        public TernaryOp Op { get; }

        public Init Lhs { get; }

        public Init Mhs { get; }

        public Init Rhs { get; }

        private static Init ItemApply(Init lhs, Init item, Init rhs, Record? curRec)
        {
            var r = new MapResolver(curRec);
            r.Set(lhs, item);
            return rhs.Resolve(r);
        }

        private static Init ForeachDagApply(Init lhs, DagInit dag, Init rhs, Record? curRec)
        {
            bool change = false;
            var val = ItemApply(lhs, dag.Operator, rhs, curRec);
            if (!ReferenceEquals(val, dag.Operator))
            {
                change = true;
            }

            var newArgs = new Init[dag.Count];
            for (int i = 0; i < dag.Count; i++)
            {
                var arg = dag.Args[i];
                var na = arg is DagInit ad ? ForeachDagApply(lhs, ad, rhs, curRec) : ItemApply(lhs, arg, rhs, curRec);
                newArgs[i] = na;
                change |= !ReferenceEquals(na, arg);
            }

            return change ? new DagInit(val, null, newArgs, dag.ArgNameArray) : dag;
        }

        internal Init Fold(Record? curRec)
        {
            switch (Op)
            {
                case TernaryOp.Subst:
                {
                    if (Lhs is DefInit ld && Mhs is DefInit md && Rhs is DefInit rd)
                    {
                        return ld.GetAsString() == rd.GetAsString() ? md : rd;
                    }

                    if (Lhs is VarInit lv && Mhs is VarInit mv && Rhs is VarInit rv)
                    {
                        var name = lv.GetAsString() == rv.GetAsString() ? mv.Name : rv.Name;
                        return new VarInit(name, Type);
                    }

                    if (Lhs is StringInit ls && Mhs is StringInit ms && Rhs is StringInit rs)
                    {
                        var val = rs.Value;
                        if (ls.Value.Length > 0)
                        {
                            var sb = new StringBuilder();
                            int idx = 0;
                            while (true)
                            {
                                int found = val.IndexOf(ls.Value, idx, StringComparison.Ordinal);
                                if (found < 0)
                                {
                                    break;
                                }

                                sb.Append(val, idx, found - idx).Append(ms.Value);
                                idx = found + ls.Value.Length;
                            }

                            sb.Append(val, idx, val.Length - idx);
                            val = sb.ToString();
                        }

                        return new StringInit(val);
                    }

                    break;
                }

                case TernaryOp.ForEach:
                    if (Mhs is DagInit fd)
                    {
                        return ForeachDagApply(Lhs, fd, Rhs, curRec);
                    }

                    if (Mhs is ListInit fl)
                    {
                        var items = new Init[fl.Count];
                        for (int i = 0; i < items.Length; i++)
                        {
                            items[i] = ItemApply(Lhs, fl.Elements[i], Rhs, curRec);
                        }

                        return new ListInit(items, ((ListRecTy)Type).ElementType);
                    }

                    break;
                case TernaryOp.Filter:
                    if (Mhs is ListInit xl)
                    {
                        var keep = new List<Init>();
                        foreach (var item in xl.Elements)
                        {
                            var include = ItemApply(Lhs, item, Rhs, curRec);
                            var ii = AsInt(include);
                            if (ii is null)
                            {
                                return this;
                            }

                            if (ii.Value != 0)
                            {
                                keep.Add(item);
                            }
                        }

                        return new ListInit(keep.ToArray(), ((ListRecTy)Type).ElementType);
                    }

                    break;
                case TernaryOp.If:
                {
                    var c = AsInt(Lhs);
                    if (c is not null)
                    {
                        return c.Value != 0 ? Mhs : Rhs;
                    }

                    break;
                }

                case TernaryOp.Dag:
                {
                    var ml = Mhs as ListInit;
                    var rl = Rhs as ListInit;
                    bool mok = ml is not null || Mhs is UnsetInit;
                    bool rok = rl is not null || Rhs is UnsetInit;
                    if (Mhs is UnsetInit && Rhs is UnsetInit)
                    {
                        break;
                    }

                    if (mok && rok && (ml is null || rl is null || ml.Count == rl.Count))
                    {
                        int size = ml?.Count ?? rl!.Count;
                        var args = new Init[size];
                        var names = new string?[size];
                        for (int i = 0; i < size; i++)
                        {
                            args[i] = ml is not null ? ml.Elements[i] : UnsetInit.Instance;
                            var n = rl is not null ? rl.Elements[i] : UnsetInit.Instance;
                            if (n is not StringInit && n is not UnsetInit)
                            {
                                return this;
                            }

                            names[i] = (n as StringInit)?.Value;
                        }

                        return new DagInit(Lhs, null, args, names);
                    }

                    break;
                }

                case TernaryOp.Range:
                    if (Lhs is IntInit a && Mhs is IntInit b && Rhs is IntInit s)
                    {
                        if (s.Value == 0)
                        {
                            throw Errors.Fatal(LocOf(curRec), "Step of !range can't be 0");
                        }

                        var list = new List<Init>();
                        if (a.Value < b.Value && s.Value > 0)
                        {
                            for (long i = a.Value; i < b.Value; i += s.Value)
                            {
                                list.Add(new IntInit(i));
                            }
                        }
                        else if (a.Value > b.Value && s.Value < 0)
                        {
                            for (long i = a.Value; i > b.Value; i += s.Value)
                            {
                                list.Add(new IntInit(i));
                            }
                        }

                        return new ListInit(list.ToArray(), IntRecTy.Instance);
                    }

                    break;
                case TernaryOp.Substr:
                    if (Lhs is StringInit str && Mhs is IntInit start && Rhs is IntInit len)
                    {
                        long size = str.Value.Length;
                        if (start.Value < 0 || start.Value > size)
                        {
                            throw Errors.Fatal(LocOf(curRec), "!substr start position is out of range 0..." + size.ToString(CultureInfo.InvariantCulture) + ": " + start.Value.ToString(CultureInfo.InvariantCulture));
                        }

                        if (len.Value < 0)
                        {
                            throw Errors.Fatal(LocOf(curRec), "!substr length must be nonnegative");
                        }

                        long take = Math.Min(len.Value, size - start.Value);
                        return new StringInit(str.Value.Substring((int)start.Value, (int)take), str.IsCode);
                    }

                    break;
                case TernaryOp.Find:
                    if (Lhs is StringInit src && Mhs is StringInit target && Rhs is IntInit from)
                    {
                        long size = src.Value.Length;
                        if (from.Value < 0 || from.Value > size)
                        {
                            throw Errors.Fatal(LocOf(curRec), "!find start position is out of range 0..." + size.ToString(CultureInfo.InvariantCulture) + ": " + from.Value.ToString(CultureInfo.InvariantCulture));
                        }

                        return new IntInit(src.Value.IndexOf(target.Value, (int)from.Value, StringComparison.Ordinal));
                    }

                    break;
                case TernaryOp.SetDagArg:
                case TernaryOp.SetDagName:
                    if (Lhs is DagInit dag && (Mhs is IntInit || Mhs is StringInit))
                    {
                        var n = BinOpInit.DagArgNumber(dag, Mhs, out var err);
                        if (n is null)
                        {
                            throw Errors.Fatal(LocOf(curRec), (Op == TernaryOp.SetDagArg ? "!setdagarg " : "!setdagname ") + err);
                        }

                        var args = (Init[])dag.ArgArray.Clone();
                        var names = (string?[])dag.ArgNameArray.Clone();
                        if (Op == TernaryOp.SetDagArg)
                        {
                            args[n.Value] = Rhs;
                        }
                        else
                        {
                            names[n.Value] = (Rhs as StringInit)?.Value;
                        }

                        return new DagInit(dag.Operator, dag.OperatorName, args, names);
                    }

                    break;
            }

            return this;
        }

        internal override Init Resolve(Resolver r)
        {
            var lhs = Lhs.Resolve(r);
            if (Op == TernaryOp.If && !ReferenceEquals(lhs, Lhs))
            {
                var v = AsInt(lhs);
                if (v is not null)
                {
                    return v.Value != 0 ? Mhs.Resolve(r) : Rhs.Resolve(r);
                }
            }

            var mhs = Mhs.Resolve(r);
            Init rhs;
            if (Op == TernaryOp.ForEach || Op == TernaryOp.Filter)
            {
                var sr = new ShadowResolver(r);
                sr.AddShadow(lhs);
                rhs = Rhs.Resolve(sr);
            }
            else
            {
                rhs = Rhs.Resolve(r);
            }

            if (!ReferenceEquals(lhs, Lhs) || !ReferenceEquals(mhs, Mhs) || !ReferenceEquals(rhs, Rhs))
            {
                return new TernOpInit(Op, lhs, mhs, rhs, Type).Fold(r.CurrentRecord);
            }

            return this;
        }

        internal override void Print(StringBuilder sb)
        {
            bool unquoted = Op == TernaryOp.ForEach || Op == TernaryOp.Filter;
            sb.Append(Op switch
            {
                TernaryOp.Dag => "!dag",
                TernaryOp.Filter => "!filter",
                TernaryOp.ForEach => "!foreach",
                TernaryOp.If => "!if",
                TernaryOp.Range => "!range",
                TernaryOp.Subst => "!subst",
                TernaryOp.Substr => "!substr",
                TernaryOp.Find => "!find",
                TernaryOp.SetDagArg => "!setdagarg",
                _ => "!setdagname",
            });
            sb.Append('(');
            if (unquoted)
            {
                sb.Append(Lhs.GetAsUnquotedString());
            }
            else
            {
                Lhs.Print(sb);
            }

            sb.Append(", ");
            Mhs.Print(sb);
            sb.Append(", ");
            Rhs.Print(sb);
            sb.Append(')');
        }

        protected override bool EqualsCore(Init other)
        {
            var o = (TernOpInit)other;
            return o.Op == Op && o.Type.Equals(Type) && o.Lhs.Equals(Lhs) && o.Mhs.Equals(Mhs) && o.Rhs.Equals(Rhs);
        }

        protected override int ComputeHash() =>
            Combine(Combine(Combine(Combine((int)Op + 300, Lhs.GetHashCode()), Mhs.GetHashCode()), Rhs.GetHashCode()), Type.GetHashCode());
    }
}
