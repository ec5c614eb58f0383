using MlirBuild.Importers.Onnx.Proto;

namespace MlirBuild.Importers.Onnx;

/// <summary>Applies user shape overrides to the main graph's inputs before import (`--input-shape NAME=DIMS`).</summary>
internal static class OnnxInputShapes
{
    public static void Apply(ModelProto model, IReadOnlyDictionary<string, long[]> shapes, OnnxReport report)
    {
        if (shapes.Count == 0 || model.Graph is null)
        {
            return;
        }

        foreach (var (name, dims) in shapes.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var input = model.Graph.Input.FirstOrDefault(i => i.Name == name);
            if (input is null)
            {
                report.Error($"input shape override '{name}'", "the graph has no input of this name");
                continue;
            }

            if (input.Type?.TensorType is not { } tensor)
            {
                report.Error($"input shape override '{name}'", "only tensor inputs have a shape");
                continue;
            }

            var shape = new TensorShapeProto();
            foreach (var d in dims)
            {
                shape.Dim.Add(d < 0 ? new TensorShapeProto.Types.Dimension { DimParam = "?" } : new TensorShapeProto.Types.Dimension { DimValue = d });
            }

            tensor.Shape = shape;
        }
    }
}
