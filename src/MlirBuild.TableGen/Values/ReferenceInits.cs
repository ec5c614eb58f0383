using System.Globalization;
using System.Text;
using MlirBuild.TableGen.Evaluation;

namespace MlirBuild.TableGen
{
    /// <summary>A reference to a variable: a field, template argument, loop iterator or <c>NAME</c>.</summary>
    public sealed class VarInit : TypedInit
    {
        internal VarInit(Init name, RecTy type)
            : base(type)
        {
            NameInit = name;
        }

        internal VarInit(string name, RecTy type)
            : this(new StringInit(name), type)
        {
        }

        public Init NameInit { get; }

        public string Name => NameInit.GetAsUnquotedString();

        internal override void Print(StringBuilder sb) => sb.Append(NameInit.GetAsUnquotedString());

        internal override Init Resolve(Resolver r) => r.Resolve(NameInit) ?? this;

        protected override bool EqualsCore(Init other)
        {
            var o = (VarInit)other;
            return o.NameInit.Equals(NameInit) && o.Type.Equals(Type);
        }

        protected override int ComputeHash() => Combine(NameInit.GetHashCode(), Type.GetHashCode()) ^ 0x55;
    }

    /// <summary>One bit of a non-bits-literal value, <c>x{3}</c>.</summary>
    public sealed class VarBitInit : TypedInit
    {
        internal VarBitInit(TypedInit bitVar, int bit)
            : base(BitRecTy.Instance)
        {
            BitVar = bitVar;
            BitNumber = bit;
        }

        public TypedInit BitVar { get; }

        public int BitNumber { get; }

        internal override void Print(StringBuilder sb)
        {
            BitVar.Print(sb);
            sb.Append('{').Append(BitNumber.ToString(CultureInfo.InvariantCulture)).Append('}');
        }

        internal override Init GetBit(int bit) => this;

        internal override Init Resolve(Resolver r)
        {
            var i = BitVar.Resolve(r);
            return ReferenceEquals(i, BitVar) ? this : i.GetBit(BitNumber);
        }

        protected override bool EqualsCore(Init other)
        {
            var o = (VarBitInit)other;
            return o.BitNumber == BitNumber && o.BitVar.Equals(BitVar);
        }

        protected override int ComputeHash() => Combine(BitVar.GetHashCode(), BitNumber) ^ 0x77;
    }

    /// <summary>A field access <c>value.field</c> that is not resolved yet.</summary>
    public sealed class FieldInit : TypedInit
    {
        internal FieldInit(Init rec, string fieldName, RecTy type)
            : base(type)
        {
            Rec = rec;
            FieldName = fieldName;
        }

        public Init Rec { get; }

        public string FieldName { get; }

        public override bool IsConcrete
        {
            get
            {
                if (Rec is DefInit d)
                {
                    var v = d.Def.GetValue(FieldName)?.Value;
                    return v is not null && v.IsConcrete;
                }

                return false;
            }
        }

        internal static FieldInit Create(Init rec, string fieldName) =>
            new FieldInit(rec, fieldName, rec.GetFieldType(fieldName) ?? throw new System.InvalidOperationException("field type"));

        internal override void Print(StringBuilder sb)
        {
            Rec.Print(sb);
            sb.Append('.').Append(FieldName);
        }

        internal Init Fold(Record? curRec)
        {
            if (Rec is DefInit d)
            {
                if (ReferenceEquals(d.Def, curRec))
                {
                    throw Errors.Fatal(curRec!.Loc, "Attempting to access field '" + FieldName + "' of '" + Rec.GetAsString() + "' is a forbidden self-reference");
                }

                var v = d.Def.GetValue(FieldName)?.Value;
                if (v is not null && v.IsConcrete)
                {
                    return v;
                }
            }

            return this;
        }

        internal override Init Resolve(Resolver r)
        {
            var nr = Rec.Resolve(r);
            if (ReferenceEquals(nr, Rec))
            {
                return this;
            }

            var t = nr.GetFieldType(FieldName) ?? Type;
            return new FieldInit(nr, FieldName, t).Fold(r.CurrentRecord);
        }

        protected override bool EqualsCore(Init other)
        {
            var o = (FieldInit)other;
            return o.FieldName == FieldName && o.Rec.Equals(Rec);
        }

        protected override int ComputeHash() => Combine(Rec.GetHashCode(), FieldName.GetHashCode()) ^ 0x99;
    }
}
