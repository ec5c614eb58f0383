namespace MlirBuild.Ir.Tests;

/// <summary>Each builtin type/attribute/location form, printed generic by us and by mlir-opt 22, byte for byte.</summary>
public class GenericFormDifferentialTests
{
    private static string Op(string attrs) => "\"foo.op\"() {" + attrs + "} : () -> ()\n";

    [Theory]
    [InlineData("a = i1, b = si8, c = ui16, d = i64, e = index, f = none")]
    [InlineData("a = f16, b = bf16, c = f32, d = f64, e = tf32, f = f80, g = f128")]
    [InlineData("a = f8E4M3FN, b = f8E5M2, c = f8E4M3FNUZ, d = f8E5M2FNUZ, e = f8E4M3B11FNUZ, f = f8E3M4, g = f8E4M3, h = f8E8M0FNU, i = f6E2M3FN, j = f6E3M2FN, k = f4E2M1FN")]
    [InlineData("a = complex<f32>, b = complex<i8>, c = tuple<>, d = tuple<i32, tuple<f32>>")]
    [InlineData("a = tensor<f32>, b = tensor<2x?x3xf32>, c = tensor<*xi8>, d = tensor<0x4xf32>, e = tensor<2xf32, #foo.enc<1>>, f = tensor<4x!foo.t>")]
    [InlineData("a = memref<2x?xf32>, b = memref<4xf32, 1>, c = memref<2x3xf32, strided<[3, 1], offset: ?>>, d = memref<*xf32, 2>, e = memref<4x4xf32, affine_map<(d0, d1) -> (d1, d0)>>, f = memref<2xf32, affine_map<(d0) -> (d0)>>")]
    [InlineData("a = vector<4xf32>, b = vector<[4]x8xi1>, c = vector<2x[2]xindex>")]
    [InlineData("a = () -> (), b = (i32) -> i32, c = (i32, f32) -> (i32, f32), d = (i32) -> ((i32) -> i32), e = () -> ((f32) -> ())")]
    [InlineData("a = !foo.bar, b = !foo.bar<1, \"x\", [2]>, c = !foo<\"raw\">, d = !foo.t<a->b>")]
    [InlineData("a = 1, b = -1 : i8, c = 255 : i8, d = 255 : ui8, e = -128 : si8, f = 7 : index, g = 1 : i1, h = 0 : i1, i = 123456789012345678901234567890 : i128, j = 0x10 : i32")]
    [InlineData("a = 1.0, b = 0.1 : f32, c = 1.5 : f16, d = 3.3 : bf16, e = 1.2345678, f = 12345678.0, g = -0.0 : f32, h = 1.0e-40 : f32, i = 0x7FC00000 : f32, j = 0x7F800000 : f32, k = 0xFFF0000000000000 : f64")]
    [InlineData("a = 0.3 : f8E4M3FN, b = 448.0 : f8E4M3FN, c = 0.1 : f8E5M2, d = 2.0 : f8E8M0FNU, e = 0.5 : f4E2M1FN, f = 1.0e10 : f64, g = 1.0e-10 : f64, h = 3.14159 : f32, i = 65504.0 : f16, j = 100.0 : tf32")]
    [InlineData("a = \"plain\", b = \"quote\\\"back\\\\slash\", c = \"nl\\n tab\\t\", d = \"\\00\\7F\\FF\", e = \"x\" : i32, f = \"\"")]
    [InlineData("a, b = unit, c = true, d = false, e = [], f = [1, [2, \"x\"], {k = 1}], g = {}, h = {z = 1, a = 2, \"q r\" = 3}")]
    [InlineData("a = @sym, b = @a::@b::@c, c = @\"with space\", d = [@x]")]
    [InlineData("a = array<i32: 1, -2, 3>, b = array<i64>, c = array<f32: 1.0, 2.5>, d = array<i1: true, false>, e = array<i8: 127>, f = array<f64: 0.1>, g = array<i16: -1>")]
    [InlineData("a = affine_map<(d0, d1) -> (d0 + d1 * 2, 0)>, b = affine_map<(d0)[s0] -> (d0 - s0, -d0, d0 floordiv 4, d0 ceildiv 2, d0 mod 3)>, c = affine_map<() -> ()>, d = affine_map<(d0, d1) -> (d0 - d1 * 3 + 1)>")]
    [InlineData("a = affine_set<(d0)[s0] : (d0 - s0 >= 0, d0 == 0)>, b = affine_map<(d0, d1) -> (d0 * 4 + d1)>")]
    [InlineData("a = #foo.attr, b = #foo.attr<1, [2], {x}>, c = #foo<\"raw\">, d = #foo.a<\"s>\">")]
    [InlineData("a = dense<1> : tensor<4xi32>, b = dense<[1, 2, 3]> : tensor<3xi8>, c = dense<[[1.0, 2.0], [3.0, 4.0]]> : tensor<2x2xf32>, d = dense<true> : tensor<3xi1>, e = dense<[true, false]> : vector<2xi1>")]
    [InlineData("a = dense<(1.0, 2.0)> : tensor<complex<f32>>, b = dense<[(1, 2), (3, 4)]> : tensor<2xcomplex<i16>>, c = dense<> : tensor<0xf32>, d = dense<[[1, 1], [1, 1]]> : tensor<2x2xi64>, e = dense<255> : tensor<2xui8>")]
    [InlineData("a = dense<\"0x0000803F00000040\"> : tensor<2xf32>, b = dense<\"0x01\"> : tensor<4xi8>, c = dense<[\"a\", \"b\"]> : tensor<2x!foo.s>, d = dense<\"x\"> : tensor<3x!foo.s>, e = dense<0.1> : tensor<2xf16>, f = dense<[0x7FC00000, 1.0]> : tensor<2xf32>")]
    [InlineData("a = loc(unknown), b = loc(\"f.mlir\":1:2), c = loc(\"n\"), d = loc(\"n\"(\"f\":3:4)), e = loc(callsite(\"a\" at \"b\":1:1)), f = loc(fused[\"a\", \"b\"]), g = loc(fused<\"m\">[\"a\"])")]
    [InlineData("a = dense<[[[1]], [[2]]]> : tensor<2x1x1xi32>, b = dense<0> : tensor<i32>, c = dense<[1.5]> : tensor<1xbf16>, d = dense<[0.0, -0.0]> : tensor<2xf64>")]
    [InlineData("a = loc(\"f\":1:2 to 3:4), b = loc(\"f\":1:2 to :5), c = loc(\"n\"(unknown)), d = loc(\"f\":7)")]
    [InlineData("a = 1.0e308 : f64, b = 4.9e-324 : f64, c = 1.7976931348623157e308, d = 0.0 : bf16, e = -1.5 : f8E5M2, f = 0x7C00 : f16, g = 0xFC00 : f16, h = 0x7E00 : f16, i = 0x1 : f32, j = 0x7FF8000000000001 : f64")]
    [InlineData("a = 2.5e-3 : f32, b = 123456.789, c = 1.0e7 : f32, d = 9.87654321e-5, e = 0.5 : bf16, f = 1.0e-3 : f16, g = 7.0e-8 : f16, h = 100000.0 : f32, i = 33554432.0 : f32, j = 1.1 : f64")]
    [InlineData("a = -9223372036854775808 : i64, b = 18446744073709551615 : ui64, c = 127 : si8, d = 0 : i0, e = 65535 : i16, f = -1 : i128, g = 4294967296 : index")]
    [InlineData("a = \"h\u00e9llo\", b = @\"a\\\"b\", c = !foo.t<\"x\\\"y\">, d = #foo<\"a\\nb\">, e = tensor<2xf32, {a = 1}>, f = vector<[4]xf32>, g = memref<4xf32, strided<[1]>>")]
    [InlineData("a = dense<[[1, 2], [3, 4]]> : vector<2x2xi32>, b = dense<1.0> : tensor<2xbf16>, c = dense<(1.5, -2.5)> : tensor<3xcomplex<f64>>, d = dense<[0, 1]> : tensor<2xi1>, e = array<i8>, f = dense<[[]]> : tensor<1x0xi32>")]
    [InlineData("a = affine_map<(d0)[s0, s1] -> (d0 * s0 + s1)>, b = affine_map<(d0) -> (-d0 + 5)>, c = affine_map<(d0, d1) -> ((d0 + d1) floordiv 2)>, d = affine_map<(d0) -> ((d0 mod 2) * 3)>, e = affine_map<(d0, d1) -> (d0 - (d1 + 1))>")]
    [InlineData("o = distinct[1]<>, p = [distinct[1]<>], q = distinct[5]<1 : i32>, r = distinct[7]<\"s\">, s = distinct[3]<[1]>, t = [distinct[5]<1 : i32>]")]
    [InlineData("a = 0.0025 : f128, b = 1.0e38 : f128, c = 4.9e-324 : f128, d = 0.0025 : f80, e = 1.0e38 : f80, f = -2.5 : f80, g = 100.0 : f128, h = 0.1 : f80")]
    public void AttributeFormsMatch(string attrs) => Differential.AssertMatchesMlirOpt(Op(attrs));

    [Fact]
    public void LargeDenseSwitchesToHexAbove100Elements()
    {
        string vals100 = string.Join(", ", Enumerable.Range(0, 100));
        string vals101 = string.Join(", ", Enumerable.Range(0, 101));
        string bools = string.Join(", ", Enumerable.Range(0, 120).Select(i => i % 3 == 0 ? "true" : "false"));
        string floats = string.Join(", ", Enumerable.Range(0, 101).Select(i => i + ".5"));
        Differential.AssertMatchesMlirOpt(Op($"a = dense<[{vals100}]> : tensor<100xi32>, b = dense<[{vals101}]> : tensor<101xi32>, c = dense<[{bools}]> : tensor<120xi1>, d = dense<[{floats}]> : tensor<101xf32>, e = dense<7> : tensor<1000xi8>"));
    }

    [Fact]
    public void StructureMatches()
    {
        const string text = """
            #map = affine_map<(d0) -> (d0)>
            !t = tensor<2xf32>
            "foo.op"() <{}> ({}, {
            ^bb0:
              "foo.x"() : () -> ()
            }, {
              "foo.y"() : () -> ()
            ^bb1:
              "foo.z"() : () -> ()
            }) : () -> ()
            "foo.p"() ({
            ^bb0(%a: i32):
              "foo.br"()[^bb1, ^bb1] : () -> ()
            ^bb1:
              "foo.br"()[^bb2] : () -> ()
            ^bb2:
              "foo.r"(%a) : (i32) -> ()
            ^bb3:
              "foo.r"(%late) : (i32) -> ()
            }) : () -> ()
            %late = "foo.d"() {m = #map} : () -> i32
            %0:2 = "foo.two"() : () -> (!t, !t)
            "foo.use"(%0#1, %0#0) : (!t, !t) -> ()
            "foo.n"() ({
              %c = "foo.c"() ({
                ^bb0(%q: i32):
                "foo.u"(%late, %q) : (i32, i32) -> ()
              }) : () -> i32
            }) : () -> ()
            """;
        Differential.AssertMatchesMlirOpt(text);
    }

    [Fact]
    public void FuncCustomFormParsesAndPrintsGenericLikeMlirOpt()
    {
        const string text = """
            module attributes {my.attr = 1 : i32} {
              func.func private @decl(i32, f32 {my.arg}) -> (i32 {my.res})
              func.func @f(%arg0: tensor<2xf32>, %b: i1) -> tensor<2xf32> attributes {x = 1.0 : f64} {
                %0 = "foo.op"(%arg0) {a = 1 : i64} : (tensor<2xf32>) -> tensor<2xf32>
                %1 = func.call @f(%0, %b) : (tensor<2xf32>, i1) -> tensor<2xf32>
                %f = func.constant @f : (tensor<2xf32>, i1) -> tensor<2xf32>
                %2 = func.call_indirect %f(%1, %b) : (tensor<2xf32>, i1) -> tensor<2xf32>
                "cf.br"(%2)[^bb1] : (tensor<2xf32>) -> ()
              ^bb1(%x: tensor<2xf32>):
                return %x : tensor<2xf32>
              }
              func.func @g() {
                return
              }
              module @inner {
              }
            }
            """;
        Differential.AssertMatchesMlirOpt(text);
    }

    [Fact]
    public void DebugInfoLocationsAndAliasesMatch()
    {
        const string text = """
            module {
              func.func @f(%arg0: tensor<2xf32> loc("a.py":1:2), %b: i1) -> tensor<2xf32> {
                %0 = "foo.op"(%arg0) {a = 1 : i64} : (tensor<2xf32>) -> tensor<2xf32> loc("x.mlir":3:4)
                %1:2 = "foo.two"() : () -> (i32, i32) loc(fused["a", "b"])
                "foo.use"(%1#1, %1#0) : (i32, i32) -> () loc(callsite("f" at "g":1:2))
                "foo.n"() : () -> () loc("name"("inner":5:6))
                "foo.n"() : () -> () loc("x.mlir":3:4)
                "cf.br"(%0)[^bb1] : (tensor<2xf32>) -> ()
              ^bb1(%x: tensor<2xf32> loc(fused<"meta">["p", "q":1:1])):
                return %x : tensor<2xf32> loc(unknown)
              }
            }
            """;
        Differential.AssertMatchesMlirOpt(text, debugInfo: true);
    }

    [Fact]
    public void PropertiesOfUpstreamDialectOpsAreAliasedLikeMlirOpt()
    {
        // linalg is registered in mlir-opt (its properties are inherent there), foo is not.
        const string text = """
            "linalg.fake"() <{m = affine_map<(d0, d1) -> (d1, d0)>, v = dense_resource<r> : tensor<1xi8>}> : () -> ()
            "foo.props"() <{m = affine_map<(d0) -> (d0)>}> : () -> ()
            {-#
              dialect_resources: { builtin: { r: "0x0100000007" } }
            #-}
            """;
        string oracleText = Oracle.Generic("\"foo.x\"() {m = affine_map<(d0, d1) -> (d1, d0)>} : () -> ()");
        Assert.StartsWith("#map = ", oracleText);
        string ours = Differential.OursGeneric(text);
        Assert.StartsWith("#map = affine_map<(d0, d1) -> (d1, d0)>\n", ours);
        Assert.Contains("\"foo.props\"() <{m = affine_map<(d0) -> (d0)>}>", ours);
        Assert.Contains("r: \"0x0100000007\"", ours);
    }

    [Fact]
    public void DenseResourcesMatch()
    {
        const string text = """
            %0 = "foo.c"() {value = dense_resource<blob1> : tensor<2xi32>} : () -> tensor<2xi32>
            {-#
              dialect_resources: {
                builtin: {
                  blob1: "0x040000000100000002000000",
                  unused: "0x0800000001"
                }
              }
            #-}
            """;
        Differential.AssertMatchesMlirOpt(text);
    }
}
