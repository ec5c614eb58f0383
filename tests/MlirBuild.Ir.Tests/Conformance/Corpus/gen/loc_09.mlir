func.func @f(%a: i32 loc(callsite("f" at callsite("g" at "h.py":9:9)))) -> i32 {
  %0 = "test.op"(%a) : (i32) -> i32 loc(callsite("f" at callsite("g" at "h.py":9:9)))
  return %0 : i32 loc(callsite("f" at callsite("g" at "h.py":9:9)))
} loc(callsite("f" at callsite("g" at "h.py":9:9)))
