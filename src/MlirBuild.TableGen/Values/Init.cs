using System;
using System.Collections.Generic;
using System.Text;
using MlirBuild.TableGen.Evaluation;

namespace MlirBuild.TableGen
{
    /// <summary>
    /// A TableGen value ("initializer"). Values are immutable and compare structurally; after evaluation a def's
    /// fields hold concrete values (<see cref="BitInit"/>, <see cref="IntInit"/>, <see cref="StringInit"/>,
    /// <see cref="ListInit"/>, <see cref="DagInit"/>, <see cref="DefInit"/>, <see cref="BitsInit"/>,
    /// <see cref="UnsetInit"/>); classes may also hold unresolved expressions.
    /// </summary>
    public abstract class Init : IEquatable<Init>
    {
        private int hash;

        /// <summary>False for <c>?</c> (and aggregates containing it).</summary>
        public virtual bool IsComplete => true;

        /// <summary>True when the value contains no unresolved references or operators.</summary>
        public virtual bool IsConcrete => false;

        /// <summary>The value as llvm-tblgen prints it (strings quoted, code in <c>[{ }]</c>).</summary>
        public string GetAsString()
        {
            var sb = new StringBuilder();
            Print(sb);
            return sb.ToString();
        }

        /// <summary>Like <see cref="GetAsString"/> but strings without quotes.</summary>
        public virtual string GetAsUnquotedString() => GetAsString();

        public override string ToString() => GetAsString();

        internal abstract void Print(StringBuilder sb);

        internal virtual Init Resolve(Resolver r) => this;

        /// <summary>Implicit conversion to <paramref name="ty"/> (convertInitializerTo), or null.</summary>
        internal virtual Init? ConvertTo(RecTy ty) => null;

        /// <summary>Conversion used when storing into a typed field (getCastTo), or null.</summary>
        internal virtual Init? GetCastTo(RecTy ty) => ConvertTo(ty);

        internal virtual Init GetBit(int bit) => this;

        internal virtual Init? ConvertBitRange(IReadOnlyList<int> bits) => null;

        internal virtual RecTy? GetFieldType(string name) => null;

        public bool Equals(Init? other)
        {
            if (ReferenceEquals(this, other))
            {
                return true;
            }

            if (other is null || other.GetType() != GetType() || other.GetHashCode() != GetHashCode())
            {
                return false;
            }

            return EqualsCore(other);
        }

        public override bool Equals(object? obj) => obj is Init i && Equals(i);

        public override int GetHashCode()
        {
            if (hash == 0)
            {
                int h = ComputeHash();
                hash = h == 0 ? 1 : h;
            }

            return hash;
        }

        protected abstract bool EqualsCore(Init other);

        protected abstract int ComputeHash();

        internal static int Combine(int a, int b) => unchecked((a * 397) ^ b);

        internal static bool SameArray(Init[] a, Init[] b)
        {
            if (a.Length != b.Length)
            {
                return false;
            }

            for (int i = 0; i < a.Length; i++)
            {
                if (!a[i].Equals(b[i]))
                {
                    return false;
                }
            }

            return true;
        }

        internal static int HashArray(Init[] a, int seed)
        {
            int h = seed;
            foreach (var x in a)
            {
                h = Combine(h, x.GetHashCode());
            }

            return h;
        }
    }

    /// <summary>A value with a static type (every value except <c>?</c> and template arguments).</summary>
    public abstract class TypedInit : Init
    {
        protected TypedInit(RecTy type)
        {
            Type = type;
        }

        public RecTy Type { get; }

        internal override Init? ConvertTo(RecTy ty)
        {
            if (Type.Equals(ty) || Type.TypeIsA(ty))
            {
                return this;
            }

            if (Type is BitRecTy && ty is BitsRecTy b && b.NumBits == 1)
            {
                return new BitsInit(new Init[] { this });
            }

            return null;
        }

        internal override Init? GetCastTo(RecTy ty)
        {
            if (Type.Equals(ty) || Type.TypeIsA(ty))
            {
                return this;
            }

            var converted = ConvertTo(ty);
            if (converted is not null)
            {
                return converted;
            }

            if (!Type.TypeIsConvertibleTo(ty))
            {
                return null;
            }

            return new UnOpInit(UnaryOp.Cast, this, ty).Fold(null, false);
        }

        internal override Init? ConvertBitRange(IReadOnlyList<int> bits)
        {
            if (Type is not BitsRecTy t)
            {
                return null;
            }

            var newBits = new Init[bits.Count];
            for (int i = 0; i < bits.Count; i++)
            {
                if (bits[i] >= t.NumBits)
                {
                    return null;
                }

                newBits[i] = new VarBitInit(this, bits[i]);
            }

            return new BitsInit(newBits);
        }

        internal override Init GetBit(int bit)
        {
            if (Type is BitRecTy)
            {
                return this;
            }

            return new VarBitInit(this, bit);
        }

        internal override RecTy? GetFieldType(string name)
        {
            if (Type is RecordRecTy rt)
            {
                foreach (var c in rt.Classes)
                {
                    var f = c.GetValue(name);
                    if (f is not null)
                    {
                        return f.Type;
                    }
                }
            }

            return null;
        }
    }
}
