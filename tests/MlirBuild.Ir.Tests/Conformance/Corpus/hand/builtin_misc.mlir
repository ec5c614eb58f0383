// builtin module forms and unrealized casts.
module {
}

// -----

module attributes {test.a = 1 : i32} {
  "foo.x"() : () -> ()
}

// -----

module @outer {
  module @mid {
    module @inner attributes {test.k} {
      func.func private @f()
    }
  }
}

// -----

func.func @casts(%a: i32, %b: f32) -> (i64, f64) {
  %0 = builtin.unrealized_conversion_cast %a : i32 to i64
  %1:2 = builtin.unrealized_conversion_cast %a, %b : i32, f32 to i64, f64
  return %0, %1#1 : i64, f64
}

// -----

"builtin.module"() ({
  "func.func"() <{function_type = (i32) -> i32, sym_name = "generic_input"}> ({
  ^bb0(%arg0: i32):
    "func.return"(%arg0) : (i32) -> ()
  }) : () -> ()
}) : () -> ()

// -----

"builtin.module"() <{sym_name = "generic_named"}> ({
^bb0:
}) {test.discardable = [unit]} : () -> ()

// -----

module {
  func.func @a() {
    return
  }
} loc("m.py":1:1)

// -----

// Top-level ops without an explicit module.
func.func @one() {
  return
}
func.func @two() {
  return
}
"foo.three"() : () -> ()
