using System.Collections.Generic;

namespace MlirBuild.TableGen.Parsing
{
    /// <summary>A multiclass: a prototype record holding its template arguments, and the entries it defines.</summary>
    internal sealed class MultiClass
    {
        public MultiClass(Record rec)
        {
            Rec = rec;
        }

        public Record Rec { get; }

        public List<RecordsEntry> Entries { get; } = new List<RecordsEntry>();
    }

    /// <summary>A foreach (or if-as-foreach) whose body is instantiated once its list is known.</summary>
    internal sealed class ForeachLoop
    {
        public ForeachLoop(SourceLocation loc, VarInit? iterVar, Init listValue)
        {
            Loc = loc;
            IterVar = iterVar;
            ListValue = listValue;
        }

        public SourceLocation Loc { get; }

        public VarInit? IterVar { get; }

        public Init ListValue { get; }

        public List<RecordsEntry> Entries { get; } = new List<RecordsEntry>();
    }

    /// <summary>One of: a record prototype, a nested loop, an assertion or a dump.</summary>
    internal sealed class RecordsEntry
    {
        public Record? Rec { get; set; }

        public ForeachLoop? Loop { get; set; }

        public RecordAssertion? Assertion { get; set; }

        public RecordAssertion? Dump { get; set; }
    }

    /// <summary>One binding of a top-level <c>let name{bits} = value</c>.</summary>
    internal sealed class LetRecord
    {
        public LetRecord(string name, int[] bits, Init value, SourceLocation loc)
        {
            Name = name;
            Bits = bits;
            Value = value;
            Loc = loc;
        }

        public string Name { get; }

        public int[] Bits { get; }

        public Init Value { get; }

        public SourceLocation Loc { get; }
    }

    internal sealed class DefsetRecord
    {
        public DefsetRecord(SourceLocation loc, RecTy eltTy)
        {
            Loc = loc;
            EltTy = eltTy;
        }

        public SourceLocation Loc { get; }

        public RecTy EltTy { get; }

        public List<Init> Elements { get; } = new List<Init>();
    }

    internal enum ScopeKind
    {
        Local,
        Record,
        ForeachLoop,
        MultiClass,
    }

    /// <summary>A lexical scope for defvar variables, fields, loop iterators and template arguments.</summary>
    internal sealed class VarScope
    {
        private Dictionary<string, Init>? vars;

        public VarScope(VarScope? parent, ScopeKind kind)
        {
            Parent = parent;
            Kind = kind;
        }

        public VarScope? Parent { get; }

        public ScopeKind Kind { get; }

        public Record? CurRec { get; set; }

        public ForeachLoop? Loop { get; set; }

        public MultiClass? MultiClass { get; set; }

        public bool IsOutermost => Parent is null;

        public bool VarAlreadyDefined(string name) => vars is not null && vars.ContainsKey(name);

        public void AddVar(string name, Init value) => (vars ??= new Dictionary<string, Init>(System.StringComparer.Ordinal))[name] = value;

        public bool TryGetLocal(string name, out Init value)
        {
            if (vars is not null && vars.TryGetValue(name, out value!))
            {
                return true;
            }

            value = null!;
            return false;
        }
    }

    internal sealed class SubClassReference
    {
        public SourceLocation Loc { get; set; }

        public Record? Rec { get; set; }

        public List<ArgumentInit> TemplateArgs { get; } = new List<ArgumentInit>();
    }
}
