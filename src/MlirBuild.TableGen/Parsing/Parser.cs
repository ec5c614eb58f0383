using System.Collections.Generic;
using MlirBuild.TableGen.Evaluation;
using MlirBuild.TableGen.Lexing;

namespace MlirBuild.TableGen.Parsing
{
    /// <summary>
    /// Parses and evaluates a TableGen program with llvm-tblgen's semantics: records are built as they are parsed,
    /// multiclass and foreach bodies are kept as prototypes and instantiated with substitutions.
    /// </summary>
    internal sealed partial class Parser
    {
        private readonly Lexer lex;
        private readonly RecordKeeper records;
        private readonly Dictionary<string, MultiClass> multiClasses = new Dictionary<string, MultiClass>(System.StringComparer.Ordinal);
        private readonly List<ForeachLoop> loops = new List<ForeachLoop>();
        private readonly List<List<LetRecord>> letStack = new List<List<LetRecord>>();
        private readonly List<DefsetRecord> defsets = new List<DefsetRecord>();
        private MultiClass? curMultiClass;
        private VarScope? curScope;
        private int valueDepth;

        public Parser(Lexer lex, RecordKeeper records)
        {
            this.lex = lex;
            this.records = records;
        }

        private TableGenFatalError TokError(string message) => Errors.Fatal(lex.Loc, message);

        private static TableGenFatalError Error(SourceLocation loc, string message) => Errors.Fatal(loc, message);

        private bool Consume(TokenKind k)
        {
            if (lex.Kind == k)
            {
                lex.Lex();
                return true;
            }

            return false;
        }

        private void Expect(TokenKind k, string message)
        {
            if (!Consume(k))
            {
                throw TokError(message);
            }
        }

        private VarScope PushScope(ScopeKind kind)
        {
            curScope = new VarScope(curScope, kind);
            return curScope;
        }

        private void PopScope(VarScope s)
        {
            curScope = s.Parent;
        }

        public void ParseFile()
        {
            lex.Lex();
            var global = PushScope(ScopeKind.Local);
            ParseObjectList(null);
            PopScope(global);
            if (lex.Kind != TokenKind.Eof)
            {
                throw TokError("Unexpected token at top level");
            }
        }

        private void ParseObjectList(MultiClass? mc)
        {
            while (TokenTables.IsObjectStart(lex.Kind))
            {
                ParseObject(mc);
            }
        }

        private void ParseObject(MultiClass? mc)
        {
            switch (lex.Kind)
            {
                case TokenKind.Assert: ParseAssert(mc, null); return;
                case TokenKind.Def: ParseDef(mc); return;
                case TokenKind.Defm: ParseDefm(mc); return;
                case TokenKind.Defvar: ParseDefvar(null); return;
                case TokenKind.Dump: ParseDump(mc, null); return;
                case TokenKind.Foreach: ParseForeach(mc); return;
                case TokenKind.If: ParseIf(mc); return;
                case TokenKind.Let: ParseTopLevelLet(mc); return;
                case TokenKind.Defset:
                    if (mc is not null)
                    {
                        throw TokError("defset is not allowed inside multiclass");
                    }

                    ParseDefset();
                    return;
                case TokenKind.Class:
                    if (mc is not null)
                    {
                        throw TokError("class is not allowed inside multiclass");
                    }

                    if (loops.Count > 0)
                    {
                        throw TokError("class is not allowed inside foreach loop");
                    }

                    ParseClass();
                    return;
                case TokenKind.MultiClass:
                    if (loops.Count > 0)
                    {
                        throw TokError("multiclass is not allowed inside foreach loop");
                    }

                    ParseMultiClass();
                    return;
                default:
                    throw TokError("Expected assert, class, def, defm, defset, dump, foreach, if, or let");
            }
        }

        // ---- Names -------------------------------------------------------------------------------------------

        private static Init QualifyName(Record rec, Init name, string scoper)
        {
            if (rec.NameInit is StringInit rn && name is StringInit n)
            {
                return new StringInit(rn.Value + scoper + n.Value);
            }

            var concat = BinOpInit.StrConcat(BinOpInit.StrConcat(rec.NameInit, new StringInit(scoper)), name);
            return concat is BinOpInit b ? b.Fold(rec) : concat;
        }

        private static Init QualifiedNameOfImplicitName(Record rec) =>
            QualifyName(rec, new StringInit("NAME"), rec.IsMultiClass ? "::" : ":");

        // ---- Semantic helpers --------------------------------------------------------------------------------

        private void AddValue(Record rec, SourceLocation loc, RecordValue rv)
        {
            var existing = rec.GetValue(rv.NameInit);
            if (existing is not null)
            {
                if (!existing.SetValue(rv.Value))
                {
                    throw Error(loc, "New definition of '" + rv.Name + "' of type '" + rv.Type + "' is incompatible with previous definition of type '" + existing.Type + "'");
                }
            }
            else
            {
                rec.AddValue(rv.Clone());
            }
        }

        private void SetValue(Record rec, SourceLocation loc, Init valName, int[] bitList, Init? v, bool allowSelfAssignment = false, bool overrideDefLoc = true)
        {
            if (v is null)
            {
                return;
            }

            var rv = rec.GetValue(valName);
            if (rv is null)
            {
                throw Error(loc, "Value '" + valName.GetAsUnquotedString() + "' unknown!");
            }

            if (bitList.Length == 0 && v is VarInit vi && vi.NameInit.Equals(valName) && !allowSelfAssignment)
            {
                throw Error(loc, "Recursion / self-assignment forbidden");
            }

            if (bitList.Length > 0)
            {
                if (rv.Value is not BitsInit curVal)
                {
                    throw Error(loc, "Value '" + valName.GetAsUnquotedString() + "' is not a bits type");
                }

                var bi = v.GetCastTo(BitsRecTy.Get(bitList.Length));
                if (bi is null)
                {
                    throw Error(loc, "Initializer is not compatible with bit range");
                }

                var newBits = new Init?[curVal.NumBits];
                for (int i = 0; i < bitList.Length; i++)
                {
                    int bit = bitList[i];
                    if (bit >= newBits.Length)
                    {
                        throw Error(loc, "Invalid bit range for value");
                    }

                    if (newBits[bit] is not null)
                    {
                        throw Error(loc, "Cannot set bit #" + bit + " of value '" + valName.GetAsUnquotedString() + "' more than once");
                    }

                    newBits[bit] = bi.GetBit(i);
                }

                var final = new Init[newBits.Length];
                for (int i = 0; i < final.Length; i++)
                {
                    final[i] = newBits[i] ?? curVal.Bits[i];
                }

                v = new BitsInit(final);
            }

            bool ok = overrideDefLoc ? rv.SetValue(v, loc) : rv.SetValue(v);
            if (!ok)
            {
                string initType = v is BitsInit b ? "' of type bit initializer with length " + b.NumBits
                    : v is TypedInit t ? "' of type '" + t.Type : string.Empty;
                throw Error(loc, "Field '" + valName.GetAsUnquotedString() + "' of type '" + rv.Type + "' is incompatible with value '" + v.GetAsString() + initType + "'");
            }
        }

        private void AddSubClass(Record curRec, SubClassReference sub)
        {
            var sc = sub.Rec!;
            var r = new MapResolver(curRec);
            curRec.Reserve(sc.Values.Count - sc.TemplateArgs.Count, sc.SuperClasses.Count + 1);
            foreach (var field in sc.Values)
            {
                if (!field.IsTemplateArg)
                {
                    AddValue(curRec, sub.Loc, field);
                }
            }

            ResolveArguments(sc, sub.TemplateArgs, sub.Loc, (n, v) => r.Set(n, v));
            curRec.AppendAssertions(sc);
            curRec.AppendDumps(sc);
            Init name = curRec.IsClass ? new VarInit(QualifiedNameOfImplicitName(curRec), StringRecTy.Instance) : curRec.NameInit;
            r.Set(QualifiedNameOfImplicitName(sc), name);
            curRec.ResolveReferences(r);
            foreach (var s in sc.SuperClasses)
            {
                if (curRec.IsSubClassOf(s))
                {
                    throw Error(sub.Loc, "Already subclass of '" + s.Name + "'!");
                }

                curRec.AddSuperClass(s, sub.Loc);
            }

            if (curRec.IsSubClassOf(sc))
            {
                throw Error(sub.Loc, "Already subclass of '" + sc.Name + "'!");
            }

            curRec.AddSuperClass(sc, sub.Loc);
        }

        private void AddSubClass(RecordsEntry entry, SubClassReference sub)
        {
            if (entry.Rec is not null)
            {
                AddSubClass(entry.Rec, sub);
                return;
            }

            if (entry.Loop is not null)
            {
                foreach (var e in entry.Loop.Entries)
                {
                    AddSubClass(e, sub);
                }
            }
        }

        private delegate void ArgValueHandler(Init name, Init value);

        private static void ResolveArguments(Record rec, List<ArgumentInit> argValues, SourceLocation loc, ArgValueHandler handler)
        {
            var unsolved = new List<Init>(rec.TemplateArgs);
            foreach (var arg in argValues)
            {
                var argName = arg.IsPositional ? rec.TemplateArgs[arg.Index] : arg.Name!;
                int idx = unsolved.FindIndex(u => u.Equals(argName));
                if (idx < 0)
                {
                    throw Error(loc, "We can only specify the template argument '" + argName.GetAsUnquotedString() + "' once");
                }

                handler(argName, arg.Value);
                unsolved.RemoveAt(idx);
            }

            foreach (var name in unsolved)
            {
                var def = rec.GetValue(name)!.Value;
                if (!def.IsComplete)
                {
                    var d = new TableGenDiagnostic(DiagnosticSeverity.Error, loc, "value not specified for template argument '" + name.GetAsUnquotedString() + "'")
                    {
                        Notes = System.Collections.Immutable.ImmutableArray.Create(new TableGenDiagnostic(DiagnosticSeverity.Note, rec.GetValue(name)!.Loc, "declared in '" + rec.Name + "'")),
                    };
                    throw new TableGenFatalError(d);
                }

                handler(name, def);
            }
        }

        private void ResolveArgumentsOfMultiClass(List<KeyValuePair<Init, Init>> substs, MultiClass mc, List<ArgumentInit> args, Init defmName, SourceLocation loc)
        {
            substs.Add(new KeyValuePair<Init, Init>(QualifiedNameOfImplicitName(mc.Rec), defmName));
            ResolveArguments(mc.Rec, args, loc, (n, v) => substs.Add(new KeyValuePair<Init, Init>(n, v)));
        }

        // ---- Entries: records, loops, assertions ------------------------------------------------------------

        private void AddEntry(RecordsEntry e)
        {
            if (loops.Count > 0)
            {
                loops[loops.Count - 1].Entries.Add(e);
                return;
            }

            if (e.Loop is not null)
            {
                var stack = new List<KeyValuePair<Init, Init>>();
                Resolve(e.Loop, stack, curMultiClass is null, curMultiClass?.Entries, null);
                return;
            }

            if (curMultiClass is not null)
            {
                curMultiClass.Entries.Add(e);
                return;
            }

            if (e.Assertion is not null)
            {
                records.CheckAssert(e.Assertion.Loc, e.Assertion.Condition, e.Assertion.Message);
                return;
            }

            if (e.Dump is not null)
            {
                records.CheckDump(e.Dump.Loc, e.Dump.Message);
                return;
            }

            AddDefOne(e.Rec!);
        }

        private static MapResolver MakeResolver(List<KeyValuePair<Init, Init>> substs, Record? rec = null)
        {
            var r = new MapResolver(rec);
            foreach (var s in substs)
            {
                r.Set(s.Key, s.Value);
            }

            return r;
        }

        private void Resolve(ForeachLoop loop, List<KeyValuePair<Init, Init>> substs, bool final, List<RecordsEntry>? dest, SourceLocation? loc)
        {
            var r = MakeResolver(substs);
            var list = loop.ListValue.Resolve(r);
            if (list is TernOpInit ti && ti.Op == TernaryOp.If && final)
            {
                r.IsFinal = true;
                var lhs = ti.Lhs.Resolve(r);
                if (ReferenceEquals(lhs, ti.Lhs))
                {
                    throw Error(loop.Loc, "unable to resolve if condition '" + lhs.GetAsString() + "' at end of containing scope");
                }

                list = new TernOpInit(TernaryOp.If, lhs, ti.Mhs, ti.Rhs, ti.Type).Fold(null);
            }

            if (list is not ListInit li)
            {
                if (!final)
                {
                    var nl = new ForeachLoop(loop.Loc, loop.IterVar, list);
                    dest!.Add(new RecordsEntry { Loop = nl });
                    Resolve(loop.Entries, substs, final, nl.Entries, loc);
                    return;
                }

                throw Error(loop.Loc, "attempting to loop over '" + list.GetAsString() + "', expected a list");
            }

            foreach (var elt in li.Elements)
            {
                if (loop.IterVar is not null)
                {
                    substs.Add(new KeyValuePair<Init, Init>(loop.IterVar.NameInit, elt));
                }

                Resolve(loop.Entries, substs, final, dest, loc);
                if (loop.IterVar is not null)
                {
                    substs.RemoveAt(substs.Count - 1);
                }
            }
        }

        private void Resolve(List<RecordsEntry> source, List<KeyValuePair<Init, Init>> substs, bool final, List<RecordsEntry>? dest, SourceLocation? loc)
        {
            foreach (var e in source)
            {
                if (e.Loop is not null)
                {
                    Resolve(e.Loop, substs, final, dest, loc);
                }
                else if (e.Assertion is not null)
                {
                    var r = MakeResolver(substs);
                    var cond = e.Assertion.Condition.Resolve(r);
                    var msg = e.Assertion.Message.Resolve(r);
                    if (dest is not null)
                    {
                        dest.Add(new RecordsEntry { Assertion = new RecordAssertion(e.Assertion.Loc, cond, msg) });
                    }
                    else
                    {
                        records.CheckAssert(e.Assertion.Loc, cond, msg);
                    }
                }
                else if (e.Dump is not null)
                {
                    var r = MakeResolver(substs);
                    var msg = e.Dump.Message.Resolve(r);
                    if (dest is not null)
                    {
                        dest.Add(new RecordsEntry { Dump = new RecordAssertion(e.Dump.Loc, msg, msg) });
                    }
                    else
                    {
                        records.CheckDump(e.Dump.Loc, msg);
                    }
                }
                else
                {
                    var rec = new Record(e.Rec!);
                    if (loc is not null)
                    {
                        rec.AppendLoc(loc.Value);
                    }

                    var r = MakeResolver(substs, rec);
                    rec.ResolveReferences(r);
                    if (dest is not null)
                    {
                        dest.Add(new RecordsEntry { Rec = rec });
                    }
                    else
                    {
                        AddDefOne(rec);
                    }
                }
            }
        }

        private void AddDefOne(Record rec)
        {
            Init? newName = null;
            var prev = records.GetDef(rec.NameInit.GetAsUnquotedString());
            if (prev is not null)
            {
                if (!rec.IsAnonymous)
                {
                    var d = new TableGenDiagnostic(DiagnosticSeverity.Error, rec.Loc, "def already exists: " + rec.Name)
                    {
                        Notes = System.Collections.Immutable.ImmutableArray.Create(new TableGenDiagnostic(DiagnosticSeverity.Note, prev.Loc, "location of previous definition")),
                    };
                    throw new TableGenFatalError(d);
                }

                newName = records.NewAnonymousName();
            }

            rec.ResolveReferencesFinal(newName);
            CheckConcrete(rec);
            if (rec.NameInit is not StringInit)
            {
                throw Error(rec.Loc, "record name '" + rec.NameInit.GetAsString() + "' could not be fully resolved");
            }

            records.CheckAssertions(rec);
            records.CheckDumps(rec);
            foreach (var ds in defsets)
            {
                var di = rec.DefInit;
                if (!di.Type.TypeIsA(ds.EltTy))
                {
                    throw Error(rec.Loc, "adding record of incompatible type '" + di.Type + "' to defset");
                }

                ds.Elements.Add(di);
            }

            records.AddDef(rec);
        }

        private void CheckConcrete(Record r)
        {
            foreach (var rv in r.Values)
            {
                if (rv.IsNonconcreteOk)
                {
                    continue;
                }

                var v = rv.Value;
                bool ok = v is BitsInit bi ? CheckBitsConcrete(r, bi) : v.IsConcrete;
                if (!ok)
                {
                    records.Diagnostics.Add(new TableGenDiagnostic(DiagnosticSeverity.Error, r.Loc, "Initializer of '" + rv.Name + "' in '" + r.Name + "' could not be fully resolved: " + v.GetAsString()));
                }
            }
        }

        private static bool CheckBitsConcrete(Record r, BitsInit bv)
        {
            foreach (var bit in bv.Bits)
            {
                bool isRef = false;
                if (bit is VarBitInit vbi)
                {
                    if (vbi.BitVar is VarInit vi && r.GetValue(vi.NameInit) is not null)
                    {
                        isRef = true;
                    }
                }
                else if (bit is VarInit)
                {
                    isRef = true;
                }

                if (!(isRef || bit.IsConcrete))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
