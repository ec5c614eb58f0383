namespace MlirBuild.TableGen.Ods;

/// <summary>A <c>Dialect</c> definition: its name (the op prefix) and C++ namespace.</summary>
public sealed record OdsDialect(
    string DefName,
    string Name,
    string CppNamespace,
    string Summary,
    string Description,
    bool UsePropertiesForAttributes,
    OdsLocation Location);
