namespace MlirBuild.Generators;

/// <summary>
/// Diagnostic IDs of the generator and <c>tblgen --gen-csharp</c> (documented in docs/diagnostics.md).
/// MLIRB01xx: TableGen input; MLIRB02xx: ODS reading; MLIRB03xx: C# generation.
/// </summary>
public static class DiagnosticIds
{
    /// <summary>A TableGen parse or evaluation error.</summary>
    public const string TableGenError = "MLIRB0101";

    /// <summary>An include could not be resolved among the AdditionalFiles.</summary>
    public const string IncludeNotFound = "MLIRB0102";

    /// <summary>An op or definition ODS cannot read.</summary>
    public const string OdsError = "MLIRB0201";

    /// <summary>Several variable-length groups without AttrSized*Segments or SameVariadic*Size.</summary>
    public const string UnsupportedLayout = "MLIRB0301";

    /// <summary>Two definitions map to the same C# class name in one namespace.</summary>
    public const string DuplicateClass = "MLIRB0302";

    /// <summary>An assembly format that cannot be compiled (the op keeps the generic form).</summary>
    public const string FormatError = "MLIRB0303";
}
