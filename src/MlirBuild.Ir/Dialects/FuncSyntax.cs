namespace MlirBuild.Ir;

/// <summary>Custom syntax of the func dialect ops (as MLIR 22 prints and parses them).</summary>
internal static class FuncSyntax
{
    private static readonly string[] FuncElided = { "sym_name", "sym_visibility", "function_type", "arg_attrs", "res_attrs" };

    public static void PrintFunc(Operation op, OpAsmPrinter p)
    {
        p.Write(" ");
        if (op.GetAttr("sym_visibility") is StringAttr vis)
        {
            p.Write(vis.Value).Write(" ");
        }

        p.PrintSymbolName((op.GetAttr("sym_name") as StringAttr)?.Value ?? string.Empty);
        var type = (op.GetAttr("function_type") as TypeAttr)?.Value as FunctionType ?? new FunctionType(Array.Empty<MlirType>(), Array.Empty<MlirType>());
        var argAttrs = op.GetAttr("arg_attrs") as ArrayAttr;
        var resAttrs = op.GetAttr("res_attrs") as ArrayAttr;
        var body = op.Regions.Count > 0 ? op.Regions[0] : null;
        bool external = body is null || body.IsEmpty;
        p.Write("(");
        for (int i = 0; i < type.Inputs.Count; i++)
        {
            if (i > 0)
            {
                p.Write(", ");
            }

            var attrs = argAttrs is not null && i < argAttrs.Elements.Count ? argAttrs.Elements[i] as DictionaryAttr : null;
            if (!external && body!.EntryBlock!.Arguments.Count > i)
            {
                p.PrintRegionArgument(body.EntryBlock.Arguments[i], attrs);
            }
            else
            {
                p.PrintType(type.Inputs[i]);
                if (attrs is not null)
                {
                    p.PrintOptionalAttrDict(attrs.Entries);
                }
            }
        }

        p.Write(")");
        if (type.Results.Count > 0)
        {
            p.Write(" -> ");
            bool parens = type.Results.Count > 1 || type.Results[0] is FunctionType
                || (resAttrs is not null && resAttrs.Elements.Count > 0 && resAttrs.Elements[0] is DictionaryAttr { Count: > 0 });
            if (parens)
            {
                p.Write("(");
            }

            for (int i = 0; i < type.Results.Count; i++)
            {
                if (i > 0)
                {
                    p.Write(", ");
                }

                p.PrintType(type.Results[i]);
                if (resAttrs is not null && i < resAttrs.Elements.Count && resAttrs.Elements[i] is DictionaryAttr d)
                {
                    p.PrintOptionalAttrDict(d.Entries);
                }
            }

            if (parens)
            {
                p.Write(")");
            }
        }

        p.PrintOptionalAttrDict(AllAttributes(op), FuncElided, withKeyword: true);
        if (!external)
        {
            p.Write(" ");
            p.PrintRegion(body!, printEntryBlockArgs: false, printBlockTerminators: true);
        }
    }

    /// <summary>Inherent and discardable attributes merged in name order (MLIR's getAttrs()).</summary>
    internal static List<NamedAttribute> AllAttributes(Operation op)
    {
        var all = new List<NamedAttribute>();
        if (op.Properties is not null)
        {
            all.AddRange(op.Properties.Entries);
        }

        all.AddRange(op.Attributes.Entries);
        all.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        return all;
    }

    public static bool ParseFunc(OpAsmParser p, OperationState result)
    {
        foreach (var vis in new[] { "private", "public", "nested" })
        {
            if (p.TryParseKeyword(vis))
            {
                result.AddAttribute("sym_visibility", new StringAttr(vis));
                break;
            }
        }

        var name = p.ParseSymbolName();
        if (name is null || !p.ParsePunct("("))
        {
            return false;
        }

        result.AddAttribute("sym_name", new StringAttr(name));
        var args = new List<RegionArgument>();
        var inputs = new List<MlirType>();
        var argAttrs = new List<DictionaryAttr>();
        if (!p.TryParsePunct(")"))
        {
            do
            {
                var arg = p.TryParseArgument();
                if (arg is not null)
                {
                    args.Add(arg);
                    inputs.Add(arg.Type);
                    argAttrs.Add(arg.Attributes ?? DictionaryAttr.Empty);
                    continue;
                }

                if (args.Count > 0)
                {
                    p.EmitError("expected SSA identifier");
                    return false;
                }

                var t = p.ParseType();
                if (t is null)
                {
                    return false;
                }

                var attrs = new List<NamedAttribute>();
                if (!p.ParseOptionalAttrDict(attrs))
                {
                    return false;
                }

                inputs.Add(t);
                argAttrs.Add(new DictionaryAttr(attrs));
            }
            while (p.TryParsePunct(","));
            if (!p.ParsePunct(")"))
            {
                return false;
            }
        }

        var results = new List<MlirType>();
        var resAttrs = new List<DictionaryAttr>();
        if (p.TryParsePunct("->"))
        {
            if (p.TryParsePunct("("))
            {
                if (!p.TryParsePunct(")"))
                {
                    do
                    {
                        var t = p.ParseType();
                        var attrs = new List<NamedAttribute>();
                        if (t is null || !p.ParseOptionalAttrDict(attrs))
                        {
                            return false;
                        }

                        results.Add(t);
                        resAttrs.Add(new DictionaryAttr(attrs));
                    }
                    while (p.TryParsePunct(","));
                    if (!p.ParsePunct(")"))
                    {
                        return false;
                    }
                }
            }
            else
            {
                var t = p.ParseType();
                if (t is null)
                {
                    return false;
                }

                results.Add(t);
                resAttrs.Add(DictionaryAttr.Empty);
            }
        }

        result.AddAttribute("function_type", new TypeAttr(new FunctionType(inputs.ToArray(), results.ToArray())));
        if (argAttrs.Exists(d => d.Count > 0))
        {
            result.AddAttribute("arg_attrs", new ArrayAttr(argAttrs.ToArray<MlirAttribute>()));
        }

        if (resAttrs.Exists(d => d.Count > 0))
        {
            result.AddAttribute("res_attrs", new ArrayAttr(resAttrs.ToArray<MlirAttribute>()));
        }

        if (!p.ParseOptionalAttrDictWithKeyword(result.Attributes))
        {
            return false;
        }

        var body = result.AddRegion();
        if (p.PeekPunct("{"))
        {
            if (args.Count != inputs.Count)
            {
                p.EmitError("expected named arguments for a function with a body");
                return false;
            }

            if (!p.ParseRegion(body, args))
            {
                return false;
            }
        }

        return true;
    }

    public static void PrintReturn(Operation op, OpAsmPrinter p)
    {
        p.PrintOptionalAttrDict(op.Attributes.Entries);
        if (op.NumOperands > 0)
        {
            p.Write(" ");
            p.PrintOperands(op.Operands);
            p.Write(" : ");
            p.Writer.WriteList(op.Operands, (w, v) => w.Write(v.Type));
        }
    }

    public static bool ParseReturn(OpAsmParser p, OperationState result)
    {
        if (!p.ParseOptionalAttrDict(result.Attributes))
        {
            return false;
        }

        var operands = new List<UnresolvedOperand>();
        if (!p.ParseOperandList(operands))
        {
            return false;
        }

        var types = new List<MlirType>();
        if (operands.Count > 0 && (!p.ParsePunct(":") || !p.ParseTypeList(types)))
        {
            return false;
        }

        return p.ResolveOperands(operands, types, result.Operands);
    }

    public static void PrintCall(Operation op, OpAsmPrinter p)
    {
        p.Write(" ");
        if (op.GetAttr("callee") is { } callee)
        {
            p.PrintAttribute(callee);
        }

        p.Write("(");
        p.PrintOperands(op.Operands);
        p.Write(")");
        p.PrintOptionalAttrDict(AllAttributes(op), new[] { "callee" });
        p.Write(" : ");
        p.PrintFunctionalType(op);
    }

    public static bool ParseCall(OpAsmParser p, OperationState result)
    {
        var callee = p.ParseAttribute();
        if (callee is null)
        {
            return false;
        }

        if (callee is not SymbolRefAttr)
        {
            p.EmitError("expected symbol reference attribute");
            return false;
        }

        result.AddAttribute("callee", callee);
        return ParseCallTail(p, result, null);
    }

    private static bool ParseCallTail(OpAsmParser p, OperationState result, UnresolvedOperand? leading)
    {
        var operands = new List<UnresolvedOperand>();
        if (!p.ParsePunct("(") || !p.ParseOperandList(operands) || !p.ParsePunct(")"))
        {
            return false;
        }

        if (!p.ParseOptionalAttrDict(result.Attributes) || !p.ParsePunct(":"))
        {
            return false;
        }

        var loc = p.CurrentLocation;
        if (p.ParseType() is not FunctionType ft)
        {
            p.EmitError(loc, "expected function type");
            return false;
        }

        var all = new List<UnresolvedOperand>();
        var types = new List<MlirType>();
        if (leading is not null)
        {
            all.Add(leading.Value);
            types.Add(ft);
        }

        all.AddRange(operands);
        types.AddRange(ft.Inputs);
        result.ResultTypes.AddRange(ft.Results);
        return p.ResolveOperands(all, types, result.Operands);
    }

    public static void PrintCallIndirect(Operation op, OpAsmPrinter p)
    {
        p.Write(" ");
        p.PrintOperand(op.GetOperand(0));
        p.Write("(");
        p.PrintOperands(op.Operands.Skip(1));
        p.Write(")");
        p.PrintOptionalAttrDict(AllAttributes(op));
        p.Write(" : ");
        p.PrintType(op.GetOperand(0).Type);
    }

    public static bool ParseCallIndirect(OpAsmParser p, OperationState result)
    {
        var callee = p.ParseOperand();
        return callee is not null && ParseCallTail(p, result, callee);
    }

    public static void PrintConstant(Operation op, OpAsmPrinter p)
    {
        p.PrintOptionalAttrDict(op.Attributes.Entries);
        p.Write(" ");
        if (op.GetAttr("value") is { } v)
        {
            p.PrintAttribute(v);
        }

        p.Write(" : ");
        if (op.NumResults > 0)
        {
            p.PrintType(op.GetResult(0).Type);
        }
    }

    public static bool ParseConstant(OpAsmParser p, OperationState result)
    {
        if (!p.ParseOptionalAttrDict(result.Attributes))
        {
            return false;
        }

        var value = p.ParseAttribute();
        if (value is null || !p.ParsePunct(":"))
        {
            return false;
        }

        var t = p.ParseType();
        if (t is null)
        {
            return false;
        }

        result.AddAttribute("value", value);
        result.ResultTypes.Add(t);
        return true;
    }
}
