namespace MlirBuild.Generators.Emit;

/// <summary>
/// The runtime helpers of generated assembly-format parsers and printers (<c>MlirBuild.Generated.OdsFormatSupport</c>),
/// emitted once per compilation next to <see cref="SupportEmitter"/>'s class.
/// </summary>
internal static class FormatSupportEmitter
{
    public const string ClassName = "global::MlirBuild.Generated.OdsFormatSupport";

    public const string Text = @"
namespace MlirBuild.Generated
{
    using global::System.Collections.Generic;
    using global::MlirBuild.Ir;

    /// <summary>Helpers shared by the parsers and printers compiled from ODS assembly formats.</summary>
    internal static class OdsFormatSupport
    {
        /// <summary>Thrown by <see cref=""Probe{T}""/> to find out, once, whether an optional partial hook is implemented.</summary>
        internal sealed class ProbeException : global::System.Exception
        {
        }

        /// <summary>
        /// Used as the first argument of a call to an optional partial method: when the method has no implementation
        /// the compiler removes the call with its arguments, so reaching this means the method exists. It throws so
        /// the hook itself never runs.
        /// </summary>
        public static T Probe<T>() => throw new ProbeException();

        /// <summary>A variable to pass by reference in probe calls.</summary>
        internal static class Slot<T>
        {
            public static T Value = default!;
        }

        /// <summary>The op's attributes as <c>attr-dict</c> prints them: inherent and discardable ones, sorted by name.</summary>
        public static void PrintAttrDict(OpAsmPrinter printer, Operation op, IReadOnlyCollection<string> elided, bool withKeyword)
        {
            if (op.Properties is not { Count: > 0 } props)
            {
                printer.PrintOptionalAttrDict(op.Attributes.Entries, elided, withKeyword);
                return;
            }

            var all = new List<NamedAttribute>(props.Entries);
            all.AddRange(op.Attributes.Entries);
            all.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
            printer.PrintOptionalAttrDict(all, elided, withKeyword);
        }

        /// <summary>Whether <paramref name=""attributes""/> has an entry named <paramref name=""name""/>.</summary>
        public static bool HasAttribute(List<NamedAttribute> attributes, string name)
        {
            foreach (var a in attributes)
            {
                if (a.Name == name)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The types of <paramref name=""values""/>.</summary>
        public static IReadOnlyList<MlirType> TypesOf(IReadOnlyList<Value> values)
        {
            var types = new MlirType[values.Count];
            for (int i = 0; i < types.Length; i++)
            {
                types[i] = values[i].Type;
            }

            return types;
        }

        public static IReadOnlyList<MlirType> TypesOf(Value? value) => value is null ? global::System.Array.Empty<MlirType>() : new[] { value.Type };

        public static IReadOnlyList<MlirType> TypesOf(IReadOnlyList<OpResult> values)
        {
            var types = new MlirType[values.Count];
            for (int i = 0; i < types.Length; i++)
            {
                types[i] = values[i].Type;
            }

            return types;
        }

        public static IReadOnlyList<Value> Values(Value? value) => value is null ? global::System.Array.Empty<Value>() : new[] { value };

        /// <summary>Concatenates lists (operands or types of several groups).</summary>
        public static List<T> Concat<T>(params IReadOnlyList<T>[] lists)
        {
            var all = new List<T>();
            foreach (var list in lists)
            {
                all.AddRange(list);
            }

            return all;
        }

        /// <summary>Parses <c>(inputs) -&gt; results</c> into the two lists (MLIR's <c>functional-type</c> directive).</summary>
        public static bool ParseFunctionalType(OpAsmParser parser, List<MlirType> inputs, List<MlirType> results)
        {
            var location = parser.CurrentLocation;
            var type = parser.ParseType();
            if (type is null)
            {
                return false;
            }

            if (type is not FunctionType function)
            {
                parser.EmitError(location, ""invalid kind of type specified: expected builtin.function, but found '"" + type + ""'"");
                return false;
            }

            inputs.AddRange(function.Inputs);
            results.AddRange(function.Results);
            return true;
        }

        /// <summary>Parses the text of a dialect attribute (the canonical spelling of an enum case) in the parser's context.</summary>
        public static MlirAttribute? ParseAttributeText(OpAsmParser parser, LocationAttr location, string text)
        {
            var diagnostics = new DiagnosticBag();
            var attribute = MlirParser.ParseAttribute(text, parser.Context, diagnostics);
            if (attribute is null)
            {
                parser.EmitError(location, ""invalid attribute '"" + text + ""'"");
            }

            return attribute;
        }

        /// <summary>Binds operands to types: one type per operand, or one type for all of them.</summary>
        public static bool Resolve(OpAsmParser parser, IReadOnlyList<UnresolvedOperand> operands, IReadOnlyList<MlirType> types, List<Value> into)
        {
            if (types.Count == 1 && operands.Count != 1)
            {
                var same = new MlirType[operands.Count];
                for (int i = 0; i < same.Length; i++)
                {
                    same[i] = types[0];
                }

                return parser.ResolveOperands(operands, same, into);
            }

            return parser.ResolveOperands(operands, types, into);
        }

        /// <summary>The first type of a list whose type another element is inferred from; reports an error when there is none.</summary>
        public static IReadOnlyList<MlirType>? Single(OpAsmParser parser, IReadOnlyList<MlirType> types, string what)
        {
            if (types.Count == 0)
            {
                parser.EmitError(""cannot infer the type of '"" + what + ""'"");
                return null;
            }

            return types.Count == 1 ? types : new[] { types[0] };
        }

        /// <summary>TypesMatchWith's <c>getI1SameShape</c>: i1 with the shape of the (first) source type.</summary>
        public static IReadOnlyList<MlirType>? I1SameShape(OpAsmParser parser, IReadOnlyList<MlirType> types, string what)
        {
            var source = Single(parser, types, what);
            if (source is null)
            {
                return null;
            }

            MlirType result = source[0] switch
            {
                RankedTensorType r => new RankedTensorType(r.Dims, IntegerType.I1, r.Encoding),
                UnrankedTensorType => new UnrankedTensorType(IntegerType.I1),
                VectorType v => new VectorType(v.Dims, IntegerType.I1, v.ScalableDims),
                _ => IntegerType.I1,
            };
            return new[] { result };
        }

        /// <summary>TypesMatchWith's <c>getElementTypeOrSelf</c>.</summary>
        public static IReadOnlyList<MlirType>? ElementTypeOrSelf(OpAsmParser parser, IReadOnlyList<MlirType> types, string what)
        {
            var source = Single(parser, types, what);
            return source is null ? null : new[] { source[0] is ShapedType s ? s.ElementType : source[0] };
        }

        /// <summary>The type of a typed attribute as a one-element list; reports an error when it has none.</summary>
        public static IReadOnlyList<MlirType>? TypeOfAttribute(OpAsmParser parser, MlirAttribute? attribute, string what)
        {
            var type = attribute switch
            {
                IntegerAttr i => i.Type,
                FloatAttr f => f.Type,
                DenseElementsAttr d => d.Type,
                StringAttr { Type: { } t } => t,
                _ => null,
            };
            if (type is null)
            {
                parser.EmitError(""cannot infer the type of '"" + what + ""' from its attribute"");
                return null;
            }

            return new[] { type };
        }

        /// <summary>Whether an attribute is an integer, float or bool of exactly <paramref name=""type""/>.</summary>
        public static bool HasScalarType(MlirAttribute? attribute, MlirType type) => attribute switch
        {
            IntegerAttr i => i.Type == type,
            FloatAttr f => f.Type == type,
            BoolAttr => type == IntegerType.I1,
            StringAttr { Type: null } => type is NoneType,
            _ => false,
        };

        /// <summary>Whether a dense array attribute has <paramref name=""elementType""/> elements.</summary>
        public static bool IsDenseArrayOf(MlirAttribute? attribute, MlirType elementType) =>
            attribute is DenseArrayAttr d && d.ElementType == elementType;

        /// <summary>Adds an entry block to each empty region (ops with the SingleBlock trait).</summary>
        public static void EnsureBlock(IEnumerable<Region> regions)
        {
            foreach (var region in regions)
            {
                if (region.IsEmpty)
                {
                    region.AddBlock();
                }
            }
        }

        /// <summary>Prints regions separated by <c>"", ""</c>.</summary>
        public static void PrintRegions(OpAsmPrinter printer, IReadOnlyList<Region> regions)
        {
            for (int i = 0; i < regions.Count; i++)
            {
                if (i > 0)
                {
                    printer.Write("", "");
                }

                printer.PrintRegion(regions[i]);
            }
        }

        /// <summary>Prints successors separated by <c>"", ""</c>.</summary>
        public static void PrintSuccessors(OpAsmPrinter printer, IReadOnlyList<Block> blocks)
        {
            for (int i = 0; i < blocks.Count; i++)
            {
                if (i > 0)
                {
                    printer.Write("", "");
                }

                printer.PrintSuccessor(blocks[i]);
            }
        }

        /// <summary>Parses a possibly empty comma-separated region list (a variadic region).</summary>
        public static bool ParseRegionList(OpAsmParser parser, List<Region> into)
        {
            if (!parser.PeekPunct(""{""))
            {
                return true;
            }

            do
            {
                var region = new Region();
                if (!parser.ParseRegion(region))
                {
                    return false;
                }

                into.Add(region);
            }
            while (parser.TryParsePunct("",""));
            return true;
        }

        /// <summary>Parses a possibly empty comma-separated successor list.</summary>
        public static bool ParseSuccessorList(OpAsmParser parser, List<Block> into)
        {
            var first = parser.TryParseSuccessor();
            if (first is null)
            {
                return true;
            }

            into.Add(first);
            while (parser.TryParsePunct("",""))
            {
                var next = parser.ParseSuccessor();
                if (next is null)
                {
                    return false;
                }

                into.Add(next);
            }

            return true;
        }

        /// <summary>Reports the located error for a custom directive whose hand-written hook is missing or failed.</summary>
        public static bool DirectiveFailed(OpAsmParser parser, LocationAttr location, CustomDirectiveStatus status, string name)
        {
            if (status == CustomDirectiveStatus.NotImplemented)
            {
                parser.EmitError(location, ""custom directive '"" + name + ""' is not implemented"");
            }
            else if (status == CustomDirectiveStatus.Absent)
            {
                parser.EmitError(location, ""expected custom directive '"" + name + ""'"");
            }

            return false;
        }
    }
}
";
}
