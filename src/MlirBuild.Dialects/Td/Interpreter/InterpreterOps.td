//===- InterpreterOps.td - the interpreter dialect ----------*- tablegen -*-===//
//
// Ops understood only by the StableHLO reference interpreter: running several
// programs as parallel processes, recording values, and printing them.
//
//===----------------------------------------------------------------------===//

#ifndef MLIRBUILD_INTERPRETER_OPS
#define MLIRBUILD_INTERPRETER_OPS

include "StableHlo/StablehloDialect.td"

def Interpreter_Dialect : Dialect {
  let name = "interpreter";
  let cppNamespace = "::mlir::stablehlo::interpreter";
  let summary = "Interpreter-only ops for StableHLO tests.";
  let description = [{
    Ops that drive the reference interpreter from a test program.
  }];
}

class Interpreter_Op<string mnemonic, list<Trait> traits = []>
    : Op<Interpreter_Dialect, mnemonic, traits>;

def Interpreter_TensorOrToken : AnyTypeOf<[HLO_Tensor, StableHLO_Token]>;

// [[@f, @g], [@h, @k]]: one list of function names per process.
def Interpreter_ArrayOfFlatSymbolRefArrayAttr
    : TypedArrayAttrBase<FlatSymbolRefArrayAttr,
                         "array of arrays of flat symbol references">;

def Interpreter_RunParallelOp : Interpreter_Op<"run_parallel"> {
  let summary = "runs functions as parallel processes";
  let description = [{
    `programs[i][j]` is the function process (i, j) runs: i indexes replicas,
    j partitions. `inputs` are all the processes' arguments, flattened in that
    order, and `results` all their results, flattened the same way. `infeed`
    optionally names functions producing each process's infeed values. There
    is no pretty form; the op prints generically:

    ```mlir
    %r:2 = "interpreter.run_parallel"(%0, %1) {
      programs = [[@all_gather], [@all_gather]]
    } : (tensor<2x2xi64>, tensor<2x2xi64>) -> (tensor<2x4xi64>, tensor<2x4xi64>)
    ```
  }];
  let arguments = (ins Variadic<Interpreter_TensorOrToken>:$inputs,
                       OptionalAttr<FlatSymbolRefArrayAttr>:$infeed,
                       Interpreter_ArrayOfFlatSymbolRefArrayAttr:$programs);
  let results = (outs Variadic<Interpreter_TensorOrToken>:$results);
  let hasVerifier = 1;
}

def Interpreter_ProbeOp : Interpreter_Op<"probe", [SameOperandsAndResultType]> {
  let summary = "records a value and passes it through";
  let description = [{
    Saves `operand` under `probe_id` (a file in the interpreter's probe
    directory, one per iteration when executed repeatedly) and returns it.

    ```mlir
    %1 = interpreter.probe %0, probe_id = "probe0" : tensor<3xi64>
    ```
  }];
  let arguments = (ins HLO_Tensor:$operand, StrAttr:$probe_id);
  let results = (outs HLO_Tensor:$result);
  let assemblyFormat = [{
    $operand `,` `probe_id` `=` $probe_id attr-dict `:` type($result)
  }];
}

def Interpreter_PrintOp : Interpreter_Op<"print"> {
  let summary = "prints a value";
  let description = [{
    Writes `operand` to the interpreter's output.

    ```mlir
    interpreter.print %0 : tensor<2xi32>
    ```
  }];
  let arguments = (ins HLO_Tensor:$operand);
  let assemblyFormat = "$operand attr-dict `:` type($operand)";
}

#endif // MLIRBUILD_INTERPRETER_OPS
