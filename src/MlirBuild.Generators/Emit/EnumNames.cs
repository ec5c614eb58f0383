using System.Collections.Generic;
using MlirBuild.TableGen.Ods;

namespace MlirBuild.Generators.Emit;

/// <summary>The C# names chosen for the enums being generated, looked up by enum def name.</summary>
internal sealed class EnumNames
{
    private readonly Dictionary<string, Entry> _entries = new Dictionary<string, Entry>();

    public void Add(OdsEnum value, string typeName) => _entries[value.DefName] = new Entry(value, typeName, typeName + "Extensions");

    public bool TryGet(string defName, out Entry entry) => _entries.TryGetValue(defName, out entry!);

    public IEnumerable<Entry> All => _entries.Values;

    /// <summary>The classes generated for attribute and type definitions (filled before ops are emitted).</summary>
    public DefClassNames Defs { get; } = new DefClassNames();

    /// <summary>One generated enum: its model, C# type name and helper class name.</summary>
    public sealed record Entry(OdsEnum Enum, string TypeName, string HelperName);
}
