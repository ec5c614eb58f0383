using System;
using System.Collections.Generic;
using System.Text;
using MlirBuild.TableGen.Evaluation;

namespace MlirBuild.TableGen
{
    public enum UnaryOp
    {
        Cast, Not, Head, Tail, Size, Empty, GetDagOp, Log2, Repr, ToLower, ToUpper, ListFlatten, Initialized,
    }

    public enum BinaryOp
    {
        Add, Sub, Mul, Div, And, Or, Xor, Shl, Sra, Srl, ListConcat, ListSplat, ListRemove, ListElem, ListSlice,
        RangeC, StrConcat, Interleave, Concat, Eq, Ne, Le, Lt, Ge, Gt, GetDagArg, GetDagName, SetDagOp, Match,
    }

    public enum TernaryOp
    {
        Subst, ForEach, Filter, If, Dag, Range, Substr, Find, SetDagArg, SetDagName,
    }

    /// <summary>Base of the unresolved bang-operator expressions.</summary>
    public abstract class OpInit : TypedInit
    {
        protected OpInit(RecTy type)
            : base(type)
        {
        }

        internal override Init GetBit(int bit) => Type is BitRecTy ? this : new VarBitInit(this, bit);

        internal static IntInit? AsInt(Init i) => i.ConvertTo(IntRecTy.Instance) as IntInit;

        internal static SourceLocation LocOf(Record? r) => r?.Loc ?? SourceLocation.Unknown;
    }

    /// <summary>A unary bang operator (<c>!cast</c>, <c>!not</c>, <c>!size</c>, ...).</summary>
    public sealed class UnOpInit : OpInit
    {
        internal UnOpInit(UnaryOp op, Init lhs, RecTy type)
            : base(type)
        {
            Op = op;
            Operand = lhs;
        }

        public UnaryOp Op { get; }

        public Init Operand { get; }

        internal Init Fold(Record? curRec, bool isFinal)
        {
            var lhs = Operand;
            switch (Op)
            {
                case UnaryOp.Repr:
                    if (lhs.IsConcrete)
                    {
                        if (lhs is DefInit d)
                        {
                            return new StringInit(RecordPrinter.PrintRecord(d.Def));
                        }

                        return new StringInit(lhs.GetAsString());
                    }

                    break;
                case UnaryOp.ToLower:
                    if (lhs is StringInit sl)
                    {
                        return new StringInit(sl.Value.ToLowerInvariant());
                    }

                    break;
                case UnaryOp.ToUpper:
                    if (lhs is StringInit su)
                    {
                        return new StringInit(su.Value.ToUpperInvariant());
                    }

                    break;
                case UnaryOp.Cast:
                    if (Type is StringRecTy)
                    {
                        if (lhs is StringInit)
                        {
                            return lhs;
                        }

                        if (lhs is DefInit dd)
                        {
                            return new StringInit(dd.Def.Name);
                        }

                        if (AsInt(lhs) is IntInit ii)
                        {
                            return new StringInit(ii.GetAsString());
                        }
                    }
                    else if (Type is RecordRecTy && lhs is StringInit name)
                    {
                        var keeper = RecordKeeper.Current;
                        var def = keeper?.GetDef(name.Value);
                        if (def is null && curRec is not null)
                        {
                            var anon = curRec.NameInit as AnonymousNameInit;
                            if (name.Equals(curRec.NameInit) || (anon is not null && name.Equals(anon.NameInit)))
                            {
                                if (!isFinal)
                                {
                                    break;
                                }

                                def = curRec;
                            }
                        }

                        if (def is null)
                        {
                            if (isFinal)
                            {
                                throw Errors.Fatal(LocOf(curRec), "Undefined reference to record: '" + name.Value + "'");
                            }

                            break;
                        }

                        var di = def.DefInit;
                        if (!di.Type.TypeIsA(Type))
                        {
                            throw Errors.Fatal(LocOf(curRec), "Expected type '" + Type + "', got '" + di.Type + "' in: " + GetAsString());
                        }

                        return di;
                    }

                    var conv = lhs.ConvertTo(Type);
                    if (conv is not null)
                    {
                        return conv;
                    }

                    break;
                case UnaryOp.Not:
                    if (AsInt(lhs) is IntInit ni)
                    {
                        return new IntInit(ni.Value != 0 ? 0 : 1);
                    }

                    break;
                case UnaryOp.Head:
                    if (lhs is ListInit hl)
                    {
                        if (hl.Count == 0)
                        {
                            throw Errors.Fatal(LocOf(curRec), "empty list argument in unary operator");
                        }

                        return hl.Elements[0];
                    }

                    break;
                case UnaryOp.Tail:
                    if (lhs is ListInit tl)
                    {
                        if (tl.Count == 0)
                        {
                            throw Errors.Fatal(LocOf(curRec), "empty list argument in unary operator");
                        }

                        var rest = new Init[tl.Count - 1];
                        Array.Copy(tl.ElementArray, 1, rest, 0, rest.Length);
                        return new ListInit(rest, tl.ElementType);
                    }

                    break;
                case UnaryOp.Size:
                    if (lhs is ListInit szl)
                    {
                        return new IntInit(szl.Count);
                    }

                    if (lhs is DagInit szd)
                    {
                        return new IntInit(szd.Count);
                    }

                    if (lhs is StringInit szs)
                    {
                        return new IntInit(Utf8Length(szs.Value));
                    }

                    break;
                case UnaryOp.Empty:
                    if (lhs is ListInit el)
                    {
                        return new IntInit(el.Count == 0 ? 1 : 0);
                    }

                    if (lhs is DagInit ed)
                    {
                        return new IntInit(ed.Count == 0 ? 1 : 0);
                    }

                    if (lhs is StringInit es)
                    {
                        return new IntInit(es.Value.Length == 0 ? 1 : 0);
                    }

                    break;
                case UnaryOp.GetDagOp:
                    if (lhs is DagInit gd)
                    {
                        if (gd.Operator is not DefInit opDef)
                        {
                            throw Errors.Fatal(LocOf(curRec), "Expected record as operator");
                        }

                        if (!opDef.Type.TypeIsA(Type))
                        {
                            throw Errors.Fatal(LocOf(curRec), "Expected type '" + Type + "', got '" + opDef.Type + "' in: " + GetAsString());
                        }

                        return opDef;
                    }

                    break;
                case UnaryOp.Log2:
                    if (AsInt(lhs) is IntInit li)
                    {
                        if (li.Value <= 0)
                        {
                            throw Errors.Fatal(LocOf(curRec), "Illegal operation: logtwo is undefined on arguments less than or equal to 0");
                        }

                        long log = 63;
                        while (((ulong)li.Value >> (int)log) == 0)
                        {
                            log--;
                        }

                        return new IntInit(log);
                    }

                    break;
                case UnaryOp.ListFlatten:
                    if (lhs is ListInit fl)
                    {
                        if (fl.ElementType is not ListRecTy inner)
                        {
                            return fl;
                        }

                        var flat = new List<Init>();
                        foreach (var e in fl.Elements)
                        {
                            if (e is not ListInit el2)
                            {
                                return this;
                            }

                            flat.AddRange(el2.Elements);
                        }

                        return new ListInit(flat.ToArray(), inner.ElementType);
                    }

                    break;
                case UnaryOp.Initialized:
                    if (lhs is UnsetInit)
                    {
                        return new IntInit(0);
                    }

                    if (lhs.IsConcrete)
                    {
                        return new IntInit(1);
                    }

                    break;
            }

            return this;
        }

        // TableGen strings are byte strings; !size counts UTF-8 bytes.
        private static int Utf8Length(string s)
        {
            foreach (var c in s)
            {
                if (c > 0x7f)
                {
                    return Encoding.UTF8.GetByteCount(s);
                }
            }

            return s.Length;
        }

        internal override Init Resolve(Resolver r)
        {
            var lhs = Operand.Resolve(r);
            if (!ReferenceEquals(lhs, Operand) || (r.IsFinal && Op == UnaryOp.Cast))
            {
                return new UnOpInit(Op, lhs, Type).Fold(r.CurrentRecord, r.IsFinal);
            }

            return this;
        }

        internal override void Print(StringBuilder sb)
        {
            switch (Op)
            {
                case UnaryOp.Cast: sb.Append("!cast<").Append(Type.ToString()).Append('>'); break;
                case UnaryOp.Not: sb.Append("!not"); break;
                case UnaryOp.Head: sb.Append("!head"); break;
                case UnaryOp.Tail: sb.Append("!tail"); break;
                case UnaryOp.Size: sb.Append("!size"); break;
                case UnaryOp.Empty: sb.Append("!empty"); break;
                case UnaryOp.GetDagOp: sb.Append("!getdagop"); break;
                case UnaryOp.Log2: sb.Append("!logtwo"); break;
                case UnaryOp.Repr: sb.Append("!repr"); break;
                case UnaryOp.ToLower: sb.Append("!tolower"); break;
                case UnaryOp.ToUpper: sb.Append("!toupper"); break;
                case UnaryOp.ListFlatten: sb.Append("!listflatten"); break;
                case UnaryOp.Initialized: sb.Append("!initialized"); break;
            }

            sb.Append('(');
            Operand.Print(sb);
            sb.Append(')');
        }

        protected override bool EqualsCore(Init other)
        {
            var o = (UnOpInit)other;
            return o.Op == Op && o.Type.Equals(Type) && o.Operand.Equals(Operand);
        }

        protected override int ComputeHash() => Combine(Combine((int)Op + 100, Operand.GetHashCode()), Type.GetHashCode());
    }
}
