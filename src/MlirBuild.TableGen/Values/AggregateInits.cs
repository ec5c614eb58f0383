using System.Collections.Generic;
using System.Globalization;
using System.Text;
using MlirBuild.TableGen.Evaluation;

namespace MlirBuild.TableGen
{
    /// <summary>A list value <c>[a, b, ...]</c> with its element type.</summary>
    public sealed class ListInit : TypedInit
    {
        private readonly Init[] elements;

        internal ListInit(Init[] elements, RecTy elementType)
            : base(elementType.ListOf)
        {
            this.elements = elements;
            ElementType = elementType;
        }

        public IReadOnlyList<Init> Elements => elements;

        internal Init[] ElementArray => elements;

        public RecTy ElementType { get; }

        public int Count => elements.Length;

        public override bool IsComplete
        {
            get
            {
                foreach (var e in elements)
                {
                    if (!e.IsComplete)
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        // Cached: FieldInit folding asks this repeatedly of large lists.
        public override bool IsConcrete => (concrete ??= ComputeConcrete()) == true;

        private bool? concrete;

        private bool ComputeConcrete()
        {
            foreach (var e in elements)
            {
                if (!e.IsConcrete)
                {
                    return false;
                }
            }

            return true;
        }

        internal override void Print(StringBuilder sb)
        {
            sb.Append('[');
            for (int i = 0; i < elements.Length; i++)
            {
                if (i > 0)
                {
                    sb.Append(", ");
                }

                elements[i].Print(sb);
            }

            sb.Append(']');
        }

        internal override Init? ConvertTo(RecTy ty)
        {
            if (Type.Equals(ty))
            {
                return this;
            }

            if (ty is ListRecTy lt)
            {
                var converted = new Init[elements.Length];
                bool changed = false;
                for (int i = 0; i < elements.Length; i++)
                {
                    var ci = elements[i].ConvertTo(lt.ElementType);
                    if (ci is null)
                    {
                        return null;
                    }

                    converted[i] = ci;
                    changed |= !ReferenceEquals(ci, elements[i]);
                }

                // LLVM keeps the list (and its element type) when no element changed.
                return changed ? new ListInit(converted, lt.ElementType) : this;
            }

            return null;
        }

        internal override Init Resolve(Resolver r)
        {
            Init[]? resolved = null;
            for (int i = 0; i < elements.Length; i++)
            {
                var e = elements[i].Resolve(r);
                if (!ReferenceEquals(e, elements[i]) && resolved is null)
                {
                    resolved = new Init[elements.Length];
                    System.Array.Copy(elements, resolved, i);
                }

                if (resolved is not null)
                {
                    resolved[i] = e;
                }
            }

            return resolved is null ? this : new ListInit(resolved, ElementType);
        }

        protected override bool EqualsCore(Init other)
        {
            var o = (ListInit)other;
            return o.ElementType.Equals(ElementType) && SameArray(elements, o.elements);
        }

        protected override int ComputeHash() => HashArray(elements, ElementType.GetHashCode());
    }

    /// <summary>A dag value <c>(op:$name arg:$n, ...)</c>.</summary>
    public sealed class DagInit : TypedInit
    {
        private readonly Init[] args;
        private readonly string?[] argNames;

        internal DagInit(Init op, string? opName, Init[] args, string?[] argNames)
            : base(DagRecTy.Instance)
        {
            Operator = op;
            OperatorName = opName;
            this.args = args;
            this.argNames = argNames;
        }

        public Init Operator { get; }

        public string? OperatorName { get; }

        public IReadOnlyList<Init> Args => args;

        /// <summary>Argument names without the <c>$</c>; null where an argument has no name.</summary>
        public IReadOnlyList<string?> ArgNames => argNames;

        internal Init[] ArgArray => args;

        internal string?[] ArgNameArray => argNames;

        public int Count => args.Length;

        public override bool IsConcrete => (concrete ??= ComputeConcrete()) == true;

        private bool? concrete;

        private bool ComputeConcrete()
        {
            if (!Operator.IsConcrete)
            {
                return false;
            }

            foreach (var a in args)
            {
                if (!a.IsConcrete)
                {
                    return false;
                }
            }

            return true;
        }

        public int? GetArgNumber(string name)
        {
            for (int i = 0; i < argNames.Length; i++)
            {
                if (argNames[i] == name)
                {
                    return i;
                }
            }

            return null;
        }

        internal override void Print(StringBuilder sb)
        {
            sb.Append('(');
            Operator.Print(sb);
            if (OperatorName is not null)
            {
                sb.Append(":$").Append(OperatorName);
            }

            for (int i = 0; i < args.Length; i++)
            {
                sb.Append(i == 0 ? " " : ", ");
                args[i].Print(sb);
                if (argNames[i] is not null)
                {
                    sb.Append(":$").Append(argNames[i]);
                }
            }

            sb.Append(')');
        }

        internal override Init Resolve(Resolver r)
        {
            Init[]? newArgs = null;
            for (int i = 0; i < args.Length; i++)
            {
                var a = args[i].Resolve(r);
                if (!ReferenceEquals(a, args[i]) && newArgs is null)
                {
                    newArgs = new Init[args.Length];
                    System.Array.Copy(args, newArgs, i);
                }

                if (newArgs is not null)
                {
                    newArgs[i] = a;
                }
            }

            var op = Operator.Resolve(r);
            if (!ReferenceEquals(op, Operator) || newArgs is not null)
            {
                return new DagInit(op, OperatorName, newArgs ?? args, argNames);
            }

            return this;
        }

        protected override bool EqualsCore(Init other)
        {
            var o = (DagInit)other;
            if (!o.Operator.Equals(Operator) || o.OperatorName != OperatorName || !SameArray(args, o.args))
            {
                return false;
            }

            for (int i = 0; i < argNames.Length; i++)
            {
                if (argNames[i] != o.argNames[i])
                {
                    return false;
                }
            }

            return true;
        }

        protected override int ComputeHash()
        {
            int h = HashArray(args, Operator.GetHashCode());
            foreach (var n in argNames)
            {
                h = Combine(h, n?.GetHashCode() ?? 0);
            }

            return Combine(h, OperatorName?.GetHashCode() ?? 0);
        }
    }

    /// <summary>A reference to a def (record) value.</summary>
    public sealed class DefInit : TypedInit
    {
        internal DefInit(Record def)
            : base(def.Type)
        {
            Def = def;
        }

        public Record Def { get; }

        public override bool IsConcrete => true;

        internal override void Print(StringBuilder sb) => sb.Append(Def.Name);

        internal override Init? ConvertTo(RecTy ty)
        {
            if (ty is RecordRecTy rrt && Type.TypeIsConvertibleTo(rrt))
            {
                return this;
            }

            return null;
        }

        internal override RecTy? GetFieldType(string name) => Def.GetValue(name)?.Type;

        internal override Init GetBit(int bit) => this;

        protected override bool EqualsCore(Init other) => ReferenceEquals(((DefInit)other).Def, Def);

        protected override int ComputeHash() => Def.Id * 31 + 11;
    }

    /// <summary>A template argument value: positional (<c>0: value</c>) or named (<c>name: value</c>).</summary>
    public sealed class ArgumentInit : Init
    {
        internal ArgumentInit(Init value, int index)
        {
            Value = value;
            Index = index;
        }

        internal ArgumentInit(Init value, Init name)
        {
            Value = value;
            Index = -1;
            Name = name;
        }

        public Init Value { get; }

        /// <summary>Position of a positional argument, -1 for a named one.</summary>
        public int Index { get; }

        /// <summary>Qualified name of a named argument.</summary>
        public Init? Name { get; }

        public bool IsPositional => Index >= 0;

        public override bool IsComplete => Value.IsComplete;

        public override bool IsConcrete => Value.IsConcrete;

        internal ArgumentInit WithValue(Init v) => IsPositional ? new ArgumentInit(v, Index) : new ArgumentInit(v, Name!);

        internal override void Print(StringBuilder sb)
        {
            if (IsPositional)
            {
                sb.Append(Index.ToString(CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append(Name!.GetAsUnquotedString());
            }

            sb.Append(": ");
            Value.Print(sb);
        }

        internal override Init Resolve(Resolver r)
        {
            var nv = Value.Resolve(r);
            return ReferenceEquals(nv, Value) ? this : WithValue(nv);
        }

        protected override bool EqualsCore(Init other)
        {
            var o = (ArgumentInit)other;
            return o.Index == Index && Equals(o.Name, Name) && o.Value.Equals(Value);
        }

        protected override int ComputeHash() => Combine(Combine(Index, Name?.GetHashCode() ?? 0), Value.GetHashCode());
    }

    /// <summary>An anonymous class instantiation <c>Class&lt;args&gt;</c> not yet turned into a def.</summary>
    public sealed class VarDefInit : TypedInit
    {
        private readonly ArgumentInit[] args;

        internal VarDefInit(Record cls, ArgumentInit[] args)
            : base(RecordRecTy.Get(cls))
        {
            Class = cls;
            this.args = args;
        }

        public Record Class { get; }

        public IReadOnlyList<ArgumentInit> Args => args;

        internal override void Print(StringBuilder sb)
        {
            sb.Append(Class.Name).Append('<');
            for (int i = 0; i < args.Length; i++)
            {
                if (i > 0)
                {
                    sb.Append(", ");
                }

                args[i].Print(sb);
            }

            sb.Append('>');
        }

        internal DefInit Instantiate() => Class.Keeper.InstantiateAnonymous(this);

        internal Init Fold()
        {
            if (Class.Keeper.TryGetInstantiated(this, out var def))
            {
                return def;
            }

            var tracker = new TrackUnresolvedResolver(null);
            foreach (var a in args)
            {
                a.Resolve(tracker);
            }

            return tracker.FoundUnresolved ? this : Instantiate();
        }

        internal override Init Resolve(Resolver r)
        {
            var ur = new TrackUnresolvedResolver(r);
            bool changed = false;
            var newArgs = new ArgumentInit[args.Length];
            for (int i = 0; i < args.Length; i++)
            {
                newArgs[i] = (ArgumentInit)args[i].Resolve(ur);
                changed |= !ReferenceEquals(newArgs[i], args[i]);
            }

            if (changed)
            {
                var nv = new VarDefInit(Class, newArgs);
                return ur.FoundUnresolved ? nv : nv.Instantiate();
            }

            return this;
        }

        internal override RecTy? GetFieldType(string name) => Class.GetValue(name)?.Type;

        protected override bool EqualsCore(Init other)
        {
            var o = (VarDefInit)other;
            if (!ReferenceEquals(o.Class, Class) || o.args.Length != args.Length)
            {
                return false;
            }

            for (int i = 0; i < args.Length; i++)
            {
                if (!args[i].Equals(o.args[i]))
                {
                    return false;
                }
            }

            return true;
        }

        protected override int ComputeHash()
        {
            int h = Class.Id;
            foreach (var a in args)
            {
                h = Combine(h, a.GetHashCode());
            }

            return h;
        }
    }
}
