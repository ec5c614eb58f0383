//===- CheckOps.td - the check dialect ----------------------*- tablegen -*-===//
//
// Assertions used by StableHLO's interpreter tests: each op compares a tensor
// computed by the test with an expected tensor or constant and reports a
// mismatch. They have no results; the interpreter evaluates them in order.
//
//===----------------------------------------------------------------------===//

#ifndef MLIRBUILD_CHECK_OPS
#define MLIRBUILD_CHECK_OPS

include "Hlo/HloTypes.td"

def Check_Dialect : Dialect {
  let name = "check";
  let cppNamespace = "::mlir::stablehlo::check";
  let summary = "Assertions for interpreter tests.";
  let description = [{
    Ops that compare values computed by a test program with expected values.
  }];
}

class Check_Op<string mnemonic, list<Trait> traits = []>
    : Op<Check_Dialect, mnemonic, traits>;

def Check_FloatOrComplexTensor : TensorOf<[AnyFloat, AnyComplex]>;

def Check_ExpectEqOp : Check_Op<"expect_eq", [SameTypeOperands]> {
  let summary = "asserts that two tensors are equal";
  let description = [{
    Fails the test unless `lhs` and `rhs` have equal elements. Floats compare
    bit for bit after canonicalizing NaNs.

    ```mlir
    check.expect_eq %result, %expected : tensor<3xi64>
    ```
  }];
  let arguments = (ins HLO_Tensor:$lhs, HLO_Tensor:$rhs);
  let assemblyFormat = "$lhs `,` $rhs attr-dict `:` type($lhs)";
}

def Check_ExpectEqConstOp : Check_Op<"expect_eq_const",
    [AllTypesMatch<["lhs", "value"]>]> {
  let summary = "asserts that a tensor equals a constant";
  let description = [{
    Fails the test unless `lhs` has the elements of the constant `value`.

    ```mlir
    check.expect_eq_const %result, dense<[1, 2]> : tensor<2xi64>
    ```
  }];
  let arguments = (ins HLO_Tensor:$lhs, ElementsAttr:$value);
  let assemblyFormat = "$lhs `,` $value attr-dict";
}

def Check_ExpectAlmostEqOp : Check_Op<"expect_almost_eq", [SameTypeOperands]> {
  let summary = "asserts that two float tensors are close";
  let description = [{
    Fails the test unless every element of `lhs` is within `tolerance`
    (absolute, default 1e-4) of the matching element of `rhs`.

    ```mlir
    check.expect_almost_eq %a, %b, tolerance = 0.1 : tensor<f64>
    ```
  }];
  let arguments = (ins Check_FloatOrComplexTensor:$lhs,
                       Check_FloatOrComplexTensor:$rhs,
                       DefaultValuedOptionalAttr<F64Attr, "1e-4">:$tolerance);
  let assemblyFormat = [{
    $lhs `,` $rhs (`,` `tolerance` `=` $tolerance^)? attr-dict `:` type($lhs)
  }];
}

def Check_ExpectAlmostEqConstOp : Check_Op<"expect_almost_eq_const",
    [AllTypesMatch<["lhs", "value"]>]> {
  let summary = "asserts that a float tensor is close to a constant";
  let description = [{
    Like `check.expect_almost_eq`, against the constant `value`.

    ```mlir
    check.expect_almost_eq_const %r, dense<[0.5, 1.0]> : tensor<2xf32>
    ```
  }];
  let arguments = (ins Check_FloatOrComplexTensor:$lhs, ElementsAttr:$value,
                       DefaultValuedOptionalAttr<F64Attr, "1e-4">:$tolerance);
  let assemblyFormat = [{
    $lhs `,` $value (`,` `tolerance` `=` $tolerance^)? attr-dict
  }];
}

def Check_ExpectCloseOp : Check_Op<"expect_close"> {
  let summary = "asserts that two float tensors differ by few ULPs";
  let description = [{
    Fails the test unless the elements of `actual` and `expected` are between
    `min_ulp_difference` (default 0) and `max_ulp_difference` units in the
    last place apart.

    ```mlir
    check.expect_close %a, %e, max_ulp_difference = 3 : tensor<f16>, tensor<f16>
    ```
  }];
  let arguments = (ins Check_FloatOrComplexTensor:$actual,
                       Check_FloatOrComplexTensor:$expected,
                       DefaultValuedAttr<UI64Attr, "1">:$max_ulp_difference,
                       DefaultValuedOptionalAttr<UI64Attr, "0">:$min_ulp_difference);
  let assemblyFormat = [{
    $actual `,` $expected `,` `max_ulp_difference` `=` $max_ulp_difference
    (`,` `min_ulp_difference` `=` $min_ulp_difference^)?
    `:` attr-dict type($actual) `,` type($expected)
  }];
}

def Check_ExpectSerializedEqOp : Check_Op<"expect_serialized_eq"> {
  let summary = "asserts that a probed value equals a tensor";
  let description = [{
    Fails the test unless the value recorded by `interpreter.probe` under
    `probe_id` (at iteration `iter`, default 0) equals `expected`.

    ```mlir
    check.expect_serialized_eq %e, probe_id = "probe0", iter = 1 : tensor<i64>
    ```
  }];
  let arguments = (ins HLO_Tensor:$expected, StrAttr:$probe_id,
                       DefaultValuedOptionalAttr<UI32Attr, "0">:$iteration);
  let assemblyFormat = [{
    $expected `,` `probe_id` `=` $probe_id (`,` `iter` `=` $iteration^)?
    attr-dict `:` type($expected)
  }];
}

#endif // MLIRBUILD_CHECK_OPS
