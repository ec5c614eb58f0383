namespace MlirBuild.TableGen
{
    /// <summary>How a record value was declared.</summary>
    public enum FieldKind
    {
        /// <summary>An ordinary field.</summary>
        Normal,

        /// <summary>Declared with the <c>field</c> keyword: may stay non-concrete, printed first.</summary>
        NonconcreteOk,

        /// <summary>A template argument of a class or multiclass.</summary>
        TemplateArg,
    }

    /// <summary>One named, typed field of a record.</summary>
    public sealed class RecordValue
    {
        internal RecordValue(Init name, SourceLocation loc, RecTy type, FieldKind kind)
        {
            NameInit = name;
            Loc = loc;
            Type = type;
            Kind = kind;
            Value = UnsetInit.Instance;
            SetValue(UnsetInit.Instance);
        }

        private RecordValue(RecordValue o)
        {
            NameInit = o.NameInit;
            Loc = o.Loc;
            Type = o.Type;
            Kind = o.Kind;
            Value = o.Value;
            Name = o.Name;
        }

        public Init NameInit { get; }

        public string Name { get; private set; } = string.Empty;

        public SourceLocation Loc { get; private set; }

        public RecTy Type { get; }

        public FieldKind Kind { get; }

        /// <summary>The current value (<see cref="UnsetInit"/> when unset).</summary>
        public Init Value { get; private set; }

        public bool IsTemplateArg => Kind == FieldKind.TemplateArg;

        public bool IsNonconcreteOk => Kind == FieldKind.NonconcreteOk;

        /// <summary>The type as printed: <c>code</c> for a string field holding a code literal.</summary>
        public string PrintType => Type is StringRecTy ? (Value is StringInit s && s.IsCode ? "code" : "string") : Type.ToString();

        internal RecordValue Clone() => new RecordValue(this);

        /// <summary>Stores <paramref name="v"/> converted to the field type; false when incompatible.</summary>
        internal bool SetValue(Init v)
        {
            if (Name.Length == 0)
            {
                Name = NameInit.GetAsUnquotedString();
            }

            var cast = v.GetCastTo(Type);
            if (cast is null)
            {
                return false;
            }

            if (Type is BitsRecTy bt && cast is not BitsInit && cast is not UnsetInit)
            {
                var bits = new Init[bt.NumBits];
                for (int i = 0; i < bits.Length; i++)
                {
                    bits[i] = cast.GetBit(i);
                }

                cast = new BitsInit(bits);
            }
            else if (Type is BitsRecTy bt2 && cast is UnsetInit)
            {
                var bits = new Init[bt2.NumBits];
                for (int i = 0; i < bits.Length; i++)
                {
                    bits[i] = UnsetInit.Instance;
                }

                cast = new BitsInit(bits);
            }

            Value = cast;
            return true;
        }

        internal bool SetValue(Init v, SourceLocation loc)
        {
            Loc = loc;
            return SetValue(v);
        }

        public override string ToString() => (IsNonconcreteOk ? "field " : string.Empty) + PrintType + " " + Name + " = " + Value.GetAsString();
    }
}
