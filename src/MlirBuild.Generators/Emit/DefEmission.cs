using System;
using System.Collections.Generic;
using System.Linq;
using MlirBuild.TableGen.Ods;

namespace MlirBuild.Generators.Emit;

/// <summary>
/// Chooses which AttrDef/TypeDef/EnumAttr definitions get C# classes (those in the selected files or used by the
/// selected ops, of a dialect whose class is generated, that <see cref="DefPlan"/> can compile) and emits them.
/// </summary>
internal static class DefEmission
{
    public static Dictionary<string, List<DefPlan>> Plan(OdsModel model, IReadOnlyList<OdsOperation> ops, EnumNames enums, HashSet<string> typeNames, Func<OdsLocation, bool> selected)
    {
        var usedAttrs = new HashSet<string>(ops.SelectMany(o => o.Attributes).Select(a => a.Constraint.BaseDefName), StringComparer.Ordinal);
        var dialectsWithClass = new HashSet<string>(
            model.Dialects.Where(d => selected(d.Location) || ops.Any(o => o.DialectDefName == d.DefName)).Select(d => d.DefName),
            StringComparer.Ordinal);

        var candidates = new List<OdsAttrOrTypeDef>();
        foreach (var attr in model.EnumAttrs)
        {
            if ((selected(attr.Location) || usedAttrs.Contains(attr.DefName)) && enums.TryGet(attr.EnumDefName, out var info))
            {
                candidates.Add(DefPlan.FromEnumAttr(attr, info.Enum));
            }
        }

        candidates.AddRange(model.AttrOrTypeDefs.Where(d => selected(d.Location) || usedAttrs.Contains(d.DefName)));
        candidates = candidates.Where(d => dialectsWithClass.Contains(d.DialectDefName) && !string.IsNullOrEmpty(d.Mnemonic)).ToList();

        // Class names: the C++ class name, made unique in the namespace.
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var taken = new HashSet<string>(typeNames, StringComparer.Ordinal);
        foreach (var d in candidates)
        {
            var baseName = CSharpLiteral.Identifier(CSharpLiteral.Pascal(d.CppClassName.Length == 0 ? d.DefName : d.CppClassName));
            var name = baseName;
            for (var n = 1; !taken.Add(name); n++)
            {
                name = baseName + "_" + n;
            }

            names[d.DefName] = name;
        }

        // Plan until stable: a definition whose parameter names another definition that cannot be generated drops too.
        var plans = new List<DefPlan>();
        var remaining = candidates;
        while (true)
        {
            var registry = new DefClassNames();
            foreach (var d in remaining)
            {
                registry.Add(d.DefName, d.CppClassName, names[d.DefName], d.IsAttribute);
            }

            plans = new List<DefPlan>();
            foreach (var d in remaining)
            {
                var dialect = model.Dialects.First(x => x.DefName == d.DialectDefName);
                var plan = DefPlan.TryCreate(d, dialect.Name, CSharpEmitter.DialectClassName(dialect.Name), names[d.DefName], registry, enums);
                if (plan is not null)
                {
                    plans.Add(plan);
                }
            }

            if (plans.Count == remaining.Count)
            {
                break;
            }

            var kept = new HashSet<string>(plans.Select(p => p.Def.DefName), StringComparer.Ordinal);
            remaining = remaining.Where(d => kept.Contains(d.DefName)).ToList();
        }

        foreach (var plan in plans)
        {
            enums.Defs.Add(plan.Def.DefName, plan.Def.CppClassName, plan.ClassName, plan.Def.IsAttribute);
            typeNames.Add(plan.ClassName);
        }

        return plans.GroupBy(p => p.Def.DialectDefName).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
    }

    public static void EmitDialect(OdsDialect dialect, string className, Dictionary<string, List<DefPlan>> plans, string ns, List<GeneratedSource> sources, string prefix)
    {
        if (!plans.TryGetValue(dialect.DefName, out var list) || list.Count == 0)
        {
            return;
        }

        foreach (var plan in list)
        {
            sources.Add(new GeneratedSource(prefix + "." + plan.ClassName + ".g.cs", AttrDefEmitter.Emit(plan, ns)));
        }

        sources.Add(new GeneratedSource(prefix + "." + className + ".Symbols.g.cs", DialectDirectiveHooks.Emit(className, ns, list)));
    }
}
