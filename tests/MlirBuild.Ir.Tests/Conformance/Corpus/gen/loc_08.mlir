func.func @f(%a: i32 loc(callsite("callee.py":1:2 at "caller.py":3:4))) -> i32 {
  %0 = "test.op"(%a) : (i32) -> i32 loc(callsite("callee.py":1:2 at "caller.py":3:4))
  return %0 : i32 loc(callsite("callee.py":1:2 at "caller.py":3:4))
} loc(callsite("callee.py":1:2 at "caller.py":3:4))
