namespace MlirBuild.Ir;

/// <summary>SSA name scopes: nested region scopes inside isolated scopes, with forward references as placeholders.</summary>
internal sealed partial class Parser
{
    /// <summary>A defined name: one value, or a result group; the location is kept as a source offset (made on demand).</summary>
    private readonly record struct ValueDefinition(Value Single, Value[]? Group, int Offset)
    {
        public int Count => Group?.Length ?? 1;

        public Value this[int i] => Group is null ? Single : Group[i];
    }

    private sealed class IsolatedScope
    {
        public List<Dictionary<string, ValueDefinition>> Regions { get; } = new();

        public Dictionary<(string Name, int Number), PlaceholderValue> ForwardRefs { get; } = new();
    }

    private readonly List<IsolatedScope> isolatedScopes = new();

    private IsolatedScope CurrentIsolated => isolatedScopes[^1];

    private void PushRegionScope(bool isolated)
    {
        if (isolated || isolatedScopes.Count == 0)
        {
            isolatedScopes.Add(new IsolatedScope());
        }

        CurrentIsolated.Regions.Add(new Dictionary<string, ValueDefinition>(StringComparer.Ordinal));
    }

    /// <summary>Pops a region scope; leaving an isolated scope reports forward references never defined.</summary>
    private bool PopRegionScope()
    {
        var iso = CurrentIsolated;
        iso.Regions.RemoveAt(iso.Regions.Count - 1);
        if (iso.Regions.Count > 0)
        {
            return true;
        }

        isolatedScopes.RemoveAt(isolatedScopes.Count - 1);
        if (iso.ForwardRefs.Count > 0)
        {
            var first = iso.ForwardRefs.Values.OrderBy(p => p.FirstUseLocation is FileLineColLoc f ? ((long)f.Line << 32) | (uint)f.Column : 0).First();
            EmitError(first.FirstUseLocation, "use of undeclared SSA value name");
            return false;
        }

        return true;
    }

    private ValueDefinition? LookupDefinition(string name)
    {
        var regions = CurrentIsolated.Regions;
        for (int i = regions.Count - 1; i >= 0; i--)
        {
            if (regions[i].TryGetValue(name, out var def))
            {
                return def;
            }
        }

        return null;
    }

    private LocationAttr DefinitionLocation(ValueDefinition d) => Loc(d.Offset);

    /// <summary>Binds <c>%name#number</c> to a value of <paramref name="type"/> (creating a placeholder for forward uses).</summary>
    private Value? ResolveValue(UnresolvedOperand use, MlirType type)
    {
        var found = LookupDefinition(use.Name);
        if (found is { } def)
        {
            if (use.Number >= def.Count)
            {
                EmitError(use.Location, $"reference to invalid result number");
                return null;
            }

            var v = def[use.Number];
            if (!ReferenceEquals(v.Type, type) && !v.Type.Equals(type))
            {
                var d = EmitError(use.Location, $"use of value '%{use.Name}' expects different type than prior uses: '{type}' vs '{v.Type}'");
                d.AttachNote(DefinitionLocation(def), "prior use here");
                return null;
            }

            return v;
        }

        var key = (use.Name, use.Number);
        if (CurrentIsolated.ForwardRefs.TryGetValue(key, out var placeholder))
        {
            if (!placeholder.Type.Equals(type))
            {
                var d = EmitError(use.Location, $"use of value '%{use.Name}' expects different type than prior uses: '{type}' vs '{placeholder.Type}'");
                d.AttachNote(placeholder.FirstUseLocation, "prior use here");
                return null;
            }

            return placeholder;
        }

        placeholder = new PlaceholderValue(type, use.Location);
        CurrentIsolated.ForwardRefs[key] = placeholder;
        return placeholder;
    }

    /// <summary>Defines <c>%name</c> as <paramref name="values"/> in the innermost region scope, resolving forward uses.</summary>
    private bool DefineValues(string name, Value[] values, int offset)
    {
        var existing = LookupDefinition(name);
        if (existing is { } ex)
        {
            var d = EmitError(Loc(offset), $"redefinition of SSA value '%{name}'");
            d.AttachNote(DefinitionLocation(ex), "previously defined here");
            return false;
        }

        var iso = CurrentIsolated;
        iso.Regions[^1][name] = values.Length == 1 ? new ValueDefinition(values[0], null, offset) : new ValueDefinition(values[0], values, offset);
        if (iso.ForwardRefs.Count == 0)
        {
            return true;
        }

        for (int i = 0; i < values.Length; i++)
        {
            if (iso.ForwardRefs.Remove((name, i), out var placeholder))
            {
                if (!placeholder.Type.Equals(values[i].Type))
                {
                    string label = values.Length > 1 ? $"%{name}#{i}" : $"%{name}";
                    var d = EmitError(Loc(offset), $"definition of SSA value '{label}' has type '{values[i].Type}'");
                    d.AttachNote(placeholder.FirstUseLocation, $"previously used here with type '{placeholder.Type}'");
                    return false;
                }

                placeholder.ReplaceAllUsesWith(values[i]);
            }
        }

        // Uses of result numbers beyond the group are errors.
        foreach (var key in iso.ForwardRefs.Keys)
        {
            if (key.Name == name)
            {
                EmitError(iso.ForwardRefs[key].FirstUseLocation, "reference to invalid result number");
                return false;
            }
        }

        return true;
    }

    /// <summary>Parses <c>%name</c> or <c>%name#N</c> into an unresolved operand; null without consuming if no <c>%</c>.</summary>
    private UnresolvedOperand? TryParseSsaUse()
    {
        if (tok.Kind != TokenKind.PercentIdentifier)
        {
            return null;
        }

        var at = tok;
        string name = SigilName(tok);
        Consume();
        int number = 0;
        if (tok.Kind == TokenKind.HashIdentifier)
        {
            var text = lex.Text(tok)[1..];
            if (!int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out number))
            {
                EmitError(tok, "invalid SSA value result number");
                return null;
            }

            Consume();
        }

        return new UnresolvedOperand(name, number, Loc(at));
    }

    /// <summary>Name hints keep non-numeric, non-argN names when the option asks for it.</summary>
    private string? HintFor(string name)
    {
        if (!options.RecordNameHints || name.Length == 0 || char.IsAsciiDigit(name[0]))
        {
            return null;
        }

        if (name.StartsWith("arg", StringComparison.Ordinal) && name.Length > 3 && name.AsSpan(3).IndexOfAnyExceptInRange('0', '9') < 0)
        {
            return null;
        }

        return name;
    }
}
