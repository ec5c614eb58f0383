namespace MlirBuild.TableGen.Ods;

/// <summary>What an attribute constraint stores, as far as the C# side cares.</summary>
public enum OdsAttributeKind
{
    /// <summary>Anything else: exposed as the IR attribute itself.</summary>
    Other,

    /// <summary>An integer attribute (IntegerAttr of a fixed or any width).</summary>
    Integer,

    /// <summary>A float attribute.</summary>
    Float,

    /// <summary>BoolAttr.</summary>
    Bool,

    /// <summary>StrAttr and friends.</summary>
    String,

    /// <summary>UnitAttr: present or absent.</summary>
    Unit,

    /// <summary>TypeAttr.</summary>
    Type,

    /// <summary>ArrayAttr.</summary>
    Array,

    /// <summary>DictionaryAttr.</summary>
    Dictionary,

    /// <summary>SymbolRefAttr / FlatSymbolRefAttr.</summary>
    SymbolRef,

    /// <summary>DenseI64ArrayAttr and the other dense arrays of integers.</summary>
    DenseIntArray,

    /// <summary>DenseBoolArrayAttr.</summary>
    DenseBoolArray,

    /// <summary>DenseF32/F64ArrayAttr.</summary>
    DenseFloatArray,

    /// <summary>ElementsAttr / DenseElementsAttr.</summary>
    Elements,

    /// <summary>An enum attribute; <see cref="OdsAttributeConstraint.EnumDefName"/> names the enum.</summary>
    Enum,
}

/// <summary>
/// An attribute constraint (<c>Attr</c> record): storage and return types, summary, optional/default-valued
/// wrapping (OptionalAttr, DefaultValuedAttr, DefaultValuedOptionalAttr, ConfinedAttr), and its base attribute.
/// </summary>
public sealed record OdsAttributeConstraint(
    string DefName,
    string BaseDefName,
    string Summary,
    string Description,
    string StorageType,
    string ReturnType,
    bool IsOptional,
    string? DefaultValue,
    string? ConstBuilderCall,
    OdsAttributeKind Kind,
    int IntegerWidth,
    string? EnumDefName,
    bool IsDerived);

/// <summary>A named attribute argument of an op.</summary>
public sealed record OdsNamedAttribute(string Name, OdsAttributeConstraint Constraint);

/// <summary>A named property argument of an op (<c>Property</c> records: IntProp, UnitProp, ...).</summary>
public sealed record OdsNamedProperty(string Name, string DefName, string Summary, string InterfaceType, string? DefaultValue, bool IsOptional);
