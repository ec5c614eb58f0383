using System.Collections.Generic;
using System.Globalization;
using System.Text;
using MlirBuild.TableGen.Evaluation;

namespace MlirBuild.TableGen
{
    /// <summary>The unset value <c>?</c>.</summary>
    public sealed class UnsetInit : Init
    {
        public static readonly UnsetInit Instance = new UnsetInit();

        private UnsetInit()
        {
        }

        public override bool IsComplete => false;

        public override bool IsConcrete => true;

        internal override void Print(StringBuilder sb) => sb.Append('?');

        internal override Init? ConvertTo(RecTy ty) => this;

        internal override Init? GetCastTo(RecTy ty) => this;

        protected override bool EqualsCore(Init other) => true;

        protected override int ComputeHash() => 17;
    }

    /// <summary>A single bit value, 0 or 1.</summary>
    public sealed class BitInit : TypedInit
    {
        public static readonly BitInit True = new BitInit(true);
        public static readonly BitInit False = new BitInit(false);

        private BitInit(bool value)
            : base(BitRecTy.Instance)
        {
            Value = value;
        }

        public bool Value { get; }

        public override bool IsConcrete => true;

        public static BitInit Get(bool v) => v ? True : False;

        internal override void Print(StringBuilder sb) => sb.Append(Value ? '1' : '0');

        internal override Init GetBit(int bit) => this;

        internal override Init? ConvertTo(RecTy ty)
        {
            if (ty is BitRecTy)
            {
                return this;
            }

            if (ty is IntRecTy)
            {
                return new IntInit(Value ? 1 : 0);
            }

            if (ty is BitsRecTy b && b.NumBits == 1)
            {
                return new BitsInit(new Init[] { this });
            }

            return null;
        }

        protected override bool EqualsCore(Init other) => ((BitInit)other).Value == Value;

        protected override int ComputeHash() => Value ? 3 : 5;
    }

    /// <summary>A <c>bits&lt;n&gt;</c> value; <see cref="Bits"/>[0] is the least significant bit.</summary>
    public sealed class BitsInit : TypedInit
    {
        private readonly Init[] bits;

        internal BitsInit(Init[] bits)
            : base(BitsRecTy.Get(bits.Length))
        {
            this.bits = bits;
        }

        public IReadOnlyList<Init> Bits => bits;

        public int NumBits => bits.Length;

        public override bool IsConcrete
        {
            get
            {
                foreach (var b in bits)
                {
                    if (!b.IsConcrete)
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        public override bool IsComplete
        {
            get
            {
                foreach (var b in bits)
                {
                    if (!b.IsComplete)
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        /// <summary>The value as an integer when every bit is known.</summary>
        public long? TryGetValue()
        {
            long result = 0;
            for (int i = 0; i < bits.Length; i++)
            {
                if (bits[i] is not BitInit b)
                {
                    return null;
                }

                if (b.Value && i < 64)
                {
                    result |= 1L << i;
                }
            }

            return result;
        }

        internal override void Print(StringBuilder sb)
        {
            sb.Append("{ ");
            for (int i = 0; i < bits.Length; i++)
            {
                if (i > 0)
                {
                    sb.Append(", ");
                }

                bits[bits.Length - i - 1].Print(sb);
            }

            sb.Append(" }");
        }

        internal override Init GetBit(int bit) => bits[bit];

        internal override Init? ConvertTo(RecTy ty)
        {
            if (ty is BitRecTy)
            {
                return bits.Length == 1 ? bits[0] : null;
            }

            if (ty is BitsRecTy b)
            {
                return b.NumBits == bits.Length ? this : null;
            }

            if (ty is IntRecTy)
            {
                var v = TryGetValue();
                return v is null ? null : new IntInit(v.Value);
            }

            return null;
        }

        internal override Init? ConvertBitRange(IReadOnlyList<int> range)
        {
            var nb = new Init[range.Count];
            for (int i = 0; i < range.Count; i++)
            {
                if (range[i] >= bits.Length)
                {
                    return null;
                }

                nb[i] = bits[range[i]];
            }

            return new BitsInit(nb);
        }

        internal override Init Resolve(Resolver r)
        {
            bool changed = false;
            var newBits = new Init[bits.Length];
            Init? cachedRef = null;
            Init? cachedResolved = null;
            for (int i = 0; i < bits.Length; i++)
            {
                var curBit = bits[i];
                Init newBit;
                if (curBit is VarBitInit vb)
                {
                    if (!ReferenceEquals(vb.BitVar, cachedRef))
                    {
                        cachedRef = vb.BitVar;
                        cachedResolved = cachedRef.Resolve(r);
                    }

                    newBit = cachedResolved!.GetBit(vb.BitNumber);
                }
                else
                {
                    newBit = curBit.Resolve(r).GetBit(0);
                }

                if (newBit is UnsetInit && r.KeepUnsetBits)
                {
                    newBit = curBit;
                }

                newBits[i] = newBit;
                changed |= !ReferenceEquals(curBit, newBit);
            }

            return changed ? new BitsInit(newBits) : this;
        }

        protected override bool EqualsCore(Init other) => SameArray(bits, ((BitsInit)other).bits);

        protected override int ComputeHash() => HashArray(bits, 7);
    }

    /// <summary>A 64-bit integer value.</summary>
    public sealed class IntInit : TypedInit
    {
        public IntInit(long value)
            : base(IntRecTy.Instance)
        {
            Value = value;
        }

        public long Value { get; }

        public override bool IsConcrete => true;

        internal override void Print(StringBuilder sb) => sb.Append(Value.ToString(CultureInfo.InvariantCulture));

        internal override Init GetBit(int bit) => BitInit.Get(bit < 64 && ((Value >> bit) & 1) != 0);

        internal override Init? ConvertTo(RecTy ty)
        {
            if (ty is IntRecTy)
            {
                return this;
            }

            if (ty is BitRecTy)
            {
                return Value == 0 || Value == 1 ? BitInit.Get(Value != 0) : null;
            }

            if (ty is BitsRecTy b)
            {
                if (!CanFitInBitfield(Value, b.NumBits))
                {
                    return null;
                }

                var nb = new Init[b.NumBits];
                for (int i = 0; i < nb.Length; i++)
                {
                    nb[i] = BitInit.Get(i < 64 && ((Value >> i) & 1) != 0);
                }

                return new BitsInit(nb);
            }

            return null;
        }

        internal override Init? ConvertBitRange(IReadOnlyList<int> range)
        {
            var nb = new Init[range.Count];
            for (int i = 0; i < range.Count; i++)
            {
                if (range[i] >= 64)
                {
                    return null;
                }

                nb[i] = BitInit.Get(((Value >> range[i]) & 1) != 0);
            }

            return new BitsInit(nb);
        }

        private static bool CanFitInBitfield(long value, int numBits) =>
            numBits >= 64 || (value >> numBits) == 0 || (value >> (numBits - 1)) == -1;

        protected override bool EqualsCore(Init other) => ((IntInit)other).Value == Value;

        protected override int ComputeHash() => Value.GetHashCode() ^ 0x1234;
    }

    /// <summary>A string value; <see cref="IsCode"/> marks a <c>[{ code }]</c> literal (printed as such).</summary>
    public sealed class StringInit : TypedInit
    {
        public StringInit(string value, bool isCode = false)
            : base(StringRecTy.Instance)
        {
            Value = value;
            IsCode = isCode;
        }

        public string Value { get; }

        public bool IsCode { get; }

        public override bool IsConcrete => true;

        public override string GetAsUnquotedString() => Value;

        internal override void Print(StringBuilder sb)
        {
            if (IsCode)
            {
                sb.Append("[{").Append(Value).Append("}]");
            }
            else
            {
                sb.Append('"').Append(Value).Append('"');
            }
        }

        internal override Init? ConvertTo(RecTy ty) => ty is StringRecTy ? this : null;

        internal override Init GetBit(int bit) => this;

        protected override bool EqualsCore(Init other)
        {
            var o = (StringInit)other;
            return o.IsCode == IsCode && string.Equals(o.Value, Value, System.StringComparison.Ordinal);
        }

        protected override int ComputeHash() => Value.GetHashCode() ^ (IsCode ? 77 : 0);
    }

    /// <summary>The provisional name of an anonymous record (anonymous_N) until it is final.</summary>
    public sealed class AnonymousNameInit : TypedInit
    {
        internal AnonymousNameInit(int number)
            : base(StringRecTy.Instance)
        {
            Number = number;
        }

        public int Number { get; }

        public StringInit NameInit => new StringInit(GetAsUnquotedString());

        public override string GetAsUnquotedString() => "anonymous_" + Number.ToString(CultureInfo.InvariantCulture);

        internal override void Print(StringBuilder sb) => sb.Append("anonymous_").Append(Number.ToString(CultureInfo.InvariantCulture));

        internal override Init Resolve(Resolver r)
        {
            var n = r.Resolve(this) ?? this;
            if (r.IsFinal && n is AnonymousNameInit a)
            {
                return a.NameInit;
            }

            return n;
        }

        protected override bool EqualsCore(Init other) => ((AnonymousNameInit)other).Number == Number;

        protected override int ComputeHash() => Number * 7919 + 3;
    }
}
