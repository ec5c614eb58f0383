using System.Buffers.Binary;
using MlirBuild.Importers.Common;
using MlirBuild.Importers.Tensorflow;
using MlirBuild.Ir;

namespace MlirBuild.Importers.Tests.Tensorflow;

/// <summary>Acceptance: the Keras training fixture (text and binary) and the two SavedModels.</summary>
public sealed class TrainingAndSavedModelTests
{
    private static List<Operation> Ops(Operation module) =>
        module.Regions[0].Blocks[0].Operations.ToList();

    private static Operation Func(Operation module, string name) =>
        Ops(module).Single(o => o.Name == "func.func" && ((StringAttr)o.GetAttr("sym_name")!).Value == name);

    [Fact]
    public void TrainingFixtureImportsAsTextAndAsBinaryToTheSameModule()
    {
        string pb = Path.Combine(Path.GetTempPath(), $"tfimport-keras-{Guid.NewGuid():N}.pb");
        try
        {
            Assert.Empty(TfGraphConverter.TextToBinary(TextFormatTests.FixturePath, pb));
            var fromText = ImportHelpers.ImportOk(TextFormatTests.FixturePath);
            var fromBinary = ImportHelpers.ImportOk(pb);
            string text = ImportHelpers.Generic(fromText);
            Assert.Equal(text, ImportHelpers.Generic(fromBinary));
            foreach (var op in new[] { "tf.VarHandleOp", "tf.ReadVariableOp", "tf.AssignVariableOp", "tf.Conv2D", "tf.SquaredDifference", "tf.Conv2DBackpropFilter", "tf.ResourceApplyAdam", "tf.AssignAddVariableOp" })
            {
                Assert.Contains($"\"{op}\"", text);
            }

            ImportHelpers.MlirOptRoundTrip(text);
        }
        finally
        {
            File.Delete(pb);
        }
    }

    [Fact]
    public void TrainingFixtureKeepsUpdateAfterGradientAndInfersShapes()
    {
        var main = Func(ImportHelpers.ImportOk(TextFormatTests.FixturePath), "main");
        var ops = main.Regions[0].Blocks[0].Operations.ToList();
        int Index(string node) => ops.FindIndex(o => o.Location is NameLoc n && n.Name == node);
        int grad = Index("training/Adam/gradients/gradients/conv2d/Conv2D_grad/Conv2DBackpropFilter");
        int apply = Index("training/Adam/Adam/update_conv2d/kernel/ResourceApplyAdam");
        int iterUpdate = Index("training/Adam/Adam/AssignAddVariableOp");
        Assert.True(grad >= 0 && grad < apply && apply < iterUpdate);

        // VALID 2x2 stride-2 convolution of ?x32x32x3 with a 2x2x3x1 kernel gives ?x16x16x1.
        Assert.Equal("tensor<?x16x16x1xf32>", ops[Index("conv2d/Conv2D")].Results[0].Type.ToString());
        Assert.Equal("tensor<2x2x3x1xf32>", ops[Index("training/Adam/gradients/gradients/conv2d/Conv2D_grad/Conv2DBackpropFilter")].Results[0].Type.ToString());
    }

    [Theory]
    [InlineData("saved_model_half_plus_two_cpu")]
    [InlineData("saved_model_half_plus_two_tf2_cpu")]
    public void SavedModelImportsEachFloatSignatureWithVariableValues(string name)
    {
        var module = ImportHelpers.ImportOk(ImportHelpers.SavedModel(name));
        var text = ImportHelpers.Generic(module);
        ImportHelpers.MlirOptRoundTrip(text);
        var publicFuncs = Ops(module).Where(o => o.Name == "func.func" && o.GetAttr("sym_visibility") is null)
            .Select(o => ((StringAttr)o.GetAttr("sym_name")!).Value).ToList();
        Assert.Contains("serving_default", publicFuncs);
        Assert.Contains("regress_x2_to_y3", publicFuncs);
        Assert.DoesNotContain("regress_x_to_y", publicFuncs); // takes serialized tf.Example strings

        float Global(string variable)
        {
            var op = Ops(module).Single(o => o.Name == "tf_saved_model.global_tensor" && ((StringAttr)o.GetAttr("sym_name")!).Value == variable);
            var value = (DenseElementsAttr)op.GetAttr("value")!;
            return BinaryPrimitives.ReadSingleLittleEndian(value.Raw.Span);
        }

        // y = a * x + b with a = 0.5, b = 2, read from the checkpoint bundle.
        Assert.Equal(0.5f, Global("a"));
        Assert.Equal(2f, Global("b"));
    }

    [Fact]
    public void SavedModelSignatureCanBeChosen()
    {
        var module = ImportHelpers.ImportOk(ImportHelpers.SavedModel("saved_model_half_plus_two_tf2_cpu"), new ImportOptions { Signature = "serving_default" });
        var funcs = Ops(module).Where(o => o.Name == "func.func" && o.GetAttr("sym_visibility") is null).ToList();
        Assert.Single(funcs);
        Assert.Contains("tf.StatefulPartitionedCall", ImportHelpers.Generic(module));

        var missing = ImportHelpers.Import(ImportHelpers.SavedModel("saved_model_half_plus_two_tf2_cpu"), new ImportOptions { Signature = "nope" });
        Assert.False(missing.Succeeded);
        Assert.Contains(missing.Diagnostics, d => d.Message.Contains("no signature 'nope'") && d.Message.Contains("serving_default"));
    }
}
