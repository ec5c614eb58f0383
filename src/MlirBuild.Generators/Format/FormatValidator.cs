using System.Collections.Generic;
using System.Linq;
using MlirBuild.TableGen.Ods;

namespace MlirBuild.Generators.Format;

/// <summary>
/// Checks an op's declarative assembly format as mlir-tblgen would reject it: it must parse, and every
/// <c>$variable</c> must name an operand, attribute, property, result, region or successor of the op.
/// </summary>
public static class FormatValidator
{
    /// <summary>The problems with <paramref name="op"/>'s format (empty when it has none or it is valid).</summary>
    public static IReadOnlyList<string> Validate(OdsOperation op)
    {
        if (op.AssemblyFormat is null)
        {
            return System.Array.Empty<string>();
        }

        var parsed = FormatParser.Parse(op.AssemblyFormat);
        if (!parsed.Success)
        {
            return parsed.Errors.Select(e => "assembly format of '" + op.FullName + "': " + e.Message + " (at offset " + e.Offset + ")").ToList();
        }

        var names = new HashSet<string>(
            op.Operands.Select(o => o.Name)
                .Concat(op.Attributes.Select(a => a.Name))
                .Concat(op.Properties.Select(p => p.Name))
                .Concat(op.Results.Select(r => r.Name))
                .Concat(op.Regions.Select(r => r.Name))
                .Concat(op.Successors.Select(s => s.Name))
                .Where(n => n.Length != 0));
        var problems = new List<string>();
        foreach (var variable in Variables(parsed.Format!.Elements))
        {
            if (!names.Contains(variable))
            {
                problems.Add("assembly format of '" + op.FullName + "': '$" + variable + "' does not name an operand, attribute, result, region or successor");
            }
        }

        return problems;
    }

    /// <summary>Every variable name used anywhere in the elements, in order.</summary>
    public static IEnumerable<string> Variables(IEnumerable<FormatElement> elements)
    {
        foreach (var element in elements)
        {
            switch (element)
            {
                case VariableElement v:
                    yield return v.Name;
                    break;
                case WrapperDirective w:
                    foreach (var n in Variables(new[] { w.Argument }))
                    {
                        yield return n;
                    }

                    break;
                case FunctionalTypeDirective f:
                    foreach (var n in Variables(new[] { f.Inputs, f.Results }))
                    {
                        yield return n;
                    }

                    break;
                case CustomDirective c:
                    foreach (var n in Variables(c.Arguments))
                    {
                        yield return n;
                    }

                    break;
                case StructDirective s:
                    foreach (var n in Variables(s.Arguments))
                    {
                        yield return n;
                    }

                    break;
                case OptionalGroup g:
                    foreach (var n in Variables(g.Then.Concat(g.Else)))
                    {
                        yield return n;
                    }

                    break;
                case OIListDirective o:
                    foreach (var n in Variables(o.Clauses.SelectMany(c => c.Elements)))
                    {
                        yield return n;
                    }

                    break;
            }
        }
    }
}
