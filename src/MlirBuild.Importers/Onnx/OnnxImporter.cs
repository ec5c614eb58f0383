using MlirBuild.Importers.Onnx.Proto;
using MlirBuild.Ir;
using MlirBuild.Ir.Verification;

namespace MlirBuild.Importers.Onnx;

/// <summary>Options for <see cref="OnnxImporter"/>.</summary>
public sealed record OnnxImportOptions
{
    /// <summary>Context the ops are created in (registered ops get their properties); null uses a fresh context that allows unregistered dialects.</summary>
    public MlirContext? Context { get; init; }

    /// <summary>Name of the function holding the main graph.</summary>
    public string FunctionName { get; init; } = "main";

    /// <summary>Shape overrides per graph input name (-1 keeps a dimension dynamic); they replace the declared shape.</summary>
    public IReadOnlyDictionary<string, long[]> InputShapes { get; init; } = new Dictionary<string, long[]>();
}

/// <summary>The imported module (null when any error was reported) and everything reported along the way.</summary>
public sealed record OnnxImportResult(Operation? Module, IReadOnlyList<OnnxProblem> Problems)
{
    public bool Succeeded => Module is not null;

    /// <summary>The problems as IR diagnostics, located at the model file.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => [.. Problems.Select(ToDiagnostic)];

    public static Diagnostic ToDiagnostic(OnnxProblem p) => new(
        p.IsError ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
        new FileLineColLoc(p.File, 0, 0),
        p.Where.Length == 0 ? p.Message : p.Where + ": " + p.Message);
}

/// <summary>
/// Imports an ONNX ModelProto into MLIR: a module holding <c>func.func @main</c> whose body is the main graph as
/// <c>onnx.&lt;OpType&gt;</c> operations (domain-qualified outside the default domain, e.g.
/// <c>onnx.ai.onnx.preview.training.Adam</c>). Module attributes record the opset per domain and model metadata;
/// the function records the graph's input and output names.
/// </summary>
public static class OnnxImporter
{
    public const string OpsetImportAttr = "onnx.opset_import";
    public const string InputNamesAttr = "onnx.input_names";
    public const string OutputNamesAttr = "onnx.output_names";

    public static OnnxImportResult Import(string path, OnnxImportOptions? options = null)
    {
        var report = new OnnxReport(path);
        var model = OnnxProtoReader.ParseFile(path, ModelProto.Parser, report);
        var baseDirectory = Path.GetDirectoryName(Path.GetFullPath(path));
        return model is null ? new OnnxImportResult(null, report.Problems) : Import(model, baseDirectory, report, options ?? new());
    }

    /// <summary>Imports a model held in memory; external data is resolved against <paramref name="baseDirectory"/> (null forbids it).</summary>
    public static OnnxImportResult Import(byte[] bytes, string fileNameForMessages, string? baseDirectory, OnnxImportOptions? options = null)
    {
        var report = new OnnxReport(fileNameForMessages);
        var model = OnnxProtoReader.ParseBytes(bytes, ModelProto.Parser, report);
        return model is null ? new OnnxImportResult(null, report.Problems) : Import(model, baseDirectory, report, options ?? new());
    }

    private static OnnxImportResult Import(ModelProto model, string? baseDirectory, OnnxReport report, OnnxImportOptions options)
    {
        OnnxInputShapes.Apply(model, options.InputShapes, report);
        var module = report.HasErrors ? null : Build(model, baseDirectory, report, options);
        if (module is not null && !report.HasErrors)
        {
            // The importer hands out only valid IR: a verifier error here is an importer bug, reported as such.
            foreach (var d in Verifier.Verify(module).Where(d => d.IsError))
            {
                report.Error("", $"internal error: imported module does not verify: {d}");
            }
        }

        return new OnnxImportResult(report.HasErrors ? null : module, report.Problems);
    }

    private static Operation? Build(ModelProto model, string? baseDirectory, OnnxReport report, OnnxImportOptions options)
    {
        if (model.Graph is null)
        {
            report.Error("", "model has no graph");
            return null;
        }

        var graph = model.Graph;
        var graphWhere = graph.Name.Length > 0 ? $"graph '{graph.Name}'" : "graph";
        if (model.TrainingInfo.Count > 0)
        {
            report.Warning(graphWhere, $"{model.TrainingInfo.Count} training_info entries are not imported");
        }

        var context = options.Context ?? new MlirContext(allowUnregisteredDialects: true);
        var moduleState = new OperationState(BuiltinDialect.ModuleOpName, new FileLineColLoc(report.File, 0, 0), context);
        foreach (var attr in ModelAttributes(model, report))
        {
            moduleState.Attributes.Add(attr);
        }

        var moduleBlock = moduleState.AddRegion().AddBlock();

        var initializers = new HashSet<string>(graph.Initializer.Select(i => i.Name), StringComparer.Ordinal);
        var funcState = new OperationState(FuncDialect.FuncOpName, new NameLoc(graph.Name.Length > 0 ? graph.Name : options.FunctionName), context);
        var body = funcState.AddRegion().AddBlock();
        var emitter = new OnnxGraphEmitter(context, new OnnxAttributeMapper(baseDirectory, report), report);
        var scope = new OnnxScope(null);
        var outputs = emitter.EmitGraph(graph, body, scope, graphWhere, "", input => !initializers.Contains(input.Name));
        if (outputs is null)
        {
            return null;
        }

        var ret = new OperationState(FuncDialect.ReturnOpName, new NameLoc(graph.Name.Length > 0 ? graph.Name : options.FunctionName), context);
        ret.Operands.AddRange(outputs);
        body.Append(Operation.Create(ret));

        var inputNames = graph.Input.Where(i => !initializers.Contains(i.Name)).Select(i => i.Name);
        var functionType = new FunctionType(body.Arguments.Select(a => a.Type).ToArray(), outputs.Select(o => o.Type).ToArray());
        funcState.AddAttribute("sym_name", new StringAttr(options.FunctionName));
        funcState.AddAttribute("function_type", new TypeAttr(functionType));
        funcState.AddAttribute(InputNamesAttr, Strings(inputNames));
        funcState.AddAttribute(OutputNamesAttr, Strings(graph.Output.Select(o => o.Name)));
        moduleBlock.Append(Operation.Create(funcState));
        return Operation.Create(moduleState);
    }

    private static IEnumerable<NamedAttribute> ModelAttributes(ModelProto model, OnnxReport report)
    {
        var opsets = new List<NamedAttribute>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var opset in model.OpsetImport)
        {
            var domain = OnnxNames.IsDefaultDomain(opset.Domain) ? "ai.onnx" : opset.Domain;
            if (!seen.Add(domain))
            {
                report.Error("", $"opset_import lists domain '{domain}' twice");
                continue;
            }

            opsets.Add(new NamedAttribute(domain, IntegerAttr.I64(opset.Version)));
        }

        yield return new NamedAttribute(OpsetImportAttr, new DictionaryAttr(opsets));
        yield return new NamedAttribute("onnx.ir_version", IntegerAttr.I64(model.IrVersion));
        if (model.ProducerName.Length > 0)
        {
            yield return new NamedAttribute("onnx.producer_name", new StringAttr(model.ProducerName));
        }

        if (model.ProducerVersion.Length > 0)
        {
            yield return new NamedAttribute("onnx.producer_version", new StringAttr(model.ProducerVersion));
        }

        if (model.Domain.Length > 0)
        {
            yield return new NamedAttribute("onnx.domain", new StringAttr(model.Domain));
        }

        if (model.HasModelVersion)
        {
            yield return new NamedAttribute("onnx.model_version", IntegerAttr.I64(model.ModelVersion));
        }

        if (model.MetadataProps.Count > 0)
        {
            var entries = model.MetadataProps.Where(p => p.Key.Length > 0).GroupBy(p => p.Key, StringComparer.Ordinal)
                .Select(g => new NamedAttribute(g.Key, new StringAttr(g.Last().Value)));
            yield return new NamedAttribute("onnx.metadata_props", new DictionaryAttr(entries));
        }
    }

    private static ArrayAttr Strings(IEnumerable<string> values) =>
        new(values.Select(v => (MlirAttribute)new StringAttr(v)).ToArray());
}
