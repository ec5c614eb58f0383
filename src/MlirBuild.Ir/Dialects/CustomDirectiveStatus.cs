namespace MlirBuild.Ir;

/// <summary>
/// What a hand-written <c>custom&lt;Name&gt;</c> directive hook reports to the code the ODS generator emits
/// (docs/ods-generator.md, "Custom directives"). The default value means the hook is not implemented: generated
/// parsers then report a located error naming the directive, and generated printers fall back to the generic form.
/// </summary>
public enum CustomDirectiveStatus
{
    /// <summary>No hand-written hook ran (the partial method has no implementation).</summary>
    NotImplemented = 0,

    /// <summary>The directive was parsed (or printed).</summary>
    Success,

    /// <summary>Parsing failed; the hook has already reported a located error.</summary>
    Failure,

    /// <summary>
    /// The directive's syntax is not present; nothing was consumed. Only meaningful when the directive is the first
    /// element of an optional group (the group is then absent); elsewhere it is treated as a failure.
    /// </summary>
    Absent,
}
