using System;
using System.Collections.Generic;
using System.Linq;
using MlirBuild.TableGen.Ods.Reading;

namespace MlirBuild.TableGen.Ods;

/// <summary>
/// Builds the <see cref="OdsModel"/> from evaluated TableGen records, reading ODS classes the way mlir-tblgen does.
/// Definitions are ordered by def name, as mlir-tblgen's record keeper orders them.
/// </summary>
public static class OdsReader
{
    public static OdsModel Read(RecordKeeper records)
    {
        var diagnostics = new List<OdsDiagnostic>();
        var defs = records.Defs.OrderBy(d => d.Name, StringComparer.Ordinal).ToList();

        var dialects = defs.Where(d => RecordAccess.IsSubClassOf(d, "Dialect")).Select(DefinitionReader.ReadDialect).ToList();

        var inferType = records.GetDef("InferTypeOpInterface");
        var opReader = new OperationReader(inferType, diagnostics);
        var ops = new List<OdsOperation>();
        foreach (var def in defs.Where(d => RecordAccess.IsSubClassOf(d, "Op")))
        {
            var op = opReader.Read(def);
            if (op is not null)
            {
                ops.Add(op);
            }
        }

        var enums = defs.Where(d => RecordAccess.IsSubClassOf(d, "EnumInfo") || RecordAccess.IsSubClassOf(d, "EnumAttrInfo"))
            .Select(DefinitionReader.ReadEnum).ToList();
        var enumAttrs = defs.Where(d => RecordAccess.IsSubClassOf(d, "EnumAttr"))
            .Select(DefinitionReader.ReadEnumAttr).Where(e => e is not null).Select(e => e!).ToList();
        var attrOrTypeDefs = defs
            .Where(d => (RecordAccess.IsSubClassOf(d, "AttrDef") || RecordAccess.IsSubClassOf(d, "TypeDef")) && !RecordAccess.IsSubClassOf(d, "EnumAttr"))
            .Select(d => DefinitionReader.ReadAttrOrTypeDef(d, RecordAccess.IsSubClassOf(d, "AttrDef"))).ToList();

        return new OdsModel(
            dialects.ToImmutableEquatableArray(),
            ops.ToImmutableEquatableArray(),
            enums.ToImmutableEquatableArray(),
            enumAttrs.ToImmutableEquatableArray(),
            attrOrTypeDefs.ToImmutableEquatableArray(),
            diagnostics.ToImmutableEquatableArray());
    }
}
