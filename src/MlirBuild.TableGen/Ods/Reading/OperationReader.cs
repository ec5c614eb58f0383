using System;
using System.Collections.Generic;
using System.Linq;
using static MlirBuild.TableGen.Ods.Reading.RecordAccess;

namespace MlirBuild.TableGen.Ods.Reading;

/// <summary>Reads one <c>Op</c> record into an <see cref="OdsOperation"/>, following ODS's <c>Operator</c> rules.</summary>
internal sealed class OperationReader
{
    private readonly Record? _inferTypeInterface;
    private readonly List<OdsDiagnostic> _diagnostics;

    public OperationReader(Record? inferTypeInterface, List<OdsDiagnostic> diagnostics)
    {
        _inferTypeInterface = inferTypeInterface;
        _diagnostics = diagnostics;
    }

    public OdsOperation? Read(Record def)
    {
        var location = Location(def);
        var dialect = Def(def, "opDialect");
        if (dialect is null)
        {
            Error(location, "op '" + def.Name + "' has no dialect");
            return null;
        }

        // The first '_' separates a dialect prefix from the class name; a leading '_' belongs to the name.
        var name = def.Name;
        var underscore = name.IndexOf('_');
        var cppClassName = underscore < 0 ? name
            : underscore == 0 ? name
            : underscore == name.Length - 1 ? name.Substring(0, underscore)
            : name.Substring(underscore + 1);

        var operands = new List<OdsNamedValue>();
        var attributes = new List<OdsNamedAttribute>();
        var properties = new List<OdsNamedProperty>();
        var arguments = new List<OdsArgument>();
        var argumentIndex = new Dictionary<string, int>(StringComparer.Ordinal);

        var args = Dag(def, "arguments");
        if (args is not null)
        {
            for (var i = 0; i < args.Count; i++)
            {
                var argName = args.ArgNames[i] ?? string.Empty;
                if (args.Args[i] is not DefInit argInit)
                {
                    Error(location, "undefined type for argument #" + i + " of op '" + def.Name + "'");
                    return null;
                }

                var argDef = argInit.Def;
                if (IsSubClassOf(argDef, "OpVariable") && Def(argDef, "constraint") is { } constraint)
                {
                    argDef = constraint;
                }

                if (IsSubClassOf(argDef, "TypeConstraint"))
                {
                    arguments.Add(new OdsArgument(OdsArgumentKind.Operand, operands.Count, argName));
                    operands.Add(new OdsNamedValue(argName, ConstraintReader.ReadType(argDef)));
                }
                else if (IsSubClassOf(argDef, "Attr"))
                {
                    if (argName.Length == 0)
                    {
                        Error(location, "attributes must be named (op '" + def.Name + "', argument #" + i + ")");
                        return null;
                    }

                    arguments.Add(new OdsArgument(OdsArgumentKind.Attribute, attributes.Count, argName));
                    attributes.Add(new OdsNamedAttribute(argName, ConstraintReader.ReadAttribute(argDef, isDerived: false)));
                }
                else if (IsSubClassOf(argDef, "Property"))
                {
                    arguments.Add(new OdsArgument(OdsArgumentKind.Property, properties.Count, argName));
                    properties.Add(ReadProperty(argName, argDef));
                }
                else
                {
                    Error(location, "unexpected def type for argument #" + i + " of op '" + def.Name + "'; only defs deriving from TypeConstraint, Attr or Property are allowed");
                    return null;
                }

                if (argName.Length != 0)
                {
                    argumentIndex[argName] = i;
                }
            }
        }

        // Derived attributes are fields of the op whose value is a DerivedAttr.
        foreach (var field in def.Values)
        {
            if (field.Value is DefInit fieldDef && IsSubClassOf(fieldDef.Def, "DerivedAttr"))
            {
                attributes.Add(new OdsNamedAttribute(field.Name, ConstraintReader.ReadAttribute(fieldDef.Def, isDerived: true)));
            }
        }

        var results = new List<OdsNamedValue>();
        var resultsDag = Dag(def, "results");
        if (resultsDag is not null)
        {
            for (var i = 0; i < resultsDag.Count; i++)
            {
                if (resultsDag.Args[i] is not DefInit resultInit)
                {
                    Error(location, "undefined type for result #" + i + " of op '" + def.Name + "'");
                    return null;
                }

                var resultName = resultsDag.ArgNames[i] ?? string.Empty;
                results.Add(new OdsNamedValue(resultName, ConstraintReader.ReadType(resultInit.Def)));
                if (resultName.Length != 0)
                {
                    argumentIndex[resultName] = -1 - i;
                }
            }
        }

        var regions = new List<OdsRegion>();
        var regionsDag = Dag(def, "regions");
        if (regionsDag is not null)
        {
            for (var i = 0; i < regionsDag.Count; i++)
            {
                if (regionsDag.Args[i] is DefInit regionInit)
                {
                    var region = regionInit.Def;
                    regions.Add(new OdsRegion(
                        regionsDag.ArgNames[i] ?? string.Empty,
                        ConstraintReader.Summary(region),
                        IsSubClassOf(region, "VariadicRegion"),
                        IsSubClassOf(region, "SizedRegion")));
                }
            }
        }

        var successors = new List<OdsSuccessor>();
        var successorsDag = Dag(def, "successors");
        if (successorsDag is not null)
        {
            for (var i = 0; i < successorsDag.Count; i++)
            {
                if (successorsDag.Args[i] is DefInit successorInit)
                {
                    var successor = successorInit.Def;
                    successors.Add(new OdsSuccessor(
                        successorsDag.ArgNames[i] ?? string.Empty,
                        ConstraintReader.Summary(successor),
                        IsSubClassOf(successor, "VariadicSuccessor")));
                }
            }
        }

        var traitRecords = TraitReader.ReadAll(def);
        var traits = traitRecords.Select(t => t.Trait).ToList();
        var (known, sources) = InferResultTypes(traitRecords, operands, arguments, results, argumentIndex);
        if (known && _inferTypeInterface is not null)
        {
            traits.Add(TraitReader.Read(_inferTypeInterface));
        }

        var builders = ListOfDefs(def, "builders").Select(b => new OdsBuilder(Dag(b, "dagParams")?.GetAsString() ?? string.Empty));

        return new OdsOperation(
            def.Name,
            dialect.Name,
            StringOrEmpty(dialect, "name"),
            StringOrEmpty(def, "opName"),
            cppClassName,
            StringOrEmpty(def, "cppNamespace"),
            StringOrEmpty(def, "summary"),
            StringOrEmpty(def, "description"),
            arguments.ToImmutableEquatableArray(),
            operands.ToImmutableEquatableArray(),
            attributes.ToImmutableEquatableArray(),
            properties.ToImmutableEquatableArray(),
            results.ToImmutableEquatableArray(),
            regions.ToImmutableEquatableArray(),
            successors.ToImmutableEquatableArray(),
            traits.ToImmutableEquatableArray(),
            String(def, "assemblyFormat"),
            Bit(def, "hasCustomAssemblyFormat"),
            Bit(def, "hasVerifier"),
            Bit(def, "hasRegionVerifier"),
            Bit(def, "hasFolder"),
            Bit(def, "hasCanonicalizer") || Bit(def, "hasCanonicalizeMethod"),
            Bit(def, "skipDefaultBuilders"),
            builders.ToImmutableEquatableArray(),
            known,
            sources.ToImmutableEquatableArray(),
            location);
    }

    private static OdsNamedProperty ReadProperty(string name, Record def)
    {
        var defaultValue = String(def, "defaultValue");
        return new OdsNamedProperty(
            name,
            def.Name,
            ConstraintReader.Summary(def),
            StringOrEmpty(def, "interfaceType"),
            string.IsNullOrEmpty(defaultValue) ? null : defaultValue,
            IsSubClassOf(def, "OptionalProp"));
    }

    /// <summary>
    /// ODS infers result types (and then attaches InferTypeOpInterface) for ops without variadic results when
    /// SameOperandsAndResultType has a fixed operand to copy from, or when AllTypesMatch ties every result to an
    /// argument or the result type is buildable. Returns, per result, the argument index to copy the type from
    /// or -1 for "build from the constraint".
    /// </summary>
    private (bool Known, List<int> Sources) InferResultTypes(
        List<(Record Record, OdsTrait Trait)> traits,
        List<OdsNamedValue> operands,
        List<OdsArgument> arguments,
        List<OdsNamedValue> results,
        Dictionary<string, int> index)
    {
        var none = (false, new List<int>());
        if (_inferTypeInterface is null || results.Count == 0 || results.Any(r => r.Constraint.IsVariableLength))
        {
            return none;
        }

        if (traits.Any(t => t.Trait.QualifiedName == "::mlir::OpTrait::SameOperandsAndResultType"))
        {
            var anchor = arguments.FindIndex(a => a.Kind == OdsArgumentKind.Operand && !operands[a.Index].Constraint.IsVariableLength);
            return anchor < 0 ? none : (true, Enumerable.Repeat(anchor, results.Count).ToList());
        }

        var sets = new DisjointSets();
        var transformed = new Dictionary<int, int>();
        foreach (var (record, trait) in traits)
        {
            if (trait.Kind == OdsTraitKind.Interface && ReferenceEquals(record, _inferTypeInterface))
            {
                return none;
            }

            // TypesMatchWith<lhs, rhs, transformer> lets a result's type be computed from an argument's.
            if (IsSubClassOf(record, "TypesMatchWith"))
            {
                var lhs = RecordAccess.String(record, "lhs");
                var rhs = RecordAccess.String(record, "rhs");
                if (lhs is not null && rhs is not null && index.TryGetValue(rhs, out var target) && target < 0
                    && index.TryGetValue(lhs, out var from) && from >= 0)
                {
                    transformed[-1 - target] = from;
                }

                continue;
            }

            if (!IsSubClassOf(record, "AllTypesMatch") || trait.Values.Count == 0)
            {
                continue;
            }

            var root = Lookup(index, trait.Values[0]);
            foreach (var value in trait.Values)
            {
                sets.Union(Lookup(index, value), root);
            }
        }

        var sources = new List<int>();
        for (var i = 0; i < results.Count; i++)
        {
            var resultKey = -1 - i;
            sets.Add(resultKey);
            var found = -2;
            foreach (var member in sets.Members(resultKey))
            {
                if (member < 0)
                {
                    if (results[-1 - member].Constraint.BuilderCall is not null && found == -2)
                    {
                        found = -1;
                    }
                    else if (transformed.ContainsKey(-1 - member) && found == -2)
                    {
                        // The type comes from an argument through a C++ transformer the C# side cannot run.
                        found = -3;
                    }

                    continue;
                }

                if (found < 0)
                {
                    found = member;
                }
            }

            if (found == -2)
            {
                return none;
            }

            sources.Add(found);
        }

        return (true, sources);
    }

    // Like a string map lookup in C++, an unknown name maps to 0.
    private static int Lookup(Dictionary<string, int> index, string name) => index.TryGetValue(name, out var i) ? i : 0;

    private void Error(OdsLocation location, string message) =>
        _diagnostics.Add(new OdsDiagnostic("MLIRB0201", true, message, location));

    /// <summary>A tiny union-find over argument (>= 0) and result (&lt; 0) indices.</summary>
    private sealed class DisjointSets
    {
        private readonly Dictionary<int, int> _parent = new Dictionary<int, int>();

        public void Add(int x)
        {
            if (!_parent.ContainsKey(x))
            {
                _parent[x] = x;
            }
        }

        public int Find(int x)
        {
            Add(x);
            while (_parent[x] != x)
            {
                _parent[x] = _parent[_parent[x]];
                x = _parent[x];
            }

            return x;
        }

        public void Union(int a, int b)
        {
            var ra = Find(a);
            var rb = Find(b);
            if (ra != rb)
            {
                _parent[ra] = rb;
            }
        }

        public IEnumerable<int> Members(int x)
        {
            var root = Find(x);
            return _parent.Keys.Where(k => Find(k) == root).OrderBy(k => k).ToList();
        }
    }
}
