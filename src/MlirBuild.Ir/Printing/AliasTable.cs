namespace MlirBuild.Ir;

/// <summary>Alias names chosen for attributes and types when printing a module.</summary>
internal sealed class AliasTable
{
    private readonly Dictionary<MlirAttribute, string> attributeAliases = new();
    private readonly Dictionary<MlirType, string> typeAliases = new();

    public bool TryGetAttributeAlias(MlirAttribute attr, out string alias) => attributeAliases.TryGetValue(attr, out alias!);

    public bool TryGetTypeAlias(MlirType type, out string alias) => typeAliases.TryGetValue(type, out alias!);

    public void AddAttributeAlias(MlirAttribute attr, string alias) => attributeAliases[attr] = alias;

    public void AddTypeAlias(MlirType type, string alias) => typeAliases[type] = alias;

    public bool IsEmpty => attributeAliases.Count == 0 && typeAliases.Count == 0;
}
