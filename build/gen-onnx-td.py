#!/usr/bin/python3
"""Generates the ONNX dialect spec (ODS TableGen) from ONNX's own operator schemas.

Usage: build/gen-onnx-td.py [-o src/MlirBuild.Dialects/Td/Onnx/OnnxOps.td] [--cs-output FILE] [--max-opset 17] [--check]

Reads onnx.defs.get_all_schemas_with_history() (Debian's python3-onnx, run with /usr/bin/python3) and writes
one op per operator: the newest schema of the default domain with since_version <= --max-opset, plus the
ai.onnx.preview.training domain. Deprecated schemas are skipped in favour of the newest live one. Output is
sorted and byte-for-byte deterministic; --check compares with the checked-in files instead of writing them.
It also writes the importer's operator signature table (src/MlirBuild.Importers/Onnx/Generated/OnnxSignatures.g.cs),
used to give undeclared values an element type.

Conventions shared with the importer (src/MlirBuild.Importers/Onnx):
  * op mnemonic = OpType for the default domain, `<domain>.<OpType>` otherwise (onnx.ai.onnx.preview.training.Adam);
  * graph attributes become regions, in attribute-name order; every other attribute keeps its ONNX name;
  * element types: signed ints are signless (i8..i64), unsigned are ui8..ui64, bool is i1;
    string, seq, optional and map values use the dialect types !onnx.string, !onnx.seq<T>, !onnx.opt<T>,
    !onnx.map<K, V>.
"""

import argparse
import os
import struct
import sys

import onnx
import onnx.defs
from onnx import AttributeProto

DEFAULT_OUT = "src/MlirBuild.Dialects/Td/Onnx/OnnxOps.td"
BASE_INCLUDE = "MlirBuildBase.td"
TRAINING_DOMAIN = "ai.onnx.preview.training"

# ONNX element type names -> ODS type constraint names.
ELEMENT_TYPES = {
    "float": "F32",
    "double": "F64",
    "float16": "F16",
    "bfloat16": "BF16",
    "int8": "I8",
    "int16": "I16",
    "int32": "I32",
    "int64": "I64",
    "uint8": "UI8",
    "uint16": "UI16",
    "uint32": "UI32",
    "uint64": "UI64",
    "bool": "I1",
    "complex64": "Complex<F32>",
    "complex128": "Complex<F64>",
    "string": "Onnx_StringType",
}

# Order in which element types are listed inside TensorOf<[...]> (stable and readable).
ELEMENT_ORDER = [
    "bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
    "bfloat16", "float16", "float", "double", "complex64", "complex128", "string",
]

ATTR_TYPES = {
    AttributeProto.FLOAT: "F32Attr",
    AttributeProto.INT: "I64Attr",
    AttributeProto.STRING: "StrAttr",
    AttributeProto.TENSOR: "ElementsAttr",
    AttributeProto.SPARSE_TENSOR: "AnyAttr",
    AttributeProto.TYPE_PROTO: "TypeAttr",
    AttributeProto.FLOATS: "F32ArrayAttr",
    AttributeProto.INTS: "I64ArrayAttr",
    AttributeProto.STRINGS: "StrArrayAttr",
    AttributeProto.TENSORS: "ArrayAttr",
    AttributeProto.SPARSE_TENSORS: "ArrayAttr",
    AttributeProto.TYPE_PROTOS: "TypeArrayAttr",
}

GRAPH_ATTRS = (AttributeProto.GRAPH, AttributeProto.GRAPHS)


def select_schemas(max_opset):
    """Newest live schema per (domain, name) within the opset limit, sorted by domain then name."""
    chosen = {}
    for schema in onnx.defs.get_all_schemas_with_history():
        if schema.domain not in ("", TRAINING_DOMAIN):
            continue
        if schema.domain == "" and schema.since_version > max_opset:
            continue
        if schema.deprecated:
            continue
        key = (schema.domain, schema.name)
        if key not in chosen or chosen[key].since_version < schema.since_version:
            chosen[key] = schema
    return [chosen[k] for k in sorted(chosen)]


def split_type(text):
    """'seq(tensor(float))' -> ('seq', 'tensor(float)'); 'map(int64, tensor(float))' -> ('map', 'int64, ...')."""
    open_paren = text.index("(")
    return text[:open_paren], text[open_paren + 1:-1]


def type_family(text):
    """Groups one ONNX type string into (family, element): tensor elements are collected per family."""
    kind, inner = split_type(text)
    if kind == "tensor":
        return ("tensor", inner)
    if kind == "sparse_tensor":
        return ("sparse_tensor", inner)
    if kind == "seq":
        return ("seq", None)
    if kind == "optional":
        return ("opt", None)
    if kind == "map":
        return ("map", None)
    raise ValueError("unknown ONNX type string " + text)


def ods_constraint(type_strs):
    """An ODS type constraint accepting exactly the families in type_strs (element types checked for tensors)."""
    tensor_elements = set()
    others = set()
    for text in type_strs:
        family, element = type_family(text)
        if family == "tensor":
            tensor_elements.add(element)
        else:
            others.add(family)
    parts = []
    if tensor_elements:
        ordered = [ELEMENT_TYPES[e] for e in ELEMENT_ORDER if e in tensor_elements]
        parts.append("TensorOf<[" + ", ".join(ordered) + "]>")
    for family in sorted(others):
        parts.append({
            "seq": "Onnx_SeqType",
            "opt": "Onnx_OptType",
            "map": "Onnx_MapType",
            "sparse_tensor": "Onnx_SparseTensorType",
        }[family])
    if len(parts) == 1:
        return parts[0]
    return "AnyTypeOf<[" + ", ".join(parts) + "]>"


def constraint_summary(type_strs):
    return ", ".join(sorted(type_strs))


def format_float(value):
    """Shortest decimal text that round-trips through float32."""
    for digits in range(1, 18):
        text = "%.*g" % (digits, value)
        if struct.unpack("f", struct.pack("f", float(text)))[0] == struct.unpack("f", struct.pack("f", value))[0]:
            if "e" not in text and "." not in text and "inf" not in text and "nan" not in text:
                text += ".0"
            return text
    raise AssertionError(value)


def escape_string(text):
    return text.replace("\\", "\\\\").replace('"', '\\"')


def default_literal(attr):
    """The ODS default-value text for an attribute default, or None when ODS has no literal for it."""
    value = attr.default_value
    kind = value.type
    if kind == AttributeProto.INT:
        return str(value.i)
    if kind == AttributeProto.FLOAT:
        return format_float(value.f)
    if kind == AttributeProto.STRING:
        return value.s.decode("utf-8")
    if kind == AttributeProto.INTS:
        return "{" + ", ".join(str(v) for v in value.ints) + "}"
    if kind == AttributeProto.FLOATS:
        return "{" + ", ".join(format_float(v) for v in value.floats) + "}"
    if kind == AttributeProto.STRINGS:
        return "{" + ", ".join('"' + escape_string(s.decode("utf-8")) + '"' for s in value.strings) + "}"
    return None


def has_default(attr):
    return attr.default_value is not None and attr.default_value.type != AttributeProto.UNDEFINED


def attribute_entry(attr):
    """`Constraint:$name` for one non-graph attribute."""
    base = ATTR_TYPES[attr.default_value.type if has_default(attr) else int(attr.type)]
    name = "$" + attr.name
    if attr.required:
        return base + ":" + name
    if has_default(attr):
        literal = default_literal(attr)
        if literal is not None:
            if base == "StrAttr":
                # String defaults are quoted inside the default-value text (what ODS's DefaultValuedStrAttr does).
                literal = '"' + literal + '"'
            return 'DefaultValuedAttr<' + base + ', "' + escape_string(literal) + '">:' + name
    return "OptionalAttr<" + base + ">:" + name


def param_constraint(param, constraints):
    """Type constraint for one formal input or output."""
    if param.option == onnx.defs.OpSchema.FormalParameterOption.Variadic and not param.isHomogeneous:
        return "AnyType"
    if param.typeStr in constraints:
        return constraints[param.typeStr][0]
    return ods_constraint([param.typeStr])


def wrap_param(param, constraint):
    option = param.option
    if option == onnx.defs.OpSchema.FormalParameterOption.Optional:
        return "Optional<" + constraint + ">"
    if option == onnx.defs.OpSchema.FormalParameterOption.Variadic:
        return "Variadic<" + constraint + ">"
    return constraint


def count_flexible(params):
    """How many optional or variadic groups a parameter list has (more than one needs segment sizes)."""
    return sum(1 for p in params if p.option != onnx.defs.OpSchema.FormalParameterOption.Single)


def def_name(schema):
    prefix = "Onnx_" if schema.domain == "" else "OnnxTraining_"
    return prefix + schema.name + "Op"


def mnemonic(schema):
    return schema.name if schema.domain == "" else schema.domain + "." + schema.name


def td_code_block(text):
    """Text for a [{ ... }] block: the closing marker cannot appear inside."""
    return text.replace("}]", "} ]").strip()


def summary_line(schema):
    doc = " ".join((schema.doc or "").split())
    if not doc:
        return schema.name + " operator"
    end = doc.find(". ")
    first = doc if end < 0 else doc[:end + 1]
    if len(first) > 160:
        first = first[:157].rstrip() + "..."
    return first


def unique_names(schema):
    """Operand, attribute, region and result names must be distinct within one op: rename clashes."""
    used = set()
    renamed = {}

    def claim(kind, name):
        candidate = name
        if candidate in used:
            candidate = name + "_" + kind
        used.add(candidate)
        renamed[(kind, name)] = candidate

    for p in schema.inputs:
        claim("in", p.name)
    for name in sorted(schema.attributes):
        claim("attr", name)
    for p in schema.outputs:
        claim("out", p.name)
    return renamed


def emit_op(schema, out):
    constraints = {}
    for tc in schema.type_constraints:
        constraints[tc.type_param_str] = (ods_constraint(tc.allowed_type_strs), tc.description)
    names = unique_names(schema)

    traits = []
    if count_flexible(schema.inputs) > 1:
        traits.append("AttrSizedOperandSegments")
    if count_flexible(schema.outputs) > 1:
        traits.append("AttrSizedResultSegments")

    out.append("def %s : Onnx_Op<\"%s\", [%s]> {" % (def_name(schema), mnemonic(schema), ", ".join(traits)))
    out.append('  let summary = "%s";' % escape_string(summary_line(schema)))
    description = td_code_block(schema.doc or "")
    notes = ["ONNX %s operator, version %d (domain '%s')." % (schema.name, schema.since_version,
                                                                 schema.domain or "ai.onnx")]
    for tc in schema.type_constraints:
        notes.append("Type %s: %s. %s" % (tc.type_param_str, constraint_summary(tc.allowed_type_strs),
                                           " ".join(tc.description.split())))
    out.append("  let description = [{")
    for line in (description + "\n\n" + "\n".join(notes)).strip().splitlines():
        out.append(("    " + line).rstrip())
    out.append("  }];")

    args = []
    for p in schema.inputs:
        args.append(wrap_param(p, param_constraint(p, constraints)) + ":$" + names[("in", p.name)])
    regions = []
    for attr_name in sorted(schema.attributes):
        attr = schema.attributes[attr_name]
        if int(attr.type) in GRAPH_ATTRS:
            region = "SizedRegion<1>" if int(attr.type) == AttributeProto.GRAPH else "VariadicRegion<SizedRegion<1>>"
            regions.append(region + ":$" + names[("attr", attr_name)])
            continue
        entry = attribute_entry(attr)
        args.append(entry.replace(":$" + attr_name, ":$" + names[("attr", attr_name)]))
    results = []
    for p in schema.outputs:
        results.append(wrap_param(p, param_constraint(p, constraints)) + ":$" + names[("out", p.name)])

    emit_list(out, "arguments", "ins", args)
    emit_list(out, "results", "outs", results)
    if regions:
        emit_list(out, "regions", "region", regions)
    out.append("}")
    out.append("")


def emit_list(out, field, keyword, items):
    if not items:
        out.append("  let %s = (%s);" % (field, keyword))
        return
    out.append("  let %s = (%s" % (field, keyword))
    for i, item in enumerate(items):
        out.append("    " + item + ("," if i + 1 < len(items) else ""))
    out.append("  );")


PRELUDE = '''// GENERATED by build/gen-onnx-td.py from ONNX {version}'s operator schemas. Do not edit by hand:
// change the script and run `/usr/bin/python3 build/gen-onnx-td.py`.
//
// {count} operators: the default domain up to opset {max_opset} and the {training} domain.

#ifndef MLIRBUILD_ONNX_OPS
#define MLIRBUILD_ONNX_OPS

include "{base}"

def Onnx_Dialect : Dialect {{
  let name = "onnx";
  let summary = "ONNX operators as imported from ModelProto graphs";
  let description = [{{
    One op per ONNX operator. Graph attributes (If, Loop, Scan bodies) are regions in attribute-name
    order; graph inputs are block arguments and `onnx.Yield` returns graph outputs.
  }}];
  let cppNamespace = "::mlirbuild::onnx";
}}

class Onnx_Op<string mnemonic, list<Trait> traits = []> : Op<Onnx_Dialect, mnemonic, traits>;

class Onnx_Type<string name, string typeMnemonic> : TypeDef<Onnx_Dialect, name> {{
  let mnemonic = typeMnemonic;
}}

def Onnx_StringType : Onnx_Type<"String", "string"> {{
  let summary = "ONNX string element";
}}

def Onnx_SeqType : Onnx_Type<"Seq", "seq"> {{
  let summary = "ONNX sequence of values";
  let parameters = (ins "Type":$elementType);
  let assemblyFormat = "`<` $elementType `>`";
}}

def Onnx_OptType : Onnx_Type<"Opt", "opt"> {{
  let summary = "ONNX optional value";
  let parameters = (ins "Type":$elementType);
  let assemblyFormat = "`<` $elementType `>`";
}}

def Onnx_MapType : Onnx_Type<"Map", "map"> {{
  let summary = "ONNX map";
  let parameters = (ins "Type":$keyType, "Type":$valueType);
  let assemblyFormat = "`<` $keyType `,` $valueType `>`";
}}

def Onnx_YieldOp : Onnx_Op<"Yield", [Terminator]> {{
  let summary = "Returns the outputs of a subgraph (If, Loop, Scan bodies)";
  let arguments = (ins Variadic<AnyType>:$outputs);
}}

'''


def generate(max_opset):
    schemas = select_schemas(max_opset)
    out = [PRELUDE.format(version=onnx.__version__, count=len(schemas), max_opset=max_opset,
                          training=TRAINING_DOMAIN, base=BASE_INCLUDE).rstrip("\n"), ""]
    for schema in schemas:
        emit_op(schema, out)
    out.append("#endif // MLIRBUILD_ONNX_OPS")
    return "\n".join(out) + "\n"


# ---- C# signature table for the importer's element-type inference ----------------------------------------

CS_DEFAULT_OUT = "src/MlirBuild.Importers/Onnx/Generated/OnnxSignatures.g.cs"


def cs_param(param, constraints):
    """The param's type key: a concrete ONNX type string, a type variable, or '*' (heterogeneous: no inference)."""
    if param.option == onnx.defs.OpSchema.FormalParameterOption.Variadic and not param.isHomogeneous:
        return "*"
    allowed = constraints.get(param.typeStr)
    if allowed is None:
        return param.typeStr
    return allowed[0] if len(allowed) == 1 else param.typeStr


def cs_string_array(items):
    return "[" + ", ".join('"' + i.replace('"', '\\"') + '"' for i in items) + "]"


def generate_cs(max_opset):
    schemas = select_schemas(max_opset)
    out = [
        "// <auto-generated/> by build/gen-onnx-td.py from ONNX %s's operator schemas; do not edit." % onnx.__version__,
        "namespace MlirBuild.Importers.Onnx;",
        "",
        "internal static partial class OnnxSignatures",
        "{",
        "    /// <summary>Per op (mnemonic as in OnnxOps.td): input and output type keys, and whether the last of each is variadic.</summary>",
        "    private static readonly Dictionary<string, OnnxSignature> Table = new(StringComparer.Ordinal)",
        "    {",
    ]
    for schema in schemas:
        constraints = {tc.type_param_str: list(tc.allowed_type_strs) for tc in schema.type_constraints}
        inputs = [cs_param(p, constraints) for p in schema.inputs]
        outputs = [cs_param(p, constraints) for p in schema.outputs]
        variadic = bool(schema.inputs) and schema.inputs[-1].option == onnx.defs.OpSchema.FormalParameterOption.Variadic
        out_variadic = bool(schema.outputs) and schema.outputs[-1].option == onnx.defs.OpSchema.FormalParameterOption.Variadic
        out.append('        ["%s"] = new(%s, %s, %s, %s),' % (mnemonic(schema), cs_string_array(inputs), "true" if variadic else "false",
                                                              cs_string_array(outputs), "true" if out_variadic else "false"))
    out += ["    };", "}", ""]
    return "\n".join(out)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", default=None)
    parser.add_argument("--cs-output", default=None, help="the importer's signature table (default: %s)" % CS_DEFAULT_OUT)
    parser.add_argument("--max-opset", type=int, default=17)
    parser.add_argument("--check", action="store_true", help="fail if the output file is not up to date")
    args = parser.parse_args()
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    outputs = [
        (args.output or os.path.join(root, DEFAULT_OUT), generate(args.max_opset)),
        (args.cs_output or os.path.join(root, CS_DEFAULT_OUT), generate_cs(args.max_opset)),
    ]
    if args.check:
        for path, text in outputs:
            with open(path, encoding="utf-8") as f:
                if f.read() != text:
                    print("%s is out of date: run build/gen-onnx-td.py" % path, file=sys.stderr)
                    return 1
        return 0
    for path, text in outputs:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        tmp = path + ".tmp"
        with open(tmp, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        os.replace(tmp, path)
        print("wrote %s" % path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
