using System;
using System.Collections.Generic;
using MlirBuild.TableGen.Evaluation;

namespace MlirBuild.TableGen
{
    /// <summary>
    /// All classes and defs of an evaluated TableGen program, in definition order, with name lookup.
    /// </summary>
    public sealed class RecordKeeper
    {
        private const int MaxInstantiationDepth = 512;

        [ThreadStatic]
        private static RecordKeeper? current;

        private readonly List<Record> classList = new List<Record>();
        private readonly Dictionary<string, Record> classes = new Dictionary<string, Record>(StringComparer.Ordinal);
        private readonly List<Record> defList = new List<Record>();
        private readonly Dictionary<string, Record> defs = new Dictionary<string, Record>(StringComparer.Ordinal);
        private readonly Dictionary<string, Init> globals = new Dictionary<string, Init>(StringComparer.Ordinal);
        private readonly Dictionary<VarDefInit, DefInit> instantiated = new Dictionary<VarDefInit, DefInit>();
        private readonly Dictionary<string, List<Record>> derivedCache = new Dictionary<string, List<Record>>(StringComparer.Ordinal);
        private int anonCounter;
        private int instantiationDepth;

        internal RecordKeeper()
        {
        }

        /// <summary>Classes in definition order.</summary>
        public IReadOnlyList<Record> Classes => classList;

        /// <summary>Defs (including anonymous ones) in definition order.</summary>
        public IReadOnlyList<Record> Defs => defList;

        /// <summary>The keeper being evaluated on this thread (lets <c>!cast</c> and <c>!exists</c> look up defs).</summary>
        internal static RecordKeeper? Current => current;

        internal DiagnosticBag Diagnostics { get; } = new DiagnosticBag();

        public Record? GetClass(string name) => classes.TryGetValue(name, out var r) ? r : null;

        public Record? GetDef(string name) => defs.TryGetValue(name, out var r) ? r : null;

        /// <summary>A def or a top-level <c>defvar</c>/<c>defset</c> value.</summary>
        public Init? GetGlobal(string name)
        {
            if (defs.TryGetValue(name, out var r))
            {
                return r.DefInit;
            }

            return globals.TryGetValue(name, out var v) ? v : null;
        }

        /// <summary>Defs deriving from <paramref name="className"/>, in definition order (empty if no such class).</summary>
        public IReadOnlyList<Record> GetAllDerivedDefinitions(string className)
        {
            // Consumers (ODS model, generator) may query one keeper from several threads.
            lock (derivedCache)
            {
                return GetAllDerivedDefinitionsLocked(className);
            }
        }

        private List<Record> GetAllDerivedDefinitionsLocked(string className)
        {
            if (derivedCache.TryGetValue(className, out var cached))
            {
                return cached;
            }

            var result = new List<Record>();
            var cls = GetClass(className);
            if (cls is not null)
            {
                foreach (var d in defList)
                {
                    if (d.IsSubClassOf(cls))
                    {
                        result.Add(d);
                    }
                }
            }

            derivedCache[className] = result;
            return result;
        }

        internal static IDisposable Enter(RecordKeeper k)
        {
            var prev = current;
            current = k;
            return new Restore(prev);
        }

        internal void AddClass(Record r)
        {
            classes[r.Name] = r;
            classList.Add(r);
        }

        internal void AddDef(Record r)
        {
            defs[r.Name] = r;
            defList.Add(r);
            lock (derivedCache)
            {
                derivedCache.Clear();
            }
        }

        internal void AddGlobal(string name, Init value) => globals[name] = value;

        internal AnonymousNameInit NewAnonymousName() => new AnonymousNameInit(anonCounter++);

        internal bool TryGetInstantiated(VarDefInit v, out DefInit def) => instantiated.TryGetValue(v, out def!);

        /// <summary>Turns <c>Class&lt;args&gt;</c> into an anonymous def (once per distinct argument list).</summary>
        internal DefInit InstantiateAnonymous(VarDefInit v)
        {
            if (instantiated.TryGetValue(v, out var existing))
            {
                return existing;
            }

            var cls = v.Class;
            if (++instantiationDepth > MaxInstantiationDepth)
            {
                instantiationDepth = 0;
                throw Errors.Fatal(cls.Loc, "too deep recursion while instantiating anonymous record of class '" + cls.Name + "' (infinite recursion?)");
            }

            try
            {
                var rec = new Record(NewAnonymousName(), cls.Loc, this, RecordKind.AnonymousDef);
                foreach (var val in cls.Values)
                {
                    rec.AddValue(val.Clone());
                }

                rec.AppendAssertions(cls);
                var targs = cls.TemplateArgs;
                var r = new MapResolver(rec);
                foreach (var ta in targs)
                {
                    r.Set(ta, rec.GetValue(ta)!.Value);
                    rec.RemoveValue(ta);
                }

                foreach (var a in v.Args)
                {
                    r.Set(a.IsPositional ? targs[a.Index] : a.Name!, a.Value);
                }

                rec.ResolveReferences(r);
                foreach (var sc in cls.SuperClasses)
                {
                    rec.AddSuperClass(sc, cls.Loc);
                }

                rec.AddSuperClass(cls, cls.Loc);
                rec.ResolveReferencesFinal(null);
                AddDef(rec);
                var di = rec.DefInit;
                instantiated[v] = di;
                CheckAssertions(rec);
                return di;
            }
            finally
            {
                if (instantiationDepth > 0)
                {
                    instantiationDepth--;
                }
            }
        }

        internal void CheckAssertions(Record rec)
        {
            if (rec.Assertions.Count == 0)
            {
                return; // most defs: no resolver (it allocates its caches)
            }

            var r = new RecordResolver(rec) { IsFinal = true };
            foreach (var a in rec.Assertions)
            {
                CheckAssert(a.Loc, a.Condition.Resolve(r), a.Message.Resolve(r));
            }
        }

        internal void CheckDumps(Record rec)
        {
            if (rec.Dumps.Count == 0)
            {
                return; // most defs: no resolver (it allocates its caches)
            }

            var r = new RecordResolver(rec) { IsFinal = true };
            foreach (var d in rec.Dumps)
            {
                CheckDump(d.Loc, d.Message.Resolve(r));
            }
        }

        internal void CheckAssert(SourceLocation loc, Init cond, Init message)
        {
            var c = cond.ConvertTo(IntRecTy.Instance) as IntInit;
            if (c is null)
            {
                Diagnostics.Add(new TableGenDiagnostic(DiagnosticSeverity.Error, loc, "assert condition must of type bit, bits, or int."));
            }
            else if (c.Value == 0)
            {
                var note = message is StringInit s ? s.Value : "(assert message is not a string)";
                Diagnostics.Add(new TableGenDiagnostic(DiagnosticSeverity.Error, loc, "assertion failed: " + note));
            }
        }

        internal void CheckDump(SourceLocation loc, Init message)
        {
            var text = message is StringInit s ? s.Value : message.GetAsUnquotedString();
            Diagnostics.Add(new TableGenDiagnostic(DiagnosticSeverity.Note, loc, text));
        }

        private sealed class Restore : IDisposable
        {
            private readonly RecordKeeper? prev;

            public Restore(RecordKeeper? prev)
            {
                this.prev = prev;
            }

            public void Dispose() => current = prev;
        }
    }
}
