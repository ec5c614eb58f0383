using System;
using System.Collections.Generic;
using System.Linq;
using MlirBuild.TableGen.Ods;

namespace MlirBuild.Generators.Emit;

/// <summary>
/// Turns an <see cref="OdsModel"/> into C# sources: one file per op, per enum and per dialect, plus the shared
/// support class. Used by the incremental generator and by <c>mlirbuild tblgen --gen-csharp</c> alike.
/// </summary>
public static class CSharpEmitter
{
    public static CSharpEmitResult Emit(CSharpEmitRequest request)
    {
        var model = request.Model;
        var diagnostics = new List<OdsDiagnostic>(model.Diagnostics);
        var sources = new List<GeneratedSource>();
        var files = new HashSet<string>(request.EmitFiles, StringComparer.Ordinal);
        bool Selected(OdsLocation location) => files.Count == 0 || files.Contains(location.File);

        var prefix = request.Namespace;
        var enums = new EnumNames();
        var typeNames = new HashSet<string>(StringComparer.Ordinal);
        var ops = model.Operations.Where(o => Selected(o.Location)).ToList();

        // Enums: those defined in the selected files and those the selected ops use.
        var usedEnums = new HashSet<string>(ops.SelectMany(o => o.Attributes).Select(a => a.Constraint.EnumDefName).Where(n => n is not null).Select(n => n!));
        foreach (var e in model.Enums)
        {
            if ((Selected(e.Location) || usedEnums.Contains(e.DefName)) && e.Cases.Count > 0)
            {
                var name = Unique(CSharpLiteral.Identifier(EnumEmitter.SafeSymbol(e.ClassName.Length == 0 ? e.DefName : e.ClassName)), typeNames);
                enums.Add(e, name);
            }
        }

        foreach (var entry in enums.All.OrderBy(e => e.TypeName, StringComparer.Ordinal))
        {
            sources.Add(new GeneratedSource(prefix + "." + entry.TypeName + ".g.cs", EnumEmitter.Emit(entry, request.Namespace)));
        }

        // Attribute and type definitions first: op accessors return their classes.
        var defPlans = DefEmission.Plan(model, ops, enums, typeNames, Selected);

        var opClassesByDialect = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var directives = new Dictionary<string, CustomDirectiveRegistry>(StringComparer.Ordinal);
        foreach (var op in ops)
        {
            var layout = new OpLayout(op, model, enums);
            var problem = layout.LayoutProblem();
            if (problem is not null)
            {
                diagnostics.Add(new OdsDiagnostic(DiagnosticIds.UnsupportedLayout, true, problem, op.Location));
                continue;
            }

            foreach (var formatProblem in Format.FormatValidator.Validate(op))
            {
                diagnostics.Add(new OdsDiagnostic(DiagnosticIds.FormatError, true, formatProblem, op.Location));
            }

            if (!typeNames.Add(layout.ClassName))
            {
                diagnostics.Add(new OdsDiagnostic(DiagnosticIds.DuplicateClass, true, "op class '" + layout.ClassName + "' (" + op.FullName + ") is generated twice in namespace " + request.Namespace, op.Location));
                continue;
            }

            var dialect = model.Dialects.FirstOrDefault(d => d.DefName == op.DialectDefName);
            var dialectClass = DialectClassName(dialect?.Name ?? op.DialectName);
            if (!directives.TryGetValue(op.DialectDefName, out var registry))
            {
                directives[op.DialectDefName] = registry = new CustomDirectiveRegistry(CSharpLiteral.Pascal(dialect?.Name.Length > 0 ? dialect.Name : op.DialectName.Length > 0 ? op.DialectName : "builtin") + "CustomDirectives");
            }

            var format = OpFormatEmitter.Emit(layout, model, enums, registry, request.Namespace);
            sources.Add(new GeneratedSource(prefix + "." + layout.ClassName + ".g.cs", OpEmitter.Emit(layout, request.Namespace, dialectClass, format is not null && format.Compiled)));
            if (format is not null)
            {
                sources.Add(new GeneratedSource(prefix + "." + layout.ClassName + ".Format.g.cs", format.Source));
            }
            if (!opClassesByDialect.TryGetValue(op.DialectDefName, out var list))
            {
                opClassesByDialect[op.DialectDefName] = list = new List<string>();
            }

            list.Add(layout.ClassName);
        }

        foreach (var dialect in model.Dialects)
        {
            var hasOps = opClassesByDialect.TryGetValue(dialect.DefName, out var opClasses);
            if (!hasOps && !Selected(dialect.Location))
            {
                continue;
            }

            var className = DialectClassName(dialect.Name);
            if (!typeNames.Add(className))
            {
                diagnostics.Add(new OdsDiagnostic(DiagnosticIds.DuplicateClass, true, "dialect class '" + className + "' is generated twice in namespace " + request.Namespace, dialect.Location));
                continue;
            }

            sources.Add(new GeneratedSource(prefix + "." + className + ".g.cs", DialectEmitter.Emit(dialect, className, opClasses ?? new List<string>(), request.Namespace)));
            DefEmission.EmitDialect(dialect, className, defPlans, request.Namespace, sources, prefix);
        }

        foreach (var dialect in model.Dialects)
        {
            if (directives.TryGetValue(dialect.DefName, out var registry) && registry.Emit(request.Namespace, dialect.Name) is { } text)
            {
                if (!typeNames.Add(registry.ClassName))
                {
                    diagnostics.Add(new OdsDiagnostic(DiagnosticIds.DuplicateClass, true, "custom directive class '" + registry.ClassName + "' is generated twice in namespace " + request.Namespace, dialect.Location));
                    continue;
                }

                sources.Add(new GeneratedSource(prefix + "." + registry.ClassName + ".g.cs", text));
            }
        }

        return new CSharpEmitResult(sources.ToImmutableEquatableArray(), diagnostics.ToImmutableEquatableArray());
    }

    public static string DialectClassName(string dialectName) => CSharpLiteral.Pascal(dialectName.Length == 0 ? "builtin" : dialectName) + "Dialect";

    private static string Unique(string name, HashSet<string> used)
    {
        var candidate = name;
        var n = 1;
        while (!used.Add(candidate))
        {
            candidate = name + "_" + n++;
        }

        return candidate;
    }
}
