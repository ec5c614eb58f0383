namespace MlirBuild.Ir;

/// <summary>Structural traits of an op definition (what the verifier and passes rely on).</summary>
[Flags]
public enum OpTraits
{
    None = 0,
    IsTerminator = 1 << 0,
    IsolatedFromAbove = 1 << 1,

    /// <summary>The op's single region holds a symbol table (names unique among its symbol children).</summary>
    SymbolTable = 1 << 2,

    /// <summary>The op defines a symbol (<c>sym_name</c>).</summary>
    Symbol = 1 << 3,

    /// <summary>Blocks of the op's regions need no terminator.</summary>
    NoTerminator = 1 << 4,
    SingleBlock = 1 << 5,

    /// <summary>No side effects: removable when unused.</summary>
    Pure = 1 << 6,
    ConstantLike = 1 << 7,
    ReturnLike = 1 << 8,
    Commutative = 1 << 9,

    /// <summary>Regions are graph regions (no dominance requirement).</summary>
    GraphRegion = 1 << 10,
    AffineScope = 1 << 11,
}
