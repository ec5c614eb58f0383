using MlirBuild.TableGen.Ods;

namespace MlirBuild.Generators.Emit;

/// <summary>One generated C# file: the hint name (file name) and its text.</summary>
public sealed record GeneratedSource(string HintName, string Text);

/// <summary>What to generate: the model, the C# namespace, and which .td files' definitions to emit (empty: all).</summary>
public sealed record CSharpEmitRequest(OdsModel Model, string Namespace, ImmutableEquatableArray<string> EmitFiles);

/// <summary>The generated files and the problems found (reported against .td locations).</summary>
public sealed record CSharpEmitResult(ImmutableEquatableArray<GeneratedSource> Sources, ImmutableEquatableArray<OdsDiagnostic> Diagnostics);
