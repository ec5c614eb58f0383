using MlirBuild.Tests.Common;

namespace MlirBuild.Importers.Tests.Tensorflow;

/// <summary>
/// protoc from the Grpc.Tools package the build already restores: an independent text-format encoder to check our
/// parser against. Resolved from the NuGet package folder; a missing binary fails the test that needs it.
/// </summary>
internal static class ProtocOracle
{
    public static string ProtoRoot => Path.Combine(RepoPaths.Root, "src", "MlirBuild.Importers", "Protos");

    public static string Protoc
    {
        get
        {
            string packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } p
                ? p : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
            string arch = System.Runtime.InteropServices.RuntimeInformation.OSArchitecture == System.Runtime.InteropServices.Architecture.Arm64 ? "linux_arm64" : "linux_x64";
            var dir = Path.Combine(packages, "grpc.tools");
            var version = Directory.Exists(dir) ? Directory.GetDirectories(dir).Order(StringComparer.Ordinal).LastOrDefault() : null;
            return version is null ? Path.Combine(dir, "missing", "protoc") : Path.Combine(version, "tools", arch, "protoc");
        }
    }

    /// <summary>Encodes text format of <paramref name="messageType"/> to binary with protoc.</summary>
    public static byte[] Encode(string text, string messageType, string protoFile)
    {
        string input = Path.GetTempFileName();
        string output = Path.GetTempFileName();
        try
        {
            File.WriteAllText(input, text);
            var r = ExternalTool.Run("/bin/sh", ["-c", $"'{Protoc}' -I'{ProtoRoot}' --encode={messageType} {protoFile} < '{input}' > '{output}'"]);
            Assert.True(r.ExitCode == 0, r.StdErr);
            return File.ReadAllBytes(output);
        }
        finally
        {
            File.Delete(input);
            File.Delete(output);
        }
    }
}
