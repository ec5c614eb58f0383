using System;
using System.Collections.Generic;
using MlirBuild.TableGen.Evaluation;
using MlirBuild.TableGen.Lexing;

namespace MlirBuild.TableGen.Parsing
{
    internal sealed partial class Parser
    {
        private void ParseClass()
        {
            lex.Lex();
            if (lex.Kind != TokenKind.Id)
            {
                throw TokError("expected class name after 'class' keyword");
            }

            var curRec = records.GetClass(lex.StrVal);
            if (curRec is not null)
            {
                if (curRec.Values.Count > 0 || curRec.SuperClasses.Count > 0 || curRec.TemplateArgs.Count > 0)
                {
                    throw TokError("Class '" + curRec.Name + "' already defined");
                }

                curRec.UpdateClassLoc(lex.Loc);
            }
            else
            {
                curRec = new Record(new StringInit(lex.StrVal), lex.Loc, records, RecordKind.Class);
                records.AddClass(curRec);
            }

            lex.Lex();
            var scope = PushScope(ScopeKind.Record);
            scope.CurRec = curRec;
            if (lex.Kind == TokenKind.Less)
            {
                ParseTemplateArgList(curRec);
            }

            ParseObjectBody(curRec);
            PopScope(scope);
        }

        private void ParseTemplateArgList(Record? curRec)
        {
            lex.Lex();
            var target = curRec ?? curMultiClass!.Rec;
            var arg = ParseDeclaration(curRec, true);
            target.AddTemplateArg(arg);
            while (Consume(TokenKind.Comma))
            {
                var loc = lex.Loc;
                arg = ParseDeclaration(curRec, true);
                if (target.TemplateArgs.Count > 0 && ContainsInit(target.TemplateArgs, arg))
                {
                    throw Error(loc, "template argument with the same name has already been defined");
                }

                target.AddTemplateArg(arg);
            }

            Expect(TokenKind.Greater, "expected '>' at end of template argument list");
        }

        private static bool ContainsInit(IReadOnlyList<Init> list, Init x)
        {
            foreach (var i in list)
            {
                if (i.Equals(x))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Declaration ::= FIELD? Type ID ('=' Value)?</summary>
        private Init ParseDeclaration(Record? curRec, bool parsingTemplateArgs)
        {
            bool hasField = Consume(TokenKind.Field);
            var type = ParseType();
            if (lex.Kind != TokenKind.Id)
            {
                throw TokError("Expected identifier in declaration");
            }

            var str = lex.StrVal;
            if (str == "NAME")
            {
                throw TokError("'" + str + "' is a reserved variable name");
            }

            if (!parsingTemplateArgs && curScope!.VarAlreadyDefined(str))
            {
                throw TokError("local variable of this name already exists");
            }

            var idLoc = lex.Loc;
            Init declName = new StringInit(str);
            lex.Lex();
            if (!parsingTemplateArgs)
            {
                AddValue(curRec!, idLoc, new RecordValue(declName, idLoc, type, hasField ? FieldKind.NonconcreteOk : FieldKind.Normal));
            }
            else if (curRec is not null)
            {
                declName = QualifyName(curRec, declName, ":");
                AddValue(curRec, idLoc, new RecordValue(declName, idLoc, type, FieldKind.TemplateArg));
            }
            else
            {
                declName = QualifyName(curMultiClass!.Rec, declName, "::");
                AddValue(curMultiClass.Rec, idLoc, new RecordValue(declName, idLoc, type, FieldKind.TemplateArg));
            }

            if (Consume(TokenKind.Equal))
            {
                var valLoc = lex.Loc;
                var val = ParseValue(curRec, type);
                SetValue(curRec ?? curMultiClass!.Rec, valLoc, declName, Array.Empty<int>(), val, false, false);
            }

            return declName;
        }

        private void ParseObjectBody(Record curRec)
        {
            var scope = PushScope(ScopeKind.Record);
            scope.CurRec = curRec;
            if (Consume(TokenKind.Colon))
            {
                var sub = ParseSubClassReference(curRec, false);
                while (true)
                {
                    AddSubClass(curRec, sub);
                    if (!Consume(TokenKind.Comma))
                    {
                        break;
                    }

                    sub = ParseSubClassReference(curRec, false);
                }
            }

            ApplyLetStack(curRec);
            ParseBody(curRec);
            PopScope(scope);
        }

        private void ParseBody(Record curRec)
        {
            if (Consume(TokenKind.Semi))
            {
                return;
            }

            if (!Consume(TokenKind.LBrace))
            {
                throw TokError("Expected '{' to start body or ';' for declaration only");
            }

            while (lex.Kind != TokenKind.RBrace)
            {
                if (lex.Kind == TokenKind.Eof)
                {
                    throw TokError("expected '}' at end of record body");
                }

                ParseBodyItem(curRec);
            }

            lex.Lex();
            if (lex.Kind == TokenKind.Semi)
            {
                records.Diagnostics.Add(new TableGenDiagnostic(DiagnosticSeverity.Error, lex.Loc, "A class or def body should not end with a semicolon"));
                lex.Lex();
            }
        }

        private void ParseBodyItem(Record curRec)
        {
            switch (lex.Kind)
            {
                case TokenKind.Assert:
                    ParseAssert(null, curRec);
                    return;
                case TokenKind.Defvar:
                    ParseDefvar(curRec);
                    return;
                case TokenKind.Dump:
                    ParseDump(null, curRec);
                    return;
                case TokenKind.Let:
                    break;
                default:
                    ParseDeclaration(curRec, false);
                    Expect(TokenKind.Semi, "expected ';' after declaration");
                    return;
            }

            if (lex.Lex() != TokenKind.Id)
            {
                throw TokError("expected field identifier after let");
            }

            var idLoc = lex.Loc;
            var fieldName = lex.StrVal;
            lex.Lex();
            var bitList = ParseOptionalBitList();
            Array.Reverse(bitList);
            Expect(TokenKind.Equal, "expected '=' in let expression");
            var field = curRec.GetValue(fieldName);
            if (field is null)
            {
                throw Error(idLoc, "Value '" + fieldName + "' unknown!");
            }

            var type = field.Type;
            if (bitList.Length > 0 && type is BitsRecTy)
            {
                type = BitsRecTy.Get(bitList.Length);
            }

            var val = ParseValue(curRec, type);
            Expect(TokenKind.Semi, "expected ';' after let expression");
            SetValue(curRec, idLoc, new StringInit(fieldName), bitList, val);
        }

        private void ApplyLetStack(Record rec)
        {
            foreach (var letInfo in letStack)
            {
                foreach (var lr in letInfo)
                {
                    SetValue(rec, lr.Loc, new StringInit(lr.Name), lr.Bits, lr.Value);
                }
            }
        }

        private void ApplyLetStack(RecordsEntry e)
        {
            if (e.Rec is not null)
            {
                ApplyLetStack(e.Rec);
                return;
            }

            if (e.Loop is not null)
            {
                foreach (var x in e.Loop.Entries)
                {
                    ApplyLetStack(x);
                }
            }
        }

        private Init ParseObjectName(MultiClass? mc)
        {
            switch (lex.Kind)
            {
                case TokenKind.Colon:
                case TokenKind.Semi:
                case TokenKind.LBrace:
                    return UnsetInit.Instance;
            }

            var curRec = mc?.Rec;
            var name = ParseValue(curRec, StringRecTy.Instance, ParseMode.Name);
            if (mc is not null)
            {
                var nameStr = QualifiedNameOfImplicitName(mc.Rec);
                var hr = new HasReferenceResolver(nameStr);
                name.Resolve(hr);
                if (!hr.Found)
                {
                    name = BinOpInit.StrConcat(new VarInit(nameStr, StringRecTy.Instance), name);
                }
            }

            return name;
        }

        private void ParseDef(MultiClass? mc)
        {
            var defLoc = lex.Loc;
            lex.Lex();
            var nameLoc = lex.Kind == TokenKind.Id ? lex.Loc : defLoc;
            var name = ParseObjectName(mc);
            Record curRec = name is UnsetInit
                ? new Record(records.NewAnonymousName(), defLoc, records, RecordKind.AnonymousDef)
                : new Record(name, nameLoc, records, RecordKind.Def);
            ParseObjectBody(curRec);
            AddEntry(new RecordsEntry { Rec = curRec });
        }

        private void ParseDefset()
        {
            lex.Lex();
            var loc = lex.Loc;
            var type = ParseType();
            if (type is not ListRecTy lt)
            {
                throw Error(loc, "expected list type");
            }

            if (lex.Kind != TokenKind.Id)
            {
                throw TokError("expected identifier");
            }

            var declName = lex.StrVal;
            if (records.GetGlobal(declName) is not null)
            {
                throw TokError("def or global variable of this name already exists");
            }

            if (lex.Lex() != TokenKind.Equal)
            {
                throw TokError("expected '='");
            }

            if (lex.Lex() != TokenKind.LBrace)
            {
                throw TokError("expected '{'");
            }

            lex.Lex();
            var ds = new DefsetRecord(loc, lt.ElementType);
            defsets.Add(ds);
            ParseObjectList(null);
            defsets.RemoveAt(defsets.Count - 1);
            Expect(TokenKind.RBrace, "expected '}' at end of defset");
            records.AddGlobal(declName, new ListInit(ds.Elements.ToArray(), ds.EltTy));
        }

        private void ParseDefvar(Record? curRec)
        {
            lex.Lex();
            if (lex.Kind != TokenKind.Id)
            {
                throw TokError("expected identifier");
            }

            var declName = lex.StrVal;
            if (curScope!.VarAlreadyDefined(declName))
            {
                throw TokError("local variable of this name already exists");
            }

            if (curRec is not null)
            {
                var v = curRec.GetValue(declName);
                if (v is not null && !v.IsTemplateArg)
                {
                    throw TokError("field of this name already exists");
                }
            }

            if (curScope.IsOutermost && records.GetGlobal(declName) is not null)
            {
                throw TokError("def or global variable of this name already exists");
            }

            lex.Lex();
            Expect(TokenKind.Equal, "expected '='");
            var value = ParseValue(curRec);
            Expect(TokenKind.Semi, "expected ';'");
            if (!curScope.IsOutermost)
            {
                curScope.AddVar(declName, value);
            }
            else
            {
                records.AddGlobal(declName, value);
            }
        }

        private void ParseForeach(MultiClass? mc)
        {
            var loc = lex.Loc;
            lex.Lex();
            var iterName = ParseForeachDeclaration(out var listValue);
            Expect(TokenKind.In, "Unknown tok");
            var loop = new ForeachLoop(loc, iterName, listValue);
            var scope = PushScope(ScopeKind.ForeachLoop);
            scope.Loop = loop;
            loops.Add(loop);
            if (lex.Kind != TokenKind.LBrace)
            {
                ParseObject(mc);
            }
            else
            {
                var braceLoc = lex.Loc;
                lex.Lex();
                ParseObjectList(mc);
                if (!Consume(TokenKind.RBrace))
                {
                    throw Error(braceLoc, "expected '}' at end of foreach command");
                }
            }

            PopScope(scope);
            loops.RemoveAt(loops.Count - 1);
            AddEntry(new RecordsEntry { Loop = loop });
        }

        private VarInit ParseForeachDeclaration(out Init listValue)
        {
            if (lex.Kind != TokenKind.Id)
            {
                throw TokError("Expected identifier in foreach declaration");
            }

            var declName = lex.StrVal;
            lex.Lex();
            Expect(TokenKind.Equal, "Expected '=' in foreach declaration");
            RecTy? iterType = null;
            var ranges = new List<int>();
            listValue = UnsetInit.Instance;
            if (lex.Kind == TokenKind.LBrace)
            {
                lex.Lex();
                ParseRangeList(ranges);
                Expect(TokenKind.RBrace, "expected '}' at end of bit range list");
            }
            else
            {
                var valueLoc = lex.Loc;
                var i = ParseValue(null);
                if (i is TypedInit ti && ti.Type is ListRecTy lt)
                {
                    listValue = i;
                    iterType = lt.ElementType;
                }
                else if (i is TypedInit ti2)
                {
                    ParseRangePiece(ranges, ti2);
                }
                else
                {
                    throw Error(valueLoc, "expected a list, got '" + i.GetAsString() + "'");
                }
            }

            if (ranges.Count > 0)
            {
                iterType = IntRecTy.Instance;
                var vals = new Init[ranges.Count];
                for (int k = 0; k < vals.Length; k++)
                {
                    vals[k] = new IntInit(ranges[k]);
                }

                listValue = new ListInit(vals, IntRecTy.Instance);
            }

            if (iterType is null)
            {
                throw TokError("expected declaration in for");
            }

            return new VarInit(declName, iterType);
        }

        private void ParseIf(MultiClass? mc)
        {
            var loc = lex.Loc;
            lex.Lex();
            var condition = ParseValue(null);
            Expect(TokenKind.Then, "Unknown tok");
            var empty = new ListInit(Array.Empty<Init>(), BitRecTy.Instance);
            var single = new ListInit(new Init[] { BitInit.True }, BitRecTy.Instance);
            var bitListTy = BitRecTy.Instance.ListOf;
            var thenList = new TernOpInit(TernaryOp.If, condition, single, empty, bitListTy).Fold(null);
            loops.Add(new ForeachLoop(loc, null, thenList));
            ParseIfBody(mc, "then");
            var loop = loops[loops.Count - 1];
            loops.RemoveAt(loops.Count - 1);
            AddEntry(new RecordsEntry { Loop = loop });
            if (Consume(TokenKind.ElseKw))
            {
                var elseList = new TernOpInit(TernaryOp.If, condition, empty, single, bitListTy).Fold(null);
                loops.Add(new ForeachLoop(loc, null, elseList));
                ParseIfBody(mc, "else");
                loop = loops[loops.Count - 1];
                loops.RemoveAt(loops.Count - 1);
                AddEntry(new RecordsEntry { Loop = loop });
            }
        }

        private void ParseIfBody(MultiClass? mc, string kind)
        {
            var scope = PushScope(ScopeKind.Local);
            if (lex.Kind != TokenKind.LBrace)
            {
                ParseObject(mc);
            }
            else
            {
                var braceLoc = lex.Loc;
                lex.Lex();
                ParseObjectList(mc);
                if (!Consume(TokenKind.RBrace))
                {
                    throw Error(braceLoc, "expected '}' at end of '" + kind + "' clause");
                }
            }

            PopScope(scope);
        }

        private void ParseAssert(MultiClass? mc, Record? curRec)
        {
            lex.Lex();
            var condLoc = lex.Loc;
            var condition = ParseValue(curRec);
            Expect(TokenKind.Comma, "expected ',' in assert statement");
            var message = ParseValue(curRec);
            Expect(TokenKind.Semi, "expected ';'");
            if (curRec is not null)
            {
                curRec.AddAssertion(condLoc, condition, message);
            }
            else
            {
                AddEntry(new RecordsEntry { Assertion = new RecordAssertion(condLoc, condition, message) });
            }
        }

        private void ParseDump(MultiClass? mc, Record? curRec)
        {
            lex.Lex();
            var loc = lex.Loc;
            var message = ParseValue(curRec);
            Expect(TokenKind.Semi, "expected ';'");
            if (curRec is not null)
            {
                curRec.Dumps.Add(new RecordAssertion(loc, message, message));
            }
            else
            {
                AddEntry(new RecordsEntry { Dump = new RecordAssertion(loc, message, message) });
            }
        }

        private void ParseLetList(List<LetRecord> result)
        {
            do
            {
                if (lex.Kind != TokenKind.Id)
                {
                    throw TokError("expected identifier in let definition");
                }

                var name = lex.StrVal;
                var nameLoc = lex.Loc;
                lex.Lex();
                var bits = ParseOptionalRangeList();
                Array.Reverse(bits);
                Expect(TokenKind.Equal, "expected '=' in let expression");
                var val = ParseValue(null);
                result.Add(new LetRecord(name, bits, val, nameLoc));
            }
            while (Consume(TokenKind.Comma));
        }

        private void ParseTopLevelLet(MultiClass? mc)
        {
            lex.Lex();
            var letInfo = new List<LetRecord>();
            ParseLetList(letInfo);
            letStack.Add(letInfo);
            Expect(TokenKind.In, "expected 'in' at end of top-level 'let'");
            if (lex.Kind != TokenKind.LBrace)
            {
                ParseObject(mc);
            }
            else
            {
                var braceLoc = lex.Loc;
                lex.Lex();
                var scope = PushScope(ScopeKind.Local);
                ParseObjectList(mc);
                if (!Consume(TokenKind.RBrace))
                {
                    throw Error(braceLoc, "expected '}' at end of top level let command");
                }

                PopScope(scope);
            }

            letStack.RemoveAt(letStack.Count - 1);
        }

        private void ParseMultiClass()
        {
            lex.Lex();
            if (lex.Kind != TokenKind.Id)
            {
                throw TokError("expected identifier after multiclass for name");
            }

            var name = lex.StrVal;
            if (multiClasses.ContainsKey(name))
            {
                throw TokError("multiclass '" + name + "' already defined");
            }

            var mc = new MultiClass(new Record(new StringInit(name), lex.Loc, records, RecordKind.MultiClass));
            multiClasses[name] = mc;
            curMultiClass = mc;
            lex.Lex();
            var scope = PushScope(ScopeKind.MultiClass);
            scope.MultiClass = mc;
            if (lex.Kind == TokenKind.Less)
            {
                ParseTemplateArgList(null);
            }

            bool inherits = false;
            if (Consume(TokenKind.Colon))
            {
                inherits = true;
                var sub = ParseSubMultiClassReference(mc);
                while (true)
                {
                    AddSubMultiClass(mc, sub);
                    if (!Consume(TokenKind.Comma))
                    {
                        break;
                    }

                    sub = ParseSubMultiClassReference(mc);
                }
            }

            if (lex.Kind != TokenKind.LBrace)
            {
                if (!inherits)
                {
                    throw TokError("expected '{' in multiclass definition");
                }

                Expect(TokenKind.Semi, "expected ';' in multiclass definition");
            }
            else
            {
                if (lex.Lex() == TokenKind.RBrace)
                {
                    throw TokError("multiclass must contain at least one def");
                }

                while (lex.Kind != TokenKind.RBrace)
                {
                    switch (lex.Kind)
                    {
                        case TokenKind.Assert:
                        case TokenKind.Def:
                        case TokenKind.Defm:
                        case TokenKind.Defvar:
                        case TokenKind.Dump:
                        case TokenKind.Foreach:
                        case TokenKind.If:
                        case TokenKind.Let:
                            ParseObject(mc);
                            break;
                        default:
                            throw TokError("expected 'assert', 'def', 'defm', 'defvar', 'dump', 'foreach', 'if', or 'let' in multiclass body");
                    }
                }

                lex.Lex();
                if (lex.Kind == TokenKind.Semi)
                {
                    records.Diagnostics.Add(new TableGenDiagnostic(DiagnosticSeverity.Error, lex.Loc, "A multiclass body should not end with a semicolon"));
                    lex.Lex();
                }
            }

            PopScope(scope);
            curMultiClass = null;
        }

        private SubClassReference ParseSubMultiClassReference(MultiClass curMc)
        {
            var result = new SubClassReference { Loc = lex.Loc };
            var mc = ParseMultiClassId();
            result.Rec = mc.Rec;
            if (!Consume(TokenKind.Less))
            {
                return result;
            }

            ParseTemplateArgValueList(result.TemplateArgs, curMc.Rec, mc.Rec, true);
            return result;
        }

        private void AddSubMultiClass(MultiClass curMc, SubClassReference sub)
        {
            var smc = multiClasses[sub.Rec!.Name];
            var substs = new List<KeyValuePair<Init, Init>>();
            ResolveArgumentsOfMultiClass(substs, smc, sub.TemplateArgs, new VarInit(QualifiedNameOfImplicitName(curMc.Rec), StringRecTy.Instance), sub.Loc);
            Resolve(smc.Entries, substs, false, curMc.Entries, null);
        }

        private MultiClass ParseMultiClassId()
        {
            if (lex.Kind != TokenKind.Id)
            {
                throw TokError("expected name for MultiClassID");
            }

            if (!multiClasses.TryGetValue(lex.StrVal, out var mc))
            {
                throw TokError("Couldn't find multiclass '" + lex.StrVal + "'");
            }

            lex.Lex();
            return mc;
        }

        private Record ParseClassId()
        {
            if (lex.Kind != TokenKind.Id)
            {
                throw TokError("expected name for ClassID");
            }

            var result = records.GetClass(lex.StrVal);
            if (result is null)
            {
                var msg = "Couldn't find class '" + lex.StrVal + "'";
                if (multiClasses.ContainsKey(lex.StrVal))
                {
                    msg += ". Use 'defm' if you meant to use multiclass '" + lex.StrVal + "'";
                }

                throw TokError(msg);
            }

            lex.Lex();
            return result;
        }

        private SubClassReference ParseSubClassReference(Record? curRec, bool isDefm)
        {
            var result = new SubClassReference { Loc = lex.Loc };
            result.Rec = isDefm ? ParseMultiClassId().Rec : ParseClassId();
            if (!Consume(TokenKind.Less))
            {
                return result;
            }

            ParseTemplateArgValueList(result.TemplateArgs, curRec, result.Rec, isDefm);
            CheckTemplateArgValues(result.TemplateArgs, result.Loc, result.Rec);
            return result;
        }

        private void ParseDefm(MultiClass? mc)
        {
            lex.Lex();
            var defmName = ParseObjectName(mc);
            if (defmName is UnsetInit)
            {
                defmName = records.NewAnonymousName();
                if (mc is not null)
                {
                    defmName = BinOpInit.StrConcat(new VarInit(QualifiedNameOfImplicitName(mc.Rec), StringRecTy.Instance), defmName);
                }
            }

            if (lex.Kind != TokenKind.Colon)
            {
                throw TokError("expected ':' after defm identifier");
            }

            var newEntries = new List<RecordsEntry>();
            bool inheritFromClass = false;
            lex.Lex();
            var subClassLoc = lex.Loc;
            var subRef = ParseSubClassReference(null, true);
            while (true)
            {
                var m = multiClasses[subRef.Rec!.Name];
                var substs = new List<KeyValuePair<Init, Init>>();
                ResolveArgumentsOfMultiClass(substs, m, subRef.TemplateArgs, defmName, subClassLoc);
                Resolve(m.Entries, substs, mc is null && loops.Count == 0, newEntries, subClassLoc);
                if (!Consume(TokenKind.Comma))
                {
                    break;
                }

                if (lex.Kind != TokenKind.Id)
                {
                    throw TokError("expected identifier");
                }

                subClassLoc = lex.Loc;
                inheritFromClass = records.GetClass(lex.StrVal) is not null;
                if (inheritFromClass)
                {
                    break;
                }

                subRef = ParseSubClassReference(null, true);
            }

            if (inheritFromClass)
            {
                var sub = ParseSubClassReference(null, false);
                while (true)
                {
                    foreach (var e in newEntries)
                    {
                        AddSubClass(e, sub);
                    }

                    if (!Consume(TokenKind.Comma))
                    {
                        break;
                    }

                    sub = ParseSubClassReference(null, false);
                }
            }

            foreach (var e in newEntries)
            {
                ApplyLetStack(e);
                AddEntry(e);
            }

            Expect(TokenKind.Semi, "expected ';' at end of defm");
        }
    }
}
