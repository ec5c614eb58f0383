using System.Reflection;
using MlirBuild.Ir;

namespace MlirBuild.Importers.Common;

/// <summary>Entry point of the library: picks the importer for a model path and runs it.</summary>
public static class ModelImporter
{
    private static readonly Lazy<IReadOnlyList<IModelImporter>> LazyImporters = new(Discover);

    public static IReadOnlyList<IModelImporter> Importers => LazyImporters.Value;

    /// <summary>Imports <paramref name="path"/> with the first importer that recognizes it.</summary>
    public static ImportResult Import(string path, ImportOptions? options = null, MlirContext? context = null)
    {
        options ??= new ImportOptions();
        context ??= new MlirContext(allowUnregisteredDialects: true);
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            return new ImportResult(null, [Diagnostic.Error(new FileLineColLoc(path, 0, 0), "model file or directory not found")]);
        }

        foreach (var importer in Importers)
        {
            if (importer.CanImport(path))
            {
                return importer.Import(path, options, context);
            }
        }

        return new ImportResult(null, [Diagnostic.Error(new FileLineColLoc(path, 0, 0),
            $"unrecognized model format; supported: {string.Join(", ", Importers.Select(i => i.FormatName))}")]);
    }

    private static IReadOnlyList<IModelImporter> Discover() =>
        typeof(ModelImporter).Assembly.GetTypes()
            .Where(t => typeof(IModelImporter).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false } && t.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (IModelImporter)Activator.CreateInstance(t)!)
            .ToList();
}
