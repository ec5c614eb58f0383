using System.Collections.Generic;

namespace MlirBuild.Generators.Emit;

/// <summary>Hands out unique C# member names within one generated class (ODS names can clash with our own members).</summary>
internal sealed class MemberNames
{
    private readonly HashSet<string> _used = new HashSet<string>
    {
        "Operation", "OperationName", "Location", "TryAs", "As", "Create", "CreateDefinition", "VerifyOds",
        "VerifyCustom", "OperandSizes", "ResultSizes", "ToString", "Equals", "GetHashCode", "GetType",
        "OperandVariable", "ResultVariable", "MemberwiseClone", "Finalize", "ParseAssembly", "PrintAssembly",
        "CanPrintAssembly", "InferResultTypes", "ParseCustomAssembly", "PrintCustomAssembly", "ParseCustomAssemblyHook",
        "PrintCustomAssemblyHook", "CustomAssemblyImplemented", "ProbeCustomAssembly",
    };

    public MemberNames(string className) => _used.Add(className);

    /// <summary>A unique PascalCase name derived from <paramref name="odsName"/>.</summary>
    public string Claim(string odsName)
    {
        var baseName = CSharpLiteral.Pascal(odsName);
        var name = baseName;
        var n = 1;
        while (!_used.Add(name))
        {
            name = baseName + "_" + n++;
        }

        return name;
    }
}

/// <summary>Unique camelCase parameter names for one method.</summary>
internal sealed class ParameterNames
{
    private readonly HashSet<string> _used = new HashSet<string> { "location", "context", "state" };

    public string Claim(string odsName)
    {
        var baseName = CSharpLiteral.Camel(odsName);
        var name = baseName;
        var n = 1;
        while (!_used.Add(name))
        {
            name = baseName + n++;
        }

        return name;
    }
}
