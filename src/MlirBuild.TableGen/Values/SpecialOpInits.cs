using System.Collections.Generic;
using System.Text;
using MlirBuild.TableGen.Evaluation;

namespace MlirBuild.TableGen
{
    /// <summary><c>!foldl(start, list, acc, item, expr)</c>.</summary>
    public sealed class FoldOpInit : TypedInit
    {
        internal FoldOpInit(Init start, Init list, Init a, Init b, Init expr, RecTy type)
            : base(type)
        {
            Start = start;
            List = list;
            A = a;
            B = b;
            Expr = expr;
        }

        public Init Start { get; }

        public Init List { get; }

        public Init A { get; }

        public Init B { get; }

        public Init Expr { get; }

        internal Init Fold(Record? curRec)
        {
            if (List is ListInit li)
            {
                var accum = Start;
                foreach (var elt in li.Elements)
                {
                    var r = new MapResolver(curRec);
                    r.Set(A, accum);
                    r.Set(B, elt);
                    accum = Expr.Resolve(r);
                }

                return accum;
            }

            return this;
        }

        internal override Init Resolve(Resolver r)
        {
            var ns = Start.Resolve(r);
            var nl = List.Resolve(r);
            var sr = new ShadowResolver(r);
            sr.AddShadow(A);
            sr.AddShadow(B);
            var ne = Expr.Resolve(sr);
            if (ReferenceEquals(ns, Start) && ReferenceEquals(nl, List) && ReferenceEquals(ne, Expr))
            {
                return this;
            }

            return new FoldOpInit(ns, nl, A, B, ne, Type).Fold(r.CurrentRecord);
        }

        internal override Init GetBit(int bit) => new VarBitInit(this, bit);

        internal override void Print(StringBuilder sb)
        {
            sb.Append("!foldl(");
            Start.Print(sb);
            sb.Append(", ");
            List.Print(sb);
            sb.Append(", ").Append(A.GetAsUnquotedString()).Append(", ").Append(B.GetAsUnquotedString()).Append(", ");
            Expr.Print(sb);
            sb.Append(')');
        }

        protected override bool EqualsCore(Init other)
        {
            var o = (FoldOpInit)other;
            return o.Start.Equals(Start) && o.List.Equals(List) && o.A.Equals(A) && o.B.Equals(B) && o.Expr.Equals(Expr) && o.Type.Equals(Type);
        }

        protected override int ComputeHash() => Combine(Combine(Combine(Start.GetHashCode(), List.GetHashCode()), Expr.GetHashCode()), 401);
    }

    /// <summary><c>!isa&lt;T&gt;(value)</c>.</summary>
    public sealed class IsAOpInit : TypedInit
    {
        internal IsAOpInit(RecTy checkType, Init expr)
            : base(IntRecTy.Instance)
        {
            CheckType = checkType;
            Expr = expr;
        }

        public RecTy CheckType { get; }

        public Init Expr { get; }

        internal Init Fold()
        {
            if (Expr is TypedInit ti)
            {
                if (ti.Type.TypeIsConvertibleTo(CheckType))
                {
                    return new IntInit(1);
                }

                if (CheckType is RecordRecTy)
                {
                    if ((!CheckType.TypeIsConvertibleTo(ti.Type) && Expr.IsConcrete) || Expr is DefInit)
                    {
                        return new IntInit(0);
                    }
                }
                else
                {
                    return new IntInit(0);
                }
            }

            return this;
        }

        internal override Init Resolve(Resolver r)
        {
            var ne = Expr.Resolve(r);
            return ReferenceEquals(ne, Expr) ? this : new IsAOpInit(CheckType, ne).Fold();
        }

        internal override Init GetBit(int bit) => new VarBitInit(this, bit);

        internal override void Print(StringBuilder sb)
        {
            sb.Append("!isa<").Append(CheckType.ToString()).Append(">(");
            Expr.Print(sb);
            sb.Append(')');
        }

        protected override bool EqualsCore(Init other)
        {
            var o = (IsAOpInit)other;
            return o.CheckType.Equals(CheckType) && o.Expr.Equals(Expr);
        }

        protected override int ComputeHash() => Combine(CheckType.GetHashCode(), Expr.GetHashCode()) ^ 501;
    }

    /// <summary><c>!exists&lt;T&gt;(name)</c>.</summary>
    public sealed class ExistsOpInit : TypedInit
    {
        internal ExistsOpInit(RecTy checkType, Init expr)
            : base(IntRecTy.Instance)
        {
            CheckType = checkType;
            Expr = expr;
        }

        public RecTy CheckType { get; }

        public Init Expr { get; }

        internal Init Fold(Record? curRec, bool isFinal)
        {
            if (Expr is StringInit name)
            {
                var d = RecordKeeper.Current?.GetDef(name.Value);
                if (d is not null)
                {
                    return new IntInit(d.DefInit.Type.TypeIsA(CheckType) ? 1 : 0);
                }

                if (curRec is not null)
                {
                    var anon = curRec.NameInit as AnonymousNameInit;
                    if (name.Equals(curRec.NameInit) || (anon is not null && name.Equals(anon.NameInit)))
                    {
                        if (!isFinal)
                        {
                            return this;
                        }

                        return new IntInit(curRec.Type.TypeIsA(CheckType) ? 1 : 0);
                    }
                }

                if (isFinal)
                {
                    return new IntInit(0);
                }
            }

            return this;
        }

        internal override Init Resolve(Resolver r)
        {
            var ne = Expr.Resolve(r);
            if (!ReferenceEquals(ne, Expr) || r.IsFinal)
            {
                return new ExistsOpInit(CheckType, ne).Fold(r.CurrentRecord, r.IsFinal);
            }

            return this;
        }

        internal override Init GetBit(int bit) => new VarBitInit(this, bit);

        internal override void Print(StringBuilder sb)
        {
            sb.Append("!exists<").Append(CheckType.ToString()).Append(">(");
            Expr.Print(sb);
            sb.Append(')');
        }

        protected override bool EqualsCore(Init other)
        {
            var o = (ExistsOpInit)other;
            return o.CheckType.Equals(CheckType) && o.Expr.Equals(Expr);
        }

        protected override int ComputeHash() => Combine(CheckType.GetHashCode(), Expr.GetHashCode()) ^ 601;
    }

    /// <summary><c>!cond(c1: v1, c2: v2, ...)</c>.</summary>
    public sealed class CondOpInit : TypedInit
    {
        private readonly Init[] conds;
        private readonly Init[] vals;

        internal CondOpInit(Init[] conds, Init[] vals, RecTy type)
            : base(type)
        {
            this.conds = conds;
            this.vals = vals;
        }

        public IReadOnlyList<Init> Conditions => conds;

        public IReadOnlyList<Init> Values => vals;

        public override bool IsConcrete
        {
            get
            {
                foreach (var c in conds)
                {
                    if (!c.IsConcrete)
                    {
                        return false;
                    }
                }

                foreach (var v in vals)
                {
                    if (!v.IsConcrete)
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        internal Init Fold(Record? curRec)
        {
            for (int i = 0; i < conds.Length; i++)
            {
                var c = OpInit.AsInt(conds[i]);
                if (c is null)
                {
                    return this;
                }

                if (c.Value != 0)
                {
                    return vals[i].ConvertTo(Type) ?? vals[i];
                }
            }

            throw Errors.Fatal(OpInit.LocOf(curRec), (curRec?.Name ?? string.Empty) + " does not have any true condition in:" + GetAsString());
        }

        internal override Init Resolve(Resolver r)
        {
            bool changed = false;
            var nc = new Init[conds.Length];
            var nv = new Init[vals.Length];
            for (int i = 0; i < conds.Length; i++)
            {
                nc[i] = conds[i].Resolve(r);
                changed |= !ReferenceEquals(nc[i], conds[i]);
            }

            for (int i = 0; i < vals.Length; i++)
            {
                nv[i] = vals[i].Resolve(r);
                changed |= !ReferenceEquals(nv[i], vals[i]);
            }

            return changed ? new CondOpInit(nc, nv, Type).Fold(r.CurrentRecord) : this;
        }

        internal override Init GetBit(int bit) => new VarBitInit(this, bit);

        internal override void Print(StringBuilder sb)
        {
            sb.Append("!cond(");
            for (int i = 0; i < conds.Length; i++)
            {
                conds[i].Print(sb);
                sb.Append(": ");
                vals[i].Print(sb);
                if (i != conds.Length - 1)
                {
                    sb.Append(", ");
                }
            }

            sb.Append(')');
        }

        protected override bool EqualsCore(Init other)
        {
            var o = (CondOpInit)other;
            return o.Type.Equals(Type) && SameArray(conds, o.conds) && SameArray(vals, o.vals);
        }

        protected override int ComputeHash() => HashArray(vals, HashArray(conds, 701));
    }
}
