// func dialect: declarations, visibility, attributes, calls, multiple results.
func.func private @ext(i32, f32) -> i64
func.func nested @nested_vis() {
  return
}
func.func public @pub(%a: i32 {test.attr = 1 : i32}, %b: f32 {test.noalias}) -> (i32 {test.res}) attributes {passthrough = ["x"]} {
  return %a : i32
}
func.func @caller(%a: i32, %b: f32) -> (i64, i64) {
  %0 = call @ext(%a, %b) : (i32, f32) -> i64
  %1 = func.call @ext(%a, %b) {tag = "t"} : (i32, f32) -> i64
  return %0, %1 : i64, i64
}

// -----

func.func @indirect(%f: (i32) -> i32, %x: i32) -> i32 {
  %0 = func.call_indirect %f(%x) : (i32) -> i32
  %c = func.constant @indirect : ((i32) -> i32, i32) -> i32
  return %0 : i32
}

// -----

module @named attributes {test.module_attr = "m", test.dl_spec = #foo.spec} {
  func.func @empty() {
    return
  }
  module @inner {
    func.func private @deep() -> ()
  }
  module {
  }
}

// -----

func.func @no_results_multi_blocks(%c: i1) {
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  return
^bb2:
  cf.br ^bb1
}

// -----

func.func @multi_result(%a: tensor<2xf32>) -> (tensor<2xf32>, tensor<2xf32>, i1) {
  %t = arith.constant true
  %r:3 = call @multi_result(%a) : (tensor<2xf32>) -> (tensor<2xf32>, tensor<2xf32>, i1)
  return %r#0, %a, %r#2 : tensor<2xf32>, tensor<2xf32>, i1
}

// -----

func.func @recursive(%n: index) -> index {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %eq = arith.cmpi eq, %n, %c0 : index
  %r = scf.if %eq -> (index) {
    scf.yield %c1 : index
  } else {
    %m = arith.subi %n, %c1 : index
    %rec = func.call @recursive(%m) : (index) -> index
    %p = arith.muli %n, %rec : index
    scf.yield %p : index
  }
  return %r : index
}

// -----

func.func private @arg_res_attrs(%arg0: tensor<?xf32> {a.x = [1, 2], a.y}, %arg1: tensor<?xf32>) -> (tensor<?xf32> {r.z = "q"}, i32) attributes {other = 1 : i64}
func.func @sym_attrs() attributes {llvm.emit_c_interface} {
  return
}
