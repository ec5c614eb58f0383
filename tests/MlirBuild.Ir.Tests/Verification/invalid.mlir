// Verifier failures (generic forms where our parser lacks a dialect's custom syntax). Each chunk is checked twice: by our verifier (VerifierDiagnosticsTests) and by
// `mlir-opt --verify-diagnostics`, so the expectations below hold for MLIR 22 as well.

func.func @use_before_def() {
  // expected-error@+1 {{operand #0 does not dominate this use}}
  %0 = "test.a"(%1) : (i32) -> i32
  // expected-note@+1 {{operand defined here}}
  %1 = "test.b"() : () -> i32
  return
}

// -----

func.func @not_dominating_block(%c: i1) {
  "cf.cond_br"(%c)[^bb1, ^bb2] <{operandSegmentSizes = array<i32: 1, 0, 0>}> : (i1) -> ()
^bb1:
  // expected-note@+1 {{operand defined here}}
  %x = "test.def"() : () -> i32
  "cf.br"()[^bb3] : () -> ()
^bb2:
  "cf.br"()[^bb3] : () -> ()
^bb3:
  // expected-error@+1 {{operand #0 does not dominate this use}}
  "test.use"(%x) : (i32) -> ()
  return
}

// -----

func.func @self_use_in_region() {
  // expected-error@+1 {{operand #0 does not dominate this use}}
  %0 = "test.a"(%0) : (i32) -> i32
  // expected-note@-1 {{operand defined here}}
  return
}

// -----

// expected-error@+1 {{empty block: expect at least a terminator}}
func.func @empty_block() {
^bb0:
}

// -----

func.func @no_terminator() {
  // expected-error@+1 {{block with no terminator}}
  %f = func.constant @no_terminator : () -> ()
}

// -----

func.func @return_not_last() {
  // expected-error@+1 {{'func.return' op must be the last operation in the parent block}}
  return
  "test.after"() : () -> ()
}

// -----

func.func @dup() {
  return
}
// expected-error@+1 {{redefinition of symbol named 'dup'}}
func.func @dup() {
  return
}
// expected-note@-7 {{see existing symbol definition here}}

// -----

func.func @call_missing() {
  // expected-error@+1 {{'func.call' op 'missing' does not reference a valid function}}
  func.call @missing() : () -> ()
  return
}

// -----

func.func @branch_operand_count(%x: i32) {
  // expected-error@+1 {{branch has 1 operands for successor #0, but target block has 0}}
  "cf.br"(%x)[^bb1] : (i32) -> ()
^bb1:
  return
}

// -----

func.func @branch_operand_type(%x: i32) {
  // expected-error@+1 {{type mismatch for bb argument #0 of successor #0}}
  "cf.br"(%x)[^bb1] : (i32) -> ()
^bb1(%y: i64):
  return
}

// -----

func.func @cond_branch_counts(%c: i1, %x: i32) {
  // expected-error@+1 {{branch has 2 operands for successor #1, but target block has 1}}
  "cf.cond_br"(%c, %x, %x, %x)[^bb1, ^bb2] <{operandSegmentSizes = array<i32: 1, 1, 2>}> : (i1, i32, i32, i32) -> ()
^bb1(%a: i32):
  return
^bb2(%b: i32):
  return
}

// -----

// expected-error@+1 {{entry block of region may not have predecessors}}
func.func @entry_with_predecessor() {
^bb0:
  "cf.br"()[^bb0] : () -> ()
}
