// scf dialect: for, if, while, parallel, forall, index_switch, execute_region.
func.func @for_plain(%lb: index, %ub: index, %st: index, %m: memref<?xf32>) {
  scf.for %i = %lb to %ub step %st {
    %v = memref.load %m[%i] : memref<?xf32>
    memref.store %v, %m[%i] : memref<?xf32>
  }
  return
}

// -----

func.func @for_multi_iter(%lb: index, %ub: index, %st: index, %f: f32) -> (f32, index) {
  %r:2 = scf.for %i = %lb to %ub step %st iter_args(%a = %f, %b = %lb) -> (f32, index) {
    %a2 = arith.addf %a, %a : f32
    %b2 = arith.addi %b, %i : index
    scf.yield %a2, %b2 : f32, index
  }
  return %r#0, %r#1 : f32, index
}

// -----

func.func @for_i32(%lb: i32, %ub: i32, %st: i32) {
  scf.for %i = %lb to %ub step %st : i32 {
    "test.use"(%i) : (i32) -> ()
  }
  return
}

// -----

func.func @if_else(%c: i1, %a: i32, %b: i32) -> i32 {
  scf.if %c {
    "test.side"() : () -> ()
  }
  %r = scf.if %c -> (i32) {
    scf.yield %a : i32
  } else {
    scf.yield %b : i32
  }
  %r2:2 = scf.if %c -> (i32, i32) {
    scf.yield %a, %b : i32, i32
  } else {
    scf.yield %b, %a : i32, i32
  }
  return %r : i32
}

// -----

func.func @while_loop(%init: i32, %lim: i32) -> i32 {
  %r = scf.while (%arg = %init) : (i32) -> i32 {
    %c = arith.cmpi slt, %arg, %lim : i32
    scf.condition(%c) %arg : i32
  } do {
  ^bb0(%x: i32):
    %one = arith.constant 1 : i32
    %n = arith.addi %x, %one : i32
    scf.yield %n : i32
  }
  return %r : i32
}

// -----

func.func @parallel(%lb: index, %ub: index, %st: index, %init: f32) -> f32 {
  %r = scf.parallel (%i, %j) = (%lb, %lb) to (%ub, %ub) step (%st, %st) init (%init) -> f32 {
    %one = arith.constant 1.0 : f32
    scf.reduce(%one : f32) {
    ^bb0(%l: f32, %rr: f32):
      %s = arith.addf %l, %rr : f32
      scf.reduce.return %s : f32
    }
  }
  return %r : f32
}

// -----

func.func @forall(%t: tensor<8xf32>) -> tensor<8xf32> {
  %r = scf.forall (%i) in (8) shared_outs(%o = %t) -> (tensor<8xf32>) {
    %e = tensor.extract_slice %o[%i] [1] [1] : tensor<8xf32> to tensor<1xf32>
    scf.forall.in_parallel {
      tensor.parallel_insert_slice %e into %o[%i] [1] [1] : tensor<1xf32> into tensor<8xf32>
    }
  }
  return %r : tensor<8xf32>
}

// -----

func.func @index_switch(%i: index) -> i32 {
  %r = scf.index_switch %i -> i32
  case 0 {
    %a = arith.constant 10 : i32
    scf.yield %a : i32
  }
  case 5 {
    %b = arith.constant 50 : i32
    scf.yield %b : i32
  }
  default {
    %c = arith.constant -1 : i32
    scf.yield %c : i32
  }
  return %r : i32
}

// -----

func.func @execute_region() -> i64 {
  %r = scf.execute_region -> i64 {
    %c = arith.constant 1 : i64
    cf.br ^bb1(%c : i64)
  ^bb1(%x: i64):
    scf.yield %x : i64
  }
  return %r : i64
}
